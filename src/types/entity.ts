/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * A country, a subdivision, an aggregate or an organization that observations are about.
 */
export interface Entity {
  /**
   * ISO 3166-1 alpha-3 for countries, ISO 3166-2 for subdivisions, an upper-case name for aggregates and residuals.
   */
  id: string;
  /**
   * The entity's name in English (for a country, its usual English short name).
   */
  name: string;
  /**
   * country: a state, by ISO 3166-1; subdivision: a state of Mexico, by ISO 3166-2; aggregate: a named group of countries or a residual (members lists them where a text does); organization: an international organization or forum.
   */
  kind: 'country' | 'subdivision' | 'aggregate' | 'organization';
  /**
   * For an aggregate, its members, each an id of entities; empty for other kinds, and for an aggregate whose text names no members (its description says what it covers).
   *
   * @minItems 1
   */
  members: string[] | null;
  /**
   * The names met in the texts that map to this entity besides its name; empty when the texts use only its name or its ISO 3166 name.
   *
   * @minItems 1
   */
  aliases: string[] | null;
  /**
   * What the entity covers, and for a residual, what it leaves out; empty for a country, subdivision or organization its name identifies.
   */
  description: string | null;
}
