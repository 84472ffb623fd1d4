import { describe, expect, it } from 'vitest';
import { pickCounterpart, statementAround } from '../../../pipeline/draft/pick-counterpart.js';
import { roledMentions } from '../../helpers/roled-mentions.js';

describe('statementAround', () => {
  it('ends a statement at a parenthesis, a clause joined by ", and" or ", which", and "because"', () => {
    const text = 'Imports came from Chile (Peru was the first source, and Bolivia the third, with 9% of them) because prices fell.';
    const statement = statementAround(text, text.indexOf('9%'));
    expect(text.slice(statement.start, statement.end)).toBe('Bolivia the third, with 9% of them');
    const which = 'Chile sold 5 ships, which Peru bought.';
    expect(which.slice(statementAround(which, which.indexOf('5')).start, statementAround(which, which.indexOf('5')).end)).toBe('Chile sold 5 ships');
  });
});

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
