import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Table Schema metadata, and the hints scripts/generate-types.ts gives json-schema-to-typescript: keywords ajv must accept in strict mode. */
export const TABLE_KEYWORDS = ['x-resource', 'x-primaryKey', 'x-foreignKeys', 'x-listItemForeignKeys', 'x-delimiter', 'x-imports', 'tsType'];

/** The options every schema is compiled with, by scripts/generate-validators.ts and by SchemaRegistry when schemas/ has changed since. */
export const SCHEMA_OPTIONS = { allErrors: true, strict: true } as const;

export interface SchemaFile {
  name: string;
  text: string;
}

/** The schemas of a folder (*.schema.json), in name order. */
export function readSchemaFiles(schemaDir: string): SchemaFile[] {
  return readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort().map((name) => ({ name, text: readFileSync(join(schemaDir, name), 'utf8') }));
}

/** One hash of every schema's name and bytes: the precompiled validators hold for exactly the schemas with this digest. */
export function digestSchemas(files: readonly SchemaFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\0${file.text}\0`);
  return hash.digest('hex');
}
