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

/**
 * Writes rows as CSV in the schema's column order: empty cell for null, plain
 * decimal numbers, LF endings. A cell holding a carriage return is quoted too:
 * many readers (Python's csv, spreadsheets) take a bare one for a line ending.
 */
export function toCsv(schema: RowSchema, rows: readonly object[]): string {
  const columns = Object.keys(schema.properties);
  const records = rows.map((row) => columns.map((column) => formatCell((row as Record<string, unknown>)[column])));
  return stringify([columns, ...records], { record_delimiter: 'unix', quote: CSV_DIALECT.quoteChar, delimiter: CSV_DIALECT.delimiter, quoted_match: '\r' });
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

// Table Schema's names for the numbers that have no digits.
const SPECIAL_NUMBERS = new Map([[Number.POSITIVE_INFINITY, 'INF'], [Number.NEGATIVE_INFINITY, '-INF']]);

/**
 * Plain decimal notation a spreadsheet reads as it is, never 1e+21 nor 5e-7:
 * the shortest digits that read back as the same number (JavaScript's own),
 * with the decimal mark moved by the exponent instead of printing it.
 */
export function formatNumber(value: number): string {
  const text = SPECIAL_NUMBERS.get(value) ?? String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponent] = match as unknown as [string, string, string, string | undefined, string];
  const digits = lead + fraction;
  // Where the decimal mark falls, counted in digits from the first.
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length ? `${sign}${digits.padEnd(point, '0')}` : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
