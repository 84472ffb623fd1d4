import { loadArquero } from './arquero.js';
import { readDescriptor, tableResource } from './descriptor.js';
import type { TableRows } from './load.js';
import { rootOf, type PackageOptions } from './package-root.js';
import { readTable, type Row } from './read-table.js';
import type { TypedTable } from './typed-table.js';

/**
 * An arquero table of one resource, for joins, group-bys and rollups, typed by
 * its row so that a misspelt column fails to compile. Columns follow the Table
 * Schema (so an empty table still has them); arquero is loaded by the first
 * call, so that load() alone does not pay for it.
 */
export async function table<Name extends keyof TableRows>(name: Name, options: PackageOptions = {}): Promise<TypedTable<TableRows[Name]>> {
  return (await anyTable(name, options)) as unknown as TypedTable<TableRows[Name]>;
}

/**
 * table() for any table resource, those this version has no row type for
 * included: its rows are generic, field name → cell.
 */
export async function anyTable(name: string, options: PackageOptions = {}): Promise<TypedTable<Row>> {
  const root = rootOf(options);
  const resource = tableResource(readDescriptor(root), name);
  const rows = await readTable(root, resource);
  const names = resource.schema.fields.map((field) => field.name);
  const { table: columnTable } = await loadArquero();
  return columnTable(Object.fromEntries(names.map((column) => [column, rows.map((row) => row[column])])), names) as unknown as TypedTable<Row>;
}
