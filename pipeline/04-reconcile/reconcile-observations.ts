import type { Candidate } from '../../src/types/candidate.js';
import type { Observation } from '../../src/types/observation.js';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import type { Reconciled } from '../../src/types/reconciled.js';
import type { SourceMetadata } from '../01-ingest/index.js';
import { parsePrintedNumber } from '../03-normalize/index.js';
import { compareCodePoints } from '../order.js';
import { applyRules, type Rule } from './apply-rules.js';
import { decidingRule } from './deciding-rule.js';
import { keyObservation, type ObservationKey } from './keys.js';
import { latestPublished } from './later-published.js';

/** An observation as one candidate value for its key. */
interface ObservationCandidate {
  observation: Observation;
  key: ObservationKey;
  value: number;
  /** How far the printed figure may be from the truth it rounds, in canonical units. */
  rounding: number;
  published: string | null;
}

export interface ObservationReconciliation {
  reconciled: Reconciled[];
  candidates: Candidate[];
}

/**
 * Half a unit of the last printed digit, in canonical units; 0 for numbers in
 * words. A converted value (miles to km) is rounded once more, to the digits
 * printed: that rounding, the value's distance from printed × multiplier, is added.
 */
function printedRounding(observation: Observation, source: SourceMetadata): number {
  if (!/\d/.test(observation.raw)) return 0;
  const other = source.number_format === 'decimal_comma' ? 'decimal_point' : 'decimal_comma';
  const printed = parsePrintedNumber(observation.raw, source.number_format) ?? parsePrintedNumber(observation.raw, other);
  const converted = 10 ** Math.round(Math.log10(observation.multiplier)) !== observation.multiplier;
  const conversionRounding = converted && printed ? Math.abs(observation.value - printed.value * observation.multiplier) : 0;
  return 0.5 * 10 ** -(printed?.decimals ?? 0) * observation.multiplier + conversionRounding;
}

function agree(a: ObservationCandidate, b: ObservationCandidate): boolean {
  return Math.abs(a.value - b.value) <= a.rounding + b.rounding + 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * How far apart a key's candidates are: max − min in percent of the largest
 * magnitude, or of max − min itself when it is larger (candidates of opposite
 * sign), so the spread runs from 0 to 100 and reaches 100 exactly when the
 * candidates disagree in sign or one of them is zero.
 */
function spreadPercent(min: number, max: number): number {
  const difference = max - min;
  const scale = Math.max(Math.abs(min), Math.abs(max), difference);
  return scale === 0 ? 0 : Math.round((difference / scale) * 100 * 1e4) / 1e4;
}

const QUALIFIER_PRECISION: Record<Observation['qualifier'], number> = { exact: 1, approx: 0, more_than: 0, less_than: 0, range_low: 0, range_high: 0 };

const RULES: Record<string, Rule<ObservationCandidate>> = {
  importer_over_exporter: (candidates) => {
    const importer = candidates[0]!.key.partner;
    if (candidates[0]!.key.concept !== 'goods_flow' || importer === null) return null;
    const keep = candidates.filter((candidate) => candidate.observation.entity === importer);
    return { keep, why: (other) => `reported by the exporter (${other.observation.entity}); the importer's declaration is preferred, as customs record imports by origin and exports by immediate destination` };
  },
  later_publication: (candidates) => {
    const reporters = new Set(candidates.map((candidate) => candidate.observation.entity));
    if (reporters.size !== 1 || candidates.some((candidate) => candidate.published === null)) return null;
    const keep = latestPublished(candidates, (candidate) => candidate.published!);
    return { keep, why: (other) => `published ${other.published}, before ${keep[0]!.published}: the later publication of the same reporter's statistics is preferred, as they get revised` };
  },
  table_over_prose: (candidates) => {
    const withTables = new Set(candidates.filter((candidate) => candidate.observation.table !== null).map((candidate) => candidate.observation.source_id));
    const keep = candidates.filter((candidate) => candidate.observation.table !== null || !withTables.has(candidate.observation.source_id));
    return { keep, why: (other) => `prose restating a table of the same source (${other.observation.source_id}); the table is preferred` };
  },
  precise_over_approximate: (candidates) => {
    const best = Math.max(...candidates.map((candidate) => QUALIFIER_PRECISION[candidate.observation.qualifier]));
    return { keep: candidates.filter((candidate) => QUALIFIER_PRECISION[candidate.observation.qualifier] === best), why: (other) => `stated as ${other.observation.qualifier}; an exact figure is preferred` };
  },
};

/**
 * How many candidates a key has and how far apart they lie. A loop, not arquero:
 * importing arquero alone would take a tenth of the build's time.
 */
function spreadOf(group: readonly ObservationCandidate[]): { n: number; min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { value } of group) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { n: group.length, min, max };
}

/** Groups observations by key and chooses, by the configured rules, the value each key shows. */
export function reconcileObservations(observations: readonly Observation[], sources: ReadonlyMap<string, SourceMetadata>, config: ReconcileConfig): ObservationReconciliation {
  const all: ObservationCandidate[] = observations.map((observation) => {
    const key = keyObservation(observation, config);
    const source = sources.get(observation.source_id)!;
    return { observation, key, value: key.sign * observation.value, rounding: printedRounding(observation, source), published: source.published?.date ?? null };
  });
  const byKey = new Map<string, ObservationCandidate[]>();
  for (const candidate of all) {
    const group = byKey.get(candidate.key.id);
    if (group) group.push(candidate);
    else byKey.set(candidate.key.id, [candidate]);
  }
  const reconciled: Reconciled[] = [];
  const candidates: Candidate[] = [];
  for (const [keyId, group] of [...byKey].sort(([a], [b]) => compareCodePoints(a, b))) {
    const ordered = [...group].sort((a, b) => compareCodePoints(a.observation.obs_id, b.observation.obs_id));
    const allAgree = ordered.every((candidate) => ordered.every((other) => agree(candidate, other)));
    const status = ordered.length === 1 ? 'single' : allAgree ? 'agree' : 'conflict';
    const outcome = applyRules(ordered, config.rules, RULES);
    const remainingAgree = outcome.remaining.every((candidate) => outcome.remaining.every((other) => agree(candidate, other)));
    const resolved = outcome.remaining.length === 1 || remainingAgree;
    const shown = outcome.remaining[0]!;
    const rule = decidingRule(ordered.length, outcome.remaining.length, remainingAgree, outcome.decidedBy) as Reconciled['rule'];
    const spread = spreadOf(group);
    const { id: _id, sign: _sign, ...keyFields } = shown.key;
    reconciled.push({
      ...keyFields,
      key_id: keyId,
      value: shown.value,
      unit: shown.observation.unit,
      status,
      rule,
      chosen_obs_id: resolved ? shown.observation.obs_id : null,
      shown_obs_id: shown.observation.obs_id,
      n_candidates: spread.n,
      min: spread.min,
      max: spread.max,
      spread_pct: spreadPercent(spread.min, spread.max),
      note: resolved ? (rule === 'first_printed' && outcome.remaining.length > 1 ? `${outcome.remaining.length} candidates agree within their printed rounding and no rule separates them: the first printed is shown` : null) : `unresolved: ${outcome.remaining.length} candidates conflict and no rule separates them; the first printed (${shown.observation.obs_id}) is shown, not chosen`,
    });
    for (const candidate of ordered) {
      const aside = outcome.setAside.get(candidate);
      const isShown = candidate === shown;
      candidates.push({
        key_id: keyId,
        obs_id: candidate.observation.obs_id,
        source_id: candidate.observation.source_id,
        value: candidate.value,
        chosen: isShown && resolved,
        set_aside_by: aside?.rule ?? null,
        reason: aside
          ? aside.reason
          : ordered.length === 1
            ? 'the only candidate'
            : isShown
              ? resolved ? `chosen by ${rule}` : 'shown as the first printed of the unresolved candidates, not chosen'
              : resolved ? 'agrees with the chosen value; not shown' : 'unresolved: no rule separates it from the value shown',
      });
    }
  }
  return { reconciled, candidates: candidates.sort((a, b) => compareCodePoints(a.obs_id, b.obs_id)) };
}
