import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index-lines.js';
import { numeralsWithin, scanNumerals } from '../../../pipeline/02-extract/scan-numerals.js';

describe('scanNumerals', () => {
  it('finds every run of digits with "." and "," inside, with line, 1-based column and byte span', () => {
    const bytes = Buffer.from('Exports rose 1,060.6 and 14.451 in 1995.\nCafé 2,4% (1980s)\n', 'utf8');
    const numerals = scanNumerals(indexLines(bytes));
    expect(numerals).toEqual([
      { text: '1,060.6', line: 1, column: 14, byteStart: 13, byteEnd: 20 },
      { text: '14.451', line: 1, column: 26, byteStart: 25, byteEnd: 31 },
      // The full stop after a year ends the sentence: it is not part of the numeral.
      { text: '1995', line: 1, column: 36, byteStart: 35, byteEnd: 39 },
      // "é" is two bytes: from here the byte offset runs one ahead of the column.
      { text: '2,4', line: 2, column: 6, byteStart: 47, byteEnd: 50 },
      { text: '1980', line: 2, column: 12, byteStart: 53, byteEnd: 57 },
    ]);
    for (const numeral of numerals) expect(bytes.subarray(numeral.byteStart, numeral.byteEnd).toString('utf8')).toBe(numeral.text);
  });

  it('reads a span\'s end year apart from the footnote marker printed against it ("1990-1999.2 Then"), not a later decimal', () => {
    const bytes = Buffer.from('Output grew in 1990-1999.2 Then it fell.\nA ratio of 1990.5 in 1980-1985.25x and 2001–1999.3 here\n', 'utf8');
    expect(scanNumerals(indexLines(bytes)).map(({ text, line, column, byteStart, byteEnd }) => [text, line, column, byteStart, byteEnd])).toEqual([
      ['1990', 1, 16, 15, 19],
      ['1999', 1, 21, 20, 24],
      ['2', 1, 26, 25, 26],
      // No span before it, a letter after it, or a year no later than the start: one numeral, as printed.
      ['1990.5', 2, 12, 52, 58],
      ['1980', 2, 22, 62, 66],
      ['1985.25', 2, 27, 67, 74],
      ['2001', 2, 40, 80, 84],
      // "–" is three bytes.
      ['1999.3', 2, 45, 87, 93],
    ]);
  });

  it('leaves out signs, trailing separators and letters', () => {
    const numerals = scanNumerals(indexLines(Buffer.from('-20 +5 1, 2. G-20 5G 21st 18:23:28 1989-90')));
    expect(numerals.map((numeral) => numeral.text)).toEqual(['20', '5', '1', '2', '20', '5', '21', '18', '23', '28', '1989', '90']);
  });

  it('counts line numbers across CRLF and blank lines', () => {
    const numerals = scanNumerals(indexLines(Buffer.from('a 1\r\n\r\n  17\r\n')));
    // a0 _1 1(2) \r3 \n4 \r5 \n6 _7 _8 1(9)7(10)
    expect(numerals).toEqual([
      { text: '1', line: 1, column: 3, byteStart: 2, byteEnd: 3 },
      { text: '17', line: 3, column: 3, byteStart: 9, byteEnd: 11 },
    ]);
  });

  it('finds nothing in a text without digits', () => {
    expect(scanNumerals(indexLines(Buffer.from('twelve and one-third\n')))).toEqual([]);
    expect(scanNumerals([])).toEqual([]);
  });
});

describe('scanNumerals and numeralsWithin (properties)', () => {
  const piece = fc.constantFrom('1', '20', '3.5', '1,060.6', '.', ',', ' ', 'é', '’', '𝔸', '日', 'x', '\n', '\r\n');
  const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

  it('gives every numeral the bytes it is printed in, however many multibyte characters share its line', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const bytes = Buffer.from(raw, 'utf8');
        const lines = indexLines(bytes);
        const numerals = scanNumerals(lines);
        for (const numeral of numerals) {
          expect(bytes.subarray(numeral.byteStart, numeral.byteEnd).toString('utf8')).toBe(numeral.text);
          const line = lines[numeral.line - 1]!;
          expect(Buffer.byteLength(line.text.slice(0, numeral.column - 1))).toBe(numeral.byteStart - line.start);
        }
        expect(numerals.map((numeral) => numeral.text)).toEqual(raw.match(/\d+(?:[.,]\d+)*/g) ?? []);
      }),
    );
  });

  it('numeralsWithin gives exactly the numerals wholly inside a byte range, in order', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (raw, from, width) => {
        const bytes = Buffer.from(raw, 'utf8');
        const numerals = scanNumerals(indexLines(bytes));
        const start = from % (bytes.length + 2);
        const end = start + (width % (bytes.length + 2));
        expect(numeralsWithin(numerals, start, end)).toEqual(numerals.filter((numeral) => numeral.byteStart >= start && numeral.byteEnd <= end));
      }),
      { numRuns: 500 },
    );
  });
});
