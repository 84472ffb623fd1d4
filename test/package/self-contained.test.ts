import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';

/** The folders whose code runs in a checkout: none may reach outside it, nor rely on a warm npm cache. */
const CODE_FOLDERS = ['test', 'pipeline', 'src', 'scripts', 'bench', '.ci'];
// Written so that this file does not match what it looks for (nor the session hook's grep for the same).
const OUTSIDE = [/\.\.['"]?\s*[,/\\]\s*['"]?shared\b/, /-{2}offline\b/];
const self = relative(projectRoot, fileURLToPath(import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('the checkout', () => {
  it('is self-contained: no code reads the shared folder beside the checkout or installs from the npm cache alone', () => {
    const files = CODE_FOLDERS.filter((folder) => existsSync(join(projectRoot, folder)))
      .flatMap((folder) => filesUnder(join(projectRoot, folder)))
      .map((file) => relative(projectRoot, file))
      .filter((file) => (/\.(ts|js|mjs|json|sh|ya?ml)$/.test(file) || file.startsWith('.ci/')) && file !== self);
    expect(files).toEqual(expect.arrayContaining(['test/pipeline/06-package/descriptor.test.ts', '.ci/run']));
    expect(files.filter((file) => OUTSIDE.some((pattern) => pattern.test(readFileSync(join(projectRoot, file), 'utf8'))))).toEqual([]);
  });

  it("locks each registry package with its tarball's URL and digest, so that a fresh `npm ci` fetches tarballs alone", () => {
    const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { link?: boolean; resolved?: string; integrity?: string }> };
    const installed = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
    expect(installed.length).toBeGreaterThan(0);
    expect(installed.filter(([, entry]) => !entry.resolved?.startsWith('https://') || !entry.integrity?.startsWith('sha512-')).map(([path]) => path)).toEqual([]);
  });
});
