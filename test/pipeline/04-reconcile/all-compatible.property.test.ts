import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCompatible, compatibleDates } from '../../../pipeline/04-reconcile/index.js';

/** Dates as events print them: a year, a month or a day, alone or with a later end of any precision. */
const day = fc.record({ year: fc.integer({ min: 1990, max: 1993 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom(4, 7, 10) })
  .map(({ year, month, day: dayOfMonth, precision }) => `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`.slice(0, precision));
const dates = fc.array(fc.record({ date: day, date_end: fc.option(day, { nil: null }) }), { maxLength: 8 });

describe('allCompatible', () => {
  it('says what checking every two dates with compatibleDates says', () => {
    fc.assert(fc.property(dates, (list) => {
      expect(allCompatible(list)).toBe(list.every((date) => list.every((other) => compatibleDates(date, other))));
    }), { numRuns: 1000 });
  });

  it('tells a year from a day of another year, and a year from a day inside it', () => {
    expect(allCompatible([{ date: '1972', date_end: null }, { date: '1972-02-14', date_end: null }])).toBe(true);
    expect(allCompatible([{ date: '1972', date_end: null }, { date: '1973-02-14', date_end: null }])).toBe(false);
  });
});
