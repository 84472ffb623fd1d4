import type { Event } from '../../src/types/event.js';
import type { Observation } from '../../src/types/observation.js';
import type { ProseCell, ProseEventCell, Span } from '../02-extract/index.js';
import { PipelineError } from '../errors.js';
import { compareCodePoints } from '../order.js';
import { observationId, type NormalizeContext } from './normalize-table.js';
import { parseNumberWords } from '../../src/read-number-words.js';
import { describeRounding, roundToSignificant, significantDigits } from '../../src/significant-digits.js';
import { assertPublishedExactly, parsePrintedNumber, scaleDecimal, scaleDecimalText } from './parse-number.js';
import { parseProseDateRange } from './date-range.js';
import { countMonthsFrom, parsePeriodWords, parseProseDate, parseYearLabel, resolveRelativeDate, spanPeriods, type Period } from './period.js';
import { detectQualifier } from './qualifier.js';
import { readPrintedUnit } from './units.js';

export interface NormalizedProse {
  cell: ProseCell;
  observation: Observation;
  transforms: string[];
}

/** Keeps computed values (fractions, ratios) to twelve significant digits: no float noise in the CSV. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A count printed in digits or words ("11", "sixteen"), for dates and periods counted from another. */
function readCount(words: string): number | null {
  return parseNumberWords(words)?.value ?? (/^\d+$/.test(words) ? Number(words) : null);
}

/** Turns a number in prose into an observation: value, scale and unit from the words around it, qualifier, period. */
export function normalizeProse(cell: ProseCell, context: NormalizeContext): NormalizedProse {
  const source = context.sources.get(cell.sourceId)!;
  const indicator = cell.spec.indicator ? context.indicators.get(cell.spec.indicator) : undefined;
  if (!indicator) {
    throw new PipelineError('INDICATOR_UNKNOWN', `annotation ${cell.annotationId} gives its figure no known indicator`, { ...placeOf(cell), expected: 'an indicator id from pipeline/03-normalize/indicators.json', seen: cell.spec.indicator ?? '(none)' });
  }
  const printedUnit = readPrintedUnit(cell.before, cell.after);
  const transforms: string[] = [];
  let base: number;
  let decimal: string | null = null;
  let wordsKind: string | null = null;
  if (cell.written === 'numerals') {
    const format = cell.spec.number_format ?? source.number_format;
    const printed = parsePrintedNumber(cell.number.text, format);
    if (!printed) {
      throw new PipelineError('NUMBER_UNPARSEABLE', `annotation ${cell.annotationId} points at a number its format cannot read`, {
        file: source.path, line: cell.number.line, column: cell.number.column, recipe: cell.annotationId,
        expected: `a number in ${format} (or "number_format" on the observation where the text switches convention)`, seen: cell.number.text,
      });
    }
    decimal = printed.decimal;
    base = printed.value;
    transforms.push(`read "${cell.number.text}" as ${printed.decimal} (${format})`);
  } else {
    const words = parseNumberWords(cell.number.text);
    if (!words) throw new PipelineError('NUMBER_UNPARSEABLE', `annotation ${cell.annotationId} names words that are no quantity`, { file: source.path, line: cell.number.line, recipe: cell.annotationId, expected: 'a number in words ("twelve", "one-third", "two out of every three", "second")', seen: cell.number.text });
    base = words.value;
    wordsKind = words.kind;
    transforms.push(`read the words "${cell.number.text}" as ${tidy(words.value)} (${words.kind}${words.kind === 'fraction' || words.kind === 'ratio' ? ', in percent' : ''})`);
  }
  assertUnit(indicator.unit, printedUnit, wordsKind, cell, source.path);
  const exponent = printedUnit.exponent;
  if (printedUnit.scaleWord) transforms.push(`multiplied by 1e${exponent} ("${printedUnit.scaleWord}")`);
  // A converted value keeps the precision printed, not the factor's: the digits of the numeral, or of the words' value written in digits.
  const converted = printedUnit.conversionNote ? { note: printedUnit.conversionNote, digits: significantDigits(decimal ?? String(base)) } : null;
  const conversionNote = converted ? `${converted.note}, ${describeRounding(converted.digits)}` : null;
  if (conversionNote) transforms.push(conversionNote);
  if (indicator.unit === 'USD' && !printedUnit.currency) transforms.push(`currency implied: ${cell.spec.currency_implied}`);
  transforms.push(`unit ${indicator.unit}`);
  const scaled = decimal !== null ? scaleDecimal(decimal, exponent) : base * 10 ** exponent;
  const entity = knownEntity(cell.spec.entity, context, cell, true)!;
  const partner = knownEntity(cell.spec.partner, context, cell, false);
  const { period, printed: periodRaw } = readPeriod(cell, source.published?.date ?? null, source.path, transforms);
  const notes = [cell.spec.note, conversionNote].filter(Boolean);
  const value = converted ? roundToSignificant(scaled * printedUnit.conversion, converted.digits) : tidy(scaled);
  // Converted units (miles to km) are rounded on purpose; a number read as printed must be published as printed.
  const exact = decimal !== null && !converted ? scaleDecimalText(decimal, exponent) : null;
  assertPublishedExactly(value, exact, { file: source.path, line: cell.number.line, column: cell.number.column, recipe: cell.annotationId, seen: cell.number.text });
  return {
    cell,
    transforms,
    observation: {
      obs_id: observationId(cell.sourceId, cell.number.byteStart),
      source_id: cell.sourceId,
      table: null,
      row_label: cell.spec.category ?? null,
      column_label: null,
      line: cell.number.line,
      byte_start: cell.number.byteStart,
      byte_end: cell.number.byteEnd,
      raw: cell.number.text,
      indicator: indicator.id,
      entity,
      partner,
      period_start: period?.start ?? null,
      period_end: period?.end ?? null,
      period_raw: periodRaw,
      value,
      unit: indicator.unit,
      qualifier: cell.rangeRole ?? cell.spec.qualifier ?? detectQualifier(cell.before),
      multiplier: tidy(10 ** exponent * printedUnit.conversion),
      attributed_to: null,
      note: notes.length ? notes.join(' ') : null,
    },
  };
}

/** A plain number that the words before it call a rank ("Chile's rank had fallen to 38", "ranked No. 3"). */
const RANK_BEFORE = /\b(?:rank(?:ed|ing)?|position|place|No\.)(?:\s+(?:was|is|of|at|to|had fallen to|rose to|fell to))*\s*$/i;

function assertUnit(unit: Observation['unit'], printed: ReturnType<typeof readPrintedUnit>, wordsKind: string | null, cell: ProseCell, path: string): void {
  const fits =
    unit === 'USD'
      ? (printed.currency || Boolean(cell.spec.currency_implied)) && (printed.unit === null || printed.unit === 'USD')
      : unit === 'percent'
        ? printed.unit === 'percent' || wordsKind === 'fraction' || wordsKind === 'ratio'
        : unit === 'rank'
          ? printed.unit === 'rank' || wordsKind === 'ordinal' || (wordsKind === null && RANK_BEFORE.test(cell.before))
          : unit === 'persons' || unit === 'count'
            ? printed.unit === null && !printed.currency && wordsKind !== 'fraction' && wordsKind !== 'ratio'
            : printed.unit === unit;
  if (!fits) {
    throw new PipelineError('UNIT_MISMATCH', `annotation ${cell.annotationId}: the words around the number do not state the indicator's unit`, {
      file: path,
      line: cell.number.line,
      column: cell.number.column,
      recipe: cell.annotationId,
      expected: `a figure in ${unit}${unit === 'USD' ? ' ($, US$, USD or dollars next to it, or "currency_implied" with a reason)' : ''}`,
      seen: `${cell.before.slice(-20)}⟦${cell.number.text}⟧${cell.after.slice(0, 20)}`,
    });
  }
}

/**
 * The figure's period and the words it was read from: year numerals, or a
 * period printed in words (read by parsePeriodWords, "last year" counted from
 * the publication date). Says how in `transforms`.
 */
function readPeriod(cell: ProseCell, published: string | null, path: string, transforms: string[]): { period: Period | null; printed: string | null } {
  const words = cell.periodWords;
  if (!words) {
    const period = spanPeriods(cell.periodSpans.map((span) => yearOf(span, cell, path)));
    const first = cell.periodSpans[0];
    const last = cell.periodSpans.at(-1);
    // Two numerals of a span are printed with the words between them ("1989 and 1995"): the period points at them all.
    const printed = first && last ? (first === last ? first.folded : `${first.folded} … ${last.folded}`) : null;
    if (period && printed) transforms.push(`period ${describePeriod(period)} from "${printed}" (line ${first!.line})`);
    return { period, printed };
  }
  const read = parsePeriodWords(words.span.folded, published);
  if (!read) {
    throw new PipelineError('PERIOD_UNPARSEABLE', `annotation ${cell.annotationId} dates its figure by words that are no period${published ? '' : ' (or count from a publication date the source lacks)'}`, {
      file: path, line: words.span.line, column: words.span.column, recipe: cell.annotationId,
      expected: 'a year, month or span ("2002", "December 2010", "January–June 2007", "1996 to April 2008", "up to June 2009") or a year relative to the publication date ("last year", "this year")',
      seen: words.span.text,
    });
  }
  const via = words.referredBy ? ` ("${words.referredBy.folded}" refers to it)` : '';
  const counted = read.countedFrom ? `, counted from the source's publication date ${read.countedFrom}` : '';
  // "the first 7 months of the FTA", referring to the date it came into effect: the months counted from that date.
  const months = words.referredBy ? countMonthsFrom(words.referredBy.folded, read.period, readCount) : null;
  if (months) {
    transforms.push(`period ${describePeriod(months.period)}: ${months.months} months counted from "${words.span.folded}" (line ${words.span.line}, ${describePeriod(read.period)})${via}`);
    // Both places are printed; the count is in the figure's words, the date where the text gives it.
    return { period: months.period, printed: `${words.referredBy!.folded} … ${words.span.folded}` };
  }
  transforms.push(`period ${describePeriod(read.period)} from "${words.span.folded}" (line ${words.span.line})${via}${counted}`);
  return { period: read.period, printed: words.span.folded };
}

function describePeriod(period: Period): string {
  return period.start === period.end ? period.start : `${period.start}…${period.end}`;
}

/** The period a year numeral gives: the year, or the ten years of a decade ("1980s"). */
function yearOf(span: Span, cell: ProseCell, path: string) {
  const year = /^\d{4}$/.test(span.text) ? parseYearLabel(span.text) : null;
  const period = year && span.decade ? { start: year.start, end: String(Number(year.start) + 9) } : year;
  if (!period) throw new PipelineError('PERIOD_UNPARSEABLE', `annotation ${cell.annotationId} dates its figure by a numeral that is no year`, { file: path, line: span.line, column: span.column, recipe: cell.annotationId, expected: 'a four-digit year', seen: span.text });
  return period;
}

/** Where an error about a cell's annotation points: its file and line (read only then, see anchorAnnotations), and the annotation. */
function placeOf(cell: Pick<ProseCell, 'annotationAt' | 'annotationId'>): ProseCell['annotationAt'] & { recipe: string } {
  return { ...cell.annotationAt, recipe: cell.annotationId };
}

function knownEntity(id: string | undefined, context: NormalizeContext, cell: Pick<ProseCell, 'annotationAt' | 'annotationId'>, required: boolean): string | null {
  if (id === undefined) {
    if (required) throw new PipelineError('ENTITY_UNKNOWN', `annotation ${cell.annotationId} gives its figure no entity`, { ...placeOf(cell), expected: 'an entity on the observation or in the annotation defaults' });
    return null;
  }
  if (!context.entities.isKnown(id)) throw new PipelineError('ENTITY_UNKNOWN', `annotation ${cell.annotationId} names an unknown entity`, { ...placeOf(cell), expected: 'an id from pipeline/03-normalize/entities.json or ISO 3166-1 alpha-3', seen: id });
  context.entities.use(id);
  return id;
}

/** An event's id: where its date is printed, and its number among the events sharing that date. */
export function eventId(sourceId: string, byteStart: number, ordinal: number): string {
  return `${observationId(sourceId, byteStart)}e${ordinal}`;
}

/** Turns an annotated event into a row: the printed date as truncated ISO 8601, the entities by id. */
export function normalizeEvent(cell: ProseEventCell, context: NormalizeContext): Event {
  const source = context.sources.get(cell.sourceId)!;
  // "Feb-\nruary 2007": the date is read as the text folds it.
  const published = source.published?.date ?? null;
  const anchor = cell.relative?.anchor?.folded ?? null;
  const range = cell.spec.date_end === undefined ? null : parseProseDateRange(cell.date.folded);
  const single = cell.spec.date_end !== undefined
    ? null
    : cell.relative
    ? resolveRelativeDate({ words: cell.date.folded, anchorYear: anchor && /^\d{4}$/.test(anchor) ? anchor : null, published }, readCount)
      : parseProseDate(cell.date.folded);
  const date = single ? { ...single, date_end: null } : range ? { date: range.date, date_end: range.date_end, precision: range.precision } : null;
  if (!date) {
    throw new PipelineError('PERIOD_UNPARSEABLE', `annotation ${cell.annotationId} dates an event by text that is no ${cell.spec.date_end === undefined ? 'date' : 'span of dates'}`, {
      file: source.path, line: cell.date.line, recipe: cell.annotationId,
      expected: cell.relative
        ? `a date counted from ${cell.relative.anchor ? `the year "${cell.relative.anchor.text}"` : `the publication date (${published ?? 'none'})`}: "October 1 of the same year", "in that same year", "twelve years later", "this past May", "last year"`
        : cell.spec.date_end === undefined ? 'a date like "March 9, 1981", "17 June 2011", "September 1999" or "1911"' : 'a span from date to date_end like "29 April-2 May, 2008", "14-15 May 2009", "1995/1996" or "1996 and 1997", its start before its end',
      seen: cell.date.text,
    });
  }
  const entities = cell.spec.entities.map((id) => knownEntity(id, context, cell, true)!);
  return {
    event_id: eventId(cell.sourceId, cell.date.byteStart, cell.ordinal),
    date: date.date,
    date_end: date.date_end,
    date_precision: date.precision,
    type: cell.spec.type,
    entities: [...new Set(entities)].sort(compareCodePoints),
    description: cell.spec.description,
    source_id: cell.sourceId,
    line: cell.date.line,
    byte_start: cell.date.byteStart,
    byte_end: cell.date.byteEnd,
    raw: cell.date.text,
    raw_normalized: cell.date.folded,
    date_anchor: cell.relative ? (anchor ?? published) : null,
  };
}
