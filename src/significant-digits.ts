/**
 * The precision a unit conversion keeps. "2,000 miles" is 3218.688 km to the
 * millimetre, a precision the text never claimed; converted, a value keeps as
 * many significant digits as the number printed: 3219 km. Every printed digit
 * counts, trailing zeros included (the text does not say whether the zeros of
 * "2,000" are measured, and counting them drops no digit it may mean).
 */

/** Significant digits of a number as printed ("2,000" → 4, "0.25" → 2, "1.060,5" → 5): its digits, leading zeros left out; at least 1. */
export function significantDigits(printed: string): number {
  return Math.max(1, printed.replace(/\D/g, '').replace(/^0+/, '').length);
}

/** A value rounded to a number of significant digits (3218.688 to 4 → 3219, to 2 → 3200). */
export function roundToSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/** The words a transformation and a note use for the rounding. */
export function describeRounding(digits: number): string {
  return `rounded to ${digits} significant digit${digits === 1 ? '' : 's'}, as many as printed`;
}
