/** Where a command writes and how it sets the exit code: the process in the bin, a recorder in tests. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Sets the exit code; the highest asked for wins. */
  exit: (code: number) => void;
  /**
   * Progress lines for a person watching: the bin gives it only when stderr is a
   * terminal, so that logs, pipes and --json readers get the report and nothing else.
   */
  progress?: (text: string) => void;
}

/** A per-table progress callback for validate() and diff(), or none when the context shows no progress. */
export function tableProgress(context: CliContext, verb: string): { onTable?: (name: string, index: number, count: number) => void } {
  const { progress } = context;
  return progress ? { onTable: (name, index, count) => progress(`${verb} ${name} (${index}/${count})`) } : {};
}

/** Output with --json: the report as JSON, else its human form. */
export function print<T>(context: CliContext, report: T, json: boolean | undefined, format: (report: T) => string): void {
  context.out(json ? JSON.stringify(report, null, 2) : format(report));
}
