/**
 * CSV injection: a spreadsheet reads a cell that begins with "=", "+", "-" or
 * "@" as a formula (and tab or carriage return hide such a start), so a label
 * printed in a source as `=HYPERLINK(…)` would run when an analyst opens the
 * CSV. No text cell of the package may begin so, except a signed number in a
 * column whose Table Schema `pattern` declares numbers there ("-621.5" in
 * observations.raw): a spreadsheet reads that as the number it is.
 */
const SIGNED_NUMBER = /^[+-][0-9]+(?:[.,][0-9]+)*$/;

/** "=", "+", "-", "@", tab and carriage return, by UTF-16 unit. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/**
 * Whether a text cell of a field would be read by a spreadsheet as a formula.
 * The first unit is looked up rather than matched by a regular expression: every text cell of a package is asked, twice in a build.
 */
export function isFormulaCell(text: string, field: { constraints?: { pattern?: string } }): boolean {
  return FORMULA_START.has(text.charCodeAt(0)) && !(field.constraints?.pattern !== undefined && SIGNED_NUMBER.test(text));
}
