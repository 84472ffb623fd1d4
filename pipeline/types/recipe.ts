/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * An entity id, or "@label" to map the spec's printed label to an id through the alias table.
 */
export type EntityRef = string;
export type KeyMatch = string | [string, ...string[]];

/**
 * Declarative recipes for the tables of one source: where each table is and how its header, rows and cells are laid out. A recipe names structure and meaning, never a value: the values are read from the text.
 */
export interface TableRecipes {
  source_id: string;
  /**
   * @minItems 1
   */
  tables: [TableRecipe, ...TableRecipe[]];
}
export interface TableRecipe {
  /**
   * Recipe id, unique within the source.
   */
  id: string;
  /**
   * The caption as printed ("Table 2"); the table starts at the line that is this caption, alone or followed by ":".
   */
  caption: string;
  /**
   * Non-empty lines after the caption that hold the title and unit, before the header.
   */
  preamble_lines?: number;
  /**
   * Lines of the printed source note, which starts with "Source:".
   */
  source_lines?: number;
  /**
   * The whole table is dated by a date printed in the caption or preamble ("by Sept.1999").
   */
  period_from_preamble?: boolean;
  defaults: Semantics;
  /**
   * @minItems 1
   */
  regions: [Region, ...Region[]];
  checks?: RecipeCheck[];
}
export interface Semantics {
  indicator?: string;
  entity?: EntityRef;
  partner?: EntityRef;
  note?: string;
}
/**
 * The text between one printing of the caption and its source note (a table printed in parts has one region per part).
 */
export interface Region {
  /**
   * Which printing of the caption starts this region.
   */
  occurrence?: number;
  /**
   * Non-empty lines of footnotes between the last row and the source note.
   */
  footnote_lines?: number;
  /**
   * @minItems 1
   */
  blocks: [Block, ...Block[]];
}
/**
 * A header followed by the rows under it.
 */
export interface Block {
  /**
   * rows: each row is a label followed by one cell per column; columns: no row labels, the cells are printed column after column.
   */
  layout?: 'rows' | 'columns';
  /**
   * The printed head of the row-label column ("Year").
   */
  stub?: string;
  /**
   * Column groups printed on the header's first line; the columns repeat under each group.
   */
  groups?: Spec[];
  /**
   * @minItems 1
   */
  columns: [Spec, ...Spec[]];
  /**
   * @minItems 1
   */
  rows: [Spec, ...Spec[]];
}
/**
 * A column, column group or row: how its label is printed and what its cells mean.
 */
export interface Spec {
  /**
   * Name used by checks; defaults to the printed label.
   */
  key?: string;
  /**
   * The label's words as printed.
   */
  label?: string;
  /**
   * The label is whatever words stand before the row's first cell.
   */
  any_label?: boolean;
  /**
   * printed: the label ends with a year or year range ("1995", "1989-90", "1994-2004*"); span: the label covers the block's other periods.
   */
  period?: 'printed' | 'span';
  /**
   * A column printed without a header of its own takes the period of the column with this key in its block (a share column beside "Outstanding 1997-2007").
   */
  period_of?: string;
  /**
   * The spec matches as many consecutive rows (or header columns) as the text has.
   */
  repeat?: boolean;
  /**
   * Cells carry a % sign (in a columns layout this tells the rows apart).
   */
  percent_sign?: boolean;
  indicator?: string;
  entity?: EntityRef;
  partner?: EntityRef;
  note?: string;
}
export interface RecipeCheck {
  kind: 'sum' | 'difference' | 'share' | 'growth' | 'equal' | 'mirror';
  target: Selector;
  /**
   * sum: the addends; difference: minuend then subtrahend; share: part then whole; growth: current then previous; equal: the reference; mirror: the same quantity as another table reports it (its table named).
   */
  parts?: Selector1[];
  /**
   * sum only: the addends are all other cells of the target's row (or column).
   */
  rest_of?: 'row' | 'column';
  /**
   * Cells left out of rest_of.
   */
  except?: Selector1[];
  /**
   * mirror only: how many times larger or smaller than its mirror figure a cell may be and still pass.
   */
  factor?: number;
}
/**
 * The printed cells the relation predicts.
 */
export interface Selector {
  /**
   * In a part only: the recipe id of another table of the same source to take the cell from (a mirror check); its row, column and group keys are matched as in the checked cell's own table.
   */
  table?: string;
  row?: KeyMatch;
  column?: KeyMatch;
  group?: KeyMatch;
}
/**
 * Cells by key; a key left out is matched to the checked cell's. "@previous" as column means the column before the checked cell's.
 */
export interface Selector1 {
  /**
   * In a part only: the recipe id of another table of the same source to take the cell from (a mirror check); its row, column and group keys are matched as in the checked cell's own table.
   */
  table?: string;
  row?: KeyMatch;
  column?: KeyMatch;
  group?: KeyMatch;
}
