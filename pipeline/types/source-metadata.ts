/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

import type { Source } from '../../src/types/source.js';

/**
 * What is known about each raw text: only what the text itself or its evident origin supports; null where unknown.
 */
export type SourceMetadataRawSourcesJson = {
  id: string;
  path: string;
  title: string | null;
  authors: string[];
  publisher: string | null;
  published: null | {
    date: string;
    precision: 'year' | 'month' | 'day';
  };
  kind: Source['kind'];
  language: string;
  /**
   * decimal_comma: 14.451 is fourteen thousand and 2,4 is 2.4; decimal_point: the English convention.
   */
  number_format: Source['number_format'];
  sha256: string;
  bytes: number;
  url: string | null;
  rights: string;
  notes: string | null;
}[];
