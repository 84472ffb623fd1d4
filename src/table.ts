import type { ColumnTable } from 'arquero';
import { readDescriptor, tableResource } from './descriptor.js';
import { rootOf, type PackageOptions } from './package-root.js';
import { readTable } from './read-table.js';

/**
 * An arquero table of one resource, for joins, group-bys and rollups. Columns
 * follow the Table Schema (so an empty table still has them); arquero is
 * imported on first use so that load() alone does not pay for it.
 */
export async function table(name: string, options: PackageOptions = {}): Promise<ColumnTable> {
  const root = rootOf(options);
  const resource = tableResource(readDescriptor(root), name);
  const rows = await readTable(root, resource);
  const names = resource.schema.fields.map((field) => field.name);
  const { table: columnTable } = await import('arquero');
  return columnTable(Object.fromEntries(names.map((column) => [column, rows.map((row) => row[column])])), names);
}
