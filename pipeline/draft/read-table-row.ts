import type { Line } from '../01-ingest/index.js';
import type { Numeral } from '../02-extract/index.js';

/** A figure printed in a table flattened to lines of text: the row's label and the header of its column. */
export interface TableRow {
  /** The words before the row's figures ("Chile"). */
  label: string;
  /** The header of the figure's column ("share of Peru's imports"). */
  column: string;
  /** The header line, whose owner ("Peru's") is whose the figures are. */
  header: string;
}

/** A row: a label of words, then figures only ("Chile 1,2% 0,4% 310"). */
const ROW = /^\s*(\p{L}[\p{L} .’'-]*?)\s+((?:[-–]?\d[\d.,]*\s?%?\s*)+)$/u;
/** What separates the cells of a header printed on one line: a slash, a bar, a tab or a run of spaces. */
const CELL_SEPARATOR = /\s+\/\s+|\s*\|\s*|\t+|\s{2,}/;

function rowFigures(text: string): { label: string; figures: { at: number; text: string }[] } | null {
  const row = ROW.exec(text);
  if (!row) return null;
  const start = text.indexOf(row[2]!, row.index + row[1]!.length);
  const figures = [...row[2]!.matchAll(/[-–]?\d[\d.,]*/g)].map((figure) => ({ at: start + figure.index, text: figure[0] }));
  return { label: row[1]!.trim(), figures };
}

/**
 * The row and column of a figure printed in a table flattened to lines: rows
 * of a label and figures, under a header line whose cells (split by " / ", a
 * bar, a tab or a run of spaces) are one more than the row's figures, the
 * first naming the labels. Null for a figure in prose.
 */
export function readTableRow(lines: readonly Line[], numeral: Numeral): TableRow | null {
  const own = rowFigures(lines[numeral.line - 1]!.text);
  if (!own || own.figures.length < 2) return null;
  const index = own.figures.findIndex((figure) => figure.at === numeral.column - 1);
  if (index < 0) return null;
  let above = numeral.line - 2;
  while (above >= 0 && rowFigures(lines[above]!.text)?.figures.length === own.figures.length) above -= 1;
  const header = above >= 0 ? lines[above]!.text.trim() : '';
  const cells = header.split(CELL_SEPARATOR).map((cell) => cell.trim());
  if (cells.length !== own.figures.length + 1 || cells.some((cell) => cell === '' || /\d/.test(cell))) return null;
  return { label: own.label, column: cells[index + 1]!, header };
}
