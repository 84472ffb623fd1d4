import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinDocument } from '../../bench/join-document.js';
import { build } from '../../pipeline/build.js';
import type { ProjectPaths } from '../../pipeline/paths.js';
import { makeFixtureProject } from './fixture-project.js';

let template: ProjectPaths | undefined;

/**
 * A throw-away copy of the project cut down to its smallest raw text (with that text's recipes, annotations
 * and acknowledgements: bench/join-document.ts, one copy), with the release built from it in dist/ and
 * datapackage.json. For tests of what any build does — publishing, locks, kills, intermediates — where the
 * corpus's content is beside the point: it builds in a fraction of the whole project's time. The cut-down
 * project is built once per test file (again if its copy was removed); each call returns a fresh copy of it.
 */
export function makeSmallProject(): ProjectPaths {
  if (template === undefined || !existsSync(template.root)) {
    const fixture = makeFixtureProject();
    const sources = JSON.parse(readFileSync(join(fixture.raw, 'sources.json'), 'utf8')) as { id: string; bytes: number }[];
    const smallest = sources.reduce((best, source) => (source.bytes < best.bytes ? source : best));
    joinDocument(fixture.root, smallest.id, 1);
    build({ paths: fixture });
    template = fixture;
  }
  return makeFixtureProject(template.root);
}
