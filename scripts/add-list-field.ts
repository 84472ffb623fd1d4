import { join } from 'node:path';

/** The official Data Package v2.0 profile, shipped in the package (Unlicense) so validation needs no network. */
export const PROFILE_PATH = join('src', 'profiles', 'datapackage.json');

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
