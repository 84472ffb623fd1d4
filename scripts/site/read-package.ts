import { readFileSync } from 'node:fs';
import { indexLookups } from '../../src/explain/find-rows.js';
import { load, resolveResourcePath, type Dataset, type Source } from '../../src/index.js';

/** The built package as the site shows it: every table through the loader, and each raw text's bytes. */
export interface SitePackage {
  data: Dataset;
  sources: Source[];
  /** Per source id, the raw text's bytes (the spans of the rows are byte offsets into them). */
  texts: Map<string, Buffer>;
}

/**
 * Reads the package at `root` (a directory holding datapackage.json) through the project's loader. Nothing changes
 * its tables after: explain() may index them (it scans rows a caller passes, which might change between calls, and
 * the site asks it about every row).
 */
export async function readPackage(root: string): Promise<SitePackage> {
  const data = await load({ root });
  for (const rows of Object.values(data)) if (Array.isArray(rows)) indexLookups(rows);
  const texts = new Map(data.sources.map((source) => [source.id, readFileSync(rawTextPath(data, source))]));
  return { data, sources: data.sources, texts };
}

/** The raw text by its descriptor resource (raw-<source_id>) when there is one, else by the source row's path, as explain() reads it. */
function rawTextPath(data: Dataset, source: Source): string {
  const resource = data.descriptor.resources.find((candidate) => candidate.name === `raw-${source.id}`);
  const path = typeof resource?.path === 'string' ? resource.path : source.path;
  return resolveResourcePath(data.root, path, resource?.name ?? `source ${source.id}`);
}
