import type { Event } from '../../src/types/event.js';
import type { EventCandidate } from '../../src/types/event-candidate.js';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import type { ReconciledEvent } from '../../src/types/reconciled-event.js';
import type { SourceMetadata } from '../01-ingest/index.js';
import { compareCodePoints } from '../order.js';
import { applyRules, type Rule } from './apply-rules.js';
import { decidingRule } from './deciding-rule.js';
import { latestPublished, textPublisher } from './later-published.js';
import { allCompatible } from './compatible-dates.js';
import { proposeEventKeys, type KeyedEvent, type LikelyDuplicate } from './propose-event-keys.js';

interface EventCandidateState {
  event: Event;
  published: string | null;
  /** Who published the report (textPublisher): only a publisher's later report revises its earlier one. */
  publisher: string;
}

const PRECISION: Record<Event['date_precision'], number> = { year: 0, month: 1, day: 2 };

const RULES: Record<string, Rule<EventCandidateState>> = {
  later_publication: (candidates) => {
    if (new Set(candidates.map((candidate) => candidate.publisher)).size !== 1 || candidates.some((candidate) => candidate.published === null)) return null;
    const keep = latestPublished(candidates, (candidate) => candidate.published!);
    return { keep, why: (other) => `published ${other.published}, before ${keep[0]!.published} by the same publisher (${other.publisher}): the later publication is preferred` };
  },
  precise_over_approximate: (candidates) => {
    const best = Math.max(...candidates.map((candidate) => PRECISION[candidate.event.date_precision]));
    return { keep: candidates.filter((candidate) => PRECISION[candidate.event.date_precision] === best), why: (other) => `dated to the ${other.event.date_precision} only; a more precise date is preferred` };
  },
};

/** Groups events by key and chooses the date each key shows, by the configured rules. */
export function reconcileEvents(events: readonly KeyedEvent[], sources: ReadonlyMap<string, SourceMetadata>, config: ReconcileConfig): { reconciled: ReconciledEvent[]; candidates: EventCandidate[]; likelyDuplicates: LikelyDuplicate[] } {
  const byKey = new Map<string, EventCandidateState[]>();
  const { keyed: proposed, likelyDuplicates } = proposeEventKeys(events, config);
  const matched = new Set(proposed.filter((item) => item.keyedBy === 'matched').map((item) => item.event));
  for (const { event, key } of proposed) {
    const source = sources.get(event.source_id)!;
    const candidate = { event, published: source.published?.date ?? null, publisher: textPublisher(source) };
    const group = byKey.get(key);
    if (group) group.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const reconciled: ReconciledEvent[] = [];
  const candidates: EventCandidate[] = [];
  for (const [keyId, group] of [...byKey].sort(([a], [b]) => compareCodePoints(a, b))) {
    const ordered = [...group].sort((a, b) => compareCodePoints(a.event.event_id, b.event.event_id));
    const compatible = allCompatible(ordered.map((candidate) => candidate.event));
    const outcome = applyRules(ordered, config.rules, RULES);
    const remainingCompatible = allCompatible(outcome.remaining.map((candidate) => candidate.event));
    const resolved = outcome.remaining.length === 1 || remainingCompatible;
    // Among compatible dates the most precise is shown: it implies the others.
    const shown = [...outcome.remaining].sort((a, b) => PRECISION[b.event.date_precision] - PRECISION[a.event.date_precision])[0]!;
    // As printed, in code-point order (1972 before 1972-02-14); a span counts by its start and its end.
    const starts = ordered.map((candidate) => candidate.event.date).sort(compareCodePoints);
    const ends = ordered.map((candidate) => candidate.event.date_end ?? candidate.event.date).sort(compareCodePoints);
    reconciled.push({
      key_id: keyId,
      type: shown.event.type,
      entities: shown.event.entities,
      date: shown.event.date,
      date_end: shown.event.date_end,
      date_precision: shown.event.date_precision,
      status: ordered.length === 1 ? 'single' : compatible ? 'agree' : 'conflict',
      rule: decidingRule(ordered.length, outcome.remaining.length, remainingCompatible, outcome.decidedBy) as ReconciledEvent['rule'],
      chosen_event_id: resolved ? shown.event.event_id : null,
      shown_event_id: shown.event.event_id,
      n_candidates: ordered.length,
      earliest: starts[0]!,
      latest: ends.at(-1)!,
      note: resolved ? null : `unresolved: ${outcome.remaining.length} reports give incompatible dates and no rule separates them; ${shown.event.event_id} is shown, not chosen`,
    });
    for (const candidate of ordered) {
      const aside = outcome.setAside.get(candidate);
      candidates.push({
        key_id: keyId,
        event_id: candidate.event.event_id,
        source_id: candidate.event.source_id,
        date: candidate.event.date,
        date_end: candidate.event.date_end,
        chosen: candidate === shown && resolved,
        set_aside_by: aside?.rule ?? null,
        reason: (aside ? aside.reason : ordered.length === 1 ? 'the only report' : candidate === shown ? (resolved ? 'chosen: the most precise of the compatible dates' : 'shown, not chosen') : resolved ? 'compatible with the date shown' : 'unresolved: no rule separates it from the date shown') + (matched.has(candidate.event) ? '; keyed by matching its type, entities and date to the other reports' : ''),
      });
    }
  }
  return { reconciled, candidates: candidates.sort((a, b) => compareCodePoints(a.event_id, b.event_id)), likelyDuplicates };
}
