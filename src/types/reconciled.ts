/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One row per quantity the sources state (a key): the value shown, how it was chosen among the candidates and how far they disagree.
 */
export interface Reconciled {
  /**
   * concept:entity>partner:period_start..period_end[:category].
   */
  key_id: string;
  /**
   * The indicator, or the concept several indicators state (see concepts).
   */
  concept: string;
  /**
   * For goods_flow the exporter; for a pair concept the first of the pair in code-point order; otherwise the observations' entity.
   */
  entity: string;
  /**
   * For goods_flow the importer; for a pair concept the second of the pair; otherwise the observations' partner, empty where they have none.
   */
  partner: string | null;
  /**
   * ISO 8601 start of the period the candidates state, truncated to what the texts give; empty when they give none.
   */
  period_start: string | null;
  /**
   * ISO 8601 end of the period; equal to period_start for a single year; empty when the texts give none.
   */
  period_end: string | null;
  /**
   * The row label, for indicators broken down by it (investment by sector) and prose figures whose annotation names one; empty otherwise.
   */
  category: string | null;
  /**
   * The value shown: the chosen candidate's, or where the conflict is unresolved the first printed candidate's (see note).
   */
  value: number;
  /**
   * The unit of value, min and max, as in observations.unit (USD: US dollars, nominal, as printed).
   */
  unit: string;
  /**
   * single: one candidate; agree: all candidates within their printed rounding of each other; conflict: they differ beyond it.
   */
  status: 'single' | 'agree' | 'conflict';
  /**
   * The rule that decided: the last that narrowed the candidates to one; first_printed where the candidates agree and no rule separates them; unresolved where they conflict and no rule separates them.
   */
  rule:
    | 'single'
    | 'importer_over_exporter'
    | 'coherent_with_flows'
    | 'later_publication'
    | 'table_over_prose'
    | 'precise_over_approximate'
    | 'first_printed'
    | 'unresolved';
  /**
   * The chosen candidate; empty when unresolved.
   */
  chosen_obs_id: string | null;
  /**
   * The candidate whose value is shown (the chosen one, or for an unresolved conflict the first printed).
   */
  shown_obs_id: string;
  /**
   * How many observations state this quantity (its rows in candidates).
   */
  n_candidates: number;
  /**
   * The smallest candidate value, as the key reads it (see candidates.value).
   */
  min: number;
  /**
   * The largest candidate value, as the key reads it.
   */
  max: number;
  /**
   * How far apart the candidates are, from 0 to 100: (max − min) / max(|min|, |max|, max − min) × 100, rounded to four decimals. For candidates of one sign this is the difference in percent of the largest (32.7 and 44.7 million: 26.8); it is 100 exactly when the candidates differ in sign or one is zero (a balance of −19.5 against +16.7 million), where a percentage of either says nothing more; max − min is the absolute difference, in unit. 0 for a single candidate or candidates that are all equal.
   */
  spread_pct: number;
  /**
   * Why the value shown is the one shown, where that is not plain from the rule (agreeing or unresolved candidates); empty otherwise.
   */
  note: string | null;
}
