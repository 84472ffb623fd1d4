import { describe, expect, it } from 'vitest';
import { endsInsideWord, isWholeWords, startsInsideWord, wordAround } from '../../../pipeline/02-extract/word-boundary.js';

/** Whether the first occurrence of `part` in `text` (after `from`) is whole words. */
function whole(text: string, part: string, from = 0): boolean {
  const at = text.indexOf(part, from);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  return isWholeWords(text, at, at + part.length);
}

describe('word boundaries', () => {
  it('takes a compound number word as one word', () => {
    const text = 'with forty-three countries';
    expect(whole(text, 'forty-three')).toBe(true);
    expect(whole(text, 'three')).toBe(false);
    expect(whole(text, 'forty')).toBe(false);
    expect(whole('one-third of all', 'third')).toBe(false);
    expect(whole('the twenty\u2011first century', 'first')).toBe(false);
    expect(whole('grew three-fold', 'three')).toBe(false);
  });

  it('takes a number hyphenated to another word, or any other hyphenated part, as a word of its own', () => {
    expect(whole('the second-largest partner', 'second')).toBe(true);
    expect(whole('a five-year plan', 'five')).toBe(true);
    expect(whole('the Asia-Pacific region', 'Pacific')).toBe(true);
    expect(whole('in 1994-2004', '2004')).toBe(true);
  });

  it('takes digits joined by "." or "," as one number, and a letter next to a digit as a boundary', () => {
    expect(whole('grew to 1,200 in 1998.', '200')).toBe(false);
    expect(whole('grew to 1,200 in 1998.', '1,2')).toBe(false);
    expect(whole('was 1,060.6 million', '1,060')).toBe(false);
    expect(whole('in 1998, then', '1998')).toBe(true);
    expect(whole('it was 5.', '5')).toBe(true);
    expect(whole('the 1980s', '1980')).toBe(true);
    expect(whole('US$5bn', '5')).toBe(true);
    expect(whole('the 20th', '20')).toBe(true);
  });

  it('counts letters of any script and combining marks as letters', () => {
    const text = 'Cafe\u0301 México';
    expect(whole(text, 'Cafe')).toBe(false);
    expect(whole(text, 'xico')).toBe(false);
    expect(whole(text, 'México')).toBe(true);
  });

  it('treats the ends of the text and non-word characters as boundaries', () => {
    expect(startsInsideWord('three', 0)).toBe(false);
    expect(endsInsideWord('three', 5)).toBe(false);
    expect(startsInsideWord('(three)', 1)).toBe(false);
    expect(endsInsideWord('(three)', 6)).toBe(false);
    // A span that starts or ends on a non-word character is never inside a word.
    expect(startsInsideWord('forty-three', 5)).toBe(false);
    expect(endsInsideWord('forty-three', 6)).toBe(false);
  });

  it('names the printed words a span lies in', () => {
    expect(wordAround('with forty-three countries', 11, 16)).toBe('forty-three');
    expect(wordAround('1,200', 2, 5)).toBe('1,200');
  });
});
