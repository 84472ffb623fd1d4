import type { Check } from '../../src/types/check.js';
import type { Observation } from '../../src/types/observation.js';
import type { SourceText } from '../01-ingest/index.js';
import { PipelineError } from '../errors.js';
import { ACKNOWLEDGEMENTS_FILE, type AcknowledgementRecord } from './load-acknowledgements.js';
import type { CheckResult } from './run-checks.js';

/** Where the checked cells are printed: the raw texts and the observations the checks point at. */
export interface CheckedText {
  sources: readonly SourceText[];
  observations: readonly Observation[];
}

/**
 * Publishes every check with the record that accepts it, as Our World in Data
 * keeps its corrections: a check that warns or fails must be acknowledged by a
 * record saying why, and a record must still describe the build — each check it
 * names exists, does not pass, and its checked cell's raw line holds the quoted
 * text — or it is stale. Throws ACKNOWLEDGEMENT_STALE for the first stale record
 * and CHECK_UNACKNOWLEDGED for the first check that warns or fails unaccepted,
 * naming the raw file and line of its cells.
 */
export function acknowledgeChecks(checks: readonly CheckResult[], records: readonly AcknowledgementRecord[], text: CheckedText): Check[] {
  const place = placesOf(text);
  const byId = new Map(checks.map((check) => [check.check_id, check]));
  const stale = records.flatMap((record) => staleness(record, byId, checks, place).map((problem) => ({ record, problem })));
  const firstStale = stale[0];
  if (firstStale) {
    throw new PipelineError('ACKNOWLEDGEMENT_STALE', `${stale.length} acknowledgement(s) no longer match the build; first: ${firstStale.problem}`, {
      file: ACKNOWLEDGEMENTS_FILE, line: firstStale.record.line, expected: 'each named check warns or fails, and its checked cell’s line holds the quote', seen: firstStale.record.quote,
    });
  }
  const reasons = new Map(records.flatMap((record) => record.checks.map((checkId) => [checkId, record.reason] as const)));
  const unacknowledged = checks.filter((check) => check.status !== 'pass' && !reasons.has(check.check_id));
  const first = unacknowledged[0];
  if (first) {
    const target = place(first.target_obs_id);
    const inputs = first.input_obs_ids.map(place);
    const listed = unacknowledged.slice(0, 10).map((check) => `${check.status} ${check.check_id}`).join(', ');
    throw new PipelineError('CHECK_UNACKNOWLEDGED', `${unacknowledged.length} check(s) warn or fail and no record of ${ACKNOWLEDGEMENTS_FILE} accepts them (${listed}${unacknowledged.length > 10 ? ', …' : ''}); first: ${first.status} ${first.check_id} ${first.table}: ${first.description}: found ${first.found}, expected ${first.expected} (±${first.tolerance}); its inputs are printed at ${[...new Set(inputs.map((input) => `${input.file}:${input.line}`))].join(', ') || 'no printed cell'}`, {
      file: target.file, line: target.line,
      expected: `the relation to hold, or a record in ${ACKNOWLEDGEMENTS_FILE} naming ${first.check_id}, quoting its line and saying why the source prints it so`,
      seen: target.text,
    });
  }
  return checks.map((check) => {
    const reason = reasons.get(check.check_id);
    return { ...check, acknowledged: reason !== undefined, acknowledgement: reason ?? null };
  });
}

interface Place {
  file: string;
  line: number;
  /** The raw line as printed. */
  text: string;
}

/** The raw file, line and printed line of an observation. */
function placesOf({ sources, observations }: CheckedText): (obsId: string) => Place {
  const texts = new Map(sources.map((source) => [source.metadata.id, source]));
  const byId = new Map(observations.map((observation) => [observation.obs_id, observation]));
  return (obsId) => {
    const observation = byId.get(obsId)!;
    const source = texts.get(observation.source_id)!;
    return { file: source.metadata.path, line: observation.line, text: source.lines[observation.line - 1]!.text };
  };
}

/** What makes a record stale: each problem in words, none when it still describes the build. */
function staleness(record: AcknowledgementRecord, byId: ReadonlyMap<string, CheckResult>, checks: readonly CheckResult[], place: (obsId: string) => Place): string[] {
  return record.checks.flatMap((checkId) => {
    const check = byId.get(checkId);
    if (!check) {
      // Offsets move when a text changes: point at the checks the quote now stands for.
      const candidates = checks.filter((candidate) => candidate.status !== 'pass' && place(candidate.target_obs_id).text.includes(record.quote)).map((candidate) => candidate.check_id);
      return [`${checkId} is not a check of this build${candidates.length ? ` (the checks that warn or fail on the quoted line are now ${candidates.join(', ')})` : ''}`];
    }
    if (check.status === 'pass') return [`${checkId} passes now (${check.description}: found ${check.found}, expected ${check.expected}): the record can go`];
    const target = place(check.target_obs_id);
    if (!target.text.includes(record.quote)) return [`the quote is not on ${target.file}:${target.line}, where ${checkId} checks a cell; that line reads ${JSON.stringify(target.text)}`];
    return [];
  });
}
