import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { packageRoot } from '../../src/package-root.js';
import { makeFixtureProject } from '../helpers/fixture-project.js';
import { copyPackage, editFile, writeSmallPackage } from '../src/package-copy.js';

/** Runs the CLI in-process, recording what it prints and the exit code it asks for. */
async function mfr(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text), exit: () => {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';

describe('mfr', () => {
  it('prints its version, and its help', async () => {
    const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    expect(await mfr('--version')).toEqual({ code: 0, out: version, err: '' });
    const help = await mfr('--help');
    expect(help.code).toBe(0);
    for (const command of ['build', 'validate', 'explain', 'diff']) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('fails on an unknown command or a missing argument, with exit code 1', async () => {
    expect(await mfr('bogus')).toMatchObject({ code: 1, err: expect.stringContaining("unknown command 'bogus'") });
    expect(await mfr('explain')).toMatchObject({ code: 1, err: expect.stringContaining("missing required argument 'id'") });
  });
});

describe('mfr explain', () => {
  it('prints the explanation, or with --json the object explain() gives', async () => {
    const text = await mfr('explain', KOREA_1980_EXPORTS);
    expect(text.code).toBe(0);
    expect(text.out).toContain('text       1980 ⟦44.7⟧ 64.2 108.9 -19.5');
    const json = await mfr('explain', KOREA_1980_EXPORTS, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'observation', id: KOREA_1980_EXPORTS, quote: { line: 1543 }, consistent: true });
  });

  it('prints a typed error for an unknown id, with exit code 1', async () => {
    expect(await mfr('explain', 'nope')).toEqual({ code: 1, out: '', err: expect.stringMatching(/^ID_UNKNOWN: "nope" is neither an obs_id/) });
  });
});

describe('mfr validate', () => {
  it('exits 0 on a valid package and 1 on an invalid one', async () => {
    const valid = await mfr('validate', '--root', writeSmallPackage());
    expect(valid).toMatchObject({ code: 0, out: expect.stringMatching(/^small 1\.0\.0 at .*\ntables: places 2, figures 2\nvalid$/) });
    const broken = writeSmallPackage();
    editFile(broken, 'dist/figures.csv', (text) => `${text}f3,XXX,1,\n`);
    const invalid = await mfr('validate', '--root', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain('foreign-key figures line 4 place: XXX is not a id of places');
    expect(invalid.out.split('\n').at(-1)).toBe('INVALID: 3 error(s)');
  });

  it('prints a machine-readable report with --json', async () => {
    const result = await mfr('validate', '--root', writeSmallPackage(), '--json');
    expect(JSON.parse(result.out)).toMatchObject({ valid: true, errors: [], warnings: [], tables: [{ name: 'places', rows: 2 }, { name: 'figures', rows: 2 }] });
  });
});

describe('mfr diff', () => {
  it('prints the changes and the bump, or the report with --json', async () => {
    const [before, after] = [copyPackage(), copyPackage()];
    editFile(after, 'dist/observations.csv', (text) => text.replace(',44700000,USD,', ',44800000,USD,'));
    const result = await mfr('diff', before, after);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`observations ${KOREA_1980_EXPORTS}: value 44700000 → 44800000`);
    expect(result.out).toMatch(/^proposed bump: minor → \d+\.\d+\.0$/m);
    expect(JSON.parse((await mfr('diff', before, after, '--json')).out)).toMatchObject({ bump: 'minor' });
  });
});

describe('mfr build', () => {
  it('runs the pipeline in a checkout, printing each stage as it starts and the summary', async () => {
    const project = makeFixtureProject();
    const result = await mfr('build', '--root', project.root);
    expect(result.err.split('\n').slice(0, 6)).toEqual(['[1/6] ingest', '[2/6] extract', '[3/6] normalize', '[4/6] reconcile', '[5/6] validate', '[6/6] package']);
    expect(result.err).toMatch(/^stages: ingest \d+ ms, extract \d+ ms, normalize \d+ ms, reconcile \d+ ms, validate \d+ ms, package \d+ ms$/m);
    expect(result.out).toMatch(/^sources: 5 {3}tables: \d+/);
    expect(result.code).toBe(0);
    expect(readFileSync(join(project.root, 'dist', 'observations.csv'), 'utf8')).toBe(readFileSync(join(packageRoot(), 'dist', 'observations.csv'), 'utf8'));
  });

  it('stops after the stage --until names, and refuses a stage it does not know', async () => {
    const project = makeFixtureProject();
    const result = await mfr('build', '--root', project.root, '--until', 'extract');
    expect(result.err.split('\n')).toEqual(['[1/6] ingest', '[2/6] extract', expect.stringMatching(/^stages: ingest \d+ ms, extract \d+ ms$/)]);
    expect(await mfr('build', '--until', 'everything')).toMatchObject({ code: 1, err: '--until takes one of: ingest, extract, normalize, reconcile, validate, package' });
  });

  it('prints a pipeline error as its code and place, with exit code 1', async () => {
    const project = makeFixtureProject();
    editFile(project.root, 'raw/china-2023.txt', (text) => `${text} `);
    expect(await mfr('build', '--root', project.root)).toMatchObject({ code: 1, err: expect.stringMatching(/SOURCE_HASH_MISMATCH/) });
  });
});
