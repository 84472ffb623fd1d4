import { describe, expect, it } from 'vitest';
import { tableSchemaFromRowSchema } from '../../../pipeline/06-package/index.js';
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
