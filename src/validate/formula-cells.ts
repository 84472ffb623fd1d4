/**
 * CSV injection: a spreadsheet reads a cell that begins with "=", "+", "-" or
 * "@" as a formula (and tab or carriage return hide such a start), so a label
 * printed in a source as `=HYPERLINK(…)` would run when an analyst opens the
 * CSV. No text cell of the package may begin so, except a signed number in a
 * column whose Table Schema `pattern` declares numbers there ("-621.5" in
 * observations.raw): a spreadsheet reads that as the number it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-][0-9]+(?:[.,][0-9]+)*$/;

/** Whether a text cell of a field would be read by a spreadsheet as a formula. */
export function isFormulaCell(text: string, field: { constraints?: { pattern?: string } }): boolean {
  return FORMULA_START.test(text) && !(field.constraints?.pattern !== undefined && SIGNED_NUMBER.test(text));
}
