/** Where a command writes and how it sets the exit code: the process in the bin, a recorder in tests. */
export interface CliContext {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Sets the exit code; the highest asked for wins. */
  exit: (code: number) => void;
}

/** Output with --json: the report as JSON, else its human form. */
export function print<T>(context: CliContext, report: T, json: boolean | undefined, format: (report: T) => string): void {
  context.out(json ? JSON.stringify(report, null, 2) : format(report));
}
