import type { Annotation, Ignore, Meaning, PeriodRef, PeriodWords, ProseEvent, ProseObservation, SourceAnnotations } from '../types/annotation.js';
import type { SourceText } from '../01-ingest/index.js';
import { PipelineError } from '../errors.js';
import { MONTH_PATTERN } from '../months.js';
import { findQuotes } from './find-quotes.js';
import { byteAt, byteEndAt, foldedIndexOf, foldQuote, type FoldedText } from './fold-text.js';
import { numeralsWithin, type Numeral } from './scan-numerals.js';
import { isWholeWords, wordAround } from './word-boundary.js';
import { lastAtOrBefore } from '../../src/last-at-or-before.js';

/** Where an annotation's quote was found: its bytes and the numerals inside it. */
export interface AnchoredQuote {
  /** "<source_id>/annotations#<n>": the annotation's place in its file, for errors and coverage. */
  id: string;
  annotation: Annotation;
  foldedStart: number;
  foldedEnd: number;
  byteStart: number;
  byteEnd: number;
  line: number;
  numerals: Numeral[];
}

/** A span of the raw text: a numeral, or words that state a quantity. */
export interface Span {
  /** A year printed as a decade ("1980s"). */
  decade?: boolean;
  text: string;
  line: number;
  column: number;
  byteStart: number;
  byteEnd: number;
  /** Folded index of the span's first character. */
  foldedStart: number;
  foldedEnd: number;
  /** The span as the folded text reads it (foldText): a word hyphenated across lines rejoined, white space as one space. */
  folded: string;
}

/** A number in prose to become an observation: its span, the words around it and what it means. */
export interface ProseCell {
  sourceId: string;
  annotationId: string;
  /** The annotation's file and line, for errors about what it says. */
  annotationAt: AnnotationPlace;
  number: Span;
  /** Whether the number is written as numerals or in words. */
  written: 'numerals' | 'words';
  spec: ProseObservation & Meaning;
  rangeRole: 'range_low' | 'range_high' | null;
  /** The numerals or words that print the figure's period (coverage counts their numerals as its period). */
  periodSpans: Span[];
  /** A period printed in words, to be read by its words (parsePeriodWords), and the words of the quote that refer to it. */
  periodWords: { span: Span; referredBy: Span | null } | null;
  /** The folded text of the quote, for the guard on figures whose quote prints a date but which have no period. */
  quoteText: string;
  /** Folded text before and after the number, for qualifier, currency, scale and unit words. */
  before: string;
  after: string;
}

export interface ProseEventCell {
  sourceId: string;
  annotationId: string;
  /** The annotation's file and line, for errors about what it says. */
  annotationAt: AnnotationPlace;
  /** The date as printed: the year numeral with the month and day printed before it, or the words of a relative date. */
  date: Span;
  /** For a date printed without its year ("in that same year"): it is relative, and the year numeral it counts from, if any. */
  relative: { anchor: Span | null } | null;
  spec: ProseEvent;
  /** Events sharing one printed date are numbered from 1. */
  ordinal: number;
}

export interface IgnoreMark {
  sourceId: string;
  annotationId: string;
  numeral: Numeral;
  reason: Ignore['reason'];
}

export interface AnchoredAnnotations {
  quotes: AnchoredQuote[];
  cells: ProseCell[];
  events: ProseEventCell[];
  ignores: IgnoreMark[];
}

const CONTEXT_CHARS = 60;

/** Finds every annotation's quote in its source and reads the spans it points at; `numerals` in text order, as scanNumerals gives them. */
export function anchorAnnotations(annotations: SourceAnnotations & { lineOf?: (index: number) => number }, source: SourceText, folded: FoldedText, numerals: readonly Numeral[]): AnchoredAnnotations {
  const file = `pipeline/02-extract/annotations/${annotations.source_id}.json`;
  const result: AnchoredAnnotations = { quotes: [], cells: [], events: [], ignores: [] };
  const eventsPerDate = new Map<number, number>();
  // Periods printed outside their annotation's quote (a table heading) are anchored by quotes of their own, found in the same pass.
  const elsewhere = annotations.annotations.flatMap((annotation) => periodRefs(annotation).flatMap((ref) => (isPeriodWords(ref) && ref.in ? [ref.in] : [])));
  const found = findQuotes(folded, [...annotations.annotations.map((annotation) => annotation.quote), ...elsewhere.map((place) => place.quote)]);
  const starts = found.slice(0, annotations.annotations.length);
  const elsewhereStarts = new Map(elsewhere.map((place, index) => [place, found[annotations.annotations.length + index]!] as const));
  annotations.annotations.forEach((annotation, index) => {
    const id = `${annotations.source_id}/annotations#${index + 1}`;
    const where = annotationPlace(file, annotations.lineOf && (() => annotations.lineOf!(index)));
    const quote = anchorQuote(annotation, starts[index]!, id, where, source, folded, numerals);
    result.quotes.push(quote);
    const numeral = (ref: number) => {
      const found = quote.numerals[ref - 1];
      if (!found) throw annotationError(id, where, `refers to numeral ${ref} of a quote that holds ${quote.numerals.length}`, annotation.quote);
      return found;
    };
    const span = (found: Numeral): Span => spanOf(found, folded);
    const quoteText = folded.text.slice(quote.foldedStart, quote.foldedEnd);
    for (const spec of annotation.observations ?? []) {
      const merged = { ...annotation.defaults, ...spec };
      const period = merged.period;
      let periodWords: ProseCell['periodWords'] = null;
      let periodSpans: Span[];
      if (isPeriodWords(period)) {
        const printedIn = period.in ? anchorQuote({ quote: period.in.quote, ...(period.in.occurrence === undefined ? {} : { occurrence: period.in.occurrence }) }, elsewhereStarts.get(period.in)!, `${id} (period)`, where, source, folded, numerals) : quote;
        const words = wordsSpan(period.words, printedIn, folded, source, id, where);
        periodWords = { span: words, referredBy: period.referred_by === undefined ? null : wordsSpan(period.referred_by, quote, folded, source, id, where) };
        periodSpans = [words];
      } else {
        periodSpans = (period === undefined ? [] : Array.isArray(period) ? period : [period]).map((ref) => {
          const year = span(numeral(ref));
          return /^['’]?s\b/.test(folded.text.slice(year.foldedEnd, year.foldedEnd + 3)) ? { ...year, decade: true } : year;
        });
      }
      const targets: { number: Span; written: ProseCell['written']; rangeRole: ProseCell['rangeRole'] }[] = spec.range
        ? [
            { number: span(numeral(spec.range[0])), written: 'numerals', rangeRole: 'range_low' },
            { number: span(numeral(spec.range[1])), written: 'numerals', rangeRole: 'range_high' },
          ]
        : spec.numeral !== undefined
          ? [{ number: span(numeral(spec.numeral)), written: 'numerals', rangeRole: null }]
          : spec.words !== undefined
            ? [{ number: wordsSpan(spec.words, quote, folded, source, id, where), written: 'words', rangeRole: null }]
            : [];
      if (targets.length === 0) throw annotationError(id, where, 'an observation names no numeral, range or words', annotation.quote);
      // The ends of a range share their words ("between 0.3 to 1.8 percent"), and so do numbers printed before a shared unit ("48.5 and 41.0 billion dollars respectively").
      const first = targets[0]!.number;
      const last = spec.unit_words_of !== undefined ? span(numeral(spec.unit_words_of)) : targets.at(-1)!.number;
      for (const target of targets) {
        result.cells.push({
          sourceId: annotations.source_id,
          annotationId: id,
          annotationAt: where,
          ...target,
          spec: merged,
          periodSpans,
          periodWords,
          quoteText,
          before: folded.text.slice(Math.max(0, first.foldedStart - CONTEXT_CHARS), first.foldedStart),
          after: folded.text.slice(last.foldedEnd, last.foldedEnd + CONTEXT_CHARS),
        });
      }
    }
    for (const spec of annotation.events ?? []) {
      const relative = typeof spec.date === 'number' ? null : { anchor: spec.date.year === undefined ? null : span(numeral(spec.date.year)) };
      const date = typeof spec.date === 'number'
        ? eventDateSpan(spec.date, spec.date_end, (ref) => dateSpan(span(numeral(ref)), folded, source), folded, source, () => annotationError(id, where, `dates an event from numeral ${spec.date} to numeral ${spec.date_end}, which does not come after it`, annotation.quote))
        : wordsSpan(spec.date.words, quote, folded, source, id, where);
      const ordinal = (eventsPerDate.get(date.byteStart) ?? 0) + 1;
      eventsPerDate.set(date.byteStart, ordinal);
      result.events.push({ sourceId: annotations.source_id, annotationId: id, annotationAt: where, date, relative, spec, ordinal });
    }
    for (const spec of annotation.ignore ?? []) {
      result.ignores.push({ sourceId: annotations.source_id, annotationId: id, numeral: numeral(spec.numeral), reason: spec.reason });
    }
  });
  return result;
}

/** The periods an annotation gives: its defaults' and its observations'. */
function periodRefs(annotation: Annotation): PeriodRef[] {
  return [annotation.defaults?.period, ...(annotation.observations ?? []).map((spec) => spec.period)].filter((ref): ref is PeriodRef => ref !== undefined);
}

function isPeriodWords(ref: PeriodRef | undefined): ref is PeriodWords {
  return typeof ref === 'object' && !Array.isArray(ref);
}

/** The annotation file and the line its annotation starts on. */
interface AnnotationPlace {
  file: string;
  readonly line?: number;
}

/**
 * An annotation's place, its line looked up when read: an error spreads the
 * place into its context, and a build that stops on none never looks it up.
 */
function annotationPlace(file: string, lineOf: (() => number) | undefined): AnnotationPlace {
  return lineOf ? { file, get line() { return lineOf(); } } : { file };
}

/** Anchors an annotation at one of the folded indexes its quote starts at (findQuotes). */
function anchorQuote(annotation: Annotation, printedAt: readonly number[], id: string, where: AnnotationPlace, source: SourceText, folded: FoldedText, numerals: readonly Numeral[]): AnchoredQuote {
  const length = foldQuote(annotation.quote).length;
  // A quote that begins or ends in the middle of a printed word ("three continents" in "forty-three continents") is not what it says.
  const starts = printedAt.filter((start) => isWholeWords(folded.text, start, start + length));
  if (starts.length === 0 && printedAt.length > 0) {
    const lines = printedAt.map((start) => lineAt(source, byteAt(folded, start)));
    throw new PipelineError('QUOTE_NOT_FOUND', `annotation ${id} quotes words that ${source.metadata.path} prints only as part of longer words (lines ${lines.join(', ')})`, { ...where, recipe: id, expected: 'a quote that begins and ends with whole words', seen: annotation.quote });
  }
  if (starts.length === 0) {
    throw new PipelineError('QUOTE_NOT_FOUND', `annotation ${id} quotes words that are not in ${source.metadata.path}: ${describeMismatch(annotation.quote, folded, source)}`, { ...where, recipe: id, expected: 'words of the text as printed (white space and hyphenated line breaks may be folded)', seen: annotation.quote });
  }
  if (starts.length > 1 && annotation.occurrence === undefined) {
    const lines = starts.map((start) => lineAt(source, byteAt(folded, start)));
    throw new PipelineError('QUOTE_AMBIGUOUS', `annotation ${id} quotes words printed ${starts.length} times (lines ${lines.join(', ')} of ${source.metadata.path})`, { ...where, recipe: id, expected: 'a longer quote, or "occurrence" to say which one', seen: annotation.quote });
  }
  const start = starts[(annotation.occurrence ?? 1) - 1];
  if (start === undefined) {
    throw new PipelineError('QUOTE_NOT_FOUND', `annotation ${id} asks for occurrence ${annotation.occurrence} of words printed ${starts.length} time(s)`, { ...where, recipe: id, expected: `an occurrence from 1 to ${starts.length}`, seen: annotation.quote });
  }
  const end = start + length;
  const byteStart = byteAt(folded, start);
  const byteEnd = byteEndAt(folded, end - 1);
  return {
    id,
    annotation,
    foldedStart: start,
    foldedEnd: end,
    byteStart,
    byteEnd,
    line: lineAt(source, byteStart),
    numerals: numeralsWithin(numerals, byteStart, byteEnd),
  };
}

/**
 * Says how far a quote matches the text: the longest beginning of it that is
 * printed somewhere, and the first character that differs there (a straight
 * ' typed for a printed ’ is the usual cause).
 */
export function describeMismatch(quote: string, folded: FoldedText, source: SourceText): string {
  const needle = foldQuote(quote);
  let low = 0;
  let high = needle.length;
  // Any beginning of a printed beginning is printed too, so the longest one can be found by halving.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (folded.text.includes(needle.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return `not even its first character ${describeChar(needle[0] ?? '')} is printed there`;
  const at = folded.text.indexOf(needle.slice(0, low));
  const printed = folded.text[at + low];
  const matched = needle.slice(0, low);
  const shown = matched.length > 50 ? `…${matched.slice(-50)}` : matched;
  const line = lineAt(source, byteAt(folded, Math.min(at + low, folded.text.length - 1)));
  return `its longest beginning printed there is "${shown}" (${low} of ${needle.length} characters, up to line ${line}); then the quote has ${describeChar(needle[low]!)} where the text has ${printed === undefined ? 'its end' : describeChar(printed)}`;
}

function describeChar(char: string): string {
  return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

function spanOf(numeral: Numeral, folded: FoldedText): Span {
  const foldedStart = foldedIndexOf(folded, numeral.byteStart);
  const foldedEnd = foldedStart + numeral.text.length;
  return { ...numeral, foldedStart, foldedEnd, folded: folded.text.slice(foldedStart, foldedEnd) };
}

/** Month and day printed before a year ("March 9, 1981", "17 June 2011", "September 1999"), as whole words ("125 January" is no day). */
const DATE_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?,? |\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN},? |${MONTH_PATTERN},? (?:of )?)$`, 'u');

/** The printed date of an event: one date, or for a span the text from its start to the end date (date_end). */
function eventDateSpan(startRef: number, endRef: number | undefined, dateOf: (ref: number) => Span, folded: FoldedText, source: SourceText, backwards: () => Error): Span {
  const start = dateOf(startRef);
  if (endRef === undefined) return start;
  const end = dateOf(endRef);
  if (end.foldedEnd <= start.foldedEnd) throw backwards();
  return spanOfFolded(start.foldedStart, end.foldedEnd, folded, source);
}

/** Widens a year to the whole date printed with it. */
function dateSpan(year: Span, folded: FoldedText, source: SourceText): Span {
  const prefix = DATE_PREFIX.exec(folded.text.slice(Math.max(0, year.foldedStart - CONTEXT_CHARS), year.foldedStart));
  return prefix ? spanOfFolded(year.foldedStart - prefix[0].length, year.foldedEnd, folded, source) : year;
}

/** The words an observation names, printed once in its quote as whole words: never a part of a longer word ("three" in "forty-three"). */
function wordsSpan(words: string, quote: AnchoredQuote, folded: FoldedText, source: SourceText, id: string, where: AnnotationPlace): Span {
  const needle = foldQuote(words);
  const quoted = folded.text.slice(quote.foldedStart, quote.foldedEnd);
  const printed: number[] = [];
  for (let at = needle === '' ? -1 : quoted.indexOf(needle); at >= 0; at = quoted.indexOf(needle, at + 1)) printed.push(quote.foldedStart + at);
  const whole = printed.filter((start) => isWholeWords(folded.text, start, start + needle.length));
  if (whole.length === 0) {
    const inside = printed.length ? `: its quote prints them only inside longer words (${printed.map((start) => `"${wordAround(folded.text, start, start + needle.length)}"`).join(', ')})` : '';
    throw annotationError(id, where, `names words "${words}" that are not in its quote${inside}`, quote.annotation.quote);
  }
  if (whole.length > 1) {
    const lines = whole.map((start) => lineAt(source, byteAt(folded, start)));
    throw new PipelineError('QUOTE_AMBIGUOUS', `annotation ${id} names words "${words}" that its quote prints ${whole.length} times (lines ${lines.join(', ')} of ${source.metadata.path})`, { ...where, recipe: id, expected: 'words printed once in the quote (a shorter quote, split into two annotations if need be)', seen: words });
  }
  return spanOfFolded(whole[0]!, whole[0]! + needle.length, folded, source);
}


const decoder = new TextDecoder();

/** The raw bytes behind a stretch of folded text, as a span. */
function spanOfFolded(foldedStart: number, foldedEnd: number, folded: FoldedText, source: SourceText): Span {
  const byteStart = byteAt(folded, foldedStart);
  const byteEnd = byteEndAt(folded, foldedEnd - 1);
  const line = lineAt(source, byteStart);
  const lineStart = source.lines[line - 1]!.start;
  return {
    text: decoder.decode(source.bytes.subarray(byteStart, byteEnd)),
    line,
    column: decoder.decode(source.bytes.subarray(lineStart, byteStart)).length + 1,
    byteStart,
    byteEnd,
    foldedStart,
    foldedEnd,
    folded: folded.text.slice(foldedStart, foldedEnd),
  };
}

/** 1-based line holding a byte offset. */
export function lineAt(source: SourceText, byte: number): number {
  return lastAtOrBefore(source.lines.length, (line) => source.lines[line]!.start, byte) + 1;
}

function annotationError(id: string, where: AnnotationPlace, message: string, quote: string): PipelineError {
  return new PipelineError('ANNOTATION_INVALID', `annotation ${id} ${message}`, { ...where, recipe: id, expected: 'references to numerals or words inside the quote', seen: quote });
}
