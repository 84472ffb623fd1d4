import { lineOf, lineStartsOf } from './line-starts.js';

/** Marks the quoted span inside its line; brackets that no source text uses. */
export const MARK_OPEN = '⟦';
export const MARK_CLOSE = '⟧';

/** Where a figure stands in its raw text, checked against the bytes themselves. */
export interface Quote {
  /** The raw text's path inside the package (raw/<source_id>.txt). */
  path: string;
  /** The 1-based line the row records. */
  line: number;
  /** The 1-based line the bytes are on, counted in the text: equal to `line` unless the row is wrong. */
  lineInText: number;
  /** 1-based column of the span's first character on its line. */
  column: number;
  byteStart: number;
  /** Exclusive. */
  byteEnd: number;
  /** What the bytes byte_start..byte_end decode to. */
  span: string;
  /** The whole line holding the span. */
  text: string;
  /** The line with the span between ⟦ and ⟧. */
  marked: string;
  /** The bytes decode to the printed token the row records, on the line it records. */
  matches: boolean;
}

const NEWLINE = 0x0a;

/**
 * Quotes the line holding bytes [start, end) of a text, with the span marked.
 * `lineStarts` is the text's line index (lineStartsOf): pass the one kept with
 * the text when quoting it many times, so no call counts lines from byte 0.
 */
export function quoteSpan(bytes: Uint8Array, path: string, span: { line: number; byteStart: number; byteEnd: number; raw: string }, lineStarts: Uint32Array = lineStartsOf(bytes)): Quote {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = Math.min(Math.max(span.byteStart, 0), buffer.length);
  const end = Math.min(Math.max(span.byteEnd, start), buffer.length);
  const lineIndex = lineOf(lineStarts, start);
  const lineStart = lineStarts[lineIndex]!;
  const newline = buffer.indexOf(NEWLINE, end);
  const lineEnd = newline < 0 ? buffer.length : newline;
  const decode = (from: number, to: number) => buffer.toString('utf8', from, to).replace(/\r$/, '');
  const before = decode(lineStart, start);
  const text = decode(start, end);
  const after = decode(end, lineEnd);
  const lineInText = lineIndex + 1;
  return {
    path,
    line: span.line,
    lineInText,
    column: [...before].length + 1,
    byteStart: span.byteStart,
    byteEnd: span.byteEnd,
    span: text,
    text: before + text + after,
    marked: `${before}${MARK_OPEN}${text}${MARK_CLOSE}${after}`,
    matches: start === span.byteStart && end === span.byteEnd && text === span.raw && lineInText === span.line,
  };
}
