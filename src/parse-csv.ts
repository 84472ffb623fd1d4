import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * csv-parse is loaded when a text first needs it (its CommonJS build, which loads synchronously):
 * the package's own CSVs never do, and importing it is a hundredth of a build.
 */
let csvParse: typeof import('csv-parse/sync') | null = null;
const loadCsvParse = () => (csvParse ??= require('csv-parse/sync') as typeof import('csv-parse/sync'));

/** Whether an error is csv-parse's CsvError (malformed text); none can be before csv-parse is loaded. */
export function isCsvError(error: unknown): error is import('csv-parse/sync').CsvError {
  return csvParse !== null && error instanceof csvParse.CsvError;
}

/** The parts of a Table Dialect that decide how a CSV splits into records and fields. */
export interface CsvSyntax {
  delimiter: string;
  quote: string;
  /** The character that escapes a quote inside a quoted field: the quote itself when quotes are doubled. */
  escape: string;
}

const LF = 10;
const CR = 13;
const BOM = '\uFEFF';

/**
 * Splits CSV text into records of fields, exactly as csv-parse does (with
 * `bom: true`) — it throws csv-parse's own CsvError on malformed text.
 * csv-parse reads some ten megabytes a second; the package's own CSVs (one
 * character delimiter, doubled quotes, LF endings) are read here by a scanner
 * several times faster. It reads only text whose every record csv-parse would
 * read the same way; at the first thing it does not handle (a carriage return
 * outside quotes, a stray quote, an empty line, a record of another length),
 * the whole text goes to csv-parse, which reads it or names the error.
 */
export function parseCsv(text: string, syntax: CsvSyntax): string[][] {
  let records: string[][] = [];
  forEachCsvRecord(text, syntax, () => {
    records = [];
    return (record) => records.push(record);
  });
  return records;
}

/**
 * The records of parseCsv handed one by one to a visitor, so that a reader
 * need not hold them all. `start` makes the visitor; when the scanner hands
 * over to csv-parse part-way through the text, it is called again and every
 * record is given anew to the new visitor: forget what the first one saw.
 * csv-parse reads the whole text before its visitor sees a record, so
 * malformed text throws before any is given.
 */
export function forEachCsvRecord(text: string, syntax: CsvSyntax, start: () => (record: string[]) => void): void {
  if (scanSimpleCsv(text, syntax, start)) return;
  const records = loadCsvParse().parse(text, { delimiter: syntax.delimiter, quote: syntax.quote, escape: syntax.escape, bom: true }) as string[][];
  const visit = start();
  for (const record of records) visit(record);
}

/**
 * Gives the records of a text in the simple form to a visitor made by `start`
 * (once the text is known to qualify), and tells whether it read the whole text:
 * false where csv-parse must decide.
 */
function scanSimpleCsv(input: string, { delimiter, quote, escape }: CsvSyntax, start: () => (record: string[]) => void): boolean {
  if (delimiter.length !== 1 || quote.length !== 1 || escape !== quote || delimiter === quote || delimiter === '\n' || delimiter === '\r') return false;
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text === '' || text.includes('\r') && !onlyQuotedCarriageReturns(text, quote)) return false;
  const delimiterCode = delimiter.charCodeAt(0);
  const quoteCode = quote.charCodeAt(0);
  const visit = start();
  const end = text.length;
  let width = -1;
  let at = 0;
  // Where the next quote is (end: none). A record that ends before it has no quoted field: split() cuts it at its delimiters.
  let nextQuote = -1;
  while (at < end) {
    // An empty line: csv-parse's own rules apply.
    if (text.charCodeAt(at) === LF) return false;
    const lineFeed = text.indexOf('\n', at);
    const lineEnd = lineFeed < 0 ? end : lineFeed;
    if (nextQuote < at) {
      const found = text.indexOf(quote, at);
      nextQuote = found < 0 ? end : found;
    }
    let record: string[];
    if (nextQuote >= lineEnd) {
      record = text.slice(at, lineEnd).split(delimiter);
      at = lineEnd + 1;
    } else {
      const read = readRecord(text, at, delimiterCode, quoteCode, quote);
      if (!read) return false;
      record = read.record;
      at = read.next;
    }
    // A record of another width than the first: csv-parse's own rules apply.
    if (width < 0) width = record.length;
    else if (record.length !== width) return false;
    visit(record);
  }
  return true;
}

/** One record from `at` on, field by field, and where the next one starts; null at anything csv-parse must decide. */
function readRecord(text: string, from: number, delimiterCode: number, quoteCode: number, quote: string): { record: string[]; next: number } | null {
  const end = text.length;
  const record: string[] = [];
  let at = from;
  for (;;) {
    let field: string;
    if (text.charCodeAt(at) === quoteCode) {
      // A quoted field: up to the quote not doubled; then a delimiter, a line end or the end must follow.
      let value = '';
      let start = at + 1;
      for (;;) {
        const close = text.indexOf(quote, start);
        if (close < 0) return null;
        value += text.slice(start, close);
        if (text.charCodeAt(close + 1) === quoteCode) {
          value += quote;
          start = close + 2;
        } else {
          at = close + 1;
          break;
        }
      }
      field = value;
    } else {
      let stop = at;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === delimiterCode || code === LF) break;
        if (code === quoteCode) return null;
        stop += 1;
      }
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (at >= end) return { record, next: at };
    const next = text.charCodeAt(at);
    if (next === LF) return { record, next: at + 1 };
    if (next !== delimiterCode) return null;
    at += 1;
  }
}

/** Whether every carriage return of the text lies inside a quoted field (where it is data, not a line end). */
function onlyQuotedCarriageReturns(text: string, quote: string): boolean {
  let inQuotes = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === quote.charCodeAt(0)) inQuotes = !inQuotes;
    else if (code === CR && !inQuotes) return false;
  }
  return true;
}
