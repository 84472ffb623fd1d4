/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One raw text the package is built from (raw/<id>.txt), as recorded in raw/sources.json.
 */
export interface Source {
  id: string;
  /**
   * The raw text inside the package.
   */
  path: string;
  title: string | null;
  /**
   * Authors separated by ";".
   */
  authors: string | null;
  publisher: string | null;
  /**
   * ISO 8601 date of publication, truncated to what is known.
   */
  published: string | null;
  published_precision: 'year' | 'month' | 'day' | null;
  kind: 'journal_article' | 'web_article' | 'commission_report' | 'reference_page';
  language: string;
  /**
   * decimal_comma: 14.451 is fourteen thousand and 2,4 is 2.4; decimal_point: the English convention.
   */
  number_format: 'decimal_comma' | 'decimal_point';
  sha256: string;
  bytes: number;
  url: string | null;
  /**
   * The rights the text keeps: its publisher's, not this package's licence.
   */
  rights: string;
  notes: string | null;
}
