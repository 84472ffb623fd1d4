/** One thing wrong with a package, as validate() reports it. */
export interface Finding {
  kind: 'descriptor' | 'file' | 'cell' | 'row' | 'primary-key' | 'foreign-key' | 'check';
  /** The resource concerned, when there is one. */
  resource?: string;
  /** 1-based CSV record number, header included, as an editor shows it. */
  row?: number;
  field?: string;
  /** For the findings a program may want to branch on: a cell a spreadsheet would run as a formula, a pattern RE2 cannot compile. */
  code?: 'CELL_FORMULA' | 'PATTERN_UNSUPPORTED';
  message: string;
}
