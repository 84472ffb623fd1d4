/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * Why a numeral is not data (in coverage, empty unless class is ignored). page_number: a page number of the printed original; footnote_marker: a footnote's number; citation: a year or page of a bibliographic reference; list_numbering: a section or list number; name_part: part of a name (G-20, 21st Century, 5G); publication_date: when the text or a document in it was written; table_heading: a table's caption, header or source note, whose meaning the cells carry; document_reference: a code or number of a document (an ISBN, a product code, an issue number); cross_reference: a pointer to a table, figure or chapter; context_date: a date that situates the narrative but is neither an event nor the period of a figure; duration: a span of time that is not a statistic ("over the past 12 years").
 */
export type IgnoreReason =
  | 'page_number'
  | 'footnote_marker'
  | 'citation'
  | 'list_numbering'
  | 'name_part'
  | 'publication_date'
  | 'table_heading'
  | 'document_reference'
  | 'cross_reference'
  | 'context_date'
  | 'duration';

/**
 * Every numeral of every raw text and what became of it: an observation, the period of one, an event's date, or ignored for a stated reason.
 */
export interface Coverage {
  /**
   * Source id and zero-padded byte offset of the numeral.
   */
  numeral_id: string;
  /**
   * The raw text the numeral is printed in (raw/<source_id>.txt); see sources.
   */
  source_id: string;
  /**
   * 1-based line of the raw text holding the numeral.
   */
  line: number;
  /**
   * 0-based byte offset of the numeral's first byte in the raw file.
   */
  byte_start: number;
  /**
   * 0-based byte offset just past the numeral's last byte (exclusive); the bytes byte_start..byte_end decode to text.
   */
  byte_end: number;
  /**
   * The numeral as printed.
   */
  text: string;
  /**
   * observation: the number of an observation; period: the year of an observation's period; event_date: part of an event's date; ignored: not data, for the reason given.
   */
  class: 'observation' | 'period' | 'event_date' | 'ignored';
  reason: IgnoreReason | null;
  /**
   * The obs_id or event_id the numeral became (for a table heading, the table's recipe, source/recipe); empty for the other ignored numerals.
   */
  row_id: string | null;
  /**
   * What classified it: a table recipe, an annotation (by its quote's position), or a rule (page_number, citation, footnote_marker).
   */
  classified_by: string;
}
