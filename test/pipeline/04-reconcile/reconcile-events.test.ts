import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/types/event.js';
import type { ReconcileConfig } from '../../../pipeline/types/reconcile-config.js';
import type { SourceMetadata } from '../../../pipeline/01-ingest/index.js';
import { eventKey, reconcileEvents } from '../../../pipeline/04-reconcile/index.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

const CONFIG: ReconcileConfig = { concepts: [], categorised_indicators: [], rules: ['importer_over_exporter', 'later_publication', 'table_over_prose', 'precise_over_approximate'], unique_event_types: ['membership'] };

function source(id: string, published: string | null, publisher: string | null = 'One Press'): SourceMetadata {
  return syntheticMetadata({ id, path: `raw/${id}.txt`, published: published ? { date: published, precision: 'year' } : null, publisher });
}
const SOURCES = new Map([['china-2023', source('china-2023', '2023')], ['pacific-asia-2001', source('pacific-asia-2001', '2001')]]);
const OTHER_PUBLISHERS = new Map([['china-2023', source('china-2023', '2023', null)], ['pacific-asia-2001', source('pacific-asia-2001', '2001', null)]]);

function event(source_id: string, date: string, date_precision: Event['date_precision'], byte: number, type: Event['type'] = 'diplomatic_relations'): Event {
  return { event_id: `${source_id}@${String(byte).padStart(7, '0')}e1`, date, date_precision, type, entities: ['CHN', 'MEX'], description: 'relations established', source_id, line: 1, byte_start: byte, byte_end: byte + 4, raw: date, raw_normalized: date, date_anchor: null };
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
    expect(eventKey({ event: year, key: 'mex_prc_relations' }, CONFIG)).toBe('mex_prc_relations');
    expect(eventKey({ event: event('china-2023', '1994', 'year', 5, 'membership') }, CONFIG)).toBe('membership:CHN;MEX');
    expect(eventKey({ event: year }, CONFIG)).toBe(year.event_id);
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
