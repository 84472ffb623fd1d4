/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One number taken from a source, with where its bytes are and what it measures.
 */
export interface Observation {
  /**
   * Stable id derived from where the number is: source id and byte offset of its first byte.
   */
  obs_id: string;
  /**
   * The raw text the number comes from (raw/<source_id>.txt).
   */
  source_id: string;
  /**
   * The table's caption as printed ("Table 2"); empty for prose.
   */
  table: string | null;
  /**
   * The row header as printed; for a prose figure, the part of a breakdown its annotation names (a sector, a programme). Empty where there is none: most prose figures, and a table that prints no row labels (the indicator then tells its rows apart).
   */
  row_label: string | null;
  /**
   * The column header as printed (column group and column joined by " / "); empty for prose and for a table printed without column headers.
   */
  column_label: string | null;
  /**
   * 1-based line of the raw text holding the number.
   */
  line: number;
  /**
   * 0-based byte offset of the number's first byte in the raw file.
   */
  byte_start: number;
  /**
   * 0-based byte offset just past the number's last byte (exclusive).
   */
  byte_end: number;
  /**
   * The number token exactly as printed, sign included where attached, or the words that state it ("one-third"); the bytes byte_start..byte_end decode to it. The pattern admits nothing else, so a leading sign is a number's, never a spreadsheet formula's.
   */
  raw: string;
  /**
   * What is measured; see indicators.
   */
  indicator: string;
  /**
   * Whose figure it is (for trade, the reporting country); see entities.
   */
  entity: string;
  /**
   * The counterpart (trade partner, creditor, investor's host…); see entities. Empty for a figure about the entity alone (its population, its GDP).
   */
  partner: string | null;
  /**
   * ISO 8601 start of the period, truncated to the precision the text gives; empty when the text gives no period (for example a figure stated for today, or accumulated over an unstated span).
   */
  period_start: string | null;
  /**
   * ISO 8601 end of the period; equal to period_start for a single year; empty when the text gives no period.
   */
  period_end: string | null;
  /**
   * The words the period was read from, as the text reads them (a word hyphenated across a line break rejoined, white space as one space): a year or month ("December 2010"), a span ("January–August 2009", "1996 to March 2008"), a table heading or caption ("Outstanding 1997-2007", "Sept.1999"), or a year counted from the source's publication date ("last year": sources.published, minus one). Where the words refer back to a period printed elsewhere ("the same period"), the period printed. Empty when the period is empty.
   */
  period_raw: string | null;
  /**
   * The number in canonical units: the printed number parsed by the source's number format, times multiplier; a unit conversion (miles to km, said in note) is then rounded to as many significant digits as the number printed (2,000 miles: 3219 km, not 3218.688). Money is in US dollars as printed: nominal (current) dollars of the period, not adjusted for inflation (no text gives a base year or speaks of constant or real dollars; purchasing power parity only where the indicator says so).
   */
  value: number;
  /**
   * Canonical unit of value: USD (US dollars, nominal, as the sources print them), percent (points: 2.4 is 2.4%), persons, count, km, km2, MW, barrels_per_day, MXN_per_USD (pesos per dollar), rank (1 is the first), years (a length of time the text states).
   */
  unit:
    | 'USD'
    | 'percent'
    | 'persons'
    | 'count'
    | 'km'
    | 'km2'
    | 'MW'
    | 'barrels_per_day'
    | 'MXN_per_USD'
    | 'rank'
    | 'years';
  /**
   * How the text qualifies the number: exact (every table cell, and a plain figure in prose); approx (about, around, approximately, some, estimated); more_than (over, more than); less_than (almost, nearly, under); range_low and range_high (the two ends of a printed range, "200,000 to 400,000", one row each).
   */
  qualifier: 'exact' | 'approx' | 'more_than' | 'less_than' | 'range_low' | 'range_high';
  /**
   * What the printed number was multiplied by to give value (1e6 for "millions of dollars"; 1.609344 for miles to km, the product then rounded to the digits printed).
   */
  multiplier: number;
  /**
   * The statistics' origin as printed in the table's source line ("www.kotis.net"); empty for prose.
   */
  attributed_to: string | null;
  /**
   * Anything a reader needs to interpret the number (a definition from the table's footnote, a unit conversion, how the text words it); empty when there is nothing to add.
   */
  note: string | null;
}
