import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceMetadata, type SourceText } from '../../../pipeline/01-ingest/index.js';
import { anchorAnnotations, lineAt, type AnchoredAnnotations } from '../../../pipeline/02-extract/anchor-annotations.js';
import { foldText } from '../../../pipeline/02-extract/fold-text.js';
import { scanNumerals } from '../../../pipeline/02-extract/scan-numerals.js';
import { PipelineError } from '../../../pipeline/errors.js';
import type { Annotation, ProseEvent } from '../../../pipeline/types/annotation.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';
import { pipelineErrorOf } from '../../helpers/pipeline-error-of.js';

function metadata(text: string): SourceMetadata {
  return syntheticMetadata({ bytes: Buffer.byteLength(text) });
}

function load(text: string): SourceText {
  const bytes = Buffer.from(text, 'utf8');
  return { metadata: metadata(text), bytes, lines: indexLines(bytes) };
}

function anchor(text: string, annotations: Annotation[]): AnchoredAnnotations {
  const source = load(text);
  return anchorAnnotations({ source_id: 'synthetic', annotations }, source, foldText(source.lines), scanNumerals(source.lines));
}

function anchorError(text: string, annotations: Annotation[]): PipelineError {
  return pipelineErrorOf(() => anchor(text, annotations));
}

function decode(text: string, start: number, end: number): string {
  return Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');
}

const FILE = 'pipeline/02-extract/annotations/synthetic.json';

/** Folded, the text is byte for byte the same here: one-byte characters, one-byte line breaks. */
const TRADE = 'Intro.\nTrade rose from US$ 420 million in\n1995 to US$ 5.3 billion in 2004.\n';
const TRADE_QUOTE = 'Trade rose from US$ 420 million in 1995 to US$ 5.3 billion in 2004.';

const event = (date: number, description = 'an event'): ProseEvent => ({ date, type: 'diplomatic_relations', entities: ['MEX', 'CHN'], description });

describe('anchorAnnotations: quotes', () => {
  it('finds a quote across a line break and numbers the numerals inside it from 1', () => {
    const { quotes } = anchor(TRADE, [{ quote: TRADE_QUOTE }]);
    expect(quotes).toHaveLength(1);
    const quote = quotes[0]!;
    expect(quote.id).toBe('synthetic/annotations#1');
    expect([quote.foldedStart, quote.foldedEnd]).toEqual([7, 7 + TRADE_QUOTE.length]);
    expect([quote.byteStart, quote.byteEnd, quote.line]).toEqual([7, 74, 2]);
    expect(decode(TRADE, quote.byteStart, quote.byteEnd)).toBe('Trade rose from US$ 420 million in\n1995 to US$ 5.3 billion in 2004.');
    expect(quote.numerals.map((numeral) => [numeral.text, numeral.line, numeral.byteStart, numeral.byteEnd])).toEqual([
      ['420', 2, 27, 30],
      ['1995', 3, 42, 46],
      ['5.3', 3, 54, 57],
      ['2004', 3, 69, 73],
    ]);
  });

  it('reads the observations: number and period spans, merged meaning, and the words around the number', () => {
    const { cells } = anchor(TRADE, [
      {
        quote: TRADE_QUOTE,
        defaults: { indicator: 'exports', entity: 'KOR', partner: 'MEX' },
        observations: [{ numeral: 1, period: 2 }, { numeral: 3, period: 4, entity: 'JPN' }],
      },
    ]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toEqual({
      sourceId: 'synthetic',
      annotationId: 'synthetic/annotations#1',
      annotationAt: { file: 'pipeline/02-extract/annotations/synthetic.json' },
      number: { text: '420', line: 2, column: 21, byteStart: 27, byteEnd: 30, foldedStart: 27, foldedEnd: 30, folded: '420' },
      written: 'numerals',
      rangeRole: null,
      spec: { indicator: 'exports', entity: 'KOR', partner: 'MEX', numeral: 1, period: 2 },
      periodSpans: [{ text: '1995', line: 3, column: 1, byteStart: 42, byteEnd: 46, foldedStart: 42, foldedEnd: 46, folded: '1995' }],
      periodWords: null,
      quoteText: TRADE_QUOTE,
      before: 'Intro. Trade rose from US$ ',
      after: ' million in 1995 to US$ 5.3 billion in 2004.',
    });
    // The observation's own meaning wins over the defaults.
    expect(cells[1]!.spec).toEqual({ indicator: 'exports', entity: 'JPN', partner: 'MEX', numeral: 3, period: 4 });
    expect(cells[1]!.number.text).toBe('5.3');
    expect(cells[1]!.before).toBe('Intro. Trade rose from US$ 420 million in 1995 to US$ ');
    expect(cells[1]!.after).toBe(' billion in 2004.');
    expect(cells[1]!.periodSpans.map((span) => [span.text, span.byteStart])).toEqual([['2004', 69]]);
  });

  it('reads a period in words inside the quote, or printed elsewhere and referred to, as spans of the raw text', () => {
    const text = 'Table heading\n2000-2002\nrows follow.\nIn December\n2002, 768 firms invested. These firms employ 9 people.\n';
    const { cells } = anchor(text, [
      { quote: 'In December 2002, 768 firms', observations: [{ numeral: 2, period: { words: 'December 2002' }, indicator: 'fdi_companies', entity: 'KOR' }] },
      { quote: 'These firms employ 9 people', defaults: { period: { words: 'December 2002', in: { quote: 'In December 2002, 768' }, referred_by: 'These firms' } }, observations: [{ numeral: 1, indicator: 'fdi_employees', entity: 'KOR' }] },
      { quote: 'rows follow', observations: [] },
    ]);
    expect(cells[0]!.periodWords!.span).toMatchObject({ text: 'December\n2002', folded: 'December 2002', line: 4 });
    expect(cells[0]!.periodSpans.map((span) => span.text)).toEqual(['December\n2002']);
    expect(cells[1]!.periodWords!.span).toMatchObject({ folded: 'December 2002', line: 4 });
    expect(cells[1]!.periodWords!.referredBy).toMatchObject({ text: 'These firms', line: 5 });
    expect(cells[1]!.quoteText).toBe('These firms employ 9 people');
  });

  it('rejects period words that are not in the quote (or in the quote named by "in")', () => {
    const text = 'In 2002 the firms numbered 768.\n';
    expect(anchorError(text, [{ quote: 'the firms numbered 768', observations: [{ numeral: 1, period: { words: 'In 2002' } }] }])).toMatchObject({ code: 'ANNOTATION_INVALID' });
    expect(anchorError(text, [{ quote: 'the firms numbered 768', observations: [{ numeral: 1, period: { words: '2003', in: { quote: 'In 2002 the' } } }] }])).toMatchObject({ code: 'ANNOTATION_INVALID' });
    expect(anchorError(text, [{ quote: 'the firms numbered 768', observations: [{ numeral: 1, period: { words: '2002', in: { quote: 'In 1999 the' } } }] }])).toMatchObject({ code: 'QUOTE_NOT_FOUND' });
  });

  it('keeps at most 60 folded characters of context on each side', () => {
    const text = `${'x'.repeat(100)} 5 ${'y'.repeat(100)}`;
    const { cells } = anchor(text, [{ quote: text, observations: [{ numeral: 1 }] }]);
    expect(cells[0]!.before).toBe(`${'x'.repeat(59)} `);
    expect(cells[0]!.after).toBe(` ${'y'.repeat(59)}`);
  });

  it('takes a year for a period span of two numerals', () => {
    const { cells } = anchor('Exports of 12 over 1990 to 1995 rose.', [{ quote: 'Exports of 12 over 1990 to 1995', observations: [{ numeral: 1, period: [2, 3] }] }]);
    expect(cells[0]!.periodSpans.map((span) => span.text)).toEqual(['1990', '1995']);
  });

  it('finds a quote written with a word hyphenated across a line break joined, and spans the raw bytes', () => {
    const text = 'The Ko-\nrean community in Tijuana grew to 1,200 in 1998, almost one-third of all.\n';
    const { quotes, cells } = anchor(text, [{ quote: 'The Korean community in Tijuana grew to 1,200 in 1998', observations: [{ numeral: 1, period: 2 }] }]);
    expect([quotes[0]!.byteStart, quotes[0]!.byteEnd, quotes[0]!.line]).toEqual([0, 55, 1]);
    expect(decode(text, 0, 55)).toBe('The Ko-\nrean community in Tijuana grew to 1,200 in 1998');
    // Folded, "The Korean" is two characters shorter than "The Ko-\nrean".
    expect(cells[0]!.number).toEqual({ text: '1,200', line: 2, column: 35, byteStart: 42, byteEnd: 47, foldedStart: 40, foldedEnd: 45, folded: '1,200' });
  });

  it('maps multibyte text: columns in characters, offsets in bytes, folded indexes in UTF-16 units', () => {
    const text = 'Le café coûte 3,50 € à Montréal „1995“.\n';
    const { quotes, cells } = anchor(text, [{ quote: 'coûte 3,50 € à Montréal „1995“', observations: [{ numeral: 1, period: 2 }] }]);
    expect([quotes[0]!.byteStart, quotes[0]!.byteEnd]).toEqual([9, 48]);
    expect(decode(text, 9, 48)).toBe('coûte 3,50 € à Montréal „1995“');
    expect(cells[0]!.number).toEqual({ text: '3,50', line: 1, column: 15, byteStart: 16, byteEnd: 20, foldedStart: 14, foldedEnd: 18, folded: '3,50' });
    expect(cells[0]!.periodSpans[0]).toEqual({ text: '1995', line: 1, column: 34, byteStart: 41, byteEnd: 45, foldedStart: 33, foldedEnd: 37, folded: '1995' });
  });

  it('names the annotation and its file when a quote is not in the text', () => {
    const error = anchorError(TRADE, [{ quote: TRADE_QUOTE }, { quote: 'Trade fell from US$ 420 million' }]);
    expect(error.code).toBe('QUOTE_NOT_FOUND');
    expect(error.message).toContain('annotation synthetic/annotations#2');
    expect(error.message).toContain('raw/synthetic.txt');
    expect(error.context).toMatchObject({ file: FILE, recipe: 'synthetic/annotations#2', seen: 'Trade fell from US$ 420 million' });
  });

  it('does not find a quote that keeps the hyphen of a word broken across lines', () => {
    expect(anchorError('The Ko-\nrean community', [{ quote: 'The Ko-rean community' }]).code).toBe('QUOTE_NOT_FOUND');
  });

  it('rejects a quote printed twice, listing the lines, unless "occurrence" says which', () => {
    const text = 'Trade rose again.\nOther.\nTrade rose again.\n';
    const error = anchorError(text, [{ quote: 'Trade rose again.' }]);
    expect(error.code).toBe('QUOTE_AMBIGUOUS');
    expect(error.message).toContain('annotation synthetic/annotations#1 quotes words printed 2 times (lines 1, 3 of raw/synthetic.txt)');
    expect(error.context).toMatchObject({ file: FILE, recipe: 'synthetic/annotations#1', seen: 'Trade rose again.' });

    const first = anchor(text, [{ quote: 'Trade rose again.', occurrence: 1 }]).quotes[0]!;
    expect([first.byteStart, first.byteEnd, first.line]).toEqual([0, 17, 1]);
    const second = anchor(text, [{ quote: 'Trade rose again.', occurrence: 2 }]).quotes[0]!;
    // "Trade rose again.\n" is 18 bytes, "Other.\n" 7.
    expect([second.byteStart, second.byteEnd, second.line]).toEqual([25, 42, 3]);
  });

  it('lists the line where each occurrence starts, also when one is hyphenated across lines', () => {
    const text = 'Then on Feb-\nruary 14, 1972, and again on\nFebruary 14, 1972, two things.\n';
    expect(anchorError(text, [{ quote: 'February 14, 1972' }]).message).toContain('(lines 1, 3 of raw/synthetic.txt)');
  });

  it('rejects an occurrence beyond the number of times the quote is printed', () => {
    const text = 'Trade rose again.\nOther.\nTrade rose again.\n';
    const error = anchorError(text, [{ quote: 'Trade rose again.', occurrence: 3 }]);
    expect(error.code).toBe('QUOTE_NOT_FOUND');
    expect(error.message).toContain('asks for occurrence 3');
    expect(error.context.expected).toBe('an occurrence from 1 to 2');
  });

  it('finds a quote only where it begins and ends with whole words, never inside a longer word', () => {
    const text = 'It grew to 1,200 in 1998, with forty-three partners on three continents.\nThe second-largest market.';
    for (const quote of ['grew to 1,2', '200 in 1998', 'three partners', 'with forty', 'ew to 1,200']) {
      const error = anchorError(text, [{ quote }]);
      expect(error.code, quote).toBe('QUOTE_NOT_FOUND');
      expect(error.message, quote).toContain('prints only as part of longer words (lines 1)');
      expect(error.context.expected, quote).toBe('a quote that begins and ends with whole words');
    }
    // Printed inside a word once and as whole words once: the whole words are the one place, not an ambiguity.
    expect(anchor(text, [{ quote: 'three' }]).quotes[0]!.byteStart).toBe(text.indexOf('three continents'));
    // A number hyphenated to another word is a word of its own, and so is a date after a hyphen.
    expect(anchor(text, [{ quote: 'second' }]).quotes[0]!.byteStart).toBe(text.indexOf('second'));
    expect(anchor('In 1994-2004 it grew.', [{ quote: '2004 it grew' }]).quotes[0]!.numerals.map((numeral) => numeral.text)).toEqual(['2004']);
  });
});

describe('anchorAnnotations: invalid references', () => {
  it('rejects a numeral reference beyond the quote', () => {
    const error = anchorError(TRADE, [{ quote: 'in 1995 to US$ 5.3 billion', observations: [{ numeral: 3, indicator: 'exports' }] }]);
    expect(error.code).toBe('ANNOTATION_INVALID');
    expect(error.message).toContain('annotation synthetic/annotations#1 refers to numeral 3 of a quote that holds 2');
    expect(error.context).toMatchObject({ file: FILE, recipe: 'synthetic/annotations#1', seen: 'in 1995 to US$ 5.3 billion' });
  });

  it('rejects references beyond the quote in periods, ranges, events, ignores and shared unit words', () => {
    const quote = 'in 1995 to US$ 5.3 billion';
    const bad: Annotation[] = [
      { quote, observations: [{ numeral: 2, period: 3 }] },
      { quote, observations: [{ range: [1, 4] }] },
      { quote, observations: [{ numeral: 2, unit_words_of: 5 }] },
      { quote, events: [event(3)] },
      { quote, ignore: [{ numeral: 9, reason: 'context_date' }] },
      { quote, ignore: [{ numeral: 0, reason: 'context_date' }] },
    ];
    for (const annotation of bad) expect(anchorError(TRADE, [annotation]).code, JSON.stringify(annotation)).toBe('ANNOTATION_INVALID');
  });

  it('rejects a numeral reference in a quote that holds no numeral', () => {
    const error = anchorError('It grew to 1,200 in 1998.', [{ quote: 'It grew to', observations: [{ numeral: 1 }] }]);
    expect(error.code).toBe('ANNOTATION_INVALID');
    expect(error.message).toContain('holds 0');
  });

  it('rejects an observation that names no numeral, range or words', () => {
    const error = anchorError(TRADE, [{ quote: TRADE_QUOTE, observations: [{ indicator: 'exports' }] }]);
    expect(error.code).toBe('ANNOTATION_INVALID');
    expect(error.message).toContain('names no numeral, range or words');
  });
});

describe('anchorAnnotations: words, ranges and shared unit words', () => {
  const TEXT = 'The Ko-\nrean community in Tijuana grew to 1,200 in 1998, almost one-third of all.\n';

  it('reads a quantity written in words inside the quote', () => {
    const { cells } = anchor(TEXT, [{ quote: 'grew to 1,200 in 1998, almost one-third of all', observations: [{ words: 'one-third', period: 2 }] }]);
    expect(cells[0]!.written).toBe('words');
    expect(cells[0]!.rangeRole).toBeNull();
    // Line 2 starts at byte 8.
    expect(cells[0]!.number).toEqual({ text: 'one-third', line: 2, column: 57, byteStart: 64, byteEnd: 73, foldedStart: 62, foldedEnd: 71, folded: 'one-third' });
    expect(cells[0]!.before.endsWith('grew to 1,200 in 1998, almost ')).toBe(true);
    expect(cells[0]!.after).toBe(' of all.');
    expect(cells[0]!.periodSpans.map((span) => span.text)).toEqual(['1998']);
  });

  it('reads words hyphenated across a line break, written as folded, as the raw bytes', () => {
    // Folding cannot tell a compound's hyphen at a line end from a word break: "forty-\nthree" folds to "fortythree".
    const text = 'It fell by some forty-\nthree points.';
    expect(anchorError(text, [{ quote: 'some forty-three points' }]).code).toBe('QUOTE_NOT_FOUND');
    const { cells } = anchor(text, [{ quote: 'some fortythree points', observations: [{ words: 'fortythree' }] }]);
    // "It fell by some " is 16 bytes; "forty-\nthree" (12 bytes) ends at byte 28.
    expect(cells[0]!.number).toEqual({ text: 'forty-\nthree', line: 1, column: 17, byteStart: 16, byteEnd: 28, foldedStart: 16, foldedEnd: 26, folded: 'fortythree' });
  });

  it('reads number words as whole words: "three" is never the end of "forty-three"', () => {
    const text = 'Mexico has FTAs with forty-three countries on three continents.\n';
    const { cells } = anchor(text, [{ quote: 'with forty-three countries on three continents', observations: [{ words: 'forty-three' }, { words: 'three' }] }]);
    expect(cells.map((cell) => [cell.number.text, cell.number.byteStart, cell.number.byteEnd])).toEqual([
      ['forty-three', 21, 32],
      ['three', 46, 51],
    ]);
    expect(cells[1]!.after).toBe(' continents.');
  });

  it('rejects words its quote prints only inside longer words, naming them', () => {
    const error = anchorError('The group of forty-three members met.\n', [{ quote: 'group of forty-three members', observations: [{ words: 'three' }] }]);
    expect(error.code).toBe('ANNOTATION_INVALID');
    expect(error.message).toContain('names words "three" that are not in its quote: its quote prints them only inside longer words ("forty-three")');
    // Digits too: "200" is part of "1,200".
    expect(anchorError('It grew to 1,200 in 1998.', [{ quote: 'grew to 1,200', observations: [{ words: '200' }] }]).message).toContain('only inside longer words ("1,200")');
  });

  it('rejects words its quote prints twice as whole words with QUOTE_AMBIGUOUS, at the annotation\'s file and line', () => {
    const text = 'Of the twelve members, twelve voted.\n';
    const source = load(text);
    const error = pipelineErrorOf(() => anchorAnnotations({ source_id: 'synthetic', annotations: [{ quote: 'Of the twelve members, twelve voted.', observations: [{ words: 'twelve' }] }], lineOf: (index: number) => [4][index]! }, source, foldText(source.lines), scanNumerals(source.lines)));
    expect(error.code).toBe('QUOTE_AMBIGUOUS');
    expect(error.context).toMatchObject({ file: FILE, line: 4, recipe: 'synthetic/annotations#1', seen: 'twelve' });
    expect(error.message).toContain('names words "twelve" that its quote prints 2 times (lines 1, 1 of raw/synthetic.txt)');
  });

  it('rejects words that are not in the quote, even when the text has them elsewhere', () => {
    const missing = anchorError(TEXT, [{ quote: 'almost one-third of all', observations: [{ words: 'two-thirds' }] }]);
    expect(missing.code).toBe('ANNOTATION_INVALID');
    expect(missing.message).toContain('names words "two-thirds" that are not in its quote');
    const elsewhere = anchorError(TEXT, [{ quote: 'The Korean community', observations: [{ words: 'one-third' }] }]);
    expect(elsewhere.code).toBe('ANNOTATION_INVALID');
  });

  it('makes a range two cells, range_low and range_high, sharing the words around the range', () => {
    const text = 'Migration reached between 300,000 to 500,000 per year in the 1980s.\n';
    const { cells } = anchor(text, [{ quote: 'between 300,000 to 500,000 per year in the 1980s', observations: [{ range: [1, 2], period: 3, indicator: 'migrants_per_year' }] }]);
    expect(cells.map((cell) => [cell.rangeRole, cell.number.text, cell.number.byteStart, cell.number.byteEnd])).toEqual([
      ['range_low', '300,000', 26, 33],
      ['range_high', '500,000', 37, 44],
    ]);
    for (const cell of cells) {
      expect(cell.before).toBe('Migration reached between ');
      expect(cell.after).toBe(' per year in the 1980s.');
      // A year printed as a decade.
      expect(cell.periodSpans).toEqual([{ text: '1980', line: 1, column: 62, byteStart: 61, byteEnd: 65, foldedStart: 61, foldedEnd: 65, folded: '1980', decade: true }]);
    }
  });

  // The contract: 'As a period, a year printed as a decade ("1980s") stands for its ten years.' Only an "s" right after the
  // year is looked at, so "1990’s" / "1990's" (as korea-commission-2005 prints decades) date a figure by one year.
  it('takes a year printed as a decade with an apostrophe ("1990’s") for a decade', () => {
    const text = 'Migration reached 500,000 per year in the 1990’s.\n';
    const { cells } = anchor(text, [{ quote: '500,000 per year in the 1990’s', observations: [{ numeral: 1, period: 2 }] }]);
    expect(cells[0]!.periodSpans[0]!.decade).toBe(true);
  });

  it('gives a number the unit words printed after another ("162.5 and 160.0 billion dollars")', () => {
    const text = 'Exports and imports were 162.5 and 160.0 billion dollars respectively.\n';
    const { cells } = anchor(text, [{ quote: 'were 162.5 and 160.0 billion dollars respectively', observations: [{ numeral: 1, unit_words_of: 2 }, { numeral: 2 }] }]);
    expect(cells[0]!.number.text).toBe('162.5');
    expect(cells[0]!.before).toBe('Exports and imports were ');
    expect(cells[0]!.after).toBe(' billion dollars respectively.');
    expect(cells[1]!.after).toBe(' billion dollars respectively.');
    // Without unit_words_of the words after the first number are its own.
    const plain = anchor(text, [{ quote: 'were 162.5 and 160.0 billion dollars respectively', observations: [{ numeral: 1 }] }]);
    expect(plain.cells[0]!.after.startsWith(' and 160.0 billion')).toBe(true);
  });
});

describe('anchorAnnotations: events and ignores', () => {
  const DATES = 'Relations were established on February 14, 1972 by both.\nThe treaty was signed on 25 January 2017.\nMexico joined in September 1994.\nThe firm was founded in 1905.\n';

  it('widens an event date to the month and day printed before the year', () => {
    const { events } = anchor(DATES, [
      { quote: 'established on February 14, 1972', events: [event(2, 'relations')] },
      { quote: 'signed on 25 January 2017', events: [event(2, 'treaty')] },
      { quote: 'joined in September 1994', events: [event(1, 'joined')] },
      { quote: 'founded in 1905', events: [event(1, 'founded')] },
    ]);
    expect(events.map((cell) => [cell.annotationId, cell.date.text, cell.date.line, cell.date.column, cell.date.byteStart, cell.date.byteEnd, cell.ordinal])).toEqual([
      ['synthetic/annotations#1', 'February 14, 1972', 1, 31, 30, 47, 1],
      // Lines 2, 3 and 4 start at bytes 57, 99 and 132.
      ['synthetic/annotations#2', '25 January 2017', 2, 26, 82, 97, 1],
      ['synthetic/annotations#3', 'September 1994', 3, 18, 116, 130, 1],
      // A bare year stays a year.
      ['synthetic/annotations#4', '1905', 4, 25, 156, 160, 1],
    ]);
    for (const cell of events) expect(decode(DATES, cell.date.byteStart, cell.date.byteEnd)).toBe(cell.date.text);
    expect(events[0]!.spec).toEqual(event(2, 'relations'));
    expect(events[0]!.sourceId).toBe('synthetic');
  });

  it('widens a date whose month is hyphenated across a line break to the raw bytes', () => {
    const text = 'Then on Feb-\nruary 14, 1972, and again on\nFebruary 14, 1972, two things.\n';
    const { events } = anchor(text, [{ quote: 'on February 14, 1972, and again', events: [event(2)] }]);
    expect(events[0]!.date).toEqual({ text: 'Feb-\nruary 14, 1972', line: 1, column: 9, byteStart: 8, byteEnd: 27, foldedStart: 8, foldedEnd: 25, folded: 'February 14, 1972' });
  });

  // DATE_PREFIX allows a full stop after any month name (for "Sept. 1994"), so a year opening a sentence takes the month
  // that ends the sentence before it.
  it('does not widen a year opening a sentence to a month ending the sentence before', () => {
    const text = 'The accord was signed in January. 1994 brought the crisis.\n';
    const { events } = anchor(text, [{ quote: 'January. 1994 brought the crisis', events: [event(1, 'crisis')] }]);
    expect(events[0]!.date.text).toBe('1994');
  });

  it('widens a date only to a month and day printed as whole words', () => {
    const text = 'Item 125 January 2017 and theMay 1994 list.\n';
    const { events } = anchor(text, [{ quote: 'Item 125 January 2017 and theMay 1994 list', events: [event(2, 'January'), event(3, 'May')] }]);
    expect(events.map((cell) => cell.date.text)).toEqual(['January 2017', '1994']);
  });

  it('numbers events sharing one printed date from 1', () => {
    const { events } = anchor(DATES, [
      { quote: 'established on February 14, 1972', events: [event(2, 'first'), event(2, 'second')] },
      { quote: 'Relations were established on February 14, 1972 by both', events: [event(2, 'third')] },
      { quote: 'signed on 25 January 2017', events: [event(2, 'other date')] },
    ]);
    expect(events.map((cell) => [cell.spec.description, cell.date.byteStart, cell.ordinal])).toEqual([
      ['first', 30, 1],
      ['second', 30, 2],
      ['third', 30, 3],
      ['other date', 82, 1],
    ]);
  });

  it('marks ignored numerals with the annotation and the reason', () => {
    const { ignores, cells } = anchor(TRADE, [{ quote: 'billion in 2004.', ignore: [{ numeral: 1, reason: 'context_date' }] }]);
    expect(cells).toEqual([]);
    expect(ignores).toEqual([
      {
        sourceId: 'synthetic',
        annotationId: 'synthetic/annotations#1',
        numeral: { text: '2004', line: 3, column: 28, byteStart: 69, byteEnd: 73 },
        reason: 'context_date',
      },
    ]);
  });

  it('returns nothing for no annotations', () => {
    expect(anchor(TRADE, [])).toEqual({ quotes: [], cells: [], events: [], ignores: [] });
  });
});

describe('lineAt', () => {
  it('gives the 1-based line holding a byte, line breaks counting with the line before', () => {
    const source = load('ab\ncd\n\nef');
    expect([0, 1, 2, 3, 5, 6, 7, 8].map((byte) => lineAt(source, byte))).toEqual([1, 1, 1, 2, 2, 3, 4, 4]);
  });
});

describe('anchorAnnotations: every span decodes to its text (property)', () => {
  const word = fc.constantFrom('trade', 'México', 'coûte', '„Asia“', 'Mexico’s', '日本', '𝔸', 'in', 'of', 'January', 'September', 'US$', 'billion');
  const number = fc.oneof(fc.integer({ min: 1900, max: 2030 }).map(String), fc.integer({ min: 1, max: 999_999 }).map((value) => value.toLocaleString('en-US')), fc.constantFrom('5,3', '14.451', '0.5', '12', '3'));
  const space = fc.constantFrom(' ', '\n', '\r\n', '  ', '\n\n', '\t');
  const sentence = fc.array(fc.tuple(fc.oneof(word, number), space), { minLength: 1, maxLength: 20 });

  it('for numerals, words, periods and dates an annotation points at', () => {
    fc.assert(
      fc.property(sentence, sentence, sentence, fc.nat(), (before, inside, after, pick) => {
        const join = (pairs: [string, string][]) => pairs.map(([token, gap]) => token + gap).join('');
        // A unique marker opens the quote, so the quote is printed once.
        const text = `${join(before)}QUOTED ${join(inside)}${join(after)}`;
        const quote = `QUOTED ${inside.map(([token]) => token).join(' ')}`;
        const source = load(text);
        const numeralCount = scanNumerals(load(join(inside)).lines).length;
        // Words an observation may name: printed once in the quote (twice is QUOTE_AMBIGUOUS).
        const tokens = inside.map(([token]) => token);
        const words = tokens.filter((token) => !/\d/.test(token) && tokens.filter((other) => other === token).length === 1);
        const annotation: Annotation = {
          quote,
          ...(numeralCount > 0 ? { observations: [{ numeral: 1 + (pick % numeralCount), period: 1 }], events: [event(numeralCount)], ignore: [{ numeral: numeralCount, reason: 'citation' }] } : {}),
        };
        if (words.length) annotation.observations = [...(annotation.observations ?? []), { words: words[pick % words.length]! }];
        const anchored = anchorAnnotations({ source_id: 'synthetic', annotations: [annotation] }, source, foldText(source.lines), scanNumerals(source.lines));
        const spans = [
          ...anchored.cells.flatMap((cell) => [cell.number, ...cell.periodSpans]),
          ...anchored.events.map((item) => item.date),
          ...anchored.ignores.map((item) => item.numeral),
        ];
        expect(spans.length).toBe((numeralCount > 0 ? 4 : 0) + (words.length ? 1 : 0));
        for (const span of spans) {
          expect(decode(text, span.byteStart, span.byteEnd), JSON.stringify(span)).toBe(span.text);
          const line = source.lines[span.line - 1]!;
          expect(span.byteStart).toBeGreaterThanOrEqual(line.start);
          expect(line.text.slice(span.column - 1).startsWith(span.text.split(/\r?\n/)[0]!), JSON.stringify(span)).toBe(true);
        }
        const [quoted] = anchored.quotes;
        expect(decode(text, quoted!.byteStart, quoted!.byteEnd).replace(/\s+/g, ' ')).toBe(quote);
      }),
    );
  });
});

describe('anchorAnnotations: where a quote goes wrong', () => {
  it('looks an annotation\'s line up only for an error: its cells carry a place that finds it when read', () => {
    const source = load('Exports were 12 in 1999.\n');
    const asked: number[] = [];
    const lineOf = (index: number) => {
      asked.push(index);
      return 9;
    };
    const anchored = anchorAnnotations({ source_id: 'synthetic', annotations: [{ quote: 'Exports were 12 in 1999.', observations: [{ numeral: 1, period: 2 }] }], lineOf }, source, foldText(source.lines), scanNumerals(source.lines));
    expect(asked).toEqual([]);
    expect({ ...anchored.cells[0]!.annotationAt }).toEqual({ file: FILE, line: 9 });
    expect(asked).toEqual([0]);
  });

  it('names the annotation file at the annotation\'s line, the longest beginning found and the first character that differs', () => {
    const text = 'Intro.\nChina is now Mexico’s second largest\ntrading partner.\n';
    const source = load(text);
    let caught: unknown;
    try {
      anchorAnnotations({ source_id: 'synthetic', annotations: [{ quote: 'Intro.' }, { quote: "China is now Mexico's second largest trading partner." }], lineOf: (index: number) => [3, 7][index]! }, source, foldText(source.lines), scanNumerals(source.lines));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PipelineError);
    const error = caught as PipelineError;
    expect(error.code).toBe('QUOTE_NOT_FOUND');
    expect(error.context).toMatchObject({ file: FILE, line: 7, recipe: 'synthetic/annotations#2' });
    expect(error.message).toContain('"China is now Mexico" (19 of 53 characters, up to line 2)');
    expect(error.message).toContain(`then the quote has "'" (U+0027) where the text has "’" (U+2019)`);
  });

  it('says so when not even the first character is printed, or the text ends first', () => {
    const text = 'Trade rose.\n';
    expect(anchorError(text, [{ quote: 'Zebra' }]).message).toContain('not even its first character "Z" (U+005A)');
    expect(anchorError(text, [{ quote: 'Trade rose. Then fell.' }]).message).toContain('where the text has its end');
  });
});
