import { stringify } from 'csv-stringify/sync';
import type { RowSchema } from '../schemas.js';

/** The dialect every CSV of the package is written in, declared in each resource. */
export const CSV_DIALECT = {
  $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
  header: true,
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;

/** Writes rows as CSV in the schema's column order: empty cell for null, plain decimal numbers, LF endings. */
export function toCsv(schema: RowSchema, rows: readonly object[]): string {
  const columns = Object.keys(schema.properties);
  const records = rows.map((row) => columns.map((column) => formatCell((row as Record<string, unknown>)[column])));
  return stringify([columns, ...records], { record_delimiter: 'unix', quote: CSV_DIALECT.quoteChar, delimiter: CSV_DIALECT.delimiter });
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** Plain decimal notation a spreadsheet reads as it is: never 1e+21 nor 5e-7. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}
