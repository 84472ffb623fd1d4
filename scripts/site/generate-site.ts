import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { resolveResourcePath } from '../../src/index.js';
import { bundleClient } from './bundle-client.js';
import { explainSource, KeyCache } from './explain-rows.js';
import { sourcePage } from './html.js';
import { readPackage } from './read-package.js';
import { renderCatalogue } from './render-catalogue.js';
import { renderChecks } from './render-checks.js';
import { renderConflicts } from './render-conflicts.js';
import { renderHome } from './render-home.js';
import { renderSearch, searchIndex, searchIndexScript } from './render-search.js';
import { renderSourcePage } from './render-source.js';

export interface GenerateSiteOptions {
  /** The package to show: a directory holding datapackage.json (a built checkout). */
  root: string;
  /** Where the site goes; replaced as a whole. */
  out: string;
  /** The project whose scripts/site/ holds the client code and stylesheet. */
  projectRoot: string;
}

/**
 * Writes the audit site of the package at `root` into `out`: HTML pages, the
 * bundled client, the stylesheet, and a copy of the package (descriptor and
 * every file it lists) for download. Same package in, same bytes out.
 * Written beside `out` first and renamed in, so a failed run leaves the old site.
 */
export async function generateSite(options: GenerateSiteOptions): Promise<{ files: string[] }> {
  const site = await readPackage(options.root);
  const keys = new KeyCache(site.data);
  const files = new Map<string, string | Uint8Array>();
  files.set('index.html', renderHome(site));
  for (const source of site.sources) files.set(sourcePage(source.id), renderSourcePage(site, source, await explainSource(site.data, source.id, keys)));
  files.set('conflicts.html', renderConflicts(site));
  files.set('catalogue.html', renderCatalogue(site));
  files.set('checks.html', renderChecks(site));
  files.set('search.html', renderSearch(site));
  files.set('search-index.js', searchIndexScript(searchIndex(site)));
  files.set('site.css', readFileSync(join(options.projectRoot, 'scripts/site/site.css')));
  for (const [name, contents] of await bundleClient(options.projectRoot)) files.set(name, contents);
  files.set('datapackage.json', readFileSync(join(site.data.root, 'datapackage.json')));
  for (const resource of site.data.descriptor.resources) {
    if (typeof resource.path === 'string') files.set(resource.path, readFileSync(resolveResourcePath(site.data.root, resource.path, resource.name)));
  }

  const out = resolve(options.out);
  const staging = `${out}.partial`;
  rmSync(staging, { recursive: true, force: true });
  for (const [name, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(staging, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
  return { files: [...files.keys()].sort() };
}

