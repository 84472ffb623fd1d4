import { Command } from 'commander';
import { print, tableProgress, type CliContext } from './context.js';

export function diffCommand(context: CliContext): Command {
  return new Command('diff')
    .description('compare two built packages: schema changes, rows added and removed, values changed by key, and the version bump they call for')
    .argument('<old>', 'a directory with datapackage.json, a datapackage.json, or a .tgz from npm pack')
    .argument('<new>', 'the same, for the newer version')
    .option('--json', 'print the report as JSON')
    .action(async (oldLocation: string, newLocation: string, options: { json?: boolean }) => {
      // Imported by the command that runs them: every other command (build above all) starts without them.
      const [{ diff }, { formatDiff }] = await Promise.all([import('../diff/diff.js'), import('../diff/format.js')]);
      print(context, await diff(oldLocation, newLocation, tableProgress(context, 'comparing')), options.json, formatDiff);
    });
}
