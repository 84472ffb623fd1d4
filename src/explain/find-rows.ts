/**
 * Row lookups for explain(). Over the cache's tables, which nothing outside
 * can change, each lookup builds a map of the column once (field value → row
 * positions), so a call costs the same for a corpus a hundred times larger.
 * Over rows a caller passed in ({ data }), which may change between calls, it
 * scans them as they are now.
 */

/** Per table the cache owns: per field, value → positions of the rows holding it (every item, for a list field). */
const indexes = new WeakMap<readonly object[], Map<string, Map<unknown, number[]>>>();

/** Lets lookups over these rows be indexed: for tables no caller can reach. */
export function indexLookups(rows: readonly object[]): void {
  if (!indexes.has(rows)) indexes.set(rows, new Map());
}

/** The rows whose `field` (any of `fields`) is `value` or, for a list field, lists it; in table order. */
export function rowsWhere<Row extends object>(rows: readonly Row[] | undefined, fields: (keyof Row & string) | (keyof Row & string)[], value: unknown): Row[] {
  if (!rows) return [];
  const names = Array.isArray(fields) ? fields : [fields];
  const byField = indexes.get(rows);
  if (!byField) return rows.filter((row) => names.some((name) => holds(row[name], value)));
  const positions = new Set(names.flatMap((name) => positionsOf(rows, byField, name).get(value) ?? []));
  return [...positions].sort((a, b) => a - b).map((position) => rows[position]!);
}

function positionsOf<Row extends object>(rows: readonly Row[], byField: Map<string, Map<unknown, number[]>>, field: keyof Row & string): Map<unknown, number[]> {
  let positions = byField.get(field);
  if (positions) return positions;
  positions = new Map();
  for (const [position, row] of rows.entries()) {
    const cell = row[field];
    for (const item of Array.isArray(cell) ? new Set(cell) : [cell]) {
      const list = positions.get(item);
      if (list) list.push(position);
      else positions.set(item, [position]);
    }
  }
  byField.set(field, positions);
  return positions;
}

/** The first row whose `field` is `value`. */
export function rowWhere<Row extends object>(rows: readonly Row[] | undefined, field: keyof Row & string, value: unknown): Row | undefined {
  if (rows && !indexes.has(rows)) return rows.find((row) => holds(row[field], value));
  return rowsWhere(rows, field, value)[0];
}

function holds(cell: unknown, value: unknown): boolean {
  return Array.isArray(cell) ? cell.includes(value) : cell === value;
}
