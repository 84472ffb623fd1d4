/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One event as a candidate for its key, with whether it was chosen and why.
 */
export interface EventCandidate {
  key_id: string;
  event_id: string;
  source_id: string;
  date: string;
  chosen: boolean;
  set_aside_by: string | null;
  reason: string;
}
