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
    'nearly almost some while it its is was were be been this that these those as ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

function hasOwnWord(run: string): boolean {
  return (run.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => word.length > 1 && !SMALL_WORDS.has(word));
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
function searchableForms(text: string): string[] {
  const pageless = text.replace(PAGE_NUMBER_LINE, '');
  return [canonical(pageless.replace(/-[ \t]*\r?\n[ \t]*/g, '')), canonical(pageless)];
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
 * The longest run of the fragment's words that one of the forms holds verbatim and that has a figure, if it is long
 * enough to count: a quotation shortened or ended in the code's own words still gives itself away by what it keeps.
 */
function longestQuotedRun(fragment: string, forms: string[]): string | undefined {
  const words = fragment.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  for (let length = words.length; length >= MIN_WORDS; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      if (run.length < MIN_CHARS || !FIGURE.test(run) || !hasOwnWord(run)) continue;
      const needle = canonical(run);
      if (forms.some((form) => form.includes(needle))) return run;
    }
  }
  return undefined;
}

/** Every quotation of a source text, holding a figure, in the given code files. */
export function findCorpusQuotes(
  sources: ReadonlyArray<{ id: string; text: string }>,
  files: ReadonlyArray<{ file: string; code: string }>,
): CorpusQuote[] {
  const searched = sources.map((source) => ({ id: source.id, forms: searchableForms(source.text) }));
  const quotes: CorpusQuote[] = [];
  for (const { file, code } of files) {
    for (const { line, fragment } of quotedFragments(code)) {
      for (const source of searched) {
        const run = longestQuotedRun(fragment, source.forms);
        if (run !== undefined) {
          quotes.push({ file, line, fragment: run, source: source.id });
          break;
        }
      }
    }
  }
  return quotes;
}
