import { describe, expect, it } from 'vitest';
import { additiveError, halfUnit, ratioError } from '../../../pipeline/05-validate/tolerance.js';

describe('halfUnit', () => {
  it('is half a unit of the last printed digit', () => {
    expect(halfUnit(0)).toBe(0.5);
    expect(halfUnit(1)).toBe(0.05);
    expect(halfUnit(2)).toBe(0.005);
    expect(halfUnit(3)).toBeCloseTo(0.0005, 15);
  });
});

describe('additiveError', () => {
  it('adds up the rounding errors of the operands, whatever their values', () => {
    expect(additiveError([])).toBe(0);
    expect(additiveError([{ value: 44.7, error: 0.05 }])).toBe(0.05);
    expect(additiveError([{ value: 44.7, error: 0.05 }, { value: -64.2, error: 0.05 }, { value: 1247, error: 0.5 }])).toBeCloseTo(0.6, 12);
    // an empty cell enters as an exact zero
    expect(additiveError([{ value: 1.5, error: 0.05 }, { value: 0, error: 0 }, { value: 2.5, error: 0.05 }])).toBeCloseTo(0.1, 12);
  });
});

describe('ratioError', () => {
  it('propagates the rounding of numerator and denominator through 100 × a / b', () => {
    // 100 × (0.05 / 100 + 60 × 0.05 / 100²) = 0.05 + 0.03
    expect(ratioError({ value: 60, error: 0.05 }, { value: 100, error: 0.05 })).toBeCloseTo(0.08, 12);
    // 100 × (0.5 / 200 + 250 × 0.5 / 200²) = 0.25 + 0.3125
    expect(ratioError({ value: 250, error: 0.5 }, { value: 200, error: 0.5 })).toBeCloseTo(0.5625, 12);
    // 100 × (0.05 / 200 + 100 × 0.05 / 200²) = 0.025 + 0.0125
    expect(ratioError({ value: 100, error: 0.05 }, { value: 200, error: 0.05 })).toBeCloseTo(0.0375, 12);
  });

  it('uses magnitudes, so signs do not change it', () => {
    expect(ratioError({ value: -60, error: 0.05 }, { value: -100, error: 0.05 })).toBeCloseTo(0.08, 12);
    expect(ratioError({ value: -60, error: 0.05 }, { value: 100, error: 0.05 })).toBeCloseTo(0.08, 12);
  });

  it('is zero for exact operands and grows with the rounding of either', () => {
    expect(ratioError({ value: 5, error: 0 }, { value: 10, error: 0 })).toBe(0);
    expect(ratioError({ value: 5, error: 0.5 }, { value: 10, error: 0 })).toBe(5);
    expect(ratioError({ value: 5, error: 0 }, { value: 10, error: 0.5 })).toBe(2.5);
  });
});
