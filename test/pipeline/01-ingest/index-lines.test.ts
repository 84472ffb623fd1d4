import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteOffsetAt, firstInvalidUtf8, indexLines, type Line } from '../../../pipeline/01-ingest/index-lines.js';
import { pipelineErrorOf } from '../../helpers/pipeline-error-of.js';

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

  it('rejects bytes that are not UTF-8 with SOURCE_NOT_UTF8, the file, line and column', () => {
    const error = pipelineErrorOf(() => indexLines(new Uint8Array([0x61, 0x0a, 0xc3, 0xb3, 0x62, 0xff, 0x0a]), 'raw/broken.txt'));
    // Line 2 is "ó" "b" then 0xff: the bad byte is its third character.
    expect(error.code).toBe('SOURCE_NOT_UTF8');
    expect(error.context).toMatchObject({ file: 'raw/broken.txt', line: 2, column: 3, seen: 'bytes ff' });
    expect(error.message).toContain('raw/broken.txt:2:3');
  });

  it('names the first byte of a sequence cut short, an overlong form or a surrogate', () => {
    expect(pipelineErrorOf(() => indexLines(Buffer.from([0x61, 0x62, 0xe2, 0x80, 0x20]))).context).toMatchObject({ line: 1, column: 3, seen: 'bytes e2 80 20' });
    expect(pipelineErrorOf(() => indexLines(Buffer.from([0xc0, 0xaf]))).context).toMatchObject({ line: 1, column: 1 });
    expect(pipelineErrorOf(() => indexLines(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).context).toMatchObject({ line: 1, column: 2 });
    expect(pipelineErrorOf(() => indexLines(Buffer.from([0x0a, 0x0a, 0xf0, 0x9f, 0x98]))).context).toMatchObject({ line: 3, column: 1 });
  });

  it('finds invalid UTF-8 exactly where a strict decoder does (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    // Mostly valid text with stray bytes mixed in, so that both outcomes are common.
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }).map((text) => Buffer.from(text, 'utf8')), fc.uint8Array({ minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const bytes = Buffer.concat(pieces);
        const bad = firstInvalidUtf8(bytes, 0, bytes.length);
        expect(bad === bytes.length).toBe(decodes(bytes));
        expect(decodes(bytes.subarray(0, bad))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every line a byte span that decodes to its text, whatever the text (property)', () => {
    const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r', '„', '’')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const bytes = Buffer.from(value, 'utf8');
        const lines = indexLines(bytes);
        expectSpansMatch(bytes, lines);
        // Without CRs (whose place at a line's end decides whether they are text), the lines are the text cut at each LF.
        if (!value.includes('\r')) expect(lines.map((line) => line.text).join('\n')).toBe(value.replace(/\n$/, ''));
        lines.forEach((line) => expect(byteOffsetAt(line, line.text.length)).toBe(line.end));
      }),
    );
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
