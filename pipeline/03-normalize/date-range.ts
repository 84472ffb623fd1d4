import { MONTH_PATTERN, monthNumber } from '../months.js';
import { parseProseDate, spanPeriods, type DatePrecision } from './period.js';

/** An event the text gives as a span: its start (with the precision the text gives it) and its end, truncated ISO 8601. */
export interface DateRange {
  date: string;
  date_end: string;
  precision: DatePrecision;
}

// The words and marks that join the two ends of a printed span: "1995/1996", "1996 and 1997", "14-15 May", "May to June".
const SEPARATOR = /^(.+?)\s*(?:[-–—/]|\s(?:and|to|until|through)\s)\s*(.+)$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN}),?$`);
const MONTH_DAY = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?,?$`);
const MONTH = new RegExp(`^(${MONTH_PATTERN}),?$`);

/**
 * A span of dates as printed ("29 April-2 May, 2008", "14-15 May 2009",
 * "1995/1996", "1996 and 1997"): the end is a whole date, and the start takes
 * the year (and month) of the end where it does not print them. Null when the
 * text is no span, or the start does not come before the end.
 */
export function parseProseDateRange(printed: string): DateRange | null {
  const parts = SEPARATOR.exec(printed.replace(/\s+/g, ' ').trim());
  if (!parts) return null;
  const end = parseProseDate(parts[2]!);
  if (!end) return null;
  const start = parseProseDate(parts[1]!) ?? startFromEnd(parts[1]!, end.date);
  if (!start || start.date === end.date) return null;
  // The start must begin before the end begins: spanPeriods picks the earlier start.
  if (spanPeriods([{ start: end.date, end: end.date }, { start: start.date, end: start.date }])!.start !== start.date) return null;
  return { date: start.date, date_end: end.date, precision: start.precision };
}

/** A start printed without its year, or without its month and year, completed from the end's. */
function startFromEnd(text: string, end: string): { date: string; precision: DatePrecision } | null {
  const [year, endMonth] = [end.slice(0, 4), end.slice(5, 7)];
  const pad = (value: number | string) => String(value).padStart(2, '0');
  const day = DAY.exec(text);
  if (day && endMonth) return valid(`${year}-${endMonth}-${pad(day[1]!)}`, 'day');
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return valid(`${year}-${pad(monthNumber(dayMonth[2]!)!)}-${pad(dayMonth[1]!)}`, 'day');
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return valid(`${year}-${pad(monthNumber(monthDay[1]!)!)}-${pad(monthDay[2]!)}`, 'day');
  const month = MONTH.exec(text);
  if (month) return valid(`${year}-${pad(monthNumber(month[1]!)!)}`, 'month');
  return null;
}

function valid(date: string, precision: DatePrecision): { date: string; precision: DatePrecision } | null {
  const day = Number(date.slice(8, 10));
  return precision === 'day' && (day < 1 || day > 31) ? null : { date, precision };
}
