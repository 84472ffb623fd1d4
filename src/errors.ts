/**
 * Every failure of the loader, explain(), validate() and diff() is a PackageError
 * with a stable code, so that a program can branch on it and the CLI can print
 * it without a stack trace.
 */
export type PackageErrorCode =
  | 'PACKAGE_ROOT_NOT_FOUND'
  | 'DESCRIPTOR_UNREADABLE'
  | 'RESOURCE_PATH_REFUSED'
  | 'RESOURCE_UNKNOWN'
  | 'RESOURCE_NOT_TABLE'
  | 'TABLE_HEADER_MISMATCH'
  | 'CSV_MALFORMED'
  | 'CELL_INVALID'
  | 'ID_UNKNOWN'
  | 'PIPELINE_UNAVAILABLE'
  | 'PACKAGE_UNREADABLE'
  | 'RESOURCE_MISSING'
  | 'RESOURCE_HASH_MISMATCH'
  | 'RELEASE_BUSY'
  | 'RELEASE_INTERRUPTED'
  | 'ARQUERO_NOT_LOADED'
  | 'USAGE_INVALID';

export class PackageError extends Error {
  readonly code: PackageErrorCode;

  constructor(code: PackageErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${code}: ${message}`, options);
    this.name = 'PackageError';
    this.code = code;
  }
}

export function isPackageError(error: unknown): error is PackageError {
  return error instanceof PackageError;
}
