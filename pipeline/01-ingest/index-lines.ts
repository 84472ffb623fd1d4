/** One line of a raw text, with where its bytes sit in the file. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte (0-based). */
  start: number;
  /** Byte offset just past the line's last byte, line terminator excluded. */
  end: number;
  text: string;
}

import { PipelineError } from '../errors.js';

const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a file's bytes into lines, keeping byte offsets so that every later
 * stage can point back at the exact bytes a value came from. Bytes that are
 * not UTF-8 stop it with SOURCE_NOT_UTF8 at their line and column (of `file`).
 */
export function indexLines(bytes: Uint8Array, file?: string): Line[] {
  const lines: Line[] = [];
  // Each line break found by indexOf, not byte by byte in a loop the engine has not optimised yet. Text after the last break is a line too.
  for (let start = 0; start < bytes.length;) {
    const found = bytes.indexOf(LF, start);
    const offset = found < 0 ? bytes.length : found;
    const end = offset > start && bytes[offset - 1] === CR ? offset - 1 : offset;
    lines.push({ number: lines.length + 1, start, end, text: decodeLine(bytes, start, end, lines.length + 1, file) });
    start = offset + 1;
  }
  return lines;
}

function decodeLine(bytes: Uint8Array, start: number, end: number, number: number, file: string | undefined): string {
  try {
    return decoder.decode(bytes.subarray(start, end));
  } catch {
    const bad = firstInvalidUtf8(bytes, start, end);
    const column = decoder.decode(bytes.subarray(start, bad)).length + 1;
    const seen = [...bytes.subarray(bad, Math.min(end, bad + 4))].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    throw new PipelineError('SOURCE_NOT_UTF8', `byte ${bad} is not part of a UTF-8 character; raw texts are stored as UTF-8`, {
      ...(file === undefined ? {} : { file }),
      line: number,
      column,
      expected: 'UTF-8 text (re-save the text as UTF-8, then record its new sha256 and size in raw/sources.json)',
      seen: `bytes ${seen}`,
    });
  }
}

/** Offset of the first byte in [start, end) that begins no well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const lead = bytes[at]!;
    const [length, low, high] = lead < 0x80 ? [1, 0, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0 || at + length > end) return at;
    // The second byte has the narrowed range; the others are any continuation byte.
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[at + next]!;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return end;
}

/** Byte offset of the character at `charIndex` of a line's text. */
export function byteOffsetAt(line: Line, charIndex: number): number {
  return line.start + Buffer.byteLength(line.text.slice(0, charIndex), 'utf8');
}
