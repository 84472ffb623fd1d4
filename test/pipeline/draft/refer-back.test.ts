import { describe, expect, it } from 'vitest';
import { draft } from '../../helpers/draft-text.js';

describe('referBack', () => {
  it('gives a figure printed again as "those N" the indicator and sides of the figure it names', () => {
    const { observations } = draft('Between 1850 and 1870 about 20,000 immigrants from Italy arrived in Peru. However, of those 20,000 only about 8,000 settled for good.');
    const [group, again] = observations;
    expect(group).toMatchObject({ raw: '20,000', entity: 'PER', partner: 'ITA' });
    expect(again).toMatchObject({ raw: '20,000', indicator: group!.indicator, entity: 'PER', partner: 'ITA' });
  });
});
