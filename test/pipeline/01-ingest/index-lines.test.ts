import { describe, expect, it } from 'vitest';
import { byteOffsetAt, indexLines, type Line } from '../../../pipeline/01-ingest/index-lines.js';

/** Every line's byte span must decode to exactly its text. */
function expectSpansMatch(bytes: Buffer, lines: Line[]): void {
  for (const line of lines) expect(bytes.subarray(line.start, line.end).toString('utf8')).toBe(line.text);
}

describe('indexLines', () => {
  it('splits an LF file into numbered lines with byte offsets', () => {
    const bytes = Buffer.from('Table 1\nKorea 12\n', 'utf8');
    const lines = indexLines(bytes);
    expect(lines).toEqual([
      { number: 1, start: 0, end: 7, text: 'Table 1' },
      { number: 2, start: 8, end: 16, text: 'Korea 12' },
    ]);
    expectSpansMatch(bytes, lines);
  });

  it('leaves the CR of a CRLF out of the text and the span', () => {
    const bytes = Buffer.from('Table 1\r\nKorea 12\r\n', 'utf8');
    const lines = indexLines(bytes);
    expect(lines).toEqual([
      { number: 1, start: 0, end: 7, text: 'Table 1' },
      { number: 2, start: 9, end: 17, text: 'Korea 12' },
    ]);
    expectSpansMatch(bytes, lines);
  });

  it('counts bytes, not characters, for multibyte UTF-8', () => {
    // "ó" is 2 bytes, "„" (U+201E) and "“" (U+201C) are 3 bytes each.
    const bytes = Buffer.from('Región 7\n„Three Chinas“ 3,4\nend', 'utf8');
    const lines = indexLines(bytes);
    expect(lines).toEqual([
      { number: 1, start: 0, end: 9, text: 'Región 7' },
      { number: 2, start: 10, end: 32, text: '„Three Chinas“ 3,4' },
      { number: 3, start: 33, end: 36, text: 'end' },
    ]);
    expectSpansMatch(bytes, lines);
  });

  it('keeps a last line that has no newline', () => {
    const bytes = Buffer.from('a\nlast', 'utf8');
    expect(indexLines(bytes)).toEqual([
      { number: 1, start: 0, end: 1, text: 'a' },
      { number: 2, start: 2, end: 6, text: 'last' },
    ]);
  });

  it('keeps empty lines, in LF and CRLF files, but adds none after a final newline', () => {
    const lf = Buffer.from('a\n\n\nb\n', 'utf8');
    expect(indexLines(lf)).toEqual([
      { number: 1, start: 0, end: 1, text: 'a' },
      { number: 2, start: 2, end: 2, text: '' },
      { number: 3, start: 3, end: 3, text: '' },
      { number: 4, start: 4, end: 5, text: 'b' },
    ]);
    const crlf = Buffer.from('a\r\n\r\nb', 'utf8');
    expect(indexLines(crlf)).toEqual([
      { number: 1, start: 0, end: 1, text: 'a' },
      { number: 2, start: 3, end: 3, text: '' },
      { number: 3, start: 5, end: 6, text: 'b' },
    ]);
  });

  it('gives no line for an empty file and one empty line for a lone newline', () => {
    expect(indexLines(new Uint8Array(0))).toEqual([]);
    expect(indexLines(Buffer.from('\n'))).toEqual([{ number: 1, start: 0, end: 0, text: '' }]);
  });

  it('keeps a CR that does not end a line in the text', () => {
    const bytes = Buffer.from('a\rb\n', 'utf8');
    expect(indexLines(bytes)).toEqual([{ number: 1, start: 0, end: 3, text: 'a\rb' }]);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(() => indexLines(new Uint8Array([0x61, 0xff, 0x0a]))).toThrow(TypeError);
  });
});

describe('byteOffsetAt', () => {
  it('converts a character index into a byte offset in the file', () => {
    const bytes = Buffer.from('x\nRegión 1.743,2\n', 'utf8');
    const line = indexLines(bytes)[1]!;
    expect(line.start).toBe(2);
    expect(byteOffsetAt(line, 0)).toBe(2);
    expect(byteOffsetAt(line, 4)).toBe(6); // before "ó"
    expect(byteOffsetAt(line, 5)).toBe(8); // after "ó" (2 bytes)
    expect(byteOffsetAt(line, 7)).toBe(10); // the number
    expect(bytes.subarray(byteOffsetAt(line, 7), line.end).toString('utf8')).toBe('1.743,2');
  });

  it('counts 3-byte characters and gives the line end at the text length', () => {
    const bytes = Buffer.from('„Three Chinas“', 'utf8');
    const line = indexLines(bytes)[0]!;
    expect(byteOffsetAt(line, 1)).toBe(3);
    expect(byteOffsetAt(line, 13)).toBe(15);
    expect(byteOffsetAt(line, line.text.length)).toBe(18);
    expect(byteOffsetAt(line, line.text.length)).toBe(line.end);
  });
});
