export { loadRecipes } from './load-recipes.js';
export { extractTables } from './extract.js';
export { readTable, type ExtractedCell, type ExtractedTable, type ReadLabel } from './read-table.js';
export { locateRegion, readSourceNote, joinWrappedLines, type TableRegion } from './locate.js';
export { tokenizeLines, type Token } from './tokenize.js';
