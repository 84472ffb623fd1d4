import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { matchesShown, readmeExamples } from './readme-examples.js';

const root = packageRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; overrides: Record<string, string> };

/** What `npm pack` needs from the checkout: sources to compile (prepack) and the files it ships. */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'datapackage.json', 'dist', 'raw', 'src', 'pipeline', 'scripts'];

/** What users get, and nothing else: the compiled loader and CLI, the data, the texts, the profile, the docs. */
const SHIPPED = [/^lib\/src\/.+\.(js|d\.ts)$/, /^dist\/[a-z_]+\.csv$/, /^raw\/[a-z0-9-]+\.txt$/, /^datapackage\.json$/, /^src\/profiles\/datapackage\.json$/, /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/];

// npm run from `npm test` passes its own settings down as npm_* variables; the nested npm must not inherit them.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));

function sh(command: string, args: readonly string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function ok(command: string, args: readonly string[], cwd: string): string {
  const result = sh(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'mfr-pack-'));
const consumer = join(work, 'consumer');
let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  // Pack a copy, so that prepack's compile cannot race the tests reading lib/ in the checkout.
  const project = join(work, 'project');
  mkdirSync(project);
  for (const file of PROJECT_FILES) cpSync(join(root, file), join(project, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  packed = (JSON.parse(ok('npm', ['pack', '--json', '--pack-destination', work], project)) as (typeof packed)[])[0]!;

  mkdirSync(consumer);
  // The registry mirror here lacks a dependency of @uwdata/flechette 2.7, so the consumer pins it as this project does.
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', overrides: manifest.overrides }));
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2023', types: ['node'], skipLibCheck: true, noEmitOnError: true }, files: ['consumer.ts'] }));
  const typesNode = (JSON.parse(readFileSync(join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8')) as { version: string }).version;
  ok('npm', ['install', join(work, packed.filename), `@types/node@${typesNode}`, '--offline', '--no-audit', '--no-fund'], consumer);
  writeFileSync(join(consumer, 'consumer.ts'), readmeExamples().program);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships only what users need', () => {
    const files = packed.files.map((file) => file.path);
    expect(files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)))).toEqual([]);
    for (const needed of ['lib/src/index.js', 'lib/src/index.d.ts', 'lib/src/cli/main.js', 'lib/src/types/observation.d.ts', 'dist/observations.csv', 'datapackage.json', 'raw/korea-commission-2005.txt', 'src/profiles/datapackage.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      expect(files).toContain(needed);
    }
  });

  it('has no install scripts', () => {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'mexico-foreign-relations', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(installed.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);
  });
});

describe('the installed package', () => {
  it("compiles the README's program under strict nodenext, and runs it offline to the output the README shows", () => {
    ok(join(root, 'node_modules', '.bin', 'tsc'), ['-p', '.'], consumer);
    // toCSV() ends in a newline of its own, which console.log doubles.
    expect(ok(process.execPath, ['consumer.js'], consumer).trimEnd()).toBe(readmeExamples().programOutput.trimEnd());
  });

  it('declares types that compile without errors of their own', () => {
    // skipLibCheck hides errors in declaration files; arquero's and flechette's have some, ours must have none.
    const strict = sh(join(root, 'node_modules', '.bin', 'tsc'), ['-p', '.', '--skipLibCheck', 'false', '--noEmit'], consumer);
    const errors = strict.stdout.split('\n').filter((line) => /error TS/.test(line));
    expect(errors.filter((line) => !/^node_modules\/(arquero|@uwdata\/flechette)\//.test(line))).toEqual([]);
  });

  it("runs the README's CLI examples", () => {
    for (const run of readmeExamples().runs) {
      const [command, ...args] = run.command.split(' ');
      expect(command).toBe('mfr');
      const result = sh(join(consumer, 'node_modules', '.bin', 'mfr'), args, consumer);
      const printed = `${result.stdout}${result.stderr}`.trimEnd().split('\n');
      expect(matchesShown(printed, run.expected), `${run.command} printed:\n${printed.join('\n')}`).toBe(true);
    }
  });

  it('answers to both its names, and validates itself from its own files', () => {
    expect(ok(join(consumer, 'node_modules', '.bin', 'mexico-foreign-relations'), ['--version'], consumer).trim()).toBe(manifest.version);
    const validation = sh(join(consumer, 'node_modules', '.bin', 'mfr'), ['validate', '--json'], consumer);
    const report = JSON.parse(validation.stdout) as { valid: boolean; root: string; tables: { name: string }[] };
    expect(report.root).toBe(join(consumer, 'node_modules', 'mexico-foreign-relations'));
    expect(report.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['observations', 'sources', 'checks']));
    expect(validation.status).toBe(report.valid ? 0 : 1);
  });

  it('diffs itself against the tarball it came from', () => {
    expect(ok(join(consumer, 'node_modules', '.bin', 'mfr'), ['diff', join(work, packed.filename), join(consumer, 'node_modules', 'mexico-foreign-relations')], consumer)).toContain('no difference: no release needed');
  });
});

