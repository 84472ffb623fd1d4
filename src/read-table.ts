import { readFile } from 'node:fs/promises';
import { casterFor, type Cell } from './cast.js';
import type { ResourceDescriptor, TableResource } from './descriptor.js';
import { PackageError } from './errors.js';
import { forEachCsvRecord, isCsvError, parseCsv, type CsvSyntax } from './parse-csv.js';
import { resolveResourcePath } from './resolve-path.js';

/** A row of a table the loader has no generated type for: field name → typed cell. */
export type Row = Record<string, Cell>;

/** A cell that is not of its field's type; `row` is the CSV record's 1-based number, header included. */
export interface InvalidCell {
  resource: string;
  row: number;
  field: string;
  text: string;
  type: string;
}

export interface ReadTableOptions {
  /** Called for each cell that does not cast (the cell becomes null); by default the read stops with CELL_INVALID. */
  onInvalid?: (cell: InvalidCell) => void;
}

/** Reads a CSV resource into rows typed by its Table Schema, fields in schema order. */
export async function readTable(root: string, resource: TableResource, options: ReadTableOptions = {}): Promise<Row[]> {
  return parseTable((await readResourceBytes(root, resource)).toString('utf8'), resource, options);
}

/** The bytes of a resource's file; one the descriptor lists but the package lacks is RESOURCE_MISSING. */
export async function readResourceBytes(root: string, resource: ResourceDescriptor): Promise<Buffer> {
  const file = resolveResourcePath(root, resource.path, resource.name);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new PackageError('RESOURCE_MISSING', `resource ${resource.name}: ${String(resource.path)} is listed by the descriptor but missing from ${root}`, { cause: error });
  }
}

export function parseTable(text: string, resource: TableResource, options: ReadTableOptions = {}): Row[] {
  let records: string[][];
  try {
    records = parseCsv(text, csvSyntax(resource));
  } catch (error) {
    throw csvError(error, resource);
  }
  const hasHeader = resource.dialect?.header !== false;
  const columns = columnsOf(resource, hasHeader ? (records.shift() ?? []) : null);
  const castRow = rowCaster(resource, columns, hasHeader ? 2 : 1, options.onInvalid ?? throwInvalid);
  return records.map(castRow);
}

/** A reader of a table's rows one by one (forEachRow): each row as soon as it is typed, each cell that does not cast. */
export interface RowVisitor {
  onRow(row: Row, index: number): void;
  onInvalid(cell: InvalidCell): void;
}

/**
 * parseTable's rows handed one by one to a visitor made by `start`, for a
 * reader that need not hold them all. When the text has to be read again
 * from its start (see forEachCsvRecord), `start` is called again and the new
 * visitor is given every row anew. Malformed CSV throws CSV_MALFORMED, and a
 * header that does not name the schema's fields TABLE_HEADER_MISMATCH, as in
 * parseTable (the header once the whole text is read: a malformed CSV is reported first).
 */
export function forEachRow(text: string, resource: TableResource, start: () => RowVisitor): void {
  const hasHeader = resource.dialect?.header !== false;
  const state = { headerSeen: !hasHeader, mismatch: null as PackageError | null };
  try {
    forEachCsvRecord(text, csvSyntax(resource), () => {
      const visitor = start();
      state.headerSeen = !hasHeader;
      state.mismatch = null;
      let castRow = hasHeader ? null : rowCaster(resource, columnsOf(resource, null), 1, visitor.onInvalid);
      let index = 0;
      return (record) => {
        if (!state.headerSeen) {
          state.headerSeen = true;
          try {
            castRow = rowCaster(resource, columnsOf(resource, record), 2, visitor.onInvalid);
          } catch (error) {
            if (!(error instanceof PackageError)) throw error;
            state.mismatch = error;
          }
          return;
        }
        // No rows under a header that does not match.
        if (castRow === null) return;
        visitor.onRow(castRow(record, index), index);
        index += 1;
      };
    });
  } catch (error) {
    throw csvError(error, resource);
  }
  // An empty text has no header: as parseTable reads it, an empty one.
  if (!state.headerSeen) columnsOf(resource, []);
  if (state.mismatch) throw state.mismatch;
}

function csvSyntax(resource: TableResource): CsvSyntax {
  const quote = resource.dialect?.quoteChar ?? '"';
  return { delimiter: resource.dialect?.delimiter ?? ',', quote, escape: resource.dialect?.doubleQuote === false ? '\\' : quote };
}

function csvError(error: unknown, resource: TableResource): unknown {
  if (!isCsvError(error)) return error;
  return new PackageError('CSV_MALFORMED', `resource ${resource.name}: ${error.message}`, { cause: error });
}

/** Where each schema field is in a record, by the header (null: the table has none, fields in schema order). */
function columnsOf(resource: TableResource, header: readonly string[] | null): number[] {
  const fields = resource.schema.fields;
  const names = header ?? fields.map((field) => field.name);
  const columns = fields.map((field) => names.indexOf(field.name));
  if (columns.includes(-1) || names.length !== fields.length) {
    throw new PackageError('TABLE_HEADER_MISMATCH', `resource ${resource.name}: the CSV header [${names.join(', ')}] does not name the schema's fields [${fields.map((field) => field.name).join(', ')}]`);
  }
  return columns;
}

/** Types a record's cells by their fields; `firstRow` is the CSV record number of row 0. */
function rowCaster(resource: TableResource, columns: readonly number[], firstRow: number, onInvalid: (cell: InvalidCell) => void): (record: string[], index: number) => Row {
  const fields = resource.schema.fields;
  const casters = fields.map((field) => casterFor(field, resource.schema.missingValues));
  return (record, index) => {
    const row: Row = {};
    for (let i = 0; i < fields.length; i += 1) {
      const text = record[columns[i]!] ?? '';
      const value = casters[i]!(text);
      if (value === undefined) {
        const field = fields[i]!;
        onInvalid({ resource: resource.name, row: index + firstRow, field: field.name, text, type: field.type === 'list' ? `list of ${field.itemType ?? 'string'}` : (field.type ?? 'string') });
        row[field.name] = null;
      } else {
        row[fields[i]!.name] = value;
      }
    }
    return row;
  };
}

function throwInvalid(cell: InvalidCell): never {
  throw new PackageError('CELL_INVALID', `resource ${cell.resource}, line ${cell.row}, field ${cell.field}: ${JSON.stringify(cell.text)} is not of type ${cell.type}`);
}
