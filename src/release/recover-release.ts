import { existsSync, rmSync } from 'node:fs';
import { completeSwap, type StepHook, type SwapStep } from './complete-swap.js';
import { releaseLayout } from './layout.js';

/**
 * Makes the visible release whole after a publish that was interrupted: with
 * the ready marker, the staged release was complete and verified, so the swap
 * is finished; without it, nothing visible was touched yet, so the staging is
 * dropped. The caller holds the build lock (see tryLock).
 */
export function recoverRelease(root: string, onStep?: StepHook<SwapStep>): void {
  const layout = releaseLayout(root);
  if (existsSync(layout.ready)) completeSwap(layout, onStep);
  else rmSync(layout.work, { recursive: true, force: true });
}
