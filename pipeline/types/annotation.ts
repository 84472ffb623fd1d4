/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

import type { Event } from '../../src/types/event.js';
import type { Coverage } from '../../src/types/coverage.js';

/**
 * The n-th numeral (run of digits with . and , inside) of the quote, counting from 1. As a period, a year printed as a decade ("1980s") stands for its ten years.
 */
export type NumeralRef = number;
/**
 * Why a figure whose quote prints a year, a month or a relative year ("last year") has no period: the date is another thing's (an event, a founding), not the figure's. The build stops with PERIOD_UNREAD on such a figure without it, and with PERIOD_EXCEPTION_STALE where it is given but the figure has a period. Also on a figure whose quote prints no date, where the text gives none: the build's undated-keys report shows it.
 */
export type PeriodUnstated = string;
/**
 * The period a figure refers to: a numeral of the quote that is a year, two numerals for a span, or a date written in words inside the quote.
 */
export type PeriodRef = NumeralRef | [NumeralRef, NumeralRef] | PeriodWords;

/**
 * What the numbers in one source's prose mean, coded by people and reviewed like code. Each annotation anchors itself by quoting the text; the pipeline finds the quote and reads the numbers inside it. An annotation never states a value.
 */
export interface SourceAnnotations {
  source_id: string;
  annotations: Annotation[];
}
export interface Annotation {
  /**
   * Words of the text, as printed; line breaks, runs of spaces and words hyphenated across a line break may be written as one space and one word.
   */
  quote: string;
  /**
   * Which occurrence of the quote is meant, when it is not unique in the source.
   */
  occurrence?: number;
  defaults?: Meaning;
  observations?: ProseObservation[];
  events?: ProseEvent[];
  ignore?: Ignore[];
  /**
   * Why the annotation reads the text as it does.
   */
  comment?: string;
}
/**
 * Meaning shared by the observations of this annotation.
 */
export interface Meaning {
  indicator?: string;
  entity?: string;
  partner?: string;
  note?: string;
  /**
   * The part of a breakdown the figure is (a sector, a programme, a firm): published as the observation's row_label and part of its reconciliation key, so that the parts are not taken for rivals.
   */
  category?: string;
  /**
   * A period given once for every figure of the annotation (a sentence's "in 2002", a table heading).
   */
  period?: NumeralRef | [NumeralRef, NumeralRef] | PeriodWords;
  period_unstated?: PeriodUnstated;
}
/**
 * A period printed in words: a year or month ("December 2010", "Sept. 1999"), a span of years or months ("2004-2006", "January–August 2009", "1996 to March 2008"), a date a stock is counted to ("up to May 2011", "by 1998"), or a year counted from the source's publication date ("last year", "this year"). The pipeline reads it; the annotation never states the dates.
 */
export interface PeriodWords {
  /**
   * The words as printed, inside the quote (or inside `in`).
   */
  words: string;
  /**
   * Where the period is printed when it is not in the annotation's quote: a table heading, or the sentence that gives it once for several.
   */
  in?: {
    quote: string;
    occurrence?: number;
  };
  /**
   * The words of the quote that refer to the period printed elsewhere ("the same period", "that year"), so that the figure's period points at the printed period.
   */
  referred_by?: string;
}
export interface ProseObservation {
  numeral?: NumeralRef;
  /**
   * A range printed as two numbers ("200,000 to 400,000"): two observations, range_low and range_high.
   *
   * @minItems 2
   * @maxItems 2
   */
  range?: [NumeralRef, NumeralRef];
  /**
   * A quantity written in words inside the quote ("one-third", "three out of every five", "second").
   */
  words?: string;
  indicator?: string;
  entity?: string;
  partner?: string;
  period?: PeriodRef;
  /**
   * Only where the words around the number do not say it in a way the pipeline reads.
   */
  qualifier?: 'exact' | 'approx' | 'more_than' | 'less_than';
  /**
   * Where this number is written in the other convention than its source's.
   */
  number_format?: 'decimal_comma' | 'decimal_point';
  /**
   * Why a money figure printed without a currency word is in US dollars.
   */
  currency_implied?: string;
  note?: string;
  /**
   * The part of a breakdown the figure is (a sector, a programme, a firm): published as the observation's row_label and part of its reconciliation key, so that the parts are not taken for rivals.
   */
  category?: string;
  period_unstated?: PeriodUnstated;
  /**
   * The n-th numeral (run of digits with . and , inside) of the quote, counting from 1. As a period, a year printed as a decade ("1980s") stands for its ten years.
   */
  unit_words_of?: number;
  draft?: Draft;
}
/**
 * Marks a proposal of the drafter (mfr add-source, npm run annotate) that no person has reviewed yet. The build refuses any draft unless run with --allow-drafts; a reviewer checks the proposal, corrects it and deletes this mark.
 */
export interface Draft {
  /**
   * How sure the drafter is: high when the words around the numeral say it plainly (a full date with a verb of its list, a currency and a year beside a figure), low when it fell back on a default.
   */
  confidence: 'high' | 'medium' | 'low';
  /**
   * What the drafter read, in words: the cue for each field it proposed.
   */
  why: string;
  /**
   * Other readings worth a look: indicators or event keys of the corpus that also match, another ignore reason.
   */
  alternatives?: string[];
}
export interface ProseEvent {
  date: number | RelativeDate;
  /**
   * The n-th numeral (run of digits with . and , inside) of the quote, counting from 1. As a period, a year printed as a decade ("1980s") stands for its ten years.
   */
  date_end?: number;
  /**
   * diplomatic_relations: relations established, broken or restored; agreement: a treaty or agreement signed; in_force: one entering into force; membership: joining an organization; state_visit: a head of state's visit; visit: another official visit or meeting; negotiation: negotiations opened or concluded; institution: a body, office or mechanism founded; election; migration; conflict; crisis; policy: a unilateral policy decision; other.
   */
  type: Event['type'];
  /**
   * @minItems 1
   */
  entities: [string, ...string[]];
  description: string;
  /**
   * Names the event across sources, so that every report of it is reconciled together ("mex_prc_relations"); events of types that happen once are keyed by type and entities without it.
   */
  key?: string;
  draft?: Draft;
}
/**
 * A date printed without its own year: "October 1 of the same year", "in that same year", "sixteen years later" (counted from the year numeral `year` of the quote), or "this past April", "last year" (counted from the source's publication date). The event's bytes are these words; the pipeline resolves the year.
 */
export interface RelativeDate {
  /**
   * The date as printed, inside the quote.
   */
  words: string;
  /**
   * The n-th numeral (run of digits with . and , inside) of the quote, counting from 1. As a period, a year printed as a decade ("1980s") stands for its ten years.
   */
  year?: number;
}
export interface Ignore {
  numeral: NumeralRef;
  /**
   * Why a numeral is not data (in coverage, empty unless class is ignored). page_number: a page number of the printed original; footnote_marker: a footnote's number; citation: a year or page of a bibliographic reference; list_numbering: a section or list number; name_part: part of a name (G-20, 21st Century, 5G); publication_date: when the text or a document in it was written; table_heading: a table's caption, header or source note, whose meaning the cells carry; document_reference: a code or number of a document (an ISBN, a product code, an issue number); cross_reference: a pointer to a table, figure or chapter; context_date: a date that situates the narrative but is neither an event nor the period of a figure; duration: a span of time that is not a statistic ("over the past 12 years").
   */
  reason: NonNullable<Coverage['reason']>;
  draft?: Draft;
}
