import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { isPackageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { declareCommands } from './commands.js';
import type { CliContext } from './context.js';
import { EXIT_USAGE, exitCodeFor } from './exit-codes.js';

/** Writes to the process and sets its exit code, as the bin does. */
export const processContext: CliContext = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  exit: (code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`${text}\n`) } : {}),
};

/** The name the CLI was called by (either bin name), for its help; `mfr` when run as a script (`node lib/src/cli/main.js`). */
function invokedName(script: string | undefined, binNames: readonly string[]): string {
  const name = script === undefined ? '' : basename(script);
  return binNames.includes(name) ? name : 'mfr';
}

/** A coded error as one line: the code once, whether or not the message already starts with it. */
export function codedLine(code: string, message: string): string {
  return message.startsWith(code) ? message : `${code}: ${message}`;
}

/**
 * Runs the CLI on arguments (without node and the script) and resolves to its
 * exit code (see exit-codes.ts). Typed errors print as one coded line; anything
 * else is a bug and keeps its stack. `script` is the path it was invoked by
 * (process.argv[1]), whose name the help shows.
 */
export async function run(argv: readonly string[], context: CliContext = processContext, script: string | undefined = process.argv[1]): Promise<number> {
  let exitCode = 0;
  const recorded: CliContext = { ...context, exit: (code) => {
    exitCode = Math.max(exitCode, code);
    context.exit(code);
  } };
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
  const output = {
    writeOut: (text: string) => context.out(text.replace(/\n$/, '')),
    writeErr: (text: string) => context.err(text.replace(/\n$/, '')),
    // Commander's own errors are wrong calls: coded like every other error.
    outputError: (text: string, write: (text: string) => void) => write(codedLine('USAGE_INVALID', text.replace(/^error: /, ''))),
  };
  const program = new Command(invokedName(script, Object.keys(manifest.bin)))
    .description("Mexico's foreign relations in its source texts: every number and dated event, with its provenance")
    .version(manifest.version)
    .exitOverride()
    .configureOutput(output)
    .addHelpText('after', '\nExit codes: 0 done (for validate: valid), 1 the data is wrong or unreadable, 2 the command was called wrongly.');
  // Subcommands inherit neither exitOverride nor the output: without them a usage error would exit the test process.
  for (const command of declareCommands(recorded)) program.addCommand(command.exitOverride().configureOutput(output));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) recorded.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    else if (isPackageError(error)) {
      context.err(codedLine(error.code, error.message));
      recorded.exit(exitCodeFor(error.code));
    } else throw error;
  }
  return exitCode;
}
