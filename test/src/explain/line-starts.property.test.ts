import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOf, lineStartsOf } from '../../../src/explain/line-starts.js';
import { quoteSpan } from '../../../src/explain/quote.js';

/** Texts dense in newlines (and \r\n, and multi-byte characters), as bytes. */
const texts = fc.array(fc.constantFrom('\n', '\r\n', 'a', 'é', '7', ' ', '⟦'), { maxLength: 200 }).map((parts) => Buffer.from(parts.join('')));

/** The 0-based line of a byte, counted the slow way: the newlines before it. */
function naiveLine(bytes: Buffer, offset: number): number {
  let line = 0;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

describe('line starts', () => {
  it('find the same line for every byte as counting newlines from byte 0', () => {
    fc.assert(fc.property(texts, (bytes) => {
      const starts = lineStartsOf(bytes);
      expect(starts.length).toBe(naiveLine(bytes, bytes.length) + 1);
      for (let offset = 0; offset <= bytes.length; offset += 1) expect(lineOf(starts, offset)).toBe(naiveLine(bytes, offset));
    }));
  });

  it('give quoteSpan the line a naive count gives, with or without the index passed in', () => {
    fc.assert(fc.property(texts, fc.nat(), fc.nat(8), (bytes, at, length) => {
      const byteStart = bytes.length === 0 ? 0 : at % (bytes.length + 1);
      const span = { line: 1, byteStart, byteEnd: byteStart + length, raw: '' };
      const quote = quoteSpan(bytes, 'raw/x.txt', span, lineStartsOf(bytes));
      expect(quote.lineInText).toBe(naiveLine(bytes, Math.min(byteStart, bytes.length)) + 1);
      expect(quoteSpan(bytes, 'raw/x.txt', span)).toEqual(quote);
    }));
  });
});
