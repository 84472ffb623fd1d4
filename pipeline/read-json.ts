import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError, type ErrorContext, type PipelineErrorCode } from './errors.js';
import { JsonSyntaxError, parseLocatedJson, type TextPosition } from './locate-json.js';
import type { SchemaRegistry } from './schemas.js';

export type ConfigErrorCode = Extract<PipelineErrorCode, 'SOURCES_INVALID' | 'RECIPE_INVALID' | 'METADATA_INVALID' | 'ANNOTATION_INVALID' | 'ACKNOWLEDGEMENT_INVALID'>;

/** A validated JSON file the build is configured by, which can still say where each value is written. */
export interface JsonDocument<T> {
  data: T;
  /** Path relative to the project root, as errors name it. */
  file: string;
  /** The file, line and column of the value at a JSON pointer, for an error's context. */
  at(pointer: string): Pick<ErrorContext, 'file' | 'line' | 'column'>;
}

/** Reads a JSON file the build is configured by and validates it against its schema, once, keeping where each value is written. */
export function readJsonDocument<T>(path: string, displayPath: string, schemaId: string, code: ConfigErrorCode, schemas: SchemaRegistry): JsonDocument<T> {
  const document = parseJsonFile(readFileSync(path, 'utf8'), displayPath, code);
  schemas.assertValid(schemaId, document.data, code, displayPath, document.positionOf);
  return { data: document.data as T, file: displayPath, at: (pointer) => ({ file: displayPath, ...document.positionOf(pointer) }) };
}

/** Reads a JSON file the build is configured by and validates it against its schema, once. */
export function readValidJson<T>(path: string, displayPath: string, schemaId: string, code: ConfigErrorCode, schemas: SchemaRegistry): T {
  return readJsonDocument<T>(path, displayPath, schemaId, code, schemas).data;
}

/** Parses a JSON text, or stops with the error code of the file it came from, at the line and column where it breaks. */
export function parseJsonFile(text: string, displayPath: string, code: PipelineErrorCode): { data: unknown; positionOf(pointer: string): TextPosition } {
  try {
    return parseLocatedJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new PipelineError(code, `cannot be read as JSON: ${error.message}`, { file: displayPath, ...error.position, expected: 'a JSON document (RFC 8259: no comments, no trailing commas)' });
  }
}

/** Reads a folder of per-source JSON files (recipes, annotations), each named after the source_id it holds. */
export function readPerSourceFiles<T extends { source_id: string }>(dir: string, displayDir: string, schemaId: string, code: ConfigErrorCode, schemas: SchemaRegistry): JsonDocument<T>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const document = readJsonDocument<T>(join(dir, name), `${displayDir}/${name}`, schemaId, code, schemas);
      if (`${document.data.source_id}.json` !== name) {
        throw new PipelineError(code, 'a per-source file is named after its source', { ...document.at('/source_id'), expected: `${document.data.source_id}.json`, seen: name });
      }
      return document;
    });
}

/** Stops when a per-source file names a source that raw/sources.json does not list: its data would silently go unused. */
export function assertKnownSource(document: JsonDocument<{ source_id: string }>, sourceIds: ReadonlySet<string>, code: ConfigErrorCode): void {
  if (!sourceIds.has(document.data.source_id)) {
    throw new PipelineError(code, `names source ${document.data.source_id}, which raw/sources.json does not list`, { ...document.at('/source_id'), expected: 'a source id from raw/sources.json', seen: document.data.source_id });
  }
}
