import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';

const root = packageRoot();
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { version: string; bin: Record<string, string>; exports: Record<string, unknown>; files: string[] };

describe('versions', () => {
  it('are one: package.json and datapackage.json agree', () => {
    expect((JSON.parse(read('datapackage.json')) as { version: string }).version).toBe(manifest.version);
  });

  it('each have their CHANGELOG entry', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}$`, 'm'));
  });
});

describe('package.json', () => {
  it('names the CLI twice, by its full name and as mfr', () => {
    expect(manifest.bin).toEqual({ 'mexico-foreign-relations': 'lib/src/cli/main.js', mfr: 'lib/src/cli/main.js' });
  });

  it('exports the loader with its types first, as nodenext resolution wants', () => {
    expect(Object.keys(manifest.exports['.'] as object)).toEqual(['types', 'default']);
  });
});
