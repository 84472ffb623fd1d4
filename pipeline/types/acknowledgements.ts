/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * Reviewed records of the sources' own inconsistencies: each accepts checks that do not pass, says why, and quotes the printed text it concerns, so that the build notices when the record no longer matches (the check passes, is gone, or the text changed). A record never states a value beyond that quote, which the build finds on the checked cells' line of the raw text.
 */
export interface Acknowledgements {
  acknowledgements: Acknowledgement[];
}
export interface Acknowledgement {
  /**
   * The check_ids accepted; each must warn or fail in the build.
   *
   * @minItems 1
   */
  checks: [string, ...string[]];
  /**
   * Printed text of the raw line that holds each accepted check's checked cell, copied exactly.
   */
  quote: string;
  /**
   * Why the inconsistency is the source's and not the pipeline's, for the readers of checks.csv.
   */
  reason: string;
}
