import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/types/observation.js';
import type { ReconcileConfig } from '../../../pipeline/types/reconcile-config.js';
import type { SourceMetadata } from '../../../pipeline/01-ingest/index.js';
import { keyObservation, reconcileObservations } from '../../../pipeline/04-reconcile/index.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

const CONFIG: ReconcileConfig = {
  concepts: [
    { id: 'goods_flow', description: 'flow', members: [{ indicator: 'exports', direction: 'entity_to_partner' }, { indicator: 'imports', direction: 'partner_to_entity' }] },
    { id: 'trade_total', description: 'total', members: [{ indicator: 'trade_total', direction: 'pair' }] },
    { id: 'trade_balance', description: 'balance', members: [{ indicator: 'trade_balance', direction: 'pair_signed' }, { indicator: 'trade_deficit', direction: 'pair_signed_negated' }] },
    { id: 'border_length', description: 'border', members: [{ indicator: 'border_length', direction: 'pair' }] },
  ],
  categorised_indicators: ['fdi_accumulated'],
  rules: ['importer_over_exporter', 'coherent_with_flows', 'later_publication', 'table_over_prose', 'precise_over_approximate'],
  unique_event_types: ['membership'],
  matched_event_types: [],
};

function source(id: string, published: string | null, format: SourceMetadata['number_format'] = 'decimal_point'): SourceMetadata {
  return syntheticMetadata({ id, path: `raw/${id}.txt`, published: published ? { date: published, precision: 'year' } : null, number_format: format });
}

const SOURCES = new Map([
  ['report-2005', source('report-2005', '2005')],
  ['article-2001', source('article-2001', '2001', 'decimal_comma')],
  ['page-undated', source('page-undated', null)],
]);

let offset = 0;
function observation(fields: Partial<Observation> & Pick<Observation, 'source_id' | 'indicator' | 'entity' | 'value' | 'raw'>): Observation {
  offset += 10;
  return {
    obs_id: `${fields.source_id}@${String(offset).padStart(7, '0')}`,
    table: 'Table 1', row_label: null, column_label: null, line: 1, byte_start: offset, byte_end: offset + 4,
    partner: null, period_start: '1999', period_end: '1999', period_raw: '1999', unit: 'USD', qualifier: 'exact', multiplier: 1e6, attributed_to: null, note: null,
    ...fields,
  };
}

describe('keyObservation', () => {
  it('keys exports and the mirror imports as one directed flow from exporter to importer', () => {
    const exports = keyObservation(observation({ source_id: 'report-2005', indicator: 'exports', entity: 'KOR', partner: 'MEX', value: 1, raw: '1' }), CONFIG);
    const imports = keyObservation(observation({ source_id: 'report-2005', indicator: 'imports', entity: 'MEX', partner: 'KOR', value: 1, raw: '1' }), CONFIG);
    expect(exports.id).toBe('goods_flow:KOR>MEX:1999..1999');
    expect(imports.id).toBe(exports.id);
    const reverse = keyObservation(observation({ source_id: 'report-2005', indicator: 'exports', entity: 'MEX', partner: 'KOR', value: 1, raw: '1' }), CONFIG);
    expect(reverse.id).toBe('goods_flow:MEX>KOR:1999..1999');
  });

  it('reads a balance reported from the other side negated', () => {
    const korea = keyObservation(observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'KOR', partner: 'MEX', value: 1, raw: '1' }), CONFIG);
    const mexico = keyObservation(observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'MEX', partner: 'KOR', value: 1, raw: '1' }), CONFIG);
    expect([korea.id, korea.sign, mexico.id, mexico.sign]).toEqual(['trade_balance:KOR>MEX:1999..1999', 1, 'trade_balance:KOR>MEX:1999..1999', -1]);
  });

  it('keys a symmetric indicator by the unordered pair, so what both sides state meets', () => {
    const fromMexico = keyObservation(observation({ source_id: 'report-2005', indicator: 'border_length', entity: 'MEX', partner: 'USA', value: 3000, raw: '3,000', unit: 'km', table: null, period_start: null, period_end: null }), CONFIG);
    const fromUs = keyObservation(observation({ source_id: 'article-2001', indicator: 'border_length', entity: 'USA', partner: 'MEX', value: 3218.688, raw: '2,000', unit: 'km', table: null, period_start: null, period_end: null }), CONFIG);
    expect([fromMexico.id, fromMexico.sign, fromUs.id, fromUs.sign]).toEqual(['border_length:MEX>USA:-..-', 1, 'border_length:MEX>USA:-..-', 1]);
    // A directed indicator keeps its direction.
    const directed = keyObservation(observation({ source_id: 'report-2005', indicator: 'fdi_inflow', entity: 'USA', partner: 'MEX', value: 1, raw: '1' }), CONFIG);
    expect(directed.id).toBe('fdi_inflow:USA>MEX:1999..1999');
  });

  it('reads a deficit as the negative balance of the side that runs it', () => {
    const mexicoDeficit = keyObservation(observation({ source_id: 'report-2005', indicator: 'trade_deficit', entity: 'MEX', partner: 'KOR', value: 4e9, raw: '4.0' }), CONFIG);
    const koreaDeficit = keyObservation(observation({ source_id: 'report-2005', indicator: 'trade_deficit', entity: 'KOR', partner: 'MEX', value: 4e9, raw: '4.0' }), CONFIG);
    // Mexico's deficit with Korea is Korea's surplus with Mexico: + in KOR>MEX; Korea's deficit counts negative there.
    expect([mexicoDeficit.id, mexicoDeficit.sign, koreaDeficit.id, koreaDeficit.sign]).toEqual(['trade_balance:KOR>MEX:1999..1999', 1, 'trade_balance:KOR>MEX:1999..1999', -1]);
  });

  it('keeps the row label in the key of a broken-down indicator', () => {
    const key = keyObservation(observation({ source_id: 'report-2005', indicator: 'fdi_accumulated', entity: 'KOR', partner: 'MEX', row_label: 'Manufacture of knitwear', period_start: null, period_end: null, value: 1, raw: '1' }), CONFIG);
    expect(key.id).toBe('fdi_accumulated:KOR>MEX:-..-:Manufacture of knitwear');
  });
});

describe('reconcileObservations', () => {
  const koreaExports = observation({ source_id: 'report-2005', indicator: 'exports', entity: 'KOR', partner: 'MEX', value: 2016.9e6, raw: '2,016.9' });
  const mexicoImports = observation({ source_id: 'report-2005', indicator: 'imports', entity: 'MEX', partner: 'KOR', value: 2780.7e6, raw: '2780.7', attributed_to: 'Secretariat of Economy' });
  const olderMexicoImports = observation({ source_id: 'article-2001', indicator: 'imports', entity: 'MEX', partner: 'KOR', value: 2964e6, raw: '2964', attributed_to: 'SECOFI' });

  it('prefers the importer, then the later publication, and keeps every candidate', () => {
    const { reconciled, candidates } = reconcileObservations([koreaExports, mexicoImports, olderMexicoImports], SOURCES, CONFIG);
    expect(reconciled).toHaveLength(1);
    expect(reconciled[0]).toMatchObject({ key_id: 'goods_flow:KOR>MEX:1999..1999', status: 'conflict', rule: 'later_publication', chosen_obs_id: mexicoImports.obs_id, value: 2780.7e6, n_candidates: 3, min: 2016.9e6, max: 2964e6 });
    expect(reconciled[0]!.spread_pct).toBeCloseTo(31.9534, 3);
    const byId = new Map(candidates.map((candidate) => [candidate.obs_id, candidate]));
    expect(byId.get(koreaExports.obs_id)).toMatchObject({ chosen: false, set_aside_by: 'importer_over_exporter' });
    expect(byId.get(olderMexicoImports.obs_id)).toMatchObject({ chosen: false, set_aside_by: 'later_publication' });
    expect(byId.get(mexicoImports.obs_id)).toMatchObject({ chosen: true, set_aside_by: null, reason: 'chosen by later_publication' });
  });

  it('gives a different, still complete answer when the rules are reordered', () => {
    // One pass in the given order: later_publication comes first, when the reporters still differ, so it cannot apply.
    const config = { ...CONFIG, rules: ['later_publication', 'importer_over_exporter'] as ReconcileConfig['rules'] };
    const { reconciled, candidates } = reconcileObservations([koreaExports, mexicoImports, olderMexicoImports], SOURCES, config);
    expect(reconciled[0]).toMatchObject({ status: 'conflict', rule: 'unresolved', chosen_obs_id: null, n_candidates: 3 });
    expect(reconciled[0]!.shown_obs_id).toBe([mexicoImports.obs_id, olderMexicoImports.obs_id].sort()[0]);
    expect(reconciled[0]!.note).toContain('unresolved');
    expect(candidates.filter((candidate) => candidate.chosen)).toEqual([]);
    expect(candidates.find((candidate) => candidate.obs_id === koreaExports.obs_id)).toMatchObject({ set_aside_by: 'importer_over_exporter' });
  });

  it('counts figures within their printed rounding as agreeing', () => {
    const table = observation({ source_id: 'report-2005', indicator: 'fdi_inflow', entity: 'KOR', partner: 'MEX', value: 656.0e6, raw: '656.0' });
    const prose = observation({ source_id: 'report-2005', indicator: 'fdi_inflow', entity: 'KOR', partner: 'MEX', value: 656.1e6, raw: '656.1', table: null });
    const { reconciled, candidates } = reconcileObservations([table, prose], SOURCES, CONFIG);
    expect(reconciled[0]).toMatchObject({ status: 'agree', rule: 'table_over_prose', chosen_obs_id: table.obs_id });
    expect(candidates.find((candidate) => candidate.obs_id === prose.obs_id)).toMatchObject({ set_aside_by: 'table_over_prose' });
    const apart = observation({ source_id: 'report-2005', indicator: 'fdi_inflow', entity: 'KOR', partner: 'MEX', value: 656.2e6, raw: '656.2', table: null });
    expect(reconcileObservations([table, apart], SOURCES, CONFIG).reconciled[0]!.status).toBe('conflict');
  });

  it('reads the rounding of a European number by its source format', () => {
    const european = observation({ source_id: 'article-2001', indicator: 'public_debt', entity: 'MEX', partner: 'USA', value: 4.4e9, raw: '4,4', multiplier: 1e9 });
    const english = observation({ source_id: 'report-2005', indicator: 'public_debt', entity: 'MEX', partner: 'USA', value: 4.44e9, raw: '4.44', multiplier: 1e9 });
    // 4,4 billion stands for 4.35–4.45 billion: 4.44 agrees with it.
    expect(reconcileObservations([european, english], SOURCES, CONFIG).reconciled[0]!.status).toBe('agree');
  });

  it('prefers an exact figure over an approximate one', () => {
    const exact = observation({ source_id: 'page-undated', indicator: 'migrants_per_year', entity: 'USA', partner: 'MEX', value: 300000, raw: '300,000', unit: 'persons', multiplier: 1, table: null });
    const approx = observation({ source_id: 'page-undated', indicator: 'migrants_per_year', entity: 'USA', partner: 'MEX', value: 400000, raw: '400,000', unit: 'persons', multiplier: 1, table: null, qualifier: 'approx' });
    expect(reconcileObservations([approx, exact], SOURCES, CONFIG).reconciled[0]).toMatchObject({ status: 'conflict', rule: 'precise_over_approximate', chosen_obs_id: exact.obs_id });
  });

  it('shows the first printing of repeated equal figures and calls them agreeing', () => {
    const first = observation({ source_id: 'article-2001', indicator: 'trade_balance', entity: 'MEX', partner: 'WORLD', value: 400e6, raw: '+400' });
    const second = observation({ source_id: 'article-2001', indicator: 'trade_balance', entity: 'MEX', partner: 'WORLD', value: 400e6, raw: '+400' });
    expect(reconcileObservations([second, first], SOURCES, CONFIG).reconciled[0]).toMatchObject({ status: 'agree', rule: 'first_printed', chosen_obs_id: first.obs_id, spread_pct: 0 });
  });

  it('counts the rounding of a converted value to the digits printed as part of its rounding', () => {
    // "7 miles" is 11.265408 km, published to the one digit printed: 10 km, which 11.3 km is within once that rounding counts.
    const miles = observation({ source_id: 'page-undated', indicator: 'border_length', entity: 'MEX', partner: 'USA', value: 10, raw: '7', unit: 'km', multiplier: 1.609344, table: null, period_start: null, period_end: null });
    const km = observation({ source_id: 'report-2005', indicator: 'border_length', entity: 'MEX', partner: 'USA', value: 11.3, raw: '11.3', unit: 'km', multiplier: 1, table: null, period_start: null, period_end: null });
    expect(reconcileObservations([miles, km], SOURCES, CONFIG).reconciled[0]!.status).toBe('agree');
    const far = observation({ source_id: 'report-2005', indicator: 'border_length', entity: 'MEX', partner: 'USA', value: 12.3, raw: '12.3', unit: 'km', multiplier: 1, table: null, period_start: null, period_end: null });
    expect(reconcileObservations([miles, far], SOURCES, CONFIG).reconciled[0]!.status).toBe('conflict');
  });

  describe('spread_pct', () => {
    const balance = (value: number, raw: string) => observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'KOR', partner: 'MEX', value, raw });
    const spreadOf = (...values: number[]) => reconcileObservations(values.map((value) => balance(value, String(value / 1e6))), SOURCES, CONFIG).reconciled[0]!.spread_pct;

    it('is the difference in percent of the largest magnitude for candidates of one sign', () => {
      expect(spreadOf(32.7e6, 44.7e6)).toBeCloseTo(26.8456, 4);
      expect(spreadOf(-32.7e6, -44.7e6)).toBeCloseTo(26.8456, 4);
      expect(spreadOf(5e6, 5e6)).toBe(0);
    });

    it('is 100, never more, for candidates of opposite sign or with a zero', () => {
      // Korea's 1980 balance with Mexico: −19.5 million by Korea's table, +16.7 by Mexico's (185.6 over the larger magnitude).
      expect(spreadOf(-19.5e6, 16.7e6)).toBe(100);
      expect(spreadOf(-0.1e6, 100e6)).toBe(100);
      expect(spreadOf(0, 3e6)).toBe(100);
      expect(spreadOf(0, 0)).toBe(0);
    });

    it('stays within 0 and 100 for any candidates, and keeps max − min as the absolute difference', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 6 }), (thousands) => {
          const row = reconcileObservations(thousands.map((value) => balance(value * 1e3, String(value))), SOURCES, CONFIG).reconciled[0]!;
          expect(row.spread_pct).toBeGreaterThanOrEqual(0);
          expect(row.spread_pct).toBeLessThanOrEqual(100);
          expect(row.max - row.min).toBe(Math.max(...thousands) * 1e3 - Math.min(...thousands) * 1e3);
          const oneSign = row.min >= 0 || row.max <= 0;
          if (!oneSign || row.min === 0 || row.max === 0) expect(row.spread_pct).toBe(row.max === row.min ? 0 : 100);
        }),
      );
    });
  });

  it('lets a bound agree with every value inside it', () => {
    const prose = { table: null, period_start: null, period_end: null, unit: 'persons', multiplier: 1e6 } as const;
    const exact = observation({ source_id: 'report-2005', indicator: 'population', entity: 'MEX', value: 107e6, raw: '107', ...prose });
    const moreThan = observation({ source_id: 'report-2005', indicator: 'population', entity: 'MEX', value: 100e6, raw: '100', qualifier: 'more_than', ...prose });
    const { reconciled, candidates } = reconcileObservations([moreThan, exact], SOURCES, CONFIG);
    expect(reconciled[0]).toMatchObject({ status: 'agree', rule: 'precise_over_approximate', chosen_obs_id: exact.obs_id, value: 107e6 });
    expect(candidates.find((candidate) => candidate.obs_id === moreThan.obs_id)).toMatchObject({ set_aside_by: 'precise_over_approximate' });
    // "nearly 90" allows 88, not 92; "more than 100" does not allow 98.
    const share = { table: null, period_start: null, period_end: null, unit: 'percent', multiplier: 1 } as const;
    const nearly = observation({ source_id: 'report-2005', indicator: 'exports_share', entity: 'MEX', partner: 'USA', value: 90, raw: '90', qualifier: 'less_than', ...share });
    const status = (value: number, raw: string) => reconcileObservations([nearly, observation({ source_id: 'article-2001', indicator: 'exports_share', entity: 'MEX', partner: 'USA', value, raw, ...share })], SOURCES, CONFIG).reconciled[0]!.status;
    expect([status(88, '88'), status(92, '92')]).toEqual(['agree', 'conflict']);
    const below = observation({ source_id: 'article-2001', indicator: 'population', entity: 'MEX', value: 98e6, raw: '98', ...prose });
    expect(reconcileObservations([moreThan, below], SOURCES, CONFIG).reconciled[0]!.status).toBe('conflict');
  });

  it('turns a bound read from the other side around', () => {
    const mexicoOver = observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'MEX', partner: 'KOR', value: -2e9, raw: '-2', multiplier: 1e9, qualifier: 'more_than', table: null });
    // Mexico's balance above -2 bn is Korea's balance below +2 bn: 1.5 bn fits, 4 bn does not.
    const status = (value: number) => reconcileObservations([mexicoOver, observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'KOR', partner: 'MEX', value, raw: String(value / 1e9), multiplier: 1e9 })], SOURCES, CONFIG).reconciled[0]!.status;
    expect([status(1.5e9), status(4e9)]).toEqual(['agree', 'conflict']);
  });

  it('applies later_publication only to one publisher revising its statistics', () => {
    // Prose of two different authors: neither revises the other.
    const prose = { table: null, period_start: null, period_end: null, unit: 'km', multiplier: 1 } as const;
    const older = observation({ source_id: 'article-2001', indicator: 'border_length', entity: 'USA', partner: 'MEX', value: 3200, raw: '3200', ...prose });
    const newer = observation({ source_id: 'report-2005', indicator: 'border_length', entity: 'MEX', partner: 'USA', value: 3000, raw: '3000', ...prose });
    const { reconciled, candidates } = reconcileObservations([older, newer], SOURCES, CONFIG);
    expect(reconciled[0]).toMatchObject({ key_id: 'border_length:MEX>USA:-..-', status: 'conflict', rule: 'unresolved', chosen_obs_id: null });
    expect(candidates.every((candidate) => candidate.set_aside_by === null)).toBe(true);
    // Table cells of one reporter's statistics, printed with their source, are revised by the later printing.
    expect(reconcileObservations([mexicoImports, olderMexicoImports], SOURCES, CONFIG).reconciled[0]).toMatchObject({ rule: 'later_publication', chosen_obs_id: mexicoImports.obs_id });
    // Without a printed statistical source, a table is its text's statement.
    const unattributed = observation({ ...olderMexicoImports, obs_id: 'article-2001@0999999', attributed_to: null });
    expect(reconcileObservations([mexicoImports, unattributed], SOURCES, CONFIG).reconciled[0]).toMatchObject({ rule: 'unresolved' });
  });

  it('chooses the trade balance and total closest to what the chosen goods flows imply', () => {
    const flowOut = [
      observation({ source_id: 'report-2005', indicator: 'exports', entity: 'KOR', partner: 'MEX', value: 2000e6, raw: '2000.0', attributed_to: 'kotis' }),
      observation({ source_id: 'report-2005', indicator: 'imports', entity: 'MEX', partner: 'KOR', value: 4100e6, raw: '4100.0', attributed_to: 'SE' }),
    ];
    const flowBack = [
      observation({ source_id: 'report-2005', indicator: 'imports', entity: 'KOR', partner: 'MEX', value: 300e6, raw: '300.0', attributed_to: 'kotis' }),
      observation({ source_id: 'report-2005', indicator: 'exports', entity: 'MEX', partner: 'KOR', value: 100e6, raw: '100.0', attributed_to: 'SE' }),
    ];
    // Korea's tables: balance 1,700, total 2,300; Mexico's: balance -4,000 (Korea's +4,000), total 4,200. Chosen flows (importers'): 4,100 and 300.
    const koreaBalance = observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'KOR', partner: 'MEX', value: 1700e6, raw: '1700.0', attributed_to: 'kotis' });
    const mexicoBalance = observation({ source_id: 'report-2005', indicator: 'trade_balance', entity: 'MEX', partner: 'KOR', value: -4000e6, raw: '-4000.0', attributed_to: 'SE' });
    const koreaTotal = observation({ source_id: 'report-2005', indicator: 'trade_total', entity: 'KOR', partner: 'MEX', value: 2300e6, raw: '2300.0', attributed_to: 'kotis' });
    const mexicoTotal = observation({ source_id: 'report-2005', indicator: 'trade_total', entity: 'MEX', partner: 'KOR', value: 4200e6, raw: '4200.0', attributed_to: 'SE' });
    const { reconciled, candidates } = reconcileObservations([koreaBalance, mexicoBalance, koreaTotal, mexicoTotal, ...flowOut, ...flowBack], SOURCES, CONFIG);
    const byKey = new Map(reconciled.map((row) => [row.key_id, row]));
    expect(byKey.get('trade_balance:KOR>MEX:1999..1999')).toMatchObject({ rule: 'coherent_with_flows', chosen_obs_id: mexicoBalance.obs_id, value: 4000e6 });
    expect(byKey.get('trade_total:KOR>MEX:1999..1999')).toMatchObject({ rule: 'coherent_with_flows', chosen_obs_id: mexicoTotal.obs_id, value: 4200e6 });
    expect(candidates.find((candidate) => candidate.obs_id === koreaBalance.obs_id)!.reason).toContain('3800000000');
    // Without both flows chosen, the rule does not apply.
    expect(reconcileObservations([koreaBalance, mexicoBalance, ...flowOut], SOURCES, CONFIG).reconciled.find((row) => row.concept === 'trade_balance')).toMatchObject({ rule: 'unresolved' });
  });

  it('marks a key with one observation single', () => {
    expect(reconcileObservations([koreaExports], SOURCES, CONFIG).reconciled[0]).toMatchObject({ status: 'single', rule: 'single', chosen_obs_id: koreaExports.obs_id, n_candidates: 1, spread_pct: 0 });
  });
});
