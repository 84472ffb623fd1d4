import { RowKeys } from '../../src/validate/row-keys.js';
import type { SchemaRegistry } from '../schemas.js';
import { keyOf, type RowFinding, type RowPlacer, type RowValidation } from './place-row.js';

/** Every row of a published table against its JSON Schema; all findings in one pass, each at its row's place. */
export function validateRows(schemas: SchemaRegistry, schemaId: string, rows: readonly object[], place: RowPlacer): RowValidation {
  const schema = schemas.schema(schemaId);
  const resource = schema['x-resource']!.name;
  // A loop, not flatMap: no array per row of tables that reach 100k rows at scale; indexed, no iterator per row either.
  const errors: RowFinding[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const { valid, errors: found } = schemas.validate(schemaId, row);
    if (valid) continue;
    for (const error of found) errors.push({ ...place(resource, row, index), resource, id: keyOf(row, schema['x-primaryKey'] ?? []), message: `schemas/${schemaId}: ${error}` });
  }
  return { valid: errors.length === 0, errors };
}

/** Every foreign key a schema declares, and every item of a list with an item foreign key, resolves to a row of the resource it names. */
export function validateForeignKeys(schemas: SchemaRegistry, tables: ReadonlyMap<string, readonly object[]>, place: RowPlacer): RowValidation {
  const errors: RowFinding[] = [];
  for (const schema of schemas.tableSchemas()) {
    const name = schema['x-resource']!.name;
    const rows = (tables.get(name) ?? []) as Record<string, unknown>[];
    for (const foreignKey of schema['x-foreignKeys'] ?? []) {
      const referenced = (tables.get(foreignKey.reference.resource) ?? []) as Record<string, unknown>[];
      const valuesOf = (row: Record<string, unknown>, fields: string[]) => JSON.stringify(fields.map((field) => row[field]));
      const known = new RowKeys(referenced, foreignKey.reference.fields);
      rows.forEach((row, index) => {
        if (foreignKey.fields.every((field) => row[field] === null)) return;
        if (!known.has(row, foreignKey.fields)) {
          errors.push({ ...place(name, row, index), resource: name, id: keyOf(row, schema['x-primaryKey'] ?? []), message: `${foreignKey.fields.join(',')} = ${valuesOf(row, foreignKey.fields)} has no row in ${foreignKey.reference.resource}` });
        }
      });
    }
    // Each item of a list names a row: x-listItemForeignKeys has one list field and one referenced field.
    for (const foreignKey of schema['x-listItemForeignKeys'] ?? []) {
      const [field, target] = [foreignKey.fields[0]!, foreignKey.reference.fields[0]!];
      const known = new Set(((tables.get(foreignKey.reference.resource) ?? []) as Record<string, unknown>[]).map((row) => row[target]));
      rows.forEach((row, index) => {
        for (const item of (row[field] as unknown[] | null) ?? []) {
          if (!known.has(item)) errors.push({ ...place(name, row, index), resource: name, id: keyOf(row, schema['x-primaryKey'] ?? []), message: `${field} item ${JSON.stringify(item)} has no row in ${foreignKey.reference.resource}` });
        }
      });
    }
  }
  return { valid: errors.length === 0, errors };
}

