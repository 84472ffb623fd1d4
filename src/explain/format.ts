import type { Entity } from '../types/index.js';
import type { CandidateEvidence, EventExplanation, EventKeyExplanation, Explanation, KeyExplanation, ObservationExplanation } from './explain.js';
import { formatSpread, formatValue } from './format-value.js';
import type { Quote } from './quote.js';
import type { Reconciliation } from './reconciliation.js';

const LABEL_WIDTH = 10;

/** explain()'s answer as the CLI prints it: one labelled paragraph per aspect. */
export function formatExplanation(explanation: Explanation): string {
  const lines = linesOf(explanation);
  return lines.map(([label, text]) => `${label.padEnd(LABEL_WIDTH)} ${text.replaceAll('\n', `\n${' '.repeat(LABEL_WIDTH + 1)}`)}`).join('\n');
}

type Line = [label: string, text: string];

function linesOf(explanation: Explanation): Line[] {
  switch (explanation.kind) {
    case 'observation': return observationLines(explanation);
    case 'event': return eventLines(explanation);
    case 'key': return keyLines(explanation);
    case 'event_key': return eventKeyLines(explanation);
  }
}

function observationLines(explanation: ObservationExplanation): Line[] {
  const { observation } = explanation;
  return [
    ['number', `${explanation.id}: ${formatValue(observation.value, observation.unit)}, ${observation.qualifier}`],
    ['measures', `${explanation.indicator?.label ?? observation.indicator} [${observation.indicator}], ${entityName(observation.entity, explanation.entity)}${observation.partner ? ` → ${entityName(observation.partner, explanation.partner)}` : ''}, ${periodOf(observation)}`],
    ...provenanceLines(explanation),
    ['cell', observation.table === null ? 'prose (no table)' : `${observation.table} | row ${observation.row_label ?? '(none printed)'} | column ${observation.column_label}`],
    ...(observation.attributed_to ? [['printed by', observation.attributed_to] as Line] : []),
    ['steps', stepsText(explanation)],
    ['verified', verdict(explanation)],
    ['checks', explanation.checks.length ? explanation.checks.map(({ role, check }) => `${check.status.padEnd(4)} ${check.check_id} (as ${role}): ${check.description}: found ${check.found}, expected ${check.expected} (±${check.tolerance})`).join('\n') : 'none involve it'],
    ...(observation.note ? [['note', observation.note] as Line] : []),
    ['reconciled', reconciliationText(explanation.reconciliation, (key) => `${key.key_id}: ${key.status}, rule ${key.rule}, shows ${formatValue(key.value, key.unit)}; ${candidates(key.n_candidates)}, spread ${formatSpread(key)}`, (candidate) => candidate.obs_id, (candidate) => formatValue(candidate.value, explanation.reconciliation?.key.unit ?? observation.unit))],
  ];
}

function eventLines(explanation: EventExplanation): Line[] {
  const { event } = explanation;
  return [
    ['event', `${explanation.id}: ${event.date}${event.date_end === null ? '' : `/${event.date_end}`} (${event.date_precision}) ${event.type}`],
    ['about', `${event.description} [${entityList(explanation.entities, event.entities)}]`],
    ...provenanceLines(explanation),
    ['steps', stepsText(explanation)],
    ['verified', verdict(explanation)],
    ['reconciled', reconciliationText(explanation.reconciliation, (key) => `${key.key_id}: ${key.status}, rule ${key.rule}, shows ${key.date} (${candidates(key.n_candidates)}, ${key.earliest}..${key.latest})`, (candidate) => candidate.event_id, (candidate) => candidate.date)],
  ];
}

function keyLines({ id, key, entity, partner, candidates: evidence }: KeyExplanation): Line[] {
  return [
    ['key', `${id}: ${key.concept}, ${entityName(key.entity, entity)}${key.partner ? ` → ${entityName(key.partner, partner)}` : ''}, ${periodOf(key)}${key.category ? `, ${key.category}` : ''}`],
    ['shows', `${formatValue(key.value, key.unit)}, from ${key.shown_obs_id}`],
    ['status', `${key.status}, rule ${key.rule}; ${candidates(key.n_candidates)}${key.n_candidates > 1 ? ` from ${formatValue(key.min, key.unit)} to ${formatValue(key.max, key.unit)}, spread ${formatSpread(key)}` : ''}`],
    ...(key.note ? [['note', key.note] as Line] : []),
    ...evidence.map((item): Line => ['candidate', candidateText(item, item.candidate.obs_id, formatValue(item.candidate.value, key.unit))]),
  ];
}

function eventKeyLines({ id, key, entities, candidates: evidence }: EventKeyExplanation): Line[] {
  return [
    ['key', `${id}: ${key.type} [${entityList(entities, key.entities)}]`],
    ['shows', `${key.date}${key.date_end === null ? '' : `/${key.date_end}`} (${key.date_precision}), from ${key.shown_event_id}`],
    ['status', `${key.status}, rule ${key.rule}; ${candidates(key.n_candidates)}${key.n_candidates > 1 ? ` from ${key.earliest} to ${key.latest}` : ''}`],
    ...(key.note ? [['note', key.note] as Line] : []),
    ...evidence.map((item): Line => ['candidate', candidateText(item, item.candidate.event_id, item.candidate.date)]),
  ];
}

/** A candidate of a key: who states what, how it fared, and the line that prints it. */
function candidateText(item: CandidateEvidence<ReconciledCandidate, unknown>, id: string, value: string): string {
  return [
    `${id} (${item.candidate.source_id}) ${value}${item.shown ? ' (shown)' : ''}: ${outcome(item.candidate)}`,
    `${whereText(item.quote)}: ${item.quote.marked}`,
  ].join('\n');
}

/** The source's metadata, then the line of its text with the span marked. */
function provenanceLines({ source, quote }: ObservationExplanation | EventExplanation): Line[] {
  const credit = [source.authors, source.publisher, source.published].filter(Boolean).join(' — ');
  return [
    ['source', `${source.id}: ${source.title ?? '(untitled)'}${credit ? ` — ${credit}` : ''}`],
    ['', `${source.kind}, ${source.language}, ${source.number_format}, ${source.bytes} bytes, sha256 ${source.sha256}${source.url ? `, ${source.url}` : ''}`],
    ['rights', source.rights],
    ['where', `${whereText(quote)}, column ${quote.column}, bytes ${quote.byteStart}–${quote.byteEnd}`],
    ['text', quote.marked],
  ];
}

function whereText(quote: Quote): string {
  return `${quote.path}, line ${quote.line}`;
}

function periodOf(row: { period_start: string | null; period_end: string | null }): string {
  if (row.period_start === null) return 'no period';
  return row.period_start === row.period_end ? row.period_start : `${row.period_start}..${row.period_end}`;
}

function stepsText({ transformations }: ObservationExplanation | EventExplanation): string {
  return transformations.map((step, index) => `${index + 1}. ${step.step} ${JSON.stringify(step.from)} → ${JSON.stringify(step.to)}: ${step.rule}${step.redone ? '' : ' [not redone]'}`).join('\n');
}

/**
 * Says exactly what was checked: the bytes, which steps were redone here and
 * gave the published value, which were taken from the build, and what the
 * build read around the number that explain() does not read again.
 */
function verdict(explanation: ObservationExplanation | EventExplanation): string {
  const { quote, transformations } = explanation;
  if (!quote.matches) return `NO: the bytes read ${JSON.stringify(quote.span)} on line ${quote.lineInText}, not ${JSON.stringify(explanation.kind === 'observation' ? explanation.observation.raw : explanation.event.raw)} on line ${quote.line}`;
  const numbers = (redone: boolean) => transformations.flatMap((step, index) => (step.redone === redone ? [index + 1] : []));
  const [redone, taken] = [numbers(true), numbers(false)];
  const bytes = `the bytes hold ${JSON.stringify(quote.span)} on line ${quote.line}`;
  const outcome = !redone.length ? '' : explanation.consistent ? `; redone here: ${stepList(redone)}, giving the published value` : `; but redoing ${stepList(redone)} here does not give the published value`;
  const notRedone = [...(taken.length ? [`${stepList(taken)} (the build's, as published)`] : []), ...explanation.notRedone];
  return `${explanation.consistent ? 'yes' : 'NO'}: ${bytes}${outcome}\nnot redone here: ${notRedone.join('; ')}`;
}

function stepList(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'step' : 'steps'} ${numbers.join(', ')}`;
}

const candidates = (count: number) => `${count} candidate${count === 1 ? '' : 's'}`;

function entityName(id: string, entity: Entity | undefined): string {
  return entity ? `${entity.name} (${id})` : id;
}

/** Entities by id and name; the ids as published when none resolves. */
function entityList(entities: readonly Entity[], ids: readonly string[]): string {
  return entities.map((entity) => `${entity.id} ${entity.name}`).join('; ') || ids.join(';');
}

type ReconciledCandidate = { source_id: string; chosen: boolean; set_aside_by: string | null; reason: string };

/**
 * Chosen, set aside by a rule, or neither (agreeing, or unresolved), with the
 * reason; the status is left out where the reason already says it ("chosen by
 * first_printed"), so that nothing reads "chosen — chosen by".
 */
function outcome(candidate: ReconciledCandidate): string {
  const status = candidate.chosen ? 'chosen' : candidate.set_aside_by ? `set aside by ${candidate.set_aside_by}` : '';
  if (!candidate.reason) return status || 'not chosen';
  if (!status || candidate.reason.startsWith(status)) return candidate.reason;
  return `${status} — ${candidate.reason}`;
}

function reconciliationText<Key, Candidate extends ReconciledCandidate>(
  reconciliation: Reconciliation<Key, Candidate> | null | undefined,
  describeKey: (key: Key) => string,
  idOf: (candidate: Candidate) => string,
  valueOf: (candidate: Candidate) => string,
): string {
  if (reconciliation === undefined) return 'this release has no reconciliation tables';
  if (reconciliation === null) return 'not a candidate of any reconciled key';
  const describe = (candidate: Candidate) => `${idOf(candidate)} (${candidate.source_id}) ${valueOf(candidate)}: ${outcome(candidate)}`;
  return [
    describeKey(reconciliation.key),
    `this: ${describe(reconciliation.candidate)}${reconciliation.shown ? ' (shown)' : ''}`,
    ...reconciliation.rivals.map((rival) => `rival: ${describe(rival)}`),
  ].join('\n');
}
