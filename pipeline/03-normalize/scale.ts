/** The scale a caption or header declares for money figures ("millions US-$", "Thousands of dollars"). */
export interface Scale {
  exponent: number;
  /** The word that declared it, as printed. */
  word: string;
}

const SCALE_WORDS: readonly [RegExp, number][] = [
  [/\b(thousands?)\b/i, 3],
  [/\b(millions?)\b/i, 6],
  [/\b(billions?)\b/i, 9],
  [/\b(trillions?)\b/i, 12],
];

const CURRENCY = /US-?\$|US\s?\$|\bUSD\b|\bdollars?\b|\$/i;

/** The first scale word printed in a text, or null when it names none. Texts are tried in order, nearest first. */
export function findScale(texts: readonly (string | null | undefined)[]): Scale | null {
  for (const text of texts) {
    if (!text) continue;
    const found = SCALE_WORDS.map(([pattern, exponent]) => ({ match: pattern.exec(text), exponent }))
      .filter((candidate): candidate is { match: RegExpExecArray; exponent: number } => candidate.match !== null)
      .sort((a, b) => a.match.index - b.match.index)[0];
    if (found) return { exponent: found.exponent, word: found.match[1]! };
  }
  return null;
}

/** Whether any of the texts names the currency (US dollars). */
export function namesCurrency(texts: readonly (string | null | undefined)[]): boolean {
  return texts.some((text) => text && CURRENCY.test(text));
}
