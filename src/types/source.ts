/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * One raw text the package is built from (raw/<id>.txt), as recorded in raw/sources.json.
 */
export interface Source {
  /**
   * The source's id, the name of its raw text (raw/<id>.txt); other tables point here by source_id.
   */
  id: string;
  /**
   * The raw text inside the package.
   */
  path: string;
  /**
   * The title as printed, or as the publication lists it where the dump lost it (notes say which); empty when unknown.
   */
  title: string | null;
  /**
   * Authors (persons, or a corporate author), as printed or as the publication names them; empty when no author is known.
   *
   * @minItems 1
   */
  authors: string[] | null;
  /**
   * The organization that published the text, as the text or its evident origin shows it (notes say which); empty when unknown.
   */
  publisher: string | null;
  /**
   * The journal, magazine or website the text appeared in; empty for a publication of its own or when unknown.
   */
  container_title: string | null;
  /**
   * A standard identifier of the publication, its scheme first ("ISBN …"), where one is known; empty otherwise.
   */
  identifier: string | null;
  /**
   * ISO 8601 date of publication, truncated to what is known; for a web page that shows only a last-modified stamp, that stamp (notes say so); empty when unknown.
   */
  published: string | null;
  /**
   * How much of the publication date is known: year, month or day; empty when published is.
   */
  published_precision: 'year' | 'month' | 'day' | null;
  /**
   * journal_article: an article in a journal or magazine; web_article: an article published on its own on a website; commission_report: a report of an official commission; reference_page: a compiled reference page of a website.
   */
  kind: 'journal_article' | 'web_article' | 'commission_report' | 'reference_page';
  /**
   * The language of the text, as a BCP 47 tag (en).
   */
  language: string;
  /**
   * decimal_comma: 14.451 is fourteen thousand and 2,4 is 2.4; decimal_point: the English convention.
   */
  number_format: 'decimal_comma' | 'decimal_point';
  /**
   * SHA-256 of the raw text's bytes, in hex; the descriptor's resource for the text states the same hash.
   */
  sha256: string;
  /**
   * The size of the raw text in bytes.
   */
  bytes: number;
  /**
   * The web address the text was taken from, where it is known (notes say how it was established); empty when the text has no address or it is unknown.
   */
  url: string | null;
  /**
   * The rights the text keeps: its publisher's, not this package's licence.
   */
  rights: string;
  /**
   * What the dump is (web text, PDF text), what it lacks, where its title, date and attribution come from, and the quirks a reader of its bytes should know.
   */
  notes: string | null;
}
