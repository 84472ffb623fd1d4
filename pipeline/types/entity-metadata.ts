/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * pipeline/03-normalize/entities.json: our own entity table beside i18n-iso-countries.
 */
export interface EntityMetadata {
  $comment?: string;
  entities: {
    id: string;
    name: string;
    kind: 'country' | 'subdivision' | 'aggregate' | 'organization';
    members?: string[];
    description?: string;
    aliases: string[];
  }[];
}
