import type { SourceText } from '../01-ingest/index.js';
import type { RowFinding, RowPlacer, RowValidation } from './place-row.js';

/** What an observation and an event share: where their printed text is. */
export interface ProvenanceRow {
  source_id: string;
  line: number;
  byte_start: number;
  byte_end: number;
  raw: string;
}

const decoder = new TextDecoder('utf-8');

/** Every row of a resource (observations, events) has a byte span that decodes to its raw text and starts on the line it names. */
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
  });
  return { valid: errors.length === 0, errors };
}
