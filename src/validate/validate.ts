import type { Check } from '../types/index.js';
import { isTableResource, readDescriptor, tableResources, type PackageDescriptor, type TableResource } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { rootOf, type PackageOptions } from '../package-root.js';
import { parseTable, type Row } from '../read-table.js';
import { reviewChecks, type CheckCounts } from './checks.js';
import { readResourceFile, validateFile, type ResourceFile } from './files.js';
import type { Finding } from './findings.js';
import { validateForeignKeys, validateListItemForeignKeys } from './foreign-keys.js';
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

export interface ValidateOptions extends PackageOptions {
  /** Called as each table's rows are read and checked, for progress output. */
  onTable?: (name: string, index: number, count: number) => void;
}

/**
 * Validates a built package: the descriptor against the official profile, the
 * size and hash of every file, every row against its Table Schema, primary and
 * foreign keys (and the package's foreign keys over list items), and the arithmetic checks. Problems are reported, not thrown.
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidationReport> {
  const root = rootOf(options);
  let descriptor: PackageDescriptor;
  try {
    descriptor = readDescriptor(root);
  } catch (error) {
    if (!isPackageError(error)) throw error;
    return { valid: false, root, name: null, version: null, tables: [], errors: [{ kind: 'descriptor', message: error.message }], warnings: [], checks: null };
  }
  return validateRelease(root, descriptor, await Promise.all(descriptor.resources.map((resource) => readResourceFile(root, resource))), options.onTable);
}

/**
 * What validate() checks, on a package whose files are already read (one per
 * resource of the descriptor, in its order): the build runs it on the release
 * it is about to publish, so that it never publishes one `mfr validate` rejects.
 */
export function validateRelease(root: string, descriptor: PackageDescriptor, files: readonly ResourceFile[], onTable?: ValidateOptions['onTable']): ValidationReport {
  const errors: Finding[] = [...validateDescriptor(descriptor)];
  descriptor.resources.forEach((resource, index) => errors.push(...validateFile(resource, files[index] ?? null)));
  const rows = new Map<string, Row[]>();
  const tableCount = tableResources(descriptor).length;
  descriptor.resources.forEach((resource, index) => {
    const file = files[index];
    // A file that could not be read is reported already.
    if (!isTableResource(resource) || !file || !('bytes' in file)) return;
    onTable?.(resource.name, rows.size + 1, tableCount);
    const read = readRows(resource, file.bytes);
    errors.push(...read.errors);
    if (read.rows) rows.set(resource.name, read.rows);
  });
  const resources = tableResources(descriptor);
  errors.push(...validateForeignKeys(resources, rows), ...validateListItemForeignKeys(resources, rows));
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

function readRows(resource: TableResource, bytes: Buffer): { rows: Row[] | null; errors: Finding[] } {
  const errors: Finding[] = [];
  const uncastable = new Set<string>();
  try {
    const rows = parseTable(bytes.toString('utf8'), resource, {
      onInvalid: (cell) => {
        uncastable.add(`${cell.row}:${cell.field}`);
        errors.push({ kind: 'cell', resource: cell.resource, row: cell.row, field: cell.field, message: `${JSON.stringify(cell.text)} is not of type ${cell.type}` });
      },
    });
    return { rows, errors: [...errors, ...validateRows(resource, rows, uncastable)] };
  } catch (error) {
    if (isPackageError(error)) return { rows: null, errors: [{ kind: 'file', resource: resource.name, message: error.message }] };
    throw error;
  }
}
