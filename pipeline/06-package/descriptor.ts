import type { PackageDescriptor } from '../../src/descriptor.js';
import type { Source } from '../../src/types/source.js';
import type { RowSchema } from '../schemas.js';
import { sha256 } from '../01-ingest/index.js';
import { tableSchemaFromRowSchema } from './table-schema.js';
import { CSV_DIALECT } from './to-csv.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The descriptor's hand-written part (pipeline/06-package/package-metadata.json). */
export interface PackageMetadata {
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; roles: string[] }[];
}

export interface TableFile {
  schema: RowSchema;
  path: string;
  /** The file's bytes. */
  content: Uint8Array;
}

export interface TextFile {
  name: string;
  title: string;
  path: string;
  bytes: Uint8Array;
}

/** Builds a Data Package v2 descriptor: one resource per CSV with its Table Schema, size and hash, then the raw texts. */
export function buildDescriptor(metadata: PackageMetadata, version: string, sources: readonly Source[], tables: readonly TableFile[], texts: readonly TextFile[]): PackageDescriptor {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: metadata.name,
    title: metadata.title,
    description: metadata.description,
    version,
    homepage: metadata.homepage,
    keywords: metadata.keywords,
    licenses: metadata.licenses,
    contributors: metadata.contributors,
    sources: sources.map((source) => ({
      // A citation in one line; a website that is its own publisher is named once.
      title: [...new Set([source.title ?? source.id, source.authors?.join(', '), source.container_title, source.publisher, source.published, source.identifier].filter(Boolean))].join(' — '),
      path: source.path,
      ...(source.url ? { url: source.url } : {}),
      rights: source.rights,
    })),
    resources: [
      ...tables.map((table) => {
        const bytes = table.content;
        return {
          name: table.schema['x-resource']!.name,
          type: 'table',
          title: table.schema['x-resource']!.title,
          description: table.schema.description,
          path: table.path,
          scheme: 'file',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          bytes: bytes.length,
          hash: `sha256:${sha256(bytes)}`,
          dialect: CSV_DIALECT,
          schema: tableSchemaFromRowSchema(table.schema),
        };
      }),
      ...texts.map((text) => ({
        name: text.name,
        title: text.title,
        description: 'A raw source text, byte for byte as received; observations point into it by byte offset.',
        path: text.path,
        scheme: 'file',
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        bytes: text.bytes.length,
        hash: `sha256:${sha256(text.bytes)}`,
      })),
    ],
  };
}
