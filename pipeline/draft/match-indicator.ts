import type { Indicator } from '../../src/types/indicator.js';

/** An indicator with the printed words that name it: its label's parts, its id's words and its aliases. */
export interface NamedIndicator {
  indicator: Indicator;
  phrases: string[];
}

export function nameIndicators(indicators: readonly Indicator[], aliases: ReadonlyMap<string, readonly string[]>): NamedIndicator[] {
  return indicators.map((indicator) => {
    const phrases = new Set<string>([indicator.label.toLowerCase(), indicator.id.replace(/_/g, ' '), ...(aliases.get(indicator.id) ?? []).map((alias) => alias.toLowerCase())]);
    return { indicator, phrases: [...phrases].filter((phrase) => phrase.length >= 3) };
  });
}

/** The best indicators of a unit for a figure, by the phrases printed nearest it; each with what matched. */
export interface IndicatorMatch {
  id: string;
  phrase: string | null;
  score: number;
}

/**
 * Ranks the indicators of the figure's unit by the words of its sentence: an
 * indicator scores by the longest of its phrases printed there, less the
 * distance from the figure; with no phrase printed, by how often the corpus
 * already uses it (a fallback, said so in the draft's reasons).
 */
export function matchIndicators(named: readonly NamedIndicator[], unit: Indicator['unit'], sentence: string, figureAt: number, usage: ReadonlyMap<string, number>): IndicatorMatch[] {
  const text = sentence.toLowerCase();
  const matches: IndicatorMatch[] = [];
  for (const { indicator, phrases } of named) {
    if (indicator.unit !== unit) continue;
    let best: IndicatorMatch = { id: indicator.id, phrase: null, score: -1000 + Math.log1p(usage.get(indicator.id) ?? 0) };
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const bounded = !/[\p{L}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}]/u.test(text[at + phrase.length] ?? ' ');
        if (!bounded) continue;
        const distance = at > figureAt ? at - figureAt : Math.max(0, figureAt - (at + phrase.length));
        const score = 12 * phrase.split(' ').length - distance / 12;
        if (score > best.score) best = { id: indicator.id, phrase, score };
      }
    }
    matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
