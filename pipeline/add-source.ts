import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../src/types/source.js';
import { indexLines, type SourceMetadata } from './01-ingest/index.js';
import { build } from './build.js';
import { draftSource } from './draft-source.js';
import { PipelineError } from './errors.js';
import { parseLocatedJson } from './locate-json.js';
import type { ProjectPaths } from './paths.js';
import { parseJsonFile } from './read-json.js';
import { SchemaRegistry } from './schemas.js';

/** What `mfr add-source` is told about a text; everything else is read from it or left null. */
export interface AddSourceOptions {
  /** The text to add, as a path the caller can read (its name is never recorded). */
  file: string;
  id: string;
  title?: string;
  authors?: readonly string[];
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: its precision is the precision given. */
  published?: string;
  url?: string;
  rights?: string;
  kind?: Source['kind'];
  numberFormat?: Source['number_format'];
}

export interface AddedSource {
  record: SourceMetadata;
  /** Relative to the project root. */
  annotationFile: string;
  /** Proposals drafted, by kind, and how many of each confidence. */
  drafted: { observations: number; events: number; ignored: number; confidence: Record<'high' | 'medium' | 'low', number> };
}

const DEFAULT_RIGHTS = 'Not stated when the text was added; its rights stay with its authors and publisher. Included here verbatim for provenance only, not relicensed.';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Registers a new text: copies it into raw/ byte for byte, lists it in
 * raw/sources.json (sha256, size, metadata, validated against its schema) and
 * writes a complete draft annotation file, so that `npm run build -- --allow-drafts`
 * passes at once. Nothing is left behind when any step fails.
 */
export function addSource(paths: ProjectPaths, options: AddSourceOptions): AddedSource {
  const schemas = new SchemaRegistry(paths.schemas);
  if (!ID.test(options.id)) throw new PipelineError('USAGE_INVALID', `--id ${JSON.stringify(options.id)} is no source id: lower-case letters and digits in words joined by "-" (china-2023)`);
  if (options.published !== undefined && !DATE.test(options.published)) throw new PipelineError('USAGE_INVALID', `--published ${JSON.stringify(options.published)} is no date: YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!existsSync(options.file)) throw new PipelineError('SOURCE_MISSING', 'the text to add is not there', { file: options.file, expected: 'a readable text file' });
  const bytes = new Uint8Array(readFileSync(options.file));
  // Not UTF-8: stops at the line and column of the first bad byte, before anything is written.
  const lines = indexLines(bytes, options.file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const metadataPath = join(paths.raw, 'sources.json');
  const metadataText = readFileSync(metadataPath, 'utf8');
  const document = parseJsonFile(metadataText, 'raw/sources.json', 'SOURCES_INVALID');
  const records = document.data as SourceMetadata[];
  const textPath = `raw/${options.id}.txt`;
  const annotationFile = `pipeline/02-extract/annotations/${options.id}.json`;
  const listed = records.findIndex((record) => record.id === options.id);
  if (listed >= 0) throw new PipelineError('SOURCE_EXISTS', `source ${options.id} is already listed`, { file: 'raw/sources.json', ...document.positionOf(`/${listed}/id`), expected: 'a new source id', seen: options.id });
  const same = records.findIndex((record) => record.sha256 === sha256);
  if (same >= 0) throw new PipelineError('SOURCE_EXISTS', `the same text (sha256 ${sha256}) is already listed as ${records[same]!.id}`, { file: 'raw/sources.json', ...document.positionOf(`/${same}/sha256`), expected: 'a text not yet in the corpus', seen: sha256 });
  for (const path of [textPath, annotationFile]) {
    if (existsSync(join(paths.root, path))) throw new PipelineError('SOURCE_EXISTS', `${path} already exists, though raw/sources.json does not list ${options.id}`, { file: path, line: 1, expected: `no file for a new source ${options.id}`, seen: path });
  }

  const format = options.numberFormat === undefined ? guessNumberFormat(lines.map((line) => line.text).join('\n')) : { format: options.numberFormat, why: `number_format ${options.numberFormat} as given.` };
  const record: SourceMetadata = {
    id: options.id,
    path: textPath,
    title: options.title ?? null,
    authors: [...(options.authors ?? [])],
    publisher: options.publisher ?? null,
    container_title: null,
    identifier: null,
    published: options.published === undefined ? null : { date: options.published, precision: options.published.length === 4 ? 'year' : options.published.length === 7 ? 'month' : 'day' },
    kind: options.kind ?? 'web_article',
    language: 'en',
    number_format: format.format,
    sha256,
    bytes: bytes.length,
    url: options.url ?? null,
    rights: options.rights ?? DEFAULT_RIGHTS,
    notes: `Added with mfr add-source. ${format.why}${options.url === undefined ? '' : ' url as given when it was added.'}`,
  };
  const updated = `${JSON.stringify([...records, record], null, 2)}\n`;
  // Validated as the file it will be, so that an error names the line of the new record's wrong value.
  schemas.assertValid('source-metadata.schema.json', JSON.parse(updated), 'SOURCES_INVALID', 'raw/sources.json', parseLocatedJson(updated).positionOf);

  const written: string[] = [];
  try {
    writeFileSync(join(paths.root, textPath), bytes, { flag: 'wx' });
    written.push(textPath);
    writeFileSync(metadataPath, updated);
    const { file } = draftSource(paths, options.id, 'text');
    writeFileSync(join(paths.root, annotationFile), `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx' });
    written.push(annotationFile);
    // The promise made: the build gets through validation with drafts allowed (nothing is published here).
    build({ paths, until: 'validate', allowDrafts: true });
    const items = file.annotations.flatMap((annotation) => [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])]);
    const confidence = { high: 0, medium: 0, low: 0 };
    for (const item of items) if (item.draft) confidence[item.draft.confidence] += 1;
    const count = (field: 'observations' | 'events' | 'ignore') => file.annotations.reduce((total, annotation) => total + (annotation[field]?.length ?? 0), 0);
    return { record, annotationFile, drafted: { observations: count('observations'), events: count('events'), ignored: count('ignore'), confidence } };
  } catch (error) {
    for (const path of written) rmSync(join(paths.root, path), { force: true });
    writeFileSync(metadataPath, metadataText);
    throw error;
  }
}

/** Which convention the text's numerals follow: "1,234.5" or "1.234,5"; decimal points when nothing tells. */
export function guessNumberFormat(text: string): { format: Source['number_format']; why: string } {
  const comma = (text.match(/\b\d{1,3}(?:\.\d{3})+(?!\.?\d)|\b\d+,\d{1,2}(?!\d)/g) ?? []).length;
  const point = (text.match(/\b\d{1,3}(?:,\d{3})+(?![,\d])|\b\d+\.\d{1,2}(?!\d)/g) ?? []).length;
  const format = comma > point ? 'decimal_comma' : 'decimal_point';
  return { format, why: `number_format ${format}: read from its numerals (${point} written like 1,234 or 5.6, ${comma} like 1.234 or 5,6).` };
}
