import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceMetadata, type SourceText } from '../../../pipeline/01-ingest/index.js';
import { anchorAnnotations } from '../../../pipeline/02-extract/anchor-annotations.js';
import { foldText } from '../../../pipeline/02-extract/fold-text.js';
import { scanNumerals, type Numeral } from '../../../pipeline/02-extract/scan-numerals.js';
import { eventId } from '../../../pipeline/03-normalize/normalize-prose.js';
import { observationId, type NormalizedTable } from '../../../pipeline/03-normalize/normalize-table.js';
import { classifyNumerals, type Classification, type SourceClaims } from '../../../pipeline/05-validate/classify-numerals.js';
import { projectRoot } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import type { Annotation } from '../../../pipeline/types/annotation.js';
import type { Event } from '../../../src/types/event.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

const schemas = new SchemaRegistry(join(projectRoot, 'schemas'));

function metadata(text: string): SourceMetadata {
  return syntheticMetadata({ bytes: Buffer.byteLength(text) });
}

/** Classifies a synthetic text's numerals with its annotations (prose figures, events, ignores) and any table claims. */
function classify(text: string, annotations: Annotation[] = [], tables: NormalizedTable[] = []): Classification {
  const bytes = Buffer.from(text, 'utf8');
  const lines = indexLines(bytes);
  const source: SourceText = { metadata: metadata(text), bytes, lines };
  const folded = foldText(lines);
  const numerals = scanNumerals(lines);
  const anchored = anchorAnnotations({ source_id: 'synthetic', annotations }, source, folded, numerals);
  const events = anchored.events.map((cell) => ({ event: eventOf(cell.date.byteStart, cell.date.byteEnd, cell.ordinal, cell.date.text), annotationId: cell.annotationId, ...(cell.relative?.anchor ? { anchor: cell.relative.anchor } : {}) }));
  const claims: SourceClaims = {
    source,
    folded,
    numerals,
    tables,
    prose: anchored.cells.map((cell) => ({ cell, obsId: observationId('synthetic', cell.number.byteStart) })),
    events,
    ignores: anchored.ignores,
  };
  const result = classifyNumerals(claims);
  for (const row of result.rows) expect(schemas.validate('coverage.schema.json', row), JSON.stringify(row)).toEqual({ valid: true, errors: [] });
  return result;
}

function eventOf(byteStart: number, byteEnd: number, ordinal: number, raw: string): Event {
  return { event_id: eventId('synthetic', byteStart, ordinal), date: '1972-02-14', date_end: null, date_precision: 'day', type: 'diplomatic_relations', entities: ['CHN', 'MEX'], description: 'x', source_id: 'synthetic', line: 1, byte_start: byteStart, byte_end: byteEnd, raw, raw_normalized: raw, date_anchor: null };
}

/** What each numeral became, compactly: [text, byte_start, class, reason, row_id, classified_by]. */
function summary(result: Classification) {
  return result.rows.map((row) => [row.text, row.byte_start, row.class, row.reason, row.row_id, row.classified_by]);
}

const RULES = '1. Introduction\nMigration grew fast (Zlotnik 1991, 527) as the population.2 rose, see Table 4\nand trade (US$ 420 million in 1995) doubled.\n  17\n';

describe('classifyNumerals: rules', () => {
  it('ignores page numbers, list numbers, footnote markers, cross-references and citations, and leaves the rest unclassified', () => {
    const result = classify(RULES);
    expect(summary(result)).toEqual([
      ['1', 0, 'ignored', 'list_numbering', null, 'rule:list_numbering'],
      ['1991', 45, 'ignored', 'citation', null, 'rule:citation'],
      ['527', 51, 'ignored', 'citation', null, 'rule:citation'],
      ['2', 74, 'ignored', 'footnote_marker', null, 'rule:footnote_marker'],
      ['4', 92, 'ignored', 'cross_reference', null, 'rule:cross_reference'],
      ['17', 141, 'ignored', 'page_number', null, 'rule:page_number'],
    ]);
    // A parenthesis with money in it is no citation.
    expect(result.unclassified.map((numeral) => [numeral.text, numeral.line, numeral.byteStart])).toEqual([
      ['420', 3, 109],
      ['1995', 3, 124],
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it('gives each row the numeral id, line and byte span', () => {
    const row = classify(RULES).rows.find((candidate) => candidate.text === '17')!;
    expect(row).toEqual({
      numeral_id: 'synthetic@0000141',
      source_id: 'synthetic',
      line: 4,
      byte_start: 141,
      byte_end: 143,
      text: '17',
      class: 'ignored',
      reason: 'page_number',
      row_id: null,
      classified_by: 'rule:page_number',
    });
  });

  it('reads citations of several references and across a line break', () => {
    const result = classify('As shown (Kreft 1995, 240; Blake Friscia\n1993, 169) and (see Smith 2001a).\n');
    expect(summary(result).map(([text, , , reason]) => [text, reason])).toEqual([
      ['1995', 'citation'],
      ['240', 'citation'],
      ['1993', 'citation'],
      ['169', 'citation'],
      ['2001', 'citation'],
    ]);
  });

  it('takes a number opening a footnote line for a footnote marker, not the numbers after it', () => {
    const result = classify('1 In 1982, Mexico defaulted.\n');
    expect(summary(result)).toEqual([['1', 0, 'ignored', 'footnote_marker', null, 'rule:footnote_marker']]);
    expect(result.unclassified.map((numeral) => numeral.text)).toEqual(['1982']);
  });

  // The cross-reference rule reads only the numeral's own line (the citation rule reads the folded text), so a pointer
  // broken after "Table" is left unclassified.
  it('takes a cross-reference broken across lines ("see Table\\n4") for a cross-reference', () => {
    const result = classify('The figures (see Table\n4 for details) are new.\n');
    expect(summary(result)).toEqual([['4', 23, 'ignored', 'cross_reference', null, 'rule:cross_reference']]);
  });

  it('takes no decimal, time of day or long number for a footnote marker', () => {
    const result = classify('It rose by 1.5 at 18:23:28 and the index.123 fell.\n');
    expect(result.rows).toEqual([]);
    expect(result.unclassified.map((numeral) => numeral.text)).toEqual(['1.5', '18', '23', '28', '123']);
  });
});

describe('classifyNumerals: annotations', () => {
  it('classifies a prose figure and its period by the annotation', () => {
    const result = classify(RULES, [{ quote: '(US$ 420 million in 1995)', observations: [{ numeral: 1, period: 2, indicator: 'trade_total', entity: 'MEX' }] }]);
    expect(summary(result).filter(([text]) => text === '420' || text === '1995')).toEqual([
      ['420', 109, 'observation', null, 'synthetic@0000109', 'annotation:synthetic/annotations#1'],
      ['1995', 124, 'period', null, 'synthetic@0000109', 'annotation:synthetic/annotations#1'],
    ]);
    expect(result.unclassified).toEqual([]);
  });

  it('classifies an ignored numeral by the annotation, before any rule', () => {
    const result = classify(RULES, [
      { quote: '(US$ 420 million in 1995)', ignore: [{ numeral: 1, reason: 'document_reference' }, { numeral: 2, reason: 'context_date' }] },
      { quote: 'see Table 4', ignore: [{ numeral: 1, reason: 'name_part' }] },
    ]);
    expect(summary(result).filter(([text]) => ['420', '1995', '4'].includes(text as string))).toEqual([
      ['4', 92, 'ignored', 'name_part', null, 'annotation:synthetic/annotations#2'],
      ['420', 109, 'ignored', 'document_reference', null, 'annotation:synthetic/annotations#1'],
      ['1995', 124, 'ignored', 'context_date', null, 'annotation:synthetic/annotations#1'],
    ]);
  });

  it('reports a numeral that one annotation makes an observation and another ignores as a conflict', () => {
    const result = classify(RULES, [
      { quote: '(US$ 420 million in 1995)', observations: [{ numeral: 1, indicator: 'trade_total', entity: 'MEX' }] },
      { quote: 'US$ 420 million', ignore: [{ numeral: 1, reason: 'document_reference' }] },
    ]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.numeral).toMatchObject({ text: '420', byteStart: 109 });
    expect(result.conflicts[0]!.claims).toEqual([
      { class: 'observation', reason: null, row_id: 'synthetic@0000109', classified_by: 'annotation:synthetic/annotations#1' },
      { class: 'ignored', reason: 'document_reference', row_id: null, classified_by: 'annotation:synthetic/annotations#2' },
    ]);
    // A numeral in conflict has no row and is not unclassified.
    expect(result.rows.some((row) => row.text === '420')).toBe(false);
    expect(result.unclassified.map((numeral) => numeral.text)).toEqual(['1995']);
  });

  it('lists a claim made twice in the same terms once', () => {
    const result = classify(RULES, [
      { quote: '(US$ 420 million in 1995)', ignore: [{ numeral: 1, reason: 'document_reference' }] },
      { quote: 'US$ 420 million', ignore: [{ numeral: 1, reason: 'document_reference' }] },
    ]);
    expect(result.conflicts).toEqual([]);
    expect(summary(result).find(([text]) => text === '420')).toEqual(['420', 109, 'ignored', 'document_reference', null, 'annotation:synthetic/annotations#1']);
  });

  it('makes a year that is both an event date and a period the event date; the day of the date too', () => {
    const text = 'Relations were established on February 14, 1972, when trade was 5 million dollars.\n';
    const result = classify(text, [
      {
        quote: 'established on February 14, 1972, when trade was 5 million dollars',
        events: [{ date: 2, type: 'diplomatic_relations', entities: ['MEX', 'CHN'], description: 'x' }],
        observations: [{ numeral: 3, period: 2, indicator: 'trade_total', entity: 'MEX' }],
      },
    ]);
    expect(summary(result)).toEqual([
      ['14', 39, 'event_date', null, 'synthetic@0000030e1', 'annotation:synthetic/annotations#1'],
      ['1972', 43, 'event_date', null, 'synthetic@0000030e1', 'annotation:synthetic/annotations#1'],
      ['5', 64, 'observation', null, 'synthetic@0000064', 'annotation:synthetic/annotations#1'],
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it('counts the year a date printed without its own counts from as that event\'s date', () => {
    const text = 'Relations began in 1962. Sixteen years later an embassy opened.\n';
    const result = classify(text, [
      { quote: 'Relations began in 1962. Sixteen years later an embassy opened', events: [{ date: { words: 'Sixteen years later', year: 1 }, type: 'institution', entities: ['MEX', 'KOR'], description: 'x' }] },
    ]);
    expect(summary(result)).toEqual([['1962', 19, 'event_date', null, 'synthetic@0000025e1', 'annotation:synthetic/annotations#1']]);
    expect(result.unclassified).toEqual([]);
  });

  it('makes a year dating two figures the period of the first', () => {
    const text = 'In 1995 exports were $5 billion and imports $7 billion.\n';
    const result = classify(text, [
      { quote: 'In 1995 exports were $5 billion', observations: [{ numeral: 2, period: 1, indicator: 'exports', entity: 'MEX' }] },
      { quote: 'In 1995 exports were $5 billion and imports $7 billion', observations: [{ numeral: 3, period: 1, indicator: 'imports', entity: 'MEX' }] },
    ]);
    // "$5" is at byte 22, "$7" at 45: the year goes to the figure listed first.
    expect(summary(result)[0]).toEqual(['1995', 3, 'period', null, 'synthetic@0000022', 'annotation:synthetic/annotations#1']);
    expect(result.conflicts).toEqual([]);
  });
});

describe('classifyNumerals: tables', () => {
  const TABLE = 'Table 4: Exports 1995\nKorea 12.5\nExports were 12.5 in 1995.\n';
  // Table 4 runs from the caption to the end of its last row (bytes 0..32); its one cell "12.5" is bytes 28..32.
  const table = {
    table: { recipeId: 'synthetic/table-4', extents: [{ byteStart: 0, byteEnd: 32 }] },
    cells: [{ cell: { byteStart: 28, byteEnd: 32 }, obsId: 'synthetic@0000028', observation: { obs_id: 'synthetic@0000028' } }],
  } as unknown as NormalizedTable;

  it('makes a table cell an observation and the other numerals of the table its headings, before any rule', () => {
    const result = classify(TABLE, [], [table]);
    expect(summary(result)).toEqual([
      // Without the table, "Table 4" would be a cross-reference.
      ['4', 6, 'ignored', 'table_heading', 'synthetic/table-4', 'table:synthetic/table-4'],
      ['1995', 17, 'ignored', 'table_heading', 'synthetic/table-4', 'table:synthetic/table-4'],
      ['12.5', 28, 'observation', null, 'synthetic@0000028', 'table:synthetic/table-4'],
    ]);
    // The same numbers in prose after the table are not the table's.
    expect(result.unclassified.map((numeral) => [numeral.text, numeral.byteStart])).toEqual([
      ['12.5', 46],
      ['1995', 54],
    ]);
  });

  it('does not take an empty cell for an observation', () => {
    const empty = { ...table, cells: [{ ...table.cells[0]!, observation: null }] } as NormalizedTable;
    expect(summary(classify(TABLE, [], [empty]))[2]).toEqual(['12.5', 28, 'ignored', 'table_heading', 'synthetic/table-4', 'table:synthetic/table-4']);
  });

  it('reports a table cell an annotation also claims as a conflict', () => {
    const result = classify(TABLE, [{ quote: 'Korea 12.5', ignore: [{ numeral: 1, reason: 'document_reference' }] }], [table]);
    expect(result.conflicts.map((conflict) => [conflict.numeral.byteStart, conflict.claims.map((claim) => claim.classified_by)])).toEqual([
      [28, ['table:synthetic/table-4', 'annotation:synthetic/annotations#1']],
    ]);
  });
});

describe('classifyNumerals: claims by span (property)', () => {
  type Span = { byteStart: number; byteEnd: number };
  type Claim = { class: string; reason: string | null; row_id: string | null; classified_by: string };
  const inside = (numeral: Numeral, span: Span) => numeral.byteStart >= span.byteStart && numeral.byteEnd <= span.byteEnd;
  const same = (a: Claim, b: Claim) => a.class === b.class && a.reason === b.reason && a.row_id === b.row_id;

  /** Every numeral's claims as first written: each numeral tested against every cell, figure, period and event, in that order. */
  function claimsOracle(claims: SourceClaims): Map<number, Claim[]> {
    const byStart = new Map<number, Claim[]>();
    const claim = (numeral: Numeral, entry: Claim) => {
      const list = byStart.get(numeral.byteStart) ?? [];
      if (!list.some((existing) => same(existing, entry))) list.push(entry);
      byStart.set(numeral.byteStart, list);
    };
    for (const numeral of claims.numerals) {
      for (const { table, cells } of claims.tables) {
        const cell = cells.find((candidate) => candidate.observation && inside(numeral, candidate.cell));
        if (cell) claim(numeral, { class: 'observation', reason: null, row_id: cell.obsId, classified_by: `table:${table.recipeId}` });
        else if (table.extents.some((extent) => inside(numeral, extent))) claim(numeral, { class: 'ignored', reason: 'table_heading', row_id: table.recipeId, classified_by: `table:${table.recipeId}` });
      }
      for (const { cell, obsId } of claims.prose) {
        if (inside(numeral, cell.number)) claim(numeral, { class: 'observation', reason: null, row_id: obsId, classified_by: `annotation:${cell.annotationId}` });
        for (const period of cell.periodSpans) if (inside(numeral, period)) claim(numeral, { class: 'period', reason: null, row_id: obsId, classified_by: `annotation:${cell.annotationId}` });
      }
      for (const { event, annotationId, anchor } of claims.events) {
        if (inside(numeral, { byteStart: event.byte_start, byteEnd: event.byte_end }) || (anchor && inside(numeral, anchor))) claim(numeral, { class: 'event_date', reason: null, row_id: event.event_id, classified_by: `annotation:${annotationId}` });
      }
    }
    for (const mark of claims.ignores) claim(mark.numeral, { class: 'ignored', reason: mark.reason, row_id: null, classified_by: `annotation:${mark.annotationId}` });
    return byStart;
  }

  it('gives each numeral the claims, in the order, that testing it against every span gives', () => {
    const text = '1995 12.5 and 7 in 2004, 3 of 40\n(Smith 1991) 8 9 10 11 2020\n';
    const bytes = Buffer.from(text, 'utf8');
    const lines = indexLines(bytes);
    const numerals = scanNumerals(lines);
    const span = fc.tuple(fc.nat(bytes.length), fc.nat(12)).map(([byteStart, width]) => ({ byteStart, byteEnd: byteStart + width }));
    const table = fc.record({ extents: fc.array(span, { maxLength: 2 }), cells: fc.array(fc.tuple(span, fc.boolean()), { maxLength: 4 }) });
    const prose = fc.record({ number: span, periods: fc.array(span, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(table, { maxLength: 3 }), fc.array(prose, { maxLength: 4 }), fc.array(span, { maxLength: 3 }), fc.subarray(numerals), (tables, figures, events, ignored) => {
        const claims = {
          source: { metadata: metadata(text), bytes, lines },
          folded: foldText(lines),
          numerals,
          tables: tables.map(({ extents, cells }, index) => ({
            table: { recipeId: `synthetic/table-${index}`, extents },
            cells: cells.map(([cell, observation], cellIndex) => ({ cell, obsId: `t${index}c${cellIndex}`, observation: observation ? {} : null })),
          })),
          prose: figures.map(({ number, periods }, index) => ({ cell: { annotationId: `synthetic/annotations#${index}`, number, periodSpans: periods }, obsId: `p${index}` })),
          events: events.map((event, index) => ({ event: { event_id: `e${index}`, byte_start: event.byteStart, byte_end: event.byteEnd }, annotationId: `synthetic/annotations#e${index}` })),
          ignores: ignored.map((numeral) => ({ sourceId: 'synthetic', annotationId: 'synthetic/annotations#i', numeral, reason: 'document_reference' })),
        } as unknown as SourceClaims;
        const expected = claimsOracle(claims);
        const result = classifyNumerals(claims);
        for (const [byteStart, list] of expected) {
          const conflict = result.conflicts.find((item) => item.numeral.byteStart === byteStart);
          const row = result.rows.find((item) => item.byte_start === byteStart);
          // One claim, or only periods and dates (the date first, else the first period), is a row; anything else a conflict with every claim.
          const winner = list.length === 1 ? list[0] : list.every((entry) => entry.class === 'period' || entry.class === 'event_date') ? (list.find((entry) => entry.class === 'event_date') ?? list[0]) : undefined;
          if (winner) expect(row && { class: row.class, reason: row.reason, row_id: row.row_id, classified_by: row.classified_by }).toEqual(winner);
          else expect(conflict?.claims).toEqual(list);
        }
      }),
      { numRuns: 300 },
    );
  });
});
