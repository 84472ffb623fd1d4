import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors.js';
import { projectRoot } from '../../pipeline/paths.js';

describe('PipelineError', () => {
  it('puts the file, line and column before the message, and the expectation after it', () => {
    const error = new PipelineError('SOURCE_NOT_UTF8', 'bad byte', { file: 'raw/a.txt', line: 3, column: 5, expected: 'UTF-8', seen: 'bytes ff' });
    expect(error.message).toBe('SOURCE_NOT_UTF8 raw/a.txt:3:5: bad byte (expected UTF-8; found "bytes ff")');
  });

  it('is documented: every code of the union has a row in the README error table', () => {
    const union = readFileSync(join(projectRoot, 'pipeline', 'errors.ts'), 'utf8').match(/export type PipelineErrorCode =([^;]+);/)![1]!;
    const codes = [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThan(20);
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## When the input is wrong'), readme.indexOf('\n## ', readme.indexOf('## When the input is wrong') + 1));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    for (const code of codes) expect(rows.some((row) => row.split('|')[1]!.includes(`\`${code}\``)), code).toBe(true);
  });
});
