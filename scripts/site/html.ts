/** Escapes text for HTML content and attribute values (always double-quoted here). */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * JSON to embed in a <script type="application/json">: `<` is escaped so that no
 * string of the data can close the script element, whatever the texts print.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page a source's text is shown on, relative to the site root (every page sits at the root). */
export function sourcePage(sourceId: string): string {
  return `source-${sourceId}.html`;
}

/** A link to an observation or event: its source page, with its id as the fragment. */
export function rowHref(sourceId: string, id: string): string {
  return `${sourcePage(sourceId)}#${encodeURIComponent(id)}`;
}

/** An event's date as an ISO 8601 interval ("2002-09-30/2002-10-01") where the text gives a span (date_end), else its date. */
export function eventDate(row: { date: string; date_end: string | null }): string {
  return row.date_end === null ? row.date : `${row.date}/${row.date_end}`;
}
