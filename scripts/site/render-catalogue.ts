import { escapeHtml, rowHref } from './html.js';
import type { SitePackage } from './read-package.js';
import { renderPage, renderTable } from './render-layout.js';

/** Indicators (what each measures, its unit) and entities, each with where it occurs: a count and the first figure per source. */
export function renderCatalogue(site: SitePackage): string {
  const { data } = site;
  const occurrences = (matches: (row: (typeof data.observations)[number]) => boolean) => site.sources.flatMap((source) => {
    const rows = data.observations.filter((row) => row.source_id === source.id && matches(row));
    return rows.length ? [`<a href="${escapeHtml(rowHref(source.id, rows[0]!.obs_id))}">${escapeHtml(source.id)}</a> (${rows.length})`] : [];
  }).join(', ');
  const indicators = renderTable('Indicators', ['id', 'label', 'unit', 'what it measures', 'where it occurs (first figure, count)'], data.indicators.map((indicator) => [
    `<code id="indicator-${escapeHtml(indicator.id)}">${escapeHtml(indicator.id)}</code>`,
    escapeHtml(indicator.label),
    escapeHtml(indicator.unit),
    escapeHtml(indicator.description ?? ''),
    occurrences((row) => row.indicator === indicator.id) || 'no figure',
  ]));
  const eventCounts = (id: string) => (data.events ?? []).filter((row) => row.entities.includes(id)).length;
  const entities = renderTable('Entities', ['id', 'name', 'kind', 'members', 'aliases', 'description', 'figures (as entity or partner)', 'events'], data.entities.map((entity) => [
    `<code id="entity-${escapeHtml(entity.id)}">${escapeHtml(entity.id)}</code>`,
    escapeHtml(entity.name),
    escapeHtml(entity.kind),
    escapeHtml(entity.members?.join('; ') ?? ''),
    escapeHtml(entity.aliases?.join('; ') ?? ''),
    escapeHtml(entity.description ?? ''),
    occurrences((row) => row.entity === entity.id || row.partner === entity.id) || 'none',
    String(eventCounts(entity.id)),
  ]));
  const body = `<h1>Indicators and entities</h1>
<p>What each number measures and in which unit, and the countries, states, aggregates and organizations they are about, with where each occurs.</p>
${indicators}
${entities}`;
  return renderPage(site.sources, { file: 'catalogue.html', title: 'Indicators and entities', body });
}
