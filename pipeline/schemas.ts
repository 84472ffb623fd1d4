import { createRequire } from 'node:module';
import type { Ajv, ErrorObject } from 'ajv';
import { PipelineError } from './errors.js';
import type { TextPosition } from './locate-json.js';
import type { ConfigErrorCode } from './read-json.js';
import { digestSchemas, readSchemaFiles, SCHEMA_OPTIONS, TABLE_KEYWORDS } from './read-schemas.js';
import { SCHEMAS_DIGEST, validators, type StandaloneValidator } from './validators/index.js';

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

/**
 * Every schema in schemas/, with its validator: the one generated from it by
 * scripts/generate-validators.ts (npm run types) when the folder holds exactly the
 * schemas it was generated from, else compiled here with ajv, with the same options
 * (a schema edited since, or a test's fixture that tightens one).
 */
export class SchemaRegistry {
  readonly schemas = new Map<string, RowSchema>();
  private readonly compiled: ReadonlyMap<string, StandaloneValidator>;

  constructor(schemaDir: string) {
    const files = readSchemaFiles(schemaDir);
    for (const file of files) {
      const schema = JSON.parse(file.text) as RowSchema;
      this.schemas.set(schema.$id, schema);
    }
    this.compiled = digestSchemas(files) === SCHEMAS_DIGEST ? new Map(Object.entries(validators)) : compileSchemas([...this.schemas.values()]);
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

/** Compiles schemas with ajv, loaded only then: a build of the committed schemas never needs it. */
function compileSchemas(schemas: readonly RowSchema[]): Map<string, StandaloneValidator> {
  const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as { Ajv: typeof Ajv };
  const ajv = new AjvClass(SCHEMA_OPTIONS);
  for (const keyword of TABLE_KEYWORDS) ajv.addKeyword(keyword);
  for (const schema of schemas) ajv.addSchema(schema);
  // Compiled only once all are added, so that schemas may $ref each other.
  return new Map(schemas.map((schema) => [schema.$id, ajv.getSchema(schema.$id)!]));
}

/** One ajv error as text; `showPath` writes its JSON pointer (as it is, for code that reads the pointer back; readablePath for people). */
function describeAjvError(error: ErrorObject, showPath: (pointer: string) => string = (pointer) => pointer || '/'): string {
  return `${showPath(error.instancePath)} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`;
}

/** A JSON pointer as people count: "/annotations/3/quote" is "/annotations/#4/quote", the fourth annotation. */
export function readablePath(pointer: string): string {
  return pointer === '' ? '/' : pointer.replace(/\/(\d+)(?=\/|$)/g, (_, index: string) => `/#${Number(index) + 1}`);
}
