import { describe, expect, it } from 'vitest';
import { cardinalWordsPattern, ordinalWordsPattern, parseCardinal, parseNumberWords } from '../../src/read-number-words.js';

describe('parseCardinal', () => {
  it('reads units, teens, tens and hyphenated compounds', () => {
    expect(parseCardinal('zero')).toBe(0);
    expect(parseCardinal('twelve')).toBe(12);
    expect(parseCardinal('Nineteen')).toBe(19);
    expect(parseCardinal('forty-three')).toBe(43);
    expect(parseCardinal('twenty one')).toBe(21);
    expect(parseCardinal('ninety-nine')).toBe(99);
  });

  it('reads scale words, with "a" and "and"', () => {
    expect(parseCardinal('a hundred')).toBe(100);
    expect(parseCardinal('hundred')).toBe(100);
    expect(parseCardinal('one hundred and twenty')).toBe(120);
    expect(parseCardinal('two thousand five hundred')).toBe(2500);
    expect(parseCardinal('three hundred thousand')).toBe(300000);
    expect(parseCardinal('one million two hundred thousand')).toBe(1200000);
    expect(parseCardinal('a thousand')).toBe(1000);
    expect(parseCardinal('two billion')).toBe(2e9);
  });

  it('reads dozens', () => {
    expect(parseCardinal('half a dozen')).toBe(6);
    expect(parseCardinal('Half  a\ndozen')).toBe(6);
    expect(parseCardinal('a dozen')).toBe(12);
    expect(parseCardinal('two dozen')).toBe(24);
  });

  it('gives null for what is no cardinal', () => {
    expect(parseCardinal('')).toBeNull();
    expect(parseCardinal('nonsense')).toBeNull();
    expect(parseCardinal('and')).toBeNull();
    expect(parseCardinal('twelve apples')).toBeNull();
    expect(parseCardinal('second')).toBeNull();
    expect(parseCardinal('one a')).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it('reads cardinals', () => {
    expect(parseNumberWords('twelve')).toEqual({ value: 12, kind: 'cardinal' });
    expect(parseNumberWords('forty-three')).toEqual({ value: 43, kind: 'cardinal' });
    expect(parseNumberWords(' Forty-Three ')).toEqual({ value: 43, kind: 'cardinal' });
    expect(parseNumberWords('half a dozen')).toEqual({ value: 6, kind: 'cardinal' });
    expect(parseNumberWords('a hundred')).toEqual({ value: 100, kind: 'cardinal' });
  });

  it('reads fractions as a share in percent', () => {
    const third = parseNumberWords('one-third')!;
    expect(third.kind).toBe('fraction');
    expect(third.value).toBeCloseTo(33.3333, 4);
    const twoThirds = parseNumberWords('two-thirds')!;
    expect(twoThirds.kind).toBe('fraction');
    expect(twoThirds.value).toBeCloseTo(66.6667, 4);
    expect(parseNumberWords('a third')!.value).toBeCloseTo(33.3333, 4);
    expect(parseNumberWords('half')).toEqual({ value: 50, kind: 'fraction' });
    expect(parseNumberWords('one-half')).toEqual({ value: 50, kind: 'fraction' });
    expect(parseNumberWords('a quarter')).toEqual({ value: 25, kind: 'fraction' });
    expect(parseNumberWords('three quarters')).toEqual({ value: 75, kind: 'fraction' });
    expect(parseNumberWords('three-fourths')).toEqual({ value: 75, kind: 'fraction' });
    expect(parseNumberWords('two-fifths')).toEqual({ value: 40, kind: 'fraction' });
    expect(parseNumberWords('one tenth')).toEqual({ value: 10, kind: 'fraction' });
  });

  it('reads a fraction whose hyphen was broken across a line ("two- thirds" as the raw bytes print it)', () => {
    expect(parseNumberWords('two-\nthirds')!.value).toBeCloseTo(66.6667, 4);
  });

  it('reads ratios as a share in percent', () => {
    expect(parseNumberWords('three out of every five')).toEqual({ value: 60, kind: 'ratio' });
    expect(parseNumberWords('one in five')).toEqual({ value: 20, kind: 'ratio' });
    expect(parseNumberWords('four in ten')).toEqual({ value: 40, kind: 'ratio' });
    expect(parseNumberWords('one out of three')!.value).toBeCloseTo(33.3333, 4);
    expect(parseNumberWords('nine of every ten')).toEqual({ value: 90, kind: 'ratio' });
    expect(parseNumberWords('two in every three')!.value).toBeCloseTo(66.6667, 4);
  });

  it('reads ordinals as a rank', () => {
    expect(parseNumberWords('second')).toEqual({ value: 2, kind: 'ordinal' });
    expect(parseNumberWords('first')).toEqual({ value: 1, kind: 'ordinal' });
    // Alone, "third", "fourth", "fifth" and "tenth" are ranks, not fractions.
    expect(parseNumberWords('third')).toEqual({ value: 3, kind: 'ordinal' });
    expect(parseNumberWords('fifth')).toEqual({ value: 5, kind: 'ordinal' });
    expect(parseNumberWords('tenth')).toEqual({ value: 10, kind: 'ordinal' });
    expect(parseNumberWords('twentieth')).toEqual({ value: 20, kind: 'ordinal' });
    expect(parseNumberWords('twenty-first')).toEqual({ value: 21, kind: 'ordinal' });
    expect(parseNumberWords('thirty second')).toEqual({ value: 32, kind: 'ordinal' });
    expect(parseNumberWords('ninety-ninth')).toEqual({ value: 99, kind: 'ordinal' });
    expect(parseNumberWords('hundredth')).toEqual({ value: 100, kind: 'ordinal' });
  });

  // Compound ordinals ending in third, fourth, fifth or tenth are read as fractions: "twenty-third" → 20 × ⅓ = 666.67 %.
  // Only a plural ("twenty thirds") is a fraction with a numerator above one.
  it('reads compound ordinals ending in a denominator word ("twenty-third") as ranks', () => {
    expect(parseNumberWords('twenty-third')).toEqual({ value: 23, kind: 'ordinal' });
    expect(parseNumberWords('thirty-fifth')).toEqual({ value: 35, kind: 'ordinal' });
    expect(parseNumberWords('twenty-fourth')).toEqual({ value: 24, kind: 'ordinal' });
  });

  it('reads multiples', () => {
    expect(parseNumberWords('fivefold')).toEqual({ value: 5, kind: 'multiple' });
    expect(parseNumberWords('two-fold')).toEqual({ value: 2, kind: 'multiple' });
    expect(parseNumberWords('tenfold')).toEqual({ value: 10, kind: 'multiple' });
    expect(parseNumberWords('hundredfold')).toEqual({ value: 100, kind: 'multiple' });
  });

  it('gives null for words that are no quantity', () => {
    expect(parseNumberWords('nonsense')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
    expect(parseNumberWords('manifold')).toBeNull();
    expect(parseNumberWords('one in zero')).toBeNull();
    expect(parseNumberWords('several')).toBeNull();
  });
});

describe('number-word patterns', () => {
  it('matches exactly the cardinals from the minimum to 99, each read back to its value', () => {
    const whole = new RegExp(`^(?:${cardinalWordsPattern(2)})$`);
    expect(whole.test('one')).toBe(false);
    expect(whole.test('hundred')).toBe(false);
    const matched = ['two', 'nineteen', 'twenty', 'forty-three', 'ninety-nine'].filter((words) => whole.test(words));
    expect(matched.map(parseCardinal)).toEqual([2, 19, 20, 43, 99]);
  });

  it('matches the ordinals in the range only', () => {
    expect(ordinalWordsPattern(2, 4)).toBe('second|third|fourth');
  });
});
