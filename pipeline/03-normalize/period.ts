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
  const end = !suffix ? start : suffix.length === 2 ? `${start.slice(0, 2)}${suffix}` : suffix;
  return end >= start ? { start, end } : null;
}

/** The period that covers several printed labels: from the first start to the last end. */
export function spanPeriods(periods: readonly Period[]): Period | null {
  if (periods.length === 0) return null;
  const starts = periods.map((period) => period.start).sort();
  const ends = periods.map((period) => period.end).sort();
  return { start: starts[0]!, end: ends.at(-1)! };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*((?:1[89]|20)\d\d)\b/;

/** The first month and year printed in a text ("by Sept.1996" → 1996-09), with the words as printed. */
export function findMonthYear(text: string): { period: Period; printed: string } | null {
  const match = MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = String(MONTHS.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, '0');
  const date = `${match[2]}-${month}`;
  return { period: { start: date, end: date }, printed: match[0] };
}
