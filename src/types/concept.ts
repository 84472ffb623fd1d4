/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * What a reconciliation key measures: an indicator, or several indicators that state one quantity from different sides (exports and imports are one goods flow). Built from pipeline/04-reconcile/rules.json and the indicators.
 */
export interface Concept {
  /**
   * The concept, as reconciled.concept names it: a concept of rules.json, or an indicator's id where the indicator is its own concept.
   */
  id: string;
  /**
   * What the concept measures: as rules.json states it, or the indicator's description.
   */
  description: string;
  /**
   * The indicators whose observations state the concept, each an id of indicators.
   *
   * @minItems 1
   */
  indicators: string[];
  /**
   * For each of indicators, in the same order, how a key reads an observation's entity and partner: entity_to_partner: as they are (an exporter's exports); partner_to_entity: swapped (an importer's imports count as the exporter's flow); pair: the unordered pair, in code-point order (total trade, a border: a symmetric quantity); pair_signed: the pair in code-point order, the value negated when reported from the other side (a balance); pair_signed_negated: as pair_signed, of the value negated (a deficit of A with B is a balance of A with B of minus the deficit).
   *
   * @minItems 1
   */
  directions: ('entity_to_partner' | 'partner_to_entity' | 'pair' | 'pair_signed' | 'pair_signed_negated')[];
}
