import { describe, expect, it } from 'vitest';
import { detectQualifier } from '../../../pipeline/03-normalize/qualifier.js';

describe('detectQualifier', () => {
  it('reads more_than from "over", "more than" and their kin', () => {
    for (const before of ['rising to over ', 'more than ', 'More Than ', 'above ', 'in excess of ', 'at least ', 'upwards of ', 'exceeding ', 'exports exceeded ', 'outnumbered ']) {
      expect(detectQualifier(before), before).toBe('more_than');
    }
  });

  it('reads less_than from "almost", "nearly", "under" and their kin', () => {
    for (const before of ['almost ', 'nearly ', 'under ', 'just under ', 'less than ', 'fewer than ', 'below ', 'up to ', 'not quite ', 'as much as ', 'as many as ', 'as high as ']) {
      expect(detectQualifier(before), before).toBe('less_than');
    }
  });

  it('reads approx from "about", "around", "approximately", "some", "estimated" and their kin', () => {
    for (const before of ['about ', 'around ', 'approximately ', 'some ', 'roughly ', 'an estimated ', 'estimated at ', 'estimated ', 'circa ', 'ca. ', 'close to ', 'on the order of ']) {
      expect(detectQualifier(before), before).toBe('approx');
    }
  });

  it('looks past a currency sign or word between the qualifying word and the number', () => {
    expect(detectQualifier('rising from just $1.5 billion in 1995 to over $')).toBe('more_than');
    expect(detectQualifier('almost US$')).toBe('less_than');
    expect(detectQualifier('almost US$ ')).toBe('less_than');
    expect(detectQualifier('about US $')).toBe('approx');
    expect(detectQualifier('some US-$')).toBe('approx');
    expect(detectQualifier('nearly U.S.$')).toBe('less_than');
    expect(detectQualifier('more than USD ')).toBe('more_than');
    expect(detectQualifier('around US dollars ')).toBe('approx');
  });

  it('needs the word right before the number (or its currency)', () => {
    expect(detectQualifier('')).toBe('exact');
    expect(detectQualifier('exports reached ')).toBe('exact');
    expect(detectQualifier('rising from just $')).toBe('exact');
    expect(detectQualifier('over the years, exports reached ')).toBe('exact');
    expect(detectQualifier('about the same as in 1995, ')).toBe('exact');
  });

  it('matches whole words only', () => {
    expect(detectQualifier('the turnover ')).toBe('exact');
    expect(detectQualifier('a handsome ')).toBe('exact');
    expect(detectQualifier('thunder ')).toBe('exact');
  });

  // A negated comparison reverses it: "no more than 5" is at most 5, "no less than 5" at least 5.
  it('reads "no more than" / "not more than" as less_than', () => {
    expect(detectQualifier('no more than ')).toBe('less_than');
    expect(detectQualifier('not more than $')).toBe('less_than');
  });

  it('reads "no less than" / "no fewer than" as more_than', () => {
    expect(detectQualifier('no less than $')).toBe('more_than');
    expect(detectQualifier('no fewer than ')).toBe('more_than');
  });
});
