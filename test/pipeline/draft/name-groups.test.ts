import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../pipeline/draft/name-entities.js';
import { nameGroups } from '../../../pipeline/draft/name-groups.js';

const groups = () => [
  { id: 'ANDES', members: new Set(['PER', 'BOL']) },
  { id: 'SOUTH', members: new Set(['CHL', 'ARG', 'URY']) },
];
const names = (...ids: string[]): Mention[] => ids.map((id, index) => ({ id, at: index * 10, name: id }));

describe('nameGroups', () => {
  it('names the region made up of exactly the countries the sentence before named last, as many as the words say', () => {
    const text = 'Most Chilean trade went to those two countries.';
    expect(nameGroups(text, [{ id: 'CHL', at: 5, name: 'Chilean' }], () => names('BRA', 'PER', 'BOL'), groups)).toEqual([{ id: 'ANDES', at: text.indexOf('those'), name: 'those two countries' }]);
    expect(nameGroups('These three economies grew.', [], () => names('CHL', 'ARG', 'URY'), groups).map((group) => group.id)).toEqual(['SOUTH']);
  });

  it('leaves out the countries the sentence itself names before the words, and names nothing no region matches', () => {
    // Peru speaks of the group, so the two named last without it are Bolivia and Brazil: no region is just they.
    expect(nameGroups('Peru traded mostly with those two countries.', [{ id: 'PER', at: 0, name: 'Peru' }], () => names('BRA', 'BOL', 'PER'), groups)).toEqual([]);
    expect(nameGroups('Those two countries grew.', [], () => names('PER', 'CHL'), groups)).toEqual([]);
    expect(nameGroups('Trade grew.', [], () => { throw new Error('the sentence before is read only where words point back to it'); }, groups)).toEqual([]);
  });
});
