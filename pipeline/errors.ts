/**
 * Errors as data: every failure the build can meet has a stable code, the
 * place in the input it concerns and what was expected there, so a person
 * can act on it without reading a stack trace.
 */
export type PipelineErrorCode =
  | 'SOURCE_MISSING'
  | 'SOURCE_HASH_MISMATCH'
  | 'SOURCES_INVALID'
  | 'RECIPE_INVALID'
  | 'RECIPE_MISMATCH'
  | 'NUMBER_UNPARSEABLE'
  | 'ENTITY_UNKNOWN'
  | 'INDICATOR_UNKNOWN'
  | 'PERIOD_UNPARSEABLE'
  | 'PERIOD_UNREAD'
  | 'PERIOD_EXCEPTION_STALE'
  | 'UNIT_UNSTATED'
  | 'UNIT_MISMATCH'
  | 'ROW_INVALID'
  | 'METADATA_INVALID'
  | 'ANNOTATION_INVALID'
  | 'QUOTE_NOT_FOUND'
  | 'QUOTE_AMBIGUOUS'
  | 'NUMERAL_UNCLASSIFIED'
  | 'NUMERAL_CONFLICT'
  | 'ACKNOWLEDGEMENT_INVALID'
  | 'ACKNOWLEDGEMENT_STALE'
  | 'CHECK_UNACKNOWLEDGED'
  | 'CELL_FORMULA'
  | 'SOURCE_UNLISTED'
  | 'SOURCE_NOT_UTF8'
  | 'NUMBER_INEXACT'
  | 'ALIAS_CONFLICT'
  | 'CONCEPT_CONFLICT'
  | 'VERSION_INVALID'
  | 'PACKAGE_INVALID'
  | 'BUILD_LOCKED'
  | 'DIST_NOT_WRITABLE'
  | 'PUBLISH_FAILED'
  | 'DRAFT_UNREVIEWED'
  | 'SOURCE_EXISTS'
  | 'USAGE_INVALID';

export interface ErrorContext {
  /** Path of the file concerned, relative to the project root. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** 1-based column (in characters) on that line. */
  column?: number;
  /** What the pipeline expected to find. */
  expected?: string;
  /** The text it found instead. */
  seen?: string;
  /** The recipe, annotation or record that made the expectation. */
  recipe?: string;
}

export class PipelineError extends Error {
  readonly code: PipelineErrorCode;
  readonly context: ErrorContext;

  constructor(code: PipelineErrorCode, message: string, context: ErrorContext = {}) {
    super(formatMessage(code, message, context));
    this.name = 'PipelineError';
    this.code = code;
    this.context = context;
  }
}

function formatMessage(code: string, message: string, context: ErrorContext): string {
  const where = context.file
    ? `${context.file}${context.line ? `:${context.line}` : ''}${context.column ? `:${context.column}` : ''}: `
    : '';
  const details = [
    context.recipe ? `recipe ${context.recipe}` : '',
    context.expected ? `expected ${context.expected}` : '',
    context.seen !== undefined ? `found ${JSON.stringify(context.seen)}` : '',
  ].filter(Boolean);
  return `${code} ${where}${message}${details.length ? ` (${details.join('; ')})` : ''}`;
}

export function isPipelineError(error: unknown): error is PipelineError {
  return error instanceof PipelineError;
}
