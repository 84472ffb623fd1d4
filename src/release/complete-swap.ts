import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReleaseLayout } from './layout.js';

/** The renames and removals that put a staged release in place, in order. */
export const SWAP_STEPS = ['retire-dist', 'install-dist', 'install-descriptor', 'commit', 'clean'] as const;
export type SwapStep = (typeof SWAP_STEPS)[number];

/** Called before each step: tests stop a publish or a recovery there, as a kill would. */
export type StepHook<Step extends string> = (step: Step) => void;

/**
 * Puts the release staged under .release/ in place. Each step does only what
 * the files on disk show is still left, so running this again after an
 * interruption anywhere, inside itself too, ends in the same state: the staged
 * release visible, the previous one gone, .release/ removed. dist/ and the
 * descriptor cannot move in one rename; the ready marker is what makes the
 * half-way states recoverable.
 */
export function completeSwap(layout: ReleaseLayout, onStep?: StepHook<SwapStep>): void {
  onStep?.('retire-dist');
  if (existsSync(layout.stagedDist) && existsSync(layout.dist)) {
    mkdirSync(dirname(layout.retiredDist), { recursive: true });
    renameSync(layout.dist, layout.retiredDist);
  }
  onStep?.('install-dist');
  if (existsSync(layout.stagedDist)) renameSync(layout.stagedDist, layout.dist);
  onStep?.('install-descriptor');
  // A rename over an existing file replaces it in one step.
  if (existsSync(layout.stagedDescriptor)) renameSync(layout.stagedDescriptor, layout.descriptor);
  onStep?.('commit');
  rmSync(layout.ready, { force: true });
  onStep?.('clean');
  rmSync(layout.work, { recursive: true, force: true });
}
