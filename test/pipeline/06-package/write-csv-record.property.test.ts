import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { writeCsvRecord } from '../../../pipeline/06-package/to-csv.js';

/** Cells dense in what a CSV writer must quote or double, and what it must leave alone. */
const cell = fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ' ', ';', '\t', "'", 'a', 'é', '😀', '=') });

describe('writeCsvRecord', () => {
  it('writes the bytes csv-stringify writes with the package dialect', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (records) => {
      expect(records.map(writeCsvRecord).join('')).toBe(stringify(records, { record_delimiter: 'unix', quote: '"', delimiter: ',', quoted_match: '\r' }));
    }), { numRuns: 1000 });
  });
});
