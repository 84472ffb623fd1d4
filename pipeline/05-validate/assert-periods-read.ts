import type { ProseCell } from '../02-extract/index.js';
import { PipelineError } from '../errors.js';
import { MONTH_PATTERN } from '../months.js';

/** A year ("2002", "1980s") or a year counted from the publication date ("last year"): words that date what the sentence says. */
const PRINTS_A_DATE = /(?<![\d.,])(?:1[89]|20)\d\d(?:['’]?s)?(?![\d.,]\d)|\b(?:this|last|next) year\b/i;

/** A month with the year it belongs to ("December 2010", "Sept. 1999", "October 1, 1990"). */
const MONTH_AND_YEAR = new RegExp(`\\b(?:${MONTH_PATTERN})\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s*)?((?:1[89]|20)\\d\\d)\\b`, 'g');

/** The date a quote prints ("2002", "last year"), as the guard finds it; null when it prints none. */
export function printedDate(quote: string): string | null {
  return PRINTS_A_DATE.exec(quote)?.[0] ?? null;
}

/** A prose figure the guard names: no period, though its quote prints a date; or a reason for that which no longer applies. */
export interface UnreadPeriod {
  kind: 'unread' | 'stale';
  cell: ProseCell;
  obsId: string;
  /** The date the quote prints, as the guard found it; null when it prints none. */
  printed: string | null;
}

/**
 * Finds the prose figures whose period was left empty although the quote that
 * anchors them prints a year or a relative year, or was read from year numerals
 * where the quote prints the month with that year (cut to the year), unless the annotation says
 * why (`period_unstated`: the year is an event's, not the figure's); and the
 * reasons that no longer hold (the figure has a period).
 */
export function findUnreadPeriods(prose: readonly { cell: ProseCell; observation: { obs_id: string; period_start: string | null; period_end: string | null } }[]): UnreadPeriod[] {
  return prose.flatMap(({ cell, observation }): UnreadPeriod[] => {
    const printed = printedDate(cell.quoteText);
    const reason = cell.spec.period_unstated;
    const hasPeriod = observation.period_start !== null;
    if (reason === undefined) {
      if (!hasPeriod) return printed !== null ? [{ kind: 'unread', cell, obsId: observation.obs_id, printed }] : [];
      // A period read from year numerals where the quote prints that year with its month was cut to the year: its words say more.
      const cut = cell.periodWords === null ? [...cell.quoteText.matchAll(MONTH_AND_YEAR)].find((match) => [observation.period_start, observation.period_end].includes(match[1]!)) : undefined;
      return cut ? [{ kind: 'unread', cell, obsId: observation.obs_id, printed: cut[0] }] : [];
    }
    // A reason on a figure whose quote prints no date is kept: it tells the undated-keys report why the text gives none.
    return hasPeriod ? [{ kind: 'stale', cell, obsId: observation.obs_id, printed }] : [];
  });
}

/** Stops the build on the first unread period or stale reason, listing every one (see findUnreadPeriods). */
export function assertPeriodsRead(prose: Parameters<typeof findUnreadPeriods>[0], sourcePath: (sourceId: string) => string): void {
  const found = findUnreadPeriods(prose);
  const list = (kind: UnreadPeriod['kind']) => found.filter((item) => item.kind === kind);
  const describe = (item: UnreadPeriod) => `${item.obsId} (${sourcePath(item.cell.sourceId)}:${item.cell.number.line}${item.printed ? `, prints "${item.printed}"` : ''})`;
  const unread = list('unread');
  if (unread.length) {
    const first = unread[0]!;
    throw new PipelineError('PERIOD_UNREAD', `${unread.length} prose figure(s) have no period although their quote prints a date, or a year where it prints the month: ${unread.slice(0, 20).map(describe).join('; ')}${unread.length > 20 ? '; …' : ''}`, {
      ...first.cell.annotationAt, recipe: first.cell.annotationId,
      expected: 'a "period" on the observation or its annotation\'s defaults (numerals, or words: "December 2010", "last year"), or "period_unstated" saying why the printed date is not the figure\'s',
      seen: first.printed ?? undefined,
    });
  }
  const stale = list('stale');
  if (stale.length) {
    const first = stale[0]!;
    throw new PipelineError('PERIOD_EXCEPTION_STALE', `${stale.length} "period_unstated" reason(s) no longer apply (the figure has a period): ${stale.slice(0, 20).map(describe).join('; ')}`, {
      ...first.cell.annotationAt, recipe: first.cell.annotationId,
      expected: 'period_unstated only on a figure without a period', seen: first.cell.spec.period_unstated,
    });
  }
}
