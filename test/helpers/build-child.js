/**
 * Run by the publish tests in a process of its own: `node build-child.js <root> [<step>]`
 * builds the project at <root> and, with <step>, kills itself with SIGKILL just
 * before that publish step, so that no cleanup of ours runs, as with a real kill.
 * Prints the outcome as JSON: { built: true } or the PipelineError's code.
 * Plain JavaScript on the compiled pipeline (lib/pipeline), so that tests are never emitted to lib/.
 */
import { build } from '../../lib/pipeline/build.js';
import { isPipelineError } from '../../lib/pipeline/errors.js';
import { projectPaths } from '../../lib/pipeline/paths.js';

const [root, killBefore] = process.argv.slice(2);
try {
  build({
    paths: projectPaths(root),
    onPublishStep: (step) => {
      if (step === killBefore) process.kill(process.pid, 'SIGKILL');
    },
  });
  console.log(JSON.stringify({ built: true }));
} catch (error) {
  if (!isPipelineError(error)) throw error;
  console.log(JSON.stringify({ code: error.code, message: error.message }));
}
