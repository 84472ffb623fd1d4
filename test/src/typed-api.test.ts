import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = packageRoot();
const tsc = join(root, 'node_modules', '.bin', 'tsc');
/** Compiled against lib/src/*.d.ts, so it is kept out of the project's own compile (tsconfig.test.json excludes it). */
const fixture = readFileSync(join(root, 'test', 'fixtures', 'typed-consumer', 'consumer.ts'), 'utf8');
const EXPECTATION = /^\s*\/\/ @ts-expect-error (TS\d+) /;

/**
 * A project that installed the package, as npm would lay it out (node_modules/mexico-foreign-relations,
 * resolved through its package.json `exports` to the declarations `npm run compile` emitted), with a strict
 * tsconfig of the kind users have, compiling the files given (modules each, so they do not see each other's names).
 * Returns the errors tsc prints, `file(line,col): error TSn`.
 */
function compileAsConsumer(files: Record<string, string>): string[] {
  const consumer = tempDir('mfr-typed-consumer-');
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'mexico-foreign-relations'), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const compilerOptions = { strict: true, noUncheckedIndexedAccess: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2023', types: ['node'], typeRoots: [join(root, 'node_modules', '@types')], skipLibCheck: true, noEmit: true };
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(files) }));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(consumer, name), source);
  const result = spawnSync(tsc, ['-p', '.', '--pretty', 'false'], { cwd: consumer, encoding: 'utf8' });
  const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  // tsc fails without printing an error only if it could not run at all.
  if (result.status !== 0 && errors.length === 0) throw new Error(`tsc failed: ${result.stderr}`);
  return errors;
}

const lines = fixture.split('\n');
/**
 * The fixture as written, and bare: its `@ts-expect-error` lines blanked, so that each line under one must fail.
 * One compile of both (a tsc run costs more than type-checking them).
 */
const compiled = compileAsConsumer({ 'consumer.ts': fixture, 'bare.ts': lines.map((line) => (EXPECTATION.test(line) ? '' : line)).join('\n') });
const errorsIn = (file: string) => compiled.filter((error) => error.startsWith(`${file}(`));

describe('the typed API, as a consumer compiles it', () => {
  it('compiles the positive uses, and every `@ts-expect-error` line of the fixture does fail', () => {
    // An expected error that does not occur is itself an error (TS2578), so this fails when a typo compiles.
    // Every error is the bare copy's: none is the fixture's, or the project's (a configuration error names no file).
    expect(compiled.filter((error) => !error.startsWith('bare.ts('))).toEqual([]);
  });

  it('fails each expected line for the reason stated beside it (a misspelt resource, column or param, a wrong value type)', () => {
    const expected = lines.flatMap((line, index) => {
      const code = EXPECTATION.exec(line)?.[1];
      return code === undefined ? [] : [`${index + 2} ${code}`];
    });
    expect(new Set(expected.map((entry) => entry.split(' ')[1]))).toEqual(new Set(['TS2345', 'TS2551', 'TS2367', 'TS18047', 'TS2339', 'TS2322']));
    const found = errorsIn('bare.ts').map((error) => {
      const [, line, code] = /^bare\.ts\((\d+),\d+\): error (TS\d+)/.exec(error) ?? [];
      return `${line} ${code}`;
    });
    expect(found).toEqual(expected);
  });
});

/** The text of a declaration file that is code: comments and string literals blanked, line breaks kept. */
function declarationCode(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (match) => match.replace(/[^\n]/g, ' '));
}

/** `any` as a type: not a member named any (`any(`, `any<`, `any:`, `any?:`, `any?(`), as op's aggregate is. */
const ANY_TYPE = /\bany\b(?!\s*(?:[(<:]|\?\s*[:(]))/;

/** Where `any` is used as a type in declaration text: `line: code`. */
function anyTypes(text: string): string[] {
  return declarationCode(text)
    .split('\n')
    .flatMap((line, index) => (ANY_TYPE.test(line) ? [`${index + 1}: ${text.split('\n')[index]!.trim()}`] : []));
}

const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));

describe('the published declarations', () => {
  it('use no `any`: each of src/ emits a .d.ts whose types name none', () => {
    const found = sources(join(root, 'src')).flatMap((file) => {
      const declaration = join(root, 'lib', relative(root, file).replace(/\.ts$/, '.d.ts'));
      return anyTypes(readFileSync(declaration, 'utf8')).map((use) => `${relative(root, declaration)}:${use}`);
    });
    expect(found).toEqual([]);
  });

  it('finds `any` in a type, and not in a comment, a string literal type or a member named any', () => {
    const text = [
      '/** Reads any table. */',
      "export type FieldType = 'any' | \"any\" | `any`;",
      '// any other',
      'export declare function read(name: string): Promise<any[]>;',
      'export type Bag = Record<string, any>;',
      'export interface Aggregates { any<Value>(field: Value): Value; any?: string; }',
      'export type Known<T> = T extends any ? T : never;',
    ].join('\n');
    expect(anyTypes(text)).toEqual(['4: export declare function read(name: string): Promise<any[]>;', '5: export type Bag = Record<string, any>;', '7: export type Known<T> = T extends any ? T : never;']);
  });
});
