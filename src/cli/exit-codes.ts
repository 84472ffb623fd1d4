/**
 * What the exit code of `mfr` (and of `npm run build`, `npm run annotate`) says,
 * so that a script can tell a wrong call from wrong data.
 */
export const EXIT_OK = 0;
/** The data is wrong or unreadable: an invalid package, an unknown id, a build that stopped on its input. */
export const EXIT_DATA = 1;
/** The command was called wrongly (an unknown command, option or stage, a missing argument): nothing ran. */
export const EXIT_USAGE = 2;

/** The exit code for an error of the given stable code. */
export function exitCodeFor(code: string): number {
  return code === 'USAGE_INVALID' ? EXIT_USAGE : EXIT_DATA;
}
