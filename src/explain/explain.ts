import type { Candidate, Check, Entity, Event, EventCandidate, Indicator, Observation, Reconciled, ReconciledEvent, Source } from '../types/index.js';
import { PackageError } from '../errors.js';
import type { Dataset } from '../load.js';
import { rootOf, type PackageOptions } from '../package-root.js';
import { resolveResourcePath } from '../resolve-path.js';
import { cachedPackage, cachedRawText } from './cache-package.js';
import { rowsWhere, rowWhere } from './find-rows.js';
import { quoteSpan, type Quote } from './quote.js';
import { findReconciliation, type Reconciliation } from './reconciliation.js';
import { EVENT_NOT_REDONE, eventSteps, OBSERVATION_NOT_REDONE, observationSteps, type Transformation } from './transformations.js';

export interface ObservationExplanation {
  kind: 'observation';
  id: string;
  observation: Observation;
  /** The source's metadata row (dist/sources.csv). */
  source: Source;
  /** The line of the raw text with the printed number marked. */
  quote: Quote;
  /** The table cell as printed; all null for a number in prose. */
  cell: { table: string | null; row: string | null; column: string | null };
  indicator: Indicator | undefined;
  entity: Entity | undefined;
  partner: Entity | undefined;
  /** From the printed token to the published value, each saying whether explain() redid it. */
  transformations: Transformation[];
  /** The bytes hold the printed token and redoing the transformations gives the published value. */
  consistent: boolean;
  /** What explain() takes from the build as published, without redoing it: what the build read around the number. */
  notRedone: readonly string[];
  /** Every arithmetic check the number is the target or an input of. */
  checks: { role: 'target' | 'input'; check: Check }[];
  /** Absent when the package has no reconciliation tables; null when the number is no candidate. */
  reconciliation?: Reconciliation<Reconciled, Candidate> | null;
}

export interface EventExplanation {
  kind: 'event';
  id: string;
  event: Event;
  source: Source;
  quote: Quote;
  entities: Entity[];
  /** The printed date read as ISO 8601: the build's reading, not redone (`redone: false`). */
  transformations: Transformation[];
  /** The bytes hold the printed date on the line the event records (the date's reading is not redone). */
  consistent: boolean;
  /** What explain() takes from the build as published, without redoing it. */
  notRedone: readonly string[];
  reconciliation?: Reconciliation<ReconciledEvent, EventCandidate> | null;
}

/** One candidate of a reconciled key, with the figure or event it is and the line of the raw text that prints it. */
export interface CandidateEvidence<Candidate, Row> {
  candidate: Candidate;
  /** The observation (or event) the candidate is, as the package publishes it. */
  row: Row;
  source: Source;
  /** The line of the raw text with the printed token marked. */
  quote: Quote;
  /** This candidate's value (date) is the one the key shows. */
  shown: boolean;
}

/** A reconciled quantity (a key_id of reconciled.csv): the value shown, how it was chosen, every candidate with its quote. */
export interface KeyExplanation {
  kind: 'key';
  id: string;
  key: Reconciled;
  entity: Entity | undefined;
  partner: Entity | undefined;
  /** In the order candidates.csv lists them. */
  candidates: CandidateEvidence<Candidate, Observation>[];
}

/** A reconciled event (a key_id of reconciled_events.csv): the date shown, how it was chosen, every report with its quote. */
export interface EventKeyExplanation {
  kind: 'event_key';
  id: string;
  key: ReconciledEvent;
  entities: Entity[];
  /** In the order event_candidates.csv lists them. */
  candidates: CandidateEvidence<EventCandidate, Event>[];
}

export type Explanation = ObservationExplanation | EventExplanation | KeyExplanation | EventKeyExplanation;

export interface ExplainOptions extends PackageOptions {
  /**
   * A dataset already loaded, explained as it is. Without it, explain() reads
   * the package once per process and again only when its files change (see
   * cache-package.ts), so many calls cost little either way.
   */
  data?: Dataset;
}

/** What explain() looks in: a whole Dataset, or the cache's, which leaves out tables it never reads. */
type ExplainData = Omit<Dataset, 'tables'>;

/**
 * Everything an auditor needs about one observation (obs_id), event (event_id),
 * or reconciled key (a key_id of reconciled.csv or reconciled_events.csv).
 */
export async function explain(id: string, options: ExplainOptions = {}): Promise<Explanation> {
  if (options.data) return explainIn(id, options.data);
  // The answer holds cached rows: the caller gets its own copy of them.
  return structuredClone(explainIn(id, await cachedPackage(rootOf(options))));
}

function explainIn(id: string, data: ExplainData): Explanation {
  const observation = rowWhere(data.observations, 'obs_id', id);
  if (observation) return explainObservation(observation, data);
  const event = rowWhere(data.events, 'event_id', id);
  if (event) return explainEvent(event, data);
  const key = rowWhere(data.reconciled, 'key_id', id);
  if (key) return explainKey(key, data);
  const eventKey = rowWhere(data.reconciled_events, 'key_id', id);
  if (eventKey) return explainEventKey(eventKey, data);
  const kinds = ['an obs_id', ...(data.events ? ['an event_id'] : []), ...(data.reconciled ? ['a key_id'] : [])];
  throw new PackageError('ID_UNKNOWN', `"${id}" is not ${kinds.join(', ').replace(/, ([^,]+)$/, ' or $1')} of this package (ids look like korea-commission-2005@0090926${data.reconciled ? ', keys like goods_flow:KOR>MEX:1980..1980' : ''})`);
}

function explainObservation(observation: Observation, data: ExplainData): ObservationExplanation {
  const id = observation.obs_id;
  const source = sourceOf(observation.source_id, data);
  const indicator = rowWhere(data.indicators, 'id', observation.indicator);
  const quote = quoteOf(observation, source, data);
  const { steps, consistent } = observationSteps(observation, source, indicator);
  const checks = rowsWhere(data.checks, ['target_obs_id', 'input_obs_ids'], id).map((check): ObservationExplanation['checks'][number] => ({ role: check.target_obs_id === id ? 'target' : 'input', check }));
  const reconciliation = findReconciliation(data.reconciled, data.candidates, (rows) => rowWhere(rows, 'obs_id', id), (key) => key.shown_obs_id === id);
  return {
    kind: 'observation',
    id,
    observation,
    source,
    quote,
    cell: { table: observation.table, row: observation.row_label, column: observation.column_label },
    indicator,
    entity: entityOf(observation.entity, data),
    partner: observation.partner === null ? undefined : entityOf(observation.partner, data),
    transformations: steps,
    consistent: consistent && quote.matches,
    notRedone: OBSERVATION_NOT_REDONE,
    checks,
    ...(reconciliation === undefined ? {} : { reconciliation }),
  };
}

function explainEvent(event: Event, data: ExplainData): EventExplanation {
  const source = sourceOf(event.source_id, data);
  const quote = quoteOf(event, source, data);
  const reconciliation = findReconciliation(data.reconciled_events, data.event_candidates, (rows) => rowWhere(rows, 'event_id', event.event_id), (key) => key.shown_event_id === event.event_id);
  return {
    kind: 'event',
    id: event.event_id,
    event,
    source,
    quote,
    entities: entitiesOf(event.entities, data),
    transformations: eventSteps(event),
    consistent: quote.matches,
    notRedone: EVENT_NOT_REDONE,
    ...(reconciliation === undefined ? {} : { reconciliation }),
  };
}

function explainKey(key: Reconciled, data: ExplainData): KeyExplanation {
  const candidates = evidenceOf(key.key_id, rowsWhere(data.candidates, 'key_id', key.key_id), (candidate) => candidate.obs_id, (id) => rowWhere(data.observations, 'obs_id', id), key.shown_obs_id, 'observations', data);
  return {
    kind: 'key',
    id: key.key_id,
    key,
    entity: entityOf(key.entity, data),
    partner: key.partner === null ? undefined : entityOf(key.partner, data),
    candidates,
  };
}

function explainEventKey(key: ReconciledEvent, data: ExplainData): EventKeyExplanation {
  const candidates = evidenceOf(key.key_id, rowsWhere(data.event_candidates, 'key_id', key.key_id), (candidate) => candidate.event_id, (id) => rowWhere(data.events, 'event_id', id), key.shown_event_id, 'events', data);
  return { kind: 'event_key', id: key.key_id, key, entities: entitiesOf(key.entities, data), candidates };
}

/** Each candidate of a key with the row it names, that row's source and quote, and whether it is the one shown. */
function evidenceOf<C, R extends Observation | Event>(keyId: string, candidates: readonly C[], idOf: (candidate: C) => string, find: (id: string) => R | undefined, shownId: string | null, table: string, data: ExplainData): CandidateEvidence<C, R>[] {
  return candidates.map((candidate) => {
    const row = find(idOf(candidate));
    if (!row) throw new PackageError('ID_UNKNOWN', `candidate ${idOf(candidate)} of key ${keyId} is not in the package's ${table}`);
    const source = sourceOf(row.source_id, data);
    return { candidate, row, source, quote: quoteOf(row, source, data), shown: idOf(candidate) === shownId };
  });
}

function entitiesOf(ids: readonly string[], data: ExplainData): Entity[] {
  return ids.flatMap((id) => entityOf(id, data) ?? []);
}

function sourceOf(id: string, data: ExplainData): Source {
  const source = rowWhere(data.sources, 'id', id);
  if (!source) throw new PackageError('ID_UNKNOWN', `source "${id}" is not in the package's sources`);
  return source;
}

function entityOf(id: string, data: ExplainData): Entity | undefined {
  return rowWhere(data.entities, 'id', id);
}

/** The raw text is read by its descriptor resource (raw-<source_id>) when there is one, else by the source row's path. */
function quoteOf(row: { line: number; byte_start: number; byte_end: number; raw: string }, source: Source, data: ExplainData): Quote {
  const resource = data.descriptor.resources.find((candidate) => candidate.name === `raw-${source.id}`);
  const path = typeof resource?.path === 'string' ? resource.path : source.path;
  const text = cachedRawText(resolveResourcePath(data.root, path, resource?.name ?? `source ${source.id}`));
  return quoteSpan(text.bytes, path, { line: row.line, byteStart: row.byte_start, byteEnd: row.byte_end, raw: row.raw }, text.lineStarts);
}
