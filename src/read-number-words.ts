/** A quantity written in words, and how it was written. */
export interface WordNumber {
  value: number;
  /** cardinal: "twelve"; ordinal: "second" (a rank); fraction and ratio: "one-third", "two out of every three" (a share, value in percent); multiple: "fivefold". */
  kind: 'cardinal' | 'ordinal' | 'fraction' | 'ratio' | 'multiple';
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const MULTIPLES: Record<string, number> = { double: 2, twice: 2, triple: 3, threefold: 3, quadruple: 4 };
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** Words that build numbers, for telling a compound number ("forty-three", "one-third", "twenty-first", "three-fold") from a number hyphenated to another word ("second-largest"). */
const NUMBER_WORDS = new Set([...UNITS, ...TENS.filter(Boolean), ...Object.keys(SCALES), ...Object.keys(ORDINALS), ...Object.keys(MULTIPLES), ...Object.keys(DENOMINATORS), 'dozen', 'fold']);

/** A regular-expression alternation of the cardinals from `min` to 99 in words ("two|…|ninety|twenty-one|…|ninety-nine"), built from the words this reader reads. */
export function cardinalWordsPattern(min: number): string {
  const compounds = `(?:${TENS.filter(Boolean).join('|')})-(?:${UNITS.slice(1, 10).join('|')})`;
  return [...UNITS.slice(min), ...TENS.filter(Boolean), compounds].join('|');
}

/** A regular-expression alternation of the ordinals from `min` to `max` in words ("second|third|…"). */
export function ordinalWordsPattern(min: number, max: number): string {
  return Object.entries(ORDINALS).filter(([, value]) => value >= min && value <= max).map(([word]) => word).join('|');
}

/** Whether one word (no spaces or hyphens) is a word numbers are built of. */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word.toLowerCase());
}

/** "forty-three" → 43, "a hundred" → 100, "half a dozen" → 6; null when the words are not a cardinal. */
export function parseCardinal(words: string): number | null {
  const tokens = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.join(' ') === 'half a dozen') return 6;
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [index, token] of tokens.entries()) {
    if ((token === 'a' || token === 'an') && index === 0) {
      current = 1;
      seen = true;
      continue;
    }
    if (token === 'and') continue;
    if (token === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const unit = UNITS.indexOf(token);
    const ten = TENS.indexOf(token);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (SCALES[token]) {
      const scaled = (current || 1) * SCALES[token];
      if (SCALES[token] >= 1e3) {
        total += scaled;
        current = 0;
      } else current = scaled;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** A quantity in words: cardinal, ordinal ("second", "number one"), fraction ("two-thirds"), ratio ("two out of every three") or multiple ("fivefold", "ten times", "quadruple"). */
export function parseNumberWords(words: string): WordNumber | null {
  const text = words.toLowerCase().trim().replace(/\s+/g, ' ');
  const ratio = /^(.+?) (?:out of every|out of|in every|of every|in) (.+)$/.exec(text);
  if (ratio) {
    const [numerator, denominator] = [parseCardinal(ratio[1]!), parseCardinal(ratio[2]!)];
    if (numerator !== null && denominator) return { value: (100 * numerator) / denominator, kind: 'ratio' };
  }
  if (MULTIPLES[text] !== undefined) return { value: MULTIPLES[text]!, kind: 'multiple' };
  const multiple = /^(.+?)(?:-?fold| times)$/.exec(text);
  if (multiple) {
    const factor = parseCardinal(multiple[1]!);
    if (factor !== null) return { value: factor, kind: 'multiple' };
  }
  const numberRank = /^number (.+)$/.exec(text);
  if (numberRank) {
    const rank = parseCardinal(numberRank[1]!);
    if (rank !== null) return { value: rank, kind: 'ordinal' };
  }
  // "twenty-third" is a rank, "one-third" a fraction: tens before an ordinal make a compound ordinal.
  const compoundOrdinal = /^(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?([a-z]+)$/.exec(text);
  if (compoundOrdinal && ORDINALS[compoundOrdinal[2]!] !== undefined) {
    return { value: (compoundOrdinal[1] ? TENS.indexOf(compoundOrdinal[1]) * 10 : 0) + ORDINALS[compoundOrdinal[2]!]!, kind: 'ordinal' };
  }
  const fraction = /^(?:(.+?)[- ])?(half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)$/.exec(text);
  if (fraction && !(fraction[1] === undefined && ORDINALS[fraction[2]!] !== undefined && fraction[2] !== 'half')) {
    const numerator = fraction[1] === undefined ? 1 : parseCardinal(fraction[1]);
    if (numerator !== null) return { value: (100 * numerator) / DENOMINATORS[fraction[2]!]!, kind: 'fraction' };
  }
  const cardinal = parseCardinal(text);
  return cardinal === null ? null : { value: cardinal, kind: 'cardinal' };
}
