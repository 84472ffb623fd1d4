/**
 * Values as explain prints them: the exact published number and unit first (what
 * a program reads), then a form a person reads at a glance where it differs.
 */

const MILLION = 1e6;
/** Below this, grouping the digits adds nothing: 2005 reads as well as 2,005. */
const GROUPED_FROM = 1e4;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** `2780700000 USD (2,780.7 million USD)`, `4.4%`, `12500 persons (12,500 persons)`, `2 rank`. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'percent') return `${value}%`;
  const words = unitWords(unit);
  const exact = `${value} ${unit}`;
  const size = Math.abs(value);
  if (size >= MILLION) return `${exact} (${grouped.format(value / MILLION)} million ${words})`;
  if (size >= GROUPED_FROM) return `${exact} (${grouped.format(value)} ${words})`;
  return words === unit ? exact : `${exact} (${value} ${words})`;
}

/** A key's spread between candidates, with one decimal as the build summary prints it, and why it is 100 when the candidates differ in sign. */
export function formatSpread(key: { spread_pct: number; min: number; max: number }): string {
  const percent = `${key.spread_pct.toFixed(1)}%`;
  return key.min < 0 && key.max > 0 ? `${percent} (candidates of opposite sign)` : percent;
}

/** `MXN_per_USD` → `MXN per USD`, `barrels_per_day` → `barrels per day`. */
function unitWords(unit: string): string {
  return unit.replaceAll('_', ' ');
}
