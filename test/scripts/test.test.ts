import { describe, expect, it } from 'vitest';
import { runCommand, runStatus } from '../../scripts/test.js';

/** A Node process that runs the script. */
const nodeRunning = (script: string) => [process.execPath, ['-e', script]] as const;

describe('npm test', () => {
  it('keeps what a command writes on stdout and stderr, and its exit status', async () => {
    const [command, args] = nodeRunning("process.stdout.write('checked\\n'); process.stderr.write('x.ts(1,1): error TS2322\\n'); process.exitCode = 2;");
    await expect(runCommand(command, args, 'keep')).resolves.toEqual({ status: 2, output: 'checked\nx.ts(1,1): error TS2322\n' });
  });

  it('counts a command ended by a signal, or one that cannot start, as failed', async () => {
    const [command, args] = nodeRunning("process.kill(process.pid, 'SIGKILL');");
    expect((await runCommand(command, args, 'keep')).status).toBe(1);
    const missing = await runCommand('/nonexistent/tsc', [], 'keep');
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('/nonexistent/tsc');
  });

  it('fails when either the tests or the type-check fail, with the first failure\'s status', () => {
    expect(runStatus([{ status: 0, output: '' }, { status: 0, output: '' }])).toBe(0);
    expect(runStatus([{ status: 0, output: '' }, { status: 2, output: 'error TS2322' }])).toBe(2);
    expect(runStatus([{ status: 1, output: '' }, { status: 2, output: '' }])).toBe(1);
  });
});
