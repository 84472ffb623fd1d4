import type { Block, RecipeCheck, Spec, TableRecipe } from '../../pipeline/types/recipe.js';

/**
 * Made-up tables for unit tests, modelled on the tables of the real sources. Each builder fixes what a
 * kind of table always is (caption, defaults, the shape of its header and rows) and takes what tests vary.
 * The text is the caller's, line for line, since tests count its lines and bytes.
 */

/** A made-up table: its printed text and the recipe that reads it. */
export interface SyntheticTable {
  text: string;
  recipe: TableRecipe;
}

/** What every builder takes. */
export interface SyntheticTableOptions {
  /** The recipe id (cells name it "synthetic/<id>"). */
  id: string;
  /** The printed text, one string a line, joined with "\n". */
  lines: readonly string[];
  /** The recipe's checks; none when left out. */
  checks?: RecipeCheck[];
}

/** A recipe for a table printed once, as one block under one header. */
export function oneBlockRecipe(fields: Omit<TableRecipe, 'regions'>, block: Block): TableRecipe {
  return { ...fields, regions: [{ blocks: [block] }] };
}

/** The table of a builder: its lines joined, its recipe with the checks if any. */
function synthetic(lines: readonly string[], recipe: TableRecipe, checks: RecipeCheck[] | undefined): SyntheticTable {
  return { text: lines.join('\n'), recipe: checks ? { ...recipe, checks } : recipe };
}

/**
 * "Table 1", Korea's trade with Mexico: one row a printed year, under the columns Exports, Imports,
 * a total (printed as `totalLabel`, "Total" unless told) and Balance.
 */
export function tradeTable({ id, lines, checks, preambleLines, totalLabel = 'Total' }: SyntheticTableOptions & { preambleLines: number; totalLabel?: string }): SyntheticTable {
  const recipe = oneBlockRecipe(
    { id, caption: 'Table 1', preamble_lines: preambleLines, defaults: { entity: 'KOR', partner: 'MEX' } },
    {
      columns: [
        { key: 'exports', label: 'Exports', indicator: 'exports' },
        { key: 'imports', label: 'Imports', indicator: 'imports' },
        { key: 'total', label: totalLabel, indicator: 'trade_total' },
        { key: 'balance', label: 'Balance', indicator: 'trade_balance' },
      ],
      rows: [{ period: 'printed', repeat: true }],
    },
  );
  return synthetic(lines, recipe, checks);
}

/**
 * "Table 7", Korean investment in Mexico by branch, after one preamble line: under the stub "Branches",
 * rows with any label, then the literal rows "Other" and "Total"; an amount and a share column, printed
 * as `amountLabel` and `shareLabel` ("Amount" and "Share" unless told).
 */
export function segmentsTable({ id, lines, checks, amountLabel = 'Amount', shareLabel = 'Share' }: SyntheticTableOptions & { amountLabel?: string; shareLabel?: string }): SyntheticTable {
  const recipe = oneBlockRecipe(
    { id, caption: 'Table 7', preamble_lines: 1, defaults: { entity: 'KOR', partner: 'MEX' } },
    {
      stub: 'Branches',
      columns: [
        { key: 'amount', label: amountLabel, indicator: 'fdi_accumulated' },
        { key: 'share', label: shareLabel, indicator: 'fdi_accumulated_share' },
      ],
      rows: [{ any_label: true, repeat: true }, { key: 'other', label: 'Other' }, { key: 'total', label: 'Total' }],
    },
  );
  return synthetic(lines, recipe, checks);
}

/** The column groups `groupsTable` knows: Mexico's trade partners in Asia. */
const PARTNER_GROUPS = {
  japan: { key: 'japan', label: 'Japan', partner: 'JPN' },
  three_chinas: { key: 'three_chinas', label: '"Three Chinas"', partner: 'THREE_CHINAS' },
  korea: { key: 'korea', label: 'Korea', partner: 'KOR' },
} satisfies Record<string, Spec>;

/**
 * "Table IV", Mexico's trade with Asian partners, its title on the caption line: one column group a
 * partner (named by key, in printed order), under each group the same printed-year columns; `rows` as given.
 */
export function groupsTable({ id, lines, checks, groups, rows }: SyntheticTableOptions & { groups: (keyof typeof PARTNER_GROUPS)[]; rows: [Spec, ...Spec[]] }): SyntheticTable {
  const recipe = oneBlockRecipe(
    { id, caption: 'Table IV', defaults: { entity: 'MEX' } },
    { groups: groups.map((key) => ({ ...PARTNER_GROUPS[key] })), columns: [{ period: 'printed', repeat: true }], rows },
  );
  return synthetic(lines, recipe, checks);
}

/**
 * "Table 3", Korea's imports of automobiles from Mexico: printed-year columns, a value row and a growth row.
 * In the rows layout the rows are labelled "Value" and "Growth"; in the columns layout they print no label
 * and the growth cells are told apart by their % sign.
 */
export function autosTable({ id, lines, checks, preambleLines, layout }: SyntheticTableOptions & { preambleLines: number; layout: 'rows' | 'columns' }): SyntheticTable {
  const rows: [Spec, ...Spec[]] =
    layout === 'rows'
      ? [
          { key: 'value', label: 'Value', indicator: 'imports_automobiles' },
          { key: 'growth', label: 'Growth', indicator: 'imports_automobiles_growth' },
        ]
      : [
          { key: 'value', indicator: 'imports_automobiles' },
          { key: 'growth', percent_sign: true, indicator: 'imports_automobiles_growth' },
        ];
  const recipe = oneBlockRecipe(
    { id, caption: 'Table 3', preamble_lines: preambleLines, defaults: { entity: 'KOR', partner: 'MEX' } },
    { ...(layout === 'columns' ? { layout } : {}), columns: [{ period: 'printed', repeat: true }], rows },
  );
  return synthetic(lines, recipe, checks);
}
