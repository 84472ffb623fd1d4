import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceMetadata } from '../../../pipeline/01-ingest/index.js';
import { readTable } from '../../../pipeline/02-extract/read-table.js';
import { EntityResolver } from '../../../pipeline/03-normalize/entities.js';
import { normalizeTable, type NormalizeContext, type NormalizedTable } from '../../../pipeline/03-normalize/normalize-table.js';
import { runChecks, type CheckResult as Check } from '../../../pipeline/05-validate/run-checks.js';
import type { EntityMetadata } from '../../../pipeline/types/entity-metadata.js';
import type { Indicator } from '../../../src/types/indicator.js';
import type { RecipeCheck, TableRecipe } from '../../../pipeline/types/recipe.js';
import { parseLocatedJson } from '../../../pipeline/locate-json.js';
import { projectPaths } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';
import { autosTable, groupsTable, oneBlockRecipe, segmentsTable, tradeTable } from '../../helpers/synthetic-tables.js';

const SOURCE: SourceMetadata = syntheticMetadata();

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

function context(): NormalizeContext {
  const { indicators } = readJson<{ indicators: Indicator[] }>('../../../pipeline/03-normalize/indicators.json');
  return {
    sources: new Map([[SOURCE.id, SOURCE]]),
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    entities: new EntityResolver(readJson<EntityMetadata>('../../../pipeline/03-normalize/entities.json')),
  };
}

/** Reads, normalizes and checks a synthetic table. */
function check(text: string, recipe: TableRecipe): Check[] {
  const table = readTable(recipe, SOURCE.id, SOURCE.path, indexLines(Buffer.from(text, 'utf8')));
  return runChecks(normalizeTable(table, context()));
}

/** The numeric verdict of a check, for compact comparison. */
function verdict(row: Check): Pick<Check, 'check_id' | 'expected' | 'found' | 'difference' | 'tolerance' | 'status'> {
  const { check_id, expected, found, difference, tolerance, status } = row;
  return { check_id, expected, found, difference, tolerance, status };
}

// ---------------------------------------------------------------- sum and difference via parts

const { text: TRADE, recipe: TRADE_RECIPE } = tradeTable({
  id: 'trade',
  preambleLines: 1,
  lines: [
    'Table 1', // 1
    '(Millions of dollars)', // 2
    'Exports Imports Total Balance', // 3
    '1980 44.7 64.2 108.9 -19.5', // 4: holds exactly
    '1981 44.7 64.2 108.8 -19.5', // 5: total off by 0.1, within rounding
    '1982 50.0 50.0 100.5 0.0', // 6: total off by 0.5, beyond rounding, within 1%
    '1983 50.0 50.0 110.0 -', // 7: total off by 10%; balance empty
    'Source: test',
  ],
  checks: [
    { kind: 'sum', target: { column: 'total' }, parts: [{ column: 'exports' }, { column: 'imports' }] },
    { kind: 'difference', target: { column: 'balance' }, parts: [{ column: 'exports' }, { column: 'imports' }] },
  ],
});

describe('runChecks: sum and difference of parts', () => {
  const checks = check(TRADE, TRADE_RECIPE);

  it('checks every printed target cell, none for an empty one', () => {
    expect(checks.map((row) => row.check_id)).toEqual([
      'synthetic@0000075:sum1',
      'synthetic@0000102:sum1',
      'synthetic@0000129:sum1',
      'synthetic@0000154:sum1',
      'synthetic@0000081:difference2',
      'synthetic@0000108:difference2',
      'synthetic@0000135:difference2',
    ]);
  });

  it('passes a sum that holds exactly', () => {
    expect(checks[0]).toEqual({
      check_id: 'synthetic@0000075:sum1',
      source_id: 'synthetic',
      table: 'Table 1',
      kind: 'sum',
      description: '[1980 | Total] = [1980 | Exports] + [1980 | Imports]',
      target_obs_id: 'synthetic@0000075',
      input_obs_ids: ['synthetic@0000065', 'synthetic@0000070'],
      expected: 108.9,
      found: 108.9,
      difference: 0,
      tolerance: 0.15,
      status: 'pass',
    });
  });

  it.each<[title: string, index: number, expected: ReturnType<typeof verdict>]>([
    [
      'passes a sum off by less than the printed rounding (44.7 + 64.2 printed as 108.8)',
      1,
      { check_id: 'synthetic@0000102:sum1', expected: 108.9, found: 108.8, difference: -0.1, tolerance: 0.15, status: 'pass' },
    ],
    [
      'warns on a sum off beyond rounding but within 1%',
      2,
      { check_id: 'synthetic@0000129:sum1', expected: 100, found: 100.5, difference: 0.5, tolerance: 0.15, status: 'warn' },
    ],
    [
      'fails a sum off by 10%',
      3,
      { check_id: 'synthetic@0000154:sum1', expected: 100, found: 110, difference: 10, tolerance: 0.15, status: 'fail' },
    ],
  ])('%s', (_title, index, expected) => {
    expect(verdict(checks[index]!)).toEqual(expected);
  });

  it('checks a difference as minuend minus subtrahend', () => {
    expect(checks[4]).toMatchObject({
      kind: 'difference',
      description: '[1980 | Balance] = [1980 | Exports] − [1980 | Imports]',
      target_obs_id: 'synthetic@0000081',
      input_obs_ids: ['synthetic@0000065', 'synthetic@0000070'],
      expected: -19.5,
      found: -19.5,
      difference: 0,
      tolerance: 0.15,
      status: 'pass',
    });
    expect(verdict(checks[6]!)).toEqual({ check_id: 'synthetic@0000135:difference2', expected: 0, found: 0, difference: 0, tolerance: 0.15, status: 'pass' });
  });

  it('runs no check for a recipe without checks', () => {
    const { checks: _unused, ...withoutChecks } = TRADE_RECIPE;
    expect(check(TRADE, withoutChecks)).toEqual([]);
  });
});

// ---------------------------------------------------------------- sum of the rest of a column, share, empty cells

const { text: SEGMENTS, recipe: SEGMENTS_RECIPE } = segmentsTable({
  id: 'segments',
  lines: [
    'Table 7', // 1
    'Investment (thousands of dollars)', // 2
    'Branches Amount Share', // 3
    'Manufacture 60.0 60.0', // 4
    'Commerce 40.0 40.0', // 5
    'Other - -', // 6
    'Total 100.0 100.0', // 7
    'Source: test',
  ],
  checks: [
    { kind: 'sum', target: { row: 'total' }, rest_of: 'column' },
    { kind: 'share', target: { column: 'share' }, parts: [{ column: 'amount' }, { row: 'total', column: 'amount' }] },
  ],
});

describe('runChecks: sum of the rest of a column and shares', () => {
  const checks = check(SEGMENTS, SEGMENTS_RECIPE);

  it('sums the rest of the column, an empty cell as an exact zero left out of the inputs', () => {
    expect(checks[0]).toEqual({
      check_id: 'synthetic@0000121:sum1',
      source_id: 'synthetic',
      table: 'Table 7',
      kind: 'sum',
      description: '[Total | Amount] = [Manufacture | Amount] + [Commerce | Amount] + [Other | Amount]',
      target_obs_id: 'synthetic@0000121',
      input_obs_ids: ['synthetic@0000076', 'synthetic@0000095'],
      expected: 100,
      found: 100,
      difference: 0,
      // half a unit of the total and of the two printed parts; the dash adds nothing
      tolerance: 0.15,
      status: 'pass',
    });
    expect(checks[1]).toMatchObject({ check_id: 'synthetic@0000127:sum1', input_obs_ids: ['synthetic@0000081', 'synthetic@0000100'], expected: 100, tolerance: 0.15, status: 'pass' });
  });

  it('checks the share of every printed cell of the share column', () => {
    const shares = checks.filter((row) => row.kind === 'share');
    expect(shares.map(verdict)).toEqual([
      { check_id: 'synthetic@0000081:share2', expected: 60, found: 60, difference: 0, tolerance: 0.13, status: 'pass' },
      { check_id: 'synthetic@0000100:share2', expected: 40, found: 40, difference: 0, tolerance: 0.12, status: 'pass' },
      { check_id: 'synthetic@0000127:share2', expected: 100, found: 100, difference: 0, tolerance: 0.15, status: 'pass' },
    ]);
    expect(shares[0]).toMatchObject({
      description: '[Manufacture | Share] = 100 × [Manufacture | Amount] / [Total | Amount]',
      input_obs_ids: ['synthetic@0000076', 'synthetic@0000121'],
    });
  });
});

// ---------------------------------------------------------------- growth against the previous column

const { text: GROWTH, recipe: GROWTH_RECIPE } = autosTable({
  id: 'growth',
  preambleLines: 1,
  layout: 'rows',
  lines: [
    'Table 3', // 1
    'Imports of automobiles (thousands of dollars)', // 2
    '1999 2000 2001', // 3
    'Value 200 250 200', // 4
    'Growth 5.0% 25.0% -20.0%', // 5
    'Source: test',
  ],
  checks: [{ kind: 'growth', target: { row: 'growth' }, parts: [{ row: 'value' }, { row: 'value', column: '@previous' }] }],
});

describe('runChecks: growth over the previous column', () => {
  const checks = check(GROWTH, GROWTH_RECIPE);

  it('has no check for the first column, which has no previous one', () => {
    expect(checks.map((row) => row.check_id)).toEqual(['synthetic@0000099:growth1', 'synthetic@0000105:growth1']);
  });

  it('compares the growth with the change over the previous column', () => {
    expect(checks[0]).toMatchObject({
      description: '[Growth | 2000] = 100 × ([Value | 2000] / [Value | 1999] − 1)',
      target_obs_id: 'synthetic@0000099',
      input_obs_ids: ['synthetic@0000079', 'synthetic@0000075'],
      expected: 25,
      found: 25,
      difference: 0,
      tolerance: 0.6125,
      status: 'pass',
    });
    expect(verdict(checks[1]!)).toEqual({ check_id: 'synthetic@0000105:growth1', expected: -20, found: -20, difference: 0, tolerance: 0.41, status: 'pass' });
    expect(checks[1]!.input_obs_ids).toEqual(['synthetic@0000083', 'synthetic@0000079']);
  });

  it('checks growth in a columns layout where the first column prints no growth', () => {
    const { text, recipe } = autosTable({
      id: 'growth',
      preambleLines: 1,
      layout: 'columns',
      lines: ['Table 3', 'Imports of automobiles (thousands of dollars)', '1999 2000 2001', '229 3,070', '+1,240.6%', '4,430', '+44.3%', 'Source: test'],
      checks: GROWTH_RECIPE.checks,
    });
    const rows = check(text, recipe);
    expect(rows.map(verdict)).toEqual([
      { check_id: 'synthetic@0000079:growth1', expected: 1240.611354, found: 1240.6, difference: -0.011354, tolerance: 3.19544, status: 'pass' },
      { check_id: 'synthetic@0000095:growth1', expected: 44.299674, found: 44.3, difference: 0.000326, tolerance: 0.089788, status: 'pass' },
    ]);
    expect(rows.map((row) => row.input_obs_ids)).toEqual([['synthetic@0000073', 'synthetic@0000069'], ['synthetic@0000089', 'synthetic@0000073']]);
    expect(rows[0]!.description).toBe('[2000] = 100 × ([2000] / [1999] − 1)');
  });

  // BUG (reported, not fixed): under column groups the column keys repeat ("1999 2000" per group), and
  // "@previous" is resolved by the key of the cell at columnIndex - 1 in the block, which for the first
  // column of the second group is the last column of the first group ("2000"); matched within the target's
  // group, it selects Korea's own 2000 cell. Korea 1999 then gets a check against a later year (a false fail).
  it('has no check for the first column of each column group', () => {
    const text = [
      'Table 3',
      'Imports of automobiles (thousands of dollars)',
      ' Japan Korea',
      ' 1999 2000 1999 2000',
      'Value 200 250 100 150',
      'Growth 5.0% 25.0% 7.0% 50.0%',
      'Source: test',
    ].join('\n');
    const recipe: TableRecipe = {
      ...GROWTH_RECIPE,
      regions: [{ blocks: [{ ...GROWTH_RECIPE.regions[0].blocks[0], groups: [{ key: 'japan', label: 'Japan' }, { key: 'korea', label: 'Korea' }] }] }],
    };
    const rows = check(text, recipe);
    expect(rows.map((row) => row.description)).toEqual([
      '[Growth | Japan | 2000] = 100 × ([Value | Japan | 2000] / [Value | Japan | 1999] − 1)',
      '[Growth | Korea | 2000] = 100 × ([Value | Korea | 2000] / [Value | Korea | 1999] − 1)',
    ]);
  });
});

// ---------------------------------------------------------------- sum of the rest of a row, except a column

const FDI = [
  'Table 5', // 1
  '(Millions of dollars)', // 2
  '1994 1995 1996 Outstanding', // 3
  'Total 100.0 200.0 300.0 600.0 100.0%', // 4
  'Korea 1.5 - 2.5 4.0 0.7%', // 5
  'Source: test',
].join('\n');

const FDI_RECIPE = oneBlockRecipe(
  {
    id: 'fdi',
    caption: 'Table 5',
    preamble_lines: 1,
    defaults: { partner: 'MEX', indicator: 'fdi_inflow' },
    checks: [
      { kind: 'sum', target: { column: 'outstanding' }, rest_of: 'row', except: [{ column: 'share' }] },
      { kind: 'share', target: { column: 'share' }, parts: [{ column: 'outstanding' }, { row: 'total', column: 'outstanding' }] },
    ],
  },
  {
    columns: [
      { period: 'printed', repeat: true },
      { key: 'outstanding', label: 'Outstanding', period: 'span' },
      { key: 'share', indicator: 'fdi_inflow_share_of_total' },
    ],
    rows: [
      { key: 'total', label: 'Total', entity: 'WORLD' },
      { key: 'korea', label: 'Korea', entity: 'KOR' },
    ],
  },
);

describe('runChecks: sum of the rest of a row with an exception, share of a total', () => {
  const checks = check(FDI, FDI_RECIPE);

  it.each<[title: string, index: number, check: Partial<Check>]>([
    [
      'sums the rest of the row without the excepted column',
      0,
      {
        check_id: 'synthetic@0000081:sum1',
        description: '[Total | Outstanding] = [Total | 1994] + [Total | 1995] + [Total | 1996]',
        input_obs_ids: ['synthetic@0000063', 'synthetic@0000069', 'synthetic@0000075'],
        expected: 600,
        found: 600,
        difference: 0,
        tolerance: 0.2,
        status: 'pass',
      },
    ],
    [
      'counts an empty cell of the row as zero with no rounding, and lists only printed inputs',
      1,
      {
        check_id: 'synthetic@0000110:sum1',
        description: '[Korea | Outstanding] = [Korea | 1994] + [Korea | 1995] + [Korea | 1996]',
        input_obs_ids: ['synthetic@0000100', 'synthetic@0000106'],
        expected: 4,
        found: 4,
        difference: 0,
        tolerance: 0.15,
        status: 'pass',
      },
    ],
  ])('%s', (_title, index, expected) => {
    expect(checks[index]).toMatchObject(expected);
  });

  it('checks a share of the total within its propagated rounding', () => {
    expect(checks.slice(2).map(verdict)).toEqual([
      { check_id: 'synthetic@0000087:share2', expected: 100, found: 100, difference: 0, tolerance: 0.066667, status: 'pass' },
      { check_id: 'synthetic@0000114:share2', expected: 0.666667, found: 0.7, difference: 0.033333, tolerance: 0.058389, status: 'pass' },
    ]);
    expect(checks[3]!.input_obs_ids).toEqual(['synthetic@0000110', 'synthetic@0000081']);
  });
});

// ---------------------------------------------------------------- equal across column groups

const { text: GROUPS, recipe: GROUPS_RECIPE } = groupsTable({
  id: 'groups',
  groups: ['japan', 'korea'],
  rows: [
    { key: 'imports', label: 'Imports', indicator: 'imports' },
    { key: 'total_balance', label: 'Total Balance', indicator: 'trade_balance', partner: 'WORLD' },
  ],
  lines: [
    'Table IV: Trade (millions US-$)', // 1
    ' Japan Korea', // 2
    ' 1989 1995 1989 1995', // 3
    'Imports 818 3952 161 974', // 4
    'Total Balance +400 +7087 +400 +7078', // 5
    'Source: test',
  ],
  checks: [{ kind: 'equal', target: { row: 'total_balance', group: 'korea' }, parts: [{ group: 'japan' }] }],
});

describe('runChecks: a figure printed again under another column group', () => {
  const checks = check(GROUPS, GROUPS_RECIPE);

  it('passes an equal repetition and warns on a slip in the last digits', () => {
    expect(checks).toEqual([
      {
        check_id: 'synthetic@0000116:equal1',
        source_id: 'synthetic',
        table: 'Table IV',
        kind: 'equal',
        description: '[Total Balance | Korea | 1989] = [Total Balance | Japan | 1989]',
        target_obs_id: 'synthetic@0000116',
        input_obs_ids: ['synthetic@0000105'],
        expected: 400,
        found: 400,
        difference: 0,
        tolerance: 1,
        status: 'pass',
      },
      {
        check_id: 'synthetic@0000121:equal1',
        source_id: 'synthetic',
        table: 'Table IV',
        kind: 'equal',
        description: '[Total Balance | Korea | 1995] = [Total Balance | Japan | 1995]',
        target_obs_id: 'synthetic@0000121',
        input_obs_ids: ['synthetic@0000110'],
        expected: 7087,
        found: 7078,
        difference: -9,
        tolerance: 1,
        status: 'warn',
      },
    ]);
  });

  it('refuses a part that selects more than one cell', () => {
    const recipe: TableRecipe = { ...GROUPS_RECIPE, checks: [{ kind: 'equal', target: { row: 'total_balance', group: 'korea' }, parts: [{ group: 'japan', column: ['1989', '1995'] }] }] };
    expect(() => check(GROUPS, recipe)).toThrow(expect.objectContaining({ code: 'RECIPE_INVALID', context: expect.objectContaining({ file: 'pipeline/02-extract/recipes/synthetic.json' }) }));
  });

  it('names the recipe line of the part, and the raw lines of the checked cell and of the cells it selects', () => {
    const recipe: TableRecipe = { ...GROUPS_RECIPE, checks: [{ kind: 'equal', target: { row: 'total_balance', group: 'korea' }, parts: [{ group: 'japan', column: ['1989', '1995'] }] }] };
    const json = JSON.stringify(recipe, null, 2);
    const located = parseLocatedJson(json);
    const table = readTable(recipe, SOURCE.id, SOURCE.path, indexLines(Buffer.from(GROUPS, 'utf8')), (pointer) => ({ file: 'recipes.json', ...located.positionOf(pointer) }));
    let error: unknown;
    try {
      runChecks(normalizeTable(table, context()));
    } catch (caught) {
      error = caught;
    }
    // The part is the first item after "parts": [
    const partLine = json.split('\n').findIndex((line) => line.includes('"parts"')) + 2;
    expect(error).toMatchObject({ code: 'RECIPE_INVALID', context: { file: 'recipes.json', line: partLine, recipe: 'synthetic/groups', expected: 'exactly one cell per part' } });
    expect((error as Error).message).toContain(`recipes.json:${partLine}`);
    expect((error as Error).message).toContain('part 1 selects 2 cells (on lines 5, 5) for the checked cell printed at raw/synthetic.txt:5');
  });
});

// ---------------------------------------------------------------- mirror: the same flow as another table reports it

const MIRROR_LINES = [
  'Table 1', // 1: Korea's declarations
  '(Millions of dollars)', // 2
  'Exports Imports Total Balance', // 3
  '1980 40.0 10.0 50.0 30.0', // 4
  '1981 40.0 10.0 50.0 30.0', // 5
  'Source: test', // 6
  'Table 2', // 7: Mexico's declarations of the same flows
  '(Millions of dollars)', // 8
  'Exports Imports Total Balance', // 9
  '1980 1.0 4.0 5.0 -3.0', // 10: exactly a tenth of the mirror figures: at the band's edge
  '1981 100.2 3.8 104.0 96.4', // 11: exports over ten times the mirror, imports under a tenth
  '1983 99.0 40.0 139.0 59.0', // 12: a year the other table does not print
  'Source: test',
];
const MIRROR_CHECKS: RecipeCheck[] = [
  { kind: 'mirror', factor: 10, target: { column: 'exports' }, parts: [{ table: 'korea', column: 'imports' }] },
  { kind: 'mirror', factor: 10, target: { column: 'imports' }, parts: [{ table: 'korea', column: 'exports' }] },
];

/** The two tables of MIRROR_LINES, normalized; Table 2's recipe gets `checks`. */
function mirrorTables(checks: RecipeCheck[]): NormalizedTable[] {
  const text = MIRROR_LINES.join('\n');
  const lines = indexLines(Buffer.from(text, 'utf8'));
  const korea = tradeTable({ id: 'korea', preambleLines: 1, lines: MIRROR_LINES }).recipe;
  const mexico: TableRecipe = { ...tradeTable({ id: 'mexico', preambleLines: 1, lines: MIRROR_LINES, checks }).recipe, caption: 'Table 2', defaults: { entity: 'MEX', partner: 'KOR' } };
  return [korea, mexico].map((recipe) => normalizeTable(readTable(recipe, SOURCE.id, SOURCE.path, lines), context()));
}

describe('runChecks: a figure within a factor of its mirror in another table', () => {
  const tables = mirrorTables(MIRROR_CHECKS);
  const checks = runChecks(tables[1]!, tables);
  const byDescription = (description: string) => checks.find((row) => row.description === description);

  it('checks each printed cell against the same row of the named table, and skips rows that table does not print', () => {
    expect(checks.map((row) => row.description)).toEqual([
      '[1980 | Exports] = Table 1 [1980 | Imports] within a factor of 10',
      '[1981 | Exports] = Table 1 [1981 | Imports] within a factor of 10',
      '[1980 | Imports] = Table 1 [1980 | Exports] within a factor of 10',
      '[1981 | Imports] = Table 1 [1981 | Exports] within a factor of 10',
    ]);
    const mirror = tables[0]!.cells.find((cell) => cell.cell.row.key === '1980' && cell.cell.column.key === 'imports')!;
    expect(byDescription('[1980 | Exports] = Table 1 [1980 | Imports] within a factor of 10')).toMatchObject({ kind: 'mirror', table: 'Table 2', input_obs_ids: [mirror.obsId], check_id: expect.stringMatching(/^synthetic@\d{7}:mirror1$/) });
  });

  it('passes a tenth of the mirror, rounding included, and fails beyond the band on either side', () => {
    const verdicts = checks.map((row) => ({ expected: row.expected, found: row.found, difference: row.difference, tolerance: row.tolerance, status: row.status }));
    expect(verdicts).toEqual([
      // below the mirror the band reaches down to mirror / 10: 10 × 0.9, plus half a unit of each printed figure
      { expected: 10, found: 1, difference: -9, tolerance: 9.1, status: 'pass' },
      // above it, up to mirror × 10: 10 × 9, plus rounding
      { expected: 10, found: 100.2, difference: 90.2, tolerance: 90.1, status: 'fail' },
      { expected: 40, found: 4, difference: -36, tolerance: 36.1, status: 'pass' },
      { expected: 40, found: 3.8, difference: -36.2, tolerance: 36.1, status: 'fail' },
    ]);
  });

  it('is declared with a factor in the recipe schema, and only a mirror takes one', () => {
    const schemas = new SchemaRegistry(projectPaths().schemas);
    const recipes = (check: RecipeCheck) => ({ source_id: 'synthetic', tables: [{ ...tradeTable({ id: 'mexico', preambleLines: 1, lines: MIRROR_LINES }).recipe, checks: [check] }] });
    expect(schemas.validate('recipe.schema.json', recipes(MIRROR_CHECKS[0]!)).valid).toBe(true);
    const { factor: _factor, ...withoutFactor } = MIRROR_CHECKS[0]!;
    expect(schemas.validate('recipe.schema.json', recipes(withoutFactor)).valid).toBe(false);
    expect(schemas.validate('recipe.schema.json', recipes({ ...MIRROR_CHECKS[0]!, factor: 1 })).valid).toBe(false);
    expect(schemas.validate('recipe.schema.json', recipes({ kind: 'sum', factor: 10, target: { column: 'total' }, parts: [{ column: 'exports' }, { column: 'imports' }] })).valid).toBe(false);
  });
});
