import { PackageError } from '../errors.js';
import type { CliContext } from './context.js';
import { exitCodeFor } from './exit-codes.js';

/**
 * The pipeline is compiled beside the loader in a checkout (lib/pipeline/) but
 * is not published: an installed package holds the built data only. Commands
 * that run it import it lazily, so that every other command works without it.
 */
export async function importPipeline<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /pipeline[\\/]/.test((error as Error).message);
    if (!missing) throw error;
    throw new PackageError('PIPELINE_UNAVAILABLE', 'build runs the pipeline, which ships only with a checkout of the repository, not with the installed package (its data is already built: `mfr validate` checks it). In a checkout: npm ci, then npm run build or npx mfr build.', { cause: error });
  }
}

/**
 * Runs a pipeline command's work: a pipeline error (a build that stopped on its input) is reported
 * as its message on stderr with the exit code for its code; anything else propagates. The command
 * passes the `isPipelineError` it imported lazily, since this module must not load the pipeline.
 */
export async function reportPipelineErrors(context: CliContext, isPipelineError: (error: unknown) => error is Error & { code: string }, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!isPipelineError(error)) throw error;
    context.err(error.message);
    context.exit(exitCodeFor(error.code));
  }
}
