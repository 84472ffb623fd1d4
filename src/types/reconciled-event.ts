/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One row per event the sources report (a key): the date shown and how it was chosen.
 */
export interface ReconciledEvent {
  /**
   * The annotation's event key, type:entities for the event types that happen once, or the event id.
   */
  key_id: string;
  /**
   * The event's type, as events.type gives it (the report shown).
   */
  type: string;
  /**
   * The entities involved (those of the report shown), by id (each an id of entities), in code-point order.
   *
   * @minItems 1
   */
  entities: string[];
  /**
   * The date shown: ISO 8601, truncated to what the report shown gives.
   */
  date: string;
  /**
   * The end of the date shown, where the report shown gives the event as a span (events.date_end); empty otherwise.
   */
  date_end: string | null;
  /**
   * How much of date is known: year, month or day.
   */
  date_precision: 'year' | 'month' | 'day';
  /**
   * single: one report; agree: every date is compatible with the others, that is the days each allows overlap (1985 and 1985-06-11; September 2011 and 28 September-2 October 2011); conflict: they cannot all be true.
   */
  status: 'single' | 'agree' | 'conflict';
  /**
   * The rule that decided: single (one report); later_publication (the report of the most recently published source); precise_over_approximate (the most precise of the remaining dates); first_printed (compatible reports no rule separates: the most precise is shown); unresolved (incompatible dates no rule separates).
   */
  rule: 'single' | 'later_publication' | 'precise_over_approximate' | 'first_printed' | 'unresolved';
  /**
   * The report whose date is shown, when the reports are reconciled; empty when unresolved.
   */
  chosen_event_id: string | null;
  /**
   * The report whose date is shown: the chosen one, or for an unresolved conflict the most precise remaining (see note).
   */
  shown_event_id: string;
  /**
   * How many reports of this event the texts hold (its rows in event_candidates).
   */
  n_candidates: number;
  /**
   * The earliest date any report gives (ISO 8601 as reported; 1985 sorts before 1985-06-11).
   */
  earliest: string;
  /**
   * The latest date any report gives, the end of a span for a report that gives one (ISO 8601 as reported).
   */
  latest: string;
  /**
   * Why the date shown is the one shown, where the rule does not say it (an unresolved conflict); empty otherwise.
   */
  note: string | null;
}
