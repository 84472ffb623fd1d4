import { resolve } from 'node:path';
import { print, type CliContext } from './context.js';
import { importPipeline, reportPipelineErrors } from './import-pipeline.js';

export interface ReviewOptions {
  root?: string;
  json?: boolean;
}

/** `mfr review <id>` (declared in commands.ts): the drafts of a source's annotations, each with its quote, proposal, confidence and reasons. */
export async function runReview(context: CliContext, id: string, options: ReviewOptions): Promise<void> {
  const [{ listDrafts, formatDrafts }, { projectPaths }, { isPipelineError }] = await importPipeline(() => Promise.all([import('../../pipeline/review-drafts.js'), import('../../pipeline/paths.js'), import('../../pipeline/errors.js')]));
  await reportPipelineErrors(context, isPipelineError, () => {
    const entries = listDrafts(options.root === undefined ? projectPaths() : projectPaths(resolve(options.root)), id);
    print(context, entries, options.json, (drafts) => formatDrafts(id, drafts));
  });
}
