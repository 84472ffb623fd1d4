import type { NumberFormat } from '../01-ingest/index.js';

/** A printed number read by its source's convention, kept exact as a decimal string. */
export interface PrintedNumber {
  /** Plain decimal notation, sign first: "-14451", "2.4". */
  decimal: string;
  /** Digits after the decimal mark as printed (the printed precision). */
  decimals: number;
  value: number;
}

const PATTERNS: Record<NumberFormat, { grouped: RegExp; plain: RegExp; group: string; mark: string }> = {
  // 14.451 is fourteen thousand; 2,4 is two point four.
  // A thousands group never follows a lone zero: "0.451" is no European number.
  decimal_comma: { grouped: /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/, plain: /^\d+(?:,\d+)?$/, group: '.', mark: ',' },
  decimal_point: { grouped: /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/, plain: /^\d+(?:\.\d+)?$/, group: ',', mark: '.' },
};

/** Reads a printed number by the given convention; null when it does not fit it. */
export function parsePrintedNumber(raw: string, format: NumberFormat): PrintedNumber | null {
  const match = /^([+\-\u2212]?)(.+)$/.exec(raw);
  if (!match) return null;
  const negative = match[1] === '-' || match[1] === '\u2212';
  const body = match[2]!;
  const pattern = PATTERNS[format];
  if (!pattern.grouped.test(body) && !pattern.plain.test(body)) return null;
  const [integer, fraction = ''] = body.split(pattern.group).join('').split(pattern.mark) as [string, string?];
  const decimal = `${negative ? '-' : ''}${integer.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`;
  return { decimal, decimals: fraction.length, value: Number(decimal) };
}

/**
 * Multiplies a decimal string by 10^exponent by moving its decimal mark, so that
 * "58,87" billions becomes exactly 58870000000 and not 58870000000.00001.
 */
export function scaleDecimal(decimal: string, exponent: number): number {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.') as [string, string?];
  // A negative exponent moves the mark left: pad the integer part so there are digits to move past.
  const integer = whole.padStart(-exponent + 1, '0');
  const digits = integer + fraction.padEnd(exponent, '0');
  const point = integer.length + exponent;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(`${negative ? '-' : ''}${shifted}`);
}
