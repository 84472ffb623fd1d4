import { join } from 'node:path';
import { DESCRIPTOR_FILE } from '../descriptor.js';

/**
 * Where a release lives and where a publish works. The public layout is
 * dist/*.csv beside datapackage.json; a publish stages the next release in
 * .release/staged/, marks it complete with .release/ready, then renames it in.
 * The marker is the commit point: without it an interrupted publish is rolled
 * back (the staging is dropped), with it rolled forward (the renames are
 * finished), so the visible release is always one whole release.
 */
export interface ReleaseLayout {
  dist: string;
  descriptor: string;
  work: string;
  stagedDist: string;
  stagedDescriptor: string;
  retiredDist: string;
  ready: string;
  lock: string;
}

export function releaseLayout(root: string): ReleaseLayout {
  const work = join(root, '.release');
  return {
    dist: join(root, 'dist'),
    descriptor: join(root, DESCRIPTOR_FILE),
    work,
    stagedDist: join(work, 'staged', 'dist'),
    stagedDescriptor: join(work, 'staged', DESCRIPTOR_FILE),
    retiredDist: join(work, 'retired', 'dist'),
    ready: join(work, 'ready'),
    lock: join(root, '.build.lock'),
  };
}
