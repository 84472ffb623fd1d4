import { byteOffsetAt, type Line } from '../01-ingest/index.js';

/** A whitespace-separated piece of text with where its bytes are. */
export interface Token {
  text: string;
  line: number;
  /** 1-based column of the first character. */
  column: number;
  byteStart: number;
  byteEnd: number;
}

export function tokenizeLines(lines: readonly Line[]): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(/\S+/g)) {
      const charStart = match.index;
      tokens.push({
        text: match[0],
        line: line.number,
        column: charStart + 1,
        byteStart: byteOffsetAt(line, charStart),
        byteEnd: byteOffsetAt(line, charStart + match[0].length),
      });
    }
  }
  return tokens;
}

/** A printed number, possibly signed and followed by a percent sign: "+1,240.6%", "14.451", "-20". */
const NUMBER_CELL = /^[+\-\u2212]?\d+(?:[.,]\d+)*%?$/;
/** A dash standing for an empty cell. */
const EMPTY_CELL = /^[-\u2013\u2014]$/;
/** A year or year range as printed in a header: "1995", "1989-90", "1994-2004*". */
const PERIOD_LABEL = /^(?:1[89]\d\d|20\d\d)(?:-(?:\d\d|\d{4}))?\*?$/;

export function isNumberCell(token: Token | undefined): boolean {
  return token !== undefined && NUMBER_CELL.test(token.text);
}

export function isEmptyCell(token: Token | undefined): boolean {
  return token !== undefined && EMPTY_CELL.test(token.text);
}

export function isCell(token: Token | undefined): boolean {
  return isNumberCell(token) || isEmptyCell(token);
}

export function isPeriodLabel(token: Token | undefined): boolean {
  return token !== undefined && PERIOD_LABEL.test(token.text);
}

export function hasPercentSign(token: Token): boolean {
  return token.text.endsWith('%');
}

/** The number as printed, without a trailing percent sign, and its byte span. */
export function numberPart(token: Token): Pick<Token, 'text' | 'byteStart' | 'byteEnd'> {
  if (!hasPercentSign(token)) return token;
  return { text: token.text.slice(0, -1), byteStart: token.byteStart, byteEnd: token.byteEnd - 1 };
}
