import { readFile } from 'node:fs/promises';
import { CsvError } from 'csv-parse/sync';
import { casterFor, type Cell } from './cast.js';
import type { ResourceDescriptor, TableResource } from './descriptor.js';
import { PackageError } from './errors.js';
import { parseCsv } from './parse-csv.js';
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
  const dialect = resource.dialect ?? {};
  const quote = dialect.quoteChar ?? '"';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter: dialect.delimiter ?? ',', quote, escape: dialect.doubleQuote === false ? '\\' : quote });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new PackageError('CSV_MALFORMED', `resource ${resource.name}: ${error.message}`, { cause: error });
  }
  const fields = resource.schema.fields;
  const header = dialect.header === false ? fields.map((field) => field.name) : (records.shift() ?? []);
  const columns = fields.map((field) => header.indexOf(field.name));
  if (columns.includes(-1) || header.length !== fields.length) {
    throw new PackageError('TABLE_HEADER_MISMATCH', `resource ${resource.name}: the CSV header [${header.join(', ')}] does not name the schema's fields [${fields.map((field) => field.name).join(', ')}]`);
  }
  const casters = fields.map((field) => casterFor(field, resource.schema.missingValues));
  const onInvalid = options.onInvalid ?? throwInvalid;
  const firstRow = dialect.header === false ? 1 : 2;
  return records.map((record, index) => {
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
  });
}

function throwInvalid(cell: InvalidCell): never {
  throw new PackageError('CELL_INVALID', `resource ${cell.resource}, line ${cell.row}, field ${cell.field}: ${JSON.stringify(cell.text)} is not of type ${cell.type}`);
}
