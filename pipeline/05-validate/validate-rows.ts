import type { SchemaRegistry, ValidationResult } from '../schemas.js';

/** Every row of a table against its JSON Schema; all findings in one pass. */
export function validateRows(schemas: SchemaRegistry, schemaId: string, rows: readonly object[], idField: string): ValidationResult {
  const errors = rows.flatMap((row) => {
    const result = schemas.validate(schemaId, row);
    const id = String((row as Record<string, unknown>)[idField]);
    return result.errors.map((error) => `${schemaId} row ${id}: ${error}`);
  });
  return { valid: errors.length === 0, errors };
}

/** Every foreign key a schema declares resolves to a row of the resource it names. */
export function validateForeignKeys(schemas: SchemaRegistry, tables: ReadonlyMap<string, readonly object[]>): ValidationResult {
  const errors: string[] = [];
  for (const schema of schemas.tableSchemas()) {
    const name = schema['x-resource']!.name;
    const rows = (tables.get(name) ?? []) as Record<string, unknown>[];
    for (const foreignKey of schema['x-foreignKeys'] ?? []) {
      const referenced = (tables.get(foreignKey.reference.resource) ?? []) as Record<string, unknown>[];
      const keyOf = (row: Record<string, unknown>, fields: string[]) => JSON.stringify(fields.map((field) => row[field]));
      const known = new Set(referenced.map((row) => keyOf(row, foreignKey.reference.fields)));
      for (const row of rows) {
        if (foreignKey.fields.every((field) => row[field] === null)) continue;
        if (!known.has(keyOf(row, foreignKey.fields))) {
          errors.push(`${name}: ${foreignKey.fields.join(',')} = ${keyOf(row, foreignKey.fields)} has no row in ${foreignKey.reference.resource}`);
        }
      }
    }
  }
  return { valid: errors.length === 0, errors };
}
