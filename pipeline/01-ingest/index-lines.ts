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

const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a file's bytes into lines, keeping byte offsets so that every later
 * stage can point back at the exact bytes a value came from.
 */
export function indexLines(bytes: Uint8Array): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let offset = 0; offset <= bytes.length; offset += 1) {
    if (offset < bytes.length && bytes[offset] !== LF) continue;
    const end = offset > start && bytes[offset - 1] === CR ? offset - 1 : offset;
    if (offset < bytes.length || start < bytes.length) {
      lines.push({ number: lines.length + 1, start, end, text: decoder.decode(bytes.subarray(start, end)) });
    }
    start = offset + 1;
  }
  return lines;
}

/** Byte offset of the character at `charIndex` of a line's text. */
export function byteOffsetAt(line: Line, charIndex: number): number {
  return line.start + Buffer.byteLength(line.text.slice(0, charIndex), 'utf8');
}
