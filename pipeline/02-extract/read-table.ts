import type { Block, Spec, TableRecipe } from '../types/recipe.js';
import type { Line } from '../01-ingest/index.js';
import { PipelineError, type ErrorContext } from '../errors.js';
import { locateRegion, readSourceNote, type TableRegion } from './locate.js';
import { hasPercentSign, isCell, isEmptyCell, isNumberCell, isPeriodLabel, numberPart, tokenizeLines, type Token } from './tokenize.js';

/** A header or row label as read from the text, with the recipe spec it matched. */
export interface ReadLabel {
  key: string;
  /** The label's words as printed, joined by single spaces; null for an unlabelled column. */
  printed: string | null;
  /** The printed period labels the label dates its cells by ("1989-90"); several for a span. */
  periods: string[];
  /** Line of the label's first word; null for an unlabelled column. */
  line: number | null;
  /** The printed header the periods were read from, when it is not this label's own (a span column's, a column dated by its neighbour's). */
  periodHeader?: string;
  spec: Spec;
}

/** One table cell as read from the text, before any interpretation of its number. */
export interface ExtractedCell {
  recipe: string;
  sourceId: string;
  table: string;
  row: ReadLabel;
  column: ReadLabel;
  group: ReadLabel | null;
  /** Position of the column in its block, for relations between neighbouring columns. */
  columnIndex: number;
  block: string;
  line: number;
  charColumn: number;
  /** The number as printed without a percent sign; "-" for an empty cell. */
  raw: string;
  byteStart: number;
  byteEnd: number;
  empty: boolean;
  percentSign: boolean;
}

/** Where a value of a table's recipe is written, by a JSON pointer below the recipe ("/checks/0/parts/1"). */
export type RecipeLocator = (pointer: string) => Pick<ErrorContext, 'file' | 'line' | 'column'>;

/** One table as read from the text: its cells and the words around them that give them meaning. */
export interface ExtractedTable {
  recipe: TableRecipe;
  recipeId: string;
  sourceId: string;
  /** The raw text the table is printed in. */
  file: string;
  /** Where the recipe's values are written, for errors about the recipe found after extraction (a check's parts). */
  recipeAt: RecipeLocator;
  /** Caption line and preamble lines as printed (where titles, units and dates are). */
  captionText: string;
  captionLine: number;
  attributedTo: string;
  footnotes: string[];
  /** The bytes of each printed part, caption to source note: every numeral there belongs to the table. */
  extents: { byteStart: number; byteEnd: number }[];
  cells: ExtractedCell[];
}

interface Cursor {
  tokens: Token[];
  at: number;
}

interface Context {
  recipeId: string;
  file: string;
  lastLine: number;
}

/**
 * Reads one table by its recipe: finds each printed part, reads its header
 * and rows and returns every cell with its byte span. Any departure from the
 * recipe is an error naming the recipe and the line. Without `recipeAt` (a
 * recipe that was not read from a file) errors about the recipe name its
 * source's recipe file alone.
 */
export function readTable(recipe: TableRecipe, sourceId: string, file: string, lines: readonly Line[], recipeAt?: RecipeLocator): ExtractedTable {
  const recipeId = `${sourceId}/${recipe.id}`;
  const captionDeclaredAt = recipeAt && (() => recipeAt('/caption'));
  const cells: ExtractedCell[] = [];
  const regions: TableRegion[] = [];
  recipe.regions.forEach((regionRecipe, regionIndex) => {
    const region = locateRegion(lines, {
      recipe: recipeId,
      file,
      caption: recipe.caption,
      ...(captionDeclaredAt ? { captionDeclaredAt } : {}),
      occurrence: regionRecipe.occurrence ?? 1,
      preambleLines: recipe.preamble_lines ?? 0,
      footnoteLines: regionRecipe.footnote_lines ?? 0,
      sourceLines: recipe.source_lines ?? 1,
    });
    regions.push(region);
    const context: Context = { recipeId, file, lastLine: region.body.at(-1)?.number ?? region.caption.number };
    const cursor: Cursor = { tokens: tokenizeLines(region.body), at: 0 };
    regionRecipe.blocks.forEach((block, blockIndex) => {
      const blockId = `${regionIndex + 1}.${blockIndex + 1}`;
      for (const cell of readBlock(block, cursor, context)) {
        cells.push({ ...cell, recipe: recipeId, sourceId, table: recipe.caption, block: blockId });
      }
    });
    const leftover = cursor.tokens[cursor.at];
    if (leftover) {
      throw mismatch(context, leftover, 'the end of the table (its source note, or a footnote the recipe declares)');
    }
  });
  const first = regions[0]!;
  return {
    recipe,
    recipeId,
    sourceId,
    file,
    recipeAt: recipeAt ?? (() => ({ file: `pipeline/02-extract/recipes/${sourceId}.json` })),
    captionText: [first.caption, ...first.preamble].map((line) => line.text.trim()).join('\n'),
    captionLine: first.caption.number,
    attributedTo: readSourceNote(first),
    footnotes: regions.flatMap((region) => region.footnotes.map((line) => line.text.trim())),
    extents: regions.map((region) => ({ byteStart: region.caption.start, byteEnd: (region.sourceNote.at(-1) ?? region.caption).end })),
    cells,
  };
}

type BlockCell = Omit<ExtractedCell, 'recipe' | 'sourceId' | 'table' | 'block'>;

function readBlock(block: Block, cursor: Cursor, context: Context): BlockCell[] {
  if (block.stub) readWords(cursor, block.stub, context);
  const groups = (block.groups ?? []).map((spec) => readLabel(cursor, spec, context));
  const columns = readColumns(block, groups, cursor, context);
  return (block.layout ?? 'rows') === 'rows'
    ? readRowsLayout(block.rows, columns, cursor, context)
    : readColumnsLayout(block.rows, columns, cursor, context);
}

interface ReadColumn {
  label: ReadLabel;
  group: ReadLabel | null;
}

function readColumns(block: Block, groups: ReadLabel[], cursor: Cursor, context: Context): ReadColumn[] {
  if (groups.length === 0) {
    return fillSpans(readSpecs(block.columns, cursor, context, Infinity), context).map((label) => ({ label, group: null }));
  }
  // Under column groups the header's second line repeats the columns once per group.
  const perGroup = countRepeatedColumns(block.columns, cursor, context, groups.length);
  return groups.flatMap((group) =>
    fillSpans(readSpecs(block.columns, cursor, context, perGroup), context).map((label) => ({ label, group })),
  );
}

/** How many printed columns a repeating column spec stands for under each of `groupCount` groups. */
function countRepeatedColumns(specs: Spec[], cursor: Cursor, context: Context, groupCount: number): number {
  if (!specs.some((spec) => spec.repeat)) return Infinity;
  let periods = 0;
  while (isPeriodLabel(cursor.tokens[cursor.at + periods])) periods += 1;
  const fixed = specs.filter((spec) => !spec.repeat).length;
  const perGroup = periods / groupCount - fixed;
  if (!Number.isInteger(perGroup) || perGroup < 1) {
    throw mismatch(context, cursor.tokens[cursor.at], `the same number of period columns under each of the ${groupCount} column groups`);
  }
  return perGroup;
}

function readSpecs(specs: Spec[], cursor: Cursor, context: Context, repeatLimit: number): ReadLabel[] {
  const labels: ReadLabel[] = [];
  for (const spec of specs) {
    if (!spec.repeat) {
      labels.push(readLabel(cursor, spec, context));
      continue;
    }
    let count = 0;
    while (count < repeatLimit && isPeriodLabel(cursor.tokens[cursor.at])) {
      labels.push(readLabel(cursor, spec, context));
      count += 1;
    }
    if (count === 0) throw mismatch(context, cursor.tokens[cursor.at], 'at least one period column');
  }
  return labels;
}

/**
 * A "span" column covers the periods of the block's other columns ("Outstanding" after 2001…2007);
 * a column with `period_of` takes the period of the column it names (an unlabelled share beside "Outstanding 2001-2007").
 */
function fillSpans(labels: ReadLabel[], context: Context): ReadLabel[] {
  const printed = labels.filter((label) => label.spec.period === 'printed');
  const printedPeriods = printed.flatMap((label) => label.periods);
  const spanHeader = printed.length ? [printed[0]!.printed, printed.at(-1)!.printed].filter((text, index, all) => all.indexOf(text) === index).join(' … ') : undefined;
  return labels.map((label) => {
    if (label.spec.period === 'span') return { ...label, periods: printedPeriods, ...(spanHeader ? { periodHeader: spanHeader } : {}) };
    if (label.spec.period_of === undefined) return label;
    const dating = labels.find((other) => other.key === label.spec.period_of && other.periods.length > 0);
    if (!dating) throw new PipelineError('RECIPE_INVALID', `column "${label.key}" takes its period from column "${label.spec.period_of}", which its block does not date`, { file: context.file, recipe: context.recipeId, expected: 'the key of a dated column of the same block', seen: label.spec.period_of });
    return { ...label, periods: dating.periods, ...(dating.printed ? { periodHeader: dating.printed } : {}) };
  });
}

/** Reads the label a spec describes from the header (no following cell is required). */
function readLabel(cursor: Cursor, spec: Spec, context: Context): ReadLabel {
  const words: Token[] = spec.label ? readWords(cursor, spec.label, context) : [];
  const periods: string[] = [];
  if (spec.period === 'printed') {
    const token = cursor.tokens[cursor.at];
    if (!isPeriodLabel(token)) throw mismatch(context, token, 'a year or year range ("1995", "1989-90")');
    words.push(token!);
    periods.push(token!.text);
    cursor.at += 1;
  }
  return makeLabel(spec, words, periods);
}

function makeLabel(spec: Spec, words: Token[], periods: string[]): ReadLabel {
  const printed = words.length ? words.map((token) => token.text).join(' ') : null;
  return { key: spec.key ?? printed ?? '', printed, periods, line: words[0]?.line ?? null, spec };
}

function readWords(cursor: Cursor, expected: string, context: Context): Token[] {
  const words = expected.split(/\s+/).filter(Boolean);
  const found = cursor.tokens.slice(cursor.at, cursor.at + words.length);
  if (found.length !== words.length || found.some((token, index) => token.text !== words[index])) {
    throw mismatch(context, found.find((token, index) => token.text !== words[index]) ?? cursor.tokens[cursor.at], `the words "${expected}"`);
  }
  cursor.at += words.length;
  return found;
}

/** Tries a row spec's label at the cursor; a label counts only when a cell follows it. */
function matchRowLabel(cursor: Cursor, spec: Spec): { label: ReadLabel; next: number } | null {
  const { tokens } = cursor;
  let at = cursor.at;
  const words: Token[] = [];
  const periods: string[] = [];
  if (spec.label) {
    for (const word of spec.label.split(/\s+/).filter(Boolean)) {
      if (tokens[at]?.text !== word) return null;
      words.push(tokens[at++]!);
    }
  } else if (spec.any_label) {
    // A dash between words ("Textiles – clothing") is part of the label, not an empty cell.
    while (tokens[at] && (!isCell(tokens[at]) || (isEmptyCell(tokens[at]) && tokens[at + 1] && !isCell(tokens[at + 1])))) words.push(tokens[at++]!);
    if (words.length === 0) return null;
  }
  if (spec.period === 'printed') {
    if (!isPeriodLabel(tokens[at])) return null;
    periods.push(tokens[at]!.text);
    words.push(tokens[at++]!);
  }
  if (!isCell(tokens[at])) return null;
  return { label: makeLabel(spec, words, periods), next: at };
}

function readRowsLayout(rows: Spec[], columns: ReadColumn[], cursor: Cursor, context: Context): BlockCell[] {
  const cells: BlockCell[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const spec = rows[index]!;
    const following = rows[index + 1];
    let matched = 0;
    for (;;) {
      if (matched > 0 && (!spec.repeat || (following && matchRowLabel(cursor, following)))) break;
      const match = matchRowLabel(cursor, spec);
      if (!match) {
        if (matched > 0) break;
        throw mismatch(context, cursor.tokens[cursor.at], describeRow(spec, columns.length));
      }
      cursor.at = match.next;
      // A row's cells stand on one line — a year row's on its label's line —, so a short row cannot borrow the next row's label as a cell.
      const rowLine = match.label.periods.length && !match.label.spec.label ? cursor.tokens[cursor.at - 1]!.line : cursor.tokens[cursor.at]!.line;
      columns.forEach((column, columnIndex) => {
        const token = cursor.tokens[cursor.at];
        if (!isCell(token) || token!.line !== rowLine) {
          const expected = `${columns.length} cells on line ${rowLine} for row "${match.label.printed}" (missing cell ${columnIndex + 1}, column "${column.label.printed ?? ''}")`;
          throw mismatch(context, token, expected, rowLine);
        }
        cells.push(makeCell(token!, match.label, column, columnIndex));
        cursor.at += 1;
      });
      matched += 1;
    }
  }
  return cells;
}

/** Cells printed column after column, rows told apart by their percent sign. */
function readColumnsLayout(rows: Spec[], columns: ReadColumn[], cursor: Cursor, context: Context): BlockCell[] {
  const cells: BlockCell[] = [];
  const rowLabels = rows.map((spec) => makeLabel(spec, [], []));
  columns.forEach((column, columnIndex) => {
    rows.forEach((spec, rowIndex) => {
      const token = cursor.tokens[cursor.at];
      const fits = isNumberCell(token) && hasPercentSign(token!) === Boolean(spec.percent_sign);
      if (!fits) {
        if (rowIndex > 0) return; // a later row may be absent in a column (no change before the first year)
        throw mismatch(context, token, `a cell of column "${column.label.printed ?? ''}"${spec.percent_sign ? ' with a % sign' : ' without a % sign'}`);
      }
      cells.push(makeCell(token!, rowLabels[rowIndex]!, column, columnIndex));
      cursor.at += 1;
    });
  });
  return cells;
}

function makeCell(token: Token, row: ReadLabel, column: ReadColumn, columnIndex: number): BlockCell {
  const number = numberPart(token);
  return {
    row,
    column: column.label,
    group: column.group,
    columnIndex,
    line: token.line,
    charColumn: token.column,
    raw: number.text,
    byteStart: number.byteStart,
    byteEnd: number.byteEnd,
    empty: !isNumberCell(token),
    percentSign: hasPercentSign(token),
  };
}

function describeRow(spec: Spec, cellCount: number): string {
  const label = spec.label ? `"${spec.label}"` : spec.any_label ? 'a label' : '';
  const period = spec.period === 'printed' ? `${label ? ' ending with ' : ''}a year` : '';
  return `a row ${label}${period} followed by ${cellCount} cells`;
}

/** The error for text that departs from the recipe; `line` overrides the token's when the fault is on another line. */
function mismatch(context: Context, token: Token | undefined, expected: string, line?: number): PipelineError {
  return new PipelineError('RECIPE_MISMATCH', 'the table no longer fits its recipe', {
    file: context.file,
    line: line ?? token?.line ?? context.lastLine,
    ...(token && (line === undefined || line === token.line) ? { column: token.column } : {}),
    recipe: context.recipeId,
    expected,
    seen: token?.text ?? '(end of table)',
  });
}
