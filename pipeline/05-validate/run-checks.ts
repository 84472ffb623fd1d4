import type { Check } from '../../src/types/check.js';
import type { KeyMatch, RecipeCheck, Selector } from '../types/recipe.js';
import type { NormalizedCell, NormalizedTable } from '../03-normalize/index.js';
import { PipelineError } from '../errors.js';
import { additiveError, halfUnit, ratioError, type Operand } from './tolerance.js';

/** Relative slack beyond rounding that still reads as a slip in the last digits rather than an error. */
const WARN_RELATIVE = 0.01;

type Dimension = 'row' | 'column' | 'group';
const DIMENSIONS: readonly Dimension[] = ['row', 'column', 'group'];

/** A check as run, before the acknowledgements are applied (see acknowledgeChecks). */
export type CheckResult = Omit<Check, 'acknowledged' | 'acknowledgement'>;

/**
 * Runs a table's arithmetic checks; `tables` are every table of the build, for
 * the parts that name another table of the same source (mirror checks). A relation
 * that does not hold is the source's inconsistency: it is recorded with the cells
 * involved, never thrown.
 */
export function runChecks(normalized: NormalizedTable, tables: readonly NormalizedTable[] = [normalized]): CheckResult[] {
  const { table } = normalized;
  const cells = normalized.cells;
  return (table.recipe.checks ?? []).flatMap((check, index) => {
    const label = `${table.recipeId} check ${index + 1} (${check.kind})`;
    const partCells = partTables(check, normalized, tables);
    return cells
      .filter((cell) => cell.printed && matchesFixed(cell, check.target))
      .flatMap((target) => {
        const inputs = resolveInputs(check, target, cells, partCells, { label, table, index });
        return inputs ? [evaluate(check, index, target, inputs, table.sourceId, table.recipe.caption)] : [];
      });
  });
}

/**
 * The cells each part of a check selects from: its own table's, or those of the table it names
 * (loadRecipes has made sure that it names a recipe of the same file).
 */
function partTables(check: RecipeCheck, own: NormalizedTable, tables: readonly NormalizedTable[]): NormalizedCell[][] {
  return (check.parts ?? []).map((selector) => {
    if (selector.table === undefined) return own.cells;
    const other = tables.find((candidate) => candidate.table.recipeId === `${own.table.sourceId}/${selector.table}`);
    if (!other) throw new Error(`runChecks was not given table ${own.table.sourceId}/${selector.table}, which a check of ${own.table.recipeId} names`);
    return other.cells;
  });
}

function keyOf(cell: NormalizedCell, dimension: Dimension): string | null {
  const { cell: c } = cell;
  return dimension === 'row' ? c.row.key : dimension === 'column' ? c.column.key : (c.group?.key ?? null);
}

function includes(match: KeyMatch, key: string | null): boolean {
  return key !== null && (typeof match === 'string' ? match === key : match.includes(key));
}

function matchesFixed(cell: NormalizedCell, selector: Selector): boolean {
  return DIMENSIONS.every((dimension) => selector[dimension] === undefined || includes(selector[dimension]!, keyOf(cell, dimension)));
}

/** A selector's cell relative to the target: dimensions it leaves out take the target's key. */
function matchesRelative(cell: NormalizedCell, selector: Selector, target: NormalizedCell, previousColumn: string | null): boolean {
  return DIMENSIONS.every((dimension) => {
    const match = selector[dimension];
    if (match === undefined) return keyOf(cell, dimension) === keyOf(target, dimension);
    if (match === '@previous') return previousColumn !== null && keyOf(cell, dimension) === previousColumn;
    return includes(match, keyOf(cell, dimension));
  });
}

/**
 * A table's cells grouped by their key in one dimension, in table order: the
 * cells a target's relatives can be, looked up rather than sought among all
 * cells for every target (that search made the checks quadratic in a table's size).
 * Made once per list of cells and dimension.
 */
const groupings = new WeakMap<readonly NormalizedCell[], Map<Dimension, Map<string | null, NormalizedCell[]>>>();

function cellsWithKey(cells: readonly NormalizedCell[], dimension: Dimension, key: string | null): readonly NormalizedCell[] {
  let byDimension = groupings.get(cells);
  if (!byDimension) groupings.set(cells, (byDimension = new Map()));
  let groups = byDimension.get(dimension);
  if (!groups) {
    groups = new Map();
    for (const cell of cells) {
      const group = groups.get(keyOf(cell, dimension));
      if (group) group.push(cell);
      else groups.set(keyOf(cell, dimension), [cell]);
    }
    byDimension.set(dimension, groups);
  }
  return groups.get(key) ?? [];
}

/** The key of the column printed just before the target's, in the same block and column group. */
function previousColumnKey(target: NormalizedCell, cells: readonly NormalizedCell[]): string | null {
  const { block, columnIndex } = target.cell;
  const group = keyOf(target, 'group');
  const previous = cellsWithKey(cells, 'group', group).find((cell) => cell.cell.block === block && cell.cell.columnIndex === columnIndex - 1);
  return previous ? previous.cell.column.key : null;
}

/** The check being run, for an error about its recipe. */
interface CheckPlace {
  label: string;
  table: NormalizedTable['table'];
  index: number;
}

function resolveInputs(check: RecipeCheck, target: NormalizedCell, cells: readonly NormalizedCell[], partCells: readonly (readonly NormalizedCell[])[], place: CheckPlace): NormalizedCell[] | null {
  if (check.rest_of) {
    const along: Dimension = check.rest_of === 'row' ? 'row' : 'column';
    const except = check.except ?? [];
    return cellsWithKey(cells, along, keyOf(target, along)).filter(
      (cell) =>
        cell !== target &&
        keyOf(cell, along) === keyOf(target, along) &&
        keyOf(cell, 'group') === keyOf(target, 'group') &&
        !except.some((selector) => matchesFixed(cell, selector)),
    );
  }
  const previousColumn = previousColumnKey(target, cells);
  const inputs: NormalizedCell[] = [];
  for (const [position, selector] of (check.parts ?? []).entries()) {
    // A part that leaves the row out selects in the target's row only.
    const candidates = selector.row === undefined ? cellsWithKey(partCells[position]!, 'row', keyOf(target, 'row')) : partCells[position]!;
    const found = candidates.filter((cell) => matchesRelative(cell, selector, target, previousColumn));
    if (found.length === 0 && selector.column === '@previous') return null; // the first column has nothing before it
    if (found.length === 0 && selector.table !== undefined) return null; // the other table does not print this row
    if (found.length !== 1) {
      const { label, table, index } = place;
      // A part's table is always of the same source, so its cells are printed in the same text.
      const selected = found.length ? ` (on lines ${found.map((cell) => cell.cell.line).join(', ')})` : '';
      throw new PipelineError('RECIPE_INVALID', `${label}: part ${position + 1} selects ${found.length} cells${selected} for the checked cell printed at ${table.file}:${target.cell.line}`, {
        ...table.recipeAt(`/checks/${index}/parts/${position}`),
        recipe: table.recipeId,
        expected: 'exactly one cell per part',
        seen: JSON.stringify(selector),
      });
    }
    inputs.push(found[0]!);
  }
  return inputs;
}

function operand(cell: NormalizedCell): Operand {
  // An empty cell ("-") stands for nothing: zero, known exactly.
  return cell.printed ? { value: cell.printed.value, error: halfUnit(cell.printed.decimals) } : { value: 0, error: 0 };
}

function evaluate(check: RecipeCheck, index: number, target: NormalizedCell, inputs: NormalizedCell[], sourceId: string, caption: string): CheckResult {
  const found = operand(target);
  const operands = inputs.map(operand);
  const labels = inputs.map((cell) => (cell.cell.recipe === target.cell.recipe ? describeCell(cell) : `${cell.cell.table} ${describeCell(cell)}`));
  const { expected, error, formula } = relation(check, operands, labels, found);
  const difference = found.value - expected;
  const tolerance = found.error + error;
  const magnitude = Math.abs(difference);
  const status = magnitude <= tolerance + 1e-9 ? 'pass' : magnitude <= Math.abs(expected) * WARN_RELATIVE ? 'warn' : 'fail';
  return {
    check_id: `${target.obsId}:${check.kind}${index + 1}`,
    source_id: sourceId,
    table: caption,
    kind: check.kind,
    description: `${describeCell(target)} = ${formula}`,
    target_obs_id: target.obsId,
    // An empty cell has no observation to point at; it entered the relation as zero.
    input_obs_ids: inputs.flatMap((cell) => (cell.printed ? [cell.obsId] : [])),
    expected: round(expected),
    found: found.value,
    difference: round(difference),
    tolerance: round(tolerance),
    status,
  };
}

function relation(check: RecipeCheck, operands: Operand[], labels: string[], found: Operand): { expected: number; error: number; formula: string } {
  const [a, b] = operands as [Operand, Operand];
  switch (check.kind) {
    case 'sum':
      return { expected: operands.reduce((total, x) => total + x.value, 0), error: additiveError(operands), formula: labels.join(' + ') };
    case 'difference':
      return { expected: a.value - b.value, error: additiveError(operands), formula: `${labels[0]} − ${labels[1]}` };
    case 'share':
      return { expected: (100 * a.value) / b.value, error: ratioError(a, b), formula: `100 × ${labels[0]} / ${labels[1]}` };
    case 'growth':
      return { expected: 100 * (a.value / b.value - 1), error: ratioError(a, b), formula: `100 × (${labels[0]} / ${labels[1]} − 1)` };
    case 'equal':
      return { expected: a.value, error: a.error, formula: labels[0]! };
    case 'mirror':
      return { expected: a.value, error: a.error + factorBand(a.value, found.value, check.factor!), formula: `${labels[0]} within a factor of ${check.factor}` };
  }
}

/**
 * How far from the mirror figure the factor lets a cell lie, on the side where it does lie:
 * up to factor × mirror above it, down to mirror / factor below. Written as a tolerance, the
 * band keeps the rule every check follows (pass when |found − expected| ≤ tolerance).
 */
function factorBand(mirror: number, found: number, factor: number): number {
  const magnitude = Math.abs(mirror);
  return Math.abs(found) >= magnitude ? magnitude * (factor - 1) : magnitude * (1 - 1 / factor);
}

function describeCell(cell: NormalizedCell): string {
  const { row, column, group } = cell.cell;
  const parts = [row.printed, group?.printed, column.printed].filter((part): part is string => Boolean(part));
  return `[${parts.join(' | ')}]`;
}

/** Checks compare printed figures: six decimals are more than any table prints. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0;
}
