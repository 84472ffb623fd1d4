/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

import type { Indicator } from '../../src/types/indicator.js';

/**
 * pipeline/03-normalize/indicators.json: the indicators observations may use.
 */
export interface IndicatorMetadata {
  $comment?: string;
  /**
   * Items: An indicator as indicators.csv publishes it, and the printed words that name it.
   */
  indicators: {
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
    unit: Indicator['unit'];
    /**
     * What the indicator measures: whose figure it is (the observation's entity), towards whom (partner), over what period, and anything the number does not say by itself.
     */
    description: string;
    /**
     * Words a text may use for the indicator ("two-way trade", "trade deficit"), lower case; the drafter proposes the indicator whose label or alias is printed nearest a figure. Not published.
     */
    aliases?: string[];
  }[];
}
