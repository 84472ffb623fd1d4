import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipeline/paths.js';
import { cacheValidators, STANDALONE_SCRIPTS } from '../../../scripts/cache-validators.js';
import { formats } from '../../../src/validate/profile-formats.js';
import { codeCacheFile, compileStandalone, makeCodeCache, runStandalone, type CacheUse, type StandaloneScript, type StandaloneValidator } from '../../../src/validate/run-standalone.js';
import { tempDir } from '../../helpers/temp-dir.js';

const require = createRequire(import.meta.url);

/** A script of the generated kind in a module of a temp folder (where its code cache goes). */
function scriptIn(dir: string, source: string, name = 'validators.js'): StandaloneScript {
  return { module: pathToFileURL(join(dir, name)).href, parameters: ['parity'], digest: createHash('sha256').update(source).digest('hex'), source };
}

const EVEN = '(function (parity) {\n"use strict";\nconst validate0 = (function validate0(data) { validate0.errors = data % parity === 0 ? null : [{ message: "must be even" }]; return data % parity === 0; });\nreturn validate0;\n})';

/** The generated scripts moved to a temp folder, so that their code caches are written there and not beside the sources. */
function generatedScriptsIn(dir: string): StandaloneScript[] {
  return STANDALONE_SCRIPTS.map((script, index) => ({ ...script, module: pathToFileURL(join(dir, `generated-${index}.js`)).href }));
}

/**
 * How a fresh Node process compiles each script (compileStandalone in lib/): V8 keeps what a process has
 * compiled, and would give the same text from there without so much as reading a cache. The process is started
 * with this one's flags (vitest.config.ts gives its workers a V8 flag), under which this one makes its caches:
 * V8 refuses a cache made under other flags.
 */
function cacheUseInFreshProcess(scripts: readonly StandaloneScript[]): CacheUse[] {
  const runStandalone = pathToFileURL(join(projectRoot, 'lib', 'src', 'validate', 'run-standalone.js')).href;
  const input = join(tempDir('mfr-standalone-'), 'scripts.json');
  writeFileSync(input, JSON.stringify(scripts));
  const child = spawnSync(process.execPath, [...process.execArgv, '--input-type=module', '-e', `import { readFileSync } from 'node:fs'; import { compileStandalone } from ${JSON.stringify(runStandalone)}; console.log(JSON.stringify(JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8')).map((script) => compileStandalone(script).cache)));`], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as CacheUse[];
}

describe('standalone validator scripts', () => {
  it('keep their code cache beside the compiled module', () => {
    expect(codeCacheFile('file:///p/lib/src/validate/profile-validator.js').href).toBe('file:///p/lib/src/validate/profile-validator.v8-cache');
    expect(codeCacheFile('file:///p/pipeline/validators/index.ts').href).toBe('file:///p/pipeline/validators/index.v8-cache');
  });

  it('are compiled from the code cache made from their text, else from their text, even a cache of another text of the same length', () => {
    const dir = tempDir('mfr-standalone-');
    const even = scriptIn(dir, EVEN, 'even.js');
    // The same length: V8 itself tells texts apart by their length alone.
    const odd = scriptIn(dir, EVEN.replaceAll('=== 0', '!== 0').replace('must be even', 'must be odd!'), 'odd.js');
    expect(odd.source.length).toBe(even.source.length);
    const none = scriptIn(dir, EVEN, 'none.js');
    writeFileSync(codeCacheFile(even.module), makeCodeCache(even));
    writeFileSync(codeCacheFile(odd.module), makeCodeCache({ ...even, module: odd.module }));
    expect(cacheUseInFreshProcess([even, odd, none])).toEqual(['used', 'absent', 'absent']);
    const validate = runStandalone<StandaloneValidator>(odd, { parity: 2 });
    expect([validate(3), validate(2), validate.errors]).toEqual([true, false, [{ message: 'must be odd!' }]]);
  });

  it('are given a value for each of their parameters', () => {
    expect(() => runStandalone(scriptIn(tempDir('mfr-standalone-'), EVEN), {})).toThrow(/no value for parity/);
  });

  it('still validate, compiled from their text, when V8 refuses the cache', () => {
    const [schemas, profile] = generatedScriptsIn(tempDir('mfr-standalone-')) as [StandaloneScript, StandaloneScript];
    for (const script of [schemas, profile]) {
      // The right digest before V8's data of another build of V8 (here: none at all).
      writeFileSync(codeCacheFile(script.module), Buffer.concat([Buffer.from(script.digest, 'latin1'), Buffer.alloc(4096, 7)]));
      expect(compileStandalone(script).cache, script.module).toBe('rejected');
    }
    const values = { ajvEqual: require('ajv/dist/runtime/equal'), ajvUcs2length: require('ajv/dist/runtime/ucs2length'), profileFormats: formats };
    const validators = runStandalone<Record<string, StandaloneValidator>>(schemas, values);
    expect(validators['entity.schema.json']!({ id: 'APEC' })).toBe(false);
    const validateProfile = runStandalone<StandaloneValidator>(profile, values);
    expect(validateProfile({ resources: [], licenses: 'MIT' })).toBe(false);
    expect(validateProfile.errors?.map((error) => `${error.instancePath} ${error.message}`)).toContain('/licenses must be array');
  });

  it('get a code cache from `npm run compile` that V8 takes, written again only when it is missing, stale or refused', () => {
    const scripts = generatedScriptsIn(tempDir('mfr-standalone-'));
    const files = scripts.map((script) => codeCacheFile(script.module).href);
    expect(cacheValidators(scripts).map((file) => file.href)).toEqual(files);
    expect(cacheUseInFreshProcess(scripts)).toEqual(scripts.map(() => 'used'));
    expect(cacheValidators(scripts)).toEqual([]);
    writeFileSync(codeCacheFile(scripts[0]!.module), 'stale');
    expect(cacheValidators(scripts).map((file) => file.href)).toEqual([files[0]]);
    expect(cacheUseInFreshProcess(scripts)).toEqual(scripts.map(() => 'used'));
  });

  it('have no code cache beside the sources: only lib/ holds one', () => {
    for (const script of STANDALONE_SCRIPTS) expect(existsSync(codeCacheFile(script.module)), script.module).toBe(false);
  });
});
