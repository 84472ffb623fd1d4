/** English month names and their printed abbreviations ("Sept."), shared by every stage that reads dates. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A regex source matching a month name or abbreviation ("February", "Feb.", "Sept"). */
// Only an abbreviation takes a full stop: "Sept. 1994", but not "January. 1994 brought…".
export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** 1-based month of a printed month name, or null. */
export function monthNumber(printed: string): number | null {
  const key = printed.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index >= 0 ? index + 1 : null;
}
