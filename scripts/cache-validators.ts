/**
 * Run by `npm run compile` after `tsc`: writes V8's code cache of each generated
 * validator script (scripts/generate-validators.ts) beside its compiled module
 * in lib/, so that a build takes the validators' bytecode from the cache instead
 * of compiling ~0.8 MB of code at every start. lib/ is a build product: the cache
 * is never committed, nor packed (package.json `files`); one made from another
 * text is not used, one V8 refuses (another Node version) is compiled anew, and
 * a cache that is there and accepted is left as it is.
 */
import { writeFileSync } from 'node:fs';
import { standaloneScript as schemaScript } from '../pipeline/validators/index.js';
import { codeCacheFile, compileStandalone, makeCodeCache, type StandaloneScript } from '../src/validate/run-standalone.js';
import { standaloneScript as profileScript } from '../src/validate/profile-validator.js';
import { isEntryPoint } from '../pipeline/is-entry-point.js';

export const STANDALONE_SCRIPTS: readonly StandaloneScript[] = [schemaScript, profileScript];

/** Writes the code cache of each script whose cache is missing, stale or refused; returns the files written. */
export function cacheValidators(scripts: readonly StandaloneScript[] = STANDALONE_SCRIPTS): URL[] {
  return scripts.filter((script) => compileStandalone(script).cache !== 'used').map((script) => {
    const file = codeCacheFile(script.module);
    writeFileSync(file, makeCodeCache(script));
    return file;
  });
}

if (isEntryPoint(import.meta.url)) cacheValidators();
