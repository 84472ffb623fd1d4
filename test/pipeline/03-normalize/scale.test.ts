import { describe, expect, it } from 'vitest';
import { findScale, namesCurrency } from '../../../pipeline/03-normalize/scale.js';

describe('findScale', () => {
  it('reads the scale word of a caption, as printed', () => {
    expect(findScale(['(Millions of dollars)'])).toEqual({ exponent: 6, word: 'Millions' });
    expect(findScale(['in Billion US-$'])).toEqual({ exponent: 9, word: 'Billion' });
    expect(findScale(['Thousand of dollars'])).toEqual({ exponent: 3, word: 'Thousand' });
    expect(findScale(['trillions of dollars'])).toEqual({ exponent: 12, word: 'trillions' });
  });

  it('takes the nearest text that names a scale, skipping missing and empty texts', () => {
    expect(findScale([null, undefined, '', 'Table 1: FDI by country', 'in millions', 'in billions'])).toEqual({ exponent: 6, word: 'millions' });
    expect(findScale(['billion US-$', 'Thousands of dollars'])).toEqual({ exponent: 9, word: 'billion' });
  });

  it('matches whole words only', () => {
    expect(findScale(['Millionaires and thousandths'])).toBeNull();
  });

  it('returns null when no text names a scale', () => {
    expect(findScale(['US-$', 'per cent'])).toBeNull();
    expect(findScale([null, undefined])).toBeNull();
    expect(findScale([])).toBeNull();
  });
});

describe('namesCurrency', () => {
  it('recognises the ways a text names US dollars', () => {
    expect(namesCurrency(['US-$'])).toBe(true);
    expect(namesCurrency(['(Millions of dollars)'])).toBe(true);
    expect(namesCurrency(['USD'])).toBe(true);
    expect(namesCurrency(['US$ million'])).toBe(true);
    expect(namesCurrency(['in Dollar'])).toBe(true);
  });

  it('is false for texts that name no currency', () => {
    expect(namesCurrency(['persons'])).toBe(false);
    expect(namesCurrency(['Thousands of persons', 'busdriver'])).toBe(false);
    expect(namesCurrency([null, undefined, ''])).toBe(false);
    expect(namesCurrency([])).toBe(false);
  });

  it('is true when any of the texts names the currency', () => {
    expect(namesCurrency([null, 'Table 3', 'in billion US-$'])).toBe(true);
  });
});

describe('findScale, several scale words in one text', () => {
  it('takes the first one printed', async () => {
    const { findScale } = await import('../../../pipeline/03-normalize/scale.js');
    expect(findScale(['Millions of dollars (thousands of persons)'])).toEqual({ exponent: 6, word: 'Millions' });
  });
});
