/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One arithmetic check of a table against itself: the cells involved, the value they imply and the value printed.
 */
export interface Check {
  /**
   * Stable id: the checked cell's obs_id, the check kind and the check's position in its table recipe.
   */
  check_id: string;
  /**
   * The raw text whose table is checked; see sources.
   */
  source_id: string;
  /**
   * The table's caption as printed.
   */
  table: string;
  /**
   * sum: total = Σ parts; difference: result = minuend − subtrahend; share: share = 100 × part / whole; growth: growth = 100 × (current / previous − 1); equal: a repeated figure equals its first printing; mirror: a figure lies within a stated factor of the same quantity as another table reports it (the other country's declaration of the same flow).
   */
  kind: 'sum' | 'difference' | 'share' | 'growth' | 'equal' | 'mirror';
  /**
   * The relation checked, written with the printed row and column labels.
   */
  description: string;
  /**
   * The printed cell the relation predicts.
   */
  target_obs_id: string;
  /**
   * The printed cells the prediction is computed from, each an obs_id of observations (empty cells, printed "-", enter as zero and are not listed).
   *
   * @minItems 1
   */
  input_obs_ids: string[];
  /**
   * The value the inputs imply, in the printed units of the target cell.
   */
  expected: number;
  /**
   * The value printed in the target cell, in its printed units.
   */
  found: number;
  /**
   * found − expected.
   */
  difference: number;
  /**
   * The largest difference the printed rounding explains: half a unit of the last printed digit of every cell involved, propagated through the relation; for mirror, plus the distance from expected to the edge of the factor's band on the side where found lies.
   */
  tolerance: number;
  /**
   * pass: |difference| ≤ tolerance; warn: beyond rounding but within 1% of expected (a slip in the last digits); fail: beyond that.
   */
  status: 'pass' | 'warn' | 'fail';
  /**
   * true for a warn or fail that a reviewed record of pipeline/05-validate/acknowledgements.json accepts as the source's own inconsistency (see acknowledgement); false for a pass. Every warn and fail of a build is acknowledged, or the build stops.
   */
  acknowledged: boolean;
  /**
   * The record's reason, as a person wrote it, when acknowledged; empty otherwise.
   */
  acknowledgement: string | null;
}
