import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinDocument } from '../../bench/join-document.js';
import { build } from '../../pipeline/build.js';
import { projectRoot, type ProjectPaths } from '../../pipeline/paths.js';
import { copyProject, makeFixtureProject } from './fixture-project.js';

let template: ProjectPaths | undefined;

/**
 * A throw-away copy of the project cut down to its smallest raw text (with that text's recipes, annotations
 * and acknowledgements: bench/join-document.ts, one copy), with the release built from it in dist/ and
 * datapackage.json. For tests of what any build does — publishing, locks, kills, intermediates — where the
 * corpus's content is beside the point: it builds in a fraction of the whole project's time. Each call returns
 * a fresh copy of it.
 *
 * The cut-down project itself is built once a worker process (again if it is gone): test files share their
 * worker (vitest.config.ts, isolate: false), and the copy is only ever read. It lies in the run's temp
 * directory, which test/setup/temp-root.ts removes with everything in it at the end of the run, not among the
 * folders removed after each file (tempDir); its name does not start with mfr-, the prefix of what a file must remove.
 */
export function makeSmallProject(): ProjectPaths {
  if (template === undefined || !existsSync(template.root)) {
    const fixture = copyProject(projectRoot, mkdtempSync(join(tmpdir(), 'small-project-')));
    const sources = JSON.parse(readFileSync(join(fixture.raw, 'sources.json'), 'utf8')) as { id: string; bytes: number }[];
    const smallest = sources.reduce((best, source) => (source.bytes < best.bytes ? source : best));
    joinDocument(fixture.root, smallest.id, 1);
    build({ paths: fixture });
    template = fixture;
  }
  return makeFixtureProject(template.root);
}
