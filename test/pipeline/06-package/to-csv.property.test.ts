import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECT, tableSchemaFromRowSchema, toCsv, type TableSchemaField } from '../../../pipeline/06-package/index.js';
import { projectPaths } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import { parseTable } from '../../../src/read-table.js';

const schemas = new SchemaRegistry(projectPaths().schemas);

/** Characters a CSV writer must take care over, mixed into otherwise random text. */
const TRICKY = ['"', ',', '\n', '\r', '\r\n', ' ', '\t', "'", ';', '\u00a0', '\ufeff', 'é', '−', '€', '中', '😀', '\u0301'];
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));
/** Dates as the period and date columns print them, truncated to year, month or day. */
const date = fc
  .tuple(fc.date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') }), fc.constantFrom(4, 7, 10))
  .map(([day, length]) => day.toISOString().slice(0, length));

// The empty string is the package's missing value (Table Schema missingValues [""]), so a text is never empty.
// A list has at least one item (an empty one is written as a missing value), none empty or holding the delimiter.
function valueOf(field: TableSchemaField): fc.Arbitrary<unknown> {
  const values = field.constraints?.enum;
  const value: fc.Arbitrary<unknown> = field.type === 'list'
    ? fc.array(fc.oneof(text, date).filter((item) => !item.includes(field.delimiter!)), { minLength: Math.max(1, field.constraints?.minLength ?? 1), maxLength: 4 })
    : values
    ? fc.constantFrom(...values)
    : field.type === 'integer'
      ? fc.maxSafeInteger()
      // -0 is written "0", as a spreadsheet would show it; see the test below.
      : field.type === 'number'
        ? fc.double({ noNaN: true, noDefaultInfinity: true }).filter((number) => !Object.is(number, -0))
        : field.type === 'boolean'
          ? fc.boolean()
          : fc.oneof(text, date);
  return field.constraints?.required ? value : fc.option(value, { nil: null });
}

describe('toCsv → parseTable', () => {
  for (const schema of schemas.tableSchemas()) {
    const tableSchema = tableSchemaFromRowSchema(schema);
    const resource = { name: schema['x-resource']!.name, path: 'x.csv', dialect: CSV_DIALECT, schema: tableSchema };
    const row = fc.record(Object.fromEntries(tableSchema.fields.map((field) => [field.name, valueOf(field)])));

    it(`gives back every typed value of a ${resource.name} row, whatever its text and numbers`, () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
          expect(parseTable(toCsv(schema, rows).toString(), resource)).toEqual(rows);
        }),
        { numRuns: 100 },
      );
    });
  }

  it('writes the numbers a spreadsheet shows without an exponent and reads them back exactly', () => {
    const numbers = [1e21, 1.5e29, -2.5e-7, 1e-25, 1.2345678901234567e-7, Number.MAX_VALUE, Number.MIN_VALUE, 123.456];
    const schema = schemas.tableSchemas().find((candidate) => candidate['x-resource']!.name === 'observations')!;
    const rows = numbers.map((value, index) => ({ obs_id: `x@${index}`, value }));
    const csv = toCsv(schema, rows).toString();
    expect(csv).not.toMatch(/e[+-]?\d/i);
    const read = parseTable(csv, { name: 'observations', path: 'x.csv', dialect: CSV_DIALECT, schema: tableSchemaFromRowSchema(schema) }, { onInvalid: () => undefined });
    expect(read.map((item) => item.value)).toEqual(numbers);
    expect(csv.split('\n')[2]).toContain(',150000000000000000000000000000,');
  });

  it('quotes a cell holding a bare carriage return, which many readers take for a line ending', () => {
    const schema = schemas.tableSchemas().find((candidate) => candidate['x-resource']!.name === 'indicators')!;
    expect(toCsv(schema, [{ id: 'a', label: 'one\rtwo' }]).toString().split('\n')[1]).toBe('a,"one\rtwo",,');
  });

  it('writes a list as its items joined by the delimiter, and refuses an item that would not read back as one', () => {
    const schema = schemas.tableSchemas().find((candidate) => candidate['x-resource']!.name === 'entities')!;
    expect(toCsv(schema, [{ id: 'THREE_CHINAS', members: ['CHN', 'HKG', 'TWN'], aliases: null }]).toString().split('\n')[1]).toBe('THREE_CHINAS,,,CHN;HKG;TWN,,');
    expect(() => toCsv(schema, [{ id: 'X', aliases: ['Korea;South Korea'] }])).toThrow(/aliases: the list item "Korea;South Korea" is empty or holds the delimiter ";"/);
    expect(() => toCsv(schema, [{ id: 'X', aliases: [''] }])).toThrow(/aliases: the list item "" is empty/);
  });

  it('writes -0 as 0', () => {
    const schema = schemas.tableSchemas().find((candidate) => candidate['x-resource']!.name === 'candidates')!;
    expect(toCsv(schema, [{ value: -0 }]).toString().split('\n')[1]).toBe(',,,0,,,');
  });
});
