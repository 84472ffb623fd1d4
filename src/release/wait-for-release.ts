import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { PackageError } from '../errors.js';
import { releaseLayout } from './layout.js';
import { tryLock } from './lock.js';
import { recoverRelease } from './recover-release.js';

/** A swap takes milliseconds; a reader waits this long for a live one before giving up. */
const WAIT_MS = 20;
const MAX_WAITS = 500;

/**
 * Run before reading a package: when a publish marked its release ready but
 * has not finished the swap, either it is still running (wait for it) or it
 * was killed (finish it, under the lock). Staging that never became ready is
 * left alone: it is not visible, and the next build drops it.
 */
export async function waitForWholeRelease(root: string): Promise<void> {
  const layout = releaseLayout(root);
  const interrupted = <T>(act: () => T): T => {
    try {
      return act();
    } catch (error) {
      throw new PackageError('RELEASE_INTERRUPTED', `a publish at ${root} was interrupted half-way (${layout.ready} exists) and cannot be finished from here: ${(error as Error).message}. Run \`mfr build\` or load() where the package is writable`, { cause: error });
    }
  };
  for (let waits = 0; existsSync(layout.ready); waits += 1) {
    const lock = interrupted(() => tryLock(root));
    if (lock.acquired) {
      try {
        interrupted(() => recoverRelease(root));
      } finally {
        lock.release();
      }
      return;
    }
    if (waits === MAX_WAITS) throw new PackageError('RELEASE_BUSY', `a build (pid ${lock.holder.pid} on ${lock.holder.host}) has been swapping in a new release at ${root} for ${(MAX_WAITS * WAIT_MS) / 1000} s; try again once it has finished`);
    await delay(WAIT_MS);
  }
}
