/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * pipeline/03-normalize/indicators.json: the indicators observations may use.
 */
export interface IndicatorMetadata {
  $comment?: string;
  indicators: Indicator[];
}
/**
 * What an observation measures.
 */
export interface Indicator {
  id: string;
  label: string;
  unit: 'USD' | 'percent' | 'persons' | 'count' | 'km' | 'km2' | 'MW' | 'barrels_per_day' | 'MXN_per_USD' | 'rank';
  description: string;
}
