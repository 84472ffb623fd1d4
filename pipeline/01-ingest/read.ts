import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Source } from '../../src/types/source.js';
import { PipelineError } from '../errors.js';
import type { TextPosition } from '../locate-json.js';
import { compareCodePoints } from '../order.js';
import { parseJsonFile } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';
import type { SourceMetadataRawSourcesJson } from '../types/source-metadata.js';
import { indexLines, type Line } from './index-lines.js';
import { assertSourceHash } from './verify.js';

export type NumberFormat = Source['number_format'];

/** A record of raw/sources.json, as generated from schemas/source-metadata.schema.json. */
export type SourceMetadata = SourceMetadataRawSourcesJson[number];

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
  const document = parseJsonFile(readFileSync(metadataPath, 'utf8'), displayPath, 'SOURCES_INVALID');
  schemas.assertValid('source-metadata.schema.json', document.data, 'SOURCES_INVALID', displayPath, document.positionOf);
  const metadata = document.data as SourceMetadata[];
  assertListedOnce(metadata, displayPath, document.positionOf);
  assertEveryTextListed(rawDir, metadata);
  const recordIndex = new Map(metadata.map((record, index) => [record, index]));
  return [...metadata]
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .map((record) => {
      const path = join(root, record.path);
      const index = recordIndex.get(record)!;
      const listedAt = () => `${displayPath}:${document.positionOf(`/${index}`).line}`;
      if (!existsSync(path)) {
        // A missing text has no line of its own: the place to point at is the record that names it.
        throw new PipelineError('SOURCE_MISSING', `raw text of source ${record.id} is missing: ${record.path}`, { file: displayPath, ...document.positionOf(`/${index}/path`), expected: 'the file named in raw/sources.json', seen: record.path });
      }
      const bytes = new Uint8Array(readFileSync(path));
      assertSourceHash(record.path, bytes, record.sha256, record.bytes, listedAt);
      return { metadata: record, bytes, lines: indexLines(bytes, record.path) };
    });
}

/** Two records for one id or one text would publish the source twice under one key. */
function assertListedOnce(metadata: readonly SourceMetadata[], displayPath: string, positionOf: (pointer: string) => TextPosition): void {
  for (const field of ['id', 'path'] as const) {
    const first = new Map<string, number>();
    metadata.forEach((record, index) => {
      const earlier = first.get(record[field]);
      if (earlier !== undefined) {
        throw new PipelineError('SOURCES_INVALID', `source ${field} ${record[field]} is listed twice (first at line ${positionOf(`/${earlier}`).line})`, {
          file: displayPath, ...positionOf(`/${index}/${field}`), expected: `one record per source ${field}`, seen: record[field],
        });
      }
      first.set(record[field], index);
    });
  }
}

/** A raw text that raw/sources.json does not list would be shipped by npm pack yet never read: stop instead. */
function assertEveryTextListed(rawDir: string, metadata: readonly SourceMetadata[]): void {
  const listed = new Set(metadata.map((record) => record.path));
  const unlisted = readdirSync(rawDir).filter((name) => name.endsWith('.txt')).sort(compareCodePoints).find((name) => !listed.has(`raw/${name}`));
  if (unlisted !== undefined) {
    throw new PipelineError('SOURCE_UNLISTED', 'a raw text is not listed in raw/sources.json, so the build would never read it (and npm pack would still ship it)', {
      file: `raw/${unlisted}`,
      line: 1,
      expected: `a record in raw/sources.json with "path": "raw/${unlisted}", or the file removed`,
      seen: `raw/${unlisted}`,
    });
  }
}
