/**
 * `npm run annotate -- <source_id>`: prints draft annotations (JSON) for every
 * numeral of the source that nothing classifies yet, for a person to review,
 * correct and add to pipeline/02-extract/annotations/<source_id>.json.
 */
import { classify, extract, ingest, normalize } from './build.js';
import { draftAnnotations } from './draft-annotations.js';
import { exitCodeFor } from '../src/cli/exit-codes.js';
import { isPipelineError, PipelineError } from './errors.js';
import { projectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';

export function draftFor(sourceId: string): string {
  const paths = projectPaths();
  const schemas = new SchemaRegistry(paths.schemas);
  const all = ingest(paths, schemas);
  const sources = all.filter((source) => source.metadata.id === sourceId);
  if (sources.length === 0) throw new PipelineError('USAGE_INVALID', `no source ${JSON.stringify(sourceId)} in raw/sources.json; usage: npm run annotate -- <source_id>, one of: ${all.map((source) => source.metadata.id).join(', ')}`);
  // Recipes are checked against every listed source (a recipe may name any of them); only this source's tables and prose are read further.
  const read = extract(paths, schemas, all, sourceId);
  const extracted = { tables: read.tables, prose: read.prose.filter((prose) => prose.source.metadata.id === sourceId) };
  const normalized = normalize(paths, schemas, sources, extracted);
  const classification = classify(extracted, normalized)[0]!;
  const firstConflict = classification.conflicts[0];
  if (firstConflict) {
    throw new PipelineError('NUMERAL_CONFLICT', `numeral "${firstConflict.numeral.text}" is claimed by ${firstConflict.claims.map((claim) => claim.classified_by).join(' and ')}`, { file: sources[0]!.metadata.path, line: firstConflict.numeral.line, column: firstConflict.numeral.column });
  }
  const { source, folded } = extracted.prose[0]!;
  const drafts = draftAnnotations(source, folded, classification.unclassified, normalized.entities);
  return `${JSON.stringify(drafts, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const [sourceId, ...rest] = process.argv.slice(2);
    if (sourceId === undefined || sourceId.startsWith('-') || rest.length) throw new PipelineError('USAGE_INVALID', 'usage: npm run annotate -- <source_id> (one source id, as raw/sources.json lists it)');
    process.stdout.write(draftFor(sourceId));
  } catch (error) {
    if (!isPipelineError(error)) throw error;
    console.error(error.message);
    process.exitCode = exitCodeFor(error.code);
  }
}
