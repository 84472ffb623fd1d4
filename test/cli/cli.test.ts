import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftFor } from '../../pipeline/annotate.js';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/program.js';
import { load } from '../../src/load.js';
import { packageRoot } from '../../src/package-root.js';
import { makeFixtureProject } from '../helpers/fixture-project.js';
import { modulesLoadedBy } from '../helpers/loaded-modules.js';
import { pipelineErrorOf } from '../helpers/pipeline-error-of.js';
import { tempDir } from '../helpers/temp-dir.js';
import { copyPackage, editFile, writeSmallPackage } from '../src/package-copy.js';

const root = packageRoot();
/** The compiled bin, as `npm test` leaves it after compiling. */
const MAIN = join(root, 'lib', 'src', 'cli', 'main.js');

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** Runs a compiled script as a child process, as a user would, and returns what it printed and its exit code. */
function node(script: string, args: readonly string[]): Ran {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { code: result.status ?? -1, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

/** The bin as a process: for what only a process shows (its exit status, which stream gets what, the name it was called by). */
const mfr = (...args: string[]) => node(MAIN, args);

/**
 * The CLI run in this process by run(), as the bin runs it: what it prints on each stream and the exit code
 * it resolves to, without a process's start-up. For what a command says; mfr() for how the process behaves.
 */
async function cli(...args: string[]): Promise<Ran> {
  return cliCalledAs(MAIN, args);
}

/** The CLI run in this process as if called by the given path, whose name its help shows. */
async function cliCalledAs(script: string, args: readonly string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (text) => out.push(text), err: (text) => err.push(text), exit: () => {} }, script);
  return { code, out: out.join('\n').trimEnd(), err: err.join('\n').trimEnd() };
}

/** One line on stderr, coded, its code printed once, no stack trace, nothing on stdout. */
function expectCodedLine(result: Ran, code: number, errorCode: string): void {
  expect(result.out).toBe('');
  expect(result.err.split('\n'), result.err).toHaveLength(1);
  expect(result.err).toMatch(new RegExp(`^${errorCode}:? `));
  expect(result.err.split(errorCode)).toHaveLength(2);
  expect(result.code).toBe(code);
}

const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';
/** How many sources the corpus lists: it grows, so no test states it. */
const SOURCES = (JSON.parse(readFileSync(join(root, 'raw', 'sources.json'), 'utf8')) as unknown[]).length;
const KOREA_1980_FLOW = 'goods_flow:KOR>MEX:1980..1980';

describe('mfr', () => {
  it('prints its version, and its help with the exit codes', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['build', 'validate', 'explain', 'diff']) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.out).toContain('Exit codes: 0 done (for validate: valid), 1 the data is wrong or unreadable, 2 the command was called wrongly.');
  });

  it('names itself in its help by the name it was called by: either bin name, or mfr when run as a script', async () => {
    const bin = tempDir('mfr-bin-');
    const bins = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
    expect(bins).toEqual(expect.arrayContaining(['mfr', 'mexico-foreign-relations']));
    for (const name of bins) {
      symlinkSync(MAIN, join(bin, name));
      // The process takes the name from the path it was started by; a command's help, run in this process, from the same path.
      expect(node(join(bin, name), ['--help']).out.split('\n')[0]).toBe(`Usage: ${name} [options] [command]`);
      expect((await cliCalledAs(join(bin, name), ['explain', '--help'])).out.split('\n')[0]).toBe(`Usage: ${name} explain [options] <id>`);
    }
    // The bin passes the path it was started by, as the two processes above show; run as a script, that is main.js.
    expect((await cliCalledAs(MAIN, ['--help'])).out.split('\n')[0]).toBe('Usage: mfr [options] [command]');
  });

  it('refuses a wrong call with one coded line and exit code 2', async () => {
    // The process exits with it, the line on stderr; the other wrong calls are run in this process.
    const unknown = mfr('bogus');
    expectCodedLine(unknown, 2, 'USAGE_INVALID');
    expect(unknown.err).toContain("unknown command 'bogus'");
    const missing = await cli('explain');
    expectCodedLine(missing, 2, 'USAGE_INVALID');
    expect(missing.err).toContain("missing required argument 'id'");
    expectCodedLine(await cli('validate', '--bogus'), 2, 'USAGE_INVALID');
    expectCodedLine(await cli('validate', root, '--root', root), 2, 'USAGE_INVALID');
    expect(await cli('build', '--until', 'everything')).toEqual({ code: 2, out: '', err: 'USAGE_INVALID: --until takes one of: ingest, extract, normalize, reconcile, validate, package' });
  });

  it('prints a data error as one line with its code once, and exit code 1', async () => {
    // The process exits with it, the line on stderr; the other errors are run in this process.
    const unknown = mfr('explain', 'nope');
    expectCodedLine(unknown, 1, 'ID_UNKNOWN');
    expect(unknown.err).toMatch(/^ID_UNKNOWN: "nope" is not an obs_id, an event_id or a key_id of this package/);
    expectCodedLine(await cli('explain', KOREA_1980_EXPORTS, '--root', tempDir('mfr-empty-')), 1, 'DESCRIPTOR_UNREADABLE');
    expectCodedLine(await cli('diff', join(tempDir('mfr-empty-'), 'nothing'), root), 1, 'PACKAGE_UNREADABLE');
    expectCodedLine(await cli('validate', join(tempDir('mfr-empty-'), 'nothing')), 1, 'PACKAGE_UNREADABLE');
  });

  it("loads a command's implementation only when that command runs, so that its help and wrong calls start quickly", () => {
    const program = JSON.stringify(pathToFileURL(join(root, 'lib', 'src', 'cli', 'program.js')).href);
    const quiet = '{ out() {}, err() {}, exit() {} }';
    const [imported, helped, wrong, explained] = modulesLoadedBy([
      `const { run } = await import(${program}); await run(['--help'], ${quiet});`,
      `await run(['validate', '--bogus'], ${quiet});`,
      `await run(['explain', ${JSON.stringify(KOREA_1980_EXPORTS)}], ${quiet});`,
    ]) as [string[], string[], string[], string[]];
    const commands = (urls: readonly string[]) => urls.filter((url) => /\/lib\/src\/cli\/[\w-]+-command\.js$/.test(url)).map((url) => url.replace(/^.*\//, ''));
    const heavy = (urls: readonly string[]) => urls.filter((url) => /\/lib\/(pipeline|src\/validate|src\/diff)\/|\/node_modules\/ajv\//.test(url));
    expect(helped.some((url) => url.endsWith('/lib/src/cli/commands.js'))).toBe(true);
    expect(commands([...imported, ...helped, ...wrong])).toEqual([]);
    expect(heavy([...imported, ...helped, ...wrong, ...explained])).toEqual([]);
    expect(commands(explained)).toEqual(['explain-command.js']);
  });
});

describe('mfr explain', () => {
  it('prints the explanation with readable values, or with --json the object explain() gives', async () => {
    const text = await cli('explain', KOREA_1980_EXPORTS);
    expect(text.code).toBe(0);
    expect(text.out).toContain('text       1980 ⟦44.7⟧ 64.2 108.9 -19.5');
    expect(text.out).toContain(`number     ${KOREA_1980_EXPORTS}: 44700000 USD (44.7 million USD), exact`);
    expect(text.out).toContain(`reconciled ${KOREA_1980_FLOW}: conflict, rule importer_over_exporter, shows 32700000 USD (32.7 million USD); 2 candidates, spread 26.8%`);
    expect(text.out).not.toMatch(/chosen\W+chosen/);
    const json = await cli('explain', KOREA_1980_EXPORTS, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'observation', id: KOREA_1980_EXPORTS, quote: { line: 1543, column: 6 }, consistent: true });
    // The text names the same line and column as the JSON.
    expect(text.out).toContain('where      raw/korea-commission-2005.txt, line 1543, column 6, bytes 90926–90930');
  });

  it('explains a reconciliation key_id: the value shown, status, rule, every candidate with its verdict and quote', async () => {
    const text = await cli('explain', KOREA_1980_FLOW);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')).toEqual([
      `key        ${KOREA_1980_FLOW}: goods_flow, Republic of Korea (KOR) → Mexico (MEX), 1980`,
      'shows      32700000 USD (32.7 million USD), from korea-commission-2005@0091852',
      'status     conflict, rule importer_over_exporter; 2 candidates from 32700000 USD (32.7 million USD) to 44700000 USD (44.7 million USD), spread 26.8%',
      expect.stringMatching(/^candidate  korea-commission-2005@0090926 \(korea-commission-2005\) 44700000 USD \(44\.7 million USD\): set aside by importer_over_exporter — reported by the exporter/),
      '           raw/korea-commission-2005.txt, line 1543: 1980 ⟦44.7⟧ 64.2 108.9 -19.5',
      'candidate  korea-commission-2005@0091852 (korea-commission-2005) 32700000 USD (32.7 million USD) (shown): chosen by importer_over_exporter',
      '           raw/korea-commission-2005.txt, line 1601: 1980 16.0 ⟦32.7⟧ 48.7 -16.7',
    ]);
    const json = JSON.parse((await cli('explain', KOREA_1980_FLOW, '--json')).out) as { kind: string; key: { key_id: string }; candidates: { candidate: { obs_id: string }; quote: { line: number; marked: string }; shown: boolean }[] };
    expect(json.kind).toBe('key');
    expect(json.key.key_id).toBe(KOREA_1980_FLOW);
    expect(json.candidates.map(({ candidate, quote, shown }) => [candidate.obs_id, quote.line, quote.marked, shown])).toEqual([
      [KOREA_1980_EXPORTS, 1543, '1980 ⟦44.7⟧ 64.2 108.9 -19.5', false],
      ['korea-commission-2005@0091852', 1601, '1980 16.0 ⟦32.7⟧ 48.7 -16.7', true],
    ]);
  });

  it('explains a key of reconciled_events.csv with every report of the event', async () => {
    const key = (await load()).reconciled_events?.find((row) => row.n_candidates > 1)?.key_id;
    if (!key) throw new Error('the package has no event reported by two texts');
    const json = JSON.parse((await cli('explain', key, '--json')).out) as { kind: string; candidates: { candidate: { event_id: string }; quote: { marked: string } }[] };
    expect(json.kind).toBe('event_key');
    expect(json.candidates.length).toBeGreaterThan(1);
    const text = (await cli('explain', key)).out;
    for (const { candidate, quote } of json.candidates) {
      expect(text).toContain(candidate.event_id);
      expect(text).toContain(quote.marked.trimEnd());
    }
  });
});

describe('mfr validate', () => {
  it('exits 0 on a valid package and 1 on an invalid one', async () => {
    // The exit code run() resolves to is the one the bin exits with, as the processes of the tests above (2, 1) and below (0) show.
    const valid = await cli('validate', '--root', writeSmallPackage());
    expect(valid).toMatchObject({ code: 0, out: expect.stringMatching(/^small 1\.0\.0 at .*\ntables: places 2, figures 2\nvalid$/) });
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => `${text}f3,XXX,1,\n`);
    const invalid = await cli('validate', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain('foreign-key figures record 4 place: XXX is not a id of places');
    expect(invalid.out.split('\n').at(-1)).toBe('INVALID: 3 error(s)');
  });

  it('takes a directory, its datapackage.json or a tarball, as diff does', async () => {
    const packed = writeSmallPackage();
    const work = tempDir('mfr-tarball-');
    // npm pack puts the package under package/.
    mkdirSync(join(work, 'package'));
    spawnSync('cp', ['-R', join(packed, 'datapackage.json'), join(packed, 'dist'), join(work, 'package')]);
    const tarball = join(work, 'release.tgz');
    expect(spawnSync('tar', ['-czf', tarball, '-C', work, 'package']).status).toBe(0);
    for (const location of [packed, join(packed, 'datapackage.json'), tarball]) {
      const result = await cli('validate', location, '--json');
      expect(result.code, location).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ valid: true, tables: expect.arrayContaining([expect.objectContaining({ name: 'figures' })]) });
    }
    // The tarball's unpacked copy is gone once the report prints: the report names the tarball.
    expect((JSON.parse((await cli('validate', tarball, '--json')).out) as { root: string }).root).toBe(tarball);
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => text.replace('f1,MEX,10,', 'f1,MEX,11,'));
    expect((await cli('validate', join(broken, 'datapackage.json'))).code).toBe(1);
  });

  it('names the same CSV records in its text as in --json', async () => {
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => `${text}f3,XXX,1,\nf1,MEX,2,7\n`);
    const report = JSON.parse((await cli('validate', broken, '--json')).out) as { errors: { resource?: string; row?: number }[] };
    const jsonRecords = report.errors.filter((error) => error.row !== undefined).map((error) => `${error.resource} record ${error.row}`);
    expect(jsonRecords.length).toBeGreaterThan(2);
    const textRecords = [...(await cli('validate', broken)).out.matchAll(/^ {2}\S+ +(\w+ record \d+)/gm)].map((match) => match[1]);
    expect(textRecords).toEqual(jsonRecords);
  });

  it('keeps stdout for the report and stderr quiet when stderr is no terminal; per-table progress where a terminal asks for it', async () => {
    const small = writeSmallPackage();
    const piped = mfr('validate', small, '--json');
    expect(piped.err).toBe('');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out)).toMatchObject({ valid: true });
    expect(mfr('diff', small, small, '--json').err).toBe('');
    const out: string[] = [];
    const err: string[] = [];
    const progress: string[] = [];
    const context = { out: (text: string) => out.push(text), err: (text: string) => err.push(text), exit: () => {}, progress: (text: string) => progress.push(text) };
    expect(await run(['validate', writeSmallPackage(), '--json'], context)).toBe(0);
    expect(progress).toEqual(['validating places (1/2)', 'validating figures (2/2)']);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ valid: true });
    expect(err).toEqual([]);
  });
});

describe('mfr diff', () => {
  it('prints the changes and the bump, or the report with --json', async () => {
    const [before, after] = [copyPackage(), copyPackage()];
    editFile(after, 'dist/observations.csv', (text) => text.replace(',44700000,USD,', ',44800000,USD,'));
    const result = await cli('diff', before, after);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`observations ${KOREA_1980_EXPORTS}: value 44700000 → 44800000`);
    expect(result.out).toMatch(/^proposed bump: minor → \d+\.\d+\.0$/m);
    expect(JSON.parse((await cli('diff', before, after, '--json')).out)).toMatchObject({ bump: 'minor' });
  });
});

describe('mfr build and npm run build', () => {
  const RUN = join(root, 'lib', 'pipeline', 'run.js');

  it('runs the pipeline in a checkout, printing each stage as it starts and the summary, or the report with --json', async () => {
    const project = makeFixtureProject();
    const result = await cli('build', '--root', project.root);
    expect(result.err.split('\n').slice(0, 6)).toEqual(['[1/6] ingest', '[2/6] extract', '[3/6] normalize', '[4/6] reconcile', '[5/6] validate', '[6/6] package']);
    expect(result.err).toMatch(/^stages: ingest \d+ ms, extract \d+ ms, normalize \d+ ms, reconcile \d+ ms, validate \d+ ms, package \d+ ms$/m);
    expect(result.out).toMatch(new RegExp(`^sources: ${SOURCES} {3}tables: \\d+ {3}cells: \\d+ \\(\\d+ empty\\)\nobservations: `));
    expect(result.out).toMatch(/^ {2}spread {2}\d+\.\d% /m);
    expect(result.code).toBe(0);
    expect(readFileSync(join(project.root, 'dist', 'observations.csv'), 'utf8')).toBe(readFileSync(join(root, 'dist', 'observations.csv'), 'utf8'));
    // The report, from a build in this process: npm run build runs this command (pipeline/run.ts), and the process it
    // runs in is shown by the next test's.
    const json = await cli('build', '--root', project.root, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ stages: ['ingest', 'extract', 'normalize', 'reconcile', 'validate', 'package'], sources: SOURCES, drafts: 0, checks: { pass: expect.any(Number) }, reconciled: { observations: { conflict: expect.any(Number) } } });
  });

  it('with --until, runs and reports only the stages up to it', async () => {
    const project = makeFixtureProject();
    const result = await cli('build', '--root', project.root, '--until', 'extract');
    expect(result.err.split('\n')).toEqual(['[1/6] ingest', '[2/6] extract', expect.stringMatching(/^stages: ingest \d+ ms, extract \d+ ms$/)]);
    expect(result.out).toMatch(new RegExp(`^sources: ${SOURCES} {3}tables: \\d+ {3}cells: \\d+$`));
    const json = JSON.parse((await cli('build', '--root', project.root, '--until', 'extract', '--json')).out) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['cells', 'drafts', 'sources', 'stages', 'tables']);
    expect(json.stages).toEqual(['ingest', 'extract']);
    // npm run build as a process, stopped at the first stage (the cheapest build): exit code 0, the report alone on stdout.
    const ran = node(RUN, ['--root', project.root, '--until', 'ingest', '--json']);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.out)).toEqual({ stages: ['ingest'], sources: SOURCES });
  });

  it('npm run build refuses a stage it does not know as mfr build does: one coded line, exit code 2', async () => {
    // Its process hands its arguments to mfr build, as this refusal by mfr build's own check shows: its other wrong calls are mfr build's.
    expect(node(RUN, ['--until', 'foo'])).toEqual({ code: 2, out: '', err: 'USAGE_INVALID: --until takes one of: ingest, extract, normalize, reconcile, validate, package' });
    expectCodedLine(await cli('build', '--bogus'), 2, 'USAGE_INVALID');
  });

  it('prints a pipeline error as its code and place, with exit code 1', async () => {
    const project = makeFixtureProject();
    editFile(project.root, 'raw/china-2023.txt', (text) => `${text} `);
    const result = await cli('build', '--root', project.root);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').at(-1)).toMatch(/^SOURCE_HASH_MISMATCH raw\/china-2023\.txt:1: /);
    expect(result.err).not.toMatch(/^\s+at /m);
  });
});

describe('npm run annotate', () => {
  const ANNOTATE = join(root, 'lib', 'pipeline', 'annotate.js');
  const sources = (JSON.parse(readFileSync(join(root, 'raw', 'sources.json'), 'utf8')) as { id: string }[]).map((source) => source.id);

  it('refuses a missing or unknown source id with one coded line, exit code 2', () => {
    expectCodedLine(node(ANNOTATE, []), 2, 'USAGE_INVALID');
    // The process prints a refusal's message alone and exits with its code, as above; an unknown id is refused by the drafting, run here.
    const unknown = pipelineErrorOf(() => draftFor('unknown'));
    expectCodedLine({ code: exitCodeFor(unknown.code), out: '', err: unknown.message }, 2, 'USAGE_INVALID');
    expect(unknown.message).toContain(`one of: ${sources.join(', ')}`);
  });

  it('drafts annotations for a listed source: a JSON array on stdout', () => {
    const result = node(ANNOTATE, [sources[0]!]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(Array.isArray(JSON.parse(result.out))).toBe(true);
  });
});
