export { tableSchemaFromRowSchema, LIST_ITEM_FOREIGN_KEYS, TABLE_SCHEMA_PROFILE, type TableSchema, type TableSchemaField } from './table-schema.js';
export { toCsv, formatNumber, CSV_DIALECT } from './to-csv.js';
export { buildDescriptor, DATA_PACKAGE_PROFILE, type PackageMetadata, type TableFile, type TextFile } from './descriptor.js';
export { loadPackageMetadata } from './load-package-metadata.js';
export { publishRelease, PUBLISH_STEPS, type PublishStep, type Release } from './publish-release.js';
export { assertReleaseValid, validateBeforePublishing } from './validate-release.js';
