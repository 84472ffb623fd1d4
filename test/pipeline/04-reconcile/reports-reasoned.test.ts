import { describe, expect, it } from 'vitest';
import { build } from '../../../pipeline/build.js';

// The corpus as committed, built up to reconciliation (nothing is written): what the build leaves for an annotator.
const summary = build({ until: 'reconcile' });

describe('the build reports on the committed corpus', () => {
  it('leaves no likely duplicate events: reports of one event share a key, distinct events have keys of their own', () => {
    expect(summary.likelyDuplicateEvents).toEqual([]);
  });

  it('leaves no undated key beside dated keys of its quantity whose figures do not say why the text gives them no period', () => {
    expect(summary.undatedKeys.filter((row) => !row.reasoned)).toEqual([]);
    for (const row of summary.undatedKeys) expect(row.period_unstated.length, row.key_id).toBeGreaterThan(0);
  });
});
