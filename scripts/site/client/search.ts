import type { SearchEntry } from '../page-data.js';
import { el } from './dom.js';

declare global {
  interface Window {
    SEARCH_INDEX?: SearchEntry[];
  }
}

const SHOWN = 200;

/** The search page: every entry whose text (or kind) holds each word of the query, in index order. */
export function setUpSearchPage(): void {
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const index = window.SEARCH_INDEX;
  if (!results || !status || !index) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (input) input.value = query;
  if (!query) {
    status.textContent = 'Type an id, an indicator, an entity or a word in the search box.';
    return;
  }
  const words = query.toLowerCase().split(/\s+/);
  const found = index.filter((entry) => {
    const text = `${entry.kind} ${entry.text}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  status.textContent = `${found.length} result${found.length === 1 ? '' : 's'} for “${query}”${found.length > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
  results.replaceChildren(...found.slice(0, SHOWN).map((entry) => el('li', {}, el('span', { class: 'hint' }, `${entry.kind}: `), el('a', { href: entry.href }, entry.text))));
}
