import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { build } from '../../pipeline/build.js';
import { PipelineError, type ErrorContext } from '../../pipeline/errors.js';
import type { ProjectPaths } from '../../pipeline/paths.js';
import { makeFixtureProject } from './fixture-project.js';

type Expected = ErrorContext & { code: PipelineError['code'] };

/** The bytes of every file a build publishes below a root: all of dist/ and datapackage.json. Compare two with differingFiles. */
export function readPublished(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>([['datapackage.json', readFileSync(join(root, 'datapackage.json'))]]);
  const dist = join(root, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

/**
 * The paths whose bytes differ between two readings of readPublished (or any map of files), with what
 * happened to each: `expect(differingFiles(before, after)).toEqual([])` checks the same bytes as
 * `toEqual` on the maps would, without its generic walk over every byte (seconds for dist/).
 */
export function differingFiles(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): string[] {
  const differing: string[] = [];
  for (const [path, bytes] of before) {
    const now = after.get(path);
    if (now === undefined) differing.push(`${path} removed`);
    else if (!now.equals(bytes)) differing.push(`${path} changed`);
  }
  for (const path of after.keys()) if (!before.has(path)) differing.push(`${path} added`);
  return differing;
}

/**
 * Breaks a fixture copy of the project with `setup`, builds it and returns the
 * PipelineError, having checked its code, that it names a file and a line, the
 * context asked for, and that dist/ and datapackage.json are byte for byte as
 * they were, with nothing half-written left and the build lock released.
 * `expected` may be computed from the broken fixture (a config file's line moves as the file grows).
 * `makeProject` gives the copy to break: the whole project unless told (makeSmallProject where the corpus is beside
 * the point and the build fails late, after stages whose time grows with the corpus).
 */
export function expectBuildFailure(
  setup: (paths: ProjectPaths) => void,
  expected: Expected | ((paths: ProjectPaths) => Expected),
  makeProject: () => ProjectPaths = makeFixtureProject,
): PipelineError {
  const fixture = makeProject();
  setup(fixture);
  const before = readPublished(fixture.root);
  let error: unknown;
  try {
    build({ paths: fixture });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(PipelineError);
  const failure = error as PipelineError;
  const { code, ...context } = typeof expected === 'function' ? expected(fixture) : expected;
  expect(failure.code, failure.message).toBe(code);
  expect(failure.context, failure.message).toMatchObject(context);
  expect(failure.context.file, failure.message).toBeTruthy();
  expect(failure.context.line, failure.message).toBeGreaterThan(0);
  expect(failure.context.expected, failure.message).toBeTruthy();
  expect(failure.message).toContain(`${failure.context.file}:${failure.context.line}`);
  expect(differingFiles(before, readPublished(fixture.root)), 'the published files changed').toEqual([]);
  expect(existsSync(join(fixture.root, '.release')), 'a staged release is left').toBe(false);
  expect(existsSync(join(fixture.root, '.build.lock')), 'the build lock is left').toBe(false);
  return failure;
}
