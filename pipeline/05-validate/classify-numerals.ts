import type { Coverage } from '../../src/types/coverage.js';
import type { Event } from '../../src/types/event.js';
import type { Line, SourceText } from '../01-ingest/index.js';
import { foldedIndexOf, numeralsWithin, type FoldedText, type IgnoreMark, type Numeral, type ProseCell } from '../02-extract/index.js';
import { observationId, type NormalizedTable } from '../03-normalize/index.js';

type Claim = Pick<Coverage, 'class' | 'reason' | 'row_id' | 'classified_by'>;

/** What the stages made of a source's numbers: the claims each numeral may be covered by. */
export interface SourceClaims {
  source: SourceText;
  folded: FoldedText;
  /** In text order, as scanNumerals gives them. */
  numerals: readonly Numeral[];
  tables: readonly NormalizedTable[];
  prose: readonly { cell: ProseCell; obsId: string }[];
  /** `anchor`: the year a date printed without its own counts from, which dates the event too. */
  events: readonly { event: Event; annotationId: string; anchor?: { byteStart: number; byteEnd: number } }[];
  ignores: readonly IgnoreMark[];
}

export interface Classification {
  rows: Coverage[];
  unclassified: Numeral[];
  /** Numerals two claims disagree about, with both. */
  conflicts: { numeral: Numeral; claims: Claim[] }[];
}

/**
 * Accounts for every numeral of a source: table cells and headings by their
 * recipes, prose figures, periods, event dates and explicit ignores by their
 * annotations, and the remaining page numbers, footnote markers, citations,
 * list numbers and cross-references by rules. What is left is unclassified.
 */
export function classifyNumerals(claims: SourceClaims): Classification {
  const byStart = new Map<number, Claim[]>();
  const claim = (numeral: Numeral, entry: Claim) => {
    const list = byStart.get(numeral.byteStart) ?? [];
    if (!list.some((existing) => sameClaim(existing, entry))) list.push(entry);
    byStart.set(numeral.byteStart, list);
  };
  // Each span claims the numerals within it, found by halving (numeralsWithin); a numeral's claims keep the order
  // tables, prose figures and periods, events, ignores — the first of several periods and dates wins (resolveClaims).
  const within = (start: number, end: number) => numeralsWithin(claims.numerals, start, end);
  const sourceId = claims.source.metadata.id;
  for (const { table, cells } of claims.tables) {
    // A numeral in a table is its first observation cell's, else the table's heading.
    const cellOf = new Map<Numeral, (typeof cells)[number]>();
    for (const cell of cells) {
      if (!cell.observation) continue;
      for (const numeral of within(cell.cell.byteStart, cell.cell.byteEnd)) if (!cellOf.has(numeral)) cellOf.set(numeral, cell);
    }
    for (const [numeral, cell] of cellOf) claim(numeral, { class: 'observation', reason: null, row_id: cell.obsId, classified_by: `table:${table.recipeId}` });
    for (const extent of table.extents) {
      for (const numeral of within(extent.byteStart, extent.byteEnd)) if (!cellOf.has(numeral)) claim(numeral, { class: 'ignored', reason: 'table_heading', row_id: table.recipeId, classified_by: `table:${table.recipeId}` });
    }
  }
  for (const { cell, obsId } of claims.prose) {
    for (const numeral of within(cell.number.byteStart, cell.number.byteEnd)) claim(numeral, { class: 'observation', reason: null, row_id: obsId, classified_by: `annotation:${cell.annotationId}` });
    for (const period of cell.periodSpans) for (const numeral of within(period.byteStart, period.byteEnd)) claim(numeral, { class: 'period', reason: null, row_id: obsId, classified_by: `annotation:${cell.annotationId}` });
  }
  for (const { event, annotationId, anchor } of claims.events) {
    const spans = anchor ? [[event.byte_start, event.byte_end], [anchor.byteStart, anchor.byteEnd]] : [[event.byte_start, event.byte_end]];
    for (const [start, end] of spans) for (const numeral of within(start!, end!)) claim(numeral, { class: 'event_date', reason: null, row_id: event.event_id, classified_by: `annotation:${annotationId}` });
  }
  for (const mark of claims.ignores) claim(mark.numeral, { class: 'ignored', reason: mark.reason, row_id: null, classified_by: `annotation:${mark.annotationId}` });

  const rows: Coverage[] = [];
  const unclassified: Numeral[] = [];
  const conflicts: Classification['conflicts'] = [];
  for (const numeral of claims.numerals) {
    const found = resolveClaims(byStart.get(numeral.byteStart) ?? []) ?? ruleClaim(numeral, claims);
    if (found === null) {
      unclassified.push(numeral);
      continue;
    }
    if (Array.isArray(found)) {
      conflicts.push({ numeral, claims: found });
      continue;
    }
    rows.push({ numeral_id: observationId(sourceId, numeral.byteStart), source_id: sourceId, line: numeral.line, byte_start: numeral.byteStart, byte_end: numeral.byteEnd, text: numeral.text, ...found });
  }
  return { rows, unclassified, conflicts };
}

function sameClaim(a: Claim, b: Claim): boolean {
  return a.class === b.class && a.reason === b.reason && a.row_id === b.row_id;
}

/**
 * One claim wins. A year may date several figures and events at once: it is
 * listed once, as the event's date if it is one, else as the first figure's
 * period. Anything else claimed twice is a conflict.
 */
function resolveClaims(list: Claim[]): Claim | Claim[] | null {
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  if (list.every((entry) => entry.class === 'period' || entry.class === 'event_date')) return list.find((entry) => entry.class === 'event_date') ?? list[0]!;
  return list;
}

const CITATION_ITEM = String.raw`\p{Lu}[\p{L}'’.\-/ ]*?,? (?:No\. \d+,? )?(?:1[89]|20)\d\d[a-z]?(?:, ?\d+(?: ?f{1,2}\.?|-\d+)?)?`;
/** A parenthesis that holds only author–year references: "(Lindqvist 1994, 311)", "(Arroyo 1997, 212; Ortega Ruiz 1990, 88)". */
const CITATION = new RegExp(String.raw`^(?:see |cf\. )?${CITATION_ITEM}(?:; ?${CITATION_ITEM})*\.?$`, 'u');
const CROSS_REFERENCE = /\b(?:Table|Figure|Chart|Graph|Annex|Chapter|ch\.)\s$/i;

/** The rules for what no annotation needs to say; null when none applies. */
function ruleClaim(numeral: Numeral, claims: SourceClaims): Claim | null {
  const line = claims.source.lines[numeral.line - 1]!;
  const before = line.text.slice(0, numeral.column - 1);
  const after = line.text.slice(numeral.column - 1 + numeral.text.length);
  const rule = (reason: NonNullable<Claim['reason']>, name: string): Claim => ({ class: 'ignored', reason, row_id: null, classified_by: `rule:${name}` });
  if (line.text.trim() === numeral.text) return rule('page_number', 'page_number');
  if (numeral.text.length <= 2 && /^\s*$/.test(before) && /^[.)] \p{Lu}/u.test(after)) return rule('list_numbering', 'list_numbering');
  if (isFootnoteMarker(numeral, before, after, line)) return rule('footnote_marker', 'footnote_marker');
  const foldedAt = foldedIndexOf(claims.folded, numeral.byteStart);
  if (CROSS_REFERENCE.test(claims.folded.text.slice(Math.max(0, foldedAt - 12), foldedAt))) return rule('cross_reference', 'cross_reference');
  if (isInCitation(numeral, claims.folded)) return rule('citation', 'citation');
  return null;
}

/** A footnote's number: attached to the end of a word ("population.2") or opening a footnote line ("4 In 1987, …"). */
function isFootnoteMarker(numeral: Numeral, before: string, after: string, line: Line): boolean {
  if (numeral.text.length > 2 || /[.,]/.test(numeral.text)) return false;
  // "18:23:28" and "1.5" are not markers: a marker never follows a digit and its separator.
  const attached = /[\p{L}.,;:)”"’]$/u.test(before) && !/[-–]$/.test(before) && !/\d[:.,]$/.test(before) && /^(?:$|[\s.,;:)])/u.test(after);
  const opensLine = /^\s*$/.test(before) && /^ ?[\p{Lu}„“"]/u.test(after) && line.text.trim().length > numeral.text.length;
  return attached || opensLine;
}

/** How far a citation's parentheses may lie from a numeral inside it, in folded units. */
const CITATION_REACH = 160;

function isInCitation(numeral: Numeral, folded: FoldedText): boolean {
  const at = foldedIndexOf(folded, numeral.byteStart);
  // Parentheses are looked for within reach only: searching the whole text would cost its length for every numeral.
  const from = Math.max(0, at - CITATION_REACH);
  const openInReach = folded.text.slice(from, at + 1).lastIndexOf('(');
  const closeInReach = folded.text.slice(at, at + CITATION_REACH + 1).indexOf(')');
  if (openInReach < 0 || closeInReach < 0) return false;
  const open = from + openInReach;
  const close = at + closeInReach;
  if (folded.text.slice(open, at).includes(')')) return false;
  return CITATION.test(folded.text.slice(open + 1, close).trim());
}
