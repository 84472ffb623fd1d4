/** One thing wrong with a package, as validate() reports it. */
export interface Finding {
  kind: 'descriptor' | 'file' | 'cell' | 'row' | 'primary-key' | 'foreign-key' | 'check';
  /** The resource concerned, when there is one. */
  resource?: string;
  /** 1-based CSV record number, header included, as an editor shows it. */
  row?: number;
  field?: string;
  message: string;
}
