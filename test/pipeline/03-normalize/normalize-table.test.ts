import { describe, expect, it } from 'vitest';
import { observationId } from '../../../pipeline/03-normalize/normalize-table.js';

describe('observationId', () => {
  it('joins the source id and the zero-padded byte offset', () => {
    expect(observationId('x', 42)).toBe('x@0000042');
    expect(observationId('pacific-asia-2001', 0)).toBe('pacific-asia-2001@0000000');
    expect(observationId('leiken-2001', 1234567)).toBe('leiken-2001@1234567');
  });

  it('gives ids that sort in code-point order as their offsets do', () => {
    const ids = [observationId('s', 100), observationId('s', 9), observationId('s', 1000)];
    expect([...ids].sort()).toEqual(['s@0000009', 's@0000100', 's@0001000']);
  });
});
