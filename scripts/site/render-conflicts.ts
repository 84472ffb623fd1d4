import { formatSpread, formatValue } from '../../src/explain/format-value.js';
import { escapeHtml, eventDate, rowHref } from './html.js';
import type { ChartData, ConflictsPageData } from './page-data.js';
import type { SitePackage } from './read-package.js';
import { renderPage } from './render-layout.js';

/** A series is charted when its key has a figure for at least this many single years and the sources disagree somewhere on it. */
const MIN_YEARS = 5;
const YEAR = /^\d{4}$/;

/** Every key in conflict, sortable, with the rule that chose and why; a chart per yearly series the sources disagree on. */
export function renderConflicts(site: SitePackage): string {
  const charts = chartsOf(site);
  const rows = [...conflictRows(site), ...eventConflictRows(site)];
  const headers: [string, string, 'number' | 'text' | null][] = [['key', 'key', 'text'], ['spread', 'spread', 'number'], ['rule', 'rule', 'text'], ['why', 'reason', 'text'], ['shown', 'shown', null], ['candidates', 'candidates', null]];
  const head = headers.map(([label, key, type]) => `<th scope="col"${type ? ` data-sort-key="${key}" data-sort-type="${type}" aria-sort="none"` : ''}>${type ? `<button type="button">${label}<span class="sr-only"> (sort)</span></button>` : label}</th>`).join('');
  const body = `<h1>Conflicts</h1>
<p>Every quantity and event the sources state differently (status <code>conflict</code>): the value shown, the rule that chose it and why, and every candidate with a link to where it is printed. Sort by a column with its heading's button.</p>
<h2>Series the sources disagree on</h2>
<p>One line per reporter and source; a ringed point is the value the key shows.</p>
<div id="charts">${charts.map((chart) => `<figure class="chart" id="chart-${escapeHtml(chart.id)}" data-chart="${escapeHtml(chart.id)}"><figcaption>${escapeHtml(chart.title)} <span class="hint">(${escapeHtml(chart.unitLabel)})</span></figcaption><div class="chart-body"></div>${chartTable(chart)}</figure>`).join('\n')}</div>
<h2>Keys in conflict</h2>
<div class="scroll"><table id="conflicts" class="sortable"><caption>${rows.length} keys in conflict, the widest spread first</caption><thead><tr>${head}</tr></thead><tbody>
${rows.map(renderConflictRow).join('\n')}
</tbody></table></div>`;
  const data: ConflictsPageData = { charts };
  return renderPage(site.sources, { file: 'conflicts.html', title: 'Conflicts', body, data, scripts: ['charts.js'] });
}

/** A key in conflict as its table row shows it, observations' and events' alike. */
interface ConflictRow {
  keyId: string;
  isEvent: boolean;
  /** The spread in percent, by which the column sorts; -1 for an event key, whose spread is in dates. */
  spread: number;
  spreadText: string;
  rule: string;
  why: string;
  shown: string;
  candidates: { href: string; label: string; detail: string; chosen: boolean; setAsideBy: string | null }[];
}

function conflictRows(site: SitePackage): ConflictRow[] {
  const { data } = site;
  const observations = new Map(data.observations.map((row) => [row.obs_id, row]));
  const keys = (data.reconciled ?? []).filter((key) => key.status === 'conflict').sort((a, b) => b.spread_pct - a.spread_pct || (a.key_id < b.key_id ? -1 : 1));
  return keys.map((key) => {
    const candidates = (data.candidates ?? []).filter((candidate) => candidate.key_id === key.key_id);
    const shown = candidates.find((candidate) => candidate.obs_id === key.shown_obs_id);
    return {
      keyId: key.key_id,
      isEvent: false,
      spread: key.spread_pct,
      spreadText: formatSpread(key),
      rule: key.rule,
      why: [key.note, shown?.reason].filter(Boolean).join('; '),
      shown: formatValue(key.value, key.unit),
      candidates: candidates.map((candidate) => {
        const row = observations.get(candidate.obs_id);
        return {
          href: rowHref(candidate.source_id, candidate.obs_id),
          label: formatValue(candidate.value, key.unit),
          detail: row ? `${row.entity}, ${candidate.source_id} line ${row.line}, printed “${row.raw}”` : candidate.source_id,
          chosen: candidate.chosen,
          setAsideBy: candidate.set_aside_by,
        };
      }),
    };
  });
}

function eventConflictRows(site: SitePackage): ConflictRow[] {
  const { data } = site;
  return (data.reconciled_events ?? []).filter((key) => key.status === 'conflict').map((key) => {
    const candidates = (data.event_candidates ?? []).filter((candidate) => candidate.key_id === key.key_id);
    const shown = candidates.find((candidate) => candidate.event_id === key.shown_event_id);
    return {
      keyId: key.key_id,
      isEvent: true,
      spread: -1,
      spreadText: `dates ${key.earliest} to ${key.latest}`,
      rule: key.rule,
      why: [key.note, shown?.reason].filter(Boolean).join('; '),
      shown: eventDate(key),
      candidates: candidates.map((candidate) => ({ href: rowHref(candidate.source_id, candidate.event_id), label: eventDate(candidate), detail: candidate.source_id, chosen: candidate.chosen, setAsideBy: candidate.set_aside_by })),
    };
  });
}

function renderConflictRow(row: ConflictRow): string {
  const candidates = row.candidates.map((candidate) => `<li><a href="${escapeHtml(candidate.href)}">${escapeHtml(candidate.label)}</a> — ${escapeHtml(candidate.detail)}; ${candidate.chosen ? 'chosen' : candidate.setAsideBy ? `set aside by ${escapeHtml(candidate.setAsideBy)}` : 'not chosen'}</li>`).join('');
  return `<tr id="key-${escapeHtml(row.keyId)}"><td data-sort="${escapeHtml(row.keyId)}"><code>${escapeHtml(row.keyId)}</code>${row.isEvent ? ' <span class="hint">(event)</span>' : ''}</td><td class="num-cell" data-sort="${row.spread}">${escapeHtml(row.spreadText)}</td><td data-sort="${escapeHtml(row.rule)}">${escapeHtml(row.rule)}</td><td data-sort="${escapeHtml(row.why)}">${escapeHtml(row.why)}</td><td>${escapeHtml(row.shown)}</td><td><ul>${candidates}</ul></td></tr>`;
}

/**
 * The yearly series of reconciled keys (same concept, entity, partner and
 * category; a single year each), kept where at least MIN_YEARS years are
 * printed and at least one year is in conflict. Dollars are shown in millions.
 */
function chartsOf(site: SitePackage): ChartData[] {
  const { data } = site;
  const observations = new Map(data.observations.map((row) => [row.obs_id, row]));
  const candidatesOf = new Map<string, NonNullable<typeof data.candidates>>();
  for (const candidate of data.candidates ?? []) candidatesOf.set(candidate.key_id, [...(candidatesOf.get(candidate.key_id) ?? []), candidate]);
  const names = new Map(data.entities.map((entity) => [entity.id, entity.name]));
  const groups = new Map<string, NonNullable<typeof data.reconciled>>();
  for (const key of data.reconciled ?? []) {
    if (key.period_start === null || key.period_start !== key.period_end || !YEAR.test(key.period_start)) continue;
    const group = [key.concept, key.entity, key.partner ?? '', key.category ?? ''].join('|');
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const charts: ChartData[] = [];
  for (const [group, keys] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (new Set(keys.map((key) => key.period_start)).size < MIN_YEARS || !keys.some((key) => key.status === 'conflict')) continue;
    const first = keys[0]!;
    const dollars = first.unit === 'USD';
    const points = keys.flatMap((key) => (candidatesOf.get(key.key_id) ?? []).map((candidate) => {
      const row = observations.get(candidate.obs_id);
      return {
        year: Number(key.period_start),
        // Millions to 15 significant digits: the float quotient of a printed figure can end in …9999.
        value: dollars ? Number((candidate.value / 1e6).toPrecision(15)) : candidate.value,
        series: `${row?.entity ?? '?'} (${candidate.source_id})`,
        shown: candidate.obs_id === key.shown_obs_id,
        href: rowHref(candidate.source_id, candidate.obs_id),
        keyId: key.key_id,
      };
    })).sort((a, b) => a.year - b.year || (a.series < b.series ? -1 : a.series > b.series ? 1 : 0));
    const who = `${names.get(first.entity) ?? first.entity}${first.partner ? ` → ${names.get(first.partner) ?? first.partner}` : ''}`;
    charts.push({
      id: group.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, ''),
      title: `${first.concept.replaceAll('_', ' ')}: ${who}${first.category ? `, ${first.category}` : ''}`,
      unitLabel: dollars ? 'million USD, nominal' : first.unit,
      points,
    });
  }
  return charts;
}

/** The chart's figures as a table too, for readers who cannot see it. */
function chartTable(chart: ChartData): string {
  const rows = chart.points.map((point) => `<tr><td>${point.year}</td><td>${escapeHtml(point.series)}</td><td class="num-cell"><a href="${escapeHtml(point.href)}">${escapeHtml(point.value)}</a></td><td>${point.shown ? 'shown' : ''}</td></tr>`).join('');
  return `<details><summary>The figures as a table</summary><div class="scroll"><table><caption>${escapeHtml(chart.title)} (${escapeHtml(chart.unitLabel)})</caption><thead><tr><th scope="col">year</th><th scope="col">reporter (source)</th><th scope="col">value</th><th scope="col">shown</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
