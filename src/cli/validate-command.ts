import { resolve } from 'node:path';
import { openPackage } from '../diff/open-package.js';
import { PackageError } from '../errors.js';
import { formatValidation } from '../validate/format.js';
import { validate } from '../validate/validate.js';
import { print, tableProgress, type CliContext } from './context.js';
import { EXIT_DATA } from './exit-codes.js';

export interface ValidateCommandOptions {
  root?: string;
  json?: boolean;
}

/** `mfr validate [path]` (declared in commands.ts). */
export async function runValidate(context: CliContext, path: string | undefined, options: ValidateCommandOptions): Promise<void> {
  if (path !== undefined && options.root !== undefined) throw new PackageError('USAGE_INVALID', 'validate takes a path or --root, not both');
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
}
