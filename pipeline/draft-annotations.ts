import type { Annotation } from './types/annotation.js';
import type { SourceText } from './01-ingest/index.js';
import { findAll, foldedIndexOf, type FoldedText, type Numeral } from './02-extract/index.js';
import { detectQualifier, readPrintedUnit, type EntityResolver } from './03-normalize/index.js';

/** A draft for a person to review: never a finished annotation (its "?" fields fail the schema on purpose). */
export type DraftAnnotation = Omit<Annotation, 'observations'> & { observations?: Record<string, unknown>[] };

const YEAR = /^(?:1[89]|20)\d\d$/;

/** The sentence of folded text around an index: from after the previous ". " to the next one. */
function sentenceAround(folded: FoldedText, at: number): { start: number; end: number } {
  const boundary = /[.!?]["”’]? (?=[\p{Lu}"“„(])/gu;
  let start = 0;
  let end = folded.text.length;
  for (const match of folded.text.matchAll(boundary)) {
    const stop = match.index + match[0].length;
    if (stop <= at) start = stop;
    else if (match.index >= at) {
      end = match.index + 1;
      break;
    }
  }
  return { start, end };
}

/** The shortest stretch of the sentence around the numerals that the text prints once. */
function uniqueQuote(folded: FoldedText, sentence: { start: number; end: number }, first: number, last: number): { quote: string; occurrence?: number } {
  for (let pad = 24; ; pad += 24) {
    let start = Math.max(sentence.start, first - pad);
    let end = Math.min(sentence.end, last + pad);
    // Whole words only: a quote that starts or ends inside a word is hard to review.
    while (start > sentence.start && folded.text[start - 1] !== ' ') start -= 1;
    while (end < sentence.end && folded.text[end] !== ' ') end += 1;
    const quote = folded.text.slice(start, end).trim();
    const hits = findAll(folded, quote);
    if (hits.length === 1) return { quote };
    if (start === sentence.start && end === sentence.end) return { quote, occurrence: hits.indexOf(start) + 1 || 1 };
  }
}

/**
 * Drafts annotations for numerals nothing has classified yet, one per sentence:
 * the quote, each numeral's reading of the words around it, and guesses for
 * unit, scale, qualifier, year and the countries named nearby.
 */
export function draftAnnotations(source: SourceText, folded: FoldedText, unclassified: readonly Numeral[], entities: EntityResolver): DraftAnnotation[] {
  const bySentence = new Map<number, { sentence: { start: number; end: number }; numerals: { numeral: Numeral; at: number }[] }>();
  for (const numeral of unclassified) {
    const at = foldedIndexOf(folded, numeral.byteStart);
    const sentence = sentenceAround(folded, at);
    const group = bySentence.get(sentence.start) ?? { sentence, numerals: [] };
    group.numerals.push({ numeral, at });
    bySentence.set(sentence.start, group);
  }
  return [...bySentence.values()].map(({ sentence, numerals }) => {
    const first = numerals[0]!;
    const last = numerals.at(-1)!;
    const { quote, occurrence } = uniqueQuote(folded, sentence, first.at, last.at + last.numeral.text.length);
    const quoteStart = folded.text.indexOf(quote, sentence.start);
    const inQuote = [...quote.matchAll(/\d+(?:[.,]\d+)*/g)];
    const sentenceText = folded.text.slice(sentence.start, sentence.end);
    const years = [...sentenceText.matchAll(/\b(?:1[89]|20)\d\d\b/g)].map((match) => match[0]);
    const guesses = numerals.map(({ numeral, at }) => {
      const before = folded.text.slice(Math.max(0, at - 60), at);
      const after = folded.text.slice(at + numeral.text.length, at + numeral.text.length + 60);
      const unit = readPrintedUnit(before, after);
      const index = inQuote.findIndex((match) => quoteStart + match.index === at) + 1;
      return `#${index} "${numeral.text}" (line ${numeral.line}): ${YEAR.test(numeral.text) ? 'a year: event date, period or context_date?' : `unit ${unit.unit ?? (unit.currency ? 'USD' : '?')}${unit.scaleWord ? `, scale ${unit.scaleWord}` : ''}, qualifier ${detectQualifier(before)}`}`;
    });
    const countries = namedEntities(sentenceText, entities);
    return {
      quote,
      ...(occurrence ? { occurrence } : {}),
      comment: `DRAFT ${source.metadata.id} — ${guesses.join('; ')}; years in the sentence: ${years.join(', ') || 'none'}; named: ${countries.join(', ') || 'none'}`,
      observations: numerals.filter(({ numeral }) => !YEAR.test(numeral.text)).map(({ at }) => ({ numeral: inQuote.findIndex((match) => quoteStart + match.index === at) + 1, indicator: '?', entity: '?', partner: '?' })),
      ignore: numerals.filter(({ numeral }) => YEAR.test(numeral.text)).map(({ at }) => ({ numeral: inQuote.findIndex((match) => quoteStart + match.index === at) + 1, reason: '?' as never })),
    };
  });
}

/** Entity ids for the capitalised names of a sentence that the alias table or ISO 3166 knows. */
function namedEntities(sentence: string, entities: EntityResolver): string[] {
  const found = new Set<string>();
  const words = sentence.match(/[\p{Lu}][\p{L}.’'-]*(?: (?:of |de |the )?[\p{Lu}][\p{L}.’'-]*)*/gu) ?? [];
  for (const phrase of words) {
    const parts = phrase.split(' ');
    for (let size = parts.length; size >= 1; size -= 1) {
      for (let start = 0; start + size <= parts.length; start += 1) {
        const id = entities.peek(parts.slice(start, start + size).join(' ').replace(/[’']s$/, ''));
        if (id) found.add(id);
      }
    }
  }
  return [...found].sort();
}
