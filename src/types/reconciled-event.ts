/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One row per event the sources report (a key): the date shown and how it was chosen.
 */
export interface ReconciledEvent {
  /**
   * The annotation's event key, type:entities for the event types that happen once, or the event id.
   */
  key_id: string;
  type: string;
  entities: string;
  date: string;
  date_precision: 'year' | 'month' | 'day';
  /**
   * agree: every date is compatible with the others (1972 and 1972-02-14); conflict: they cannot all be true.
   */
  status: 'single' | 'agree' | 'conflict';
  rule: 'single' | 'later_publication' | 'precise_over_approximate' | 'first_printed' | 'unresolved';
  chosen_event_id: string | null;
  shown_event_id: string;
  n_candidates: number;
  earliest: string;
  latest: string;
  note: string | null;
}
