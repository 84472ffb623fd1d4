import { indexLines, type SourceText } from '../01-ingest/index.js';
import { foldText } from '../02-extract/index.js';
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

/** Every row of a resource (observations, events) has a byte span that decodes to its raw text and starts on the line it names; a normalised raw is that text folded. */
export function validateProvenance(resource: string, rows: readonly ProvenanceRow[], sources: readonly SourceText[], place: RowPlacer): RowValidation {
  const byId = new Map(sources.map((source) => [source.metadata.id, source]));
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
    if (row.raw_normalized !== undefined) {
      const folded = foldText(indexLines(Buffer.from(text, 'utf8'))).text;
      if (folded !== row.raw_normalized) finding(`raw_normalized is ${JSON.stringify(row.raw_normalized)}, but the bytes fold to ${JSON.stringify(folded)}`);
    }
  });
  return { valid: errors.length === 0, errors };
}
