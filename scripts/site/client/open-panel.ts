import type { PanelCandidate, PanelKey, PanelRow, QuotedLine, SourcePageData } from '../page-data.js';
import { el } from './dom.js';

/**
 * The panel of a source page: a click (or Enter) on a number shows its row,
 * how the printed text became the value, its checks and its reconciliation
 * key with every candidate. The URL's fragment names the number, so a link
 * opens the page scrolled to it, highlighted, with its panel open.
 */
export function setUpSourcePage(data: SourcePageData): void {
  const panel = document.getElementById('panel');
  const layout = panel?.parentElement;
  if (!panel || !layout) return;
  let current: HTMLElement | null = null;

  const open = (id: string, options: { scroll: boolean; focusPanel: boolean }) => {
    const row = data.rows[id];
    const element = document.getElementById(id);
    if (!row || !element) return false;
    current?.classList.remove('current');
    current = element;
    element.classList.add('current');
    panel.replaceChildren(...renderPanel(row, row.keyId ? data.keys[row.keyId] : undefined));
    panel.hidden = false;
    layout.classList.add('with-panel');
    if (options.scroll) element.scrollIntoView({ block: 'center' });
    keepClearOfPanel(element, panel);
    if (options.focusPanel) panel.focus({ preventScroll: true });
    else element.focus({ preventScroll: true });
    return true;
  };
  const close = () => {
    panel.hidden = true;
    layout.classList.remove('with-panel');
    current?.focus({ preventScroll: true });
  };
  const showHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) open(id, { scroll: true, focusPanel: false });
  };

  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest('.panel-close')) return close();
    const number = target?.closest<HTMLElement>('a.num, .num[data-ref]');
    if (!number) return;
    const id = number.id && data.rows[number.id] ? number.id : number.dataset['ref'];
    if (!id || !data.rows[id]) return;
    event.preventDefault();
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    open(id, { scroll: false, focusPanel: true });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) return close();
    const typing = (event.target as Element | null)?.closest('input, textarea, select');
    if (typing || event.ctrlKey || event.metaKey || event.altKey || (event.key !== 'j' && event.key !== 'k')) return;
    const numbers = [...document.querySelectorAll<HTMLElement>('a.num')];
    const from = numbers.indexOf((document.activeElement as HTMLElement | null) ?? (current as HTMLElement));
    const at = from < 0 ? numbers.indexOf(current as HTMLElement) : from;
    const next = numbers[event.key === 'j' ? at + 1 : Math.max(at - 1, 0)];
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  });
  window.addEventListener('hashchange', showHash);
  showHash();
  // The browser scrolls to the fragment's element itself once the page has loaded, to the top of the window; centre it again then.
  if (document.readyState !== 'complete') window.addEventListener('load', () => current?.scrollIntoView({ block: 'center' }), { once: true });
}

/** On a narrow screen the panel covers the bottom of the window: the number is scrolled above it. */
function keepClearOfPanel(element: HTMLElement, panel: HTMLElement): void {
  if (getComputedStyle(panel).position !== 'fixed') return;
  const covered = element.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
  if (covered > 0) window.scrollBy(0, covered + element.getBoundingClientRect().height * 2);
}

function renderPanel(row: PanelRow, key: PanelKey | undefined): Node[] {
  const title = el('h2', { id: 'panel-title' }, `${row.kind === 'observation' ? 'Observation' : 'Event'} ${row.id}`);
  const closeButton = el('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close the panel' }, '×');
  const fields = el('dl', {}, ...row.fields.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
  return [
    closeButton,
    title,
    fields,
    el('h3', {}, `Printed on line ${row.quote.line}`),
    quote(row.quote, 'source-line'),
    el('h3', {}, 'From the printed text to the value'),
    el('ol', {}, ...row.transformations.map((step) => el('li', {}, `${step.step}: “${step.from}” → ${step.to} — ${step.rule}`))),
    el('p', {}, row.consistent ? 'Verified: the bytes hold the printed text on the recorded line, and redoing the steps gives the published value.' : 'NOT verified: the bytes or the steps do not give the published row.'),
    ...(row.kind === 'observation' ? [el('h3', {}, 'Checks'), row.checks.length ? el('ul', { class: 'checks' }, ...row.checks.map((check) => el('li', {},
      el('span', { class: `status-${check.status}` }, check.status), ` ${check.description} (this number is the ${check.role}): found ${check.found}, expected ${check.expected} (±${check.tolerance}). `,
      ...check.cells.flatMap((cell, index) => [index ? ', ' : 'Cells: ', el('a', { href: cell.href }, cell.role === 'target' ? 'checked cell' : `input ${index}`)]),
      check.acknowledgement ? el('p', { class: 'hint' }, `Acknowledged: ${check.acknowledgement}`) : null,
    ))) : el('p', {}, 'No check involves it.')] : []),
    el('h3', {}, 'Reconciliation'),
    ...(key ? renderKey(row.id, key) : [el('p', {}, 'Not a candidate of any reconciled key.')]),
  ];
}

function renderKey(id: string, key: PanelKey): Node[] {
  return [
    el('p', { class: 'key' }, el('code', {}, key.keyId), `: ${key.status}, rule ${key.rule}, shows ${key.shown}.`),
    key.note ? el('p', { class: 'hint' }, key.note) : null,
    el('ul', { class: 'candidates', 'aria-label': 'Candidates' }, ...key.candidates.map((candidate) => el('li', { class: candidate.id === id ? 'candidate self' : 'candidate rival' },
      candidate.id === id ? el('strong', {}, 'This number') : el('a', { href: candidate.href }, `${candidate.sourceId}, line ${candidate.quote.line}`),
      `: ${candidate.value}${candidate.shown ? ' (shown)' : ''} — ${outcome(candidate)}`,
      quote(candidate.quote, 'candidate-quote'),
    ))),
  ].filter((node): node is HTMLElement => node !== null);
}

/** Chosen, set aside by a rule, or neither, with the reason; the status only where the reason does not start with it. */
function outcome(candidate: PanelCandidate): string {
  const status = candidate.chosen ? 'chosen' : candidate.setAsideBy ? `set aside by ${candidate.setAsideBy}` : 'not chosen';
  if (!candidate.reason) return status;
  return candidate.reason.startsWith(status) ? candidate.reason : `${status}: ${candidate.reason}`;
}

function quote(line: QuotedLine, className: string): HTMLElement {
  return el('div', { class: `quote ${className}` }, line.before, el('mark', {}, line.span), line.after);
}
