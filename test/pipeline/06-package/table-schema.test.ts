import { describe, expect, it } from 'vitest';
import { LIST_ITEM_FOREIGN_KEYS, tableSchemaFromRowSchema } from '../../../pipeline/06-package/index.js';
import type { RowSchema } from '../../../pipeline/schemas.js';

const schema: RowSchema = {
  $id: 'thing.schema.json',
  title: 'Thing',
  description: 'A thing.',
  'x-primaryKey': ['id'],
  'x-foreignKeys': [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
  required: ['id', 'count', 'note', 'reason', 'kind'],
  properties: {
    id: { type: 'string', pattern: '^[a-z]+$', description: 'The id.' },
    count: { type: 'integer', minimum: 0 },
    note: { type: ['string', 'null'] },
    reason: { oneOf: [{ $ref: '#/definitions/Reason' }, { type: 'null' }] },
    kind: { enum: ['a', 'b', null] },
  },
  definitions: { Reason: { enum: ['x', 'y'], description: 'Why.' } },
};

describe('tableSchemaFromRowSchema', () => {
  const fields = Object.fromEntries(tableSchemaFromRowSchema(schema).fields.map((field) => [field.name, field]));

  it('makes non-nullable properties required fields with their constraints', () => {
    expect(fields.id).toEqual({ name: 'id', type: 'string', description: 'The id.', constraints: { required: true, pattern: '^[a-z]+$' } });
    expect(fields.count).toEqual({ name: 'count', type: 'integer', constraints: { required: true, minimum: 0 } });
  });

  it('reads null in a type, an enum or a oneOf as an optional field', () => {
    expect(fields.note).toEqual({ name: 'note', type: 'string' });
    expect(fields.kind).toEqual({ name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } });
    expect(fields.reason).toEqual({ name: 'reason', type: 'string', description: 'Why.', constraints: { enum: ['x', 'y'] } });
  });

  it('carries the primary and foreign keys over', () => {
    const table = tableSchemaFromRowSchema(schema);
    expect(table.primaryKey).toEqual(['id']);
    expect(table.foreignKeys).toEqual([{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }]);
    expect(table.missingValues).toEqual(['']);
  });
});

describe('tableSchemaFromRowSchema: lists', () => {
  const lists: RowSchema = {
    $id: 'lists.schema.json',
    title: 'Lists',
    description: 'Lists.',
    'x-listItemForeignKeys': [{ fields: ['ids'], reference: { resource: 'things', fields: ['id'] } }],
    required: ['ids', 'names', 'counts'],
    properties: {
      ids: { type: 'array', items: { type: 'string', pattern: '^[A-Z]+$' }, minItems: 1, 'x-delimiter': ';', description: 'Each an id of things.' },
      names: { type: ['array', 'null'], items: { type: 'string' }, 'x-delimiter': '|' },
      counts: { type: 'array', items: { type: 'integer' }, 'x-delimiter': ',' },
    },
  };
  const table = tableSchemaFromRowSchema(lists);
  const fields = Object.fromEntries(table.fields.map((field) => [field.name, field]));

  it('makes an array with an x-delimiter a v2 list field: its delimiter, item type, and minItems as minLength', () => {
    expect(fields.ids).toEqual({ name: 'ids', type: 'list', delimiter: ';', itemType: 'string', description: 'Each an id of things.', constraints: { required: true, minLength: 1 } });
    expect(fields.names).toEqual({ name: 'names', type: 'list', delimiter: '|', itemType: 'string' });
    expect(fields.counts).toEqual({ name: 'counts', type: 'list', delimiter: ',', itemType: 'integer', constraints: { required: true } });
  });

  it('publishes the foreign keys of list items in the custom property mfr:listItemForeignKeys, not in foreignKeys', () => {
    expect(table[LIST_ITEM_FOREIGN_KEYS]).toEqual([{ fields: ['ids'], reference: { resource: 'things', fields: ['id'] } }]);
    expect(table.foreignKeys).toBeUndefined();
    expect(LIST_ITEM_FOREIGN_KEYS).toBe('mfr:listItemForeignKeys');
  });

  it('refuses an array it could not write to one cell', () => {
    expect(() => tableSchemaFromRowSchema({ ...lists, properties: { ids: { type: 'array', items: { type: 'string' } } } })).toThrow(/field ids is an array without x-delimiter/);
  });
});
