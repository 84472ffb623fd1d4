export { loadRecipes } from './load-recipes.js';
export { extractTables } from './extract.js';
export { readTable, type ExtractedCell, type ExtractedTable, type ReadLabel } from './read-table.js';
export { locateRegion, readSourceNote, joinWrappedLines, type TableRegion } from './locate.js';
export { tokenizeLines, type Token } from './tokenize.js';
export { numeralsWithin, scanNumerals, type Numeral } from './scan-numerals.js';
export { byteAt, byteEndAt, foldText, foldQuote, findAll, foldedIndexOf, type FoldedText } from './fold-text.js';
export { anchorAnnotations, lineAt, type AnchoredAnnotations, type AnchoredQuote, type ProseCell, type ProseEventCell, type IgnoreMark, type Span } from './anchor-annotations.js';
export { loadAnnotations } from './load-annotations.js';
