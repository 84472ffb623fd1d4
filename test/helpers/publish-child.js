/**
 * Run by the publish tests in a process of its own: `node publish-child.js <root> <release-root> <step>`
 * publishes into <root> the release built at <release-root> (its dist/ and datapackage.json) as a build's
 * package stage does, holding the build lock as a build does, and kills itself with SIGKILL just before
 * <step>, so that no cleanup of ours runs, as with a real kill. The stages before publishing are left out:
 * they change nothing a reader sees and cost several times the publish (build-child.js runs a whole build).
 * Plain JavaScript on the compiled pipeline (lib/pipeline), so that tests are never emitted to lib/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishRelease } from '../../lib/pipeline/06-package/publish-release.js';
import { withBuildLock } from '../../lib/pipeline/with-build-lock.js';

const [root, releaseRoot, killBefore] = process.argv.slice(2);
const dist = join(releaseRoot, 'dist');
const release = {
  distFiles: new Map(readdirSync(dist).map((name) => [name, readFileSync(join(dist, name))])),
  descriptor: readFileSync(join(releaseRoot, 'datapackage.json'), 'utf8'),
};
withBuildLock(root, () =>
  publishRelease(root, release, (step) => {
    if (step === killBefore) process.kill(process.pid, 'SIGKILL');
  }),
);
console.log(JSON.stringify({ published: true }));
