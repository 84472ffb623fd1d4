/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * A dated event a source reports, with where its date is printed.
 */
export interface Event {
  /**
   * Source id, zero-padded byte offset of the printed date, and the event's number among those sharing that date.
   */
  event_id: string;
  /**
   * ISO 8601, truncated to what the text gives; for an event the text gives as a span, its start (see date_end).
   */
  date: string;
  /**
   * The last day, month or year of an event the text gives as a span (ISO 8601, truncated to what the text gives): the event runs from date to date_end, as the ISO 8601 interval date/date_end ("28 September-2 October, 2011" is 2011-09-28 to 2011-10-02; "1996 and 1997" is 1996 to 1997). Empty when the text gives one date.
   */
  date_end: string | null;
  /**
   * How much of the date the text gives: year (1983), month (1996-05) or day (1985-06-11). For a span, the precision of its start (date); date_end is written to its own precision.
   */
  date_precision: 'year' | 'month' | 'day';
  /**
   * diplomatic_relations: relations established, broken or restored; agreement: a treaty or agreement signed; in_force: one entering into force; membership: joining an organization; state_visit: a head of state's visit; visit: another official visit or meeting; negotiation: negotiations opened or concluded; institution: a body, office or mechanism founded; election; migration; conflict; crisis; policy: a unilateral policy decision; other.
   */
  type:
    | 'diplomatic_relations'
    | 'agreement'
    | 'in_force'
    | 'membership'
    | 'state_visit'
    | 'visit'
    | 'negotiation'
    | 'institution'
    | 'election'
    | 'migration'
    | 'conflict'
    | 'crisis'
    | 'policy'
    | 'other';
  /**
   * The entities involved, by id (each an id of entities), in code-point order.
   *
   * @minItems 1
   */
  entities: string[];
  /**
   * What happened, in one line written by the person who annotated the text (not a quote; raw is the printed date).
   */
  description: string;
  /**
   * The raw text that reports the event (raw/<source_id>.txt); see sources.
   */
  source_id: string;
  /**
   * 1-based line of the raw text holding the printed date (where the date is broken across lines, the line it starts on).
   */
  line: number;
  /**
   * 0-based byte offset of the printed date's first byte in the raw file.
   */
  byte_start: number;
  /**
   * 0-based byte offset just past the printed date's last byte (exclusive).
   */
  byte_end: number;
  /**
   * The date as printed, line breaks included; the bytes byte_start..byte_end decode to it.
   */
  raw: string;
  /**
   * raw as a reader reads it: a word hyphenated across a line break rejoined, every run of white space (line breaks included) one space.
   */
  raw_normalized: string;
  /**
   * What a date printed without its own year counts from: the year printed earlier in the sentence ("1962" for "In that same year", "1990" for "October 1 of the same year", "1962" for "Sixteen years later"), or the source's publication date ("2001-09" for "This past April"). Empty when the date prints its year.
   */
  date_anchor: string | null;
}
