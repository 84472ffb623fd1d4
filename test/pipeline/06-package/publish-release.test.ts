import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISH_STEPS } from '../../../pipeline/06-package/index.js';
import { build } from '../../../pipeline/build.js';
import { PipelineError } from '../../../pipeline/errors.js';
import { projectRoot, type ProjectPaths } from '../../../pipeline/paths.js';
import { load } from '../../../src/load.js';
import { SWAP_STEPS } from '../../../src/release/index.js';
import { validate } from '../../../src/validate/validate.js';
import { makeSmallProject } from '../../helpers/small-project.js';
import { visibleRelease } from '../../helpers/visible-release.js';

const BUILD_CHILD = join(projectRoot, 'test', 'helpers', 'build-child.js');
const PUBLISH_CHILD = join(projectRoot, 'test', 'helpers', 'publish-child.js');
const STEPS = [...PUBLISH_STEPS, ...SWAP_STEPS];
/**
 * The kill tests reach each step in a child that publishes the next release, built beforehand, as the build's
 * package stage does and under the build's lock (publish-child.js): the stages before publishing change nothing
 * a reader sees and cost several times the publish. At this step a whole build is killed (build-child.js),
 * which shows that a build publishes that way.
 */
const WHOLE_BUILD_KILLED_BEFORE = 'install-dist';

/** Makes the next build publish a release other than the committed one: each source's rights statement changes (in dist/sources.csv and in its hash in the descriptor). */
function changeInputs(fixture: ProjectPaths): void {
  const file = join(fixture.raw, 'sources.json');
  const records = JSON.parse(readFileSync(file, 'utf8')) as { rights: string }[];
  for (const record of records) record.rights = `${record.rights} (edited)`;
  writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`);
}

/**
 * A copy of a project whose next build publishes the changed release. What is published is beside the point
 * here, how it is published is not: the project is cut down to one text (makeSmallProject), whose build is quick.
 */
function changedFixture(): ProjectPaths {
  const fixture = makeSmallProject();
  changeInputs(fixture);
  return fixture;
}

const committed = visibleRelease(makeSmallProject().root);
/** A copy whose changed release is built: what the next build publishes, and what publish-child.js publishes. */
const built = changedFixture();
build({ paths: built });
const next = visibleRelease(built.root);

function runChild(child: string, args: string[], options: SpawnOptions = {}): { built?: boolean; code?: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [child, ...args], { ...options, encoding: 'utf8' });
  if (result.signal) return { signal: result.signal };
  if (result.status !== 0) throw new Error(`the child build failed: ${result.stderr}`);
  return { ...(JSON.parse(result.stdout) as { built?: boolean; code?: string }), signal: null };
}

function expectNoLeftovers(root: string): void {
  expect(existsSync(join(root, '.release')), '.release/').toBe(false);
  expect(existsSync(join(root, '.build.lock')), '.build.lock').toBe(false);
}

describe('publishing under kills', () => {
  it('has a next release that differs from the committed one in dist/ and in the descriptor', () => {
    expect(next['dist/sources.csv']).not.toBe(committed['dist/sources.csv']);
    expect(next['datapackage.json']).not.toBe(committed['datapackage.json']);
    expect(Object.keys(next)).toEqual(Object.keys(committed));
  });

  it.each(STEPS)('a build killed before "%s" leaves one whole release, which load() and the next build complete', async (step) => {
    const fixture = changedFixture();
    const killed = step === WHOLE_BUILD_KILLED_BEFORE ? runChild(BUILD_CHILD, [fixture.root, step]) : runChild(PUBLISH_CHILD, [fixture.root, built.root, step]);
    expect(killed.signal).toBe('SIGKILL');
    const marked = STEPS.indexOf(step) > STEPS.indexOf('mark-ready');
    const data = await load({ root: fixture.root, verify: true });
    expect(visibleRelease(fixture.root)).toEqual(marked ? next : committed);
    expect(data.descriptor).toEqual(JSON.parse((marked ? next : committed)['datapackage.json']!));
    // The dead child's lock is taken over; staging it left is dropped.
    build({ paths: fixture });
    expect(visibleRelease(fixture.root)).toEqual(next);
    expectNoLeftovers(fixture.root);
  });
});

describe('the build lock', () => {
  it('refuses a second build with BUILD_LOCKED while the lock holder lives, and leaves its lock alone', () => {
    const fixture = changedFixture();
    const lock = join(fixture.root, '.build.lock');
    // The test runner that started this worker: a process that is surely alive.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(() => build({ paths: fixture })).toThrowError(expect.objectContaining({ code: 'BUILD_LOCKED', context: expect.objectContaining({ file: '.build.lock', seen: `pid ${process.ppid}` }) }) as PipelineError);
    expect(visibleRelease(fixture.root)).toEqual(committed);
    expect(existsSync(lock)).toBe(true);
  });

  it('takes over a lock whose process is gone', () => {
    const fixture = changedFixture();
    // A process that has ended: the quickest node can start and end.
    const gone = spawnSync(process.execPath, ['--version']).pid;
    writeFileSync(join(fixture.root, '.build.lock'), JSON.stringify({ pid: gone, host: hostname() }));
    build({ paths: fixture });
    expect(visibleRelease(fixture.root)).toEqual(next);
    expectNoLeftovers(fixture.root);
  });

  it('lets two builds started together end in one whole, valid release', async () => {
    const fixture = changedFixture();
    const start = () => new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [BUILD_CHILD, fixture.root], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => (status === 0 ? resolve(out) : reject(new Error(`child exited with ${status}`))));
    });
    const outcomes = (await Promise.all([start(), start()])).map((out) => JSON.parse(out) as { built?: boolean; code?: string });
    expect(outcomes.some((outcome) => outcome.built)).toBe(true);
    for (const outcome of outcomes) expect(outcome.built === true || outcome.code === 'BUILD_LOCKED', JSON.stringify(outcome)).toBe(true);
    expect(visibleRelease(fixture.root)).toEqual(next);
    expect((await validate({ root: fixture.root })).valid).toBe(true);
    expectNoLeftovers(fixture.root);
  });
});

describe('a read-only dist/', () => {
  // root may write anywhere: then the build runs as an unprivileged user, for whom a 0555 folder is read-only.
  const asRoot = process.getuid?.() === 0;
  const unprivileged: SpawnOptions = asRoot ? { uid: 65534, gid: 65534 } : {};
  // That user must be able to pass through the temp directory the fixtures are in (a test run's own is 0700).
  if (asRoot) {
    const mode = statSync(tmpdir()).mode;
    if ((mode & 0o001) === 0) chmodSync(tmpdir(), (mode & 0o7777) | 0o011);
  }

  it('stops the build with DIST_NOT_WRITABLE before anything is published, and does not stop the next one', () => {
    const fixture = changedFixture();
    chmodSync(fixture.dist, 0o555);
    if (asRoot) chmodSync(fixture.root, 0o777);
    const outcome = runChild(BUILD_CHILD, [fixture.root], unprivileged);
    expect(outcome.code).toBe('DIST_NOT_WRITABLE');
    expect(visibleRelease(fixture.root)).toEqual(committed);
    expectNoLeftovers(fixture.root);
    chmodSync(fixture.dist, 0o755);
    build({ paths: fixture });
    expect(visibleRelease(fixture.root)).toEqual(next);
  });

  it('stops the build with DIST_NOT_WRITABLE when the package root cannot hold the lock', () => {
    const fixture = changedFixture();
    chmodSync(fixture.root, asRoot ? 0o755 : 0o555);
    const outcome = runChild(BUILD_CHILD, [fixture.root], unprivileged);
    chmodSync(fixture.root, 0o755);
    expect(outcome.code).toBe('DIST_NOT_WRITABLE');
    expect(visibleRelease(fixture.root)).toEqual(committed);
  });
});
