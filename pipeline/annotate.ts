/**
 * `npm run annotate -- <source_id>`: prints draft annotations (JSON) for every
 * numeral of the source that nothing classifies yet, each proposal with its
 * draft mark, for a person to review, correct and add to
 * pipeline/02-extract/annotations/<source_id>.json.
 */
import { exitCodeFor } from '../src/cli/exit-codes.js';
import { draftSource } from './draft-source.js';
import { isPipelineError, PipelineError } from './errors.js';
import { projectPaths } from './paths.js';
import { isEntryPoint } from './is-entry-point.js';

export function draftFor(sourceId: string): string {
  const { file } = draftSource(projectPaths(), sourceId, 'unclassified');
  return `${JSON.stringify(file.annotations, null, 2)}\n`;
}

if (isEntryPoint(import.meta.url)) {
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
