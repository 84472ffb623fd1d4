import { describe, expect, it } from 'vitest';
import { casterFor, castsToText } from '../../src/cast.js';
import type { TableResource } from '../../src/descriptor.js';
import { parseTable } from '../../src/read-table.js';

describe('casterFor', () => {
  it('reads integers and numbers as numbers, and nothing else', () => {
    const integer = casterFor({ name: 'n', type: 'integer' });
    expect([integer('42'), integer('-7'), integer('+3')]).toEqual([42, -7, 3]);
    expect([integer('4.2'), integer('1e3'), integer('x')]).toEqual([undefined, undefined, undefined]);
    const number = casterFor({ name: 'x', type: 'number' });
    expect([number('44700000'), number('-19.5'), number('1e21'), number('.5'), number('INF'), number('-INF')]).toEqual([44700000, -19.5, 1e21, 0.5, Infinity, -Infinity]);
    expect(number('NaN')).toBeNaN();
    expect([number('14.451,2'), number('1,060.6'), number('abc'), number('constructor')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads booleans by the Table Schema defaults or the field own values', () => {
    const boolean = casterFor({ name: 'b', type: 'boolean' });
    expect([boolean('true'), boolean('False'), boolean('1'), boolean('0'), boolean('yes')]).toEqual([true, false, true, false, undefined]);
    const custom = casterFor({ name: 'b', type: 'boolean', trueValues: ['yes'], falseValues: ['no'] });
    expect([custom('yes'), custom('no'), custom('true')]).toEqual([true, false, undefined]);
  });

  it('makes missing values null, by the table or by the field', () => {
    expect(casterFor({ name: 'x', type: 'number' })('')).toBeNull();
    expect(casterFor({ name: 'x', type: 'number' }, ['', 'NA'])('NA')).toBeNull();
    expect(casterFor({ name: 'x', type: 'string', missingValues: ['-'] })('')).toBe('');
    expect(casterFor({ name: 'x', type: 'string', missingValues: ['-'] })('-')).toBeNull();
  });

  it('reads a list as an array of its items, split at its delimiter and typed by its itemType', () => {
    const ids = casterFor({ name: 'entities', type: 'list', delimiter: ';', itemType: 'string' });
    expect(ids('CHN;MEX')).toEqual(['CHN', 'MEX']);
    expect(ids('MEX')).toEqual(['MEX']);
    expect(ids('')).toBeNull();
    // The standard's defaults: a comma, and string items.
    expect(casterFor({ name: 'l', type: 'list' })('a,b;c')).toEqual(['a', 'b;c']);
    const counts = casterFor({ name: 'counts', type: 'list', delimiter: '|', itemType: 'integer' });
    expect(counts('1|-2|30')).toEqual([1, -2, 30]);
    // One item not of the item type makes the cell invalid, as a scalar would be.
    expect(counts('1|x|3')).toBeUndefined();
    expect(casterFor({ name: 'flags', type: 'list', itemType: 'boolean' })('true,0')).toEqual([true, false]);
  });

  it('keeps strings, and types it does not know, as printed', () => {
    expect(casterFor({ name: 's', type: 'string' })('0090926')).toBe('0090926');
    expect(casterFor({ name: 'd', type: 'date' })('2005-06-01')).toBe('2005-06-01');
  });
});

const resource: TableResource = {
  name: 'demo',
  path: 'demo.csv',
  schema: { fields: [{ name: 'id', type: 'string' }, { name: 'value', type: 'number' }, { name: 'note', type: 'string' }], missingValues: [''] },
};

describe('parseTable', () => {
  it('types rows by the schema, matching columns by header name', () => {
    const rows = parseTable('note,id,value\n"a, quoted\nnote",x,1.5\n,y,\n', resource);
    expect(rows).toEqual([{ id: 'x', value: 1.5, note: 'a, quoted\nnote' }, { id: 'y', value: null, note: null }]);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'value', 'note']);
  });

  it('stops at a header that does not name the schema fields', () => {
    expect(() => parseTable('id,amount,note\nx,1,\n', resource)).toThrowError(expect.objectContaining({ code: 'TABLE_HEADER_MISMATCH' }));
  });

  it('stops at a record with more or fewer cells than the header', () => {
    expect(() => parseTable('id,value,note\nx,1\n', resource)).toThrowError(expect.objectContaining({ code: 'CSV_MALFORMED' }));
  });

  it('stops at a cell that is not of its type, naming the line and field, unless told to collect it', () => {
    expect(() => parseTable('id,value,note\nx,1,\ny,one,\n', resource)).toThrowError('CELL_INVALID: resource demo, line 3, field value: "one" is not of type number');
    const invalid: unknown[] = [];
    expect(parseTable('id,value,note\ny,one,\n', resource, { onInvalid: (cell) => invalid.push(cell) })).toEqual([{ id: 'y', value: null, note: null }]);
    expect(invalid).toEqual([{ resource: 'demo', row: 2, field: 'value', text: 'one', type: 'number' }]);
  });

  it('reads list fields as arrays, and names the item type of a list cell that does not cast', () => {
    const lists: TableResource = { name: 'lists', path: 'lists.csv', schema: { fields: [{ name: 'id', type: 'string' }, { name: 'years', type: 'list', delimiter: ';', itemType: 'integer' }], missingValues: [''] } };
    expect(parseTable('id,years\na,1990;1995\nb,\n', lists)).toEqual([{ id: 'a', years: [1990, 1995] }, { id: 'b', years: null }]);
    expect(() => parseTable('id,years\na,1990;mid-90s\n', lists)).toThrowError('CELL_INVALID: resource lists, line 2, field years: "1990;mid-90s" is not of type list of integer');
  });

  it('says which fields may cast to text: every field whose caster gives a string for some text', () => {
    const texts = ['', 'x', '=1+1', '-cmd', '12', '-3', '1.5', 'true', '0', 'NaN', 'a,b', '1,2'];
    const types = ['string', 'integer', 'year', 'number', 'boolean', 'date', 'datetime', 'any', undefined];
    const fields = [...types.map((type) => ({ name: 'f', ...(type ? { type } : {}) })), ...types.map((itemType) => ({ name: 'f', type: 'list', ...(itemType ? { itemType } : {}) }))];
    for (const field of fields) {
      const cast = casterFor(field, []);
      const text = texts.map((sample) => cast(sample)).some((value) => typeof value === 'string' || Array.isArray(value));
      expect([field, castsToText(field)]).toEqual([field, text]);
    }
  });
});
