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
import { latestPublished, statisticsPublisher } from './later-published.js';

/** An observation as one candidate value for its key. */
interface ObservationCandidate {
  observation: Observation;
  key: ObservationKey;
  value: number;
  /** How far the printed figure may be from the truth it rounds, in canonical units. */
  rounding: number;
  published: string | null;
  /** Whose statistics or statements the figure is (statisticsPublisher). */
  publisher: string;
  /** Its allowedInterval, computed once: keys are compared pairwise. */
  allowed: { low: number; high: number };
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

/**
 * The values a candidate allows, in the key's orientation: its printed rounding
 * either side, open on one side for a bound ("more than 250 million" allows
 * 262 million; "nearly 90" allows 88). A bound read from the other side
 * (negated) bounds the other way.
 */
function allowedInterval(candidate: Omit<ObservationCandidate, 'allowed'>): { low: number; high: number } {
  const bound = candidate.observation.qualifier === 'more_than' ? 1 : candidate.observation.qualifier === 'less_than' ? -1 : 0;
  const direction = bound * candidate.key.sign;
  return {
    low: direction < 0 ? -Infinity : candidate.value - candidate.rounding,
    high: direction > 0 ? Infinity : candidate.value + candidate.rounding,
  };
}

/** Two candidates agree when some value is allowed by both: within their printed rounding of each other, or inside a bound. */
function agree(a: ObservationCandidate, b: ObservationCandidate): boolean {
  const [x, y] = [a.allowed, b.allowed];
  const slack = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
  return x.low <= y.high + slack && y.low <= x.high + slack;
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

/** The value of a goods flow key as reconciled, by key id: only flows whose candidates were reconciled (not unresolved). */
type ChosenFlows = ReadonlyMap<string, number>;

/**
 * What the chosen goods flows of a trade_total or trade_balance key imply:
 * the two flows between its pair in its period, added or subtracted (A's
 * balance with B is A's exports to B minus its imports from B). Null where
 * either flow has no chosen value.
 */
function impliedByFlows(key: ObservationKey, flows: ChosenFlows): { value: number; formula: string } | null {
  if (key.partner === null || (key.concept !== 'trade_total' && key.concept !== 'trade_balance')) return null;
  const period = `${key.period_start ?? '-'}..${key.period_end ?? '-'}`;
  const [outbound, inbound] = [`goods_flow:${key.entity}>${key.partner}:${period}`, `goods_flow:${key.partner}>${key.entity}:${period}`];
  const [out, back] = [flows.get(outbound), flows.get(inbound)];
  if (out === undefined || back === undefined) return null;
  return key.concept === 'trade_total' ? { value: out + back, formula: `${outbound} + ${inbound}` } : { value: out - back, formula: `${outbound} − ${inbound}` };
}

function observationRules(flows: ChosenFlows): Record<string, Rule<ObservationCandidate>> {
  return {
    importer_over_exporter: (candidates) => {
      const importer = candidates[0]!.key.partner;
      if (candidates[0]!.key.concept !== 'goods_flow' || importer === null) return null;
      const keep = candidates.filter((candidate) => candidate.observation.entity === importer);
      return { keep, why: (other) => `reported by the exporter (${other.observation.entity}); the importer's declaration is preferred, as customs record imports by origin and exports by immediate destination` };
    },
    coherent_with_flows: (candidates) => {
      const implied = impliedByFlows(candidates[0]!.key, flows);
      if (!implied) return null;
      const distance = (candidate: ObservationCandidate) => Math.abs(candidate.value - implied.value);
      const closest = [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
      // The closest and whatever agrees with it: a prose restatement stays for table_over_prose to settle.
      const keep = candidates.filter((candidate) => agree(candidate, closest));
      return { keep, why: (other) => `further than ${closest.observation.obs_id} from the ${implied.value} ${other.observation.unit} the chosen goods flows imply (${implied.formula})` };
    },
    later_publication: (candidates) => {
      const reporters = new Set(candidates.map((candidate) => candidate.observation.entity));
      const publishers = new Set(candidates.map((candidate) => candidate.publisher));
      if (reporters.size !== 1 || publishers.size !== 1 || candidates.some((candidate) => candidate.published === null)) return null;
      const keep = latestPublished(candidates, (candidate) => candidate.published!);
      return { keep, why: (other) => `published ${other.published}, before ${keep[0]!.published}: the later publication of the same statistics (${other.publisher}) is preferred, as they get revised` };
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
}

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
    const candidate = { observation, key, value: key.sign * observation.value, rounding: printedRounding(observation, source), published: source.published?.date ?? null, publisher: statisticsPublisher(observation, source) };
    return { ...candidate, allowed: allowedInterval(candidate) };
  });
  const byKey = new Map<string, ObservationCandidate[]>();
  for (const candidate of all) {
    const group = byKey.get(candidate.key.id);
    if (group) group.push(candidate);
    else byKey.set(candidate.key.id, [candidate]);
  }
  const reconciled: Reconciled[] = [];
  const candidates: Candidate[] = [];
  // Goods flows first: coherent_with_flows reads the flows they chose.
  const chosenFlows = new Map<string, number>();
  const rules = observationRules(chosenFlows);
  const keys = [...byKey].sort(([a], [b]) => compareCodePoints(a, b));
  const isFlow = ([, group]: (typeof keys)[number]) => group[0]!.key.concept === 'goods_flow';
  for (const [keyId, group] of [...keys.filter(isFlow), ...keys.filter((entry) => !isFlow(entry))]) {
    const ordered = [...group].sort((a, b) => compareCodePoints(a.observation.obs_id, b.observation.obs_id));
    const allAgree = ordered.every((candidate) => ordered.every((other) => agree(candidate, other)));
    const status = ordered.length === 1 ? 'single' : allAgree ? 'agree' : 'conflict';
    const outcome = applyRules(ordered, config.rules, rules);
    const remainingAgree = outcome.remaining.every((candidate) => outcome.remaining.every((other) => agree(candidate, other)));
    const resolved = outcome.remaining.length === 1 || remainingAgree;
    const shown = outcome.remaining[0]!;
    if (resolved && shown.key.concept === 'goods_flow') chosenFlows.set(keyId, shown.value);
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
  return { reconciled: reconciled.sort((a, b) => compareCodePoints(a.key_id, b.key_id)), candidates: candidates.sort((a, b) => compareCodePoints(a.obs_id, b.obs_id)) };
}
