import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { tempDir } from '../helpers/temp-dir.js';
import { importedPackages, isEmptyModule } from './imported-packages.js';
import { matchesShown, readmeExamples } from './readme-examples.js';

const root = packageRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

/**
 * What `npm pack` needs from the checkout: the sources prepack compiles, the files it ships, and lib/ as
 * `npm test` compiled it (with its build info), so that prepack finds it fresh and does not compile again.
 */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'datapackage.json', 'dist', 'raw', 'src', 'pipeline', 'scripts', 'bench', 'lib'];

/** What users get, and nothing else: the compiled loader and CLI, the data, the texts, the profile, the docs. */
const SHIPPED = [/^lib\/src\/.+\.(js|d\.ts)$/, /^dist\/[a-z_]+\.csv$/, /^raw\/[a-z0-9-]+\.txt$/, /^datapackage\.json$/, /^src\/profiles\/(datapackage|list-field)\.json$/, /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/];

/**
 * Runtime dependencies that the shipped code does not import, each with its reason. The pin of flechette is
 * for npm, not for our code: arquero asks for `^2`, flechette 2.7 depends on a package some registries lack,
 * and a direct dependency on 2.6.0 makes a consumer's npm dedupe arquero's range to it, with no `overrides`
 * (which never reach consumers).
 */
const NOT_IMPORTED: Record<string, string> = {
  '@uwdata/flechette': "pinned so that npm dedupes arquero's ^2 range to a version every registry can install",
};

/**
 * npm run passes its own settings down as npm_* variables, and some would misplace a nested npm
 * (npm_config_local_prefix points it at this checkout). Only the settings that say where packages come from,
 * how to reach them and where they are cached pass through, so that a user's npm_config_cache (an empty
 * one, say) or npm_config_registry reach the consumer's install.
 */
const PASSED_NPM_SETTING = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|ca|strict_ssl|proxy|https_proxy|http_proxy|noproxy|@[^:]+:registry|\/\/.+)$/i;

function nestedEnv(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(parent).filter(([name]) => !name.toLowerCase().startsWith('npm_') || PASSED_NPM_SETTING.test(name)));
}

function sh(command: string, args: readonly string[], cwd: string, env = nestedEnv(process.env)): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function ok(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = sh(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

let compileErrors: string[] | undefined;

/**
 * The consumer's one compile, shared by the tests of the program and of the declarations: its tsconfig as a user
 * has it, but with declaration files checked (skipLibCheck false, so the test can tell whose they are) and the
 * program written although arquero's declarations have errors. TypeScript's own lib files are left unchecked,
 * and one thread spares the cores the other tests use.
 */
function consumerCompileErrors(): string[] {
  if (compileErrors === undefined) {
    const compiled = sh(join(root, 'node_modules', '.bin', 'tsc'), ['-p', '.', '--skipLibCheck', 'false', '--skipDefaultLibCheck', '--noEmitOnError', 'false', '--singleThreaded'], consumer);
    const errors = compiled.stdout.split('\n').filter((line) => /error TS/.test(line));
    if (compiled.status !== 0 && errors.length === 0) throw new Error(`tsc exited ${compiled.status} without a type error:\n${compiled.stderr}\n${compiled.stdout}`);
    compileErrors = errors;
  }
  return compileErrors;
}

interface CliPrinted {
  /** run()'s exit code. */
  code: number;
  /** Its stdout and then its stderr, as lines. */
  lines: string[];
}

/** What a part of the session gave, or the error it threw. */
type Part<T> = T | { error: string };

interface ConsumerSession {
  /** What each of the README's CLI examples prints, in the README's order. */
  readme: Part<CliPrinted>[];
  /** `mfr diff <the tarball> <the installed package>`. */
  diff: Part<CliPrinted>;
  /** table('observations') through Arrow and back, with loadObservations() to compare. */
  arrow: Part<{ rows: number; loaded: number; back: number; same: boolean }>;
}

/** A part's result, or the test fails with the error it threw. */
function given<T extends object>(part: Part<T>): T {
  if ('error' in part) throw new Error(`the consumer's session threw:\n${part.error}`);
  return part;
}

let session: ConsumerSession | undefined;

/**
 * What needs the installed package but no process of its own, done in one Node process in the consumer (the
 * bins and the README's program, which are processes to users, are started by their own tests): the README's
 * CLI examples and the diff, by the installed CLI's run(), and the Arrow round trip, by a module that imports
 * the package and arquero by name from the consumer, where npm put them.
 */
function consumerSession(): ConsumerSession {
  if (session === undefined) {
    // Each command's first word is mfr (its test checks): run() is given the rest.
    const calls = readmeExamples().runs.map((run) => run.command.split(' ').slice(1));
    const script = [
      // Each part's error is its own (a broken arquero fails the round trip, not the CLI's examples).
      'async function part(make) {',
      '  try {',
      '    return await make();',
      '  } catch (error) {',
      '    return { error: String(error?.stack ?? error) };',
      '  }',
      '}',
      `const { run } = await import(${JSON.stringify(pathToFileURL(join(installed, 'lib', 'src', 'cli', 'program.js')).href)});`,
      'async function cli(args) {',
      '  const out = [];',
      '  const err = [];',
      "  const code = await run(args, { out: (text) => out.push(text), err: (text) => err.push(text), exit() {} }, 'mfr');",
      "  return { code, lines: [...out, ...err].join('\\n').trimEnd().split('\\n') };",
      '}',
      'const readme = [];',
      `for (const args of ${JSON.stringify(calls)}) readme.push(await part(() => cli(args)));`,
      `const diff = await part(() => cli(['diff', ${JSON.stringify(join(work, packed.filename))}, ${JSON.stringify(installed)}]));`,
      // arquero writes and reads Arrow with flechette; npm hoists both beside the package, where this module finds them by name.
      'const arrow = await part(async () => {',
      "  const { fromArrow } = await import('arquero');",
      "  const { loadObservations, table } = await import('mexico-foreign-relations');",
      "  const observations = await table('observations');",
      '  const back = fromArrow(observations.toArrowIPC());',
      '  return { rows: observations.numRows(), loaded: (await loadObservations()).length, back: back.numRows(), same: JSON.stringify(back.objects()) === JSON.stringify(observations.objects()) };',
      '});',
      'console.log(JSON.stringify({ readme, diff, arrow }));',
    ].join('\n');
    writeFileSync(join(consumer, 'session.mjs'), script);
    session = JSON.parse(ok(process.execPath, ['session.mjs'], consumer)) as ConsumerSession;
  }
  return session;
}

const work = tempDir('mfr-pack-');
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'mexico-foreign-relations');
let packed: { filename: string; files: { path: string }[] };
let shippedFiles: string[];

beforeAll(() => {
  // Pack a copy, so that prepack's compile cannot race the tests reading lib/ in the checkout.
  const project = join(work, 'project');
  mkdirSync(project);
  // Timestamps kept: tsc -b tells a fresh lib/ by them.
  for (const file of PROJECT_FILES) cpSync(join(root, file), join(project, file), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  packed = (JSON.parse(ok('npm', ['pack', '--json', '--pack-destination', work], project)) as (typeof packed)[])[0]!;
  shippedFiles = packed.files.map((file) => file.path);

  // A consumer as a user makes one: no overrides, the registry and cache npm is configured with, nothing offline.
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2023', types: ['node'], skipLibCheck: true, noEmitOnError: true }, files: ['consumer.ts'] }));
  ok('npm', ['install', join(work, packed.filename), '--no-audit', '--no-fund'], consumer);
  // Node's types for the consumer's compile (its tsconfig names them, as a user's does): this checkout's, linked
  // rather than installed, as they are no part of what the package brings (npm would fetch their metadata, several
  // MB, and unpack ~110 files for them).
  mkdirSync(join(consumer, 'node_modules', '@types'));
  symlinkSync(join(root, 'node_modules', '@types', 'node'), join(consumer, 'node_modules', '@types', 'node'), 'dir');
  writeFileSync(join(consumer, 'consumer.ts'), readmeExamples().program);
}, 300_000);

describe('npm pack', () => {
  it('ships only what users need', () => {
    expect(shippedFiles.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)))).toEqual([]);
    for (const needed of ['lib/src/index.js', 'lib/src/index.d.ts', 'lib/src/cli/main.js', 'lib/src/types/observation.d.ts', 'dist/observations.csv', 'datapackage.json', 'raw/korea-commission-2005.txt', 'src/profiles/datapackage.json', 'src/profiles/list-field.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      expect(shippedFiles).toContain(needed);
    }
  });

  it('ships no types that only the pipeline uses (those of schemas that describe no published table)', () => {
    const pipelineOnly = readdirSync(join(root, 'schemas'))
      .filter((name) => name.endsWith('.schema.json') && !('x-resource' in readJson<object>(join(root, 'schemas', name))))
      .map((name) => name.replace('.schema.json', ''));
    expect(pipelineOnly).toContain('recipe');
    expect(shippedFiles.filter((file) => pipelineOnly.some((type) => file.startsWith(`lib/src/types/${type}.`)))).toEqual([]);
  });

  it('ships no empty JavaScript (modules of types compile to `export {};`; their .d.ts is what ships)', () => {
    expect(shippedFiles.filter((file) => file.endsWith('.js') && isEmptyModule(readFileSync(join(installed, file), 'utf8')))).toEqual([]);
  });

  it('depends at run time on exactly the packages its shipped code imports', () => {
    const imported = new Set(shippedFiles.filter((file) => file.endsWith('.js')).flatMap((file) => importedPackages(readFileSync(join(installed, file), 'utf8'))));
    const declared = Object.keys(readJson<{ dependencies: Record<string, string> }>(join(installed, 'package.json')).dependencies);
    expect([...imported].filter((name) => !declared.includes(name)), 'imported but not in dependencies').toEqual([]);
    expect(declared.filter((name) => !imported.has(name) && !(name in NOT_IMPORTED)), 'in dependencies but not imported').toEqual([]);
    // Each reason above holds only while its package is not imported.
    expect(Object.keys(NOT_IMPORTED).filter((name) => imported.has(name) || !declared.includes(name)), 'NOT_IMPORTED entries that no longer apply').toEqual([]);
  });

  it('has no install scripts', () => {
    const scripts = readJson<{ scripts?: Record<string, string> }>(join(installed, 'package.json')).scripts ?? {};
    expect(Object.keys(scripts).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);
  });
});

describe('a plain install', () => {
  it("uses the cache and registry of whoever runs the tests, and none of npm run's own settings", () => {
    const chosen = { ...process.env, npm_config_cache: join(work, 'chosen-cache'), npm_config_registry: 'https://registry.example.test/', npm_lifecycle_event: 'test', npm_config_local_prefix: root };
    const env = nestedEnv(chosen);
    expect(Object.keys(env).filter((name) => ['npm_lifecycle_event', 'npm_config_local_prefix'].includes(name))).toEqual([]);
    // One npm for both settings (it prints key=value a line when asked for several).
    expect(ok('npm', ['config', 'get', 'cache', 'registry'], consumer, env).trim().split('\n')).toEqual([`cache=${join(work, 'chosen-cache')}`, 'registry=https://registry.example.test/']);
  });

  it("dedupes arquero's flechette to the pinned version: one copy, with no overrides", () => {
    expect(readJson<object>(join(consumer, 'package.json'))).not.toHaveProperty('overrides');
    const lock = readJson<{ packages: Record<string, { version?: string }> }>(join(consumer, 'package-lock.json'));
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/@uwdata/flechette'));
    expect(copies.map(([path, entry]) => [path, entry.version])).toEqual([['node_modules/@uwdata/flechette', manifest.dependencies['@uwdata/flechette']]]);
    expect(readJson<{ version: string }>(join(consumer, 'node_modules', '@uwdata', 'flechette', 'package.json')).version).toBe('2.6.0');
    expect(existsSync(join(consumer, 'node_modules', 'arquero', 'node_modules'))).toBe(false);
  });

  it('gives table() a working arquero, whose Arrow round trip runs through flechette', () => {
    const arrow = given(consumerSession().arrow);
    expect(arrow.rows).toBeGreaterThan(0);
    expect(arrow).toEqual({ rows: arrow.loaded, loaded: arrow.loaded, back: arrow.loaded, same: true });
  });
});

describe('the installed package', () => {
  it("compiles the README's program under strict nodenext, and runs it offline to the output the README shows", () => {
    // The program's own errors, and those of no file (a missing types package, say): what skipLibCheck, as a user has it, still shows.
    expect(consumerCompileErrors().filter((line) => !line.startsWith('node_modules/'))).toEqual([]);
    // toCSV() ends in a newline of its own, which console.log doubles.
    expect(ok(process.execPath, ['consumer.js'], consumer).trimEnd()).toBe(readmeExamples().programOutput.trimEnd());
  });

  it('declares types that compile without errors of their own', () => {
    // skipLibCheck hides errors in declaration files; arquero's and flechette's have some, ours must have none.
    expect(consumerCompileErrors().filter((line) => !/^node_modules\/(arquero|@uwdata\/flechette)\//.test(line))).toEqual([]);
  });

  it("runs the README's CLI examples", () => {
    const { runs } = readmeExamples();
    expect(runs.map((run) => run.command.split(' ')[0])).toEqual(runs.map(() => 'mfr'));
    const { readme } = consumerSession();
    expect(readme).toHaveLength(runs.length);
    for (const [index, printed] of readme.map(given).entries()) {
      expect(matchesShown(printed.lines, runs[index]!.expected), `${runs[index]!.command} printed:\n${printed.lines.join('\n')}`).toBe(true);
    }
  });

  it('answers to both its names, and validates itself from its own files', () => {
    expect(ok(join(consumer, 'node_modules', '.bin', 'mexico-foreign-relations'), ['--version'], consumer).trim()).toBe(manifest.version);
    const validation = sh(join(consumer, 'node_modules', '.bin', 'mfr'), ['validate', '--json'], consumer);
    const report = JSON.parse(validation.stdout) as { valid: boolean; root: string; tables: { name: string }[] };
    expect(report.root).toBe(installed);
    expect(report.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['observations', 'sources', 'checks']));
    expect(validation.status).toBe(report.valid ? 0 : 1);
  });

  it('diffs itself against the tarball it came from', () => {
    const diff = given(consumerSession().diff);
    expect(diff.lines.join('\n')).toContain('no difference: no release needed');
    expect(diff.code).toBe(0);
  });
});
