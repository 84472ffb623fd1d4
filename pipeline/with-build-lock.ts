import { recoverRelease, tryLock } from '../src/release/index.js';
import { PipelineError } from './errors.js';

/**
 * Runs `work` holding the build lock of a package root, having first finished or dropped a publish that was
 * interrupted there (recoverRelease); the lock is released however `work` ends. One build at a time
 * publishes into a root. Its own module, so that the publish tests' child process can take the lock as a
 * build does without loading every stage.
 */
export function withBuildLock<T>(root: string, work: () => T): T {
  const lock = lockBuild(root);
  try {
    recoverRelease(root);
    return work();
  } finally {
    lock.release();
  }
}

function lockBuild(root: string): { release: () => void } {
  let lock: ReturnType<typeof tryLock>;
  try {
    lock = tryLock(root);
  } catch (error) {
    throw new PipelineError('DIST_NOT_WRITABLE', `cannot create the build lock (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), so nothing can be published here`, { file: '.build.lock', expected: 'a writable package root' });
  }
  if (!lock.acquired) {
    throw new PipelineError('BUILD_LOCKED', `another build (pid ${lock.holder.pid} on ${lock.holder.host}) is running in this checkout; run again once it has finished (a lock left by a process that is gone is taken over by itself)`, {
      file: '.build.lock', expected: 'no other build running', seen: `pid ${lock.holder.pid}`,
    });
  }
  return lock;
}
