import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { load } from '../../src/load.js';
import { packageRoot } from '../../src/package-root.js';
import { makeFixtureProject } from '../helpers/fixture-project.js';
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

const mfr = (...args: string[]) => node(MAIN, args);

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
  it('prints its version, and its help with the exit codes', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(mfr('--version')).toEqual({ code: 0, out: version, err: '' });
    const help = mfr('--help');
    expect(help.code).toBe(0);
    for (const command of ['build', 'validate', 'explain', 'diff']) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.out).toContain('Exit codes: 0 done (for validate: valid), 1 the data is wrong or unreadable, 2 the command was called wrongly.');
  });

  it('names itself in its help by the name it was called by: either bin name, or mfr when run as a script', () => {
    const bin = tempDir('mfr-bin-');
    const bins = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
    expect(bins).toEqual(expect.arrayContaining(['mfr', 'mexico-foreign-relations']));
    for (const name of bins) {
      symlinkSync(MAIN, join(bin, name));
      expect(node(join(bin, name), ['--help']).out.split('\n')[0]).toBe(`Usage: ${name} [options] [command]`);
      expect(node(join(bin, name), ['explain', '--help']).out.split('\n')[0]).toBe(`Usage: ${name} explain [options] <id>`);
    }
    expect(mfr('--help').out.split('\n')[0]).toBe('Usage: mfr [options] [command]');
  });

  it('refuses a wrong call with one coded line and exit code 2', () => {
    const unknown = mfr('bogus');
    expectCodedLine(unknown, 2, 'USAGE_INVALID');
    expect(unknown.err).toContain("unknown command 'bogus'");
    const missing = mfr('explain');
    expectCodedLine(missing, 2, 'USAGE_INVALID');
    expect(missing.err).toContain("missing required argument 'id'");
    expectCodedLine(mfr('validate', '--bogus'), 2, 'USAGE_INVALID');
    expectCodedLine(mfr('validate', root, '--root', root), 2, 'USAGE_INVALID');
    expect(mfr('build', '--until', 'everything')).toEqual({ code: 2, out: '', err: 'USAGE_INVALID: --until takes one of: ingest, extract, normalize, reconcile, validate, package' });
  });

  it('prints a data error as one line with its code once, and exit code 1', () => {
    const unknown = mfr('explain', 'nope');
    expectCodedLine(unknown, 1, 'ID_UNKNOWN');
    expect(unknown.err).toMatch(/^ID_UNKNOWN: "nope" is not an obs_id, an event_id or a key_id of this package/);
    expectCodedLine(mfr('explain', KOREA_1980_EXPORTS, '--root', tempDir('mfr-empty-')), 1, 'DESCRIPTOR_UNREADABLE');
    expectCodedLine(mfr('diff', join(tempDir('mfr-empty-'), 'nothing'), root), 1, 'PACKAGE_UNREADABLE');
    expectCodedLine(mfr('validate', join(tempDir('mfr-empty-'), 'nothing')), 1, 'PACKAGE_UNREADABLE');
  });
});

describe('mfr explain', () => {
  it('prints the explanation with readable values, or with --json the object explain() gives', () => {
    const text = mfr('explain', KOREA_1980_EXPORTS);
    expect(text.code).toBe(0);
    expect(text.out).toContain('text       1980 ⟦44.7⟧ 64.2 108.9 -19.5');
    expect(text.out).toContain(`number     ${KOREA_1980_EXPORTS}: 44700000 USD (44.7 million USD), exact`);
    expect(text.out).toContain(`reconciled ${KOREA_1980_FLOW}: conflict, rule importer_over_exporter, shows 32700000 USD (32.7 million USD); 2 candidates, spread 26.8%`);
    expect(text.out).not.toMatch(/chosen\W+chosen/);
    const json = mfr('explain', KOREA_1980_EXPORTS, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'observation', id: KOREA_1980_EXPORTS, quote: { line: 1543, column: 6 }, consistent: true });
    // The text names the same line and column as the JSON.
    expect(text.out).toContain('where      raw/korea-commission-2005.txt, line 1543, column 6, bytes 90926–90930');
  });

  it('explains a reconciliation key_id: the value shown, status, rule, every candidate with its verdict and quote', () => {
    const text = mfr('explain', KOREA_1980_FLOW);
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
    const json = JSON.parse(mfr('explain', KOREA_1980_FLOW, '--json').out) as { kind: string; key: { key_id: string }; candidates: { candidate: { obs_id: string }; quote: { line: number; marked: string }; shown: boolean }[] };
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
    const json = JSON.parse(mfr('explain', key, '--json').out) as { kind: string; candidates: { candidate: { event_id: string }; quote: { marked: string } }[] };
    expect(json.kind).toBe('event_key');
    expect(json.candidates.length).toBeGreaterThan(1);
    const text = mfr('explain', key).out;
    for (const { candidate, quote } of json.candidates) {
      expect(text).toContain(candidate.event_id);
      expect(text).toContain(quote.marked.trimEnd());
    }
  });
});

describe('mfr validate', () => {
  it('exits 0 on a valid package and 1 on an invalid one', () => {
    const valid = mfr('validate', '--root', writeSmallPackage());
    expect(valid).toMatchObject({ code: 0, out: expect.stringMatching(/^small 1\.0\.0 at .*\ntables: places 2, figures 2\nvalid$/) });
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => `${text}f3,XXX,1,\n`);
    const invalid = mfr('validate', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain('foreign-key figures record 4 place: XXX is not a id of places');
    expect(invalid.out.split('\n').at(-1)).toBe('INVALID: 3 error(s)');
  });

  it('takes a directory, its datapackage.json or a tarball, as diff does', () => {
    const packed = writeSmallPackage();
    const work = tempDir('mfr-tarball-');
    // npm pack puts the package under package/.
    mkdirSync(join(work, 'package'));
    spawnSync('cp', ['-R', join(packed, 'datapackage.json'), join(packed, 'dist'), join(work, 'package')]);
    const tarball = join(work, 'release.tgz');
    expect(spawnSync('tar', ['-czf', tarball, '-C', work, 'package']).status).toBe(0);
    for (const location of [packed, join(packed, 'datapackage.json'), tarball]) {
      const result = mfr('validate', location, '--json');
      expect(result.code, location).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ valid: true, tables: expect.arrayContaining([expect.objectContaining({ name: 'figures' })]) });
    }
    // The tarball's unpacked copy is gone once the report prints: the report names the tarball.
    expect((JSON.parse(mfr('validate', tarball, '--json').out) as { root: string }).root).toBe(tarball);
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => text.replace('f1,MEX,10,', 'f1,MEX,11,'));
    expect(mfr('validate', join(broken, 'datapackage.json')).code).toBe(1);
  });

  it('names the same CSV records in its text as in --json', () => {
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => `${text}f3,XXX,1,\nf1,MEX,2,7\n`);
    const report = JSON.parse(mfr('validate', broken, '--json').out) as { errors: { resource?: string; row?: number }[] };
    const jsonRecords = report.errors.filter((error) => error.row !== undefined).map((error) => `${error.resource} record ${error.row}`);
    expect(jsonRecords.length).toBeGreaterThan(2);
    const textRecords = [...mfr('validate', broken).out.matchAll(/^ {2}\S+ +(\w+ record \d+)/gm)].map((match) => match[1]);
    expect(textRecords).toEqual(jsonRecords);
  });

  it('keeps stdout for the report and stderr quiet when stderr is no terminal; per-table progress where a terminal asks for it', async () => {
    const piped = mfr('validate', writeSmallPackage(), '--json');
    expect(piped.err).toBe('');
    expect(JSON.parse(piped.out)).toMatchObject({ valid: true });
    expect(mfr('diff', root, root, '--json').err).toBe('');
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
  it('prints the changes and the bump, or the report with --json', () => {
    const [before, after] = [copyPackage(), copyPackage()];
    editFile(after, 'dist/observations.csv', (text) => text.replace(',44700000,USD,', ',44800000,USD,'));
    const result = mfr('diff', before, after);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`observations ${KOREA_1980_EXPORTS}: value 44700000 → 44800000`);
    expect(result.out).toMatch(/^proposed bump: minor → \d+\.\d+\.0$/m);
    expect(JSON.parse(mfr('diff', before, after, '--json').out)).toMatchObject({ bump: 'minor' });
  });
});

describe('mfr build and npm run build', () => {
  const RUN = join(root, 'lib', 'pipeline', 'run.js');

  it('runs the pipeline in a checkout, printing each stage as it starts and the summary, or the report with --json', () => {
    const project = makeFixtureProject();
    const result = mfr('build', '--root', project.root);
    expect(result.err.split('\n').slice(0, 6)).toEqual(['[1/6] ingest', '[2/6] extract', '[3/6] normalize', '[4/6] reconcile', '[5/6] validate', '[6/6] package']);
    expect(result.err).toMatch(/^stages: ingest \d+ ms, extract \d+ ms, normalize \d+ ms, reconcile \d+ ms, validate \d+ ms, package \d+ ms$/m);
    expect(result.out).toMatch(new RegExp(`^sources: ${SOURCES} {3}tables: \\d+ {3}cells: \\d+ \\(\\d+ empty\\)\nobservations: `));
    expect(result.out).toMatch(/^ {2}spread {2}\d+\.\d% /m);
    expect(result.code).toBe(0);
    expect(readFileSync(join(project.root, 'dist', 'observations.csv'), 'utf8')).toBe(readFileSync(join(root, 'dist', 'observations.csv'), 'utf8'));
    const json = node(RUN, ['--root', project.root, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ stages: ['ingest', 'extract', 'normalize', 'reconcile', 'validate', 'package'], sources: SOURCES, drafts: 0, checks: { pass: expect.any(Number) }, reconciled: { observations: { conflict: expect.any(Number) } } });
  });

  it('with --until, runs and reports only the stages up to it', () => {
    const project = makeFixtureProject();
    const result = mfr('build', '--root', project.root, '--until', 'extract');
    expect(result.err.split('\n')).toEqual(['[1/6] ingest', '[2/6] extract', expect.stringMatching(/^stages: ingest \d+ ms, extract \d+ ms$/)]);
    expect(result.out).toMatch(new RegExp(`^sources: ${SOURCES} {3}tables: \\d+ {3}cells: \\d+$`));
    const json = JSON.parse(node(RUN, ['--root', project.root, '--until', 'extract', '--json']).out) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['cells', 'drafts', 'sources', 'stages', 'tables']);
    expect(json.stages).toEqual(['ingest', 'extract']);
  });

  it('npm run build refuses a stage it does not know as mfr build does: one coded line, exit code 2', () => {
    expect(node(RUN, ['--until', 'foo'])).toEqual({ code: 2, out: '', err: 'USAGE_INVALID: --until takes one of: ingest, extract, normalize, reconcile, validate, package' });
    expectCodedLine(node(RUN, ['--bogus']), 2, 'USAGE_INVALID');
  });

  it('prints a pipeline error as its code and place, with exit code 1', () => {
    const project = makeFixtureProject();
    editFile(project.root, 'raw/china-2023.txt', (text) => `${text} `);
    const result = mfr('build', '--root', project.root);
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
    const unknown = node(ANNOTATE, ['unknown']);
    expectCodedLine(unknown, 2, 'USAGE_INVALID');
    expect(unknown.err).toContain(`one of: ${sources.join(', ')}`);
  });

  it('drafts annotations for a listed source: a JSON array on stdout', () => {
    const result = node(ANNOTATE, [sources[0]!]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(Array.isArray(JSON.parse(result.out))).toBe(true);
  });
});
