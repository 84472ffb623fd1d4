/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

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
  kind: 'journal_article' | 'web_article' | 'commission_report' | 'reference_page';
  language: string;
  number_format: 'decimal_comma' | 'decimal_point';
  sha256: string;
  bytes: number;
  url: string | null;
  rights: string;
  notes: string | null;
}[];
