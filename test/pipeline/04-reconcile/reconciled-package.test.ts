import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipeline/paths.js';

// Issue 9's findings about keys and rules, checked on the built package. Observations are found by where they
// are printed (source, line, indicator), not by key, so that the checks hold whatever period the text gives them.
type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  return parse(readFileSync(join(projectRoot, 'dist', `${name}.csv`)), { columns: true }) as Row[];
}

const observations = readCsv('observations');
const reconciled = new Map(readCsv('reconciled').map((row) => [row.key_id!, row]));
const candidates = readCsv('candidates');
const candidateOf = new Map(candidates.map((row) => [row.obs_id!, row]));
const sources = new Map((JSON.parse(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8')) as { id: string; publisher: string | null; authors: string[] }[]).map((source) => [source.id, source]));

function printed(sourceId: string, line: number, indicator: string, qualifier?: string): Row {
  const found = observations.filter((row) => row.source_id === sourceId && Number(row.line) === line && row.indicator === indicator && (qualifier === undefined || row.qualifier === qualifier));
  expect(found, `${sourceId}:${line} ${indicator}`).toHaveLength(1);
  return found[0]!;
}

const events = readCsv('events');
const eventKeyOf = new Map(readCsv('event_candidates').map((row) => [row.event_id!, row.key_id!]));
const reconciledEvents = new Map(readCsv('reconciled_events').map((row) => [row.key_id!, row]));

function reported(sourceId: string, line: number, type?: string): Row {
  const found = events.filter((row) => row.source_id === sourceId && Number(row.line) === line && (type === undefined || row.type === type));
  expect(found, `${sourceId}:${line} ${type ?? ''}`).toHaveLength(1);
  return found[0]!;
}

/** The one key the reports share. */
function sharedKey(reports: readonly Row[]): Row {
  const keys = new Set(reports.map((row) => eventKeyOf.get(row.event_id!)));
  expect([...keys], reports.map((row) => `${row.source_id}:${row.line}`).join(' ')).toHaveLength(1);
  return reconciledEvents.get([...keys][0]!)!;
}

function keyOf(observation: Row): Row {
  return reconciled.get(candidateOf.get(observation.obs_id!)!.key_id!)!;
}

describe('one key per fact', () => {
  it('keys the border by the unordered pair, so that its 7% conflict shows', () => {
    const borders = observations.filter((row) => row.indicator === 'border_length');
    const keys = new Set(borders.map((row) => keyOf(row).key_id));
    expect([...keys]).toHaveLength(1);
    const key = keyOf(borders[0]!);
    expect(key).toMatchObject({ concept: 'border_length', entity: 'MEX', partner: 'USA', status: 'conflict', n_candidates: String(borders.length) });
    // 3,000 km against 2,000 miles (3,218.7 km): different authors, so no rule chooses between them.
    expect(Number(key.min)).toBe(3000);
    expect(Math.abs(Number(key.max) - 3218.688)).toBeLessThan(1);
    expect(Number(key.spread_pct)).toBeGreaterThan(6);
    expect(candidates.filter((row) => row.key_id === key.key_id).map((row) => row.set_aside_by).filter(Boolean)).toEqual([]);
  });

  it("reads Mexico's 2003 deficit with Korea as a balance, where it agrees with Table 2", () => {
    const deficit = printed('korea-commission-2005', 1514, 'trade_deficit');
    const table2 = observations.find((row) => row.source_id === 'korea-commission-2005' && row.table === 'Table 2' && row.row_label === '2003' && row.indicator === 'trade_balance')!;
    expect(keyOf(deficit).key_id).toBe(keyOf(table2).key_id);
    expect(keyOf(deficit)).toMatchObject({ concept: 'trade_balance', entity: 'KOR', partner: 'MEX', shown_obs_id: table2.obs_id, value: '4017800000' });
    // Korea's surplus with Mexico: the deficit counts positive in KOR>MEX, as Table 2's -4,017.8 does negated.
    expect(candidateOf.get(deficit.obs_id!)).toMatchObject({ value: '4000000000', set_aside_by: 'table_over_prose' });
    for (const other of observations.filter((row) => row.indicator === 'trade_deficit')) expect(keyOf(other).concept, other.obs_id).toBe('trade_balance');
  });
});

describe('false conflicts and rules that overreach', () => {
  it('lets "more than 100 million" agree with 107 million', () => {
    const bounds = observations.filter((row) => row.source_id === 'korea-commission-2005' && row.indicator === 'population' && row.entity === 'MEX' && row.qualifier === 'more_than');
    expect(bounds.length).toBeGreaterThan(0);
    for (const bound of bounds) {
      const key = keyOf(bound);
      expect(Number(key.max), key.key_id).toBe(107e6);
      expect(key.status, key.key_id).toBe('agree');
      expect(key.value, key.key_id).toBe('107000000');
    }
  });

  it('sets a figure aside by later_publication only for the same publisher of the same statistics', () => {
    const shown = new Map(observations.map((row) => [row.obs_id!, row]));
    const setAside = candidates.filter((row) => row.set_aside_by === 'later_publication');
    expect(setAside.length).toBeGreaterThan(0);
    const publisher = (row: Row) => (row.table !== '' && row.attributed_to !== '' ? `statistics of ${row.entity}` : (sources.get(row.source_id!)!.publisher ?? row.source_id));
    for (const candidate of setAside) {
      const chosen = shown.get(reconciled.get(candidate.key_id!)!.chosen_obs_id!)!;
      const aside = shown.get(candidate.obs_id!)!;
      expect([aside.entity, publisher(aside)], candidate.obs_id).toEqual([chosen.entity, publisher(chosen)]);
    }
    // The Bank of Korea's 66 million by 1997 and the Korean Embassy's 1.5 billion survey of 2005 are not a revision.
    for (const fdi of observations.filter((row) => row.indicator === 'fdi_accumulated' && row.entity === 'KOR' && row.partner === 'MEX' && row.table === '')) {
      expect(candidateOf.get(fdi.obs_id!)!.set_aside_by, fdi.obs_id).not.toBe('later_publication');
    }
  });

  it('shows the trade balance and total that the chosen goods flows imply, not the first printed', () => {
    const chosenFlow = (from: string, to: string, year: string) => Number(reconciled.get(`goods_flow:${from}>${to}:${year}..${year}`)!.value);
    const balance = reconciled.get('trade_balance:KOR>MEX:2003..2003')!;
    const total = reconciled.get('trade_total:KOR>MEX:2003..2003')!;
    const implied = chosenFlow('KOR', 'MEX', '2003') - chosenFlow('MEX', 'KOR', '2003');
    expect(implied).toBeCloseTo(3779.2e6, 0);
    // Table 2's -4,017.8 (Mexico's balance) is the closest printed figure; Korea's 2,121.3 was shown before.
    expect(Number(balance.value)).toBe(4017.8e6);
    expect(Number(total.value)).toBe(4208e6);
    for (const row of [...reconciled.values()].filter((candidate) => candidate.rule === 'coherent_with_flows')) {
      const year = row.period_start!;
      const flows = [chosenFlow(row.entity!, row.partner!, year), chosenFlow(row.partner!, row.entity!, year)] as const;
      const target = row.concept === 'trade_total' ? flows[0] + flows[1] : flows[0] - flows[1];
      const values = candidates.filter((candidate) => candidate.key_id === row.key_id).map((candidate) => Number(candidate.value));
      const closest = Math.min(...values.map((value) => Math.abs(value - target)));
      expect(Math.abs(Number(row.value) - target), row.key_id).toBeLessThanOrEqual(closest + 0.05e6 * 2);
    }
  });
});

describe('events stated several times', () => {
  const korea = (line: number, type?: string) => reported('korea-commission-2005', line, type);

  it('keys each event the Korea report states several times once', () => {
    expect(sharedKey([korea(581), korea(1418), korea(1455), korea(2756)])).toMatchObject({ type: 'diplomatic_relations', date: '1962-01-26', status: 'agree' });
    expect(sharedKey([korea(23, 'state_visit'), korea(71, 'state_visit'), korea(1432, 'state_visit'), korea(1480)])).toMatchObject({ date: '2001-06-04', status: 'agree' });
    expect(sharedKey([korea(16), korea(65), korea(23, 'institution'), korea(71, 'institution')])).toMatchObject({ date: '2001-06-04', status: 'agree' });
    expect(sharedKey([korea(647), events.find((row) => row.source_id === 'korea-commission-2005' && row.line === '1153' && row.entities === 'KOR')!, korea(1885), korea(2139)])).toMatchObject({ status: 'agree' });
    expect(sharedKey([korea(1422), korea(2757), korea(2770)])).toMatchObject({ date: '1966-04', status: 'agree' });
    expect(sharedKey([korea(44), korea(3519), korea(3713)])).toMatchObject({ date: '2005', status: 'agree' });
  });

  it("keys the Commission's first and last meetings once, the first dated by the span it lasted", () => {
    const [first, last] = events.filter((row) => row.source_id === 'korea-commission-2005' && row.line === '27');
    expect(sharedKey([first!, korea(178)])).toMatchObject({ date: '2002-09-30', date_end: '2002-10-01', status: 'agree' });
    expect(sharedKey([last!, events.find((row) => row.source_id === 'korea-commission-2005' && row.line === '179' && row.date_end === '2004-05-17')!])).toMatchObject({ date: '2004-05-16', status: 'agree' });
  });

  it("keys Mexico's 1994 and 1982 crises with the other texts' reports", () => {
    const mexico1994 = events.find((row) => row.source_id === 'korea-commission-2005' && row.line === '1153' && row.entities === 'MEX')!;
    expect(sharedKey([mexico1994, reported('pacific-asia-2001', 45)])).toMatchObject({ type: 'crisis', status: 'agree' });
    expect(sharedKey([reported('leiken-2001', 27), reported('pacific-asia-2001', 27)])).toMatchObject({ date: '1982', status: 'agree' });
  });

  it('shows the conflicts between reports of one event', () => {
    // China overtaking the United States as Korea's largest trading partner: 2004 and 2002 in the same report.
    expect(sharedKey([korea(329), korea(1207)])).toMatchObject({ status: 'conflict', rule: 'unresolved', earliest: '2002', latest: '2004' });
    // The first Korean direct investment in Mexico: 1986 in the 2001 article, 1988 in the 2005 report; neither revises the other.
    expect(sharedKey([reported('pacific-asia-2001', 1157), korea(1804)])).toMatchObject({ status: 'conflict', rule: 'unresolved', earliest: '1986', latest: '1988' });
  });
});

describe('events the text gives as a span', () => {
  it('publishes each as one event with a date range, not one event per printed date', () => {
    const meetings = events.filter((row) => row.source_id === 'korea-commission-2005' && (row.line === '178' || row.line === '179') && row.date_end !== '');
    expect(meetings.map((row) => [row.date, row.date_end, row.raw_normalized])).toEqual([
      ['2002-09-30', '2002-10-01', '30 September-1 October, 2002'],
      ['2003-07-21', '2003-07-22', '21-22 July 2003'],
      ['2004-05-16', '2004-05-17', '16-17 May 2004'],
    ]);
    const brady = events.filter((row) => row.source_id === 'pacific-asia-2001' && row.line === '592');
    expect(brady.map((row) => [row.date, row.date_end, row.raw])).toEqual([['1989', '1990', '1989/1990']]);
    for (const line of ['45', '717']) {
      const tequila = events.filter((row) => row.source_id === 'pacific-asia-2001' && (row.line === line || row.line === String(Number(line) - 2)) && row.type === 'crisis' && row.date_end !== '');
      expect(tequila.map((row) => [row.date, row.date_end]), line).toEqual([['1994', '1995']]);
    }
    for (const row of events) {
      expect(row.description, row.event_id).not.toMatch(/continues into|completes the implementation|begins to implement/);
      if (row.date_end !== '') expect(row.date_end!.slice(0, 4) >= row.date!.slice(0, 4), row.event_id).toBe(true);
    }
  });

  it('dates no election or state visit by the morning after the election', () => {
    const morningAfter = reported('us-relations-2021', 32);
    expect(morningAfter.date).toBe('2016-11-09');
    expect(['election', 'state_visit']).not.toContain(morningAfter.type);
  });
});
