import { isNumberWord } from '../../src/read-number-words.js';

/**
 * Where words begin and end, for quotes, number words and published spans: a
 * match that starts or ends inside a word points at part of another word (the
 * "three" of "forty-three", the "200" of "1,200").
 *
 * A word is a run of letters, or a run of digits. Digits joined by "." or ","
 * are one word ("1,060.6"); words of numbers joined by a hyphen are one word
 * ("forty-three", "one-third", "twenty-first", "three-fold"), while a number
 * hyphenated to any other word is a word of its own ("second" in
 * "second-largest"), as is any other hyphenated part ("Pacific" in
 * "Asia-Pacific"). A letter next to a digit is a boundary: a numeral printed
 * against its unit or suffix ("5bn", "1980s", "20th") is still a numeral.
 */

type Kind = 'letter' | 'digit';

const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
/** Hyphen-minus, hyphen, non-breaking hyphen. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const DIGIT_JOINERS = new Set(['.', ',']);

function kindAt(text: string, index: number): Kind | null {
  const char = text[index];
  if (char === undefined) return null;
  if (LETTER.test(char)) return 'letter';
  if (DIGIT.test(char)) return 'digit';
  return null;
}

/** The run of letters that ends just before `end`. */
function lettersBefore(text: string, end: number): string {
  let start = end;
  while (kindAt(text, start - 1) === 'letter') start -= 1;
  return text.slice(start, end);
}

/** The run of letters that starts at `start`. */
function lettersFrom(text: string, start: number): string {
  let end = start;
  while (kindAt(text, end) === 'letter') end += 1;
  return text.slice(start, end);
}

/** Whether the character at `at` joins the words on either side of it into one. */
function joinsAt(text: string, at: number): boolean {
  const [before, after] = [kindAt(text, at - 1), kindAt(text, at + 1)];
  if (before === null || before !== after) return false;
  if (before === 'digit') return DIGIT_JOINERS.has(text[at]!);
  return HYPHENS.has(text[at]!) && isNumberWord(lettersBefore(text, at)) && isNumberWord(lettersFrom(text, at + 1));
}

/** Whether a span starting at `index` of `text` starts inside a word: its first character continues the word before it, directly or across a joiner. */
export function startsInsideWord(text: string, index: number): boolean {
  const first = kindAt(text, index);
  if (first === null || index === 0) return false;
  return kindAt(text, index - 1) === first || joinsAt(text, index - 1);
}

/** Whether a span ending just before `end` of `text` ends inside a word: the word of its last character goes on after it. */
export function endsInsideWord(text: string, end: number): boolean {
  const last = kindAt(text, end - 1);
  if (last === null || end >= text.length) return false;
  return kindAt(text, end) === last || joinsAt(text, end);
}

/** Whether text[start, end) is whole words: it neither starts nor ends inside a word. */
export function isWholeWords(text: string, start: number, end: number): boolean {
  return !startsInsideWord(text, start) && !endsInsideWord(text, end);
}

/** The printed words a span of folded text lies in, for a message: the span widened to the spaces around it. */
export function wordAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && text[from - 1] !== ' ') from -= 1;
  while (to < text.length && text[to] !== ' ') to += 1;
  return text.slice(from, to);
}
