import type { Entity } from '../types/index.js';
import type { EventExplanation, Explanation, ObservationExplanation } from './explain.js';
import type { Reconciliation } from './reconciliation.js';

const LABEL_WIDTH = 10;

/** explain()'s answer as the CLI prints it: one labelled paragraph per aspect. */
export function formatExplanation(explanation: Explanation): string {
  const lines = explanation.kind === 'observation' ? observationLines(explanation) : eventLines(explanation);
  return lines.map(([label, text]) => `${label.padEnd(LABEL_WIDTH)} ${text.replaceAll('\n', `\n${' '.repeat(LABEL_WIDTH + 1)}`)}`).join('\n');
}

type Line = [label: string, text: string];

function observationLines(explanation: ObservationExplanation): Line[] {
  const { observation } = explanation;
  const period = observation.period_start === null ? 'no period' : observation.period_start === observation.period_end ? observation.period_start : `${observation.period_start}..${observation.period_end}`;
  return [
    ['number', `${explanation.id}: ${observation.value} ${observation.unit} (${observation.qualifier})`],
    ['measures', `${explanation.indicator?.label ?? observation.indicator} [${observation.indicator}], ${entityName(observation.entity, explanation.entity)}${observation.partner ? ` → ${entityName(observation.partner, explanation.partner)}` : ''}, ${period}`],
    ...provenanceLines(explanation),
    ['cell', observation.table === null ? 'prose (no table)' : `${observation.table} | row ${observation.row_label ?? '(none printed)'} | column ${observation.column_label}`],
    ...(observation.attributed_to ? [['printed by', observation.attributed_to] as Line] : []),
    ['steps', stepsText(explanation)],
    ['verified', verdict(explanation)],
    ['checks', explanation.checks.length ? explanation.checks.map(({ role, check }) => `${check.status.padEnd(4)} ${check.check_id} (as ${role}): ${check.description}: found ${check.found}, expected ${check.expected} (±${check.tolerance})`).join('\n') : 'none involve it'],
    ...(observation.note ? [['note', observation.note] as Line] : []),
    ['reconciled', reconciliationText(explanation.reconciliation, (key) => `${key.key_id}: ${key.status}, rule ${key.rule}, shows ${key.value} ${key.unit} (${candidates(key.n_candidates)}, spread ${key.spread_pct}%)`, (candidate) => candidate.obs_id, (candidate) => `${candidate.value}`)],
  ];
}

function eventLines(explanation: EventExplanation): Line[] {
  const { event } = explanation;
  return [
    ['event', `${explanation.id}: ${event.date} (${event.date_precision}) ${event.type}`],
    ['about', `${event.description} [${explanation.entities.map((entity) => `${entity.id} ${entity.name}`).join('; ') || event.entities.join(';')}]`],
    ...provenanceLines(explanation),
    ['steps', stepsText(explanation)],
    ['verified', verdict(explanation)],
    ['reconciled', reconciliationText(explanation.reconciliation, (key) => `${key.key_id}: ${key.status}, rule ${key.rule}, shows ${key.date} (${candidates(key.n_candidates)}, ${key.earliest}..${key.latest})`, (candidate) => candidate.event_id, (candidate) => candidate.date)],
  ];
}

/** The source's metadata, then the line of its text with the span marked. */
function provenanceLines({ source, quote }: Explanation): Line[] {
  const credit = [source.authors, source.publisher, source.published].filter(Boolean).join(' — ');
  return [
    ['source', `${source.id}: ${source.title ?? '(untitled)'}${credit ? ` — ${credit}` : ''}`],
    ['', `${source.kind}, ${source.language}, ${source.number_format}, ${source.bytes} bytes, sha256 ${source.sha256}${source.url ? `, ${source.url}` : ''}`],
    ['rights', source.rights],
    ['where', `${quote.path}, line ${quote.line}, column ${quote.column}, bytes ${quote.byteStart}–${quote.byteEnd}`],
    ['text', quote.marked],
  ];
}

function stepsText({ transformations }: Explanation): string {
  return transformations.map((step, index) => `${index + 1}. ${step.step} ${JSON.stringify(step.from)} → ${JSON.stringify(step.to)}: ${step.rule}`).join('\n');
}

function verdict(explanation: Explanation): string {
  if (explanation.consistent) return 'the bytes hold the printed token on the recorded line, and the steps give the published value';
  const { quote } = explanation;
  if (!quote.matches) return `NO: the bytes read ${JSON.stringify(quote.span)} on line ${quote.lineInText}`;
  return 'NO: redoing the steps does not give the published value';
}

const candidates = (count: number) => `${count} candidate${count === 1 ? '' : 's'}`;

function entityName(id: string, entity: Entity | undefined): string {
  return entity ? `${entity.name} (${id})` : id;
}

function reconciliationText<Key, Candidate extends { source_id: string; chosen: boolean; set_aside_by: string | null; reason: string }>(
  reconciliation: Reconciliation<Key, Candidate> | null | undefined,
  describeKey: (key: Key) => string,
  idOf: (candidate: Candidate) => string,
  valueOf: (candidate: Candidate) => string,
): string {
  if (reconciliation === undefined) return 'this release has no reconciliation tables';
  if (reconciliation === null) return 'not a candidate of any reconciled key';
  const describe = (candidate: Candidate) => `${idOf(candidate)} (${candidate.source_id}) ${valueOf(candidate)}: ${candidate.chosen ? 'chosen' : `set aside${candidate.set_aside_by ? ` by ${candidate.set_aside_by}` : ''}`}${candidate.reason ? ` — ${candidate.reason}` : ''}`;
  return [
    describeKey(reconciliation.key),
    `this: ${describe(reconciliation.candidate)}${reconciliation.shown ? ' (shown)' : ''}`,
    ...reconciliation.rivals.map((rival) => `rival: ${describe(rival)}`),
  ].join('\n');
}
