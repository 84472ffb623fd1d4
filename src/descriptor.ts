import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageError } from './errors.js';

/** The parts of a Data Package v2 descriptor the loader reads; everything else passes through untyped. */
export interface PackageDescriptor {
  name?: string;
  version?: string;
  title?: string;
  resources: ResourceDescriptor[];
  [property: string]: unknown;
}

export interface ResourceDescriptor {
  name: string;
  type?: string;
  path?: string | string[];
  title?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  bytes?: number;
  hash?: string;
  dialect?: DialectDescriptor;
  schema?: TableSchemaDescriptor;
  [property: string]: unknown;
}

export interface DialectDescriptor {
  header?: boolean;
  delimiter?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  lineTerminator?: string;
}

export interface TableSchemaDescriptor {
  fields: FieldDescriptor[];
  missingValues?: string[];
  primaryKey?: string[] | string;
  foreignKeys?: ForeignKeyDescriptor[];
  /**
   * This package's custom property: foreign keys over the items of a list
   * field (Table Schema's compare whole cells). Each names one list field and
   * the one field of the referenced resource every item must be a value of.
   */
  'mfr:listItemForeignKeys'?: ForeignKeyDescriptor[];
}

export interface FieldDescriptor {
  name: string;
  type?: string;
  description?: string;
  trueValues?: string[];
  falseValues?: string[];
  /** For a `list` field: what separates its items (`,` by default), and their type (`string` by default). */
  delimiter?: string;
  itemType?: string;
  missingValues?: string[];
  constraints?: FieldConstraints;
}

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface ForeignKeyDescriptor {
  fields: string[] | string;
  reference: { resource?: string; fields: string[] | string };
}

/** A resource with a Table Schema: one the loader turns into rows. */
export type TableResource = ResourceDescriptor & { schema: TableSchemaDescriptor };

export const DESCRIPTOR_FILE = 'datapackage.json';

export function readDescriptor(root: string): PackageDescriptor {
  return parseDescriptor(readDescriptorText(root), join(root, DESCRIPTOR_FILE));
}

/** The descriptor's text as it is on disk (the loader compares it before and after a read). */
export function readDescriptorText(root: string): string {
  const file = join(root, DESCRIPTOR_FILE);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new PackageError('DESCRIPTOR_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

export function parseDescriptor(text: string, file: string): PackageDescriptor {
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text);
  } catch (error) {
    throw new PackageError('DESCRIPTOR_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (typeof descriptor !== 'object' || descriptor === null || !Array.isArray((descriptor as PackageDescriptor).resources)) {
    throw new PackageError('DESCRIPTOR_UNREADABLE', `${file} is no Data Package descriptor: it has no "resources" array`);
  }
  return descriptor as PackageDescriptor;
}

export function isTableResource(resource: ResourceDescriptor): resource is TableResource {
  return typeof resource.schema === 'object' && resource.schema !== null && Array.isArray(resource.schema.fields);
}

export function tableResources(descriptor: PackageDescriptor): TableResource[] {
  return descriptor.resources.filter(isTableResource);
}

export function tableResource(descriptor: PackageDescriptor, name: string): TableResource {
  const resource = descriptor.resources.find((candidate) => candidate.name === name);
  if (!resource) {
    const known = tableResources(descriptor).map((candidate) => candidate.name).join(', ');
    throw new PackageError('RESOURCE_UNKNOWN', `the package has no resource "${name}" (tables: ${known})`);
  }
  if (!isTableResource(resource)) throw new PackageError('RESOURCE_NOT_TABLE', `resource "${name}" has no Table Schema`);
  return resource;
}

/** Table Schema lets a key be one field name or a list; the code always wants the list. */
export function asList(names: string[] | string | undefined): string[] {
  return names === undefined ? [] : Array.isArray(names) ? names : [names];
}
