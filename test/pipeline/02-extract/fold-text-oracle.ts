import type { Line } from '../../../pipeline/01-ingest/index.js';

/**
 * foldText as it was first written, a JS number per UTF-16 unit and a
 * look-ahead that copies the remaining lines: too slow and heavy for long
 * texts, but simple enough to be the oracle the compact one is checked against.
 */
export function foldTextOracle(lines: readonly Line[]): { text: string; byteAt: number[]; byteEndAt: number[] } {
  const folded = { text: '', byteAt: [] as number[], byteEndAt: [] as number[] };
  let pendingSpace: { start: number; end: number } | null = null;
  let joining = false;
  const emit = (char: string, start: number, end: number) => {
    folded.text += char;
    for (let unit = 0; unit < char.length; unit += 1) {
      folded.byteAt.push(start);
      folded.byteEndAt.push(end);
    }
  };
  lines.forEach((line, index) => {
    const next = lines.slice(index + 1).find((candidate) => candidate.text.trim() !== '');
    const hyphenBreak = next !== undefined && /\p{L}-\s*$/u.test(line.text) && /^\s*\p{Ll}/u.test(next.text);
    const kept = hyphenBreak ? line.text.replace(/-\s*$/, '') : line.text;
    let offset = line.start;
    for (const char of kept) {
      const width = Buffer.byteLength(char, 'utf8');
      if (/\s/.test(char)) {
        if (!joining && folded.text.length && pendingSpace === null) pendingSpace = { start: offset, end: offset + width };
      } else {
        if (pendingSpace !== null) emit(' ', pendingSpace.start, pendingSpace.end);
        pendingSpace = null;
        joining = false;
        emit(char, offset, offset + width);
      }
      offset += width;
    }
    joining = hyphenBreak || (joining && line.text.trim() === '');
    if (!joining && folded.text.length && pendingSpace === null) pendingSpace = { start: line.end, end: line.end + 1 };
  });
  return folded;
}

/** The smallest folded index whose character starts at or after a byte, the last index when none does (foldedIndexOf as first written). */
export function foldedIndexOfOracle(byteAt: readonly number[], byte: number): number {
  let low = 0;
  let high = byteAt.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byteAt[middle]! < byte) low = middle + 1;
    else high = middle;
  }
  return low;
}
