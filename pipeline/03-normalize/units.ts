import type { Observation } from '../../src/types/observation.js';

type Unit = Observation['unit'];

/** What the words after a number say about its scale and unit, read once for every prose figure. */
export interface PrintedUnit {
  /** Power of ten of a scale word ("billion" → 9), 0 when there is none. */
  exponent: number;
  scaleWord: string | null;
  /** The unit the words name, when they name one. */
  unit: Unit | null;
  /** Factor from the printed unit to the canonical one (miles → km). */
  conversion: number;
  conversionNote: string | null;
}

const SCALE_AFTER = /^\s?-?(thousand|million|billion|trillion)s?\b|^\s?(mn|bn)\b/i;
const SCALE_EXPONENTS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12, mn: 6, bn: 9 };

const CURRENCY_BEFORE = /(?:US\s?\$|US-\$|U\.S\.\s?\$|\$|USD|US dollars?)\s?$/i;
const CURRENCY_AFTER = /^\s?(?:US\s|U\.S\.\s)?(?:dollars?|USD)\b/i;

const UNIT_AFTER: readonly [RegExp, Unit, number, string | null][] = [
  [/^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i, 'percent', 1, null],
  [/^\s?-?square miles?\b/i, 'km2', 2.589988110336, 'converted from square miles (1 sq mi = 2.589988110336 km²)'],
  [/^\s?-?(?:miles?|mi)\b/i, 'km', 1.609344, 'converted from miles (1 mi = 1.609344 km)'],
  [/^\s?-?(?:square kilomet(?:er|re)s?|km2|km²|sq\.? km)(?![\p{L}\d])/iu, 'km2', 1, null],
  [/^\s?-?(?:kilomet(?:er|re)s?|km)\b/i, 'km', 1, null],
  [/^\s?(?:megawatts?|MW)\b/i, 'MW', 1, null],
  [/^\s?(?:barrels? (?:a|per) day|barrels?\/day|bpd|b\/d)\b/i, 'barrels_per_day', 1, null],
  [/^\s?pesos? (?:per|to the|a) (?:U\.S\.\s|US\s)?dollar\b/i, 'MXN_per_USD', 1, null],
  [/^(?:st|nd|rd|th)\b/i, 'rank', 1, null],
  [/^\s?-?years?\b/i, 'years', 1, null],
];

/** Reads the scale word and unit printed after a number, and whether a currency is named around it. */
export function readPrintedUnit(before: string, after: string): PrintedUnit & { currency: boolean } {
  const scale = SCALE_AFTER.exec(after);
  const scaleWord = scale ? (scale[1] ?? scale[2])! : null;
  const rest = scale ? after.slice(scale[0].length) : after;
  const currency = CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(rest);
  for (const [pattern, unit, conversion, conversionNote] of UNIT_AFTER) {
    if (pattern.test(rest)) return { exponent: scaleWord ? SCALE_EXPONENTS[scaleWord.toLowerCase()]! : 0, scaleWord, unit, conversion, conversionNote, currency };
  }
  return { exponent: scaleWord ? SCALE_EXPONENTS[scaleWord.toLowerCase()]! : 0, scaleWord, unit: currency ? 'USD' : null, conversion: 1, conversionNote: null, currency };
}
