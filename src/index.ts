/**
 * mexico-foreign-relations: the data package as a library. Everything here
 * reads the CSVs and raw texts installed with the package; nothing goes to the
 * network.
 */
export { load, loadResource, loadAnyResource, loadSources, loadEntities, loadIndicators, loadObservations, loadChecks, loadEvents } from './load.js';
export type { Dataset, CoreTable, LoadOptions, RowOf, TableRows } from './load.js';
export { table, anyTable } from './table.js';
export { columnTable } from './typed-table.js';
export type { TypedTable, TableParams, RowExpression, Escaped, Descending, ColumnName, OrderKey, ColumnExpressions, Derived, RolledUp, Renamed } from './typed-table.js';
export { op, desc, escape } from './arquero.js';
export type { Op, Aggregates } from './arquero.js';
export { explain } from './explain/explain.js';
export type { Explanation, ExplainOptions, ObservationExplanation, EventExplanation, KeyExplanation, EventKeyExplanation, CandidateEvidence } from './explain/explain.js';
export type { Quote } from './explain/quote.js';
export type { Transformation } from './explain/transformations.js';
export type { Reconciliation } from './explain/reconciliation.js';
export { formatExplanation } from './explain/format.js';
export { validate, diff } from './import-lazily.js';
export type { ValidationReport, ValidateOptions } from './validate/validate.js';
export type { Finding } from './validate/findings.js';
export type { DiffReport, DiffOptions, FileChange } from './diff/diff.js';
export type { SchemaChange } from './diff/compare-schemas.js';
export type { TableDiff, FieldChange } from './diff/compare-rows.js';
export type { Bump } from './diff/semver.js';
export { readDescriptor } from './descriptor.js';
export type { PackageDescriptor, ResourceDescriptor, TableSchemaDescriptor, FieldDescriptor } from './descriptor.js';
export { resolveResourcePath } from './resolve-path.js';
export { packageRoot, type PackageOptions } from './package-root.js';
export type { Row } from './read-table.js';
export type { Cell } from './cast.js';
export { PackageError, isPackageError, type PackageErrorCode } from './errors.js';
export type * from './types/index.js';
