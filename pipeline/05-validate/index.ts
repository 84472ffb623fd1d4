export { runChecks, type CheckResult } from './run-checks.js';
export { validateRows, validateForeignKeys } from './validate-rows.js';
export { validateProvenance } from './validate-provenance.js';
export { halfUnit, additiveError, ratioError, type Operand } from './tolerance.js';
export { classifyNumerals, type Classification, type SourceClaims } from './classify-numerals.js';
export { acknowledgeChecks, type CheckedText } from './acknowledge-checks.js';
export { ACKNOWLEDGEMENTS_FILE, loadAcknowledgements, type AcknowledgementRecord } from './load-acknowledgements.js';
export { assertNoFormulaCells, findFormulaCells, type FormulaCell } from './assert-no-formula-cells.js';
export { locateText, readTextInputs, type TextInput, type TextOrigin } from './locate-text.js';
