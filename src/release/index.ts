export { releaseLayout, type ReleaseLayout } from './layout.js';
export { tryLock, type LockAttempt, type LockHolder } from './lock.js';
export { completeSwap, SWAP_STEPS, type StepHook, type SwapStep } from './complete-swap.js';
export { recoverRelease } from './recover-release.js';
export { waitForWholeRelease } from './wait-for-release.js';
