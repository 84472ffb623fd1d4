import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipeline/paths.js';

interface Field {
  name: string;
  description?: string;
}

interface Resource {
  name: string;
  path: string;
  description?: string;
  schema?: { fields: Field[] };
}

interface Descriptor {
  description: string;
  licenses: { name: string }[];
  sources: { path: string; title: string; url?: string }[];
  resources: Resource[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(projectRoot, path), 'utf8')) as T;
const descriptor = readJson<Descriptor>('datapackage.json');

/** `resource.field` for every table resource or field of a descriptor that a reader would find undescribed. */
function undescribed(resources: readonly Resource[]): string[] {
  return resources
    .filter((resource) => resource.schema)
    .flatMap((resource) => [
      ...(resource.description?.trim() ? [] : [resource.name]),
      ...resource.schema!.fields.filter((field) => !field.description?.trim()).map((field) => `${resource.name}.${field.name}`),
    ]);
}

describe('the descriptor documents every field', () => {
  it('gives every table resource and every field of its Table Schema a description', () => {
    expect(descriptor.resources.some((resource) => resource.schema)).toBe(true);
    expect(undescribed(descriptor.resources)).toEqual([]);
  });

  it('finds a resource or field whose description is missing or blank', () => {
    const described = { name: 'places', path: 'dist/places.csv', description: 'Places.', schema: { fields: [{ name: 'id', description: 'Its id.' }] } };
    const text = { name: 'text', path: 'raw/text.txt' };
    expect(undescribed([described, text])).toEqual([]);
    expect(undescribed([{ ...described, description: '' }, { ...described, name: 'towns', schema: { fields: [{ name: 'id' }, { name: 'name', description: ' ' }] } }])).toEqual(['places', 'towns.id', 'towns.name']);
  });

  it('says in the package description what the package holds: each of its tables by name', () => {
    const named = (name: string) => new RegExp(`(^|[^a-z_])${name}([^a-z_]|$)`).test(descriptor.description);
    expect(descriptor.resources.filter((resource) => resource.schema && !named(resource.name)).map((resource) => resource.name)).toEqual([]);
  });
});

describe('sources', () => {
  const metadata = readJson<Record<string, unknown>[]>('raw/sources.json');
  const rows = parse(readFileSync(join(projectRoot, 'dist', 'sources.csv')), { columns: true }) as Record<string, string>[];

  it('publishes every plain field of raw/sources.json in dist/sources.csv as recorded (null as an empty cell)', () => {
    const header = Object.keys(rows[0]!);
    for (const record of metadata) {
      const row = rows.find((candidate) => candidate.id === record.id)!;
      const plain = Object.entries(record).filter(([key, value]) => header.includes(key) && (value === null || typeof value !== 'object'));
      expect(plain.length).toBeGreaterThan(10);
      for (const [key, value] of plain) expect(row[key], `${String(record.id)}.${key}`).toBe(value === null ? '' : String(value));
    }
  });

  it("gives each source's address, and its container and identifier in its citation, in the descriptor's sources", () => {
    for (const record of metadata) {
      const cited = descriptor.sources.find((source) => source.path === record.path)!;
      expect(cited.url ?? null, String(record.id)).toBe(record.url);
      for (const key of ['container_title', 'identifier'] as const) if (typeof record[key] === 'string') expect(cited.title).toContain(record[key]);
    }
  });
});

describe('package.json', () => {
  it("names the licences of the descriptor (data, code) and one for the texts, as an SPDX conjunction", () => {
    const { license } = readJson<{ license: string }>('package.json');
    const terms = license.split(' AND ');
    expect(terms.every((term) => /^(LicenseRef-)?[A-Za-z0-9.-]+$/.test(term)), license).toBe(true);
    expect(terms.map((term) => term.toUpperCase())).toEqual(expect.arrayContaining(descriptor.licenses.map((item) => item.name.toUpperCase())));
    expect(terms.filter((term) => term.startsWith('LicenseRef-'))).toHaveLength(1);
  });
});
