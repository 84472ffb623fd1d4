import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishRelease, type PublishStep, type Release } from '../../../pipeline/06-package/index.js';
import { build } from '../../../pipeline/build.js';
import { makeSmallProject } from '../../helpers/small-project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { visibleRelease } from '../../helpers/visible-release.js';

const release: Release = {
  distFiles: new Map<string, string | Uint8Array>([['a.csv', 'id\n1\n'], ['b.csv', Buffer.from('id\n2\n')]]),
  descriptor: '{"name":"p","resources":[]}\n',
};
const visible = { 'dist/a.csv': 'id\n1\n', 'dist/b.csv': 'id\n2\n', 'datapackage.json': '{"name":"p","resources":[]}\n' };

/** A root that shows `files` (relative paths) as its release. */
function rootShowing(files: Record<string, string>): string {
  const root = tempDir('mfr-unchanged-');
  mkdirSync(join(root, 'dist'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  return root;
}

/** Each visible file's inode and modification time: what a rewrite or a swap would change. */
function stamps(root: string): Record<string, string> {
  const paths = [...readdirSync(join(root, 'dist')).map((name) => join('dist', name)), 'datapackage.json'];
  return Object.fromEntries(paths.map((path) => {
    const stat = statSync(join(root, path), { bigint: true });
    return [path, `${stat.ino}@${stat.mtimeNs}`];
  }));
}

function publishNoting(root: string): PublishStep[] {
  const steps: PublishStep[] = [];
  publishRelease(root, release, (step) => steps.push(step));
  return steps;
}

describe('publishing a release that is already visible', () => {
  it('leaves dist/ and the descriptor untouched when they hold the release byte for byte', () => {
    const root = rootShowing(visible);
    const before = stamps(root);
    expect(publishNoting(root)).toEqual(['check-writable']);
    expect(stamps(root)).toEqual(before);
    expect(visibleRelease(root)).toEqual(visible);
    expect(existsSync(join(root, '.release'))).toBe(false);
  });

  it.each([
    ['a file differs', { ...visible, 'dist/b.csv': 'id\n3\n' }],
    ['the descriptor differs', { ...visible, 'datapackage.json': '{"name":"q","resources":[]}\n' }],
    ['dist/ holds a file more', { ...visible, 'dist/c.csv': 'id\n' }],
    ['dist/ lacks a file', { 'dist/a.csv': visible['dist/a.csv'], 'datapackage.json': visible['datapackage.json'] }],
  ])('publishes it when %s', (_, shown) => {
    const root = rootShowing(shown);
    expect(publishNoting(root)).toContain('clean');
    expect(visibleRelease(root)).toEqual(visible);
  });

  it('publishes it where no release is visible yet', () => {
    const root = tempDir('mfr-unchanged-');
    expect(publishNoting(root)).toContain('clean');
    expect(visibleRelease(root)).toEqual(visible);
  });

  it('is what a second build of unchanged inputs does: nothing after the check that dist/ is writable', () => {
    const fixture = makeSmallProject();
    const before = stamps(fixture.root);
    const steps: PublishStep[] = [];
    build({ paths: fixture, onPublishStep: (step) => steps.push(step) });
    expect(steps).toEqual(['check-writable']);
    expect(stamps(fixture.root)).toEqual(before);
  });
});
