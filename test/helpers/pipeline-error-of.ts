import { PipelineError } from '../../pipeline/errors.js';

/** The PipelineError that `run` throws; any other outcome (another error, or none) fails the test. */
export function pipelineErrorOf(run: () => unknown): PipelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error('expected a PipelineError, but nothing was thrown');
}
