import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { isPackageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { buildCommand } from './build-command.js';
import type { CliContext } from './context.js';
import { diffCommand } from './diff-command.js';
import { explainCommand } from './explain-command.js';
import { validateCommand } from './validate-command.js';

/** Writes to the process and sets its exit code, as the bin does. */
export const processContext: CliContext = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  exit: (code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
};

/**
 * Runs the CLI on arguments (without node and the script) and resolves to its
 * exit code. Typed errors print as their code and message; anything else is a
 * bug and keeps its stack.
 */
export async function run(argv: readonly string[], context: CliContext = processContext): Promise<number> {
  let exitCode = 0;
  const recorded: CliContext = { ...context, exit: (code) => {
    exitCode = Math.max(exitCode, code);
    context.exit(code);
  } };
  const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const program = new Command('mfr')
    .description("Mexico's foreign relations in its source texts: every number and dated event, with its provenance")
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (text) => context.out(text.replace(/\n$/, '')), writeErr: (text) => context.err(text.replace(/\n$/, '')) })
    .addCommand(buildCommand(recorded))
    .addCommand(validateCommand(recorded))
    .addCommand(explainCommand(recorded))
    .addCommand(diffCommand(recorded));
  // Subcommands inherit neither exitOverride nor the output: without them a usage error would exit the test process.
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) recorded.exit(error.exitCode);
    else if (isPackageError(error)) {
      context.err(error.message);
      recorded.exit(1);
    } else throw error;
  }
  return exitCode;
}
