import { Command } from 'commander';
import { formatValidation } from '../validate/format.js';
import { validate } from '../validate/validate.js';
import { print, type CliContext } from './context.js';

export function validateCommand(context: CliContext): Command {
  return new Command('validate')
    .description('check the descriptor against the Data Package v2 profile, every file, row, key and check; exit code 1 on any error')
    .option('--root <dir>', 'a built package other than this one')
    .option('--json', 'print the report as JSON')
    .action(async (options: { root?: string; json?: boolean }) => {
      const report = await validate(options.root === undefined ? {} : { root: options.root });
      print(context, report, options.json, formatValidation);
      if (!report.valid) context.exit(1);
    });
}
