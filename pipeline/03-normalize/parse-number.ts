import type { NumberFormat } from '../01-ingest/index.js';
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
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.') as [string, string?];
  // A negative exponent moves the mark left: pad the integer part so there are digits to move past.
  const integer = whole.padStart(-exponent + 1, '0');
  const digits = integer + fraction.padEnd(exponent, '0');
  const point = integer.length + exponent;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(`${negative ? '-' : ''}${shifted}`);
}

/**
 * Why a value cannot be published as the CSV contract promises, a plain
 * decimal that reads back as the same number, or null when it can:
 * JavaScript writes 1e21 and above (and below 1e-6) with an exponent, and an
 * integer beyond 2^53 has already lost digits.
 */
function unwritableReason(value: number): string | null {
  if (!Number.isFinite(value)) return 'it is not a finite number';
  if (/e/i.test(String(value))) return `it is written ${value} with an exponent, and the CSVs promise plain decimal numbers`;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return `it is beyond 2^53, where a double keeps no exact integer (${value} may not be the number printed)`;
  return null;
}

/** Stops with NUMBER_OUT_OF_RANGE, at the printed number, when a value cannot be published as a plain decimal. */
export function assertWritable(value: number, where: ErrorContext): void {
  const reason = unwritableReason(value);
  if (reason) {
    throw new PipelineError('NUMBER_OUT_OF_RANGE', `the value read from this number cannot be published: ${reason}`, {
      ...where,
      expected: `a value from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}, and not smaller in magnitude than 0.000001 (check the scale word or the unit)`,
    });
  }
}
