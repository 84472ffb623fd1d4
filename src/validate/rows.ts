import { castsToText, type Cell } from '../cast.js';
import { asList, type FieldDescriptor, type TableResource } from '../descriptor.js';
import type { Row } from '../read-table.js';
import { compilePattern, type CompiledPattern } from './compile-pattern.js';
import type { Finding } from './findings.js';
import { isFormulaCell } from './formula-cells.js';

/** What is wrong with a cell, with a code where a program may branch on it. */
type Problem = string | { code: NonNullable<Finding['code']>; message: string };
/** A check of a cell that holds a value (an empty cell is checked only for being required). */
type Constraint = (value: Exclude<Cell, null>) => Problem | null;

/** Row i of a table is CSV record i + 2: the header is record 1. */
export const recordNumber = (index: number) => index + 2;

/**
 * Checks a table row by row (`check` each in turn, then the `findings`), so
 * that a reader need not hold the table: each typed cell against its field's
 * constraints, and the primary key and unique fields for duplicates. Cells
 * that did not cast are already reported by the reader (by record number and
 * field) and arrive as null; they are not reported again.
 */
export interface RowChecker {
  check(row: Row, index: number): void;
  findings(): Finding[];
}

/**
 * A checker of a table's rows; `uncastable` ("record:field") may grow as rows are read, each cell before its row is checked.
 * `compile` makes a field's pattern ready (compileOwnPattern for the package's own schemas).
 */
export function rowChecker(resource: TableResource, uncastable: ReadonlySet<string>, compile: (pattern: string) => CompiledPattern = compilePattern): RowChecker {
  const findings: Finding[] = [];
  const fields = resource.schema.fields.map((field) => {
    const compiled = constraintsOf(field, compile);
    if (compiled.unsupported) findings.push({ kind: 'descriptor', code: 'PATTERN_UNSUPPORTED', resource: resource.name, field: field.name, message: `PATTERN_UNSUPPORTED: pattern ${JSON.stringify(field.constraints!.pattern)} cannot be checked in linear time (${compiled.unsupported}); its cells are not tested against it` });
    return { field, required: compiled.required, constraints: compiled.constraints };
  });
  const primaryKey = asList(resource.schema.primaryKey);
  const keys = [
    // A primary key may not be empty; where its fields are not all declared required, nothing else says so.
    ...(primaryKey.length ? [{ fields: primaryKey, what: 'primary key', reportEmpty: !primaryKey.every((name) => fields.some(({ field }) => field.name === name && field.constraints?.required)) }] : []),
    ...resource.schema.fields.filter((field) => field.constraints?.unique).map((field) => ({ fields: [field.name], what: 'unique field', reportEmpty: false })),
  ].map((key) => duplicateFinder(resource.name, key));
  return {
    // Indexed loops, not for…of: this runs for every cell of a package, in a build mostly before the engine has
    // optimised it, and there an iterator a loop cost more than the checks themselves.
    check: (row, index) => {
      for (let at = 0; at < fields.length; at += 1) {
        const { field, required, constraints } = fields[at]!;
        if (uncastable.size && uncastable.has(`${recordNumber(index)}:${field.name}`)) continue;
        const value = row[field.name] ?? null;
        if (value === null) {
          if (required) findings.push(rowFinding(resource.name, index, field.name, 'is required but empty'));
          continue;
        }
        for (let next = 0; next < constraints.length; next += 1) {
          const problem = constraints[next]!(value);
          if (problem) findings.push(rowFinding(resource.name, index, field.name, problem));
        }
      }
      for (let at = 0; at < keys.length; at += 1) keys[at]!.check(row, index);
    },
    findings: () => [...findings, ...keys.flatMap((key) => key.findings)],
  };
}

/** A finding about a cell of a row, at its CSV record. */
function rowFinding(resource: string, index: number, field: string, problem: Problem): Finding {
  return { kind: 'row', resource, row: recordNumber(index), field, ...(typeof problem === 'string' ? { message: problem } : problem) };
}

/** Whether a field's cells are required, the checks of those that hold a value, and why its pattern cannot be one of them, if it cannot. */
function constraintsOf(field: FieldDescriptor, compile: (pattern: string) => CompiledPattern): { required: boolean; constraints: Constraint[]; unsupported?: string } {
  const c = field.constraints ?? {};
  const checks: Constraint[] = [];
  let unsupported: string | undefined;
  // A list is one cell of the CSV, its items joined: that is what a spreadsheet reads.
  const written = (value: Cell) => (Array.isArray(value) ? value.join(field.delimiter ?? ',') : value);
  // A number or boolean field's cells are never text: no cell of it is asked.
  if (castsToText(field)) {
    checks.push((cell) => {
      const value = written(cell);
      return typeof value === 'string' && isFormulaCell(value, field) ? { code: 'CELL_FORMULA', message: `CELL_FORMULA: ${JSON.stringify(value)} begins like a spreadsheet formula (=, +, -, @, tab or CR) in a column whose pattern does not declare signed numbers` } : null;
    });
  }
  if (c.enum) {
    const allowed = new Set<Cell>(c.enum);
    checks.push((value) => (allowed.has(value) ? null : `${JSON.stringify(value)} is not one of ${c.enum!.join(', ')}`));
  }
  if (c.pattern !== undefined) {
    const pattern = compile(c.pattern);
    if ('test' in pattern) checks.push((value) => (pattern.test(String(value)) ? null : `${JSON.stringify(value)} does not match ${c.pattern}`));
    else unsupported = pattern.unsupported;
  }
  const bound = (limit: number | undefined, fails: (value: number, limit: number) => boolean, words: string) => {
    if (limit !== undefined) checks.push((value) => (typeof value === 'number' && fails(value, limit) ? `${value} is not ${words} ${limit}` : null));
  };
  bound(c.minimum, (value, limit) => value < limit, 'at least');
  bound(c.maximum, (value, limit) => value > limit, 'at most');
  bound(c.exclusiveMinimum, (value, limit) => value <= limit, 'above');
  bound(c.exclusiveMaximum, (value, limit) => value >= limit, 'below');
  // A string's length is its characters; a list's, its items.
  const length = (limit: number | undefined, fails: (length: number, limit: number) => boolean, words: string) => {
    if (limit === undefined) return;
    checks.push((value) => {
      if (Array.isArray(value)) return fails(value.length, limit) ? `${JSON.stringify(value)} has ${words} ${limit} items` : null;
      return typeof value === 'string' && fails(characterCount(value, limit), limit) ? `${JSON.stringify(value)} has ${words} ${limit} characters` : null;
    });
  };
  length(c.minLength, (size, limit) => size < limit, 'fewer than');
  length(c.maxLength, (size, limit) => size > limit, 'more than');
  return { required: Boolean(c.required), constraints: checks, ...(unsupported ? { unsupported } : {}) };
}

/**
 * A string's characters (code points, as Table Schema counts them), without spreading it into an array;
 * or its UTF-16 length where that is as good for comparing with `limit`: a string has between half its length and its length of characters.
 */
function characterCount(text: string, limit: number): number {
  if (text.length < limit || text.length >= 2 * limit + 2) return text.length;
  let count = text.length;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // A high surrogate followed by a low one is one character written in two UTF-16 units.
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      at += 1;
    }
  }
  return count;
}

/** Finds rows that repeat a key (or leave a primary key empty), row by row. */
function duplicateFinder(resource: string, { fields, what, reportEmpty }: { fields: readonly string[]; what: string; reportEmpty: boolean }): { check(row: Row, index: number): void; findings: Finding[] } {
  const findings: Finding[] = [];
  // A key of one text field is looked up as itself, any other as its JSON: no string is made per row for the usual key.
  const firstByText = new Map<string, number>();
  const firstByJson = new Map<string, number>();
  return {
    findings,
    check(row, index) {
      const values = fields.map((field) => row[field] ?? null);
      // A unique field may repeat null.
      if (values.includes(null)) {
        if (reportEmpty) findings.push({ kind: 'primary-key', resource, row: recordNumber(index), field: fields.join(', '), message: `${what} is empty` });
        return;
      }
      // No array destructured a row: that takes an iterator.
      const first = values[0];
      const byText = values.length === 1 && typeof first === 'string';
      const seen = byText ? firstByText : firstByJson;
      const key = byText ? first : JSON.stringify(values);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else findings.push({ kind: 'primary-key', resource, row: recordNumber(index), field: fields.join(', '), message: `${what} ${values.join(', ')} repeats record ${recordNumber(earlier)}` });
    },
  };
}
