/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * pipeline/04-reconcile/rules.json: which observations and events measure the same thing, and the order of the rules that choose between them.
 */
export interface ReconcileConfig {
  $comment?: string;
  /**
   * Indicators that state one concept from different sides. An indicator not listed is its own concept, keyed by entity and partner.
   */
  concepts: {
    id: string;
    description: string;
    /**
     * @minItems 1
     */
    members: [
      {
        indicator: string;
        /**
         * entity_to_partner: the key runs from the observation's entity to its partner (an exporter's exports); partner_to_entity: the reverse (an importer's imports); pair: the unordered pair (total trade; a symmetric quantity such as a border's length, which is the same whichever side states it); pair_signed: the pair in code-point order, the value negated when reported from the other side (a balance); pair_signed_negated: as pair_signed, of the value negated (a deficit of A with B is a balance of A with B of minus the deficit; a surplus is a balance as printed).
         */
        direction: 'entity_to_partner' | 'partner_to_entity' | 'pair' | 'pair_signed' | 'pair_signed_negated';
      },
      ...{
        indicator: string;
        /**
         * entity_to_partner: the key runs from the observation's entity to its partner (an exporter's exports); partner_to_entity: the reverse (an importer's imports); pair: the unordered pair (total trade; a symmetric quantity such as a border's length, which is the same whichever side states it); pair_signed: the pair in code-point order, the value negated when reported from the other side (a balance); pair_signed_negated: as pair_signed, of the value negated (a deficit of A with B is a balance of A with B of minus the deficit; a surplus is a balance as printed).
         */
        direction: 'entity_to_partner' | 'partner_to_entity' | 'pair' | 'pair_signed' | 'pair_signed_negated';
      }[]
    ];
  }[];
  /**
   * Indicators broken down by the row label (sector, branch): the label is part of their key.
   */
  categorised_indicators: string[];
  /**
   * The rules in the order they are applied; what no rule separates is unresolved.
   */
  rules: (
    | 'importer_over_exporter'
    | 'coherent_with_flows'
    | 'later_publication'
    | 'table_over_prose'
    | 'precise_over_approximate'
  )[];
  /**
   * Event types whose reports without an annotation key are matched to the reports they look like (same type and entities, compatible dates) and share their key: types where two such reports are one event (a crisis, an election, relations established). Types like agreement or other are left out: two agreements signed by the same countries in one year are often two agreements.
   */
  matched_event_types: string[];
  /**
   * Event types that happen once for the same entities (joining an organization): events of these types with the same entities share a key.
   */
  unique_event_types: string[];
}
