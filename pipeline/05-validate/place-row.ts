import type { SourceText } from '../01-ingest/index.js';

/** One built row the validate stage rejects, at the place a person would go to fix it. */
export interface RowFinding {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line in that file (a CSV record number, header = 1, for a would-be dist/ file). */
  line: number;
  /** The resource the row belongs to ("observations"). */
  resource: string;
  /** The row's primary key. */
  id: string;
  message: string;
}

/** What validateRows, validateForeignKeys and validateProvenance return: every finding, placed. */
export interface RowValidation {
  valid: boolean;
  errors: RowFinding[];
}

/** The place of the row at `index` of a resource's rows (in the order they would be written). */
export type RowPlacer = (resource: string, row: object, index: number) => Pick<RowFinding, 'file' | 'line'>;

/**
 * Places rows by what they say of themselves: a row that names a source and a
 * line of it (observations, events, coverage) at that line of the raw text;
 * any other, or one naming a line its text lacks, at its record of the CSV it
 * would be published as, since the build writes the rows in this order.
 */
export function placeRows(sources: readonly SourceText[]): RowPlacer {
  const texts = new Map(sources.map((source) => [source.metadata.id, source]));
  return (resource, row, index) => {
    const { source_id: sourceId, line } = row as { source_id?: unknown; line?: unknown };
    const source = typeof sourceId === 'string' ? texts.get(sourceId) : undefined;
    if (source && typeof line === 'number' && Number.isInteger(line) && line >= 1 && line <= source.lines.length) return { file: source.metadata.path, line };
    return { file: `dist/${resource}.csv`, line: index + 2 };
  };
}

/** A row's primary key as one string, its fields joined by ", ". */
export function keyOf(row: object, fields: readonly string[]): string {
  return fields.map((field) => String((row as Record<string, unknown>)[field])).join(', ');
}
