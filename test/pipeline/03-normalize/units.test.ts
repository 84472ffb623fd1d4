import { describe, expect, it } from 'vitest';
import { readPrintedUnit } from '../../../pipeline/03-normalize/units.js';

const NONE = { exponent: 0, scaleWord: null, unit: null, conversion: 1, conversionNote: null, currency: false };

describe('readPrintedUnit: scale words and currency', () => {
  it('"$1.5 billion": exponent 9, in dollars', () => {
    expect(readPrintedUnit('rising from just $', ' billion in 1995 to over $100 billion in 2021.')).toEqual({
      exponent: 9,
      scaleWord: 'billion',
      unit: 'USD',
      conversion: 1,
      conversionNote: null,
      currency: true,
    });
  });

  it('"USD 656.1million" (no space before the scale word): exponent 6', () => {
    expect(readPrintedUnit('a total of USD ', 'million in 2004')).toMatchObject({ exponent: 6, scaleWord: 'million', unit: 'USD', currency: true });
  });

  it('"US$6.6 trillion": exponent 12', () => {
    expect(readPrintedUnit('a GDP of US$', ' trillion')).toMatchObject({ exponent: 12, scaleWord: 'trillion', unit: 'USD', currency: true });
  });

  it('"360 million consumers": exponent 6, no currency and no unit', () => {
    expect(readPrintedUnit('a market of ', ' million consumers')).toEqual({ ...NONE, exponent: 6, scaleWord: 'million' });
  });

  it('reads every scale word, plural, hyphenated and abbreviated', () => {
    const cases: [string, number, string][] = [
      [' thousand people', 3, 'thousand'],
      [' thousands of people', 3, 'thousand'],
      ['-million border crossings', 6, 'million'],
      [' Billion dollars', 9, 'Billion'],
      [' mn', 6, 'mn'],
      [' bn in 2020', 9, 'bn'],
      ['bn', 9, 'bn'],
    ];
    for (const [after, exponent, scaleWord] of cases) expect(readPrintedUnit('', after), after).toMatchObject({ exponent, scaleWord });
  });

  it('does not take the start of a longer word for a scale word', () => {
    expect(readPrintedUnit('', ' millionaires')).toMatchObject({ exponent: 0, scaleWord: null });
    expect(readPrintedUnit('', ' bnb')).toMatchObject({ exponent: 0, scaleWord: null });
  });

  it('finds the currency named before the number or after its scale word', () => {
    for (const before of ['$', 'US$', 'US $', 'US-$', 'U.S.$', 'USD ', 'usd', 'US dollars ', 'US dollar ']) {
      expect(readPrintedUnit(before, ''), before).toMatchObject({ currency: true, unit: 'USD' });
    }
    for (const after of [' dollars', ' billion dollars', ' million US dollars', ' million U.S. dollars', ' billion USD', ' dollar']) {
      expect(readPrintedUnit('', after), after).toMatchObject({ currency: true, unit: 'USD' });
    }
  });

  it('needs the currency next to the number', () => {
    expect(readPrintedUnit('$ 5 and then ', ' billion')).toMatchObject({ currency: false, unit: null });
    expect(readPrintedUnit('', ' billion in trade, in dollars')).toMatchObject({ currency: false, unit: null });
    expect(readPrintedUnit('', ' pesos')).toMatchObject({ currency: false, unit: null });
  });

  it('gives nothing when no word is printed', () => {
    expect(readPrintedUnit('', '')).toEqual(NONE);
    expect(readPrintedUnit('in ', ' people')).toEqual(NONE);
  });

  it('"71 years": a length of time in years', () => {
    expect(readPrintedUnit('For the ', ' years it was dominated')).toEqual({ ...NONE, unit: 'years' });
    expect(readPrintedUnit('', ' year')).toEqual({ ...NONE, unit: 'years' });
    expect(readPrintedUnit('', ' yearly')).toEqual(NONE);
  });
});

describe('readPrintedUnit: units', () => {
  it('"10.2%" and "13 percent": percent', () => {
    expect(readPrintedUnit('', '% of exports')).toEqual({ ...NONE, unit: 'percent' });
    expect(readPrintedUnit('', ' percent of exports')).toEqual({ ...NONE, unit: 'percent' });
    expect(readPrintedUnit('', ' per cent')).toMatchObject({ unit: 'percent' });
    expect(readPrintedUnit('', ' percentage points')).toMatchObject({ unit: 'percent' });
    expect(readPrintedUnit('', ' %')).toMatchObject({ unit: 'percent' });
  });

  it('"2,000-mile border": km, converted at 1.609344', () => {
    expect(readPrintedUnit('a ', '-mile border')).toEqual({
      exponent: 0,
      scaleWord: null,
      unit: 'km',
      conversion: 1.609344,
      conversionNote: 'converted from miles (1 mi = 1.609344 km)',
      currency: false,
    });
    expect(readPrintedUnit('', ' miles long')).toMatchObject({ unit: 'km', conversion: 1.609344 });
    expect(readPrintedUnit('', ' mi')).toMatchObject({ unit: 'km', conversion: 1.609344 });
  });

  it('square miles: km2, converted at 2.589988110336', () => {
    expect(readPrintedUnit('', ' square miles')).toMatchObject({ unit: 'km2', conversion: 2.589988110336 });
    expect(readPrintedUnit('', ' million square miles')).toMatchObject({ exponent: 6, unit: 'km2', conversion: 2.589988110336 });
    expect(readPrintedUnit('', ' square miles').conversionNote).toContain('square miles');
  });

  it('kilometres and square kilometres need no conversion', () => {
    expect(readPrintedUnit('', ' kilometers')).toMatchObject({ unit: 'km', conversion: 1, conversionNote: null });
    expect(readPrintedUnit('', ' km of coast')).toMatchObject({ unit: 'km', conversion: 1 });
    expect(readPrintedUnit('almost ', ' million square kilometers')).toMatchObject({ exponent: 6, unit: 'km2', conversion: 1 });
    expect(readPrintedUnit('', ' square kilometres')).toMatchObject({ unit: 'km2' });
    expect(readPrintedUnit('', ' km2')).toMatchObject({ unit: 'km2' });
    expect(readPrintedUnit('', ' sq. km')).toMatchObject({ unit: 'km2' });
    expect(readPrintedUnit('', ' sq km')).toMatchObject({ unit: 'km2' });
  });

  // "km²" is listed among the square-kilometre words, but \b after "²" (no word character) never matches before a space or
  // at the end; the kilometre pattern then takes the "km" of "km²": an area read as a length.
  it('"1,964,375 km²": km2, not km', () => {
    expect(readPrintedUnit('', ' km² of territory')).toMatchObject({ unit: 'km2' });
    expect(readPrintedUnit('', ' km²')).toMatchObject({ unit: 'km2' });
  });

  it('"20.7 pesos per U.S. dollar": MXN_per_USD, no currency', () => {
    expect(readPrintedUnit('fell to ', ' pesos per U.S. dollar in 2020')).toEqual({ ...NONE, unit: 'MXN_per_USD' });
    expect(readPrintedUnit('', ' pesos to the dollar')).toMatchObject({ unit: 'MXN_per_USD', currency: false });
    expect(readPrintedUnit('', ' pesos a dollar')).toMatchObject({ unit: 'MXN_per_USD' });
    expect(readPrintedUnit('', ' pesos per US dollar')).toMatchObject({ unit: 'MXN_per_USD' });
  });

  it('"26th" (ordinal suffix): rank', () => {
    expect(readPrintedUnit('the ', 'th largest economy')).toEqual({ ...NONE, unit: 'rank' });
    expect(readPrintedUnit('', 'st')).toMatchObject({ unit: 'rank' });
    expect(readPrintedUnit('', 'nd-largest')).toMatchObject({ unit: 'rank' });
    expect(readPrintedUnit('', 'rd place')).toMatchObject({ unit: 'rank' });
    // A suffix needs no space: "5 the" is no rank.
    expect(readPrintedUnit('', ' the largest')).toMatchObject({ unit: null });
  });

  it('megawatts and barrels per day', () => {
    expect(readPrintedUnit('', ' megawatts')).toMatchObject({ unit: 'MW' });
    expect(readPrintedUnit('', ' MW of power')).toMatchObject({ unit: 'MW' });
    expect(readPrintedUnit('', ' million barrels per day')).toMatchObject({ exponent: 6, unit: 'barrels_per_day' });
    expect(readPrintedUnit('', ' barrels a day')).toMatchObject({ unit: 'barrels_per_day' });
    expect(readPrintedUnit('', ' bpd')).toMatchObject({ unit: 'barrels_per_day' });
  });

  it('reports a currency word with a non-money unit, the unit winning', () => {
    expect(readPrintedUnit('$', '% of GDP')).toMatchObject({ unit: 'percent', currency: true });
  });
});
