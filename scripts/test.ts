/**
 * `npm test`: vitest and the tests' type-check (`tsc -p tsconfig.test.json`, which writes nothing) side by side.
 * vitest starts in one process that transforms the first files while its workers start, which leaves a core idle
 * for about as long as the type-check takes: one after the other, the two took ~1.4 s more wall time on 2 cores.
 * package.json compiles lib/ first: the type-check reads the declarations of the project the tests reference. vitest
 * prints as it goes; what tsc says is printed after, and either failing fails the run.
 * Arguments go to vitest (`npm test -- test/site`); the type-check is always the whole project's.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../pipeline/paths.js';
import { isEntryPoint } from '../pipeline/is-entry-point.js';

export interface Ended {
  /** The exit status, or 1 for a command ended by a signal or never started. */
  status: number;
  /** What it wrote on stdout and stderr, in order, when kept; '' when passed through. */
  output: string;
}

/** Runs a command in the project's root, its output passed through to this process's or kept to be printed later. */
export function runCommand(command: string, args: readonly string[], output: 'inherit' | 'keep'): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The run's exit status: the first non-zero status among the commands', else 0. */
export function runStatus(ended: readonly Ended[]): number {
  return ended.find((command) => command.status !== 0)?.status ?? 0;
}

async function main(): Promise<void> {
  const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
  const [tests, typeCheck] = await Promise.all([runCommand(bin('vitest'), ['run', ...process.argv.slice(2)], 'inherit'), runCommand(bin('tsc'), ['-p', 'tsconfig.test.json'], 'keep')]);
  if (typeCheck.status !== 0) process.stderr.write(`\nThe tests do not type-check (tsc -p tsconfig.test.json, exit status ${typeCheck.status}):\n${typeCheck.output}`);
  process.exitCode = runStatus([tests, typeCheck]);
}

if (isEntryPoint(import.meta.url)) await main();
