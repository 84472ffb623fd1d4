import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unseenSets } from '../../bench/unseen.js';
import {
  candidateRuns,
  findCorpusQuotes,
  findQuotesIn,
  formIncludes,
  indexForm,
  quotedFragments,
  searchableForms,
  searchableSources,
  toNeedle,
  type SearchableSource,
} from '../helpers/corpus-quotes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The folders that hold the pipeline's logic and the package's; tests and benches may state the values they expect.
const CODE_FOLDERS = ['pipeline', 'src', 'scripts'];
// Files generated from schemas/ carry the schemas' descriptions, which document the published columns with what they
// hold; they are checked where they are written, not here.
const GENERATED = /^\/\*[^\n]*Generated[^\n]*Do not edit\./m;
// The schemas (whose descriptions document the published columns and go into datapackage.json and the generated
// types) and the metadata tables beside the normalize stage; annotations and recipes quote the texts by design.
const METADATA_FOLDERS = ['schemas', join('pipeline', '03-normalize')];

// The corpus, and the texts of the drafter benchmark's sets (development and held-out), which list themselves as raw/
// would but lie beside their list: a rule written for one of those would make its measure as optimistic as the corpus's.
const SOURCE_LISTS = [
  { list: 'raw/sources.json', textAt: (path: string) => join(root, path) },
  ...unseenSets().map((set) => ({ list: relative(root, join(set.dir, 'sources.json')), textAt: (path: string) => join(set.dir, basename(path)) })),
];

function sourceTexts(): Array<{ id: string; text: string }> {
  return SOURCE_LISTS.flatMap(({ list, textAt }) =>
    (JSON.parse(readFileSync(join(root, list), 'utf8')) as Array<{ id: string; path: string }>).map((source) => ({
      id: source.id,
      text: readFileSync(textAt(source.path), 'utf8'),
    })),
  );
}

// Read and indexed once: both checks below search the same texts.
let searchableCorpus: SearchableSource[] | undefined;
function searchableCorpusTexts(): SearchableSource[] {
  searchableCorpus ??= searchableSources(sourceTexts());
  return searchableCorpus;
}

function codeFiles(): Array<{ file: string; code: string }> {
  return CODE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => {
        const path = join(root, folder, name);
        return { file: relative(root, path), code: readFileSync(path, 'utf8') };
      })
      .filter(({ code }) => !GENERATED.test(code.slice(0, 300))),
  );
}

const SOURCE = {
  id: 'synthetic',
  text: 'Trade with Peru reached USD 4,300 mil-\nlion in 2009, while in 2003 it was\n\n17\n\nonly 12% of the total. The Peru-\nChile accord of 1998 held.\n',
};

describe('finding a source text quoted in code', () => {
  it('finds a quotation in a line comment, across the lines of a block comment and in a string, despite the text\'s line breaks', () => {
    const code = [
      '// A figure with its year ("USD 4,300 million in 2009") is one reading.',
      'const x = 1;',
      '/**',
      ' * A share the text prints after a year ("in 2003 it was only',
      ' * 12% of the total") is the year\'s.',
      ' */',
      "const y = 'the Peru-Chile accord of 1998';",
    ].join('\n');
    expect(findCorpusQuotes([SOURCE], [{ file: 'pipeline/x.ts', code }])).toEqual([
      { file: 'pipeline/x.ts', line: 1, fragment: 'USD 4,300 million in 2009', source: 'synthetic' },
      { file: 'pipeline/x.ts', line: 4, fragment: 'in 2003 it was only 12% of the total', source: 'synthetic' },
      { file: 'pipeline/x.ts', line: 7, fragment: 'the Peru-Chile accord of 1998', source: 'synthetic' },
    ]);
  });

  it('finds the quoted words a comment keeps of a sentence it shortens or ends in its own words', () => {
    const code = '// "Trade with Peru reached USD 4,300 … and later it fell" and ("only 12% of the total of Chile")';
    expect(findCorpusQuotes([SOURCE], [{ file: 'a.ts', code }]).map((quote) => quote.fragment)).toEqual([
      'Trade with Peru reached USD 4,300',
      'only 12% of the total',
    ]);
  });

  it('passes what is too short to be a quotation, holds no figure, or is not the text\'s', () => {
    const code = [
      '// A year alone ("in 2003"), a share alone ("12%"), figures and small words ("in 2009, while in 2003 it was"), words without a figure ("only of the total").',
      "// Peru's figure and Chile's words, unquoted: USD 4,300 million in 2009.",
      '// Another text\'s words: "Trade with Chile reached USD 5,100 million in 2010".',
    ].join('\n');
    expect(findCorpusQuotes([SOURCE], [{ file: 'a.ts', code }])).toEqual([]);
  });

  it('reads quotations in straight, curly and back quotes, not an apostrophe', () => {
    expect(quotedFragments("// Mexico's 12 ‘a 1’ “b 2” `c 3` 'd 4'").map((quoted) => quoted.fragment)).toEqual(['a 1', 'b 2', 'c 3', 'd 4']);
  });
});

// The search looks a run up in an index of the texts' words; what it finds must be what a plain substring search of the
// texts' canonical forms finds. Texts are drawn from a few words, marks, figures, hyphens at line ends and page-number
// lines, so that quotations of them (and near misses) are common.
const WORDS = ['Peru', 'Chile', 'trade', 'of', 'the', 'in', '2003', '12', '4,300', 'Com-\n', 'mission', '17'];
const GLUE = [' ', '  ', '\n', '\n17\n', ', ', '. ', '-', '-\n', ' (', ') ', '%'];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 })
  .map((pieces) => pieces.map(([word, glue]) => word + glue).join(''));

/** The search as it was before the index: every run, longest first, looked for with `includes` in each form. */
function quotesByScanning(sources: Array<{ id: string; text: string }>, files: Array<{ file: string; code: string }>) {
  const searched = sources.map((source) => ({ id: source.id, forms: searchableForms(source.text) }));
  return files.flatMap(({ file, code }) =>
    quotedFragments(code).flatMap(({ line, fragment }) => {
      const runs = candidateRuns(fragment);
      for (const source of searched) {
        const found = runs.find(({ needle }) => source.forms.some((form) => form.includes(needle.needle)));
        if (found !== undefined) return [{ file, line, fragment: found.run, source: source.id }];
      }
      return [];
    }),
  );
}

describe('the indexed search finds what a scan finds', () => {
  it('holds a canonical run exactly when the form includes it', () => {
    fc.assert(
      fc.property(texts, texts, (text, quoted) => {
        // The whole quoted text too, which may be shorter than a key.
        const needles = [...candidateRuns(quoted).map((run) => run.needle), ...searchableForms(quoted).map(toNeedle)];
        return searchableForms(text).every((form) => {
          const indexed = indexForm(form);
          return needles.every((needle) => formIncludes(indexed, needle) === form.includes(needle.needle));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reports the same quotations as a scan, in the same order, for texts and code quoting parts of them', () => {
    // A quotation is a slice of either text (or of neither: a text of its own), its line breaks made spaces.
    const quotations = fc.array(
      fc.tuple(fc.constantFrom(0, 1, 2), fc.nat(300), fc.nat(120), texts, fc.constantFrom('"', "'", '`')),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(texts, texts, quotations, (first, second, quoted) => {
        const sources = [{ id: 'first', text: first }, { id: 'second', text: second }];
        const code = quoted
          .map(([which, start, length, own, mark]) => {
            const piece = [first, second, own][which]!.slice(start, start + length).replace(/\n/g, ' ');
            return `// ${mark}${piece}${mark}`;
          })
          .join('\n');
        const files = [{ file: 'a.ts', code }];
        expect(findCorpusQuotes(sources, files)).toEqual(quotesByScanning(sources, files));
      }),
      { numRuns: 300 },
    );
  });
});

function metadataFiles(): Array<{ file: string; code: string }> {
  return METADATA_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ file: join(folder, name), code: readFileSync(join(root, folder, name), 'utf8') })),
  );
}

describe('the code quotes no source text', () => {
  it('holds none of the source texts\' words with a figure in a comment or string of pipeline/, src/ or scripts/', () => {
    const sources = searchableCorpusTexts();
    expect(sources.length).toBeGreaterThan(0);
    const files = codeFiles();
    expect(files.some((file) => file.file.startsWith(join('pipeline', 'draft')))).toBe(true);
    const quotes = findQuotesIn(sources, files).map((quote) => `${quote.file}:${quote.line} "${quote.fragment}" (${quote.source})`);
    expect(quotes).toEqual([]);
  });

  it('holds none in the schemas\' descriptions or the metadata tables', () => {
    const files = metadataFiles();
    expect(files.some((file) => file.file.startsWith('schemas'))).toBe(true);
    const quotes = findQuotesIn(searchableCorpusTexts(), files).map((quote) => `${quote.file}:${quote.line} "${quote.fragment}" (${quote.source})`);
    expect(quotes).toEqual([]);
  });
});
