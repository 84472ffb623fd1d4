import type { PackageDescriptor } from '../../src/descriptor.js';
import type { Finding } from '../../src/validate/findings.js';
import { validateRelease, type ValidationReport } from '../../src/validate/validate.js';
import { PipelineError } from '../errors.js';

/** How many findings the error message names; the rest are in the findings file. */
const NAMED_FINDINGS = 5;

/**
 * Runs what `mfr validate` runs (src/validate/validate.ts) on a release before
 * it is published: the descriptor, and each file's bytes (by its path in the
 * descriptor) exactly as they will be written. Its Table Schemas are the
 * build's own, so their patterns are tested without RE2 where that gives the same answers.
 */
export function validateBeforePublishing(root: string, descriptor: PackageDescriptor, contents: ReadonlyMap<string, Uint8Array>): ValidationReport {
  return validateRelease(root, descriptor, descriptor.resources.map((resource) => {
    if (resource.path === undefined) return null;
    const content = typeof resource.path === 'string' ? contents.get(resource.path) : undefined;
    // The bytes themselves, not a copy: what is validated is what is written.
    return content === undefined ? { unreadable: `${String(resource.path)} is not part of the release` } : { bytes: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
  }), { ownSchemas: true });
}

/** Refuses a release with any error `mfr validate` would report, naming the first ones by file and CSV record. */
export function assertReleaseValid(report: ValidationReport, descriptor: PackageDescriptor, findingsFile: string): void {
  const first = report.errors[0];
  if (!first) return;
  const fileOf = (finding: Finding) => {
    if (finding.kind === 'descriptor') return 'datapackage.json';
    const path = descriptor.resources.find((resource) => resource.name === finding.resource)?.path;
    return typeof path === 'string' ? path : 'datapackage.json';
  };
  const named = report.errors.slice(0, NAMED_FINDINGS).map((finding) => `${fileOf(finding)}${finding.row === undefined ? '' : `:${finding.row}`}${finding.field ? ` ${finding.field}` : ''}: ${finding.message}`);
  throw new PipelineError('PACKAGE_INVALID', `mfr validate would reject this release with ${report.errors.length} error(s), so it was not published (all in ${findingsFile}): ${named.join('; ')}${report.errors.length > NAMED_FINDINGS ? '; …' : ''}`, {
    file: fileOf(first),
    ...(first.row === undefined ? {} : { line: first.row }),
    expected: 'a release that mfr validate accepts',
  });
}
