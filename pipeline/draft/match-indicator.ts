import type { Indicator } from '../../src/types/indicator.js';
import { CHANGE_WORD, numberLength, readCues, type Cues } from './read-cues.js';

/** An indicator with the printed words that name it (its label's parts, its id's words, its aliases) and the words of its description, as stems. */
export interface NamedIndicator {
  indicator: Indicator;
  /** Its phrases' words as stems, and the same without verbs of change (what a phrase names where the figure is a level reached: "increased to 80%"). */
  phrases: { text: string; stems: string[]; unchanged: string[] }[];
  described: Set<string>;
  /** The stems of its label. */
  labelled: string[];
}

/** A word's stem: lower case, without the endings of plurals, tenses, agents, qualities and adverbs, and without a silent final e ("exported", "exports", "exporter" → "export"; "live", "living" → "liv"; "annually" → "annual"; "competitiveness" → "competitiv"). */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  const bare = lower.replace(/(?:ations?|ings?|ers?|ed|ies|es|s|ness)$/, (ending) => (ending === 'ies' ? 'y' : '')).replace(/ally$/, 'al').replace(/(.)\1$/, '$1');
  return (bare.length > 3 ? bare.replace(/e$/, '') : bare) || lower;
}

/** The verbs of change, as stems (not "growth", a noun that names indicators: "GDP growth"). */
const CHANGE_STEMS = new Set('increase increased grow grew grown rose rise risen fell fall fallen decline declined decrease decreased drop dropped expand expanded'.split(' ').map(stem));

/** Words too common to tell indicators apart, as stems; "year" and "change" are read as cues instead (a date's year is in most sentences). */
const STOP = new Set('year change the a an of to in on at by for from with and or as its it is are was were be been this that these those their his her entity partner period over total share number which who what whose each per all any other than more less into out up down not no same one two'.split(' ').map(stem));

/** The words of a text as stems, with where each starts. */
export function stems(text: string): { stem: string; at: number }[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].flatMap((match) => match[0].split('-').map((part, index, parts) => ({ stem: stem(part), at: match.index + parts.slice(0, index).join('-').length + (index ? 1 : 0) })));
}

export function nameIndicators(indicators: readonly Indicator[], aliases: ReadonlyMap<string, readonly string[]>): NamedIndicator[] {
  return indicators.map((indicator) => {
    const texts = new Set<string>([...indicator.label.toLowerCase().split(/,\s*|\s*\(|\)/), indicator.id.replace(/_/g, ' '), ...(aliases.get(indicator.id) ?? []).map((alias) => alias.toLowerCase())]);
    const phrases = [...texts].map((text) => {
      const words = stems(text).map((word) => word.stem).filter((word) => !STOP.has(word));
      return { text: text.trim(), stems: words, unchanged: words.filter((word) => !CHANGE_STEMS.has(word)) };
    }).filter((phrase) => phrase.stems.length > 0);
    const described = new Set(stems(indicator.description).map((word) => word.stem).filter((word) => !STOP.has(word) && word.length > 2));
    const labelled = [...new Set(stems(indicator.label).map((word) => word.stem).filter((word) => !STOP.has(word)))];
    return { indicator, phrases, described, labelled };
  });
}

/** An indicator's fit to a figure, with the phrase that matched (null when none did). */
export interface IndicatorMatch {
  id: string;
  phrase: string | null;
  score: number;
  /** The matched phrase's words as printed: each stem and where it stands in the sentence. */
  words?: { stem: string; at: number }[];
}

/** Where the figure stands in its sentence: its clause, and the stretch of its own words (between the commas around it). */
export interface Where {
  clause?: { start: number; end: number };
  own?: { start: number; end: number };
  /** Where each figure of the sentence starts, this one included: for the words another figure stands nearer to, and for lists read "respectively". */
  figures?: readonly number[];
}

/**
 * Ranks the indicators of the figure's unit by the words of its sentence: an
 * indicator scores by the most words of one of its phrases printed there in
 * order (stems, so "exported" names exports), less their distance from the
 * figure, more for the word right next to it and for what a percentage is "of",
 * less for words beyond the commas around it or before another figure of a list;
 * then by being named again in other words, by how much of its label the
 * sentence prints, by the words its description shares with the sentence, by
 * whether it is a change, a level or a figure per year as the words around the
 * figure say (see readCues); then by how often the corpus already uses it. A list
 * of figures read "respectively" takes the named indicators in order.
 */
export function matchIndicators(named: readonly NamedIndicator[], unit: Indicator['unit'], sentence: string, figureAt: number, usage: ReadonlyMap<string, number>, where: Where = {}): IndicatorMatch[] {
  const clause = where.clause ?? { start: 0, end: sentence.length };
  const figures = where.figures ?? [figureAt];
  // A percentage set after an amount by a comma ("reached $9 million, 40% of the total") is a share of what the amount counts: it reads the amount's words too.
  const apposed = figures.some((other) => other < figureAt && APPOSED.test(sentence.slice(other, figureAt)));
  const own = apposed ? clause : where.own ?? clause;
  const words = withTrade(sentence, stems(sentence));
  const cues = readCues(sentence, figureAt, clause);
  const figureEnd = figureAt + numberLength(sentence.slice(figureAt));
  const stretch = commaStretch(sentence, figureAt, clause);
  const adjacent = adjacentWords(words, sentence, figureAt, figureEnd);
  const tail = shareTail(sentence, figureEnd, clause, figures);
  // The figures before this one that a list joins to the next item ("oil 60% and manufactures 30%"): the words before them are theirs.
  const listed = figures.filter((other) => other < figureAt && LISTED_AFTER.test(sentence.slice(other + numberLength(sentence.slice(other)), figureAt)));
  const inClause = words.filter((word) => word.at >= clause.start && word.at < clause.end);
  const inOwn = words.filter((word) => word.at >= own.start && word.at < own.end);
  const positionsOf = (list: typeof words) => {
    const positions = new Map<string, number[]>();
    for (const word of list) positions.set(word.stem, [...(positions.get(word.stem) ?? []), word.at]);
    return positions;
  };
  const sentencePositions = positionsOf(words);
  const clausePositions = positionsOf(inClause);
  const ownPositions = positionsOf(inOwn);
  const matches: IndicatorMatch[] = [];
  const ofUnit = named.filter((candidate) => candidate.indicator.unit === unit);
  const namesOne = (found: ReadonlyMap<string, number[]>) => ofUnit.some((candidate) => candidate.phrases.some((phrase) => phrase.stems.every((word) => found.has(word))));
  // The figure's own words (between the commas around it, where the clause holds other figures) name what it measures; else its clause; the rest of the sentence only when the clause names no indicator.
  const positions = namesOne(ownPositions) ? ownPositions : namesOne(clausePositions) ? clausePositions : sentencePositions;
  for (const { indicator, phrases, described, labelled } of ofUnit) {
    let best: IndicatorMatch = { id: indicator.id, phrase: null, score: 0 };
    // A phrase printed counts even where the words of other figures outweigh it: it may be the only name a list's second figure has.
    let bestNamed = -Infinity;
    let bestStems: readonly string[] = [];
    const matched: (readonly string[])[] = [];
    for (const phrase of phrases) {
      // Where the figure is a level reached ("increased to 80%"), a verb of change names nothing.
      const named = cues.level ? phrase.unchanged : phrase.stems;
      if (named.length === 0) continue;
      // Every word of the phrase printed, in a window of the sentence: the nearest occurrence of each.
      const found = named.map((word) => nearest(positions.get(word) ?? [], figureAt));
      if (found.some((at) => at === null)) continue;
      const spread = Math.max(...(found as number[])) - Math.min(...(found as number[]));
      if (spread > 40 * named.length) continue;
      const distance = Math.min(...(found as number[]).map((at) => Math.abs(at - figureAt)));
      // The noun right by the figure ("$800 billion GNP", "210 million people") is what it counts; the word right before or after it ("a surplus of $5 billion") most of all.
      let score = 20 * named.length - distance / 8 + (distance <= 20 ? 10 : 0) + ((found as number[]).some((position) => adjacent.has(position)) ? ADJACENT_WEIGHT : 0);
      // What a percentage is "of" ("12% of total exports") is what it is a share of.
      if (tail && (found as number[]).some((position) => position >= tail.start && position < tail.end)) score += CUE_WEIGHT;
      // Words beyond the commas around the figure speak of something else ("…, which is also its source of investment").
      if ((found as number[]).every((position) => position < stretch.start || position >= stretch.end)) score -= ADJACENT_WEIGHT;
      // A word before another figure that stands before this one names that figure ("oil 60% and manufactures 30%").
      score -= CUE_WEIGHT * (found as number[]).filter((position) => listed.some((other) => position < other && other < figureAt)).length;
      matched.push(named);
      if (score > bestNamed) {
        bestNamed = score;
        bestStems = named;
        best = { id: indicator.id, phrase: phrase.text, score, words: named.map((word, index) => ({ stem: word, at: found[index]! })) };
      }
    }
    const overlap = [...new Set(words.map((word) => word.stem))].filter((word) => described.has(word)).length;
    // Of two indicators a phrase names alike ("trade deficit"), the one whose whole label the sentence covers better ("… of the total deficit", not "of GDP"), up to the figure's clause: a later clause speaks of its own subject.
    const covered = best.phrase && labelled.length ? (10 * labelled.filter((word) => (sentencePositions.get(word) ?? []).some((at) => at < clause.end)).length) / labelled.length : 0;
    // An indicator named again in other words ("industrial …, 42% of GDP" names "industry" and "share of GDP") is named more surely.
    const namedAgain = Math.min(2, matched.filter((stemsOf) => stemsOf.every((word) => !bestStems.includes(word))).length) * (ADJACENT_WEIGHT / 2);
    matches.push({ ...best, score: best.score + namedAgain + covered + overlap + cueScore(cues, indicator) + Math.log1p(usage.get(indicator.id) ?? 0) / 4 });
  }
  const ranked = matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return readRespectively(sentence, figureAt, figures, ranked);
}

/** Exports and imports together, which are trade. */
const BOTH_WAYS = /\b(?:exports?\s(?:and|plus)\simports?|imports?\s(?:and|plus)\sexports?)\b/gi;

/** The words of a sentence, with "exports and imports" read as trade too ("46% of total exports and imports in the region" is a share of its trade). */
function withTrade(sentence: string, words: { stem: string; at: number }[]): { stem: string; at: number }[] {
  const trade = [...sentence.matchAll(BOTH_WAYS)].map((match) => ({ stem: stem('trade'), at: match.index }));
  return trade.length ? [...words, ...trade].sort((a, b) => a.at - b.at) : words;
}

/** A figure's unit, a joint to the next item of a list and that item's own name: "60% and manufactures", not "48.5 and" another figure of the same name. */
const LISTED_AFTER = /^\s?(?:%|percent|per cent)?(?:,\s|\s(?:and|or|while|whereas)\s)(?:the\s)?(?!(?:about|almost|nearly|some|around|over|only|just|more|less|US|USD)\b)\p{L}{3,}/iu;

/** What one word next to the figure is worth. */
const ADJACENT_WEIGHT = 10;

/** An amount, its unit words and a comma, then the figure: "$9 million, 40%". */
const APPOSED = /^[\d.,]+\s?(?:%|percent|per cent|(?:million|billion|trillion|thousand)\b)?[^\d,;()]{0,20},\s(?:about |almost |nearly |some |around |roughly |approximately |or |only |just )*$/i;

/** The words between the commas around the figure, within its clause. */
function commaStretch(sentence: string, figureAt: number, clause: { start: number; end: number }): { start: number; end: number } {
  const commas = [...sentence.slice(clause.start, clause.end).matchAll(/,\s/g)].map((match) => clause.start + match.index);
  return { start: Math.max(clause.start, ...commas.filter((comma) => comma < figureAt).map((comma) => comma + 2)), end: Math.min(clause.end, ...commas.filter((comma) => comma > figureAt)) };
}

/** Words that stand between a figure and what it counts without naming anything: unit and scale words, hedges, "of", "by", a verb of being. */
const FILLER = new Set(['of', 'by', 'to', 'at', 'was', 'is', 'were', 'are', 'about', 'almost', 'nearly', 'some', 'around', 'roughly', 'approximately', 'more', 'less', 'than', 'over', 'only', 'just', 'us', 'usd', 'million', 'millions', 'billion', 'billions', 'trillion', 'thousand', 'thousands', 'dollars', 'dollar', 'pesos', 'percent', 'per', 'cent', 'the', 'a', 'an', 'st', 'nd', 'rd', 'th', 'largest', 'biggest', 'main', 'leading', 'principal', 'most', 'important']);

/** Where the first word before the figure and the first after it start, past the words that name nothing. */
function adjacentWords(words: readonly { stem: string; at: number }[], sentence: string, figureAt: number, figureEnd: number): Set<number> {
  const isFiller = (word: { at: number }) => {
    const printed = /^\p{L}+/u.exec(sentence.slice(word.at))?.[0] ?? '';
    // A name or its adjective ("8,000 Chileans of Croatian descent") says whose the figure is, not what it counts, so the next word is read; a verb of change is a cue (grew by, rose to), not a name.
    const named = word.at > 0 && /^\p{Lu}\p{Ll}+$/u.test(printed);
    return named || FILLER.has(printed.toLowerCase()) || /^\d/.test(sentence.slice(word.at)) || CHANGE_WORD.test(printed);
  };
  const before = words.filter((word) => word.at < figureAt && !isFiller(word)).at(-1);
  const after = words.find((word) => word.at >= figureEnd && !isFiller(word));
  return new Set([before, after].filter((word) => word !== undefined && Math.abs(word.at - figureAt) < 40).map((word) => word!.at));
}

/** The words a percentage is "of" ("12% of the country's total exports"), up to the next figure or comma. */
function shareTail(sentence: string, figureEnd: number, clause: { start: number; end: number }, figures: readonly number[]): { start: number; end: number } | null {
  const of = /^\s?(?:%|percent|per cent)\s+of\s/i.exec(sentence.slice(figureEnd));
  if (!of) return null;
  const start = figureEnd + of[0].length;
  const stop = Math.min(clause.end, start + 40, ...figures.filter((other) => other > start), ...[...sentence.slice(start).matchAll(/[,;(]/g)].slice(0, 1).map((match) => start + match.index));
  return { start, end: stop };
}

/** What joins the figures of a list: "6th and the 9th", "7% and 81%", "$2, $3 or $4". */
const LIST_JOINT = /^(?:st|nd|rd|th)?\s?(?:%|percent|per cent)?\s?(?:million|billion)?\s?,?\s(?:and\s|or\s)?(?:the\s)?(?:US)?\$?\s?$/i;

/**
 * A list of figures read "respectively" takes the indicators the sentence names
 * for them in the same order: "ranks the 6th and the 9th in size of the
 * economy and trading volume, respectively" gives the first figure the first
 * named. Only where the best-ranked named indicators are as many as the figures.
 */
function readRespectively(sentence: string, figureAt: number, figures: readonly number[], ranked: IndicatorMatch[]): IndicatorMatch[] {
  const sorted = [...new Set(figures)].sort((a, b) => a - b);
  const index = sorted.indexOf(figureAt);
  if (index < 0) return ranked;
  let first = index;
  while (first > 0 && LIST_JOINT.test(sentence.slice(sorted[first - 1]! + numberLength(sentence.slice(sorted[first - 1]!)), sorted[first]))) first--;
  let last = index;
  while (last + 1 < sorted.length && LIST_JOINT.test(sentence.slice(sorted[last]! + numberLength(sentence.slice(sorted[last]!)), sorted[last + 1]))) last++;
  const count = last - first + 1;
  if (count < 2) return ranked;
  const listEnd = sorted[last]! + numberLength(sentence.slice(sorted[last]!));
  const rest = sentence.slice(listEnd, sorted[last + 1] ?? sentence.length);
  if (!/\brespectively\b/i.test(rest)) return ranked;
  const outside = (at: number) => at < sorted[first]! || at >= listEnd;
  const named = ranked.filter((match) => match.words?.some((word) => outside(word.at))).slice(0, count);
  // Each is placed by the words that tell it from the others ("size of the economy", "trading volume"; not the "rank" both share).
  const shared = new Set(named[0]?.words?.map((word) => word.stem).filter((word) => named.every((match) => match.words!.some((other) => other.stem === word))));
  const placed = named.map((match) => ({ match, at: Math.min(...match.words!.filter((word) => outside(word.at) && !shared.has(word.stem)).map((word) => word.at)) }));
  if (placed.length < count || new Set(placed.map((item) => item.at)).size < count || placed.some((item) => !Number.isFinite(item.at))) return ranked;
  const mine = placed.sort((a, b) => a.at - b.at)[index - first]!.match;
  return [mine, ...ranked.filter((match) => match !== mine)];
}

function nearest(positions: readonly number[], at: number): number | null {
  let best: number | null = null;
  for (const position of positions) if (best === null || Math.abs(position - at) < Math.abs(best - at)) best = position;
  return best;
}

/** How an indicator's label fits the cues: a change indicator for a change, not for a level; one counted per year or as an annual average for words of each year. */
function cueScore(cues: Cues, indicator: Indicator): number {
  const changes = /\b(?:change|growth|decline|increase|depreciation)\b/i.test(indicator.label);
  const share = /\bshare\b/i.test(indicator.label);
  const annual = /\b(?:per year|annual)\b/i.test(indicator.label);
  return (cues.change && changes ? CUE_WEIGHT : 0) + (cues.level ? (share ? CUE_WEIGHT : 0) - (changes ? CUE_WEIGHT : 0) : 0) + (cues.annual && annual ? CUE_WEIGHT / 1.5 : 0);
}
/** What a cue is worth: more than a word's nearness, less than a phrase of its own. */
const CUE_WEIGHT = 15;
