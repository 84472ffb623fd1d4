import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../../src/last-at-or-before.js';

describe('lastAtOrBefore', () => {
  const starts = [0, 10, 10, 25, 40];
  const find = (value: number) => lastAtOrBefore(starts.length, (index) => starts[index]!, value);

  it('finds the last key at or before the value, the last of equal keys', () => {
    expect(find(0)).toBe(0);
    expect(find(9)).toBe(0);
    expect(find(10)).toBe(2);
    expect(find(24)).toBe(2);
    expect(find(25)).toBe(3);
    expect(find(1000)).toBe(4);
  });

  it('gives 0 before the first key and for no keys at all', () => {
    expect(find(-5)).toBe(0);
    expect(lastAtOrBefore(0, () => 0, 7)).toBe(0);
  });
});
