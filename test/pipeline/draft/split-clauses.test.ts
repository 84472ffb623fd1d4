import { describe, expect, it } from 'vitest';
import { clauseAround, statementAround } from '../../../pipeline/draft/split-clauses.js';

const around = (split: typeof clauseAround, text: string, word: string) => {
  const stretch = split(text, text.indexOf(word));
  return text.slice(stretch.start, stretch.end);
};

describe('clauseAround and statementAround', () => {
  const text = 'Chile sold 5 ships, which Peru bought; Bolivia sold 3 (Peru took 2, and Chile 1) while Brazil sold none.';

  it('cuts a clause at a semicolon and a contrast only', () => {
    expect(around(clauseAround, text, '5')).toBe('Chile sold 5 ships, which Peru bought');
    expect(around(clauseAround, text, 'Chile 1')).toBe('Bolivia sold 3 (Peru took 2, and Chile 1)');
  });

  it('cuts a statement also at ", and", a relative clause and a parenthesis', () => {
    expect(around(statementAround, text, '5')).toBe('Chile sold 5 ships');
    expect(around(statementAround, text, '2')).toBe('Peru took 2');
    expect(around(statementAround, text, 'Chile 1')).toBe('Chile 1');
    expect(around(statementAround, text, 'Brazil')).toBe('Brazil sold none.');
  });
});
