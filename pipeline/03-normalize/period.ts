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

/** The first month and year printed in a text ("by Sept.1998" → 1998-09), with the words as printed. */
export function findMonthYear(text: string): { period: Period; printed: string } | null {
  const match = MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = String(monthNumber(match[1]!)).padStart(2, '0');
  const date = `${match[2]}-${month}`;
  return { period: { start: date, end: date }, printed: match[0] };
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as printed in prose ("March 9, 1981", "17 June 2011", "September 1999", "1911") as truncated ISO 8601. */
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

/** How a period printed in words was read: as printed, or counted from the source's publication date ("last year"). */
export interface ReadPeriod {
  period: Period;
  /** The publication date a relative year counted from; null when the words print the year. */
  countedFrom: string | null;
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** Words that date a figure at the time of writing ("China is now Mexico's second largest trading partner"): the publication year. */
const AT_THE_TIME_OF_WRITING: Record<string, number> = { now: 0, currently: 0, nowadays: 0, today: 0, 'at present': 0 };
const RELATIVE_YEARS: Record<string, number> = { 'this year': 0, 'last year': -1, 'next year': 1, 'the past year': -1, 'the previous year': -1, ...AT_THE_TIME_OF_WRITING };
/** Words a date a stock is counted to may be printed with ("up to June 2009", "by the end of 2004"). */
const LEADING_WORDS = /^(?:between|from|up to|by the end of|by|as of|at the end of|the end of|end of|until|in|during|for|since the beginning of)\s+/i;
const POINT = new RegExp(`^(?:(${MONTH_PATTERN})\\s*,?\\s*(?:of\\s+)?)?((?:1[89]|20)\\d\\d)$`, 'i');
const MONTH_ONLY = new RegExp(`^(${MONTH_PATTERN})$`, 'i');
const SPAN_SEPARATOR = /\s*(?:[–—-]|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*/i;

/**
 * A period printed in words, as truncated ISO 8601: "December 2010" → 2002-12;
 * "January–June 2007" → 2007-01…2007-06; "1996 to April 2008" → 1996…2008-04;
 * "2005-2007", "1989-90"; "up to June 2009" → 2009-06 (a stock counted to a date);
 * "last year" in a text published 2001-09 → 2000. Null when the words are no period.
 */
export function parsePeriodWords(words: string, published: string | null): ReadPeriod | null {
  let text = words.replace(/\s+/g, ' ').trim().replace(/['’]s$/, '').replace(/[,;:]$/, '').replace(/(\d)\.$/, '$1');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_WORDS, '');
  }
  const offset = RELATIVE_YEARS[text.toLowerCase()];
  if (offset !== undefined) {
    if (!published) return null;
    const year = String(Number(published.slice(0, 4)) + offset);
    return { period: { start: year, end: year }, countedFrom: published };
  }
  const decade = DECADE_WORDS.indexOf(text.toLowerCase().replace(/^the /, ''));
  if (decade >= 0 && published) {
    // "the sixties" of a text published in 2005 are the 1960s: the last such decade before publication.
    const year = Number(published.slice(0, 4));
    let start = Math.floor(year / 100) * 100 + (decade + 2) * 10;
    if (start > year) start -= 100;
    return { period: { start: String(start), end: String(start + 9) }, countedFrom: published };
  }
  const labelled = parseYearLabel(text);
  if (labelled) return { period: labelled, countedFrom: null };
  const point = readPoint(text);
  if (point) return { period: { start: point, end: point }, countedFrom: null };
  const parts = text.split(SPAN_SEPARATOR);
  if (parts.length !== 2) return null;
  const end = readPoint(parts[1]!);
  if (!end) return null;
  const monthOnly = MONTH_ONLY.exec(parts[0]!);
  const start = monthOnly ? `${end.slice(0, 4)}-${String(monthNumber(monthOnly[1]!)).padStart(2, '0')}` : readPoint(parts[0]!);
  if (!start || (end.length === 4 ? `${end}-12` : end) < start) return null;
  // "January 1996 to December 2007" is the years 1996 to 2007, written so that it meets the same span printed as years.
  if (start.endsWith('-01') && end.endsWith('-12') && start.length === 7 && end.length === 7) return { period: { start: start.slice(0, 4), end: end.slice(0, 4) }, countedFrom: null };
  return { period: { start, end }, countedFrom: null };
}

/** Words that count months from a date printed elsewhere: "during the first 7 months of the Peru-Chile FTA". */
const FIRST_MONTHS = /\bthe first (\S+) months\b/i;

/**
 * The months a figure's own words count from a printed date: "the first 7
 * months" of an agreement that "entered into effect on March 1, 2006" are
 * 2006-03…2006-09 (the month of the date is the first). Null when the words
 * count no months, or the date gives no month. `readCount` reads the count
 * ("11", "eleven").
 */
export function countMonthsFrom(referringWords: string, from: Period, readCount: (words: string) => number | null): { period: Period; months: number } | null {
  const match = FIRST_MONTHS.exec(referringWords.replace(/\s+/g, ' '));
  const months = match ? readCount(match[1]!) : null;
  if (months === null || !Number.isInteger(months) || months < 1 || !/^\d{4}-\d\d/.test(from.start)) return null;
  const first = Number(from.start.slice(0, 4)) * 12 + Number(from.start.slice(5, 7)) - 1;
  const last = first + months - 1;
  const month = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { period: { start: month(first), end: month(last) }, months };
}

function readPoint(text: string): string | null {
  const match = POINT.exec(text.trim());
  if (!match) return parseProseDate(text)?.date ?? null;
  return match[1] ? `${match[2]}-${String(monthNumber(match[1])).padStart(2, '0')}` : match[2]!;
}

/** A date printed without its year, and the year it counts from (see resolveRelativeDate). */
export interface RelativeDateInput {
  words: string;
  /** The year printed in the sentence the words count from; null to count from the publication date. */
  anchorYear: string | null;
  published: string | null;
}

const SAME_YEAR = new RegExp(`^(?:(?:in|on|during) )?(?:(${MONTH_PATTERN}) (?:(\\d{1,2})(?:st|nd|rd|th)? )?(?:of )?)?(?:the same|that same|that|the|this same) year$`, 'i');
const YEARS_LATER = /^(\S+(?:[ -]\S+)?) years? (later|after|earlier|before)$/i;
const PAST_MONTH = new RegExp(`^(?:(?:in|on) )?(?:this past|last|this) (${MONTH_PATTERN})$`, 'i');

/**
 * Resolves a date printed without its own year: "October 1 of the same year"
 * and "in that same year" take the anchor year; "twelve years later" counts
 * from it; "this past May" is the last May before the publication date;
 * "this year"/"last year" count from the publication year. `readCount` reads
 * a count written in digits or words. Null when the words say none of these
 * or lack what they count from.
 */
export function resolveRelativeDate(input: RelativeDateInput, readCount: (words: string) => number | null): { date: string; precision: DatePrecision } | null {
  const text = input.words.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  const pad = (value: number) => String(value).padStart(2, '0');
  const same = SAME_YEAR.exec(text);
  if (same) {
    if (!input.anchorYear) return null;
    if (!same[1]) return { date: input.anchorYear, precision: 'year' };
    const month = pad(monthNumber(same[1])!);
    if (!same[2]) return { date: `${input.anchorYear}-${month}`, precision: 'month' };
    const day = Number(same[2]);
    return day >= 1 && day <= 31 ? { date: `${input.anchorYear}-${month}-${pad(day)}`, precision: 'day' } : null;
  }
  const later = YEARS_LATER.exec(text);
  if (later) {
    const count = readCount(later[1]!);
    if (!input.anchorYear || count === null || !Number.isInteger(count)) return null;
    const sign = /later|after/i.test(later[2]!) ? 1 : -1;
    return { date: String(Number(input.anchorYear) + sign * count), precision: 'year' };
  }
  const past = PAST_MONTH.exec(text);
  if (past) {
    // The last such month before publication: a text of September 2001 means April 2001, one of March 2001 April 2000.
    if (!input.published || input.published.length < 7) return null;
    const month = monthNumber(past[1]!)!;
    const year = Number(input.published.slice(0, 4)) - (month < Number(input.published.slice(5, 7)) ? 0 : 1);
    return { date: `${year}-${pad(month)}`, precision: 'month' };
  }
  const relative = parsePeriodWords(text, input.published);
  if (relative?.countedFrom) return { date: relative.period.start, precision: 'year' };
  return null;
}
