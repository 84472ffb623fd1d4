import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, loadResource } from '../../src/load.js';
import { resolveResourcePath } from '../../src/resolve-path.js';
import { tempDir } from '../helpers/temp-dir.js';
import { copyPackage, editDescriptor } from './package-copy.js';

const root = tempDir('mfr-paths-');
mkdirSync(join(root, 'dist'));
writeFileSync(join(root, 'dist', 'a.csv'), 'x\n1\n');

describe('resolveResourcePath', () => {
  it('resolves a relative path inside the package', () => {
    expect(resolveResourcePath(root, 'dist/a.csv', 'a')).toBe(join(root, 'dist', 'a.csv'));
  });

  it.each([
    ['an absolute path', '/etc/passwd'],
    ['a URL', 'https://example.org/a.csv'],
    ['a file URL', 'file:///etc/passwd'],
    ['a Windows drive', 'C:\\data\\a.csv'],
    ['a UNC path', '\\\\server\\share\\a.csv'],
    ['a parent directory', '../a.csv'],
    ['a parent directory further in', 'dist/../../a.csv'],
    ['a parent directory with backslashes', 'dist\\..\\..\\a.csv'],
    ['an empty path', ''],
    ['a multipart path', ['dist/a.csv']],
    ['no path', undefined],
  ])('refuses %s', (_what, path) => {
    expect(() => resolveResourcePath(root, path, 'a')).toThrowError(expect.objectContaining({ code: 'RESOURCE_PATH_REFUSED' }));
  });

  it('refuses a link that leads out of the package', () => {
    const outside = tempDir('mfr-outside-');
    writeFileSync(join(outside, 'secret.csv'), 'x\n1\n');
    symlinkSync(join(outside, 'secret.csv'), join(root, 'dist', 'link.csv'));
    expect(() => resolveResourcePath(root, 'dist/link.csv', 'a')).toThrowError(/link that leads outside/);
  });
});

describe('the loader', () => {
  it('refuses a descriptor whose resource points outside the package', async () => {
    const copy = copyPackage();
    editDescriptor(copy, (descriptor) => {
      descriptor.resources.find((resource) => resource.name === 'sources')!.path = '../../etc/passwd';
    });
    await expect(load({ root: copy })).rejects.toMatchObject({ code: 'RESOURCE_PATH_REFUSED' });
    await expect(loadResource('sources', { root: copy })).rejects.toThrowError(/resource sources: path "..\/..\/etc\/passwd" climbs out/);
  });
});
