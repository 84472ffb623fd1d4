/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One observation as a candidate value for its key, with whether it was chosen and why.
 */
export interface Candidate {
  /**
   * The key this observation is a candidate for; see reconciled.
   */
  key_id: string;
  /**
   * The observation; see observations. Every observation is a candidate of exactly one key.
   */
  obs_id: string;
  /**
   * The raw text the observation was read from; see sources.
   */
  source_id: string;
  /**
   * The observation's value as the key reads it (a balance reported from the other side is negated).
   */
  value: number;
  /**
   * true for the candidate a rule chose, whose value the key shows; false for the others, and for every candidate of a conflict no rule resolves (its value shown is the first printed, not chosen).
   */
  chosen: boolean;
  /**
   * The rule that set this candidate aside; empty for the chosen one and for those no rule separated.
   */
  set_aside_by: string | null;
  /**
   * Why the candidate was chosen, set aside or left standing, in words: the only candidate, chosen by a rule, set aside and why, agreeing with the chosen value, or unresolved.
   */
  reason: string;
}
