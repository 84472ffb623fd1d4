import { Command } from 'commander';
import { print, type CliContext } from './context.js';

export function explainCommand(context: CliContext): Command {
  return new Command('explain')
    .description('show where one number or event comes from (source, marked line, cell, steps, checks, reconciliation), or how a reconciled key was decided (the value shown, every candidate with its quote)')
    .argument('<id>', "an obs_id (korea-commission-2005@0090926), an event_id, or a key_id of reconciled.csv or reconciled_events.csv ('goods_flow:KOR>MEX:1980..1980', quoted in a shell)")
    .option('--root <dir>', 'a built package other than this one')
    .option('--json', 'print the explanation as JSON')
    .action(async (id: string, options: { root?: string; json?: boolean }) => {
      // Imported by the command that runs them: every other command (build above all) starts without them.
      const [{ explain }, { formatExplanation }] = await Promise.all([import('../explain/explain.js'), import('../explain/format.js')]);
      print(context, await explain(id, options.root === undefined ? {} : { root: options.root }), options.json, formatExplanation);
    });
}
