import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { readPackage } from '../../scripts/site/read-package.js';
import { renderConflicts } from '../../scripts/site/render-conflicts.js';

describe('the conflicts page: event keys', () => {
  it('shows the date range (ISO 8601 interval) of an event key and its candidates where the text gives a span', async () => {
    const site = await readPackage(projectRoot);
    const events = site.data.reconciled_events ?? [];
    // A key of several reports dated by a span (a meeting of two days), shown as a conflict here so that the page lists it.
    const key = events.find((row) => row.date_end !== null && row.n_candidates > 1);
    expect(key, 'an event key with a date range and rivals').toBeDefined();
    const html = renderConflicts({ ...site, data: { ...site.data, reconciled_events: events.map((row) => (row === key ? { ...row, status: 'conflict' as const } : row)) } });
    const row = html.slice(html.indexOf(`<tr id="key-${key!.key_id}"`), html.indexOf('</tr>', html.indexOf(`<tr id="key-${key!.key_id}"`)));
    expect(row).toContain(`<td>${key!.date}/${key!.date_end}</td>`);
    for (const candidate of (site.data.event_candidates ?? []).filter((item) => item.key_id === key!.key_id)) {
      expect(row, candidate.event_id).toContain(`>${candidate.date_end === null ? candidate.date : `${candidate.date}/${candidate.date_end}`}</a>`);
    }
  });
});
