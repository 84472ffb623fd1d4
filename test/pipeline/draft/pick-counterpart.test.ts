import { describe, expect, it } from 'vitest';
import { pickCounterpart } from '../../../pipeline/draft/pick-counterpart.js';
import { statementAround } from '../../../pipeline/draft/split-clauses.js';
import { roledMentions } from '../../helpers/roled-mentions.js';

describe('pickCounterpart', () => {
  it('takes the first subject of the statement that is no side already taken, before a name after a preposition', () => {
    const text = 'In 2003, Bolivia overtook Peru as Chile’s 2nd largest partner.';
    expect(pickCounterpart(text, roledMentions(text), { start: 0, end: text.length }, ['CHL'])?.id).toBe('BOL');
    const object = 'Chile sent 30 ships to Peru.';
    expect(pickCounterpart(object, roledMentions(object), { start: 0, end: object.length }, ['CHL'])?.id).toBe('PER');
  });

  it('names no counterpart outside the statement', () => {
    const text = 'Chile grew; 30 ships were built.';
    expect(pickCounterpart(text, roledMentions(text), statementAround(text, text.indexOf('30')), [])).toBeUndefined();
  });
});
