/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * What an observation measures.
 */
export interface Indicator {
  /**
   * The indicator's id, as observations.indicator names it: lower case words joined by "_".
   */
  id: string;
  /**
   * A short name for the indicator, for tables and charts.
   */
  label: string;
  /**
   * The canonical unit of every observation of this indicator (observations.unit). USD: US dollars as the sources print them, nominal (current) dollars, never deflated by this package; no text gives a base year or speaks of constant or real dollars. An indicator measured at purchasing power parity says so in its id and description.
   */
  unit:
    | 'USD'
    | 'percent'
    | 'persons'
    | 'count'
    | 'km'
    | 'km2'
    | 'MW'
    | 'barrels_per_day'
    | 'MXN_per_USD'
    | 'rank'
    | 'years';
  /**
   * What the indicator measures: whose figure it is (the observation's entity), towards whom (partner), over what period, and anything the number does not say by itself.
   */
  description: string;
}
