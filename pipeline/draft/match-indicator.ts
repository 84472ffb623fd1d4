import type { Indicator } from '../../src/types/indicator.js';

/** An indicator with the printed words that name it (its label's parts, its id's words, its aliases) and the words of its description, as stems. */
export interface NamedIndicator {
  indicator: Indicator;
  phrases: { text: string; stems: string[] }[];
  described: Set<string>;
  /** The stems of its label. */
  labelled: string[];
}

/** Words too common to tell indicators apart. */
const STOP = new Set('the a an of to in on at by for from with and or as its it is are was were be been this that these those their his her entity partner period over total share number which who what whose each per all any other than more less into out up down not no same one two'.split(' '));

/** A word's stem: lower case, without the endings of plurals, tenses and agents ("exported", "exports", "exporter" → "export"). */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  return lower.replace(/(?:ations?|ings?|ers?|ed|ies|es|s)$/, (ending) => (ending === 'ies' ? 'y' : '')).replace(/(.)\1$/, '$1') || lower;
}

/** The words of a text as stems, with where each starts. */
export function stems(text: string): { stem: string; at: number }[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].flatMap((match) => match[0].split('-').map((part, index, parts) => ({ stem: stem(part), at: match.index + parts.slice(0, index).join('-').length + (index ? 1 : 0) })));
}

export function nameIndicators(indicators: readonly Indicator[], aliases: ReadonlyMap<string, readonly string[]>): NamedIndicator[] {
  return indicators.map((indicator) => {
    const texts = new Set<string>([...indicator.label.toLowerCase().split(/,\s*|\s*\(|\)/), indicator.id.replace(/_/g, ' '), ...(aliases.get(indicator.id) ?? []).map((alias) => alias.toLowerCase())]);
    const phrases = [...texts].map((text) => ({ text: text.trim(), stems: stems(text).map((word) => word.stem).filter((word) => !STOP.has(word)) })).filter((phrase) => phrase.stems.length > 0);
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
}

/**
 * Ranks the indicators of the figure's unit by the words of its sentence: an
 * indicator scores by the most words of one of its phrases printed there in
 * order (stems, so "exported" names exports), less their distance from the
 * figure; then by the words its description shares with the sentence; then by
 * how often the corpus already uses it.
 */
export function matchIndicators(named: readonly NamedIndicator[], unit: Indicator['unit'], sentence: string, figureAt: number, usage: ReadonlyMap<string, number>, clause: { start: number; end: number } = { start: 0, end: sentence.length }, own: { start: number; end: number } = clause): IndicatorMatch[] {
  const words = stems(sentence);
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
    for (const phrase of phrases) {
      // Every word of the phrase printed, in a window of the sentence: the nearest occurrence of each.
      const found = phrase.stems.map((word) => nearest(positions.get(word) ?? [], figureAt));
      if (found.some((at) => at === null)) continue;
      const spread = Math.max(...(found as number[])) - Math.min(...(found as number[]));
      if (spread > 40 * phrase.stems.length) continue;
      const distance = Math.min(...(found as number[]).map((at) => Math.abs(at - figureAt)));
      // The noun right by the figure ("$500 billion GNP", "360 million people") is what it counts.
      const score = 20 * phrase.stems.length - distance / 15 + (distance <= 20 ? 10 : 0);
      if (score > best.score) best = { id: indicator.id, phrase: phrase.text, score };
    }
    const overlap = [...new Set(words.map((word) => word.stem))].filter((word) => described.has(word)).length;
    // Of two indicators a phrase names alike ("trade deficit"), the one whose whole label the sentence covers better ("… of the total deficit", not "of GDP").
    const covered = best.phrase && labelled.length ? (10 * labelled.filter((word) => sentencePositions.has(word)).length) / labelled.length : 0;
    matches.push({ ...best, score: best.score + covered + overlap + Math.log1p(usage.get(indicator.id) ?? 0) / 4 });
  }
  return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

function nearest(positions: readonly number[], at: number): number | null {
  let best: number | null = null;
  for (const position of positions) if (best === null || Math.abs(position - at) < Math.abs(best - at)) best = position;
  return best;
}
