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

let validator: ValidateFunction | undefined;

function profileValidator(): ValidateFunction {
  // The profile uses keywords ajv's strict mode rejects (propertyOrder, context, union types): see src/profiles/README.md.
  validator ??= new Ajv({ strict: false, allErrors: true, logger: false, formats: FORMATS }).compile(JSON.parse(readFileSync(join(packageRoot(), PROFILE_PATH), 'utf8')) as object);
  return validator;
}

/** Checks the descriptor against the official profile, then what the profile leaves to implementations. */
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
