import type { Source } from '../../src/index.js';
import { formatValue } from '../../src/explain/format-value.js';
import { escapeHtml, eventDate, sourcePage } from './html.js';
import { markText, type TableLines, type TextMark } from './mark-text.js';
import type { SitePackage } from './read-package.js';
import { renderPage } from './render-layout.js';
import type { SourcePageData } from './page-data.js';

/** A source's page: its metadata, then its raw text with every numeral marked by what it became, and the panel. */
export function renderSourcePage(site: SitePackage, source: Source, pageData: SourcePageData): string {
  const bytes = site.texts.get(source.id)!;
  const marks = marksOf(site, source.id);
  const text = markText(bytes, marks, tablesOf(site, source.id, bytes));
  const count = (kind: TextMark['kind']) => marks.filter((mark) => mark.kind === kind).length;
  const metadata: [string, string | null][] = [
    ['title', source.title],
    ['authors', source.authors?.join('; ') ?? null],
    ['publisher', source.publisher],
    ['in', source.container_title],
    ['identifier', source.identifier],
    ['published', source.published],
    ['kind', source.kind],
    ['language', source.language],
    ['number format', source.number_format],
    ['rights', source.rights],
    ['sha256', source.sha256],
    ['bytes', String(source.bytes)],
  ];
  const body = `<h1>${escapeHtml(source.title ?? source.id)}</h1>
<p class="hint">Source <code>${escapeHtml(source.id)}</code> · raw text <a href="${escapeHtml(source.path)}">${escapeHtml(source.path)}</a>${source.url ? ` · <a href="${escapeHtml(source.url)}" rel="external">published at ${escapeHtml(source.url)}</a>` : ''}</p>
<details><summary>About this source</summary><dl class="meta">${metadata.filter(([, value]) => value).map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value!)}</dd>`).join('')}${source.notes ? `<dt>notes</dt><dd>${escapeHtml(source.notes)}</dd>` : ''}</dl></details>
<h2>The text, every numeral marked</h2>
<ul class="legend" aria-label="Legend">
<li><span class="num k-observation" data-tag="obs">12.3</span> observation (${count('observation')})</li>
<li><span class="num k-event" data-tag="date">1972</span> event date (${count('event')})</li>
<li><span class="num k-period" data-tag="period">1995</span> period of an observation (${count('period')})</li>
<li><span class="num k-ignored" data-tag="ign">4</span> ignored, with its reason (${count('ignored')})</li>
</ul>
<p class="hint" id="keys-help">Click a marked number, or move to it with Tab and press Enter, to see where it went. <kbd>j</kbd>/<kbd>k</kbd> jump to the next/previous number, <kbd>Esc</kbd> closes the panel. Each number's address is this page with its id: <code>${escapeHtml(sourcePage(source.id))}#&lt;id&gt;</code>.</p>
<div class="layout">
<div class="text-column">${text}</div>
<aside id="panel" hidden tabindex="-1" aria-labelledby="panel-title"></aside>
</div>`;
  return renderPage(site.sources, { file: sourcePage(source.id), title: source.title ?? source.id, body, data: pageData });
}

/** Observations and events (each to carry its id), then every numeral of coverage that is no row. */
function marksOf(site: SitePackage, sourceId: string): TextMark[] {
  const { data } = site;
  const indicators = new Map(data.indicators.map((row) => [row.id, row.label]));
  const marks: TextMark[] = [];
  for (const row of data.observations) {
    if (row.source_id !== sourceId) continue;
    const period = row.period_start === null ? '' : `, ${row.period_start === row.period_end ? row.period_start : `${row.period_start} to ${row.period_end}`}`;
    marks.push({ start: row.byte_start, end: row.byte_end, kind: 'observation', rowId: row.obs_id, tag: 'obs', refId: null, description: `observation, ${indicators.get(row.indicator) ?? row.indicator}, ${row.entity}${row.partner ? ` to ${row.partner}` : ''}${period}, ${formatValue(row.value, row.unit)}` });
  }
  for (const row of data.events ?? []) {
    if (row.source_id !== sourceId) continue;
    marks.push({ start: row.byte_start, end: row.byte_end, kind: 'event', rowId: row.event_id, tag: 'date', refId: null, description: `event date ${eventDate(row)}, ${row.type}` });
  }
  const rowIds = new Set(marks.map((mark) => mark.rowId));
  for (const row of data.coverage ?? []) {
    if (row.source_id !== sourceId || (row.row_id !== null && rowIds.has(row.row_id) && row.class !== 'period')) continue;
    const isPeriod = row.class === 'period';
    marks.push({
      start: row.byte_start,
      end: row.byte_end,
      kind: isPeriod ? 'period' : 'ignored',
      rowId: null,
      tag: isPeriod ? 'period' : 'ign',
      refId: isPeriod && row.row_id !== null && rowIds.has(row.row_id) ? row.row_id : null,
      description: isPeriod ? `period of observation ${row.row_id ?? ''}` : `${row.class}${row.reason ? `: ${row.reason.replaceAll('_', ' ')}` : ''}`,
    });
  }
  return marks;
}

/** How far above its first numeral a table's caption may be printed (title and unit lines between). */
const CAPTION_REACH = 6;

/**
 * The lines of each table: those of every numeral a table recipe classified
 * (coverage's classified_by `table:<recipe>`), widened up to the printed caption.
 */
function tablesOf(site: SitePackage, sourceId: string, bytes: Buffer): TableLines[] {
  const { data } = site;
  const captionOf = new Map(data.observations.filter((row) => row.source_id === sourceId && row.table !== null).map((row) => [row.obs_id, row.table!]));
  const tables = new Map<string, TableLines>();
  for (const row of data.coverage ?? []) {
    if (row.source_id !== sourceId || !row.classified_by.startsWith('table:')) continue;
    const table = tables.get(row.classified_by) ?? { firstLine: row.line, lastLine: row.line, caption: '' };
    table.firstLine = Math.min(table.firstLine, row.line);
    table.lastLine = Math.max(table.lastLine, row.line);
    table.caption ||= (row.row_id !== null ? captionOf.get(row.row_id) : undefined) ?? '';
    tables.set(row.classified_by, table);
  }
  const lines = bytes.toString('utf8').split('\n');
  return [...tables].map(([recipe, table]) => {
    const caption = table.caption || recipe.replace(/^table:[^/]*\//, '');
    for (let line = table.firstLine; line >= Math.max(1, table.firstLine - CAPTION_REACH); line -= 1) {
      if (lines[line - 1]?.trim().startsWith(caption)) return { ...table, firstLine: line, caption };
    }
    return { ...table, caption };
  });
}
