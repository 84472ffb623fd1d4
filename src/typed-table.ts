import type { ColumnTable } from 'arquero';
import type { Cell } from './cast.js';

/** Values given to `params()`, read in row expressions as `$.name`. */
export type TableParams = Readonly<Record<string, Cell | readonly Cell[]>>;

/**
 * A function over one row, `d`, and the params, `$`. Arquero parses its source
 * rather than calling it, so it may use only columns, params, `op` functions
 * and literals; wrap a function that needs a closure in `escape()`.
 */
export type RowExpression<Row, Params, Value> = (d: Row, $: Params) => Value;

/** A row expression that `escape()` marks to be called as it is, closures included. */
export interface Escaped<Row, Params, Value> {
  readonly escape: true;
  readonly expr: RowExpression<Row, Params, Value>;
}

/** A sort key that `desc()` marks as descending. */
export interface Descending<Key> {
  readonly desc: true;
  readonly expr: Key;
}

/** The name of a column of rows of type Row. */
export type ColumnName<Row> = keyof Row & string;

/** A sort key: a column, or a row expression whose value is sorted by. */
export type OrderKey<Row, Params> = ColumnName<Row> | RowExpression<Row, Params, unknown>;

/** The row expressions of derive() and rollup(), by the column each makes. */
export type ColumnExpressions<Row, Params> = Readonly<Record<string, RowExpression<Row, Params, unknown> | Escaped<Row, Params, unknown>>>;

/** The value a row expression, or an escaped one, gives. */
type ValueOf<Expression> = Expression extends RowExpression<never, never, infer Value> ? Value : Expression extends Escaped<never, never, infer Value> ? Value : never;

/** Row with the columns of the expressions added, or replaced where a name is taken. */
export type Derived<Row, Expressions> = { [Name in Exclude<keyof Row, keyof Expressions> | keyof Expressions]: Name extends keyof Expressions ? ValueOf<Expressions[Name]> : Name extends keyof Row ? Row[Name] : never };

/** The row of a rollup: the group keys and one column per expression. */
export type RolledUp<Groups, Expressions> = { [Name in keyof Groups | keyof Expressions]: Name extends keyof Expressions ? ValueOf<Expressions[Name]> : Name extends keyof Groups ? Groups[Name] : never };

/** Row with columns renamed by Renames (old name → new name). */
export type Renamed<Row, Renames> = { [Name in keyof Row as Name extends keyof Renames ? (Renames[Name] & string) : Name]: Row[Name] };

/**
 * An arquero table (a ColumnTable at run time) whose rows are of type Row, so
 * that a column the rows do not have, in a row expression or by name, fails to
 * compile. Groups is the columns it is grouped by with their types, as they
 * were at groupby() (arquero keeps them through select, rename and derive;
 * rollup and count put them back as columns); Params is what `$` holds.
 *
 * It types the verbs whose result a row type can say: filter, derive,
 * groupby/ungroup, rollup, count, orderby/unorder, select, rename, dedupe,
 * slice, sample, params, reify, and the readers and writers. For the others
 * (joins, pivot, fold, spread, string expressions…), `columnTable()` gives the
 * same table as arquero's own, untyped ColumnTable.
 */
export interface TypedTable<Row, Groups = {}, Params extends TableParams = {}> extends Pick<ColumnTable, 'numRows' | 'numCols' | 'totalRows' | 'isFiltered' | 'isGrouped' | 'isOrdered' | 'toArrow' | 'toArrowIPC' | 'toCSV' | 'toHTML' | 'toJSON' | 'toMarkdown'> {
  /** Rows for which the predicate holds. */
  filter(predicate: RowExpression<Row, Params, unknown> | Escaped<Row, Params, unknown>): TypedTable<Row, Groups, Params>;
  /** Adds (or replaces) a column per expression. */
  derive<Expressions extends ColumnExpressions<Row, Params>>(values: Expressions): TypedTable<Derived<Row, Expressions>, Groups, Params>;
  groupby<Key extends ColumnName<Row>>(...keys: [Key, ...Key[]]): TypedTable<Row, Pick<Row, Key>, Params>;
  ungroup(): TypedTable<Row, {}, Params>;
  /** One row per group (or one in all): the group keys and a column per aggregate expression. */
  rollup<Expressions extends ColumnExpressions<Row, Params>>(values: Expressions): TypedTable<RolledUp<Groups, Expressions>, {}, Params>;
  /** One row per group (or one in all): the group keys and the number of rows, in `count` or the column `as` names. */
  count<As extends string = 'count'>(options?: { as: As }): TypedTable<{ [Name in keyof Groups | As]: Name extends As ? number : Name extends keyof Groups ? Groups[Name] : never }, {}, Params>;
  /** Sorts by the keys in turn: a column, a row expression, or either wrapped in desc(). */
  orderby(...keys: (OrderKey<Row, Params> | Descending<OrderKey<Row, Params>>)[]): TypedTable<Row, Groups, Params>;
  unorder(): TypedTable<Row, Groups, Params>;
  select<Column extends ColumnName<Row>>(...columns: Column[]): TypedTable<Pick<Row, Column>, Groups, Params>;
  /** Renames columns, old name → new name; a name the rows do not have fails to compile. */
  rename<const Renames extends { readonly [Name in keyof Renames]: Name extends ColumnName<Row> ? string : never }>(renames: Renames): TypedTable<Renamed<Row, Renames>, Groups, Params>;
  /** The first row of each distinct combination of the keys (of all columns without keys), ungrouped. */
  dedupe(...keys: ColumnName<Row>[]): TypedTable<Row, {}, Params>;
  slice(start?: number, end?: number): TypedTable<Row, Groups, Params>;
  sample(size: number, options?: { replace?: boolean; shuffle?: boolean }): TypedTable<Row, Groups, Params>;
  /** Values for `$` in row expressions. */
  params<Values extends TableParams>(values: Values): TypedTable<Row, Groups, Params & Values>;
  /** The same rows, with the filter and order applied to the data. */
  reify(): TypedTable<Row, Groups, Params>;
  columnNames(): ColumnName<Row>[];
  get<Column extends ColumnName<Row>>(column: Column, row?: number): Row[Column];
  array<Column extends ColumnName<Row>>(column: Column): Row[Column][];
  object(row?: number): Row;
  /** The rows as objects, in order; `limit` and `offset` as arquero's. */
  objects(options?: { limit?: number; offset?: number }): Row[];
  [Symbol.iterator](): Iterator<Row>;
}

/** The same table as arquero's ColumnTable, for the verbs TypedTable does not type; it costs nothing at run time. */
export function columnTable<Row, Groups, Params extends TableParams>(table: TypedTable<Row, Groups, Params>): ColumnTable {
  return table as unknown as ColumnTable;
}
