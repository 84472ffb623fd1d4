import { describe, expect, it } from 'vitest';
import { matchIndicators, nameIndicators, stem } from '../../../pipeline/draft/match-indicator.js';
import type { Indicator } from '../../../src/types/indicator.js';

/** A made-up indicator table: [id, label, unit, aliases]; descriptions are left neutral so that only the words matched decide. */
function table(rows: readonly [string, string, Indicator['unit'], string[]?][]) {
  const indicators = rows.map(([id, label, unit]): Indicator => ({ id, label, unit, description: 'A figure.' }));
  return nameIndicators(indicators, new Map(rows.map(([id, , , aliases]) => [id, aliases ?? []])));
}

/** The best indicator of unit for the figure printed as `figure` in the sentence (its first occurrence), with the sentence's other figures given. */
function best(named: ReturnType<typeof table>, unit: Indicator['unit'], sentence: string, figure: string, where: { others?: string[]; clauseEnd?: string; own?: boolean } = {}) {
  const at = sentence.indexOf(figure);
  const figures = [at, ...(where.others ?? []).map((other) => sentence.indexOf(other))];
  const clause = { start: 0, end: where.clauseEnd ? sentence.indexOf(where.clauseEnd) : sentence.length };
  // The figure's own words as draft-annotations gives them: between the commas around it.
  const own = where.own ? { start: sentence.lastIndexOf(', ', at) + 2, end: clause.end } : clause;
  return matchIndicators(named, unit, sentence, at, new Map(), { clause, own, figures })[0]!.id;
}

const exportsKinds = table([
  ['exports_share', 'Exports, share of total', 'percent'],
  ['exports_growth', 'Exports, change', 'percent', ['exports increased']],
]);

describe('stem', () => {
  it('gives one stem to the forms of a word: a silent e, -ness, -ally', () => {
    expect(stem('living')).toBe(stem('live'));
    expect(stem('traded')).toBe(stem('trade'));
    expect(stem('competitiveness')).toBe(stem('competitive'));
    expect(stem('annually')).toBe(stem('annual'));
    expect(stem('exports')).toBe('export');
  });
});

describe('matchIndicators', () => {
  it('takes the indicator of change for a figure of change, and a share for a level reached, where a verb of change names nothing', () => {
    expect(best(exportsKinds, 'percent', 'Chilean exports to Peru grew by 14% in 2001.', '14')).toBe('exports_growth');
    expect(best(exportsKinds, 'percent', 'Trade increased by 20%, and Chilean exports by 14%.', '14')).toBe('exports_growth');
    expect(best(exportsKinds, 'percent', 'The share of Chilean exports to Peru increased to 14% in 2001.', '14')).toBe('exports_share');
  });

  it('takes the indicator counted per year where words of each year go with the figure', () => {
    const named = table([
      ['migrants', 'Migrants', 'persons'],
      ['migrants_per_year', 'Migrants per year', 'persons'],
    ]);
    expect(best(named, 'persons', 'Some 3,000 migrants settle in the north annually.', '3,000')).toBe('migrants_per_year');
    expect(best(named, 'persons', 'Some 3,000 migrants settled in the north in 1990.', '3,000')).toBe('migrants');
  });

  it('prefers the word right next to the figure ("a surplus of") over one a few words off', () => {
    const named = table([
      ['trade_total', 'Total trade', 'USD', ['trade']],
      ['trade_balance', 'Trade balance', 'USD', ['surplus']],
    ]);
    expect(best(named, 'USD', "Official figures show Peru's trade surplus of 2 billion dollars.", '2')).toBe('trade_balance');
  });

  it('reads what a percentage is "of" as what it is a share of, and passes over what a later comma adds', () => {
    const named = table([
      ['exports_share', 'Exports, share of total', 'percent'],
      ['imports_share', 'Imports, share of total', 'percent'],
      ['fdi_share', 'Foreign direct investment, share of total', 'percent'],
    ]);
    expect(best(named, 'percent', "Chilean exports to Peru were smaller than imports, at 0.5% of the country's total exports.", '0.5')).toBe('exports_share');
    expect(best(named, 'percent', 'Nearly 90 percent of Chilean exports go to Asia, which is also the main source of foreign direct investment.', '90')).toBe('exports_share');
  });

  it('reads exports and imports together as trade', () => {
    const named = table([
      ['exports_share', 'Exports, share of total', 'percent'],
      ['trade_share_of_region', "Share of the region's trade", 'percent'],
    ]);
    expect(best(named, 'percent', 'Peru takes part in 30% of total exports and imports in the Andean region.', '30')).toBe('trade_share_of_region');
    expect(best(named, 'percent', 'Peru takes part in 30% of total exports in the Andean region.', '30')).toBe('exports_share');
  });

  it('leaves the words before another figure of a list to that figure', () => {
    const named = table([
      ['exports_oil_share', 'Exports, share of oil and mineral products', 'percent'],
      ['exports_manufactures_share', 'Exports, share of manufactures', 'percent', ['manufactures']],
    ]);
    const sentence = 'Oil and mineral products made up 60% and manufactures 30% of total exports.';
    expect(best(named, 'percent', sentence, '60', { others: ['30'] })).toBe('exports_oil_share');
    expect(best(named, 'percent', sentence, '30', { others: ['60'] })).toBe('exports_manufactures_share');
  });

  it('gives the figures of a list read "respectively" the indicators named, in order', () => {
    const named = table([
      ['economy_rank', 'Rank by size of the economy', 'rank'],
      ['trade_rank', 'Rank by trading volume', 'rank'],
    ]);
    const sentence = 'Peru ranks the 30th and the 41st by the size of its economy and its trading volume, respectively.';
    expect(best(named, 'rank', sentence, '30', { others: ['41'] })).toBe('economy_rank');
    expect(best(named, 'rank', sentence, '41', { others: ['30'] })).toBe('trade_rank');
  });

  it('reads the words of the amount a percentage follows after a comma', () => {
    const named = table([
      ['exports_share', 'Exports, share of total', 'percent'],
      ['exports_fruit_share', 'Fruit exports, share of total', 'percent'],
    ]);
    expect(best(named, 'percent', 'In 2002 fruit exports reached USD 780 million, 48% of total exports.', '48', { others: ['780'], own: true })).toBe('exports_fruit_share');
  });

  it('scores an indicator named twice in other words above one named once, and leaves a later clause its own subject', () => {
    const named = table([
      ['agriculture_gdp_share', 'Agriculture, share of GDP', 'percent'],
      ['industry_gdp_share', 'Industry, share of GDP', 'percent', ['industrial']],
    ]);
    expect(best(named, 'percent', 'Today industrial output accounts for almost 42% of total GDP, while agriculture makes up 4%.', '42', { others: ['4%'], clauseEnd: ', while' })).toBe('industry_gdp_share');
  });
});
