import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { PipelineError } from './errors.js';
import type { TextPosition } from './locate-json.js';
import type { ConfigErrorCode } from './read-json.js';

/** A row schema from schemas/: JSON Schema plus the x-* keywords that carry Table Schema metadata. */
export interface RowSchema {
  $id: string;
  title: string;
  description: string;
  'x-resource'?: { name: string; title: string };
  'x-primaryKey'?: string[];
  'x-foreignKeys'?: ForeignKey[];
  /** Foreign keys over the items of a list field (one field each): Table Schema's foreignKeys compare whole cells. */
  'x-listItemForeignKeys'?: ForeignKey[];
  required: string[];
  properties: Record<string, JsonSchemaProperty>;
  definitions?: Record<string, JsonSchemaProperty>;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface JsonSchemaProperty {
  type?: string | string[];
  $ref?: string;
  oneOf?: JsonSchemaProperty[];
  enum?: (string | number | null)[];
  description?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  /** A list: its items, and (below) how many it has at least. */
  items?: JsonSchemaProperty;
  minItems?: number;
  /** How a list is written in one CSV cell: its items joined by this (Table Schema's list `delimiter`). */
  'x-delimiter'?: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

// Table Schema metadata, and the hints scripts/generate-types.ts gives json-schema-to-typescript.
const TABLE_KEYWORDS = ['x-resource', 'x-primaryKey', 'x-foreignKeys', 'x-listItemForeignKeys', 'x-delimiter', 'x-imports', 'tsType'];

/** Every schema in schemas/, compiled once with ajv in strict mode. */
export class SchemaRegistry {
  readonly schemas = new Map<string, RowSchema>();
  private readonly ajv = new Ajv({ allErrors: true, strict: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(schemaDir: string) {
    for (const keyword of TABLE_KEYWORDS) this.ajv.addKeyword(keyword);
    for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort()) {
      const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as RowSchema;
      this.schemas.set(schema.$id, schema);
      this.ajv.addSchema(schema);
    }
    // Compiled only once all are added, so that schemas may $ref each other.
    for (const id of this.schemas.keys()) this.compiled.set(id, this.ajv.getSchema(id)!);
  }

  /** The schemas that describe a published table, in file order. */
  tableSchemas(): RowSchema[] {
    return [...this.schemas.values()].filter((schema) => schema['x-resource']);
  }

  schema(id: string): RowSchema {
    const schema = this.schemas.get(id);
    if (!schema) throw new Error(`no schema ${id} in schemas/`);
    return schema;
  }

  validate(id: string, data: unknown): ValidationResult {
    const check = this.compiled.get(id);
    if (!check) throw new Error(`no schema ${id} in schemas/`);
    const valid = check(data) as boolean;
    return { valid, errors: valid ? [] : (check.errors ?? []).map((error) => describeAjvError(error)) };
  }

  /**
   * Throws a PipelineError naming the file, and the line of the first wrong value
   * when `positionOf` can place a JSON pointer, when data must be right before anything runs.
   */
  assertValid(id: string, data: unknown, code: ConfigErrorCode, file: string, positionOf?: (pointer: string) => TextPosition): void {
    const check = this.compiled.get(id);
    if (!check) throw new Error(`no schema ${id} in schemas/`);
    if (check(data)) return;
    const errors = check.errors ?? [];
    const where = (error: ErrorObject) => (positionOf ? `line ${positionOf(error.instancePath).line} ` : '');
    throw new PipelineError(code, `does not match schemas/${id}: ${errors.map((error) => `${where(error)}${describeAjvError(error, readablePath)}`).join('; ')}`, {
      file,
      ...(positionOf && errors[0] ? positionOf(errors[0].instancePath) : {}),
      expected: `a document valid against schemas/${id}`,
    });
  }
}

/** One ajv error as text; `showPath` writes its JSON pointer (as it is, for code that reads the pointer back; readablePath for people). */
function describeAjvError(error: ErrorObject, showPath: (pointer: string) => string = (pointer) => pointer || '/'): string {
  return `${showPath(error.instancePath)} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`;
}

/** A JSON pointer as people count: "/annotations/3/quote" is "/annotations/#4/quote", the fourth annotation. */
export function readablePath(pointer: string): string {
  return pointer === '' ? '/' : pointer.replace(/\/(\d+)(?=\/|$)/g, (_, index: string) => `/#${Number(index) + 1}`);
}
