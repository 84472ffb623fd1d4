import type { NumberFormat } from '../01-ingest/index.js';
import { formatNumber } from '../06-package/to-csv.js';
import { PipelineError, type ErrorContext } from '../errors.js';

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
  // Nor does a number start with a zero before other digits: "044.7" is a misprint or an OCR slip, not 44.7.
  decimal_comma: { grouped: /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/, plain: /^(?:0|[1-9]\d*)(?:,\d+)?$/, group: '.', mark: ',' },
  decimal_point: { grouped: /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/, plain: /^(?:0|[1-9]\d*)(?:\.\d+)?$/, group: ',', mark: '.' },
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
  const decimal = `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
  return { decimal, decimals: fraction.length, value: Number(decimal) };
}

/**
 * Multiplies a decimal string by 10^exponent by moving its decimal mark, so that
 * "58,87" billions becomes exactly 58870000000 and not 58870000000.00001.
 */
export function scaleDecimal(decimal: string, exponent: number): number {
  return Number(scaleDecimalText(decimal, exponent));
}

/** The exact decimal of scaleDecimal, written plainly and canonically ("-0.05", "58870000000"): what the published value must read as. */
export function scaleDecimalText(decimal: string, exponent: number): string {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.') as [string, string?];
  // A negative exponent moves the mark left: pad the integer part so there are digits to move past.
  const integer = whole.padStart(-exponent + 1, '0');
  const digits = integer + fraction.padEnd(exponent, '0');
  const point = integer.length + exponent;
  const shifted = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0*$/, '');
  return negative && shifted !== '0' ? `-${shifted}` : shifted;
}

/**
 * Stops with NUMBER_INEXACT, at the printed number, when the value would not be
 * published as the number printed: a double keeps 15 to 17 significant digits,
 * so "12,345,678,901,234,567" would be written 12345678901234568. `exact` is the
 * printed number scaled (scaleDecimalText), or null when a unit conversion makes
 * the value inexact by design; then the value must be a finite one that
 * integers are exact in (up to 2^53).
 */
export function assertPublishedExactly(value: number, exact: string | null, where: ErrorContext): void {
  const written = formatNumber(value);
  const fits = Number.isFinite(value) && (exact === null ? Math.abs(value) <= Number.MAX_SAFE_INTEGER : written === exact);
  if (!fits) {
    throw new PipelineError('NUMBER_INEXACT', `the value read from this number would be published as ${written}${exact === null ? '' : `, not as ${exact}`}: a double keeps only 15 to 17 significant digits`, {
      ...where,
      expected: exact === null ? `a value from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}` : `at most 15 significant digits (check the scale word or the unit), so that the CSV holds ${exact}`,
    });
  }
}
