import { indexLines, type SourceText } from '../01-ingest/index.js';
import { byteAt, endsInsideWord, foldedIndexOf, foldText, startsInsideWord, wordAround, type FoldedText } from '../02-extract/index.js';
import type { RowFinding, RowPlacer, RowValidation } from './place-row.js';

/** What an observation and an event share: where their printed text is. */
export interface ProvenanceRow {
  source_id: string;
  line: number;
  byte_start: number;
  byte_end: number;
  raw: string;
  /** An event's raw as a reader reads it: must be raw folded as the pipeline folds text. */
  raw_normalized?: string;
}

const decoder = new TextDecoder('utf-8');

/**
 * Every row of a resource (observations, events) has a byte span that decodes
 * to its raw text, starts on the line it names and is whole words — it starts
 * and ends where words do, never in the middle of one (the "three" of
 * "forty-three", the "200" of "1,200"); a normalised raw is that text folded.
 * `foldedTexts`: each source's folded text by id, as the extract stage made it.
 */
export function validateProvenance(resource: string, rows: readonly ProvenanceRow[], sources: readonly SourceText[], place: RowPlacer, foldedTexts: ReadonlyMap<string, FoldedText> = new Map()): RowValidation {
  const byId = new Map(sources.map((source) => [source.metadata.id, source]));
  // The extract stage's folded texts when given (a build), else folded once here.
  const folded = new Map(foldedTexts);
  const foldedOf = (source: SourceText) => folded.get(source.metadata.id) ?? folded.set(source.metadata.id, foldText(source.lines)).get(source.metadata.id)!;
  const errors: RowFinding[] = [];
  rows.forEach((row, index) => {
    const id = (row as { obs_id?: string; event_id?: string }).obs_id ?? (row as { event_id?: string }).event_id ?? '';
    const finding = (message: string) => errors.push({ ...place(resource, row, index), resource, id, message });
    const source = byId.get(row.source_id);
    const line = source?.lines[row.line - 1];
    if (!source || !line) {
      finding(`no line ${row.line} in source ${row.source_id}`);
      return;
    }
    const text = decoder.decode(source.bytes.subarray(row.byte_start, row.byte_end));
    if (text !== row.raw) finding(`bytes ${row.byte_start}-${row.byte_end} read ${JSON.stringify(text)}, not ${JSON.stringify(row.raw)}`);
    if (row.byte_start < line.start || row.byte_start >= line.end) finding(`byte ${row.byte_start} is not on line ${row.line}`);
    const partial = text === row.raw ? partOfWord(foldedOf(source), row.byte_start, row.byte_end, source.bytes.length) : null;
    if (partial) finding(`bytes ${row.byte_start}-${row.byte_end} (${JSON.stringify(text)}) ${partial}: a published span is whole words`);
    if (row.raw_normalized !== undefined) {
      const foldedRaw = foldText(indexLines(Buffer.from(text, 'utf8'))).text;
      if (foldedRaw !== row.raw_normalized) finding(`raw_normalized is ${JSON.stringify(row.raw_normalized)}, but the bytes fold to ${JSON.stringify(foldedRaw)}`);
    }
  });
  return { valid: errors.length === 0, errors };
}

/** How a byte span cuts a word of the text as it reads (folded), or null when it is whole words. */
function partOfWord(folded: FoldedText, byteStart: number, byteEnd: number, size: number): string | null {
  if (folded.text.length === 0 || byteEnd <= byteStart) return null;
  const start = foldedIndexOf(folded, byteStart);
  // The first character the text keeps at or after the span's end; none when the text ends first.
  const after = byteEnd >= size ? folded.text.length : foldedIndexOf(folded, byteEnd);
  const end = after < folded.text.length && byteAt(folded, after) >= byteEnd ? after : folded.text.length;
  const cuts = [
    ...(startsInsideWord(folded.text, start) ? [`starts inside the word ${JSON.stringify(wordAround(folded.text, start, start))}`] : []),
    ...(endsInsideWord(folded.text, end) ? [`ends inside the word ${JSON.stringify(wordAround(folded.text, end, end))}`] : []),
  ];
  return cuts.length ? cuts.join(' and ') : null;
}
