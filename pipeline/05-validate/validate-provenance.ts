import type { SourceText } from '../01-ingest/index.js';
import type { ValidationResult } from '../schemas.js';

/** What an observation and an event share: where their printed text is. */
export interface ProvenanceRow {
  source_id: string;
  line: number;
  byte_start: number;
  byte_end: number;
  raw: string;
}

const decoder = new TextDecoder('utf-8');

/** Every row's byte span decodes to its raw text and starts on the line it names. */
export function validateProvenance(rows: readonly ProvenanceRow[], sources: readonly SourceText[]): ValidationResult {
  const byId = new Map(sources.map((source) => [source.metadata.id, source]));
  const errors: string[] = [];
  for (const row of rows) {
    const id = (row as { obs_id?: string; event_id?: string }).obs_id ?? (row as { event_id?: string }).event_id;
    const source = byId.get(row.source_id);
    const line = source?.lines[row.line - 1];
    if (!source || !line) {
      errors.push(`${id}: no line ${row.line} in source ${row.source_id}`);
      continue;
    }
    const text = decoder.decode(source.bytes.subarray(row.byte_start, row.byte_end));
    if (text !== row.raw) errors.push(`${id}: bytes ${row.byte_start}-${row.byte_end} read ${JSON.stringify(text)}, not ${JSON.stringify(row.raw)}`);
    if (row.byte_start < line.start || row.byte_start >= line.end) errors.push(`${id}: byte ${row.byte_start} is not on line ${row.line}`);
  }
  return { valid: errors.length === 0, errors };
}
