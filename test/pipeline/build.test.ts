import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { projectRoot } from '../../pipeline/paths.js';
import { editRawText, makeFixtureProject, makeProjectOf, readOutputs } from '../helpers/fixture-project.js';
import { expectBuildFailure } from '../helpers/expect-build-failure.js';

type Row = Record<string, string>;

function readCsv(root: string, name: string): Row[] {
  return parse(readFileSync(join(root, 'dist', `${name}.csv`)), { columns: true }) as Row[];
}

const observations = readCsv(projectRoot, 'observations');

function cell(sourceId: string, table: string, rowLabel: string, columnLabel: string): Row {
  const found = observations.filter((row) => row.source_id === sourceId && row.table === table && row.row_label === rowLabel && row.column_label === columnLabel);
  expect(found, `${sourceId} ${table} [${rowLabel} | ${columnLabel}]`).toHaveLength(1);
  return found[0]!;
}

describe('build', () => {
  it('rebuilds the committed dist/ and datapackage.json byte for byte, and again identically', () => {
    const committed = readOutputs(projectRoot);
    const fixture = makeFixtureProject();
    rmSync(fixture.dist, { recursive: true });
    build({ paths: fixture });
    const first = readOutputs(fixture.root);
    build({ paths: fixture });
    expect(readOutputs(fixture.root)).toEqual(first);
    expect(first).toEqual(committed);
  });

  it('publishes every cell of every table named in the recipes', () => {
    const perTable = new Map<string, number>();
    for (const row of observations.filter((candidate) => candidate.table !== '')) perTable.set(`${row.source_id} ${row.table}`, (perTable.get(`${row.source_id} ${row.table}`) ?? 0) + 1);
    expect(Object.fromEntries(perTable)).toEqual({
      'korea-commission-2005 Table 1': 100,
      'korea-commission-2005 Table 2': 100,
      'korea-commission-2005 Table 3': 11,
      'korea-commission-2005 Table 4': 25,
      'korea-commission-2005 Table 5': 26,
      // 16 cells, 9 of them printed as "-" (empty)
      'korea-commission-2005 Table 6': 7,
      'korea-commission-2005 Table 7': 24,
      'korea-commission-2005 Table 8': 22,
      'pacific-asia-2001 Table I': 9,
      'pacific-asia-2001 Table III': 28,
      'pacific-asia-2001 Table IV': 144,
      'pacific-asia-2001 Table V': 48,
    });
  });

  it('reads European numbers in pacific-asia-2001 and English ones in korea-commission-2005', () => {
    expect(cell('pacific-asia-2001', 'Table IV', 'Mexican Imports', 'Total Asia Pacific / 1999')).toMatchObject({ raw: '14.451', value: '14451000000', unit: 'USD', multiplier: '1000000', entity: 'MEX', partner: 'ASIA_PACIFIC', period_start: '1999', period_end: '1999' });
    expect(cell('pacific-asia-2001', 'Table IV', 'As % of total Mexican Imports', 'Japan / 1989')).toMatchObject({ raw: '2,4', value: '2.4', unit: 'percent', multiplier: '1', indicator: 'imports_share', partner: 'JPN' });
    expect(cell('pacific-asia-2001', 'Table IV', 'Balance', 'USA / 1995')).toMatchObject({ raw: '+12.444', value: '12444000000', indicator: 'trade_balance', partner: 'USA' });
    expect(cell('pacific-asia-2001', 'Table IV', 'Mexican Exports', '"Three Chinas" / 1995')).toMatchObject({ value: '585000000', indicator: 'exports', partner: 'THREE_CHINAS' });
    expect(cell('pacific-asia-2001', 'Table IV', 'Mexican Imports', 'South East Asia* / 1989')).toMatchObject({ value: '81000000', partner: 'SOUTHEAST_ASIA_5' });
    expect(cell('pacific-asia-2001', 'Table III', 'Total', '1982')).toMatchObject({ raw: '58,87', value: '58870000000', unit: 'USD', multiplier: '1000000000', partner: 'WORLD', attributed_to: 'Secretaría de Hacienda y Crédito Público' });
    expect(cell('pacific-asia-2001', 'Table III', 'multilat. Organizations', '1983')).toMatchObject({ raw: '4,4', value: '4400000000', partner: 'MULTILATERAL_ORGS' });
    expect(cell('pacific-asia-2001', 'Table I', '1960', 'Persons born abroad with permanent residence in Mexico')).toMatchObject({ raw: '223.500', value: '223500', unit: 'persons', entity: 'MEX', partner: 'WORLD' });
    expect(cell('pacific-asia-2001', 'Table I', '1970', '%')).toMatchObject({ raw: '4,8', value: '4.8', unit: 'percent', partner: 'ASIA' });
    expect(cell('pacific-asia-2001', 'Table V', 'Transportation and Communication', 'Total')).toMatchObject({ value: '3', unit: 'count', entity: 'ASIA_PACIFIC', partner: 'MEX', period_start: '1996-09', period_end: '1996-09' });
    expect(cell('korea-commission-2005', 'Table 1', '1994', 'Balance')).toMatchObject({ raw: '1,060.6', value: '1060600000', entity: 'KOR', partner: 'MEX', attributed_to: 'www.kotis.net' });
    expect(cell('korea-commission-2005', 'Table 2', '2004', 'Imports')).toMatchObject({ raw: '5310.9', value: '5310900000', entity: 'MEX', partner: 'KOR', indicator: 'imports' });
    expect(cell('korea-commission-2005', 'Table 2', '2004', 'Imports').attributed_to).toContain('Secretariat of Economy');
    expect(observations.find((row) => row.table === 'Table 3' && row.column_label === '2000' && row.indicator === 'imports_automobiles')).toMatchObject({ raw: '3,070', value: '3070000', multiplier: '1000', indicator: 'imports_automobiles' });
    expect(observations.find((row) => row.raw === '+1,240.6')).toMatchObject({ value: '1240.6', unit: 'percent', indicator: 'imports_automobiles_growth', period_start: '2000' });
    expect(cell('korea-commission-2005', 'Table 4', 'Korea', '1989-90')).toMatchObject({ value: '1500000', period_start: '1989', period_end: '1990', entity: 'KOR', partner: 'MEX' });
    expect(cell('korea-commission-2005', 'Table 4', 'Korea', 'Total 1989-1993')).toMatchObject({ value: '12400000', period_start: '1989', period_end: '1993' });
    expect(cell('korea-commission-2005', 'Table 5', 'Total', 'Outstanding 1994-2004*')).toMatchObject({ value: '147293700000', period_start: '1994', period_end: '2004', entity: 'WORLD' });
    expect(cell('korea-commission-2005', 'Table 6', 'Cases', 'Outstanding')).toMatchObject({ value: '2', unit: 'count', period_start: '1998', period_end: '2004', entity: 'MEX', partner: 'KOR' });
    expect(cell('korea-commission-2005', 'Table 7', 'Other', 'Total Amount (thousands dollars)')).toMatchObject({ raw: '-4,464.1', value: '-4464100' });
    expect(cell('korea-commission-2005', 'Table 8', 'Distrito Federal', 'Total Amount (thousands of dollars)')).toMatchObject({ value: '37888300', entity: 'KOR', partner: 'MX-CMX' });
    expect(cell('korea-commission-2005', 'Table 8', 'Otros', 'Part. %')).toMatchObject({ value: '1', partner: 'MEX_OTHER_STATES' });
  });

  it('points every observation at the bytes it was read from', () => {
    const texts = new Map<string, { bytes: Buffer; lineBreaks: number[] }>();
    const wrong: string[] = [];
    for (const row of observations) {
      if (!texts.has(row.source_id!)) {
        const bytes = readFileSync(join(projectRoot, 'raw', `${row.source_id}.txt`));
        texts.set(row.source_id!, { bytes, lineBreaks: [...bytes.keys()].filter((offset) => bytes[offset] === 0x0a) });
      }
      const { bytes, lineBreaks } = texts.get(row.source_id!)!;
      const start = Number(row.byte_start);
      if (bytes.subarray(start, Number(row.byte_end)).toString('utf8') !== row.raw) wrong.push(`${row.obs_id}: bytes ${bytes.subarray(start, Number(row.byte_end)).toString('utf8')} for raw ${row.raw}`);
      // The line is one more than the line breaks before the numeral.
      const line = lineBreaks.filter((offset) => offset < start).length + 1;
      if (line !== Number(row.line)) wrong.push(`${row.obs_id}: on line ${line}, not ${row.line}`);
      if (row.obs_id !== `${row.source_id}@${row.byte_start!.padStart(7, '0')}`) wrong.push(`${row.obs_id}: not named by its source and byte_start ${row.byte_start}`);
    }
    // Collected and compared once: an expect a row would cost more than the checks.
    expect(wrong).toEqual([]);
  });

  it('publishes each arithmetic check, and the source inconsistencies it finds', () => {
    const checks = readCsv(projectRoot, 'checks');
    expect(checks.length).toBeGreaterThan(200);
    const slip = checks.find((check) => check.description === '[1985 | Total trade] = [1985 | Exports] + [1985 | Imports]');
    expect(slip).toMatchObject({ table: 'Table 1', kind: 'sum', expected: '165.5', found: '165.1', status: 'warn' });
    const mended = checks.find((check) => check.description === '[1992 | Balance] = [1992 | Exports] − [1992 | Imports]' && check.table === 'Table 2');
    expect(mended).toMatchObject({ expected: '-621.6', found: '-621.5', status: 'pass' });
    const ids = new Set(observations.map((row) => row.obs_id));
    expect(checks.flatMap((check) => [check.target_obs_id!, ...check.input_obs_ids!.split(';')]).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('prose, events, coverage and reconciliation in the built package', () => {
  it('reads figures in prose with their qualifiers, scales, units and periods', () => {
    const china = observations.filter((row) => row.source_id === 'china-2023');
    expect(china.find((row) => row.raw === '1.5')).toMatchObject({ table: '', value: '1500000000', multiplier: '1000000000', unit: 'USD', qualifier: 'exact', indicator: 'trade_total', entity: 'MEX', partner: 'CHN', period_start: '1995' });
    expect(china.find((row) => row.raw === '100')).toMatchObject({ value: '100000000000', qualifier: 'more_than', period_start: '2021' });
    const us = observations.filter((row) => row.source_id === 'us-relations-2021');
    expect(us.find((row) => row.raw === '300,000')).toMatchObject({ value: '300000', unit: 'persons', qualifier: 'range_low' });
    expect(us.find((row) => row.raw === '500,000')).toMatchObject({ value: '500000', qualifier: 'range_high' });
    // 2,000 miles × 1.609344 = 3218.688 km, kept to the four digits printed.
    expect(us.find((row) => row.raw === '2,000')).toMatchObject({ unit: 'km', value: '3219', multiplier: '1.609344', qualifier: 'exact' });
    expect(us.find((row) => row.raw === '11')).toMatchObject({ value: '11000000', qualifier: 'less_than' });
    const pacific = observations.filter((row) => row.source_id === 'pacific-asia-2001' && row.table === '');
    expect(pacific.find((row) => row.raw === '20.000')).toMatchObject({ value: '20000', qualifier: 'approx' });
    const words = observations.find((row) => row.source_id === 'korea-commission-2005' && row.raw === 'forty-three');
    expect(words).toMatchObject({ value: '43', unit: 'count' });
  });

  it('publishes dated events with the date as printed and its precision', () => {
    const events = readCsv(projectRoot, 'events');
    expect(events.find((row) => row.raw === 'February 14, 1972')).toMatchObject({ source_id: 'china-2023', date: '1972-02-14', date_precision: 'day', type: 'diplomatic_relations', entities: 'CHN;MEX' });
    expect(events.find((row) => row.raw === 'January 1, 1994' && row.source_id === 'us-relations-2021')).toMatchObject({ date: '1994-01-01', type: 'in_force' });
    expect(events.find((row) => row.source_id === 'korea-commission-2005' && row.raw === 'January 26, 1962')).toMatchObject({ date: '1962-01-26', type: 'diplomatic_relations', entities: 'KOR;MEX' });
    expect(events.filter((row) => row.source_id === 'pacific-asia-2001' && Number(row.line) >= 347 && Number(row.line) <= 360).length).toBeGreaterThanOrEqual(13);
    const bytes = new Map<string, Buffer>();
    for (const row of events) {
      if (!bytes.has(row.source_id!)) bytes.set(row.source_id!, readFileSync(join(projectRoot, 'raw', `${row.source_id}.txt`)));
      expect(bytes.get(row.source_id!)!.subarray(Number(row.byte_start), Number(row.byte_end)).toString('utf8')).toBe(row.raw);
    }
  });

  it('accounts for every numeral of every raw text', () => {
    const coverage = readCsv(projectRoot, 'coverage');
    let numerals = 0;
    const listed = JSON.parse(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8')) as { path: string }[];
    expect(listed.length).toBeGreaterThan(0);
    for (const { path } of listed) {
      const text = readFileSync(join(projectRoot, path), 'utf8');
      // A span's end year with a footnote marker printed against it ("1995-2004.1 ") is two numerals: the year and the marker.
      const markedSpanEnds = [...text.matchAll(/\b((?:1[5-9]|20)\d\d) ?[-–] ?((?:1[5-9]|20)\d\d)\.\d{1,2}(?=\s|$)/gm)].filter((match) => Number(match[2]) > Number(match[1])).length;
      numerals += (text.match(/\d+(?:[.,]\d+)*/g) ?? []).length + markedSpanEnds;
    }
    expect(coverage).toHaveLength(numerals);
    // Collected and compared once: an expect a row (thousands) would cost more than the checks.
    const classes = ['observation', 'period', 'event_date', 'ignored'];
    expect(coverage.filter((row) => !classes.includes(row.class!)).map((row) => `${row.numeral_id}: class ${row.class}`)).toEqual([]);
    expect(coverage.filter((row) => Boolean(row.reason) !== (row.class === 'ignored')).map((row) => `${row.numeral_id}: ${row.class} with reason "${row.reason}"`)).toEqual([]);
    const ids = new Set(observations.map((row) => row.obs_id));
    expect(coverage.filter((row) => row.class === 'observation' && !ids.has(row.row_id!)).map((row) => `${row.numeral_id}: no observation ${row.row_id}`)).toEqual([]);
  });

  it('shows the mirror trade flows of Tables 1, 2 and IV as conflicts, with every candidate', () => {
    const reconciled = readCsv(projectRoot, 'reconciled');
    const candidates = readCsv(projectRoot, 'candidates');
    const flow = reconciled.find((row) => row.key_id === 'goods_flow:KOR>MEX:1999..1999');
    expect(flow).toMatchObject({ status: 'conflict', rule: 'later_publication', value: '2780700000', n_candidates: '3', min: '2016900000', max: '2964000000' });
    const rivals = candidates.filter((row) => row.key_id === 'goods_flow:KOR>MEX:1999..1999').map((row) => [row.source_id, row.value, row.chosen, row.set_aside_by]);
    expect(rivals.sort()).toEqual([
      ['korea-commission-2005', '2016900000', 'false', 'importer_over_exporter'],
      ['korea-commission-2005', '2780700000', 'true', ''],
      ['pacific-asia-2001', '2964000000', 'false', 'later_publication'],
    ]);
    const years = reconciled.filter((row) => row.concept === 'goods_flow' && row.entity === 'KOR' && row.partner === 'MEX');
    expect(years).toHaveLength(25);
    expect(years.every((row) => row.status === 'conflict')).toBe(true);
    for (const row of reconciled) {
      if (Number(row.n_candidates) > 1) expect(row.rule, row.key_id).not.toBe('single');
      if (row.rule === 'unresolved') expect(row.chosen_obs_id, row.key_id).toBe('');
    }
  });

  it('reconciles an event dated differently by two sources', () => {
    const events = readCsv(projectRoot, 'reconciled_events');
    expect(events.find((row) => row.key_id === 'mex_prc_relations')).toMatchObject({ status: 'conflict', date: '1972-02-14', earliest: '1971', n_candidates: '3' });
  });
});

describe('build on bad input', () => {
  // A test that breaks one source's files builds a project cut to that source (makeProjectOf), where nothing it checks needs the others.
  function editJson<T>(file: string, edit: (json: T) => void): void {
    const json = JSON.parse(readFileSync(file, 'utf8')) as T;
    edit(json);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }

  it('stops on a source listed twice in raw/sources.json, at the second record', () => {
    const records = JSON.parse(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8')) as { id: string }[];
    const error = expectBuildFailure((paths) => editJson<object[]>(join(paths.raw, 'sources.json'), (list) => list.push(list[0]!)), (paths) => {
      // The appended copy's "id" is the last line that names the id.
      const lines = readFileSync(join(paths.raw, 'sources.json'), 'utf8').split('\n');
      return { code: 'SOURCES_INVALID', file: 'raw/sources.json', line: lines.findLastIndex((line) => line.includes(`"id": "${records[0]!.id}"`)) + 1 };
    });
    expect(error.message).toContain(`source id ${records[0]!.id} is listed twice`);
  });

  it('refuses a release with a recipe listed twice, naming the first duplicated record and how many errors there are', () => {
    const error = expectBuildFailure((paths) => editJson<{ tables: object[] }>(join(paths.recipes, 'pacific-asia-2001.json'), (recipes) => recipes.tables.push(recipes.tables[0]!)), { code: 'PACKAGE_INVALID' }, () => makeProjectOf('pacific-asia-2001'));
    const [, file, line, id, earlier] = /^PACKAGE_INVALID (dist\/\w+\.csv):(\d+): .*? \1:\2 obs_id: primary key (\S+) repeats record (\d+)/.exec(error.message) ?? [];
    expect(error.context).toMatchObject({ file, line: Number(line) });
    expect(Number(earlier)).toBe(Number(line) - 1);
    expect(id).toMatch(/^pacific-asia-2001@/);
    expect(error.message).toMatch(/reject this release with \d+ error\(s\)/);
  });

  it('refuses a release with an annotation given twice', () => {
    const error = expectBuildFailure((paths) => editJson<{ annotations: object[] }>(join(paths.annotations, 'china-2023.json'), (file) => file.annotations.push(file.annotations[1]!)), { code: 'PACKAGE_INVALID' }, () => makeProjectOf('china-2023'));
    const [, id] = /dist\/observations\.csv:\d+ obs_id: primary key (\S+) repeats record/.exec(error.message) ?? [];
    expect(id).toMatch(/^china-2023@/);
    // The release holds china-2023's observations alone, in the committed order (by obs_id, which starts with the source's id).
    const record = observations.filter((row) => row.source_id === 'china-2023').findIndex((row) => row.obs_id === id) + 2;
    expect(record).toBeGreaterThan(1);
    expect(error.message).toContain(`dist/observations.csv:${record + 1} obs_id: primary key ${id} repeats record ${record}`);
  });

  it('stops on a raw text whose hash is not the recorded one', () => {
    expectBuildFailure((paths) => {
      const file = join(paths.raw, 'china-2023.txt');
      writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    }, { code: 'SOURCE_HASH_MISMATCH', file: 'raw/china-2023.txt' }, () => makeProjectOf('china-2023'));
  });

  it('stops on a missing raw text', () => {
    const error = expectBuildFailure((paths) => rmSync(join(paths.raw, 'leiken-2001.txt')), { code: 'SOURCE_MISSING', file: 'raw/sources.json', seen: 'raw/leiken-2001.txt' });
    expect(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8').split('\n')[error.context.line! - 1]).toContain('"path": "raw/leiken-2001.txt"');
  });

  it('stops on a table that no longer fits its recipe, naming the recipe and the line', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'korea-commission-2005', (text) => text.replace('1983 51.0 200.5 251.5 -149.5', '1983 51.0 200.5 251.5')),
      { code: 'RECIPE_MISMATCH', file: 'raw/korea-commission-2005.txt', line: 1549, recipe: 'korea-commission-2005/table-1' },
      () => makeProjectOf('korea-commission-2005'),
    );
  });

  it('stops on a moved caption', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'pacific-asia-2001', (text) => text.replace('Table III: Public Debt', 'Tabelle III: Public Debt')),
      // The text no longer prints it, so the place to point at is where the recipe states the caption.
      (paths) => {
        const file = 'pipeline/02-extract/recipes/pacific-asia-2001.json';
        const lines = readFileSync(join(paths.root, file), 'utf8').split('\n');
        return { code: 'RECIPE_MISMATCH', file, line: lines.findIndex((line) => line.includes('"caption": "Table III"')) + 1, recipe: 'pacific-asia-2001/table-iii' };
      },
      () => makeProjectOf('pacific-asia-2001'),
    );
  });

  it('stops on a name that maps to no entity', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'korea-commission-2005', (text) => text.replace('Sonora 14,244.1', 'Sonorra 14,244.1')),
      { code: 'ENTITY_UNKNOWN', file: 'raw/korea-commission-2005.txt', line: 1988, seen: 'Sonorra' },
      () => makeProjectOf('korea-commission-2005'),
    );
  });

  it('stops on a number its source format cannot read', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'pacific-asia-2001', (text) => text.replace('Total 58,87 62,56', 'Total 58.87 62,56')),
      { code: 'NUMBER_UNPARSEABLE', file: 'raw/pacific-asia-2001.txt', line: 398, column: 7, seen: '58.87' },
      () => makeProjectOf('pacific-asia-2001'),
    );
  });

  it('stops on a numeral that nothing accounts for, naming its file and line', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'us-relations-2021', (text) => `${text}\nIn all, 77 agreements were signed.\n`),
      { code: 'NUMERAL_UNCLASSIFIED', file: 'raw/us-relations-2021.txt', line: 55, column: 9, seen: '77' },
      () => makeProjectOf('us-relations-2021'),
    );
  });

  it('stops on an annotation whose quote is no longer in the text', () => {
    expectBuildFailure(
      (paths) => editRawText(paths, 'china-2023', (text) => text.replace('Two-way trade has expanded rapidly', 'Two-way trade has grown rapidly')),
      { code: 'QUOTE_NOT_FOUND', file: 'pipeline/02-extract/annotations/china-2023.json' },
      () => makeProjectOf('china-2023'),
    );
  });
});
