import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageDescriptor } from '../../src/descriptor.js';
import { completeSwap, releaseLayout, type ReleaseLayout, type StepHook, type SwapStep } from '../../src/release/index.js';
import { fileMismatches } from '../../src/verify-file.js';
import { PipelineError } from '../errors.js';

/** What one build publishes: the CSVs under dist/ by name (their bytes, or a text written as UTF-8), and the descriptor's text. */
export interface Release {
  distFiles: ReadonlyMap<string, string | Uint8Array>;
  descriptor: string;
}

export const PUBLISH_STEPS = ['check-writable', 'stage', 'verify', 'mark-ready'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number] | SwapStep;

/**
 * Replaces dist/ and datapackage.json with a release so that a kill at any
 * moment leaves one whole release visible, the old or the new: the release is
 * written and verified under .release/staged/, marked ready, then renamed in
 * (src/release/complete-swap.ts); recoverRelease() finishes or drops a publish
 * that was stopped. A release that is already the visible one, byte for byte
 * (a build of unchanged inputs), is left as it is: writing, flushing and
 * swapping it would change nothing a reader sees, and removing the old dist/
 * after a swap waits on the disk. The caller holds the build lock.
 */
export function publishRelease(root: string, release: Release, onStep?: StepHook<PublishStep>): void {
  const layout = releaseLayout(root);
  onStep?.('check-writable');
  assertWritable(root, layout.dist);
  if (isVisible(layout, release)) return;
  try {
    onStep?.('stage');
    rmSync(layout.work, { recursive: true, force: true });
    mkdirSync(layout.stagedDist, { recursive: true });
    const staged = [...[...release.distFiles].map(([name, content]) => [join(layout.stagedDist, name), content] as const), [layout.stagedDescriptor, release.descriptor] as const];
    for (const [path, content] of staged) writeFileSync(path, content);
    flushToDisk(staged.map(([path]) => path));
    onStep?.('verify');
    assertStagedAsDescribed(layout.stagedDist, JSON.parse(release.descriptor) as PackageDescriptor);
  } catch (error) {
    // Nothing visible was touched: drop the staging, as recovery would.
    rmSync(layout.work, { recursive: true, force: true });
    throw error;
  }
  onStep?.('mark-ready');
  writeFileSync(layout.ready, '');
  flushToDisk([layout.ready]);
  completeSwap(layout, onStep);
}

/**
 * Whether dist/ and the descriptor are the release already: the same files, none
 * more, each with the same bytes. Called under the lock after recovery, so no
 * publish is half-way; anything unreadable counts as different, and is replaced.
 */
function isVisible(layout: ReleaseLayout, release: Release): boolean {
  try {
    const names = readdirSync(layout.dist);
    if (names.length !== release.distFiles.size) return false;
    for (const name of names) {
      const content = release.distFiles.get(name);
      if (content === undefined || !readFileSync(join(layout.dist, name)).equals(bytesOf(content))) return false;
    }
    return readFileSync(layout.descriptor).equals(bytesOf(release.descriptor));
  } catch {
    return false;
  }
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/**
 * A publish that cannot rename dist/ away, or remove the old one, would stop
 * half-way: find out before anything is written. (As root every check passes,
 * and so would the renames.)
 */
function assertWritable(root: string, dist: string): void {
  for (const [path, what] of [[root, 'the package root'], [dist, 'dist/']] as const) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw new PipelineError('DIST_NOT_WRITABLE', `${what} cannot be written (${(error as NodeJS.ErrnoException).code}), so the release cannot be swapped in; nothing was published`, {
        file: path === root ? '.' : 'dist/', expected: 'a writable dist/ and package root',
      });
    }
  }
}

/** Reads back what was staged: a short write or a full disk must not become the published release. */
function assertStagedAsDescribed(stagedDist: string, descriptor: PackageDescriptor): void {
  for (const resource of descriptor.resources) {
    if (typeof resource.path !== 'string' || !resource.path.startsWith('dist/')) continue;
    const problems = fileMismatches(resource, readFileSync(join(stagedDist, resource.path.slice('dist/'.length))));
    if (problems.length) {
      throw new PipelineError('PUBLISH_FAILED', `the staged ${resource.path} ${problems.join('; ')}; nothing was published`, { file: resource.path, expected: 'the bytes the descriptor states' });
    }
  }
}

/**
 * Flushes written files to disk, so that the ready marker never outlives a file it vouches for.
 * All are written first and then flushed in turn: the disk then takes most of the
 * data at the first flush, and one flush a file while writing costs about twice as long.
 */
function flushToDisk(paths: readonly string[]): void {
  for (const path of paths) {
    const fd = openSync(path, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
