import { describe, expect, it } from 'vitest';
import { sentHome } from '../../../pipeline/draft/read-direction.js';
import { roledMentions } from '../../helpers/roled-mentions.js';

const roles = (text: string) => roledMentions(text).map(({ mention, role }) => [mention.id, role]);

describe('roleOf', () => {
  it('reads a name printed after "of" as one the noun before it decides', () => {
    expect(roles('The investment of Chile grew.')).toEqual([['CHL', 'of']]);
    // A possessive stays an owner, whatever word comes before it.
    expect(roles('Part of Peru’s exports.')).toEqual([['PER', 'owner']]);
  });

  it('reads the two names of a hyphenated pair as those "between" joins', () => {
    expect(roles('Many fear Chile-Peru tensions.')).toEqual([['CHL', 'first'], ['PER', 'second']]);
  });

  it('gives a name that closes a list the word printed before the list, but not a name set beside a place', () => {
    expect(roles('Firms invested in Chile and Peru.')).toEqual([['CHL', 'destination'], ['PER', 'destination']]);
    expect(roles('Goods came from Chile, Peru or Bolivia.')).toEqual([['CHL', 'origin'], ['PER', 'origin'], ['BOL', 'origin']]);
    // "Lima, Peru" is a place and its country, not a list: Peru is no object of "in".
    expect(roles('Ten firms arrived in Lima, Peru last year.').find(([id]) => id === 'PER')).toEqual(['PER', 'plain']);
  });
});

describe('sentHome', () => {
  it('tells an indicator of what emigrants send home from one of people who live where they arrived', () => {
    expect(sentHome({ description: 'Money sent home by emigrants living in the partner and received by the entity.' })).toBe(true);
    expect(sentHome({ description: "People of the partner's origin living in the entity." })).toBe(false);
  });
});
