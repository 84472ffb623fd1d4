import type { Event, Indicator, Observation, Source } from '../types/index.js';
import { NUMBER_FORMAT_RULES, readPrintedNumber, type NumberFormat } from './read-number.js';

/** One step from the printed token to the published value. */
export interface Transformation {
  step: 'read' | 'scale' | 'convert' | 'unit' | 'date';
  from: string | number;
  to: string | number;
  /** The rule applied, in words. */
  rule: string;
}

const SCALE_WORDS = new Map([[1e3, 'thousands'], [1e6, 'millions'], [1e9, 'billions'], [1e12, 'trillions']]);

/** Relative tolerance for redoing read × multiplier in floating point. */
const EPSILON = 1e-9;

/**
 * Redoes the build's steps for one observation from what the package publishes:
 * read the token by the source's number format, multiply, state the unit.
 * `consistent` says whether redoing them gives the published value.
 */
export function observationSteps(observation: Observation, source: Source, indicator: Indicator | undefined): { steps: Transformation[]; consistent: boolean } {
  const format = source.number_format;
  const other: NumberFormat = format === 'decimal_comma' ? 'decimal_point' : 'decimal_comma';
  const inFormat = readPrintedNumber(observation.raw, format);
  const inOther = inFormat === null ? readPrintedNumber(observation.raw, other) : null;
  const read = inFormat ?? inOther ?? observation.value / observation.multiplier;
  const steps: Transformation[] = [{
    step: 'read',
    from: observation.raw,
    to: read,
    rule: inFormat !== null ? `${format}: ${NUMBER_FORMAT_RULES[format]}` : inOther !== null ? `${other}, not the source's ${format}: this passage switches convention` : 'a number written in words, as the build read it (not redone here)',
  }];
  const { multiplier } = observation;
  const consistent = Math.abs(read * multiplier - observation.value) <= EPSILON * Math.max(1, Math.abs(observation.value));
  // The build scales by moving the decimal mark; show its exact result rather than float noise.
  const scaled = consistent ? observation.value : read * multiplier;
  if (multiplier !== 1) {
    const scale = SCALE_WORDS.get(multiplier);
    steps.push(scale
      ? { step: 'scale', from: read, to: scaled, rule: `× ${multiplier} (${scale}, from the heading or the words around the number)` }
      : { step: 'convert', from: read, to: scaled, rule: `× ${multiplier}: scale and unit conversion${observation.note ? ` (${observation.note})` : ''}` });
  }
  steps.push({ step: 'unit', from: observation.value, to: observation.unit, rule: indicator ? `the unit of indicator ${indicator.id} (${indicator.label})` : `the unit of indicator ${observation.indicator}` });
  return { steps, consistent };
}

export function eventSteps(event: Event): Transformation[] {
  return [{ step: 'date', from: event.raw, to: event.date, rule: `ISO 8601 to the ${event.date_precision}, as precise as the text` }];
}
