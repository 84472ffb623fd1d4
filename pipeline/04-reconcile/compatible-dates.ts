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

/**
 * Whether every two of the dates are compatible: intervals on a line overlap
 * pairwise exactly when the latest first day is not after the earliest last
 * day, so this is linear where checking each pair would be the square.
 */
export function allCompatible(dates: readonly Pick<Event, 'date' | 'date_end'>[]): boolean {
  let latestFirst = '';
  let earliestLast: string | undefined;
  for (const date of dates) {
    const { first, last } = dayInterval(date);
    if (first > latestFirst) latestFirst = first;
    if (earliestLast === undefined || last < earliestLast) earliestLast = last;
  }
  return earliestLast === undefined || latestFirst <= earliestLast;
}
