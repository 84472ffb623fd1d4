import { escapeHtml, rowHref } from './html.js';
import type { SitePackage } from './read-package.js';
import { renderPage, renderTable } from './render-layout.js';

const STATUS_ORDER: Record<string, number> = { fail: 0, warn: 1 };

/** Every arithmetic check, the failures and warnings first, each linking to its cells. */
export function renderChecks(site: SitePackage): string {
  const checks = site.data.checks.map((check, index) => ({ check, index })).sort((a, b) => (STATUS_ORDER[a.check.status] ?? 2) - (STATUS_ORDER[b.check.status] ?? 2) || a.index - b.index).map(({ check }) => check);
  const rows = checks.map((check) => [
    `<span class="status-${escapeHtml(check.status)}">${escapeHtml(check.status)}</span>`,
    `<code>${escapeHtml(check.check_id)}</code>`,
    `${escapeHtml(check.source_id)}, ${escapeHtml(check.table)}`,
    escapeHtml(check.kind),
    escapeHtml(check.description),
    `found ${escapeHtml(check.found)}, expected ${escapeHtml(check.expected)} (±${escapeHtml(check.tolerance)})`,
    [`<a href="${escapeHtml(rowHref(check.source_id, check.target_obs_id))}">checked cell</a>`, ...check.input_obs_ids.map((id, index) => `<a href="${escapeHtml(rowHref(check.source_id, id))}">input ${index + 1}</a>`)].join(', '),
    escapeHtml(check.acknowledgement ?? ''),
  ]);
  const notPassing = checks.filter((check) => check.status !== 'pass').length;
  const body = `<h1>Checks</h1>
<p>Each table's own arithmetic, as its recipe declares it: ${checks.length} checks, ${notPassing} not passing (listed first, each with the reviewed record that acknowledges it). A link opens the cell in its text.</p>
${renderTable('Arithmetic checks, failures and warnings first', ['status', 'check', 'table', 'kind', 'relation', 'result', 'cells', 'acknowledgement'], rows, ' id="checks"')}`;
  return renderPage(site.sources, { file: 'checks.html', title: 'Checks', body });
}
