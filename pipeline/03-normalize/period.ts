import { MONTH_PATTERN, monthNumber } from '../months.js';

/** A period as ISO 8601 dates truncated to the precision the text gives. */
export interface Period {
  start: string;
  end: string;
}

const YEAR_LABEL = /^((?:1[89]|20)\d\d)(?:-(\d\d|\d{4}))?\*?$/;

/** "1995" → 1995…1995; "1989-90" → 1989…1990; "1994-2004*" → 1994…2004. Null when the label is no period. */
export function parseYearLabel(label: string): Period | null {
  const match = YEAR_LABEL.exec(label);
  if (!match) return null;
  const start = match[1]!;
  const suffix = match[2];
  if (!suffix) return { start, end: start };
  if (suffix.length === 4) return suffix >= start ? { start, end: suffix } : null;
  // "1989-90" stays in its century; "1999-00" crosses into the next; "1999-98" runs backwards.
  const sameCentury = Number(start.slice(0, 2)) * 100 + Number(suffix);
  const end = sameCentury >= Number(start) ? sameCentury : sameCentury + 100;
  return end - Number(start) < 10 ? { start, end: String(end) } : null;
}

/** The period that covers several printed labels: from the first start to the last end. */
export function spanPeriods(periods: readonly Period[]): Period | null {
  if (periods.length === 0) return null;
  // A truncated date starts at its first day and ends at its last: "1996" ends after "1996-09".
  const first = (date: string) => date.padEnd(10, date.length === 4 ? '-01-01' : '-01');
  const last = (date: string) => date.padEnd(10, date.length === 4 ? '-12-31' : '-31');
  const start = periods.map((period) => period.start).reduce((a, b) => (first(b) < first(a) ? b : a));
  const end = periods.map((period) => period.end).reduce((a, b) => (last(b) > last(a) ? b : a));
  return { start, end };
}

const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s*((?:1[89]|20)\\d\\d)\\b`);

/** The first month and year printed in a text ("by Sept.1996" → 1996-09), with the words as printed. */
export function findMonthYear(text: string): { period: Period; printed: string } | null {
  const match = MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = String(monthNumber(match[1]!)).padStart(2, '0');
  const date = `${match[2]}-${month}`;
  return { period: { start: date, end: date }, printed: match[0] };
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as printed in prose ("February 14, 1972", "25 January 2017", "September 1994", "1905") as truncated ISO 8601. */
export function parseProseDate(printed: string): { date: string; precision: DatePrecision } | null {
  const text = printed.replace(/\s+/g, ' ').trim();
  const monthDayYear = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`).exec(text);
  const dayMonthYear = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN}),? (\\d{4})$`).exec(text);
  const monthYear = new RegExp(`^(${MONTH_PATTERN}),? (?:of )?(\\d{4})$`).exec(text);
  const pad = (value: number | string) => String(value).padStart(2, '0');
  if (monthDayYear) return dated(monthDayYear[3]!, monthNumber(monthDayYear[1]!), Number(monthDayYear[2]));
  if (dayMonthYear) return dated(dayMonthYear[3]!, monthNumber(dayMonthYear[2]!), Number(dayMonthYear[1]));
  if (monthYear) return dated(monthYear[2]!, monthNumber(monthYear[1]!), null);
  if (/^\d{4}$/.test(text)) return { date: text, precision: 'year' };
  return null;

  function dated(year: string, month: number | null, day: number | null): { date: string; precision: DatePrecision } | null {
    if (month === null || (day !== null && (day < 1 || day > 31))) return null;
    return day === null ? { date: `${year}-${pad(month)}`, precision: 'month' } : { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
}
