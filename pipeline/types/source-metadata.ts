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
  /**
   * The journal, magazine or website the text appeared in; null for a publication of its own or when unknown.
   */
  container_title?: string | null;
  /**
   * A standard identifier of the publication, its scheme first ("ISBN …"), where one is known.
   */
  identifier?: string | null;
  published: null | {
    date: string;
    precision: 'year' | 'month' | 'day';
  };
  /**
   * journal_article: an article in a journal or magazine; web_article: an article published on its own on a website; commission_report: a report of an official commission; reference_page: a compiled reference page of a website.
   */
  kind: Source['kind'];
  language: string;
  /**
   * decimal_comma: 14.451 is fourteen thousand and 2,4 is 2.4; decimal_point: the English convention.
   */
  number_format: Source['number_format'];
  sha256: string;
  bytes: number;
  /**
   * The address the text was taken from, only where the text shows it or a stored copy of the page at that address holds the same text; null otherwise (notes say which).
   */
  url: string | null;
  rights: string;
  notes: string | null;
}[];
