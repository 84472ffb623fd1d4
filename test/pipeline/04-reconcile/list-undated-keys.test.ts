import { describe, expect, it } from 'vitest';
import type { Reconciled } from '../../../src/types/reconciled.js';
import { listUndatedKeys } from '../../../pipeline/04-reconcile/index.js';

function key(key_id: string, period: string | null, category: string | null = null): Reconciled {
  const [concept, sides] = key_id.split(':') as [string, string];
  const [entity, partner] = sides.split('>') as [string, string];
  return {
    key_id, concept, entity, partner: partner === '-' ? null : partner, period_start: period, period_end: period, category,
    value: 1, unit: 'persons', status: 'single', rule: 'single', chosen_obs_id: 'x@0000001', shown_obs_id: 'x@0000001', n_candidates: 1, min: 1, max: 1, spread_pct: 0, note: null,
  };
}

describe('listUndatedKeys', () => {
  it('lists a key without a period beside the dated keys of the same concept, sides and category', () => {
    const rows = [
      key('population:MEX>-:-..-', null),
      key('population:MEX>-:2003..2003', '2003'),
      key('population:KOR>-:-..-', null),
      key('fdi:KOR>MEX:-..-:Mining', null, 'Mining'),
      key('fdi:KOR>MEX:1999..1999:Textiles', '1999', 'Textiles'),
      key('migrants:low:USA>MEX:-..-', null),
      key('migrants:USA>MEX:2000..2000', '2000'),
    ];
    // Korea's population has no dated key; the mining figure no dated mining key; the low end of a range no dated low end.
    const candidates = rows.map((row, index) => ({ key_id: row.key_id, obs_id: `x@000000${index}` }));
    expect(listUndatedKeys(rows, candidates, new Map())).toEqual([{ key_id: 'population:MEX>-:-..-', dated_key_ids: ['population:MEX>-:2003..2003'], period_unstated: [], reasoned: false }]);
  });

  it('shows the reasons its figures give for having no period, and is reasoned only when every figure gives one', () => {
    const rows = [key('population:MEX>-:-..-', null), key('population:MEX>-:2003..2003', '2003')];
    const candidates = [{ key_id: 'population:MEX>-:-..-', obs_id: 'a@0000001' }, { key_id: 'population:MEX>-:-..-', obs_id: 'a@0000002' }, { key_id: 'population:MEX>-:2003..2003', obs_id: 'a@0000003' }];
    const one = new Map([['a@0000002', 'No date in the paragraph.']]);
    expect(listUndatedKeys(rows, candidates, one)).toEqual([{ key_id: 'population:MEX>-:-..-', dated_key_ids: ['population:MEX>-:2003..2003'], period_unstated: ['No date in the paragraph.'], reasoned: false }]);
    const both = new Map([...one, ['a@0000001', 'A bound at the time of writing.']]);
    expect(listUndatedKeys(rows, candidates, both)[0]).toMatchObject({ period_unstated: ['A bound at the time of writing.', 'No date in the paragraph.'], reasoned: true });
  });
});
