import type { Check } from '../types/index.js';
import { readDescriptor, tableResources, type PackageDescriptor, type TableResource } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { rootOf, type PackageOptions } from '../package-root.js';
import { readTable, type Row } from '../read-table.js';
import { reviewChecks, type CheckCounts } from './checks.js';
import { validateFile } from './files.js';
import type { Finding } from './findings.js';
import { validateForeignKeys } from './foreign-keys.js';
import { validateDescriptor } from './profile.js';
import { validateRows } from './rows.js';

export interface ValidationReport {
  /** No errors: the descriptor, every file, row, key and check is as it should be. */
  valid: boolean;
  root: string;
  name: string | null;
  version: string | null;
  tables: { name: string; rows: number }[];
  errors: Finding[];
  /** Checks that warn: slips in the sources' last digits, published as such. */
  warnings: Finding[];
  checks: CheckCounts | null;
}

/**
 * Validates a built package: the descriptor against the official profile, the
 * size and hash of every file, every row against its Table Schema, primary and
 * foreign keys, and the arithmetic checks. Problems are reported, not thrown.
 */
export async function validate(options: PackageOptions = {}): Promise<ValidationReport> {
  const root = rootOf(options);
  let descriptor: PackageDescriptor;
  try {
    descriptor = readDescriptor(root);
  } catch (error) {
    if (!isPackageError(error)) throw error;
    return { valid: false, root, name: null, version: null, tables: [], errors: [{ kind: 'descriptor', message: error.message }], warnings: [], checks: null };
  }
  const errors: Finding[] = [...validateDescriptor(descriptor)];
  for (const resource of descriptor.resources) errors.push(...(await validateFile(root, resource)));
  const resources = tableResources(descriptor);
  const rows = new Map<string, Row[]>();
  for (const resource of resources) {
    const read = await readRows(root, resource);
    errors.push(...read.errors);
    if (read.rows) rows.set(resource.name, read.rows);
  }
  errors.push(...validateForeignKeys(resources, rows));
  const checks = rows.has('checks') ? reviewChecks(rows.get('checks') as unknown as Check[]) : null;
  if (checks) errors.push(...checks.errors);
  return {
    valid: errors.length === 0,
    root,
    name: descriptor.name ?? null,
    version: descriptor.version ?? null,
    tables: [...rows].map(([name, tableRows]) => ({ name, rows: tableRows.length })),
    errors,
    warnings: checks?.warnings ?? [],
    checks: checks?.counts ?? null,
  };
}

async function readRows(root: string, resource: TableResource): Promise<{ rows: Row[] | null; errors: Finding[] }> {
  const errors: Finding[] = [];
  const uncastable = new Set<string>();
  try {
    const rows = await readTable(root, resource, {
      onInvalid: (cell) => {
        uncastable.add(`${cell.row}:${cell.field}`);
        errors.push({ kind: 'cell', resource: cell.resource, row: cell.row, field: cell.field, message: `${JSON.stringify(cell.text)} is not of type ${cell.type}` });
      },
    });
    return { rows, errors: [...errors, ...validateRows(resource, rows, uncastable)] };
  } catch (error) {
    // A missing file or a refused path is already reported by validateFile.
    if ((isPackageError(error) && error.code === 'RESOURCE_PATH_REFUSED') || (error as NodeJS.ErrnoException).code === 'ENOENT') return { rows: null, errors: [] };
    if (isPackageError(error)) return { rows: null, errors: [{ kind: 'file', resource: resource.name, message: error.message }] };
    throw error;
  }
}
