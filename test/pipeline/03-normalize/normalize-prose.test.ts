import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLines, type NumberFormat, type SourceMetadata, type SourceText } from '../../../pipeline/01-ingest/index.js';
import { anchorAnnotations, type AnchoredAnnotations } from '../../../pipeline/02-extract/anchor-annotations.js';
import { foldText } from '../../../pipeline/02-extract/fold-text.js';
import { scanNumerals } from '../../../pipeline/02-extract/scan-numerals.js';
import { EntityResolver } from '../../../pipeline/03-normalize/entities.js';
import { eventId, normalizeEvent, normalizeProse } from '../../../pipeline/03-normalize/normalize-prose.js';
import type { NormalizeContext } from '../../../pipeline/03-normalize/normalize-table.js';
import { projectRoot } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import type { Annotation } from '../../../pipeline/types/annotation.js';
import type { EntityMetadata } from '../../../pipeline/types/entity-metadata.js';
import type { IndicatorMetadata } from '../../../pipeline/types/indicator-metadata.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';
import { pipelineErrorOf } from '../../helpers/pipeline-error-of.js';

const indicators = (JSON.parse(readFileSync(new URL('../../../pipeline/03-normalize/indicators.json', import.meta.url), 'utf8')) as IndicatorMetadata).indicators;
const entities = JSON.parse(readFileSync(new URL('../../../pipeline/03-normalize/entities.json', import.meta.url), 'utf8')) as EntityMetadata;
const schemas = new SchemaRegistry(join(projectRoot, 'schemas'));

function metadata(text: string, numberFormat: NumberFormat, published: SourceMetadata['published'] = null): SourceMetadata {
  return syntheticMetadata({ kind: 'web_article', number_format: numberFormat, bytes: Buffer.byteLength(text), published });
}

/** A synthetic source, its annotations anchored, and a fresh normalize context. */
function prepare(text: string, annotations: Annotation[], numberFormat: NumberFormat = 'decimal_point', published: SourceMetadata['published'] = null): { anchored: AnchoredAnnotations; context: NormalizeContext } {
  const bytes = Buffer.from(text, 'utf8');
  const lines = indexLines(bytes);
  const source: SourceText = { metadata: metadata(text, numberFormat, published), bytes, lines };
  return {
    anchored: anchorAnnotations({ source_id: 'synthetic', annotations }, source, foldText(lines), scanNumerals(lines)),
    context: {
      sources: new Map([['synthetic', source.metadata]]),
      indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
      entities: new EntityResolver(entities),
    },
  };
}

/** The observations of every prose figure of the annotations. */
function observe(text: string, annotations: Annotation[], numberFormat: NumberFormat = 'decimal_point') {
  const { anchored, context } = prepare(text, annotations, numberFormat);
  return anchored.cells.map((cell) => normalizeProse(cell, context));
}

const TRADE = 'Two-way trade has expanded rapidly, rising from just $1.5 billion in 1995 to over $100 billion in 2021.\n';

describe('normalizeProse', () => {
  it('reads a sentence end to end: values, multiplier, qualifiers, periods', () => {
    const results = observe(TRADE, [
      {
        quote: 'rising from just $1.5 billion in 1995 to over $100 billion in 2021.',
        defaults: { indicator: 'trade_total', entity: 'MEX', partner: 'CHN' },
        observations: [{ numeral: 1, period: 2 }, { numeral: 3, period: 4 }],
      },
    ]);
    expect(results.map((result) => result.observation)).toEqual([
      {
        obs_id: 'synthetic@0000054',
        source_id: 'synthetic',
        table: null,
        row_label: null,
        column_label: null,
        line: 1,
        byte_start: 54,
        byte_end: 57,
        raw: '1.5',
        indicator: 'trade_total',
        entity: 'MEX',
        partner: 'CHN',
        period_start: '1995',
        period_end: '1995',
        period_raw: '1995',
        value: 1500000000,
        unit: 'USD',
        qualifier: 'exact',
        multiplier: 1e9,
        attributed_to: null,
        note: null,
      },
      {
        obs_id: 'synthetic@0000083',
        source_id: 'synthetic',
        table: null,
        row_label: null,
        column_label: null,
        line: 1,
        byte_start: 83,
        byte_end: 86,
        raw: '100',
        indicator: 'trade_total',
        entity: 'MEX',
        partner: 'CHN',
        period_start: '2021',
        period_end: '2021',
        period_raw: '2021',
        value: 100000000000,
        unit: 'USD',
        qualifier: 'more_than',
        multiplier: 1e9,
        attributed_to: null,
        note: null,
      },
    ]);
    expect(results[0]!.transforms).toEqual(['read "1.5" as 1.5 (decimal_point)', 'multiplied by 1e9 ("billion")', 'unit USD', 'period 1995 from "1995" (line 1)']);
    for (const { observation } of results) {
      expect(schemas.validate('observation.schema.json', observation)).toEqual({ valid: true, errors: [] });
      expect(Buffer.from(TRADE).subarray(observation.byte_start, observation.byte_end).toString()).toBe(observation.raw);
    }
  });

  it('records the entities it refers to', () => {
    const { anchored, context } = prepare(TRADE, [{ quote: 'just $1.5 billion', observations: [{ numeral: 1, indicator: 'trade_total', entity: 'MEX', partner: 'CHN' }] }]);
    normalizeProse(anchored.cells[0]!, context);
    expect(context.entities.table().map((entity) => entity.id)).toEqual(['CHN', 'MEX']);
  });

  it('reads scale words without a space and currencies before the number', () => {
    const results = observe('Investment reached USD 656.1million in 2004 and GDP is US$6.6 trillion.\n', [
      { quote: 'USD 656.1million in 2004', observations: [{ numeral: 1, period: 2, indicator: 'fdi_inflow', entity: 'KOR', partner: 'MEX' }] },
      { quote: 'GDP is US$6.6 trillion', observations: [{ numeral: 1, indicator: 'gdp', entity: 'USA' }] },
    ]);
    expect(results.map(({ observation }) => [observation.raw, observation.value, observation.multiplier, observation.period_start])).toEqual([
      ['656.1', 656100000, 1e6, '2004'],
      ['6.6', 6600000000000, 1e12, null],
    ]);
  });

  it('converts miles to kilometres, with the factor as multiplier and a note', () => {
    const [result] = observe('Mexico shares a 2,000-mile border with the United States.\n', [
      { quote: 'a 2,000-mile border', observations: [{ numeral: 1, indicator: 'border_length', entity: 'MEX', partner: 'USA' }] },
    ]);
    // 2,000 × 1.609344 = 3218.688: rounded to the four digits printed.
    expect(result!.observation).toMatchObject({ obs_id: 'synthetic@0000016', raw: '2,000', value: 3219, unit: 'km', multiplier: 1.609344, qualifier: 'exact' });
    expect(result!.observation.note).toBe('converted from miles (1 mi = 1.609344 km), rounded to 4 significant digits, as many as printed');
    expect(result!.transforms).toContain('converted from miles (1 mi = 1.609344 km), rounded to 4 significant digits, as many as printed');
  });

  it('keeps a converted value to the significant digits printed, decimals, scale words and number words included', () => {
    const text = 'A 2.5-mile bridge, a 7 mile road, 0.50 miles of wall, a 1.2 million square mile basin and two thousand miles of coast.\n';
    const results = observe(text, [
      { quote: 'A 2.5-mile bridge', observations: [{ numeral: 1, indicator: 'border_length', entity: 'MEX' }] },
      { quote: 'a 7 mile road', observations: [{ numeral: 1, indicator: 'border_length', entity: 'MEX' }] },
      { quote: '0.50 miles of wall', observations: [{ numeral: 1, indicator: 'border_length', entity: 'MEX' }] },
      { quote: 'a 1.2 million square mile basin', observations: [{ numeral: 1, indicator: 'surface_area', entity: 'MEX' }] },
      { quote: 'two thousand miles of coast', observations: [{ words: 'two thousand', indicator: 'border_length', entity: 'MEX' }] },
    ]);
    // 4.02336 km; 11.265408; 0.804672; 3107985.7 km²; 3218.688.
    expect(results.map(({ observation }) => [observation.raw, observation.value, observation.multiplier])).toEqual([
      ['2.5', 4, 1.609344],
      ['7', 10, 1.609344],
      ['0.50', 0.80, 1.609344],
      ['1.2', 3100000, 2589988.11034],
      ['two thousand', 3219, 1.609344],
    ]);
    expect(results.map(({ observation }) => /rounded to (\d+) significant digits?,/.exec(observation.note ?? '')?.[1])).toEqual(['2', '1', '2', '2', '4']);
  });

  it('joins the annotation note and the conversion note', () => {
    const [result] = observe('Mexico shares a 2,000-mile border with the United States.\n', [
      { quote: 'a 2,000-mile border', observations: [{ numeral: 1, indicator: 'border_length', entity: 'MEX', partner: 'USA', note: 'Land border.' }] },
    ]);
    expect(result!.observation.note).toBe('Land border. converted from miles (1 mi = 1.609344 km), rounded to 4 significant digits, as many as printed');
  });

  it('rejects a money figure printed without a currency word (UNIT_MISMATCH) unless the currency is implied', () => {
    const text = 'Exports reached 5.3 billion in 2004.\n';
    const quote = 'Exports reached 5.3 billion in 2004.';
    const { anchored, context } = prepare(text, [{ quote, observations: [{ numeral: 1, period: 2, indicator: 'exports', entity: 'KOR', partner: 'MEX' }] }]);
    const error = pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toContain('synthetic/annotations#1');
    expect(error.context).toMatchObject({ file: 'raw/synthetic.txt', line: 1, column: 17, recipe: 'synthetic/annotations#1', seen: 'Exports reached ⟦5.3⟧ billion in 2004.' });
    expect(error.context.expected).toContain('currency_implied');

    const [implied] = observe(text, [{ quote, observations: [{ numeral: 1, period: 2, indicator: 'exports', entity: 'KOR', partner: 'MEX', currency_implied: 'the report counts in dollars throughout' }] }]);
    expect(implied!.observation).toMatchObject({ value: 5300000000, unit: 'USD', multiplier: 1e9 });
    expect(implied!.transforms).toContain('currency implied: the report counts in dollars throughout');
  });

  it('rejects units that do not fit the indicator', () => {
    const cases: [string, string, string][] = [
      // A share needs a percent sign or word.
      ['The share was 13 of the total.', 'The share was 13 of the total.', 'exports_share'],
      // People are counted in no currency.
      ['Some $300 people came.', 'Some $300 people came.', 'immigrants'],
      // A length is no area.
      ['It covers 2,000 miles.', 'It covers 2,000 miles.', 'surface_area'],
    ];
    for (const [text, quote, indicator] of cases) {
      const { anchored, context } = prepare(text, [{ quote, observations: [{ numeral: 1, indicator, entity: 'MEX' }] }]);
      expect(pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context)).code, text).toBe('UNIT_MISMATCH');
    }
  });

  it('makes a range two observations, range_low and range_high', () => {
    const results = observe('An estimated 300,000 to 500,000 per year crossed the border in the 1990s.\n', [
      { quote: 'An estimated 300,000 to 500,000 per year crossed the border in the 1990s', observations: [{ range: [1, 2], period: 3, indicator: 'migrants_per_year', entity: 'MEX', partner: 'USA' }] },
    ]);
    expect(results.map(({ observation }) => [observation.obs_id, observation.raw, observation.value, observation.unit, observation.qualifier, observation.period_start, observation.period_end])).toEqual([
      ['synthetic@0000013', '300,000', 300000, 'persons', 'range_low', '1990', '1999'],
      ['synthetic@0000024', '500,000', 500000, 'persons', 'range_high', '1990', '1999'],
    ]);
  });

  it('dates a figure by a span of years', () => {
    const [result] = observe('Trade grew by 12% from 1995 to 2000.', [{ quote: 'Trade grew by 12% from 1995 to 2000.', observations: [{ numeral: 1, period: [2, 3], indicator: 'trade_total_growth', entity: 'MEX' }] }]);
    expect(result!.observation).toMatchObject({ value: 12, unit: 'percent', multiplier: 1, period_start: '1995', period_end: '2000' });
  });

  it('rejects a period numeral that is no year', () => {
    const { anchored, context } = prepare('Trade grew by 12% in 95 days.', [{ quote: 'grew by 12% in 95 days', observations: [{ numeral: 1, period: 2, indicator: 'trade_total_growth', entity: 'MEX' }] }]);
    const error = pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context));
    expect(error.code).toBe('PERIOD_UNPARSEABLE');
    expect(error.context.seen).toBe('95');
  });

  it('reads percentages, exchange rates and ranks', () => {
    const text = 'Exports to the US were 10.2% of the total and 13 percent of GDP; the peso fell to 20.7 pesos per U.S. dollar; Mexico is the 26th largest economy.\n';
    const results = observe(text, [
      { quote: 'were 10.2% of the total', observations: [{ numeral: 1, indicator: 'exports_share', entity: 'MEX', partner: 'USA' }] },
      { quote: 'and 13 percent of GDP', observations: [{ numeral: 1, indicator: 'exports_share_of_gnp', entity: 'MEX' }] },
      { quote: 'fell to 20.7 pesos per U.S. dollar', observations: [{ numeral: 1, indicator: 'exchange_rate', entity: 'MEX' }] },
      { quote: 'the 26th largest economy', observations: [{ numeral: 1, indicator: 'economy_size_rank', entity: 'MEX' }] },
    ]);
    expect(results.map(({ observation }) => [observation.raw, observation.value, observation.unit, observation.multiplier])).toEqual([
      ['10.2', 10.2, 'percent', 1],
      ['13', 13, 'percent', 1],
      ['20.7', 20.7, 'MXN_per_USD', 1],
      ['26', 26, 'rank', 1],
    ]);
  });

  it('reads quantities in words: fractions and ratios in percent, ordinals as ranks, with their qualifier', () => {
    const text = 'Almost one-third of them were women, three out of every five were young, and China became the second trading partner.\n';
    const results = observe(text, [
      { quote: 'Almost one-third of them', observations: [{ words: 'one-third', indicator: 'latino_population_origin_share', entity: 'USA' }] },
      { quote: 'three out of every five were young', observations: [{ words: 'three out of every five', indicator: 'latino_population_origin_share', entity: 'USA' }] },
      { quote: 'the second trading partner', observations: [{ words: 'second', indicator: 'trading_partner_rank', entity: 'CHN', partner: 'MEX' }] },
    ]);
    expect(results.map(({ observation }) => [observation.raw, observation.value, observation.unit, observation.qualifier])).toEqual([
      ['one-third', 33.3333333333, 'percent', 'less_than'],
      ['three out of every five', 60, 'percent', 'exact'],
      ['second', 2, 'rank', 'exact'],
    ]);
    expect(results[0]!.transforms[0]).toBe('read the words "one-third" as 33.3333333333 (fraction, in percent)');
    expect(results[2]!.transforms[0]).toBe('read the words "second" as 2 (ordinal)');
  });

  it('rejects a fraction for a count or a cardinal for a rank', () => {
    const { anchored, context } = prepare('Half of them came.', [{ quote: 'Half of them came.', observations: [{ words: 'Half', indicator: 'immigrants', entity: 'MEX' }] }]);
    expect(pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context)).code).toBe('UNIT_MISMATCH');
    const ranked = prepare('Mexico came twelve in the list.', [{ quote: 'came twelve in', observations: [{ words: 'twelve', indicator: 'trading_partner_rank', entity: 'MEX' }] }]);
    expect(pipelineErrorOf(() => normalizeProse(ranked.anchored.cells[0]!, ranked.context)).code).toBe('UNIT_MISMATCH');
  });

  it('multiplies a number in words by the scale word after it', () => {
    const [result] = observe('Some two million people crossed.', [{ quote: 'Some two million people', observations: [{ words: 'two', indicator: 'immigrants', entity: 'MEX' }] }]);
    expect(result!.observation).toMatchObject({ raw: 'two', value: 2000000, multiplier: 1e6, unit: 'persons', qualifier: 'approx' });
  });

  it('lets the annotation state the qualifier and the category', () => {
    const [result] = observe(TRADE, [{ quote: 'just $1.5 billion', observations: [{ numeral: 1, indicator: 'trade_total', entity: 'MEX', qualifier: 'approx', category: 'goods' }] }]);
    expect(result!.observation).toMatchObject({ qualifier: 'approx', row_label: 'goods', partner: null, period_start: null, period_end: null });
  });

  it('rejects a number its source format cannot read, unless the observation names the other format', () => {
    const text = 'Trade reached US$ 1,5 billion and later US$ 2.5 billion.\n';
    const { anchored, context } = prepare(text, [{ quote: 'US$ 1,5 billion and later US$ 2.5 billion', observations: [{ numeral: 2, indicator: 'trade_total', entity: 'MEX' }] }], 'decimal_comma');
    const error = pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context));
    expect(error.code).toBe('NUMBER_UNPARSEABLE');
    expect(error.context).toMatchObject({ file: 'raw/synthetic.txt', line: 1, column: 45, recipe: 'synthetic/annotations#1', seen: '2.5' });

    const results = observe(text, [{ quote: 'US$ 1,5 billion and later US$ 2.5 billion', observations: [{ numeral: 1, indicator: 'trade_total', entity: 'MEX' }, { numeral: 2, indicator: 'trade_total', entity: 'MEX', number_format: 'decimal_point' }] }], 'decimal_comma');
    expect(results.map(({ observation }) => observation.value)).toEqual([1500000000, 2500000000]);
    expect(results[1]!.transforms[0]).toBe('read "2.5" as 2.5 (decimal_point)');
  });

  it('rejects words that are no quantity', () => {
    const { anchored, context } = prepare('It rose several times.', [{ quote: 'rose several times', observations: [{ words: 'several', indicator: 'state_visits', entity: 'MEX' }] }]);
    const error = pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context));
    expect(error.code).toBe('NUMBER_UNPARSEABLE');
    expect(error.context.seen).toBe('several');
  });

  it('rejects an unknown or missing indicator', () => {
    const unknown = prepare(TRADE, [{ quote: 'just $1.5 billion', observations: [{ numeral: 1, indicator: 'no_such_indicator', entity: 'MEX' }] }]);
    const error = pipelineErrorOf(() => normalizeProse(unknown.anchored.cells[0]!, unknown.context));
    expect(error.code).toBe('INDICATOR_UNKNOWN');
    expect(error.context).toMatchObject({ file: 'pipeline/02-extract/annotations/synthetic.json', recipe: 'synthetic/annotations#1', seen: 'no_such_indicator' });
    const missing = prepare(TRADE, [{ quote: 'just $1.5 billion', observations: [{ numeral: 1, entity: 'MEX' }] }]);
    expect(pipelineErrorOf(() => normalizeProse(missing.anchored.cells[0]!, missing.context)).context.seen).toBe('(none)');
  });

  it('rejects an unknown entity or partner, and a figure without an entity', () => {
    const cases: Annotation['observations'] = [
      { numeral: 1, indicator: 'trade_total', entity: 'XXX' },
      { numeral: 1, indicator: 'trade_total', entity: 'MEX', partner: 'Narnia' },
      { numeral: 1, indicator: 'trade_total' },
    ];
    for (const spec of cases!) {
      const { anchored, context } = prepare(TRADE, [{ quote: 'just $1.5 billion', observations: [spec] }]);
      expect(pipelineErrorOf(() => normalizeProse(anchored.cells[0]!, context)).code, JSON.stringify(spec)).toBe('ENTITY_UNKNOWN');
    }
  });
});

describe('normalizeEvent and eventId', () => {
  it('gives an event id from the date offset and the ordinal', () => {
    expect(eventId('synthetic', 53, 1)).toBe('synthetic@0000053e1');
    expect(eventId('x', 1234567, 12)).toBe('x@1234567e12');
  });

  it('reads an event: date as truncated ISO 8601, entities sorted and unique', () => {
    const text = 'Mexico and China established diplomatic relations on February 14, 1972.\n';
    const { anchored, context } = prepare(text, [
      { quote: 'established diplomatic relations on February 14, 1972', events: [{ date: 2, type: 'diplomatic_relations', entities: ['MEX', 'CHN', 'MEX'], description: 'Diplomatic relations established' }] },
    ]);
    const event = normalizeEvent(anchored.events[0]!, context);
    expect(event).toEqual({
      event_id: 'synthetic@0000053e1',
      date: '1972-02-14',
      date_end: null,
      date_precision: 'day',
      type: 'diplomatic_relations',
      entities: ['CHN', 'MEX'],
      description: 'Diplomatic relations established',
      source_id: 'synthetic',
      line: 1,
      byte_start: 53,
      byte_end: 70,
      raw: 'February 14, 1972',
      raw_normalized: 'February 14, 1972',
      date_anchor: null,
    });
    expect(schemas.validate('event.schema.json', event)).toEqual({ valid: true, errors: [] });
  });

  it('reads a month broken across a line by a hyphen, keeping the raw bytes', () => {
    const text = 'Mexico and China established diplomatic relations on Feb-\nruary 14, 1972.\n';
    const { anchored, context } = prepare(text, [{ quote: 'relations on February 14, 1972', events: [{ date: 2, type: 'diplomatic_relations', entities: ['MEX', 'CHN'], description: 'Relations' }] }]);
    expect(normalizeEvent(anchored.events[0]!, context)).toMatchObject({ date: '1972-02-14', date_precision: 'day', byte_start: 53, byte_end: 72, raw: 'Feb-\nruary 14, 1972', raw_normalized: 'February 14, 1972', line: 1 });
  });

  it('reads month and year precision and a bare year', () => {
    const text = 'Signed on 25 January 2017. Joined in September 1994. Founded in 1905.\n';
    const { anchored, context } = prepare(text, [
      { quote: 'Signed on 25 January 2017', events: [{ date: 2, type: 'agreement', entities: ['MEX'], description: 'a' }] },
      { quote: 'Joined in September 1994', events: [{ date: 1, type: 'membership', entities: ['MEX', 'OECD'], description: 'b' }] },
      { quote: 'Founded in 1905', events: [{ date: 1, type: 'institution', entities: ['MEX'], description: 'c' }] },
    ]);
    expect(anchored.events.map((cell) => normalizeEvent(cell, context)).map((event) => [event.date, event.date_precision, event.raw, event.entities])).toEqual([
      ['2017-01-25', 'day', '25 January 2017', ['MEX']],
      ['1994-09', 'month', 'September 1994', ['MEX', 'OECD']],
      ['1905', 'year', '1905', ['MEX']],
    ]);
  });

  it('reads an event the text gives as a span as one event from date to date_end, the printed span in raw', () => {
    const text = 'The Commission met (30 September-1 October,\n2002 in Seoul) and the plan ran in 1989/1990.\n';
    const { anchored, context } = prepare(text, [
      { quote: 'met (30 September-1 October, 2002 in Seoul)', events: [{ date: 1, date_end: 3, type: 'other', entities: ['MEX', 'KOR'], description: 'a meeting' }] },
      { quote: 'ran in 1989/1990', events: [{ date: 1, date_end: 2, type: 'policy', entities: ['MEX'], description: 'a plan' }] },
    ]);
    const [meeting, plan] = anchored.events.map((cell) => normalizeEvent(cell, context));
    expect(meeting).toMatchObject({ date: '2002-09-30', date_end: '2002-10-01', date_precision: 'day', raw: '30 September-1 October,\n2002', raw_normalized: '30 September-1 October, 2002', byte_start: 20, line: 1 });
    expect(plan).toMatchObject({ date: '1989', date_end: '1990', date_precision: 'year', raw: '1989/1990' });
    for (const event of [meeting, plan]) expect(schemas.validate('event.schema.json', event)).toEqual({ valid: true, errors: [] });
  });

  it('rejects a span that ends before it starts, and a date_end numeral before date', () => {
    const text = 'It ran in 1995 and 1994.\n';
    const backwards = prepare(text, [{ quote: 'ran in 1995 and 1994', events: [{ date: 1, date_end: 2, type: 'policy', entities: ['MEX'], description: 'x' }] }]);
    expect(pipelineErrorOf(() => normalizeEvent(backwards.anchored.events[0]!, backwards.context)).code).toBe('PERIOD_UNPARSEABLE');
    expect(pipelineErrorOf(() => prepare(text, [{ quote: 'ran in 1995 and 1994', events: [{ date: 2, date_end: 1, type: 'policy', entities: ['MEX'], description: 'x' }] }])).code).toBe('ANNOTATION_INVALID');
  });

  it('rejects a date numeral that is no year, and an unknown entity', () => {
    const text = 'Mexico and China established diplomatic relations on February 14, 1972.\n';
    const notYear = prepare(text, [{ quote: 'on February 14, 1972', events: [{ date: 1, type: 'diplomatic_relations', entities: ['MEX'], description: 'x' }] }]);
    expect(pipelineErrorOf(() => normalizeEvent(notYear.anchored.events[0]!, notYear.context)).code).toBe('PERIOD_UNPARSEABLE');
    const unknown = prepare(text, [{ quote: 'on February 14, 1972', events: [{ date: 2, type: 'diplomatic_relations', entities: ['MEX', 'ZZZ'], description: 'x' }] }]);
    expect(pipelineErrorOf(() => normalizeEvent(unknown.anchored.events[0]!, unknown.context)).code).toBe('ENTITY_UNKNOWN');
  });
});

describe('normalizeProse: values the CSVs cannot hold', () => {
  it('stops with NUMBER_INEXACT at the number when it has more digits than a double keeps', () => {
    const text = 'Intro.\nDebts reached $123,456,789,012,345,678 billion in 2021.\n';
    const error = pipelineErrorOf(() => observe(text, [{ quote: 'Debts reached $123,456,789,012,345,678 billion in 2021.', defaults: { indicator: 'trade_total', entity: 'MEX', partner: 'CHN' }, observations: [{ numeral: 1, period: 2 }] }]));
    expect(error.code).toBe('NUMBER_INEXACT');
    expect(error.context).toMatchObject({ file: 'raw/synthetic.txt', line: 2, column: 16, seen: '123,456,789,012,345,678', recipe: 'synthetic/annotations#1' });
    expect(error.message).toContain('not as 123456789012345678000000000');
  });

  it('publishes a large figure that a double keeps exactly in plain digits', () => {
    const [result] = observe('Debts reached $100 trillion in 2021.\n', [{ quote: 'Debts reached $100 trillion in 2021.', defaults: { indicator: 'trade_total', entity: 'MEX', partner: 'CHN' }, observations: [{ numeral: 1, period: 2 }] }]);
    expect(result!.observation.value).toBe(1e14);
  });
});

describe('periods in words and relative dates', () => {
  const SEPTEMBER_2001 = { date: '2001-09', precision: 'month' as const };

  it('reads a range of months as a range, and says where the period was read in the transforms', () => {
    const text = 'From January to August 2003 China supplied 11.4% of US imports (in that period, Mexico 10.9%).\n';
    const [china, mexico] = observe(text, [
      {
        quote: 'From January to August 2003 China supplied 11.4% of US imports (in that period, Mexico 10.9%)',
        defaults: { indicator: 'imports_share', entity: 'USA' },
        observations: [
          { numeral: 2, partner: 'CHN', period: { words: 'January to August 2003' } },
          { numeral: 3, partner: 'MEX', period: { words: 'January to August 2003', referred_by: 'in that period' } },
        ],
      },
    ]);
    expect(china!.observation).toMatchObject({ period_start: '2003-01', period_end: '2003-08', period_raw: 'January to August 2003' });
    expect(mexico!.observation).toMatchObject({ period_start: '2003-01', period_end: '2003-08', period_raw: 'January to August 2003' });
    expect(mexico!.transforms).toContain('period 2003-01…2003-08 from "January to August 2003" (line 1) ("in that period" refers to it)');
  });

  it('counts "last year" and "this year" from the publication date, and refuses them in a source without one', () => {
    const text = "Last year's census counted 5 million; this year 10 billion dollars were sent home.\n";
    const annotations: Annotation[] = [
      { quote: "Last year's census counted 5 million", observations: [{ numeral: 1, indicator: 'immigrants_unauthorized', entity: 'USA', period: { words: 'Last year' } }] },
      { quote: 'this year 10 billion dollars', observations: [{ numeral: 1, indicator: 'remittances_received', entity: 'MEX', period: { words: 'this year' } }] },
    ];
    const { anchored, context } = prepare(text, annotations, 'decimal_point', SEPTEMBER_2001);
    const [census, remittances] = anchored.cells.map((cell) => normalizeProse(cell, context));
    expect(census!.observation).toMatchObject({ period_start: '2000', period_end: '2000', period_raw: 'Last year' });
    expect(census!.transforms.at(-1)).toBe('period 2000 from "Last year" (line 1), counted from the source\'s publication date 2001-09');
    expect(remittances!.observation).toMatchObject({ period_start: '2001', period_end: '2001', period_raw: 'this year' });
    const undated = prepare(text, annotations);
    expect(pipelineErrorOf(() => normalizeProse(undated.anchored.cells[0]!, undated.context))).toMatchObject({ code: 'PERIOD_UNPARSEABLE', context: { line: 1, seen: 'Last year' } });
  });

  it('publishes a stated length of time in years', () => {
    const [result] = observe('For the 71 years it was dominated by one party.\n', [
      { quote: 'For the 71 years it was dominated', observations: [{ numeral: 1, indicator: 'one_party_rule_duration', entity: 'MEX' }] },
    ]);
    expect(result!.observation).toMatchObject({ value: 71, unit: 'years', period_start: null, period_raw: null });
  });

  it('dates an event "October 1 of the same year" by the year printed before it, and says so in date_anchor', () => {
    const text = 'The treaty was signed on May 2, 1990, and entered into force on October 1 of the same year.\n';
    const { anchored, context } = prepare(text, [
      {
        quote: 'signed on May 2, 1990, and entered into force on October 1 of the same year',
        events: [
          { date: 2, type: 'agreement', entities: ['MEX', 'KOR'], description: 'signed' },
          { date: { words: 'October 1 of the same year', year: 2 }, type: 'in_force', entities: ['MEX', 'KOR'], description: 'in force' },
        ],
      },
    ]);
    const [signed, inForce] = anchored.events.map((cell) => normalizeEvent(cell, context));
    expect(signed).toMatchObject({ date: '1990-05-02', date_precision: 'day', raw: 'May 2, 1990', date_anchor: null });
    expect(inForce).toMatchObject({ date: '1990-10-01', date_precision: 'day', raw: 'October 1 of the same year', date_anchor: '1990' });
    expect(text.slice(inForce!.byte_start, inForce!.byte_end)).toBe('October 1 of the same year');
  });

  it('dates "sixteen years later" from a printed year and "This past April" from the publication date', () => {
    const text = 'This past April a senator visited. Relations began in 1962. Sixteen years later an embassy opened.\n';
    const { anchored, context } = prepare(text, [
      { quote: 'This past April a senator visited', events: [{ date: { words: 'This past April' }, type: 'visit', entities: ['USA', 'MEX'], description: 'visit' }] },
      { quote: 'Relations began in 1962. Sixteen years later an embassy opened', events: [{ date: { words: 'Sixteen years later', year: 1 }, type: 'institution', entities: ['MEX', 'KOR'], description: 'embassy' }] },
    ], 'decimal_point', SEPTEMBER_2001);
    const [visit, embassy] = anchored.events.map((cell) => normalizeEvent(cell, context));
    expect(visit).toMatchObject({ date: '2001-04', date_precision: 'month', date_anchor: '2001-09' });
    expect(embassy).toMatchObject({ date: '1978', date_precision: 'year', date_anchor: '1962' });
    const undated = prepare(text, [{ quote: 'This past April a senator visited', events: [{ date: { words: 'This past April' }, type: 'visit', entities: ['USA', 'MEX'], description: 'visit' }] }]);
    expect(pipelineErrorOf(() => normalizeEvent(undated.anchored.events[0]!, undated.context))).toMatchObject({ code: 'PERIOD_UNPARSEABLE', context: { seen: 'This past April' } });
  });
});
