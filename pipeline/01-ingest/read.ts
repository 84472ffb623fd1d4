import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PipelineError } from '../errors.js';
import { compareCodePoints } from '../order.js';
import type { SchemaRegistry } from '../schemas.js';
import { indexLines, type Line } from './index-lines.js';
import { assertSourceHash } from './verify.js';

export type NumberFormat = 'decimal_comma' | 'decimal_point';

/** A record of raw/sources.json (schemas/source-metadata.schema.json). */
export interface SourceMetadata {
  id: string;
  path: string;
  title: string | null;
  authors: string[];
  publisher: string | null;
  published: { date: string; precision: 'year' | 'month' | 'day' } | null;
  kind: 'journal_article' | 'web_article' | 'commission_report' | 'reference_page';
  language: string;
  number_format: NumberFormat;
  sha256: string;
  bytes: number;
  url: string | null;
  rights: string;
  notes: string | null;
}

/** A verified raw text, indexed by line and byte. */
export interface SourceText {
  metadata: SourceMetadata;
  bytes: Uint8Array;
  lines: Line[];
}

/**
 * The ingest stage's edge: reads raw/sources.json and every raw text it names,
 * verifies each against its recorded hash and indexes its lines.
 */
export function readSources(rawDir: string, schemas: SchemaRegistry): SourceText[] {
  const root = join(rawDir, '..');
  const metadataPath = join(rawDir, 'sources.json');
  const displayPath = relative(root, metadataPath);
  if (!existsSync(metadataPath)) {
    throw new PipelineError('SOURCE_MISSING', 'the source metadata file is missing', { file: displayPath, expected: 'a JSON array of source records' });
  }
  const metadata = parseJson(readFileSync(metadataPath, 'utf8'), displayPath) as SourceMetadata[];
  schemas.assertValid('source-metadata.schema.json', metadata, 'SOURCES_INVALID', displayPath);
  return [...metadata]
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .map((record) => {
      const path = join(root, record.path);
      if (!existsSync(path)) {
        throw new PipelineError('SOURCE_MISSING', `raw text of source ${record.id} is missing`, { file: record.path, expected: 'the file named in raw/sources.json' });
      }
      const bytes = new Uint8Array(readFileSync(path));
      assertSourceHash(record.path, bytes, record.sha256, record.bytes);
      return { metadata: record, bytes, lines: indexLines(bytes) };
    });
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PipelineError('SOURCES_INVALID', `is not valid JSON: ${(error as Error).message}`, { file });
  }
}
