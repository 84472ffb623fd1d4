import { diff } from '../diff/diff.js';
import { formatDiff } from '../diff/format.js';
import { print, tableProgress, type CliContext } from './context.js';

export interface DiffCommandOptions {
  json?: boolean;
}

/** `mfr diff <old> <new>` (declared in commands.ts). */
export async function runDiff(context: CliContext, oldLocation: string, newLocation: string, options: DiffCommandOptions): Promise<void> {
  print(context, await diff(oldLocation, newLocation, tableProgress(context, 'comparing')), options.json, formatDiff);
}
