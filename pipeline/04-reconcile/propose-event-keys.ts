import type { Event } from '../../src/types/event.js';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import { compareCodePoints } from '../order.js';
import { dayInterval } from './compatible-dates.js';

/** An event with the key an annotation gave it, if any. */
export interface KeyedEvent {
  event: Event;
  key?: string;
}

/** How an event got its key: an annotation's, the type and entities of a one-off type, matched to other reports, or its own id. */
export type EventKeying = 'annotation' | 'unique_type' | 'matched' | 'own';

export interface ProposedEventKey {
  event: Event;
  key: string;
  keyedBy: EventKeying;
}

/** Two reports under different keys that look like one event: same type and entities, compatible dates, at least one without an annotation key. */
export interface LikelyDuplicate {
  event_ids: [string, string];
  keys: [string, string];
  type: Event['type'];
  entities: string[];
  dates: [string, string];
}

/**
 * Calls visit(i, j), i < j, for every two events that look alike: same type and
 * entities, dates whose days overlap. Events are bucketed by type and entities
 * and scanned by first day, stopping at the first that starts after an event's
 * last day, so that the work follows the pairs found, not the square of all events.
 */
function forEachLookAlike(events: readonly Event[], visit: (index: number, otherIndex: number) => void): void {
  const days = events.map(dayInterval);
  const buckets = new Map<string, number[]>();
  events.forEach((event, index) => {
    const bucket = `${event.type}\u0000${event.entities.join(';')}`;
    const members = buckets.get(bucket);
    if (members) members.push(index);
    else buckets.set(bucket, [index]);
  });
  for (const members of buckets.values()) {
    const byFirstDay = members.sort((a, b) => compareCodePoints(days[a]!.first, days[b]!.first) || a - b);
    byFirstDay.forEach((index, position) => {
      for (let next = position + 1; next < byFirstDay.length; next++) {
        const otherIndex = byFirstDay[next]!;
        if (days[otherIndex]!.first > days[index]!.last) break;
        visit(Math.min(index, otherIndex), Math.max(index, otherIndex));
      }
    });
  }
}

/**
 * Keys every event, so that a new document's reports meet the existing ones
 * without a hand-written key on both sides. An annotation's key stands; an
 * event of a type that happens once is keyed by type and entities; an unkeyed
 * event of a matched type (rules.json `matched_event_types`) meets the reports
 * it looks like (same type and entities, compatible dates): it takes their key
 * when they have exactly one, and reports that look alike and have none share
 * the proposed key `<type>:<entities>:<earliest date>`. Where the reports it
 * looks like carry several keys, nothing is guessed: it keeps its own id, and
 * the pair is listed as a likely duplicate, as are look-alikes of types that
 * are not matched, for an annotator to key or to tell apart.
 */
export function proposeEventKeys(events: readonly KeyedEvent[], config: Pick<ReconcileConfig, 'unique_event_types' | 'matched_event_types'>): { keyed: ProposedEventKey[]; likelyDuplicates: LikelyDuplicate[] } {
  const ordered = [...events].sort((a, b) => compareCodePoints(a.event.event_id, b.event.event_id));
  const given = ordered.map((item): { key: string; keyedBy: EventKeying } | null => {
    if (item.key) return { key: item.key, keyedBy: 'annotation' };
    if (config.unique_event_types.includes(item.event.type)) return { key: `${item.event.type}:${item.event.entities.join(';')}`, keyedBy: 'unique_type' };
    return null;
  });
  // Unkeyed reports of matched types join whatever they look like into one group (union-find over indexes).
  const parent = ordered.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  const matchable = (index: number) => given[index] === null && config.matched_event_types.includes(ordered[index]!.event.type);
  const reports = ordered.map((item) => item.event);
  forEachLookAlike(reports, (index, otherIndex) => {
    // Two keyed reports are never merged here (their keys say what they are): one of the two must be matchable.
    if (matchable(index) || matchable(otherIndex)) parent[root(otherIndex)] = root(index);
  });
  const groups = new Map<number, number[]>();
  ordered.forEach((_, index) => {
    const members = groups.get(root(index));
    if (members) members.push(index);
    else groups.set(root(index), [index]);
  });
  const keyed: ProposedEventKey[] = ordered.map((item, index) => ({ event: item.event, key: given[index]?.key ?? item.event.event_id, keyedBy: given[index]?.keyedBy ?? 'own' }));
  for (const members of groups.values()) {
    const unkeyed = members.filter((index) => given[index] === null);
    if (members.length < 2 || unkeyed.length === 0) continue;
    const keys = [...new Set(members.flatMap((index) => (given[index] ? [given[index]!.key] : [])))];
    if (keys.length > 1) continue;
    const earliest = members.map((index) => ordered[index]!.event.date).sort(compareCodePoints)[0]!;
    const first = ordered[unkeyed[0]!]!.event;
    const key = keys[0] ?? `${first.type}:${first.entities.join(';')}:${earliest}`;
    for (const index of unkeyed) keyed[index] = { event: ordered[index]!.event, key, keyedBy: 'matched' };
  }
  // A pair as one number (index × count + other index), sorted in a typed array: their number grows with the square of a report's copies, so no array per pair.
  const pairs: number[] = [];
  forEachLookAlike(reports, (index, otherIndex) => {
    const [item, other] = [keyed[index]!, keyed[otherIndex]!];
    if (item.key !== other.key && !(item.keyedBy === 'annotation' && other.keyedBy === 'annotation')) pairs.push(index * ordered.length + otherIndex);
  });
  const likelyDuplicates: LikelyDuplicate[] = [];
  for (const pair of Float64Array.from(pairs).sort()) {
    const [item, other] = [keyed[Math.floor(pair / ordered.length)]!, keyed[pair % ordered.length]!];
    likelyDuplicates.push({ event_ids: [item.event.event_id, other.event.event_id], keys: [item.key, other.key], type: item.event.type, entities: item.event.entities, dates: [item.event.date, other.event.date] });
  }
  return { keyed, likelyDuplicates };
}
