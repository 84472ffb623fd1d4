import { readFile } from 'node:fs/promises';
import type { Candidate, Check, Entity, Event, EventCandidate, Indicator, Observation, Reconciled, ReconciledEvent, Source } from '../types/index.js';
import { PackageError } from '../errors.js';
import { load, type Dataset } from '../load.js';
import type { PackageOptions } from '../package-root.js';
import { resolveResourcePath } from '../resolve-path.js';
import { quoteSpan, type Quote } from './quote.js';
import { findReconciliation, type Reconciliation } from './reconciliation.js';
import { eventSteps, observationSteps, type Transformation } from './transformations.js';

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
  /** From the printed token to the published value. */
  transformations: Transformation[];
  /** The bytes hold the printed token and redoing the transformations gives the published value. */
  consistent: boolean;
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
  transformations: Transformation[];
  consistent: boolean;
  reconciliation?: Reconciliation<ReconciledEvent, EventCandidate> | null;
}

export type Explanation = ObservationExplanation | EventExplanation;

export interface ExplainOptions extends PackageOptions {
  /** A dataset already loaded, to explain many ids without reading the CSVs each time. */
  data?: Dataset;
}

/** Everything an auditor needs about one observation (obs_id) or event (event_id). */
export async function explain(id: string, options: ExplainOptions = {}): Promise<Explanation> {
  const data = options.data ?? (await load(options));
  const observation = data.observations.find((row) => row.obs_id === id);
  if (observation) return explainObservation(observation, data);
  const event = data.events?.find((row) => row.event_id === id);
  if (event) return explainEvent(event, data);
  throw new PackageError('ID_UNKNOWN', `"${id}" is neither an obs_id${data.events ? ' nor an event_id' : ''} of this package (ids look like korea-commission-2005@0090926)`);
}

async function explainObservation(observation: Observation, data: Dataset): Promise<ObservationExplanation> {
  const id = observation.obs_id;
  const source = sourceOf(observation.source_id, data);
  const indicator = data.indicators.find((row) => row.id === observation.indicator);
  const quote = await quoteOf(observation, source, data);
  const { steps, consistent } = observationSteps(observation, source, indicator);
  const checks = data.checks.flatMap((check): ObservationExplanation['checks'] => {
    if (check.target_obs_id === id) return [{ role: 'target', check }];
    return check.input_obs_ids.includes(id) ? [{ role: 'input', check }] : [];
  });
  const reconciliation = findReconciliation(data.reconciled, data.candidates, (row) => row.obs_id === id, (key) => key.shown_obs_id === id);
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
    checks,
    ...(reconciliation === undefined ? {} : { reconciliation }),
  };
}

async function explainEvent(event: Event, data: Dataset): Promise<EventExplanation> {
  const source = sourceOf(event.source_id, data);
  const quote = await quoteOf(event, source, data);
  const reconciliation = findReconciliation(data.reconciled_events, data.event_candidates, (row) => row.event_id === event.event_id, (key) => key.shown_event_id === event.event_id);
  return {
    kind: 'event',
    id: event.event_id,
    event,
    source,
    quote,
    entities: event.entities.flatMap((entity) => entityOf(entity, data) ?? []),
    transformations: eventSteps(event),
    consistent: quote.matches,
    ...(reconciliation === undefined ? {} : { reconciliation }),
  };
}

function sourceOf(id: string, data: Dataset): Source {
  const source = data.sources.find((row) => row.id === id);
  if (!source) throw new PackageError('ID_UNKNOWN', `source "${id}" is not in the package's sources`);
  return source;
}

function entityOf(id: string, data: Dataset): Entity | undefined {
  return data.entities.find((row) => row.id === id);
}

/** The raw text is read by its descriptor resource (raw-<source_id>) when there is one, else by the source row's path. */
async function quoteOf(row: { line: number; byte_start: number; byte_end: number; raw: string }, source: Source, data: Dataset): Promise<Quote> {
  const resource = data.descriptor.resources.find((candidate) => candidate.name === `raw-${source.id}`);
  const path = typeof resource?.path === 'string' ? resource.path : source.path;
  const bytes = await readFile(resolveResourcePath(data.root, path, resource?.name ?? `source ${source.id}`));
  return quoteSpan(bytes, path, { line: row.line, byteStart: row.byte_start, byteEnd: row.byte_end, raw: row.raw });
}
