import type { ForeignKey, JsonSchemaProperty, RowSchema } from '../schemas.js';

type ItemType = 'string' | 'number' | 'integer' | 'boolean';

/** A Frictionless Table Schema field (v2), as much of it as this package uses. */
export interface TableSchemaField {
  name: string;
  type: ItemType | 'list';
  description?: string;
  /** For a list: what separates its items in the cell, and their type. */
  delimiter?: string;
  itemType?: ItemType;
  constraints?: {
    required?: boolean;
    enum?: (string | number)[];
    pattern?: string;
    minimum?: number;
    exclusiveMinimum?: number;
    minLength?: number;
  };
}

/**
 * Our custom property (Data Package's `namespace:property` convention) for
 * foreign keys over the items of a list field: Table Schema's foreignKeys
 * compare whole cells, so they cannot say that each id in events.entities is
 * an id of entities. `mfr validate` checks these as it checks foreignKeys.
 */
export const LIST_ITEM_FOREIGN_KEYS = 'mfr:listItemForeignKeys';

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
  [LIST_ITEM_FOREIGN_KEYS]?: ForeignKey[];
}

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/**
 * Derives a Table Schema from a row's JSON Schema in schemas/, so the two are
 * never written twice: a nullable JSON type is an optional field, an enum or
 * pattern is a constraint, an array with an x-delimiter is a v2 `list` field
 * (its minItems the list's minLength), x-primaryKey and x-foreignKeys carry over.
 */
export function tableSchemaFromRowSchema(schema: RowSchema): TableSchema {
  const fields = Object.entries(schema.properties).map(([name, property]) => toField(name, flatten(property, schema)));
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields,
    missingValues: [''],
    ...(schema['x-primaryKey'] ? { primaryKey: schema['x-primaryKey'] } : {}),
    ...(schema['x-foreignKeys'] ? { foreignKeys: schema['x-foreignKeys'] } : {}),
    ...(schema['x-listItemForeignKeys'] ? { [LIST_ITEM_FOREIGN_KEYS]: schema['x-listItemForeignKeys'] } : {}),
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
  const types = typesOf(property);
  const nullable = types.includes('null') || (property.enum ?? []).includes(null);
  if (types.includes('array')) return toListField(name, property, nullable);
  const values = (property.enum ?? []).filter((value): value is string | number => value !== null);
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

function typesOf(property: JsonSchemaProperty): string[] {
  return property.type === undefined ? [] : Array.isArray(property.type) ? property.type : [property.type];
}

/**
 * A JSON array is a `list` field, written as its items joined by x-delimiter.
 * Table Schema lets a list constrain only its presence and its number of
 * items; what the items must be (an enum, a pattern) stays in schemas/, which
 * the build checks every row against.
 */
function toListField(name: string, property: JsonSchemaProperty, nullable: boolean): TableSchemaField {
  const delimiter = property['x-delimiter'];
  if (delimiter === undefined) throw new Error(`schemas/: field ${name} is an array without x-delimiter, so it cannot be written to one CSV cell`);
  const items = property.items ?? {};
  const itemType = typesOf(items).find((type) => type !== 'null') ?? (typeof items.enum?.[0] === 'number' ? 'number' : 'string');
  const constraints = { ...(nullable ? {} : { required: true }), ...(property.minItems !== undefined ? { minLength: property.minItems } : {}) };
  return {
    name,
    type: 'list',
    delimiter,
    itemType: itemType as ItemType,
    ...(property.description ? { description: property.description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
