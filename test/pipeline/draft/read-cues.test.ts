import { describe, expect, it } from 'vitest';
import { rankNamedBefore, readCues } from '../../../pipeline/draft/read-cues.js';

describe('readCues', () => {
  it('reads a change ("grew by", "rising"), a level reached ("rose to", "% of") and words of each year', () => {
    const cue = (sentence: string, figure: string) => readCues(sentence, sentence.indexOf(figure));
    expect(cue('Sales of fruit grew by about 12% in 1999.', '12')).toMatchObject({ change: true, level: false });
    expect(cue('Trade with Peru rose 12%, and sales of fruit by 7%.', '7')).toMatchObject({ change: true, level: false });
    expect(cue('Sales of fruit rose to 12% in 1999.', '12')).toMatchObject({ change: false, level: true });
    expect(cue('Fruit made up 12% of sales.', '12')).toMatchObject({ change: false, level: true });
    expect(cue('There was an increase of about 12% of sales.', '12')).toMatchObject({ change: true });
    expect(cue('Some 3,000 people move there annually.', '3,000')).toMatchObject({ annual: true });
    expect(cue('Some 3,000 people moved there in 1990.', '3,000')).toMatchObject({ annual: false, change: false, level: false });
  });
});

describe('rankNamedBefore', () => {
  it('finds words of ranking right before a plain number, and nothing in other words', () => {
    expect(rankNamedBefore('In 1999, its competitiveness rank was ')).toBe('rank was');
    expect(rankNamedBefore('by 2002, its rank had fallen to ')).toBe('rank had fallen to');
    expect(rankNamedBefore('The bank was ')).toBeNull();
    expect(rankNamedBefore('They ranked the products by price and sold ')).toBeNull();
  });
});
