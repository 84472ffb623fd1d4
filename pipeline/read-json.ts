import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError, type PipelineErrorCode } from './errors.js';
import type { SchemaRegistry } from './schemas.js';

type ConfigErrorCode = Extract<PipelineErrorCode, 'SOURCES_INVALID' | 'RECIPE_INVALID' | 'METADATA_INVALID' | 'ANNOTATION_INVALID'>;

/** Reads a JSON file the build is configured by and validates it against its schema, once. */
export function readValidJson<T>(path: string, displayPath: string, schemaId: string, code: ConfigErrorCode, schemas: SchemaRegistry): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PipelineError(code, `cannot be read as JSON: ${(error as Error).message}`, { file: displayPath });
  }
  schemas.assertValid(schemaId, data, code, displayPath);
  return data as T;
}

/** Reads a folder of per-source JSON files (recipes, annotations), each named after the source_id it holds. */
export function readPerSourceFiles<T extends { source_id: string }>(dir: string, displayDir: string, schemaId: string, code: ConfigErrorCode, schemas: SchemaRegistry): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const displayPath = `${displayDir}/${name}`;
      const data = readValidJson<T>(join(dir, name), displayPath, schemaId, code, schemas);
      if (`${data.source_id}.json` !== name) {
        throw new PipelineError(code, 'a per-source file is named after its source', { file: displayPath, expected: `${data.source_id}.json`, seen: name });
      }
      return data;
    });
}
