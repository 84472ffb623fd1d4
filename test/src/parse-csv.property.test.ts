import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/parse-csv.js';

const SYNTAX = { delimiter: ',', quote: '"', escape: '"' };

/** What csv-parse makes of a text: its records, or the code of its error. */
function csvParse(text: string, syntax = SYNTAX): unknown {
  try {
    return parse(text, { ...syntax, bom: true });
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

function parsed(text: string, syntax = SYNTAX): unknown {
  try {
    return parseCsv(text, syntax);
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

/** Texts dense in what CSV syntax is made of, well-formed or not. */
const texts = fc.array(fc.constantFrom(',', '"', '""', '\n', '\r', '\r\n', 'a', 'é', ' ', '\uFEFF', ';'), { maxLength: 60 }).map((parts) => parts.join(''));

/** Tables as the package writes them (cells with delimiters, quotes, line ends), so that the fast path is taken. */
const tables = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'é', ' ', '-') }), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

describe('parseCsv', () => {
  it('reads any text as csv-parse does, or fails with its error', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(parsed(text)).toEqual(csvParse(text));
    }), { numRuns: 1000 });
  });

  it('reads back what csv-stringify writes, as csv-parse does', () => {
    fc.assert(fc.property(tables, fc.boolean(), (records, finalNewline) => {
      const text = stringify(records, { record_delimiter: 'unix', quoted_match: '\r' });
      const input = finalNewline ? text : text.replace(/\n$/, '');
      expect(parsed(input)).toEqual(csvParse(input));
    }), { numRuns: 1000 });
  });

  it('reads another dialect (a semicolon, a single quote) as csv-parse does', () => {
    const syntax = { delimiter: ';', quote: "'", escape: "'" };
    for (const text of ["a;'b;c'\n'd''e';f\n", "a;b\nc\n", "'a'x;b\n", "a;b\r\nc;d\r\n"]) expect(parsed(text, syntax)).toEqual(csvParse(text, syntax));
  });
});
