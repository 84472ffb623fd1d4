/**
 * `npm run annotate -- <source_id>`: prints draft annotations (JSON) for every
 * numeral of the source that nothing classifies yet, for a person to review,
 * correct and add to pipeline/02-extract/annotations/<source_id>.json.
 */
import { classify, extract, ingest, normalize } from './build.js';
import { draftAnnotations } from './draft-annotations.js';
import { isPipelineError } from './errors.js';
import { projectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';

export function draftFor(sourceId: string): string {
  const paths = projectPaths();
  const schemas = new SchemaRegistry(paths.schemas);
  const all = ingest(paths, schemas);
  // Only this source is read further, so that work in progress on another cannot block its drafts.
  const sources = all.filter((source) => source.metadata.id === sourceId);
  if (sources.length === 0) throw new Error(`no source ${sourceId}; sources: ${all.map((source) => source.metadata.id).join(', ')}`);
  const extracted = extract(paths, schemas, sources, sourceId);
  const normalized = normalize(paths, schemas, sources, extracted);
  const classification = classify(extracted, normalized)[0]!;
  const firstConflict = classification.conflicts[0];
  if (firstConflict) {
    throw new Error(`numeral "${firstConflict.numeral.text}" at ${sources[0]!.metadata.path}:${firstConflict.numeral.line}:${firstConflict.numeral.column} is claimed by ${firstConflict.claims.map((claim) => claim.classified_by).join(' and ')}`);
  }
  const { source, folded } = extracted.prose[0]!;
  const drafts = draftAnnotations(source, folded, classification.unclassified, normalized.entities);
  return `${JSON.stringify(drafts, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sourceId = process.argv[2];
  if (!sourceId) {
    console.error('usage: npm run annotate -- <source_id>');
    process.exitCode = 2;
  } else {
    try {
      process.stdout.write(draftFor(sourceId));
    } catch (error) {
      if (!isPipelineError(error)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    }
  }
}
