import { resolve } from 'node:path';
import { Command } from 'commander';
import { print, type CliContext } from './context.js';
import { exitCodeFor } from './exit-codes.js';
import { importPipeline } from './import-pipeline.js';

/** `mfr review <id>`: the drafts of a source's annotations, each with its quote, proposal, confidence and reasons. */
export function reviewCommand(context: CliContext): Command {
  return new Command('review')
    .description('list the drafted annotations of a source still to review (in a checkout): where each is written, its quote, the numeral, the proposal, how sure the drafter is and why')
    .argument('<id>', 'a source id of raw/sources.json')
    .option('--root <dir>', 'a checkout other than this one')
    .option('--json', 'print the drafts as JSON')
    .action(async (id: string, options: { root?: string; json?: boolean }) => {
      const [{ listDrafts, formatDrafts }, { projectPaths }, { isPipelineError }] = await importPipeline(() => Promise.all([import('../../pipeline/review-drafts.js'), import('../../pipeline/paths.js'), import('../../pipeline/errors.js')]));
      try {
        const entries = listDrafts(options.root === undefined ? projectPaths() : projectPaths(resolve(options.root)), id);
        print(context, entries, options.json, (drafts) => formatDrafts(id, drafts));
      } catch (error) {
        if (!isPipelineError(error)) throw error;
        context.err(error.message);
        context.exit(exitCodeFor(error.code));
      }
    });
}
