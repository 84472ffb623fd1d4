/** Half a unit of the last printed digit: how far a printed number may be from the figure it rounds. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** An operand of a relation: its printed value and the rounding error it may carry. */
export interface Operand {
  value: number;
  error: number;
}

/** sum and difference: rounding errors add up. */
export function additiveError(operands: readonly Operand[]): number {
  return operands.reduce((total, operand) => total + operand.error, 0);
}

/** 100 × a / b: first-order propagation of the rounding of a and b. */
export function ratioError(numerator: Operand, denominator: Operand): number {
  const b = Math.abs(denominator.value);
  return 100 * (numerator.error / b + (Math.abs(numerator.value) * denominator.error) / (b * b));
}
