import { Command } from 'commander';
import { explain } from '../explain/explain.js';
import { formatExplanation } from '../explain/format.js';
import { print, type CliContext } from './context.js';

export function explainCommand(context: CliContext): Command {
  return new Command('explain')
    .description('show where one number or event comes from: source, marked line, cell, steps, checks, reconciliation')
    .argument('<id>', 'an obs_id (korea-commission-2005@0090926) or an event_id')
    .option('--root <dir>', 'a built package other than this one')
    .option('--json', 'print the explanation as JSON')
    .action(async (id: string, options: { root?: string; json?: boolean }) => {
      print(context, await explain(id, options.root === undefined ? {} : { root: options.root }), options.json, formatExplanation);
    });
}
