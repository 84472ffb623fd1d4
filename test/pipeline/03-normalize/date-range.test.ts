import { describe, expect, it } from 'vitest';
import { parseProseDateRange } from '../../../pipeline/03-normalize/index.js';

describe('parseProseDateRange', () => {
  it('reads the spans the texts print, the start taking the month and year of the end', () => {
    expect(parseProseDateRange('30 September-1 October, 2002')).toEqual({ date: '2002-09-30', date_end: '2002-10-01', precision: 'day' });
    expect(parseProseDateRange('21-22 July 2003')).toEqual({ date: '2003-07-21', date_end: '2003-07-22', precision: 'day' });
    expect(parseProseDateRange('1989/1990')).toEqual({ date: '1989', date_end: '1990', precision: 'year' });
    expect(parseProseDateRange('1994 and 1995')).toEqual({ date: '1994', date_end: '1995', precision: 'year' });
    expect(parseProseDateRange('May to June 2004')).toEqual({ date: '2004-05', date_end: '2004-06', precision: 'month' });
    expect(parseProseDateRange('1994 to March 2003')).toEqual({ date: '1994', date_end: '2003-03', precision: 'year' });
  });

  it('refuses what is no span: one date, an end before its start, a day that cannot be', () => {
    expect(parseProseDateRange('1 October, 2002')).toBeNull();
    expect(parseProseDateRange('1995 and 1994')).toBeNull();
    expect(parseProseDateRange('22-21 July 2003')).toBeNull();
    expect(parseProseDateRange('32-33 July 2003')).toBeNull();
    expect(parseProseDateRange('2002 and 2002')).toBeNull();
  });
});
