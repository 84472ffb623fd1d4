import { findAll, isWholeWords, type FoldedText } from '../02-extract/index.js';
import type { Sentence } from './split-sentences.js';

/** Whether a quote prints some words exactly once, as whole words. */
export function wholeWordsOnce(quote: string, words: string): boolean {
  const first = quote.indexOf(words);
  return first >= 0 && quote.indexOf(words, first + 1) < 0 && isWholeWords(quote, first, first + words.length);
}

/**
 * The shortest stretch of whole words around [first, last) that the text
 * prints once (counted as the build counts quotes: whole words only), within
 * the sentence and, for a sentence too short to be unique, its neighbours; else
 * the whole sentence with the occurrence meant.
 */
export function uniqueQuote(folded: FoldedText, bounds: Sentence, first: number, last: number): { quote: string; occurrence?: number; start: number } {
  const text = folded.text;
  const wider = { start: Math.max(0, bounds.start - 200), end: Math.min(text.length, bounds.end + 200) };
  let fallback: { quote: string; start: number; hits: number[] } | null = null;
  for (let pad = 24; pad < 24 + 2 * 400; pad += 24) {
    const limits = fallback ? wider : bounds;
    let start = Math.max(limits.start, first - pad);
    let end = Math.min(limits.end, last + pad);
    // Whole words only: a quote that starts or ends inside a word is hard to review, and the build refuses it.
    while (start > limits.start && text[start - 1] !== ' ') start -= 1;
    while (end < limits.end && text[end] !== ' ') end += 1;
    while (text[start] === ' ') start += 1;
    while (end > start && text[end - 1] === ' ') end -= 1;
    const quote = text.slice(start, end);
    const hits = findAll(folded, quote).filter((at) => isWholeWords(text, at, at + quote.length));
    if (quote.length >= 3 && hits.length === 1) return { quote, start };
    if (!fallback && start === bounds.start && end === bounds.end) fallback = { quote, start, hits };
    if (fallback && start === wider.start && end === wider.end) break;
  }
  const chosen = fallback!.quote.length >= 3 ? fallback! : { quote: text.slice(wider.start, wider.end).trim(), start: wider.start + (text.slice(wider.start, wider.end).length - text.slice(wider.start, wider.end).trimStart().length), hits: [] as number[] };
  const hits = chosen.hits.length ? chosen.hits : findAll(folded, chosen.quote).filter((at) => isWholeWords(text, at, at + chosen.quote.length));
  return { quote: chosen.quote, start: chosen.start, ...(hits.length > 1 ? { occurrence: hits.indexOf(chosen.start) + 1 } : {}) };
}
