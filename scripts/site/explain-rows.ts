import { explain, type Dataset, type Quote, type Transformation } from '../../src/index.js';
import { formatSpread, formatValue } from '../../src/explain/format-value.js';
import { MARK_CLOSE, MARK_OPEN } from '../../src/explain/quote.js';
import { eventDate, rowHref } from './html.js';
import type { PanelCandidate, PanelKey, PanelRow, QuotedLine, SourcePageData } from './page-data.js';

/**
 * What the panel of a source page shows for each of its observations and
 * events, from explain() (the same answers as `mfr explain <id>`), and each
 * reconciliation key they are candidates of with every candidate's quote.
 */
export async function explainSource(data: Dataset, sourceId: string, keys: KeyCache): Promise<SourcePageData> {
  const rows: Record<string, PanelRow> = {};
  const keyIds = new Set<string>();
  for (const observation of data.observations.filter((row) => row.source_id === sourceId)) {
    const explanation = await explain(observation.obs_id, { data });
    if (explanation.kind !== 'observation') continue;
    const key = explanation.reconciliation?.key;
    const period = observation.period_start === null ? '—' : observation.period_start === observation.period_end ? observation.period_start : `${observation.period_start} to ${observation.period_end}`;
    rows[observation.obs_id] = {
      kind: 'observation',
      id: observation.obs_id,
      fields: [
        ['value', formatValue(observation.value, observation.unit)],
        ['printed', observation.raw],
        ['indicator', `${explanation.indicator?.label ?? observation.indicator} (${observation.indicator})`],
        ['entity → partner', `${nameOf(data, observation.entity)}${observation.partner ? ` → ${nameOf(data, observation.partner)}` : ''}`],
        ['period', period],
        ['qualifier', observation.qualifier],
        ['cell', observation.table === null ? 'prose' : `${observation.table} | row ${observation.row_label ?? '(none printed)'} | column ${observation.column_label ?? ''}`],
        ...(observation.attributed_to ? [['printed by', observation.attributed_to] as [string, string]] : []),
        ...(observation.note ? [['note', observation.note] as [string, string]] : []),
      ],
      quote: quotedLine(explanation.quote),
      transformations: stepsOf(explanation.transformations),
      consistent: explanation.consistent,
      checks: explanation.checks.map(({ role, check }) => ({
        checkId: check.check_id,
        role,
        status: check.status,
        description: check.description,
        expected: check.expected,
        found: check.found,
        tolerance: check.tolerance,
        acknowledgement: check.acknowledgement,
        cells: [{ id: check.target_obs_id, role: 'target' as const }, ...check.input_obs_ids.map((id) => ({ id, role: 'input' as const }))]
          .map((cell) => ({ ...cell, href: rowHref(check.source_id, cell.id) })),
      })),
      keyId: key?.key_id ?? null,
    };
    if (key) keyIds.add(key.key_id);
  }
  for (const event of (data.events ?? []).filter((row) => row.source_id === sourceId)) {
    const explanation = await explain(event.event_id, { data });
    if (explanation.kind !== 'event') continue;
    const key = explanation.reconciliation?.key;
    rows[event.event_id] = {
      kind: 'event',
      id: event.event_id,
      fields: [
        ['date', `${eventDate(event)} (${event.date_precision})`],
        ['printed', event.raw],
        ['type', event.type],
        ['entities', event.entities.map((id) => nameOf(data, id)).join('; ')],
        ['description', event.description],
      ],
      quote: quotedLine(explanation.quote),
      transformations: stepsOf(explanation.transformations),
      consistent: explanation.consistent,
      checks: [],
      keyId: key?.key_id ?? null,
    };
    if (key) keyIds.add(key.key_id);
  }
  const panelKeys: Record<string, PanelKey> = {};
  for (const keyId of [...keyIds].sort()) panelKeys[keyId] = await keys.get(keyId);
  return { sourceId, rows, keys: panelKeys };
}

/**
 * Each reconciliation key once for the whole site (a key's candidates span
 * several source pages), its candidates in the order the package lists them,
 * each quoted by explain(). Not explain(key_id): an event's own key has the
 * event's id, so explain() answers with the event.
 */
export class KeyCache {
  readonly #keys = new Map<string, PanelKey>();
  constructor(readonly data: Dataset) {}

  async get(keyId: string): Promise<PanelKey> {
    let key = this.#keys.get(keyId);
    if (!key) {
      key = await this.#explain(keyId);
      this.#keys.set(keyId, key);
    }
    return key;
  }

  async #explain(keyId: string): Promise<PanelKey> {
    const { data } = this;
    const key = data.reconciled?.find((row) => row.key_id === keyId);
    if (key) {
      const candidates = (data.candidates ?? []).filter((row) => row.key_id === keyId);
      return {
        keyId,
        status: key.status,
        rule: key.rule,
        shown: `${formatValue(key.value, key.unit)}${key.n_candidates > 1 ? `; spread ${formatSpread(key)}` : ''}`,
        note: key.note,
        candidates: await Promise.all(candidates.map(async (candidate) => ({
          ...(await evidence(data, candidate.obs_id, candidate.source_id)),
          value: formatValue(candidate.value, key.unit),
          chosen: candidate.chosen,
          shown: candidate.obs_id === key.shown_obs_id,
          setAsideBy: candidate.set_aside_by,
          reason: candidate.reason,
        }))),
      };
    }
    const eventKey = data.reconciled_events?.find((row) => row.key_id === keyId);
    if (!eventKey) throw new Error(`${keyId} is a key of no reconciled table`);
    const candidates = (data.event_candidates ?? []).filter((row) => row.key_id === keyId);
    return {
      keyId,
      status: eventKey.status,
      rule: eventKey.rule,
      shown: `${eventDate(eventKey)} (${eventKey.date_precision})`,
      note: eventKey.note,
      candidates: await Promise.all(candidates.map(async (candidate) => ({
        ...(await evidence(data, candidate.event_id, candidate.source_id)),
        value: eventDate(candidate),
        chosen: candidate.chosen,
        shown: candidate.event_id === eventKey.shown_event_id,
        setAsideBy: candidate.set_aside_by,
        reason: candidate.reason,
      }))),
    };
  }
}

/** Where a candidate is printed, as explain() quotes it. */
async function evidence(data: Dataset, id: string, sourceId: string): Promise<Pick<PanelCandidate, 'id' | 'sourceId' | 'href' | 'quote'>> {
  const explanation = await explain(id, { data });
  if (explanation.kind !== 'observation' && explanation.kind !== 'event') throw new Error(`candidate ${id} is no observation or event`);
  return { id, sourceId, href: rowHref(sourceId, id), quote: quotedLine(explanation.quote) };
}

function stepsOf(transformations: readonly Transformation[]): PanelRow['transformations'] {
  return transformations.map((step) => ({ step: step.step, from: String(step.from), to: String(step.to), rule: step.rule }));
}

/** explain()'s quote, cut at its marks so the page can highlight the span without parsing them again. */
export function quotedLine(quote: Quote): QuotedLine {
  const open = quote.marked.indexOf(MARK_OPEN);
  const close = quote.marked.lastIndexOf(MARK_CLOSE);
  return { line: quote.line, before: quote.marked.slice(0, open), span: quote.marked.slice(open + MARK_OPEN.length, close), after: quote.marked.slice(close + MARK_CLOSE.length) };
}

export function nameOf(data: Dataset, id: string): string {
  const entity = data.entities.find((row) => row.id === id);
  return entity ? `${entity.name} (${id})` : id;
}
