import type { Source } from '../types/index.js';

export type NumberFormat = Source['number_format'];

/** How each format writes numbers, in the words explain() prints. */
export const NUMBER_FORMAT_RULES: Record<NumberFormat, string> = {
  decimal_comma: '"." groups thousands and "," marks decimals: 14.451 is 14451, 2,4 is 2.4',
  decimal_point: '"," groups thousands and "." marks decimals: 1,060.6 is 1060.6',
};

const SEPARATORS: Record<NumberFormat, { group: string; mark: string }> = {
  decimal_comma: { group: '.', mark: ',' },
  decimal_point: { group: ',', mark: '.' },
};

/**
 * Reads a printed number by its source's convention, as the build did, so that
 * an auditor can redo the first step by hand; null when the token is not a
 * number in that format (a number in words, or a passage in the other format).
 */
export function readPrintedNumber(raw: string, format: NumberFormat): number | null {
  const { group, mark } = SEPARATORS[format];
  const [g, m] = [escape(group), escape(mark)];
  // A group of three digits never follows a lone zero: "0.451" is no European thousand.
  const grouped = new RegExp(`^[1-9]\\d{0,2}(?:${g}\\d{3})+(?:${m}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:${m}\\d+)?$`);
  const match = /^([+\-\u2212]?)(.+)$/.exec(raw);
  if (!match) return null;
  const body = match[2]!;
  if (!grouped.test(body) && !plain.test(body)) return null;
  const value = Number(body.split(group).join('').replace(mark, '.'));
  return match[1] === '-' || match[1] === '\u2212' ? -value : value;
}

function escape(character: string): string {
  return character === '.' ? '\\.' : character;
}
