import { MONTH_PATTERN } from '../../pipeline/months.js';

// Finds the source texts' own words, with a figure in them, quoted in code: the project forbids typing a source's
// number into the pipeline, and a comment or string quoting a sentence of the corpus is a rule (or its example)
// written for that sentence rather than for the kind of text it belongs to.

/** A fragment of a code file that a source text prints too. */
export interface CorpusQuote {
  file: string;
  line: number;
  fragment: string;
  source: string;
}

/**
 * What a quoted run must have to count: "in 2003" or "12%" alone say nothing of a text, nor do figures joined by small
 * words or dated by a month ("between 1996 and 1997", "up to May 2009", "while in 2003 it"), which any text may print;
 * a run needs a word of its own.
 */
const MIN_WORDS = 3;
const MIN_CHARS = 12;
const SMALL_WORDS = new Set(
  (
    'a an the and or of in on at to by for from with between since until till up than more less over under about around ' +
    'nearly almost some while it its is was were be been this that these those as'
  ).split(' '),
);
const MONTH = new RegExp(`^${MONTH_PATTERN}$`, 'i');

function hasOwnWord(run: string): boolean {
  return (run.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => word.length > 1 && !SMALL_WORDS.has(word) && !MONTH.test(word));
}

// A quotation opens at a quote mark not glued to a word before it (so the apostrophe of "Mexico's" opens nothing) and
// closes at the same mark not glued to a word after it. Curly quotes pair with their own closing mark.
const QUOTED = /(?<![\p{L}\p{N}])(?:'([^'\n]{1,400}?)'|"([^"\n]{1,400}?)"|`([^`\n]{1,400}?)`|‘([^’\n]{1,400}?)’|“([^”\n]{1,400}?)”)(?![\p{L}\p{N}])/gu;
// A figure is digits. Numbers in words are left out: the quotations they would find are mostly words any text prints
// ("those two countries", "billion dollars respectively").
const FIGURE = /\p{N}/u;
// What a cut in a quotation looks like: its pieces are quoted apart.
const CUT = /(…|\.\.\.)/;
// A line holding only a page number, which a printed text drops between any two words.
const PAGE_NUMBER_LINE = /^[ \t]*\d{1,4}[ \t]*$/gm;

/** Lower case, every run of marks and spaces one space: the form two copies of the same words share whatever their punctuation and line breaks. */
function canonical(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The forms of a source text a quotation of it is searched in: page-number lines dropped, and a word cut by a hyphen at
 * a line's end joined ("Com-\nmission") or, as its hyphen may be the word's own ("Mexico-\nKorea"), kept apart.
 */
export function searchableForms(text: string): string[] {
  const pageless = text.replace(PAGE_NUMBER_LINE, '');
  return [canonical(pageless.replace(/-[ \t]*\r?\n[ \t]*/g, '')), canonical(pageless)];
}

/** How many words a key of a form's index holds: a quoted run has at least MIN_WORDS words, so at least as many. */
const KEY_WORDS = MIN_WORDS;

/**
 * A canonical form indexed by its runs of KEY_WORDS words, so that finding a run of a fragment costs a look-up and a
 * few word comparisons rather than a scan of the whole text: a canonical needle (" a b c ") is in a canonical form
 * (" x a b c y ") exactly when its words follow each other among the form's words, as both put one space between words.
 */
export interface IndexedForm {
  form: string;
  words: string[];
  startsOf: Map<string, number[]>;
}

function keyAt(words: readonly string[], start: number): string {
  return words.slice(start, start + KEY_WORDS).join(' ');
}

export function indexForm(form: string): IndexedForm {
  const trimmed = form.trim();
  const words = trimmed === '' ? [] : trimmed.split(' ');
  const startsOf = new Map<string, number[]>();
  for (let start = 0; start + KEY_WORDS <= words.length; start++) {
    const key = keyAt(words, start);
    const starts = startsOf.get(key);
    if (starts === undefined) startsOf.set(key, [start]);
    else starts.push(start);
  }
  return { form, words, startsOf };
}

/** A canonical needle split as the index reads it, once for all the forms it is searched in. */
export interface Needle {
  needle: string;
  words: string[];
  key: string;
}

export function toNeedle(needle: string): Needle {
  const words = needle.trim().split(' ');
  return { needle, words, key: keyAt(words, 0) };
}

/** Whether the indexed form holds the canonical needle: the same answer as `form.includes(needle)`. */
export function formIncludes(indexed: IndexedForm, { needle, words, key }: Needle): boolean {
  // A needle shorter than a key cannot be looked up; it is searched as before.
  if (words.length < KEY_WORDS) return indexed.form.includes(needle);
  const starts = indexed.startsOf.get(key);
  if (starts === undefined) return false;
  return starts.some((start) => {
    if (start + words.length > indexed.words.length) return false;
    for (let i = KEY_WORDS; i < words.length; i++) if (indexed.words[start + i] !== words[i]) return false;
    return true;
  });
}

/**
 * The code file as one line of text, comment marks taken off each line, with the file's line of every character: a
 * quotation in a block comment may run across its lines.
 */
function joinLines(code: string): { text: string; lineAt: number[] } {
  let text = '';
  const lineAt: number[] = [];
  code.split('\n').forEach((raw, index) => {
    const content = raw.replace(/^\s*(?:\/\/+|\/\*+|\*+(?!\/))?\s?/, '').trimEnd();
    const piece = text === '' ? content : ` ${content}`;
    text += piece;
    for (let i = 0; i < piece.length; i++) lineAt.push(index + 1);
  });
  return { text, lineAt };
}

/** Every quoted fragment of a code file (in a comment or a string) that holds a figure, with the line it starts on. */
export function quotedFragments(code: string): Array<{ line: number; fragment: string }> {
  const { text, lineAt } = joinLines(code);
  const fragments: Array<{ line: number; fragment: string }> = [];
  for (const match of text.matchAll(QUOTED)) {
    const quoted = match.slice(1).find((group) => group !== undefined) ?? '';
    // Each piece is placed by its own first character: past the opening mark and the pieces and cuts before it.
    let offset = match.index + 1;
    for (const part of quoted.split(CUT)) {
      const start = offset + part.length - part.trimStart().length;
      offset += part.length;
      if (!CUT.test(part) && FIGURE.test(part)) fragments.push({ line: lineAt[start] ?? 1, fragment: part.trim() });
    }
  }
  return fragments;
}

/**
 * The runs of the fragment's words long enough to count and holding a figure, longest first, each with the canonical
 * form it is searched by: a quotation shortened or ended in the code's own words still gives itself away by what it
 * keeps. They depend on the fragment alone, so they are listed once and searched in every source.
 */
export function candidateRuns(fragment: string): Array<{ run: string; needle: Needle }> {
  const words = fragment.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const runs: Array<{ run: string; needle: Needle }> = [];
  for (let length = words.length; length >= MIN_WORDS; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      if (run.length < MIN_CHARS || !FIGURE.test(run) || !hasOwnWord(run)) continue;
      runs.push({ run, needle: toNeedle(canonical(run)) });
    }
  }
  return runs;
}

/** The longest of the runs that one of the forms holds verbatim. */
function longestQuotedRun(runs: ReadonlyArray<{ run: string; needle: Needle }>, forms: IndexedForm[]): string | undefined {
  return runs.find(({ needle }) => forms.some((form) => formIncludes(form, needle)))?.run;
}

/** A source text in the forms a quotation of it is searched in, each indexed. */
export interface SearchableSource {
  id: string;
  forms: IndexedForm[];
}

/** The source texts made searchable, once for all the code files searched in them. */
export function searchableSources(sources: ReadonlyArray<{ id: string; text: string }>): SearchableSource[] {
  return sources.map((source) => ({ id: source.id, forms: searchableForms(source.text).map(indexForm) }));
}

/** Every quotation of a searchable source text, holding a figure, in the given code files. */
export function findQuotesIn(searched: readonly SearchableSource[], files: ReadonlyArray<{ file: string; code: string }>): CorpusQuote[] {
  const quotes: CorpusQuote[] = [];
  for (const { file, code } of files) {
    for (const { line, fragment } of quotedFragments(code)) {
      const runs = candidateRuns(fragment);
      for (const source of searched) {
        const run = longestQuotedRun(runs, source.forms);
        if (run !== undefined) {
          quotes.push({ file, line, fragment: run, source: source.id });
          break;
        }
      }
    }
  }
  return quotes;
}

/** Every quotation of a source text, holding a figure, in the given code files. */
export function findCorpusQuotes(
  sources: ReadonlyArray<{ id: string; text: string }>,
  files: ReadonlyArray<{ file: string; code: string }>,
): CorpusQuote[] {
  return findQuotesIn(searchableSources(sources), files);
}
