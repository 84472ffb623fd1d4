import { formatValue } from '../../src/explain/format-value.js';
import { eventDate, rowHref, sourcePage } from './html.js';
import type { SearchEntry } from './page-data.js';
import type { SitePackage } from './read-package.js';
import { renderPage } from './render-layout.js';

/** The search page; its index is search-index.js, a script (pages opened from disk may not fetch JSON). */
export function renderSearch(site: SitePackage): string {
  const body = `<h1>Search</h1>
<p>Finds an id (observation, event, reconciliation key, check), an indicator, an entity or a word of the texts. Every word of the query must occur.</p>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
<noscript><p>Search needs JavaScript.</p></noscript>`;
  return renderPage(site.sources, { file: 'search.html', title: 'Search', body, scripts: ['search-index.js'] });
}

/** Everything the search box finds, each with where it leads. */
export function searchIndex(site: SitePackage): SearchEntry[] {
  const { data } = site;
  const sourceOf = new Map([...data.observations.map((row) => [row.obs_id, row.source_id] as const), ...(data.events ?? []).map((row) => [row.event_id, row.source_id] as const)]);
  const entries: SearchEntry[] = [
    ...data.observations.map((row) => ({ kind: 'observation', text: `${row.obs_id} ${row.indicator} ${row.entity}${row.partner ? `→${row.partner}` : ''} ${row.period_start ?? ''} ${row.raw} = ${formatValue(row.value, row.unit)}${row.table ? ` (${row.table}, ${row.row_label ?? ''} | ${row.column_label ?? ''})` : ''}`, href: rowHref(row.source_id, row.obs_id) })),
    ...(data.events ?? []).map((row) => ({ kind: 'event', text: `${row.event_id} ${eventDate(row)} ${row.type} ${row.entities.join(';')}: ${row.description}`, href: rowHref(row.source_id, row.event_id) })),
    ...(data.reconciled ?? []).map((row) => ({ kind: `key (${row.status})`, text: `${row.key_id} ${formatValue(row.value, row.unit)}, ${row.rule}`, href: row.status === 'conflict' ? `conflicts.html#key-${encodeURIComponent(row.key_id)}` : rowHref(sourceOf.get(row.shown_obs_id) ?? '', row.shown_obs_id) })),
    ...(data.reconciled_events ?? []).map((row) => ({ kind: `event key (${row.status})`, text: `${row.key_id} ${eventDate(row)} ${row.type}`, href: row.status === 'conflict' ? `conflicts.html#key-${encodeURIComponent(row.key_id)}` : rowHref(sourceOf.get(row.shown_event_id) ?? '', row.shown_event_id) })),
    ...data.checks.map((row) => ({ kind: `check (${row.status})`, text: `${row.check_id} ${row.table}: ${row.description}`, href: rowHref(row.source_id, row.target_obs_id) })),
    ...data.indicators.map((row) => ({ kind: 'indicator', text: `${row.id} ${row.label} (${row.unit}): ${row.description}`, href: `catalogue.html#indicator-${encodeURIComponent(row.id)}` })),
    ...data.entities.map((row) => ({ kind: 'entity', text: `${row.id} ${row.name}${row.aliases ? ` (${row.aliases.join('; ')})` : ''}`, href: `catalogue.html#entity-${encodeURIComponent(row.id)}` })),
  ];
  for (const source of site.sources) {
    const lines = site.texts.get(source.id)!.toString('utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim()) entries.push({ kind: `${source.id} line ${index + 1}`, text: line, href: `${sourcePage(source.id)}#L${index + 1}` });
    });
  }
  return entries;
}

/** The index as a script that hands it to the page (a global, read by site.js). */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
  return `window.SEARCH_INDEX = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}

