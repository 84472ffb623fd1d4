import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { PackageDescriptor } from '../descriptor.js';
import { packageRoot } from '../package-root.js';
import type { Finding } from './findings.js';

/** The official Data Package v2.0 profile, shipped in the package (Unlicense) so validation needs no network. */
export const PROFILE_PATH = join('src', 'profiles', 'datapackage.json');

// ajv-formats is a dev dependency only; these are the four formats the profile names.
const FORMATS = {
  'date-time': (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text)),
  email: /^[^\s@]+@[^\s@]+$/,
  uri: (text: string) => URL.canParse(text),
  textarea: () => true,
};

/**
 * The `list` field type is part of Data Package v2.0 (Table Schema, "list"),
 * but the official v2.0 JSON profiles leave it out of their field types, so
 * they reject every list field (frictionlessdata/datapackage#1089; fixed for
 * v2.1 by #1070). This is the List Field definition of that fix, byte for byte
 * (src/profiles/README.md); addListField() puts it where the profile lists
 * field types. A test fails once a profile we ship has it of its own.
 */
export const LIST_FIELD_PATH = join('src', 'profiles', 'list-field.json');

interface FieldTypes {
  title?: string;
  oneOf?: { properties?: { type?: { enum?: unknown[] } } }[];
}

/** Adds the List Field to every list of field types of a profile that lacks it; returns how many it completed. */
export function addListField(profile: unknown, listField: object): number {
  if (typeof profile !== 'object' || profile === null) return 0;
  const node = profile as FieldTypes & Record<string, unknown>;
  let added = 0;
  if (node.title === 'Table Schema Field' && Array.isArray(node.oneOf) && !node.oneOf.some((type) => type.properties?.type?.enum?.includes('list'))) {
    node.oneOf.push(listField);
    added += 1;
  }
  for (const value of Object.values(node)) added += addListField(value, listField);
  return added;
}

let validator: ValidateFunction | undefined;

function profileValidator(): ValidateFunction {
  if (!validator) {
    const read = (path: string) => JSON.parse(readFileSync(join(packageRoot(), path), 'utf8')) as object;
    const profile = read(PROFILE_PATH);
    addListField(profile, read(LIST_FIELD_PATH));
    // The profile uses keywords ajv's strict mode rejects (propertyOrder, context, union types): see src/profiles/README.md.
    validator = new Ajv({ strict: false, allErrors: true, logger: false, formats: FORMATS }).compile(profile);
  }
  return validator;
}

/** Checks the descriptor against the official profile (with the list field type it misses), then what the profile leaves to implementations. */
export function validateDescriptor(descriptor: PackageDescriptor): Finding[] {
  const validate = profileValidator();
  const findings: Finding[] = validate(descriptor) ? [] : (validate.errors ?? []).map((error) => ({ kind: 'descriptor', message: `${error.instancePath || '/'} ${error.message ?? 'is invalid'}` }));
  const seen = new Set<string>();
  for (const resource of descriptor.resources) {
    if (seen.has(resource.name)) findings.push({ kind: 'descriptor', resource: resource.name, message: `resource name "${resource.name}" is used twice` });
    seen.add(resource.name);
  }
  return findings;
}
