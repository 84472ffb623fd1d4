import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/types/event.js';
import type { ReconcileConfig } from '../../../pipeline/types/reconcile-config.js';
import type { SourceMetadata } from '../../../pipeline/01-ingest/index.js';
import { proposeEventKeys, reconcileEvents } from '../../../pipeline/04-reconcile/index.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

const CONFIG: ReconcileConfig = { concepts: [], categorised_indicators: [], rules: ['importer_over_exporter', 'later_publication', 'table_over_prose', 'precise_over_approximate'], unique_event_types: ['membership'], matched_event_types: ['crisis', 'diplomatic_relations'] };

function source(id: string, published: string | null, publisher: string | null = 'One Press'): SourceMetadata {
  return syntheticMetadata({ id, path: `raw/${id}.txt`, published: published ? { date: published, precision: 'year' } : null, publisher });
}
const SOURCES = new Map([['china-2023', source('china-2023', '2023')], ['pacific-asia-2001', source('pacific-asia-2001', '2001')]]);
const OTHER_PUBLISHERS = new Map([['china-2023', source('china-2023', '2023', null)], ['pacific-asia-2001', source('pacific-asia-2001', '2001', null)]]);

function event(source_id: string, date: string, date_precision: Event['date_precision'], byte: number, type: Event['type'] = 'diplomatic_relations', fields: Partial<Event> = {}): Event {
  return { event_id: `${source_id}@${String(byte).padStart(7, '0')}e1`, date, date_end: null, date_precision, type, entities: ['CHN', 'MEX'], description: 'relations established', source_id, line: 1, byte_start: byte, byte_end: byte + 4, raw: date, raw_normalized: date, date_anchor: null, ...fields };
}

describe('reconcileEvents', () => {
  const year = event('china-2023', '1972', 'year', 100);
  const day = event('china-2023', '1972-02-14', 'day', 900);
  const older = event('pacific-asia-2001', '1971', 'year', 500);

  it('treats a year and a day within it as agreeing, and shows the day', () => {
    const { reconciled } = reconcileEvents([{ event: year, key: 'mex_prc_relations' }, { event: day, key: 'mex_prc_relations' }], SOURCES, CONFIG);
    expect(reconciled[0]).toMatchObject({ key_id: 'mex_prc_relations', status: 'agree', rule: 'precise_over_approximate', date: '1972-02-14', date_precision: 'day', chosen_event_id: day.event_id, earliest: '1972', latest: '1972-02-14' });
  });

  it('resolves incompatible years by the later publication and keeps the rival', () => {
    const { reconciled, candidates } = reconcileEvents([year, day, older].map((item) => ({ event: item, key: 'mex_prc_relations' })), SOURCES, CONFIG);
    expect(reconciled[0]).toMatchObject({ status: 'conflict', rule: 'precise_over_approximate', date: '1972-02-14', n_candidates: 3, earliest: '1971' });
    expect(candidates.find((candidate) => candidate.event_id === older.event_id)).toMatchObject({ chosen: false, set_aside_by: 'later_publication', date: '1971' });
  });

  it('does not let a later report of another publisher set aside an earlier one', () => {
    const { reconciled, candidates } = reconcileEvents([year, older].map((item) => ({ event: item, key: 'mex_prc_relations' })), OTHER_PUBLISHERS, CONFIG);
    expect(reconciled[0]).toMatchObject({ status: 'conflict', rule: 'unresolved', chosen_event_id: null });
    expect(candidates.map((candidate) => candidate.set_aside_by)).toEqual([null, null]);
  });

  it('leaves incompatible dates unresolved when no rule applies', () => {
    const { reconciled } = reconcileEvents([year, older].map((item) => ({ event: item, key: 'k' })), SOURCES, { ...CONFIG, rules: [] });
    expect(reconciled[0]).toMatchObject({ status: 'conflict', rule: 'unresolved', chosen_event_id: null });
  });

  it('keys events by annotation, by type and entities for one-off types, and otherwise by id', () => {
    const keyOf = (items: Parameters<typeof proposeEventKeys>[0]) => proposeEventKeys(items, CONFIG).keyed.map((item) => item.key);
    expect(keyOf([{ event: year, key: 'mex_prc_relations' }])).toEqual(['mex_prc_relations']);
    expect(keyOf([{ event: event('china-2023', '1994', 'year', 5, 'membership') }])).toEqual(['membership:CHN;MEX']);
    expect(keyOf([{ event: year }])).toEqual([year.event_id]);
  });

  it('reads a span as one date range, compatible with any date inside it', () => {
    const meeting = event('report-2005', '2002-09-30', 'day', 700, 'other', { date_end: '2002-10-01' });
    const month = event('report-2005', '2002-09', 'month', 100, 'other');
    const sources = new Map([['report-2005', source('report-2005', '2005')]]);
    const { reconciled, candidates } = reconcileEvents([meeting, month].map((item) => ({ event: item, key: 'first_meeting' })), sources, CONFIG);
    expect(reconciled[0]).toMatchObject({ status: 'agree', date: '2002-09-30', date_end: '2002-10-01', earliest: '2002-09', latest: '2002-10-01', chosen_event_id: meeting.event_id });
    expect(candidates.find((candidate) => candidate.event_id === meeting.event_id)).toMatchObject({ date: '2002-09-30', date_end: '2002-10-01' });
    // A date outside the span conflicts with it.
    const later = event('report-2005', '2002-10-05', 'day', 300, 'other');
    expect(reconcileEvents([meeting, later].map((item) => ({ event: item, key: 'first_meeting' })), sources, CONFIG).reconciled[0]!.status).toBe('conflict');
  });
});

describe('proposeEventKeys', () => {
  const crisis = (source_id: string, date: string, byte: number, fields: Partial<Event> = {}) => event(source_id, date, date.length === 4 ? 'year' : 'month', byte, 'crisis', { entities: ['KOR'], ...fields });

  it("lets a new document's report meet the existing key it looks like, without a key of its own", () => {
    const keyed = crisis('report-2005', '1997', 100);
    const newcomer = crisis('new-2030', '1997-11', 500);
    const result = proposeEventKeys([{ event: keyed, key: 'asian_financial_crisis' }, { event: newcomer }], CONFIG);
    expect(result.keyed.map((item) => [item.event.event_id, item.key, item.keyedBy])).toEqual([
      [newcomer.event_id, 'asian_financial_crisis', 'matched'],
      [keyed.event_id, 'asian_financial_crisis', 'annotation'],
    ]);
    expect(result.likelyDuplicates).toEqual([]);
  });

  it('gives unkeyed look-alikes one proposed key from type, entities and earliest date', () => {
    const a = crisis('report-2005', '1997-11', 100);
    const b = crisis('report-2005', '1997', 200);
    const other = crisis('report-2005', '1998', 300);
    const keys = proposeEventKeys([{ event: a }, { event: b }, { event: other }], CONFIG).keyed.map((item) => item.key);
    expect(keys).toEqual(['crisis:KOR:1997', 'crisis:KOR:1997', other.event_id]);
  });

  it('guesses nothing where a report looks like two keys, or is of a type not matched, and lists it as a likely duplicate', () => {
    const unkeyed = crisis('report-2005', '1997', 100);
    const first = crisis('report-2005', '1997-03', 200);
    const second = crisis('report-2005', '1997-11', 300);
    const ambiguous = proposeEventKeys([{ event: unkeyed }, { event: first, key: 'crisis_one' }, { event: second, key: 'crisis_two' }], CONFIG);
    expect(ambiguous.keyed.find((item) => item.event === unkeyed)).toMatchObject({ key: unkeyed.event_id, keyedBy: 'own' });
    expect(ambiguous.likelyDuplicates.map((pair) => pair.keys)).toEqual([[unkeyed.event_id, 'crisis_one'], [unkeyed.event_id, 'crisis_two']]);
    const signed = event('report-2005', '1966', 'year', 100, 'agreement');
    const alsoSigned = event('report-2005', '1966-04', 'month', 200, 'agreement');
    const agreements = proposeEventKeys([{ event: signed }, { event: alsoSigned }], CONFIG);
    expect(agreements.keyed.map((item) => item.keyedBy)).toEqual(['own', 'own']);
    expect(agreements.likelyDuplicates).toMatchObject([{ event_ids: [signed.event_id, alsoSigned.event_id], type: 'agreement', dates: ['1966', '1966-04'] }]);
    // Two annotation keys are the annotator's word that the events differ: not listed.
    expect(proposeEventKeys([{ event: signed, key: 'cultural' }, { event: alsoSigned, key: 'commercial' }], CONFIG).likelyDuplicates).toEqual([]);
  });
});

describe('isLaterPublication', () => {
  it('orders dates only where they differ within the shorter one', async () => {
    const { isLaterPublication } = await import('../../../pipeline/04-reconcile/index.js');
    expect(isLaterPublication('2005-06-01', '2001')).toBe(true);
    expect(isLaterPublication('2001-09', '2001')).toBe(false);
    expect(isLaterPublication('2001', '2001-09')).toBe(false);
    expect(isLaterPublication('2001', '2005')).toBe(false);
  });
});
