import { describe, expect, it } from 'vitest';
import { readEventType } from '../../../pipeline/draft/read-event-type.js';

describe('readEventType', () => {
  it('reads a beginning dated by the words after it ("began in", "became … in YEAR") as an event of its own, only where no word of another type is printed', () => {
    expect(readEventType('exports from Peru to Korea began in 1999')).toEqual({ type: 'other', cue: 'began' });
    expect(readEventType('the turmoil which began in 1993 and culminated in the Tequila Crisis', 20)?.type).toBe('crisis');
    expect(readEventType('Peru began negotiations with Chile')?.type).toBe('negotiation');
    expect(readEventType('the talks began slowly')?.type).toBe('negotiation');
    expect(readEventType('the work began slowly')).toBeNull();
    expect(readEventType('Brazil became Peru’s largest trading partner in 2010')).toEqual({ type: 'other', cue: 'became' });
    expect(readEventType('Brazil became Peru’s largest trading partner')).toBeNull();
  });
});
