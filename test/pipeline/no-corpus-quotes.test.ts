import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCorpusQuotes, quotedFragments } from '../helpers/corpus-quotes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The folders that hold the pipeline's logic and the package's; tests and benches may state the values they expect.
const CODE_FOLDERS = ['pipeline', 'src', 'scripts'];
// Files generated from schemas/ carry the schemas' descriptions, which document the published columns with what they
// hold; they are checked where they are written, not here.
const GENERATED = /^\/\*[^\n]*Generated[^\n]*Do not edit\./m;
// The schemas (whose descriptions document the published columns and go into datapackage.json and the generated
// types) and the metadata tables beside the normalize stage; annotations and recipes quote the texts by design.
const METADATA_FOLDERS = ['schemas', join('pipeline', '03-normalize')];

// The corpus, and the drafter benchmark's held-out texts, which list themselves as raw/ would but lie beside their
// list: a rule written for one of those would make the held-out measure as optimistic as the corpus's.
const SOURCE_LISTS = [
  { list: 'raw/sources.json', textAt: (path: string) => join(root, path) },
  { list: 'bench/held-out/sources.json', textAt: (path: string) => join(root, 'bench/held-out', basename(path)) },
];

function sourceTexts(): Array<{ id: string; text: string }> {
  return SOURCE_LISTS.flatMap(({ list, textAt }) =>
    (JSON.parse(readFileSync(join(root, list), 'utf8')) as Array<{ id: string; path: string }>).map((source) => ({
      id: source.id,
      text: readFileSync(textAt(source.path), 'utf8'),
    })),
  );
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
    const sources = sourceTexts();
    expect(sources.length).toBeGreaterThan(0);
    const files = codeFiles();
    expect(files.some((file) => file.file.startsWith(join('pipeline', 'draft')))).toBe(true);
    const quotes = findCorpusQuotes(sources, files).map((quote) => `${quote.file}:${quote.line} "${quote.fragment}" (${quote.source})`);
    expect(quotes).toEqual([]);
  });

  it('holds none in the schemas\' descriptions or the metadata tables', () => {
    const files = metadataFiles();
    expect(files.some((file) => file.file.startsWith('schemas'))).toBe(true);
    const quotes = findCorpusQuotes(sourceTexts(), files).map((quote) => `${quote.file}:${quote.line} "${quote.fragment}" (${quote.source})`);
    expect(quotes).toEqual([]);
  });
});
