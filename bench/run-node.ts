import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface NodeRun {
  /** Wall time from spawning the process to reaping it. */
  wallMs: number;
  status: number | null;
  /** The last line the process printed on stdout, parsed as JSON (the children of the bench report there), or null. */
  report: unknown;
  stderr: string;
}

/** Runs `node ...args` in a fresh process and times it as a whole. */
export function runNode(args: readonly string[]): NodeRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  let report: unknown = null;
  try {
    report = last ? JSON.parse(last) : null;
  } catch {
    report = null;
  }
  return { wallMs, status: result.status, report, stderr: result.stderr };
}

/** The end of a failed child's error output, to say why a figure is missing. */
export function failureOf(run: NodeRun): string {
  const tail = run.stderr.trim().split('\n').slice(-3).join(' | ');
  return `exit ${run.status ?? 'by signal'}: ${tail}`;
}
