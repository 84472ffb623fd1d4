import { resolve } from 'node:path';
import { Command } from 'commander';
import { PackageError } from '../errors.js';
import { print, tableProgress, type CliContext } from './context.js';
import { EXIT_DATA } from './exit-codes.js';

export function validateCommand(context: CliContext): Command {
  return new Command('validate')
    .description('check the descriptor against the Data Package v2 profile, every file, row, key and check; exit code 1 on any error')
    .argument('[path]', 'a directory with datapackage.json, a datapackage.json, or a .tgz from npm pack (default: the installed package)')
    .option('--root <dir>', 'the same as [path], for a directory')
    .option('--json', 'print the report as JSON')
    .action(async (path: string | undefined, options: { root?: string; json?: boolean }) => {
      if (path !== undefined && options.root !== undefined) throw new PackageError('USAGE_INVALID', 'validate takes a path or --root, not both');
      // Imported by the command that runs them: every other command (build above all) starts without them.
      const [{ openPackage }, { formatValidation }, { validate }] = await Promise.all([import('../diff/open-package.js'), import('../validate/format.js'), import('../validate/validate.js')]);
      const location = path ?? options.root;
      const opened = location === undefined ? null : openPackage(location);
      try {
        const report = await validate({ ...(opened ? { root: opened.root } : {}), ...tableProgress(context, 'validating') });
        // A tarball is unpacked into a temporary directory that is gone once the report prints: name the tarball.
        const shown = opened?.from === 'tarball' ? { ...report, root: resolve(location!) } : report;
        print(context, shown, options.json, formatValidation);
        if (!report.valid) context.exit(EXIT_DATA);
      } finally {
        opened?.close();
      }
    });
}
