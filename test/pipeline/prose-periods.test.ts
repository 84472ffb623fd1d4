import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { indexLines } from '../../pipeline/01-ingest/index.js';
import { foldText } from '../../pipeline/02-extract/fold-text.js';
import { projectRoot } from '../../pipeline/paths.js';

type Row = Record<string, string>;
const readCsv = (name: string) => parse(readFileSync(join(projectRoot, 'dist', `${name}.csv`)), { columns: true }) as Row[];
const observations = readCsv('observations');
const events = readCsv('events');
const prose = observations.filter((row) => row.table === '');

/** The prose figures printed on a line of a source (every one, or those printed as `raw`): at least one must exist. */
function figures(sourceId: string, line: number, raw?: string): Row[] {
  const found = prose.filter((row) => row.source_id === sourceId && Number(row.line) === line && (raw === undefined || row.raw === raw));
  expect(found.length, `${sourceId} line ${line} ${raw ?? ''}`).toBeGreaterThan(0);
  return found;
}

const periodOf = (row: Row) => [row.period_start, row.period_end];

/** The periods the texts give, line by line, as issue 9 lists them (start and end, ISO 8601 truncated to what is printed). */
const EXPECTED: [source: string, line: number, raw: string | undefined, start: string, end: string][] = [
  ['korea-commission-2005', 3508, '702', '1905', '1905'],
  ['korea-commission-2005', 3508, '135', '1905', '1905'],
  ['korea-commission-2005', 3509, '196', '1905', '1905'],
  ['korea-commission-2005', 1936, '768', '2002-12', '2002-12'],
  ['korea-commission-2005', 1937, '3.0', '2002-12', '2002-12'],
  ['korea-commission-2005', 1938, '25,708', '2002-12', '2002-12'],
  ['korea-commission-2005', 1939, '59.6', '2002-12', '2002-12'],
  ['korea-commission-2005', 1940, '33.2', '2002-12', '2002-12'],
  ['korea-commission-2005', 2176, undefined, '2002', '2002'],
  ['korea-commission-2005', 2182, 'second', '2003-01', '2003-08'],
  ['korea-commission-2005', 2183, '11.4', '2003-01', '2003-08'],
  ['korea-commission-2005', 2184, '10.9', '2003-01', '2003-08'],
  ['korea-commission-2005', 2241, undefined, '1994', '2003-03'],
  ['korea-commission-2005', 2063, '4', '2005-05', '2005-05'],
  ['leiken-2001', 61, '5', '2000', '2000'],
  ['leiken-2001', 67, 'one-third', '2000', '2000'],
  ['leiken-2001', 67, '500', '2000', '2000'],
  ['leiken-2001', 67, '88', '2000', '2000'],
  ['leiken-2001', 71, undefined, '2001', '2001'],
  ['leiken-2001', 79, '10', '2001', '2001'],
  ['us-relations-2021', 12, 'fourth', '1846', '1846'],
  ['us-relations-2021', 22, undefined, '1994-01-01', '1994-01-01'],
  ['us-relations-2021', 32, '13', '2016-11-09', '2016-11-09'],
  ['us-relations-2021', 32, '20.7', '2016-11-09', '2016-11-09'],
  ['pacific-asia-2001', 1053, '76', '1997-08', '1997-08'],
  ['pacific-asia-2001', 1063, '23', '1997-08', '1997-08'],
  ['pacific-asia-2001', 1084, '516', '1996-09', '1996-09'],
  ['pacific-asia-2001', 1085, '54', '1996-09', '1996-09'],
  // "During the first 11 months of the Korea-Chile FTA", which "entered into effect on April 1, 2004" (line 2046): April 2004 to February 2005.
  ['korea-commission-2005', 628, '55.5', '2004-04', '2005-02'],
  ['korea-commission-2005', 628, '58.6', '2004-04', '2005-02'],
  ['korea-commission-2005', 629, '54.3', '2004-04', '2005-02'],
  // Words of the time of writing date a figure by the publication year: "China is now Mexico's second largest trading partner, while Mexico is China's second…" (2023).
  ['china-2023', 3, undefined, '2023', '2023'],
  ['korea-commission-2005', 3445, 'five', '2005', '2005'],
  ['leiken-2001', 77, undefined, '2001', '2001'],
];

describe('prose periods, as the texts print them', () => {
  it.each(EXPECTED)('%s line %i %s: %s…%s', (sourceId, line, raw, start, end) => {
    for (const row of figures(sourceId, line, raw)) expect(periodOf(row), row.obs_id).toEqual([start, end]);
  });

  it('every figure of the Korea report\'s 2000-2002 programme table takes the period of its heading', () => {
    const rows = prose.filter((row) => row.source_id === 'korea-commission-2005' && Number(row.line) >= 3261 && Number(row.line) <= 3368);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect([...periodOf(row), row.period_raw], row.obs_id).toEqual(['2000', '2002', '2000-2002']);
  });

  it('Table 5\'s unlabelled share column takes the period of "Outstanding 1994-2004" beside it', () => {
    const shares = observations.filter((row) => row.source_id === 'korea-commission-2005' && row.table === 'Table 5' && row.indicator === 'fdi_inflow_share_of_total');
    expect(shares.map((row) => row.raw).sort()).toEqual(['0.4', '100.0']);
    for (const row of shares) expect([...periodOf(row), row.period_raw]).toEqual(['1994', '2004', 'Outstanding 1994-2004*']);
  });

  it('publishes stated lengths of time in years', () => {
    for (const [sourceId, line, raw] of [['leiken-2001', 18, '71'], ['china-2023', 25, '15'], ['us-relations-2021', 6, '40']] as const) {
      const [row] = figures(sourceId, line, raw);
      expect([row!.unit, Number(row!.value)]).toEqual(['years', Number(raw)]);
    }
  });

  it('every period points at printed text: period_raw is words of the source (a relative year counted from its publication date)', () => {
    const folded = new Map<string, string>();
    const foldedText = (sourceId: string) => {
      if (!folded.has(sourceId)) folded.set(sourceId, foldText(indexLines(readFileSync(join(projectRoot, 'raw', `${sourceId}.txt`)))).text);
      return folded.get(sourceId)!;
    };
    for (const row of observations) {
      expect(row.period_raw === '', row.obs_id).toBe(row.period_start === '');
      if (row.period_raw === '') continue;
      for (const part of row.period_raw!.split(' … ')) expect(foldedText(row.source_id!), row.obs_id).toContain(part);
    }
  });

  it('dates events printed without their year from the year printed before them, or the publication date', () => {
    const event = (sourceId: string, raw: string) => {
      const found = events.filter((row) => row.source_id === sourceId && row.raw === raw);
      expect(found, raw).toHaveLength(1);
      return found[0]!;
    };
    expect(event('leiken-2001', 'This past April')).toMatchObject({ date: '2001-04', date_precision: 'month', date_anchor: '2001-09' });
    expect(event('korea-commission-2005', 'In that same year')).toMatchObject({ date: '1962', date_anchor: '1962' });
    expect(event('korea-commission-2005', 'Sixteen years later')).toMatchObject({ date: '1978', date_anchor: '1962' });
    for (const row of events) if (/^\d/.test(row.raw!)) expect(row.date_anchor, row.event_id!).toBe('');
  });
});
