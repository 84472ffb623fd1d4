/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One observation as a candidate value for its key, with whether it was chosen and why.
 */
export interface Candidate {
  key_id: string;
  obs_id: string;
  source_id: string;
  /**
   * The observation's value as the key reads it (a balance reported from the other side is negated).
   */
  value: number;
  chosen: boolean;
  /**
   * The rule that set this candidate aside; empty for the chosen one and for those no rule separated.
   */
  set_aside_by: string | null;
  reason: string;
}
