import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index-lines.js';
import {
  hasPercentSign,
  isCell,
  isEmptyCell,
  isNumberCell,
  isPeriodLabel,
  numberPart,
  tokenizeLines,
  type Token,
} from '../../../pipeline/02-extract/tokenize.js';

/** A token with only its text set: classification looks at nothing else. */
function token(text: string): Token {
  return { text, line: 1, column: 1, byteStart: 0, byteEnd: Buffer.byteLength(text) };
}

describe('tokenizeLines', () => {
  it('splits lines on whitespace with line, 1-based column and byte span', () => {
    const bytes = Buffer.from('Table 8\n\n  Michoacán 1,743.2 1.4\r\nOtros 1,225.7', 'utf8');
    const tokens = tokenizeLines(indexLines(bytes));
    expect(tokens.map((t) => [t.text, t.line, t.column, t.byteStart, t.byteEnd])).toEqual([
      ['Table', 1, 1, 0, 5],
      ['8', 1, 7, 6, 7],
      ['Michoacán', 3, 3, 11, 21],
      // "á" is two bytes: the byte offset runs one ahead of the character column from here.
      ['1,743.2', 3, 13, 22, 29],
      ['1.4', 3, 21, 30, 33],
      ['Otros', 4, 1, 35, 40],
      ['1,225.7', 4, 7, 41, 48],
    ]);
    for (const t of tokens) expect(bytes.subarray(t.byteStart, t.byteEnd).toString('utf8')).toBe(t.text);
  });

  it('gives no token for empty and blank lines', () => {
    expect(tokenizeLines(indexLines(Buffer.from('\n   \n\t\n')))).toEqual([]);
  });
});

describe('token classification', () => {
  it('isNumberCell: printed numbers, signed and with a percent sign', () => {
    for (const text of ['+1,240.6%', '14.451', '-20', '2,4', '0,08', '1077.6', '2,994.0', '100.0%', '\u22125', '229', '1995']) {
      expect(isNumberCell(token(text)), text).toBe(true);
    }
    for (const text of ['-', '%', 'Total', '1989-90', '+', '1,', '.5', '12%%', '(5)', 'US-$']) {
      expect(isNumberCell(token(text)), text).toBe(false);
    }
    expect(isNumberCell(undefined)).toBe(false);
  });

  it('isEmptyCell: a dash alone', () => {
    for (const text of ['-', '\u2013', '\u2014']) expect(isEmptyCell(token(text)), text).toBe(true);
    for (const text of ['--', '-20', '0', 'n.a.', '']) expect(isEmptyCell(token(text)), text).toBe(false);
    expect(isEmptyCell(undefined)).toBe(false);
  });

  it('isCell: a number or an empty cell', () => {
    expect(isCell(token('-'))).toBe(true);
    expect(isCell(token('44.7'))).toBe(true);
    expect(isCell(token('Korea'))).toBe(false);
    expect(isCell(undefined)).toBe(false);
  });

  it('isPeriodLabel: years and year ranges as printed in headers', () => {
    for (const text of ['1995', '1989-90', '1994-2004*', '1989-1993', '2004', '1870', '2003*']) {
      expect(isPeriodLabel(token(text)), text).toBe(true);
    }
    for (const text of ['229', '3,070', '1700', '2100', '19955', '1989-9', '1989/90', '1,995', 'Total']) {
      expect(isPeriodLabel(token(text)), text).toBe(false);
    }
    expect(isPeriodLabel(undefined)).toBe(false);
  });

  it('hasPercentSign and numberPart: the number without its % sign, its span one byte shorter', () => {
    const growth: Token = { text: '+44.3%', line: 12, column: 1, byteStart: 153, byteEnd: 159 };
    expect(hasPercentSign(growth)).toBe(true);
    expect(numberPart(growth)).toEqual({ text: '+44.3', byteStart: 153, byteEnd: 158 });
    const value: Token = { text: '4,430', line: 11, column: 1, byteStart: 147, byteEnd: 152 };
    expect(hasPercentSign(value)).toBe(false);
    expect(numberPart(value)).toMatchObject({ text: '4,430', byteStart: 147, byteEnd: 152 });
  });
});
