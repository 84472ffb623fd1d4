import { describe, expect, it } from 'vitest';
import { readShare, shareHolder } from '../../../pipeline/draft/read-share.js';
import { roledMentions } from '../../helpers/roled-mentions.js';

function share(text: string, figure: string) {
  const at = text.indexOf(figure);
  const found = readShare(text, roledMentions(text), at, at + figure.length, { start: 0, end: text.length });
  return found && [found.holder.id, found.base.id];
}

describe('shareHolder', () => {
  it('reads which side holds a share from the description, none for other indicators', () => {
    expect(shareHolder({ description: "The partner's share of the entity's total exports." })).toBe('partner');
    expect(shareHolder({ description: "The entity's share of the total trade of the partner region." })).toBe('entity');
    expect(shareHolder({ description: 'Goods exported by the entity to the partner.' })).toBeNull();
  });
});

describe('readShare', () => {
  it('makes the subject before the figure the holder and the owner after it the owner of the total', () => {
    expect(share('Peru attracted about 2.5% of the total FDI of Chile.', '2.5')).toEqual(['PER', 'CHL']);
    expect(share('Peru takes part in 46% of all trade in the Latin American region.', '46')).toEqual(['PER', 'LATIN_AMERICA']);
  });

  it('reads no owner of the total past a comma, and nothing without a subject', () => {
    expect(share('Peru was the 6th source, accounting for 2.7% of the total, after Chile’s firms.', '2.7')).toBeNull();
    expect(share('About 2.5% of the total FDI of Chile went there.', '2.5')).toBeNull();
  });
});
