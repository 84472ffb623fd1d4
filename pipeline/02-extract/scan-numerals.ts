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
/** A year with one or two digits after a full stop ("2004.1"). */
const YEAR_AND_MARKER = /^((?:1[5-9]|20)\d\d)\.\d{1,2}$/;
/** A year and a dash, right before a numeral: the start of a span of years ("1995-", "1995 – "). */
const SPAN_START_BEFORE = /\b((?:1[5-9]|20)\d\d) ?[-–] ?$/;

/**
 * Where a numeral is the end year of a span with a footnote marker printed
 * against it after the full stop ("2001-2006.4 Such"), the length of the year:
 * a later year after a dash, then a marker and a space or the line's end, is
 * never one decimal number.
 */
function spanEndWithMarker(lineText: string, index: number, text: string): number | null {
  const year = YEAR_AND_MARKER.exec(text);
  const start = year && SPAN_START_BEFORE.exec(lineText.slice(Math.max(0, index - 8), index));
  if (!year || !start || Number(year[1]) <= Number(start[1]) || !/^(?:\s|$)/.test(lineText.slice(index + text.length))) return null;
  return year[1]!.length;
}

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
      const yearLength = spanEndWithMarker(line.text, match.index, match[0]);
      if (yearLength === null) numerals.push({ text: match[0], line: line.number, column: match.index + 1, byteStart, byteEnd });
      else {
        numerals.push({ text: match[0].slice(0, yearLength), line: line.number, column: match.index + 1, byteStart, byteEnd: byteStart + yearLength });
        numerals.push({ text: match[0].slice(yearLength + 1), line: line.number, column: match.index + yearLength + 2, byteStart: byteStart + yearLength + 1, byteEnd });
      }
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
