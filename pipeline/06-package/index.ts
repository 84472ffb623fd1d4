export { tableSchemaFromRowSchema, TABLE_SCHEMA_PROFILE, type TableSchema, type TableSchemaField } from './table-schema.js';
export { toCsv, formatNumber, CSV_DIALECT } from './to-csv.js';
export { buildDescriptor, DATA_PACKAGE_PROFILE, type PackageMetadata, type TableFile, type TextFile } from './descriptor.js';
export { writeAtomically } from './write-atomically.js';
export { loadPackageMetadata } from './load-package-metadata.js';
