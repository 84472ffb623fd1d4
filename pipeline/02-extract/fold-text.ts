import type { Line } from '../01-ingest/index.js';

/**
 * A text with its layout folded away — runs of white space (line breaks
 * included) as one space, words hyphenated across a line break joined — and,
 * for every UTF-16 unit kept, the bytes it came from. Quotes are matched
 * against this, so annotators write sentences as they read them.
 */
export interface FoldedText {
  text: string;
  /** byteAt[i]: byte offset in the raw file where folded unit i's character starts. */
  byteAt: number[];
  /** byteEndAt[i]: byte offset just past that character. */
  byteEndAt: number[];
}

const HYPHEN_AT_END = /\p{L}-\s*$/u;
const LOWERCASE_START = /^\s*\p{Ll}/u;

export function foldText(lines: readonly Line[]): FoldedText {
  const folded: FoldedText = { text: '', byteAt: [], byteEndAt: [] };
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
    // PDF dumps may put a blank line after every line of text: the word goes on at the next line with text.
    const next = lines.slice(index + 1).find((candidate) => candidate.text.trim() !== '');
    const hyphenBreak = next !== undefined && HYPHEN_AT_END.test(line.text) && LOWERCASE_START.test(next.text);
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
    // A word broken by a hyphen goes on at the next line with text, without a space; any other line break is a space.
    joining = hyphenBreak || (joining && line.text.trim() === '');
    if (!joining && folded.text.length && pendingSpace === null) pendingSpace = { start: line.end, end: line.end + 1 };
  });
  return folded;
}

/** Folds a quote the way the text is folded: one space for any white space. */
export function foldQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

/** Every folded index where the quote starts. */
export function findAll(folded: FoldedText, quote: string): number[] {
  const needle = foldQuote(quote);
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The folded index of the character that starts at a byte offset (binary search: byteAt ascends). */
export function foldedIndexOf(folded: FoldedText, byte: number): number {
  let low = 0;
  let high = folded.byteAt.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folded.byteAt[middle]! < byte) low = middle + 1;
    else high = middle;
  }
  return low;
}
