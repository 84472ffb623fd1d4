import { describe, expect, it } from 'vitest';
import { listConcepts } from '../../../pipeline/04-reconcile/index.js';
import type { ReconcileConfig } from '../../../pipeline/types/reconcile-config.js';
import type { Indicator } from '../../../src/types/indicator.js';

const config: ReconcileConfig = {
  concepts: [
    { id: 'goods_flow', description: 'Goods shipped.', members: [{ indicator: 'exports', direction: 'entity_to_partner' }, { indicator: 'imports', direction: 'partner_to_entity' }] },
    { id: 'trade_balance', description: 'The balance.', members: [{ indicator: 'trade_balance', direction: 'pair_signed' }] },
  ],
  categorised_indicators: [],
  rules: ['importer_over_exporter'],
  unique_event_types: [],
  matched_event_types: [],
};

const indicator = (id: string): Indicator => ({ id, label: id, unit: 'USD', description: `What ${id} measures.` });

describe('listConcepts', () => {
  it('lists each concept of rules.json with its indicators and their directions, and each other indicator as its own concept, by id', () => {
    expect(listConcepts(config, [indicator('gdp'), indicator('imports'), indicator('exports'), indicator('trade_balance')])).toEqual([
      { id: 'gdp', description: 'What gdp measures.', indicators: ['gdp'], directions: ['entity_to_partner'] },
      { id: 'goods_flow', description: 'Goods shipped.', indicators: ['exports', 'imports'], directions: ['entity_to_partner', 'partner_to_entity'] },
      { id: 'trade_balance', description: 'The balance.', indicators: ['trade_balance'], directions: ['pair_signed'] },
    ]);
  });

  it('leaves out the indicators the package does not publish, and a concept none of whose indicators it does', () => {
    expect(listConcepts(config, [indicator('imports')])).toEqual([{ id: 'goods_flow', description: 'Goods shipped.', indicators: ['imports'], directions: ['partner_to_entity'] }]);
  });
});
