import type { Check } from '../types/index.js';
import { asList, isTableResource, readDescriptor, tableResources, type PackageDescriptor, type TableResource } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { rootOf, type PackageOptions } from '../package-root.js';
import { forEachRow, type Row } from '../read-table.js';
import { reviewChecks, type CheckCounts } from './checks.js';
import { compileOwnPattern, compilePattern, type CompiledPattern } from './compile-pattern.js';
import { readResourceFile, validateFile, type ResourceFile } from './files.js';
import type { Finding } from './findings.js';
import { validateForeignKeys, validateListItemForeignKeys } from './foreign-keys.js';
import { validateDescriptor } from './profile.js';
import { rowChecker } from './rows.js';

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
  return validateRelease(root, descriptor, await Promise.all(descriptor.resources.map((resource) => readResourceFile(root, resource))), { onTable: options.onTable });
}

export interface ReleaseOptions {
  onTable?: ValidateOptions['onTable'];
  /** The descriptor's Table Schemas are the package's own (the build's): their patterns are tested as compileOwnPattern does, with the same answers. */
  ownSchemas?: boolean;
}

/**
 * What validate() checks, on a package whose files are already read (one per
 * resource of the descriptor, in its order): the build runs it on the release
 * it is about to publish, so that it never publishes one `mfr validate` rejects.
 */
export function validateRelease(root: string, descriptor: PackageDescriptor, files: readonly ResourceFile[], { onTable, ownSchemas = false }: ReleaseOptions = {}): ValidationReport {
  const errors: Finding[] = [...validateDescriptor(descriptor)];
  descriptor.resources.forEach((resource, index) => errors.push(...validateFile(resource, files[index] ?? null)));
  const resources = tableResources(descriptor);
  // Once a table's own rows are checked, only what the checks across tables read is kept of them: a package's rows are not all held at once.
  const kept = fieldsReadAcrossTables(resources);
  const rows = new Map<string, Row[]>();
  const tables: ValidationReport['tables'] = [];
  descriptor.resources.forEach((resource, index) => {
    const file = files[index];
    // A file that could not be read is reported already.
    if (!isTableResource(resource) || !file || !('bytes' in file)) return;
    onTable?.(resource.name, tables.length + 1, resources.length);
    const read = readRows(resource, file.bytes.toString('utf8'), kept.get(resource.name), ownSchemas ? compileOwnPattern : compilePattern);
    errors.push(...read.errors);
    if (!read.rows) return;
    tables.push({ name: resource.name, rows: read.count });
    if (kept.has(resource.name)) rows.set(resource.name, read.rows);
  });
  errors.push(...validateForeignKeys(resources, rows), ...validateListItemForeignKeys(resources, rows));
  const checks = rows.has('checks') ? reviewChecks(rows.get('checks') as unknown as Check[]) : null;
  if (checks) errors.push(...checks.errors);
  return {
    valid: errors.length === 0,
    root,
    name: descriptor.name ?? null,
    version: descriptor.version ?? null,
    tables,
    errors,
    warnings: checks?.warnings ?? [],
    checks: checks?.counts ?? null,
  };
}

/** Per table, the fields that foreign keys (of any table) name in it; all of `checks`, whose rows are reviewed as a whole. */
function fieldsReadAcrossTables(resources: readonly TableResource[]): Map<string, readonly string[] | 'all'> {
  const fields = new Map<string, Set<string>>();
  const add = (resource: string, names: readonly string[]) => {
    const set = fields.get(resource) ?? new Set<string>();
    for (const name of names) set.add(name);
    fields.set(resource, set);
  };
  for (const resource of resources) {
    for (const foreignKey of [...(resource.schema.foreignKeys ?? []), ...(resource.schema['mfr:listItemForeignKeys'] ?? [])]) {
      add(resource.name, asList(foreignKey.fields));
      // A descriptor may be malformed here: the profile's findings say so, and nothing is kept for a reference it lacks.
      add(foreignKey.reference?.resource || resource.name, asList(foreignKey.reference?.fields));
    }
  }
  const kept = new Map<string, readonly string[] | 'all'>([...fields].map(([name, set]) => [name, [...set]]));
  kept.set('checks', 'all');
  return kept;
}

function pick(row: Row, fields: readonly string[]): Row {
  const picked: Row = {};
  // Indexed: this runs once a row, mostly before the engine has optimised it, where for…of makes an iterator each time.
  for (let at = 0; at < fields.length; at += 1) {
    const field = fields[at]!;
    if (field in row) picked[field] = row[field]!;
  }
  return picked;
}

/**
 * Reads and checks a table's rows one by one, keeping of them only the fields
 * named by `kept` (none when undefined): a large table is never held whole.
 */
function readRows(resource: TableResource, text: string, kept: readonly string[] | 'all' | undefined, compile: (pattern: string) => CompiledPattern): { rows: Row[] | null; count: number; errors: Finding[] } {
  let read = { rows: [] as Row[], count: 0, errors: [] as Finding[], checker: rowChecker(resource, new Set(), compile) };
  try {
    forEachRow(text, resource, () => {
      const uncastable = new Set<string>();
      read = { rows: [], count: 0, errors: [], checker: rowChecker(resource, uncastable, compile) };
      const { rows, errors, checker } = read;
      return {
        onInvalid: (cell) => {
          uncastable.add(`${cell.row}:${cell.field}`);
          errors.push({ kind: 'cell', resource: cell.resource, row: cell.row, field: cell.field, message: `${JSON.stringify(cell.text)} is not of type ${cell.type}` });
        },
        onRow: (row, index) => {
          checker.check(row, index);
          read.count += 1;
          if (kept) rows.push(kept === 'all' ? row : pick(row, kept));
        },
      };
    });
    return { rows: read.rows, count: read.count, errors: [...read.errors, ...read.checker.findings()] };
  } catch (error) {
    if (isPackageError(error)) return { rows: null, count: 0, errors: [{ kind: 'file', resource: resource.name, message: error.message }] };
    throw error;
  }
}
