import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../pipeline/01-ingest/index.js';
import { projectRoot } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import { addListField, LIST_FIELD_PATH } from '../../../scripts/add-list-field.js';

/** The official Data Package v2 profiles: the one `mfr validate` ships, and the three only the tests use. */
const PROFILE_FILES: Record<string, string> = {
  'datapackage.json': join(projectRoot, 'src', 'profiles', 'datapackage.json'),
  'dataresource.json': join(projectRoot, 'test', 'fixtures', 'profiles', 'dataresource.json'),
  'tableschema.json': join(projectRoot, 'test', 'fixtures', 'profiles', 'tableschema.json'),
  'tabledialect.json': join(projectRoot, 'test', 'fixtures', 'profiles', 'tabledialect.json'),
};
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const listField = JSON.parse(readFileSync(join(projectRoot, LIST_FIELD_PATH), 'utf8')) as object;

const profileValidators = new Map<string, ValidateFunction>();

/**
 * A v2.0 profile with the list field type it misses (src/profiles/README.md), as `mfr validate` reads it.
 * Compiled once a file and name: compiling the Data Package profile with ajv takes a fifth of a second.
 */
function profileValidator(name: string): ValidateFunction {
  const known = profileValidators.get(name);
  if (known) return known;
  const profile = JSON.parse(readFileSync(PROFILE_FILES[name]!, 'utf8')) as object;
  addListField(profile, listField);
  // The profiles use non-standard keywords (propertyOrder, context) and union types: strict mode rejects them.
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  const validate = ajv.compile(profile);
  profileValidators.set(name, validate);
  return validate;
}

interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  dialect?: object;
  schema?: { fields: { name: string; type: string; delimiter?: string; constraints?: { required?: boolean } }[]; primaryKey?: string[]; foreignKeys?: ForeignKey[]; 'mfr:listItemForeignKeys'?: ForeignKey[] };
}

const descriptor = JSON.parse(readFileSync(join(projectRoot, 'datapackage.json'), 'utf8')) as { name: string; version: string; licenses: object[]; resources: Resource[] };
const tables = descriptor.resources.filter((resource) => resource.schema);

const parsedTables = new Map<string, Record<string, string>[]>();

/** The rows of a published CSV, by the name of its resource: parsed once a file, as several tests read the same tables. */
function rowsOf(name: string): Record<string, string>[] {
  const known = parsedTables.get(name);
  if (known) return known;
  const rows = parse(readFileSync(join(projectRoot, tables.find((item) => item.name === name)!.path)), { columns: true }) as Record<string, string>[];
  parsedTables.set(name, rows);
  return rows;
}

describe('the official profiles', () => {
  it('are the files the standard publishes, byte for byte (sha256 of the upstream copies, see their READMEs)', () => {
    const digests = Object.fromEntries(Object.entries(PROFILE_FILES).map(([name, file]) => [name, sha256(readFileSync(file))]));
    expect(digests).toEqual({
      'datapackage.json': 'a9ef0fc168b3402ae7aa7d22bbcb798e0db6b639e7ee15ff4aa177463cea7112',
      'dataresource.json': '067d769b44b22178615620d37ac4e9f732cf0459c5540255cbba2480aa91c35a',
      'tableschema.json': 'a67779642acc7f51031d2e881166d31ef8dd90cd8a92c9ff8821d7a8821d0490',
      'tabledialect.json': '54e884a84e499b9f63b2f04e8e8aa47f4f2257fdf94a71b9462f40ed19a1d3b3',
    });
    expect(sha256(readFileSync(join(projectRoot, LIST_FIELD_PATH)))).toBe('b82b19a4e97801fb588330c9a491b87a584fb9ffd3a8fd1512c75bdc257ba544');
  });

  it('still lack the list field type, which addListField adds once where each lists field types (drop the correction when this fails)', () => {
    const withoutList = (name: string) => JSON.parse(readFileSync(PROFILE_FILES[name]!, 'utf8')) as object;
    const listDescriptor = { name: 'x', resources: [{ name: 't', path: 't.csv', schema: { fields: [{ name: 'ids', type: 'list', delimiter: ';', itemType: 'string' }] } }] };
    const strict = addFormats(new Ajv({ strict: false, allErrors: true })).compile(withoutList('datapackage.json'));
    expect(strict(listDescriptor)).toBe(false);
    expect(profileValidator('datapackage.json')(listDescriptor)).toBe(true);
    expect(profileValidator('datapackage.json')({ ...listDescriptor, resources: [{ ...listDescriptor.resources[0], schema: { fields: [{ name: 'ids', type: 'list', itemType: 'text' }] } }] })).toBe(false);
    expect(Object.fromEntries(['datapackage.json', 'dataresource.json', 'tableschema.json'].map((name) => [name, addListField(withoutList(name), listField)]))).toEqual({ 'datapackage.json': 1, 'dataresource.json': 1, 'tableschema.json': 1 });
  });
});

describe('datapackage.json', () => {
  it('is a valid Data Package v2 descriptor by the official profile', () => {
    const validate = profileValidator('datapackage.json');
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is checked by a profile that does reject broken descriptors', () => {
    const validate = profileValidator('datapackage.json');
    expect(validate({ name: 'x' })).toBe(false);
    expect(validate({ ...descriptor, resources: [{ ...descriptor.resources[0], path: '../outside.csv' }] })).toBe(false);
  });

  it('has resources, Table Schemas and dialects valid by their own official profiles', () => {
    const resource = profileValidator('dataresource.json');
    const tableSchema = profileValidator('tableschema.json');
    const dialect = profileValidator('tabledialect.json');
    for (const item of descriptor.resources) expect(resource(item), `${item.name}: ${JSON.stringify(resource.errors)}`).toBe(true);
    for (const item of tables) {
      expect(tableSchema(item.schema), `${item.name}: ${JSON.stringify(tableSchema.errors)}`).toBe(true);
      expect(dialect(item.dialect), `${item.name}: ${JSON.stringify(dialect.errors)}`).toBe(true);
    }
  });

  it('carries the name, the version of package.json and separate licences for data and code', () => {
    const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(descriptor.name).toBe('mexico-foreign-relations');
    expect(descriptor.version).toBe(packageJson.version);
    expect(descriptor.licenses.map((license) => (license as { name: string }).name)).toEqual(['ODC-BY-1.0', 'MIT']);
  });

  it('states the true size and sha256 of every file it lists', () => {
    for (const item of descriptor.resources) {
      const bytes = readFileSync(join(projectRoot, item.path));
      expect(item.bytes, item.path).toBe(bytes.length);
      expect(item.hash, item.path).toBe(`sha256:${sha256(bytes)}`);
    }
  });

  it('describes each CSV by the JSON Schema of its rows, column for column', () => {
    const schemas = new SchemaRegistry(join(projectRoot, 'schemas'));
    expect(tables.map((item) => item.name).sort()).toEqual(['candidates', 'checks', 'concepts', 'coverage', 'entities', 'event_candidates', 'events', 'indicators', 'observations', 'reconciled', 'reconciled_events', 'sources']);
    for (const item of tables) {
      const rowSchema = schemas.tableSchemas().find((schema) => schema['x-resource']!.name === item.name)!;
      const header = readFileSync(join(projectRoot, item.path), 'utf8').split('\n', 1)[0]!.split(',');
      expect(item.schema!.fields.map((field) => field.name)).toEqual(header);
      expect(header).toEqual(Object.keys(rowSchema.properties));
      expect(item.schema!.primaryKey).toEqual(rowSchema['x-primaryKey']);
    }
  });

  it('has foreign keys that resolve, and primary keys that are unique, in the published CSVs', () => {
    for (const item of tables) {
      const data = rowsOf(item.name);
      const keys = data.map((row) => item.schema!.primaryKey!.map((field) => row[field]).join('|'));
      expect(new Set(keys).size, item.name).toBe(data.length);
      for (const foreignKey of item.schema!.foreignKeys ?? []) {
        const known = new Set(rowsOf(foreignKey.reference.resource).map((row) => row[foreignKey.reference.fields[0]!]));
        // Collected and compared once: an expect a row (thousands) would cost more than the lookups.
        const dangling = data.map((row) => row[foreignKey.fields[0]!]).filter((value) => value && !known.has(value));
        expect(dangling, `${item.name}.${foreignKey.fields[0]} naming no ${foreignKey.reference.resource}`).toEqual([]);
      }
    }
    expect(tables.find((item) => item.name === 'observations')!.schema!.foreignKeys!.map((key) => key.reference.resource)).toEqual(['sources', 'indicators', 'entities', 'entities']);
  });

  it('has list fields whose every item resolves where mfr:listItemForeignKeys says, in the published CSVs', () => {
    const declared: string[] = [];
    for (const item of tables) {
      for (const foreignKey of item.schema!['mfr:listItemForeignKeys'] ?? []) {
        const field = item.schema!.fields.find((candidate) => candidate.name === foreignKey.fields[0])!;
        expect(field, `${item.name}.${foreignKey.fields[0]}`).toMatchObject({ type: 'list', delimiter: ';' });
        declared.push(`${item.name}.${field.name} → ${foreignKey.reference.resource}.${foreignKey.reference.fields[0]}`);
        const known = new Set(rowsOf(foreignKey.reference.resource).map((row) => row[foreignKey.reference.fields[0]!]));
        const dangling = rowsOf(item.name).flatMap((row) => (row[field.name] ? row[field.name]!.split(';') : [])).filter((id) => !known.has(id));
        expect(dangling, `${item.name}.${field.name} items naming no ${foreignKey.reference.resource}`).toEqual([]);
      }
    }
    expect(declared.sort()).toEqual(['checks.input_obs_ids → observations.obs_id', 'concepts.indicators → indicators.id', 'entities.members → entities.id', 'events.entities → entities.id', 'reconciled_events.entities → entities.id']);
  });

  it('gives every date of an event the ISO 8601 pattern of events.date', () => {
    const pattern = (name: string, field = 'date') => (tables.find((item) => item.name === name)!.schema!.fields.find((candidate) => candidate.name === field) as { constraints?: { pattern?: string } }).constraints?.pattern;
    expect(pattern('events')).toBe('^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$');
    expect([pattern('event_candidates'), pattern('reconciled_events'), pattern('reconciled_events', 'earliest'), pattern('reconciled_events', 'latest')]).toEqual(Array(4).fill(pattern('events')));
  });

  it('publishes every concept reconciled.concept names, and keys reconciled to concepts and entities', () => {
    const reconciled = tables.find((item) => item.name === 'reconciled')!;
    expect(reconciled.schema!.foreignKeys!.filter((key) => ['concept', 'entity', 'partner'].includes(key.fields[0]!))).toEqual([
      { fields: ['concept'], reference: { resource: 'concepts', fields: ['id'] } },
      { fields: ['entity'], reference: { resource: 'entities', fields: ['id'] } },
      { fields: ['partner'], reference: { resource: 'entities', fields: ['id'] } },
    ]);
    const concepts = rowsOf('concepts');
    const named = new Set(rowsOf('reconciled').map((row) => row.concept!));
    // Every concept is one a key measures: none published for nothing.
    expect(new Set(concepts.map((row) => row.id))).toEqual(named);
    expect(concepts.find((row) => row.id === 'goods_flow')).toMatchObject({ indicators: 'exports;imports', directions: 'entity_to_partner;partner_to_entity' });
  });

  it('gives each event its printed date byte for byte in raw, and in raw_normalized as the raw bytes fold, without line breaks', () => {
    const events = rowsOf('events');
    const texts = new Map<string, Buffer>();
    const text = (sourceId: string) => texts.get(sourceId) ?? texts.set(sourceId, readFileSync(join(projectRoot, 'raw', `${sourceId}.txt`))).get(sourceId)!;
    const broken = events.filter((row) => row.raw!.includes('\n'));
    expect(broken.map((row) => row.raw_normalized)).toEqual(expect.arrayContaining(['February 2003']));
    for (const row of events) {
      const printed = text(row.source_id!).subarray(Number(row.byte_start), Number(row.byte_end)).toString('utf8');
      expect(printed).toBe(row.raw);
      // Folded independently of the pipeline: a letter, a hyphen and a line break before a lower-case letter join; white space runs are one space.
      expect(row.raw_normalized, row.event_id).toBe(printed.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{Ll})/gu, '$1').replace(/\s+/g, ' ').trim());
      expect(row.raw_normalized).not.toMatch(/[\r\n]/);
    }
  });

  it('sorts every CSV by its primary key in code-point order, with LF line endings', () => {
    for (const item of tables) {
      const text = readFileSync(join(projectRoot, item.path), 'utf8');
      expect(text.includes('\r'), item.path).toBe(false);
      const keys = rowsOf(item.name).map((row) => row[item.schema!.primaryKey![0]!]!);
      // Sorted: no key comes after a greater one (checked pairwise, not by comparing whole arrays: thousands of keys).
      const outOfOrder = keys.findIndex((key, index) => index > 0 && keys[index - 1]! > key);
      expect(outOfOrder === -1 ? [] : keys.slice(outOfOrder - 1, outOfOrder + 1), `${item.name}: a key before a smaller one`).toEqual([]);
    }
  });
});
