/** How the text qualifies a number (the contract's `qualifier`, ranges aside). */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than';

/** Money signs that may stand between a qualifying word and its number ("over $250 billion"). */
const CURRENCY_PREFIX = /(?:US\s?\$|US-\$|U\.S\.\s?\$|\$|USD|US dollars?)\s*$/i;

const RULES: readonly [RegExp, Qualifier][] = [
  // Negated comparisons first: "no more than" is at most, "no less than" at least.
  [/\b(?:no|not) (?:more|greater|higher) than\s*$/i, 'less_than'],
  [/\b(?:no|not) (?:less|fewer|lower) than\s*$/i, 'more_than'],
  [/\b(?:more than|over|above|in excess of|at least|upwards of|exceeding|exceeded|outnumbered)\s*$/i, 'more_than'],
  [/\b(?:almost|nearly|under|less than|fewer than|below|up to|just under|not quite|as much as|as many as|as high as)\s*$/i, 'less_than'],
  [/\b(?:about|around|approximately|some|roughly|an estimated|estimated at|estimated|circa|ca\.|close to|on the order of)\s*$/i, 'approx'],
];

/** The qualifier the words just before a number give it ("over $250 billion" → more_than). */
export function detectQualifier(before: string): Qualifier {
  const text = before.replace(CURRENCY_PREFIX, '').trimEnd();
  for (const [pattern, qualifier] of RULES) if (pattern.test(text)) return qualifier;
  return 'exact';
}
