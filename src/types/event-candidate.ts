/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One event as a candidate for its key, with whether it was chosen and why.
 */
export interface EventCandidate {
  /**
   * The event this report is a candidate for; see reconciled_events.
   */
  key_id: string;
  /**
   * The report; see events. Every event row is a candidate of exactly one key.
   */
  event_id: string;
  /**
   * The raw text that reports it; see sources.
   */
  source_id: string;
  /**
   * The date this report gives: ISO 8601, truncated to what the text gives (as events.date).
   */
  date: string;
  /**
   * The end of this report's span, where it gives the event as one (as events.date_end); empty otherwise.
   */
  date_end: string | null;
  /**
   * true for the report whose date the key shows when the reports are compatible or a rule decided between them; false for the others, and for every report of a conflict no rule resolves.
   */
  chosen: boolean;
  /**
   * The rule that set this report aside (later_publication, precise_over_approximate); empty for the chosen report and for those no rule separated.
   */
  set_aside_by: string | null;
  /**
   * Why the report was chosen, set aside or left standing, in words: the only report, the most precise of compatible dates, compatible with the date shown, set aside and why, or unresolved.
   */
  reason: string;
}
