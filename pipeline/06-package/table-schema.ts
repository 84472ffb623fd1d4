import type { JsonSchemaProperty, RowSchema } from '../schemas.js';

/** A Frictionless Table Schema field (v2), as much of it as this package uses. */
export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  constraints?: {
    required?: boolean;
    enum?: (string | number)[];
    pattern?: string;
    minimum?: number;
    exclusiveMinimum?: number;
    minLength?: number;
  };
}

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/**
 * Derives a Table Schema from a row's JSON Schema in schemas/, so the two are
 * never written twice: a nullable JSON type is an optional field, an enum or
 * pattern is a constraint, x-primaryKey and x-foreignKeys carry over.
 */
export function tableSchemaFromRowSchema(schema: RowSchema): TableSchema {
  const fields = Object.entries(schema.properties).map(([name, property]) => toField(name, flatten(property, schema)));
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields,
    missingValues: [''],
    ...(schema['x-primaryKey'] ? { primaryKey: schema['x-primaryKey'] } : {}),
    ...(schema['x-foreignKeys'] ? { foreignKeys: schema['x-foreignKeys'] } : {}),
  };
}

/**
 * Reads `oneOf: [X, { type: null }]` as X made nullable and resolves local
 * `$ref`s, so that a field described once in `definitions` keeps its
 * constraints and its optionality.
 */
function flatten(property: JsonSchemaProperty, schema: RowSchema): JsonSchemaProperty {
  const resolve = (part: JsonSchemaProperty): JsonSchemaProperty => (part.$ref?.startsWith('#/definitions/') ? { ...schema.definitions![part.$ref.slice('#/definitions/'.length)]!, ...(part.description ? { description: part.description } : {}) } : part);
  if (!property.oneOf) return resolve(property);
  const nullable = property.oneOf.some((part) => part.type === 'null');
  const [value] = property.oneOf.filter((part) => part.type !== 'null').map(resolve);
  const types = value?.type === undefined ? [] : Array.isArray(value.type) ? value.type : [value.type];
  return { ...value, ...(property.description ? { description: property.description } : {}), ...(nullable ? { type: [...types.length ? types : ['string'], 'null'] } : {}) };
}

function toField(name: string, property: JsonSchemaProperty): TableSchemaField {
  const types = property.type === undefined ? [] : Array.isArray(property.type) ? property.type : [property.type];
  const values = (property.enum ?? []).filter((value): value is string | number => value !== null);
  const nullable = types.includes('null') || (property.enum ?? []).includes(null);
  const base = types.find((type) => type !== 'null') ?? (typeof values[0] === 'number' ? 'number' : 'string');
  const constraints: NonNullable<TableSchemaField['constraints']> = {
    ...(nullable ? {} : { required: true }),
    ...(values.length ? { enum: values } : {}),
    ...(property.pattern !== undefined ? { pattern: property.pattern } : {}),
    ...(property.minimum !== undefined ? { minimum: property.minimum } : {}),
    ...(property.exclusiveMinimum !== undefined ? { exclusiveMinimum: property.exclusiveMinimum } : {}),
    ...(property.minLength !== undefined ? { minLength: property.minLength } : {}),
  };
  return {
    name,
    type: base as TableSchemaField['type'],
    ...(property.description ? { description: property.description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
