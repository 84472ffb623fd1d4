import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index-lines.js';
import { findQuotes } from '../../../pipeline/02-extract/find-quotes.js';
import { findAll, foldText } from '../../../pipeline/02-extract/fold-text.js';

function folded(text: string) {
  return foldText(indexLines(Buffer.from(text, 'utf8')));
}

describe('findQuotes', () => {
  it('finds every occurrence of every quote, overlapping ones included, in one pass', () => {
    const text = folded('aaaa abab\nab aab');
    expect(text.text).toBe('aaaa abab ab aab');
    expect(findQuotes(text, ['aa', 'ab', 'a', 'abab ab', 'b a', 'zz'])).toEqual([[0, 1, 2, 13], [5, 7, 10, 14], [0, 1, 2, 3, 5, 7, 10, 13, 14], [5], [8, 11], []]);
  });

  it('folds quotes as findAll does, answers a quote given twice twice, and finds nothing for white space only', () => {
    const text = folded('Trade rose\n   from 5\nto 6.');
    expect(findQuotes(text, ['rose  from\n5', '   ', 'rose  from\n5', 'Trade rose from 5 to 6. And more'])).toEqual([[6], [], [6], []]);
  });

  it('finds a quote that is the end of another one being matched (the trie falls back to the longest suffix)', () => {
    // After "abcab" the match of "abcabd" fails at "x"; "cab" and "b" end inside it.
    expect(findQuotes(folded('abcabx'), ['abcabd', 'cab', 'b', 'bx'])).toEqual([[], [2], [1, 4], [4]]);
  });

  it('agrees with findAll for any quotes on any text (property)', () => {
    // A small alphabet makes repeats, overlaps and shared prefixes and suffixes common.
    const letters = fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', '𝔸');
    const text = fc.array(letters, { maxLength: 80 }).map((units) => units.join(''));
    const quote = fc.array(letters, { minLength: 1, maxLength: 6 }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.array(quote, { maxLength: 12 }), (raw, quotes) => {
        const text = folded(raw);
        expect(findQuotes(text, quotes)).toEqual(quotes.map((item) => findAll(text, item)));
      }),
      { numRuns: 500 },
    );
  });
});
