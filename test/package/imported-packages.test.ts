import { describe, expect, it } from 'vitest';
import { importedPackages, isEmptyModule } from './imported-packages.js';

describe('importedPackages', () => {
  it('finds static, re-exported, side-effect, dynamic and required packages, by package name', () => {
    const source = [
      "import { Ajv } from 'ajv';",
      "import { parse } from 'csv-parse/sync';",
      "import {\n  a,\n  b,\n} from '@scope/pkg/deep/path.js';",
      "export { x } from 'commander';",
      "import 'side-effect';",
      'const { table } = await import(\'arquero\');',
      "const r = require('old-style');",
    ].join('\n');
    expect(importedPackages(source)).toEqual(['@scope/pkg', 'ajv', 'arquero', 'commander', 'csv-parse', 'old-style', 'side-effect']);
  });

  it("leaves out relative paths and Node's built-ins, with or without node:", () => {
    expect(importedPackages("import { join } from 'node:path';\nimport fs from 'fs';\nimport { x } from './x.js';\nimport { y } from '../y.js';\nimport { z } from 'fs/promises';")).toEqual([]);
  });

  it('does not take a message that quotes an import for one', () => {
    expect(importedPackages("throw new Error(`no package named x: write import { x } from 'y'`);")).toEqual([]);
  });
});

describe('isEmptyModule', () => {
  it('is true of what tsc writes for a module of types, with or without a banner', () => {
    expect(isEmptyModule('export {};\n')).toBe(true);
    expect(isEmptyModule('/* Generated. Do not edit. */\nexport {};\n')).toBe(true);
  });

  it('is false of a module with code', () => {
    expect(isEmptyModule('/* a */\nexport const answer = 42;\nexport {};\n')).toBe(false);
    expect(isEmptyModule("export { load } from './load.js';\n")).toBe(false);
  });
});
