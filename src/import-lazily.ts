/**
 * validate() and diff() as the package exports them: each imports its implementation
 * (the profile's validator, ajv's runtime, the comparisons) on its first call, so that
 * importing the package to load data costs no more than the loader.
 */
import type { ValidateOptions, ValidationReport } from './validate/validate.js';
import type { DiffOptions, DiffReport } from './diff/diff.js';

/**
 * Validates a built package: the descriptor against the official profile, the
 * size and hash of every file, every row against its Table Schema, primary and
 * foreign keys (and the package's foreign keys over list items), and the arithmetic checks. Problems are reported, not thrown.
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidationReport> {
  return (await import('./validate/validate.js')).validate(options);
}

/**
 * Compares two built packages: a directory, a datapackage.json, or a tarball
 * from npm pack, for each. See the README's versioning rule for the bump.
 */
export async function diff(oldLocation: string, newLocation: string, options: DiffOptions = {}): Promise<DiffReport> {
  return (await import('./diff/diff.js')).diff(oldLocation, newLocation, options);
}
