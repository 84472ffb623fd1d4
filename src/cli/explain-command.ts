import { explain } from '../explain/explain.js';
import { formatExplanation } from '../explain/format.js';
import { print, type CliContext } from './context.js';

export interface ExplainCommandOptions {
  root?: string;
  json?: boolean;
}

/** `mfr explain <id>` (declared in commands.ts). */
export async function runExplain(context: CliContext, id: string, options: ExplainCommandOptions): Promise<void> {
  print(context, await explain(id, options.root === undefined ? {} : { root: options.root }), options.json, formatExplanation);
}
