export { normalizeTable, observationId, type NormalizeContext, type NormalizedCell, type NormalizedTable } from './normalize-table.js';
export { EntityResolver, foldName } from './entities.js';
export { parsePrintedNumber, scaleDecimal, type PrintedNumber } from './parse-number.js';
export { parseYearLabel, spanPeriods, findMonthYear, type Period } from './period.js';
export { findScale, namesCurrency, type Scale } from './scale.js';
export { loadMetadata } from './load-metadata.js';
