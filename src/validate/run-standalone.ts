import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { ErrorObject } from 'ajv';

/** A validator as ajv compiles it: true or false, and the errors of the last call. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * ajv's standalone code as scripts/generate-validators.ts writes it: the text of
 * a classic script that is one function expression, called with the values its
 * code names (ajv's runtime helpers…) to return the validators. A script rather than
 * module code, because Node 20 keeps no compiled code for modules, and V8 can
 * take a script's bytecode from a code cache instead of compiling some hundreds
 * of kB of code on every start.
 */
export interface StandaloneScript {
  source: string;
  /** The names of the function's parameters, in order: the values runStandalone() is given. */
  parameters: readonly string[];
  /** The sha256 of `source`: a code cache is used only if it was made from the script with this digest. */
  digest: string;
  /** The generated module that holds the script (import.meta.url); its code cache sits beside it. */
  module: string;
}

/** How a script was compiled: from the code cache beside its module, from its text (no cache there, or one made from another text), or from its text because V8 refused the cache (another Node version, other V8 flags). */
export type CacheUse = 'used' | 'absent' | 'rejected';

/** Where the code cache of the script of a generated module is kept: beside the module, which in lib/ is compiled JavaScript (`npm run compile` writes the cache). */
export function codeCacheFile(module: string): URL {
  return new URL(module.replace(/^.*\/|\.[jt]s$/g, '') + '.v8-cache', module);
}

/** A code cache file: the digest of the script it was made from, then V8's cached data. */
const DIGEST_BYTES = 64;

/** Compiles the script, with its code cache when there is one made from this very text; V8 compiles the text itself when it refuses the cache. */
export function compileStandalone(script: StandaloneScript): { compiled: Script; cache: CacheUse } {
  const cachedData = readCodeCache(script);
  const compiled = new Script(script.source, { filename: fileURLToPath(script.module), ...(cachedData ? { cachedData } : {}) });
  return { compiled, cache: !cachedData ? 'absent' : compiled.cachedDataRejected ? 'rejected' : 'used' };
}

/** Runs the script's function with the value of each of its parameters: what it returns are the validators. */
export function runStandalone<T>(script: StandaloneScript, values: Readonly<Record<string, unknown>>): T {
  const missing = script.parameters.filter((name) => !(name in values));
  if (missing.length) throw new Error(`${script.module}: no value for ${missing.join(', ')}`);
  const run = compileStandalone(script).compiled.runInThisContext() as (...args: unknown[]) => T;
  return run(...script.parameters.map((name) => values[name]));
}

/** A code cache for the script, as codeCacheFile() keeps it: compiled from its text alone, so that nothing of an older cache is carried over. */
export function makeCodeCache(script: StandaloneScript): Buffer {
  const compiled = new Script(script.source, { filename: fileURLToPath(script.module) });
  return Buffer.concat([Buffer.from(script.digest, 'latin1'), compiled.createCachedData()]);
}

function readCodeCache(script: StandaloneScript): Buffer | null {
  let file: Buffer;
  try {
    file = readFileSync(codeCacheFile(script.module));
  } catch {
    // No cache (the sources run by vitest, a packed package, a lib/ compiled by `tsc` alone): the text is compiled.
    return null;
  }
  return file.length > DIGEST_BYTES && file.toString('latin1', 0, DIGEST_BYTES) === script.digest ? file.subarray(DIGEST_BYTES) : null;
}
