import { describe, expect, it } from 'vitest';
import { describeRounding, roundToSignificant, significantDigits } from '../../src/significant-digits.js';

describe('significantDigits', () => {
  it('counts the digits printed, leading zeros left out and trailing zeros kept, in either number format', () => {
    expect(['2,000', '2000', '7', '0.25', '0.50', '1,060.6', '1.060,6', '-19.5', '+12.444', '0', '0.0'].map(significantDigits)).toEqual([4, 4, 1, 2, 2, 5, 5, 3, 5, 1, 1]);
  });
});

describe('roundToSignificant', () => {
  it('rounds to the digits given, on either side of the decimal mark', () => {
    expect(roundToSignificant(3218.688, 4)).toBe(3219);
    expect(roundToSignificant(3218.688, 2)).toBe(3200);
    expect(roundToSignificant(11.265408, 1)).toBe(10);
    expect(roundToSignificant(0.804672, 2)).toBe(0.8);
    expect(roundToSignificant(-4.02336, 2)).toBe(-4);
  });

  it('says how it rounded, in the words of the note', () => {
    expect(describeRounding(4)).toBe('rounded to 4 significant digits, as many as printed');
    expect(describeRounding(1)).toBe('rounded to 1 significant digit, as many as printed');
  });
});
