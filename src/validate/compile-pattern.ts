import { createRequire } from 'node:module';
import { equivalentRegExp, isAscii } from './equivalent-regexp.js';

const require = createRequire(import.meta.url);

/** RE2 is loaded at its first pattern (its CommonJS build, which loads synchronously): a release whose patterns all have an equivalent RegExp never needs it. */
let re2js: typeof import('re2js') | null = null;
const loadRe2 = () => (re2js ??= require('re2js') as typeof import('re2js'));

/** A Table Schema `pattern` made ready to test cells, or the reason it cannot be. */
export type CompiledPattern = { test: (text: string) => boolean } | { unsupported: string };

/**
 * Compiles a Table Schema pattern with RE2, whose matching time grows linearly
 * with the cell: a package from elsewhere may carry a pattern such as
 * `^(\w+\s?)+$` that a backtracking engine (`new RegExp`) takes minutes over on
 * one long cell. As Table Schema asks, the whole value must match. RE2 has no
 * backreferences or lookaround, and XML Schema's character-class subtraction
 * (`[a-z-[aeiou]]`) would silently mean something else there: such patterns
 * are refused, with the reason, rather than tested wrongly.
 */
export function compilePattern(pattern: string): CompiledPattern {
  return remembered(compiledPatterns, pattern, compileOnce);
}

/**
 * The same answers for a pattern the package itself wrote (its Table Schemas,
 * made by the build from schemas/), without RE2 where a JavaScript RegExp
 * provably accepts the same values (equivalentRegExp): the build's publish gate
 * tests every cell of the release against such patterns, and RE2 takes tens of
 * milliseconds to load and compile them. Not for a package from elsewhere: a
 * RegExp backtracks, and a pattern can make that take exponential time.
 */
export function compileOwnPattern(pattern: string): CompiledPattern {
  return remembered(compiledOwnPatterns, pattern, (source) => {
    const equivalent = equivalentRegExp(source);
    if (!equivalent) return compilePattern(source);
    const { regexp, asciiOnly } = equivalent;
    // RE2 answers for what the RegExp does not speak for, compiled only if such a value comes.
    let re2: CompiledPattern | null = null;
    return {
      test: (text) => {
        if (!asciiOnly || isAscii(text)) return regexp.test(text);
        re2 ??= compilePattern(source);
        return 'test' in re2 && re2.test(text);
      },
    };
  });
}

function remembered(compiled: Map<string, CompiledPattern>, pattern: string, compile: (pattern: string) => CompiledPattern): CompiledPattern {
  let found = compiled.get(pattern);
  if (!found) {
    found = compile(pattern);
    compiled.set(pattern, found);
  }
  return found;
}

/** How many cells' answers each compiled pattern keeps. */
const REMEMBERED_ANSWERS = 4096;

/** Compiled once per process: many fields share a pattern (dates, ids), and each validation would compile them again. */
const compiledPatterns = new Map<string, CompiledPattern>();
const compiledOwnPatterns = new Map<string, CompiledPattern>();

function compileOnce(pattern: string): CompiledPattern {
  if (subtractsClasses(pattern)) return { unsupported: 'XML Schema character-class subtraction ("[a-z-[aeiou]]") is not supported' };
  try {
    const compiled = loadRe2().RE2JS.compile(pattern);
    // Tables repeat values (dates, codes) and RE2 takes microseconds a test: the last few thousand answers are kept.
    const answers = new Map<string, boolean>();
    return {
      test: (text) => {
        let answer = answers.get(text);
        if (answer === undefined) {
          answer = compiled.testExact(text);
          if (answers.size >= REMEMBERED_ANSWERS) answers.clear();
          answers.set(text, answer);
        }
        return answer;
      },
    };
  } catch (error) {
    return { unsupported: (error as Error).message };
  }
}

/** Whether a character class of the pattern goes on with "-[": XML Schema's subtraction, a plain "-" and "[" to RE2. */
function subtractsClasses(pattern: string): boolean {
  let inClass = false;
  for (let at = 0; at < pattern.length; at += 1) {
    const char = pattern[at];
    if (char === '\\') at += 1;
    else if (!inClass && char === '[') {
      inClass = true;
      // A "]" first in a class ("[]a]", "[^]a]") is a literal, not its end.
      if (pattern[at + 1] === '^') at += 1;
      if (pattern[at + 1] === ']') at += 1;
    } else if (inClass && char === ']') inClass = false;
    else if (inClass && char === '-' && pattern[at + 1] === '[') return true;
  }
  return false;
}
