import type { PackageDescriptor } from '../descriptor.js';
import type { Finding } from './findings.js';
import { validateProfile } from './profile-validator.js';

/**
 * Checks the descriptor against the official profile (with the list field type it misses: src/profiles/README.md),
 * precompiled by scripts/generate-validators.ts, then what the profile leaves to implementations.
 */
export function validateDescriptor(descriptor: PackageDescriptor): Finding[] {
  const findings: Finding[] = validateProfile(descriptor) ? [] : (validateProfile.errors ?? []).map((error) => ({ kind: 'descriptor', message: `${error.instancePath || '/'} ${error.message ?? 'is invalid'}` }));
  const seen = new Set<string>();
  for (const resource of descriptor.resources) {
    if (seen.has(resource.name)) findings.push({ kind: 'descriptor', resource: resource.name, message: `resource name "${resource.name}" is used twice` });
    seen.add(resource.name);
  }
  return findings;
}
