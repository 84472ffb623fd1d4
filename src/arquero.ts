import type { Descending, Escaped, RowExpression } from './typed-table.js';
import { PackageError } from './errors.js';

/**
 * Arquero, loaded by the first table() call rather than on import: it more
 * than doubles the time to import the package, and load() alone does not use it.
 */
type Arquero = typeof import('arquero');

let arquero: Arquero | undefined;

export async function loadArquero(): Promise<Arquero> {
  arquero ??= await import('arquero');
  return arquero;
}

/**
 * Its helpers are used on a table, so they are reached after a table() has loaded
 * it; used before, they fail with a coded error rather than an undefined.
 */
function loaded(helper: string): Arquero {
  if (arquero === undefined) throw new PackageError('ARQUERO_NOT_LOADED', `${helper} is arquero's, which the first table() call loads: await table(…) before calling ${helper}`);
  return arquero;
}

/**
 * Arquero's aggregate functions, typed by what they take and give (arquero's
 * own declarations take `any` and give its internal `Op` for some). Numbers
 * are aggregated from number columns; missing values (null) are skipped.
 */
export interface Aggregates {
  count(): number;
  any<Value>(field: Value): Value;
  array_agg<Value>(field: Value): Value[];
  array_agg_distinct<Value>(field: Value): Value[];
  object_agg<Key extends string, Value>(key: Key, value: Value): Record<Key, Value>;
  map_agg<Key, Value>(key: Key, value: Value): Map<Key, Value>;
  entries_agg<Key, Value>(key: Key, value: Value): [Key, Value][];
  valid(field: unknown): number;
  invalid(field: unknown): number;
  distinct(field: unknown): number;
  sum(field: number | null): number;
  product(field: number | null): number;
  mean(field: number | null): number;
  average(field: number | null): number;
  variance(field: number | null): number;
  variancep(field: number | null): number;
  stdev(field: number | null): number;
  stdevp(field: number | null): number;
  median(field: number | null): number;
  quantile(field: number | null, p: number): number;
  covariance(field1: number | null, field2: number | null): number;
  covariancep(field1: number | null, field2: number | null): number;
  corr(field1: number | null, field2: number | null): number;
  bins(field: number | null, maxbins?: number, nice?: boolean, minstep?: number, step?: number): [number, number, number];
}

/** Arquero's `op`: its aggregates as Aggregates types them, its other functions (string, math, date, window…) as arquero does. */
export type Op = Omit<Arquero['op'], keyof Aggregates> & Aggregates;

/**
 * Arquero's `op`, for aggregates and functions in row expressions:
 * `rollup({ total: (d) => op.sum(d.value) })`. Inside a row expression it is
 * parsed, never called, so it works there in any case.
 */
export const op: Op = new Proxy({} as Op, {
  get: (_target, key) => Reflect.get(loaded('op').op, key),
  has: (_target, key) => Reflect.has(loaded('op').op, key),
  ownKeys: () => Reflect.ownKeys(loaded('op').op),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(loaded('op').op, key),
});

/** Marks a sort key of orderby() as descending: `orderby(desc('value'))`. */
export function desc<Key>(key: Key): Descending<Key> {
  return loaded('desc').desc(key as string) as Descending<Key>;
}

/** Marks a row expression to be called as it is, closures included, rather than parsed. */
export function escape<Row, Params, Value>(expression: RowExpression<Row, Params, Value>): Escaped<Row, Params, Value> {
  return loaded('escape').escape(expression) as Escaped<Row, Params, Value>;
}
