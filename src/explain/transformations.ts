import type { Event, Indicator, Observation, Source } from '../types/index.js';
import { parseNumberWords } from '../read-number-words.js';
import { describeRounding, roundToSignificant, significantDigits } from '../significant-digits.js';
import { NUMBER_FORMAT_RULES, readPrintedNumber, type NumberFormat } from './read-number.js';

/** One step from the printed token to the published value. */
export interface Transformation {
  step: 'read' | 'scale' | 'convert' | 'round' | 'unit' | 'date' | 'period';
  from: string | number;
  to: string | number;
  /** The rule applied, in words. */
  rule: string;
  /** explain() did this step again from the published row and got `to`; false when `to` is the build's, taken as published. */
  redone: boolean;
}

/** What explain() takes from the build without redoing it: where each comes from, in words. (The period is a step of its own.) */
export const OBSERVATION_NOT_REDONE: readonly string[] = [
  'which multiplier applies (the scale word, heading or unit the build read around the number)',
  'the qualifier',
  'the indicator, entity and partner (from the table recipe or the annotation)',
];

export const EVENT_NOT_REDONE: readonly string[] = ['the type, entities and description (from the annotation)'];

const SCALE_WORDS = new Map([[1e3, 'thousands'], [1e6, 'millions'], [1e9, 'billions'], [1e12, 'trillions']]);

/** Relative tolerance for redoing read × multiplier in floating point. */
const EPSILON = 1e-9;

/** A power of ten multiplies by moving the decimal mark; any other multiplier converts a unit. */
function isPowerOfTen(multiplier: number): boolean {
  return 10 ** Math.round(Math.log10(multiplier)) === multiplier;
}

/** The first step: the printed token read again, by the source's number format, the other one, or as number words. */
function readStep(observation: Observation, format: NumberFormat): { step: Transformation; read: number; digits: string } {
  const other: NumberFormat = format === 'decimal_comma' ? 'decimal_point' : 'decimal_comma';
  const inFormat = readPrintedNumber(observation.raw, format);
  const inOther = inFormat === null ? readPrintedNumber(observation.raw, other) : null;
  const printed = inFormat ?? inOther;
  if (printed !== null) {
    const rule = inFormat !== null ? `${format}: ${NUMBER_FORMAT_RULES[format]}` : `${other}, not the source's ${format}: this passage switches convention`;
    return { step: { step: 'read', from: observation.raw, to: printed, rule, redone: true }, read: printed, digits: observation.raw };
  }
  const words = parseNumberWords(observation.raw);
  if (words !== null) {
    const share = words.kind === 'fraction' || words.kind === 'ratio' ? ', in percent' : '';
    return { step: { step: 'read', from: observation.raw, to: words.value, rule: `number words (${words.kind}${share}), read again by the build's word reader`, redone: true }, read: words.value, digits: String(words.value) };
  }
  const taken = observation.value / observation.multiplier;
  return { step: { step: 'read', from: observation.raw, to: taken, rule: 'neither a number in either format nor number words explain() can read: the value as the build read it', redone: false }, read: taken, digits: String(taken) };
}

/**
 * Redoes the build's steps for one observation from what the package publishes:
 * read the token (by the source's number format, or as number words), multiply,
 * round a unit conversion to the digits printed, state the unit. `consistent`
 * says whether redoing them gives the published value; each step says whether
 * it was redone. What the build read around the number (OBSERVATION_NOT_REDONE)
 * is taken as published.
 */
export function observationSteps(observation: Observation, source: Source, indicator: Indicator | undefined): { steps: Transformation[]; consistent: boolean } {
  const { step: read, read: value, digits } = readStep(observation, source.number_format);
  const steps: Transformation[] = [read];
  const { multiplier } = observation;
  const close = (a: number, b: number) => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(b));
  const product = value * multiplier;
  let result = product;
  if (multiplier !== 1 && isPowerOfTen(multiplier)) {
    // The build scales by moving the decimal mark; show its exact result rather than float noise.
    result = close(product, observation.value) ? observation.value : product;
    steps.push({ step: 'scale', from: value, to: result, rule: `× ${multiplier} (${SCALE_WORDS.get(multiplier) ?? `10^${Math.round(Math.log10(multiplier))}`}, from the heading or the words around the number)`, redone: true });
  } else if (multiplier !== 1) {
    steps.push({ step: 'convert', from: value, to: product, rule: `× ${multiplier}: unit conversion${observation.note ? ` (${observation.note})` : ''}`, redone: true });
    const significant = significantDigits(digits);
    result = roundToSignificant(product, significant);
    steps.push({ step: 'round', from: product, to: result, rule: `${describeRounding(significant)} ("${observation.raw}"): a conversion claims no more precision than the text`, redone: true });
  }
  const unitFits = indicator === undefined || indicator.unit === observation.unit;
  steps.push({
    step: 'unit',
    from: observation.value,
    to: observation.unit,
    rule: indicator ? `the unit of indicator ${indicator.id} (${indicator.label}${unitFits ? '' : `, which is ${indicator.unit}`})` : `the unit of indicator ${observation.indicator}, which this package does not describe`,
    redone: indicator !== undefined,
  });
  const period = periodSteps(observation, source);
  steps.push(...period.steps);
  return { steps, consistent: read.redone && close(result, observation.value) && unitFits && period.consistent };
}

/** Words that date a figure at the time of writing ("China is now Mexico's second largest trading partner"): the publication year. */
const AT_THE_TIME_OF_WRITING: Record<string, number> = { now: 0, currently: 0, nowadays: 0, today: 0, 'at present': 0 };
/** Years counted from the publication date, as the build reads them ("last year" is the year before publication). */
const RELATIVE_YEARS: Record<string, number> = { 'this year': 0, 'last year': -1, 'next year': 1, 'the past year': -1, 'the previous year': -1, ...AT_THE_TIME_OF_WRITING };

/**
 * Where the period was read: the printed words (read by the build, not redone
 * here), or a year counted from the source's publication date, which is redone:
 * `consistent` is false when the count does not give the published period.
 */
function periodSteps(observation: Observation, source: Source): { steps: Transformation[]; consistent: boolean } {
  if (observation.period_start === null || observation.period_raw === null) return { steps: [], consistent: true };
  const period = observation.period_start === observation.period_end ? observation.period_start : `${observation.period_start}/${observation.period_end}`;
  const offset = RELATIVE_YEARS[observation.period_raw.toLowerCase().replace(/['’]s$/, '')];
  if (offset !== undefined) {
    const counted = source.published === null ? null : String(Number(source.published.slice(0, 4)) + offset);
    const rule = counted === null
      ? 'a year counted from the source\'s publication date, which the package does not state'
      : `a year counted from the source's publication date (${source.published}): ${source.published!.slice(0, 4)}${offset < 0 ? ` − ${-offset}` : offset > 0 ? ` + ${offset}` : ''} = ${counted}`;
    return { steps: [{ step: 'period', from: observation.period_raw, to: period, rule, redone: counted !== null }], consistent: counted !== null && counted === observation.period_start && counted === observation.period_end };
  }
  const countedMonths = /\bthe first (\S+) months\b.* … (.+)$/.exec(observation.period_raw);
  const rule = countedMonths
    ? `${countedMonths[1]} months counted from the date printed elsewhere in the text ("${countedMonths[2]}"), its month the first (ISO 8601 interval; read by the build)`
    : observation.table === null
    ? 'the period printed in the text, to the precision it gives (ISO 8601; read by the build)'
    : 'the period of the cell\'s header or caption (ISO 8601; read by the build)';
  return { steps: [{ step: 'period', from: observation.period_raw, to: period, rule, redone: false }], consistent: true };
}

export function eventSteps(event: Event): Transformation[] {
  const counted = event.date_anchor === null ? '' : `; printed without its year, counted from ${/^\d{4}$/.test(event.date_anchor) ? `the year "${event.date_anchor}" printed in the same sentence` : `the source's publication date (${event.date_anchor})`}`;
  if (event.date_end === null) return [{ step: 'date', from: event.raw, to: event.date, rule: `ISO 8601 to the ${event.date_precision}, as precise as the text (the build's date reader)${counted}`, redone: false }];
  return [{ step: 'date', from: event.raw, to: `${event.date}/${event.date_end}`, rule: `an ISO 8601 interval from date to date_end: the span the text gives, each end as precise as the text (the build's date reader)${counted}`, redone: false }];
}
