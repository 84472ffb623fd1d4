import type { Candidate } from '../../src/types/candidate.js';
import type { Reconciled } from '../../src/types/reconciled.js';
import { compareCodePoints } from '../order.js';

/** A key whose figures give no period, beside keys of the same quantity that give one. */
export interface UndatedKey {
  key_id: string;
  dated_key_ids: string[];
  /** Why the text gives its figures no period (their annotations' `period_unstated`), one per figure that has one. */
  period_unstated: string[];
  /** Every figure under the key says why it has no period: nothing is left for an annotator. */
  reasoned: boolean;
}

/**
 * The keys that would likely meet a dated key once their figures' period is
 * read (Mexico's population of 107 million at two places of one report, one
 * "as of 2008", the other undated): same concept, sides and category, no period.
 * A figure without a period is never put under a dated key by guess; the build
 * lists these for an annotator to give the period the text implies, or to say
 * in `period_unstated` why the text gives none (`unstated`: obs_id → reason;
 * `candidates`: which figures each key holds).
 */
export function listUndatedKeys(reconciled: readonly Reconciled[], candidates: readonly Pick<Candidate, 'key_id' | 'obs_id'>[], unstated: ReadonlyMap<string, string>): UndatedKey[] {
  // The key up to its sides (concept, the end of a printed range, entity>partner), and the category.
  const quantity = (row: Reconciled) => {
    const parts = row.key_id.split(':');
    return JSON.stringify([parts.slice(0, parts.findIndex((part) => part.includes('>')) + 1).join(':'), row.category]);
  };
  const dated = new Map<string, string[]>();
  for (const row of reconciled) if (row.period_start !== null) dated.set(quantity(row), [...(dated.get(quantity(row)) ?? []), row.key_id]);
  return reconciled
    .filter((row) => row.period_start === null && dated.has(quantity(row)))
    .map((row) => {
      const figures = candidates.filter((candidate) => candidate.key_id === row.key_id).map((candidate) => candidate.obs_id).sort(compareCodePoints);
      const reasons = figures.flatMap((obsId) => (unstated.has(obsId) ? [unstated.get(obsId)!] : []));
      return { key_id: row.key_id, dated_key_ids: [...dated.get(quantity(row))!].sort(compareCodePoints), period_unstated: reasons, reasoned: figures.length > 0 && reasons.length === figures.length };
    })
    .sort((a, b) => compareCodePoints(a.key_id, b.key_id));
}
