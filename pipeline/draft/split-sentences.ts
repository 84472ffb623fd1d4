import type { SourceText } from '../01-ingest/index.js';
import { foldedIndexOf, type FoldedText } from '../02-extract/index.js';
import { lastAtOrBefore } from '../../src/last-at-or-before.js';

/** A stretch of folded text read as one sentence (or heading): [start, end). */
export interface Sentence {
  start: number;
  end: number;
}

/** Abbreviations whose full stop ends no sentence ("U.S. census", "Sept. 1994", "No. 3"). */
const ABBREVIATION = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|vs|Inc|Co|Ltd|Corp|ch|cf|approx|est))\.$/u;
/** A line that opens a footnote, wherever the page's last sentence broke off: its number against a capitalised word ("7 While in 1986, …"), not a day and its month. */
const FOOTNOTE_START = /^\d{1,2}\s\p{Lu}\p{Ll}/u;
const DAY_AND_MONTH = /^\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|,|$)/;
const STOP = /[.!?][”"’)]*\s(?=[“"(‘]?[\p{Lu}\d])/gu;
/** A full stop after a word or a parenthesis with a footnote's number printed against it ("… (Smith 1990, 4f.).2 Then …"): the sentence ends after the number. */
const STOP_BEFORE_MARKER = /(?<=[\p{L})])[.!?][”"’)]*\d{1,2}\s(?=\p{Lu})/gu;

/**
 * Splits a text into sentences: at a full stop before a capital or digit (not
 * after an abbreviation or an initial), and at a line break that ends a
 * paragraph or a heading (a blank line, a line ending in punctuation, a short
 * line) — layouts differ, one paragraph a line or lines wrapped mid-sentence.
 */
export function splitSentences(source: SourceText, folded: FoldedText): Sentence[] {
  const cuts = new Set<number>([0, folded.text.length]);
  const lines = source.lines;
  let previous: (typeof lines)[number] | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    // Blank lines say nothing by themselves: some dumps put one after every printed line.
    if (text === '') continue;
    if (previous) {
      const before = previous.text.trim();
      const ends = /[.!?:;”"]$/.test(before) || (before.length < 60 && !/[,\-–(]$/.test(before) && !/\b(?:the|a|an|of|and|in|to|for|with)$/i.test(before) && /^[\p{Lu}\d"“-]/u.test(text));
      // A footnote opens with its number against a capitalised word ("7 While in 1986, …"), wherever the page's last sentence broke off.
      if (ends || (FOOTNOTE_START.test(text) && !DAY_AND_MONTH.test(text))) cuts.add(foldedIndexOf(folded, line.start + (line.text.length - line.text.trimStart().length)));
    }
    previous = line;
  }
  for (const match of folded.text.matchAll(STOP)) {
    const head = folded.text.slice(Math.max(0, match.index - 8), match.index + 1);
    if (ABBREVIATION.test(head)) continue;
    cuts.add(match.index + match[0].length);
  }
  for (const match of folded.text.matchAll(STOP_BEFORE_MARKER)) cuts.add(match.index + match[0].length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    let start = sorted[index]!;
    let end = sorted[index + 1]!;
    while (start < end && folded.text[start] === ' ') start += 1;
    while (end > start && folded.text[end - 1] === ' ') end -= 1;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

/** The sentence holding a folded index (sentences in order, as splitSentences gives them). */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  return lastAtOrBefore(sentences.length, (sentence) => sentences[sentence]!.start, at);
}
