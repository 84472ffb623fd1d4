import type { Line } from '../01-ingest/index.js';

/** A run of digits as printed, with "." and "," inside it ("1,060.6", "14.451", "1995"). */
export interface Numeral {
  text: string;
  line: number;
  /** 1-based column of the first digit. */
  column: number;
  byteStart: number;
  byteEnd: number;
}

const NUMERAL = /\d+(?:[.,]\d+)*/g;

/** Every numeral of a text, in order: what the coverage stage must account for. */
export function scanNumerals(lines: readonly Line[]): Numeral[] {
  const numerals: Numeral[] = [];
  for (const line of lines) {
    // Bytes are counted on from the previous numeral, not from the line's start: a long line costs its length once.
    let counted = 0;
    let byte = line.start;
    for (const match of line.text.matchAll(NUMERAL)) {
      const byteStart = byte + Buffer.byteLength(line.text.slice(counted, match.index), 'utf8');
      // Digits, "." and ",": one byte each.
      const byteEnd = byteStart + match[0].length;
      numerals.push({ text: match[0], line: line.number, column: match.index + 1, byteStart, byteEnd });
      counted = match.index + match[0].length;
      byte = byteEnd;
    }
  }
  return numerals;
}

/** The numerals printed wholly within [byteStart, byteEnd): numerals in text order do not overlap, so they are a run found by halving. */
export function numeralsWithin(numerals: readonly Numeral[], byteStart: number, byteEnd: number): Numeral[] {
  let low = 0;
  let high = numerals.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (numerals[middle]!.byteStart < byteStart) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < numerals.length && numerals[end]!.byteEnd <= byteEnd) end += 1;
  return numerals.slice(low, end);
}
