import type { Coverage } from '../src/types/coverage.js';
import type { Event } from '../src/types/event.js';
import type { Observation } from '../src/types/observation.js';
import { anchorAnnotations } from '../pipeline/02-extract/index.js';
import { EntityResolver, loadMetadata, normalizeEvent, normalizeProse } from '../pipeline/03-normalize/index.js';
import { classifyNumerals } from '../pipeline/05-validate/index.js';
import { classify } from '../pipeline/build.js';
import { draftSource } from '../pipeline/draft-source.js';
import type { ProjectPaths } from '../pipeline/paths.js';
import { SchemaRegistry } from '../pipeline/schemas.js';

/** A share: how many of how many. */
export interface Share {
  right: number;
  of: number;
}

/** How a redraft of one source compares with its reviewed annotations. */
export interface DrafterScore {
  sourceId: string;
  /** Numerals the drafter had to classify (no recipe or rule does): class right (observation, period, event_date, ignored). */
  numeralClass: Share;
  /** The same, with the ignore reason too. */
  numeralClassAndReason: Share;
  /** Drafted observations at a numeral the reviewers made an observation of: value, unit, period, entity, partner and indicator all right. */
  observations: Share;
  /** Reviewed observations at numerals that the draft gets all right (its recall: a figure drafted as anything else counts as wrong). */
  observationsRecall: Share;
  /** Reviewed observations written in words ("second", "two-thirds") that the draft proposes at all. */
  wordObservations: Share;
  /** Reviewed event dates (by where the date is printed) that the draft dates the same. */
  eventDates: Share;
  /** Reviewed events whose type the draft gives to an event at the same date. */
  eventTypes: Share;
  /** Numerals the draft leaves unclassified or in conflict (counted as wrong in numeralClass): a build of the draft would stop on them. */
  unaccounted: number;
  /** Per field of the drafted observations above: how often each is right. */
  fields: Record<'value' | 'unit' | 'period' | 'entity' | 'partner' | 'indicator', Share>;
  /** Every miss behind the shares above, in text order: for `npm run bench:drafter -- --details`. */
  misses: Miss[];
}

/** One thing the draft got wrong: where, which field, what it drafted and what the reviewers wrote. */
export interface Miss {
  sourceId: string;
  line: number;
  /** The numeral (or date) as printed. */
  raw: string;
  field: (typeof FIELDS)[number] | 'class' | 'event_date' | 'event_type';
  drafted: string;
  reviewed: string;
}

const FIELDS = ['value', 'unit', 'period', 'entity', 'partner', 'indicator'] as const;

function fieldOf(row: Observation, field: (typeof FIELDS)[number]): string {
  return field === 'period' ? `${row.period_start ?? ''}..${row.period_end ?? ''}` : String(row[field] ?? '');
}

/**
 * Redrafts one source from its text alone (as `mfr add-source` would, the
 * rest of the corpus as context) and scores the draft against the reviewed
 * annotations: both are read by the build's own stages.
 */
export function measureDrafter(paths: ProjectPaths, sourceId: string): DrafterScore {
  const { source, file, extracted, normalized } = draftSource(paths, sourceId, 'text');
  const index = extracted.prose.findIndex((prose) => prose.source.metadata.id === sourceId);
  const prose = extracted.prose[index]!;
  const classification = classify(extracted, normalized)[index]!;
  // An answer that leaves numerals out would shrink every share's denominator unseen.
  if (classification.unclassified.length) throw new Error(`the reviewed annotations of ${sourceId} leave ${classification.unclassified.length} numeral(s) unclassified: ${classification.unclassified.map((numeral) => `${numeral.text} line ${numeral.line}`).join(', ')}`);
  const reviewed = classification.rows;
  const schemas = new SchemaRegistry(paths.schemas);
  const metadata = loadMetadata(paths.metadata, schemas);
  const context = { sources: new Map([[sourceId, source.metadata]]), indicators: new Map(metadata.indicators.map((indicator) => [indicator.id, indicator])), entities: new EntityResolver(metadata.entities) };
  const anchored = anchorAnnotations(file, source, prose.folded, prose.numerals);
  const draftedObservations = anchored.cells.map((cell) => ({ cell, observation: normalizeProse(cell, context).observation }));
  const draftedEvents = anchored.events.map((cell) => ({ event: normalizeEvent(cell, context), annotationId: cell.annotationId }));
  const tables = normalized.tables.filter((table) => table.table.sourceId === sourceId);
  const drafted = classifyNumerals({ source, folded: prose.folded, numerals: prose.numerals, tables, prose: draftedObservations.map(({ cell, observation }) => ({ cell, obsId: observation.obs_id })), events: draftedEvents, ignores: anchored.ignores });
  // A numeral the draft leaves unclassified or claims twice would stop a build of the draft (`mfr add-source` promises
  // one that passes with --allow-drafts): a wrong class, counted and listed rather than ending the whole run.
  const unaccounted = new Map<number, string>([
    ...drafted.unclassified.map((numeral) => [numeral.byteStart, 'unclassified'] as const),
    ...drafted.conflicts.map(({ numeral, claims }) => [numeral.byteStart, `in conflict: ${claims.map((claim) => `${claim.class}${claim.reason ? ` (${claim.reason})` : ''}`).join(' | ')}`] as const),
  ]);

  const draftedRows = new Map(drafted.rows.map((row) => [row.byte_start, row]));
  const byDrafter = (row: Coverage | undefined) => row !== undefined && row.classified_by.startsWith('annotation:');
  const considered = reviewed.filter((row) => byDrafter(draftedRows.get(row.byte_start)) || unaccounted.has(row.byte_start));
  const numeralClass = share(considered, (row) => draftedRows.get(row.byte_start)?.class === row.class);
  const numeralClassAndReason = share(considered, (row) => draftedRows.get(row.byte_start)?.class === row.class && draftedRows.get(row.byte_start)?.reason === row.reason);

  const reviewedObservations = normalized.prose.filter((item) => item.cell.sourceId === sourceId);
  const atNumerals = reviewedObservations.filter((item) => item.cell.written === 'numerals').map((item) => item.observation);
  const draftedAt = new Map(draftedObservations.map(({ observation }) => [observation.byte_start, observation]));
  const allRight = (row: Observation) => {
    const draft = draftedAt.get(row.byte_start);
    return draft !== undefined && FIELDS.every((field) => fieldOf(draft, field) === fieldOf(row, field));
  };
  const matched = atNumerals.filter((row) => draftedAt.has(row.byte_start));
  const fields = Object.fromEntries(FIELDS.map((field) => [field, share(matched, (row) => fieldOf(draftedAt.get(row.byte_start)!, field) === fieldOf(row, field))])) as DrafterScore['fields'];
  const words = reviewedObservations.filter((item) => item.cell.written === 'words').map((item) => item.observation);

  const reviewedEvents = normalized.events.filter((item) => item.event.source_id === sourceId).map((item) => item.event);
  // An event is where its year is printed: a date's end; the draft may read more or less of the words before it.
  const draftedByEnd = groupBy(draftedEvents.map((item) => item.event), (event) => event.byte_end);
  const dates = [...groupBy(reviewedEvents, (event) => event.byte_end).values()].map((events) => events[0]!);
  const eventTypes = [...groupBy(reviewedEvents, (event) => event.byte_end)].reduce(
    (total, [end, events]) => {
      const types = (draftedByEnd.get(end) ?? []).map((event) => event.type);
      for (const event of events) {
        const at = types.indexOf(event.type);
        if (at >= 0) {
          types.splice(at, 1);
          total.right += 1;
        }
        total.of += 1;
      }
      return total;
    },
    { right: 0, of: 0 },
  );
  const misses: Miss[] = [];
  const miss = (line: number, raw: string, field: Miss['field'], drafted: string, reviewed: string) => misses.push({ sourceId, line, raw, field, drafted, reviewed });
  for (const row of considered) {
    const draft = draftedRows.get(row.byte_start);
    if (draft?.class !== row.class) miss(row.line, row.text, 'class', draft ? `${draft.class}${draft.reason ? ` (${draft.reason})` : ''}` : unaccounted.get(row.byte_start)!, `${row.class}${row.reason ? ` (${row.reason})` : ''}`);
  }
  for (const row of matched) for (const field of FIELDS) if (fieldOf(draftedAt.get(row.byte_start)!, field) !== fieldOf(row, field)) miss(row.line, row.raw, field, fieldOf(draftedAt.get(row.byte_start)!, field), fieldOf(row, field));
  for (const event of dates) if (!(draftedByEnd.get(event.byte_end) ?? []).some((draft) => draft.date === event.date)) miss(event.line, event.raw, 'event_date', (draftedByEnd.get(event.byte_end) ?? []).map((draft) => draft.date).join(' | ') || 'none', event.date);
  for (const [end, events] of groupBy(reviewedEvents, (event) => event.byte_end)) {
    const types = (draftedByEnd.get(end) ?? []).map((event) => event.type);
    const missed = events.map((event) => event.type).filter((type) => !types.includes(type));
    if (missed.length) miss(events[0]!.line, events[0]!.raw, 'event_type', types.join(' | ') || 'none', events.map((event) => event.type).join(' | '));
  }
  misses.sort((a, b) => a.line - b.line);
  return {
    sourceId,
    misses,
    numeralClass,
    numeralClassAndReason,
    observations: share(matched, allRight),
    observationsRecall: share(atNumerals, allRight),
    wordObservations: share(words, (row) => draftedObservations.some(({ observation }) => observation.byte_start === row.byte_start)),
    eventDates: share(dates, (event) => (draftedByEnd.get(event.byte_end) ?? []).some((draft: Event) => draft.date === event.date)),
    eventTypes,
    unaccounted: unaccounted.size,
    fields,
  };
}

function share<T>(items: readonly T[], right: (item: T) => boolean): Share {
  return { right: items.filter(right).length, of: items.length };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Shares summed over sources. */
export function totalScore(scores: readonly DrafterScore[]): Omit<DrafterScore, 'sourceId' | 'misses'> {
  const sum = (pick: (score: DrafterScore) => Share): Share => scores.reduce((total, score) => ({ right: total.right + pick(score).right, of: total.of + pick(score).of }), { right: 0, of: 0 });
  return {
    numeralClass: sum((score) => score.numeralClass),
    numeralClassAndReason: sum((score) => score.numeralClassAndReason),
    observations: sum((score) => score.observations),
    observationsRecall: sum((score) => score.observationsRecall),
    wordObservations: sum((score) => score.wordObservations),
    eventDates: sum((score) => score.eventDates),
    eventTypes: sum((score) => score.eventTypes),
    unaccounted: scores.reduce((total, score) => total + score.unaccounted, 0),
    fields: Object.fromEntries(FIELDS.map((field) => [field, sum((score) => score.fields[field])])) as DrafterScore['fields'],
  };
}
