import { byteOffsetAt, type Line } from '../01-ingest/index.js';

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
    for (const match of line.text.matchAll(NUMERAL)) {
      numerals.push({
        text: match[0],
        line: line.number,
        column: match.index + 1,
        byteStart: byteOffsetAt(line, match.index),
        byteEnd: byteOffsetAt(line, match.index + match[0].length),
      });
    }
  }
  return numerals;
}
