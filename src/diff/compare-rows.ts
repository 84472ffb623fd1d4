import type { Cell } from '../cast.js';
import { asList, type TableResource } from '../descriptor.js';
import type { Row } from '../read-table.js';

/** Fields that describe rather than state data: a change there is metadata (see the README's versioning rule). */
export const DESCRIPTIVE_FIELDS: ReadonlySet<string> = new Set(['description', 'note', 'notes', 'title', 'label', 'aliases', 'rights', 'url', 'reason', 'attributed_to', 'authors', 'publisher', 'container_title', 'identifier', 'classified_by']);

export interface FieldChange {
  field: string;
  from: Cell;
  to: Cell;
}

export interface TableDiff {
  resource: string;
  /** The fields rows are matched by: the primary key, or every field when there is none. */
  key: string[];
  added: string[];
  removed: string[];
  changed: { key: string; fields: FieldChange[] }[];
  /** Changed rows by field: how many rows changed in each. */
  changedFields: Record<string, number>;
}

/** Matches the rows of one table in two versions by primary key and lists what was added, removed and changed. */
export function compareRows(before: TableResource, oldRows: readonly Row[], after: TableResource, newRows: readonly Row[]): TableDiff {
  const primaryKey = asList(after.schema.primaryKey);
  const samePrimaryKey = primaryKey.length > 0 && primaryKey.join() === asList(before.schema.primaryKey).join();
  const key = samePrimaryKey ? primaryKey : after.schema.fields.map((field) => field.name);
  const keyOf = (row: Row) => key.map((field) => String(row[field] ?? '')).join(' | ');
  const oldByKey = new Map(oldRows.map((row) => [keyOf(row), row]));
  const newByKey = new Map(newRows.map((row) => [keyOf(row), row]));
  const oldFieldNames = new Set(before.schema.fields.map((field) => field.name));
  const common = after.schema.fields.map((field) => field.name).filter((name) => oldFieldNames.has(name));
  const diff: TableDiff = { resource: after.name, key, added: [], removed: [], changed: [], changedFields: {} };
  for (const id of oldByKey.keys()) if (!newByKey.has(id)) diff.removed.push(id);
  for (const [id, row] of newByKey) {
    const previous = oldByKey.get(id);
    if (!previous) {
      diff.added.push(id);
      continue;
    }
    const fields = common.filter((field) => !sameCell(previous[field] ?? null, row[field] ?? null)).map((field) => ({ field, from: previous[field] ?? null, to: row[field] ?? null }));
    if (!fields.length) continue;
    diff.changed.push({ key: id, fields });
    for (const { field } of fields) diff.changedFields[field] = (diff.changedFields[field] ?? 0) + 1;
  }
  return diff;
}

function sameCell(a: Cell, b: Cell): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameCell(item, b[index]!));
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}
