import type { Event } from '../../src/types/event.js';

/** The first and last day an event's date allows, as comparable strings: a year is all its days, a span runs from its start to its end. */
export function dayInterval(event: Pick<Event, 'date' | 'date_end'>): { first: string; last: string } {
  const last = event.date_end ?? event.date;
  return { first: event.date.padEnd(10, event.date.length === 4 ? '-01-01' : '-01'), last: last.padEnd(10, last.length === 4 ? '-12-31' : '-31') };
}

/** Two dates are compatible when the days they allow overlap: 1972 and 1972-02-14; September 2002 and 30 September-1 October 2002. */
export function compatibleDates(a: Pick<Event, 'date' | 'date_end'>, b: Pick<Event, 'date' | 'date_end'>): boolean {
  const [x, y] = [dayInterval(a), dayInterval(b)];
  return x.first <= y.last && y.first <= x.last;
}
