import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { compileOwnPattern } from '../../src/validate/compile-pattern.js';
import { ASCII_STABLE_PROPERTIES, equivalentRegExp } from '../../src/validate/equivalent-regexp.js';

/** RE2's answer: does the whole value match? null when RE2 refuses the pattern. */
function re2(pattern: string): ((text: string) => boolean) | null {
  try {
    const compiled = RE2JS.compile(pattern);
    return (text) => compiled.testExact(text);
  } catch {
    return null;
  }
}

/** Every `pattern` of the schemas in schemas/: the patterns the build's own Table Schemas carry. */
function schemaPatterns(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.add(value);
      else walk(value);
    }
  };
  const dir = join(projectRoot, 'schemas');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return [...found];
}

/** Values dense in what the two engines could read differently: spaces of every kind, line ends, letters outside ASCII, astral characters. */
const values = fc.array(fc.constantFrom('a', 'b', 'Z', '1', '0', '-', '_', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2028', 'é', 'ß', '\u0301', '−', '’', '.', ',', '@', ':', '\u{1F600}', '\u{20000}'), { maxLength: 12 }).map((parts) => parts.join(''));

/** Short values, which short patterns match often enough for a difference to show. */
const shortValues = fc.array(fc.constantFrom('a', '1', '-', ' ', '\t', '\n', '\v', '\u00a0', '\u2028', 'é', '\u0301', '\u{1F600}'), { maxLength: 3 }).map((parts) => parts.join(''));

/** Patterns built from the syntax the translation accepts, and from some it must refuse. */
const patterns = fc.array(fc.constantFrom('a', 'b', '1', '-', ' ', 'é', '\\s', '\\S', '\\d', '\\w', '\\W', '\\-', '\\.', '[a-c]', '[^a]', '[\\s-]', '[\\s]', '[-a]', '[\\p{L}1]', '\\p{L}', '\\p{M}', '\\p{Nd}', '(', ')', '(?:', '|', '*', '+', '?', '{2}', '{1,3}', '{2,}', '.', '^', '$', '\\n', '\\b', ']', '}', '{'), { maxLength: 6 }).map((parts) => parts.join(''));

describe('equivalentRegExp', () => {
  it('accepts exactly the values RE2 accepts, for every pattern of schemas/ (the build tests its release with them)', () => {
    const own = schemaPatterns();
    expect(own.length).toBeGreaterThan(0);
    for (const pattern of own) {
      const reference = re2(pattern)!;
      const compiled = compileOwnPattern(pattern);
      if (!('test' in compiled)) throw new Error(`${pattern}: ${compiled.unsupported}`);
      fc.assert(fc.property(values, (text) => compiled.test(text) === reference(text)), { numRuns: 300 });
    }
  });

  it('gives, for any pattern it translates, the answers of RE2, which compiles it too', () => {
    // A boolean, not an expect a run (vitest's expect cost more than the engines): fast-check's counterexample names
    // the pattern and the value, either a pattern RE2 refuses or a value on which the two answer differently.
    fc.assert(fc.property(patterns, shortValues, (pattern, text) => {
      const equivalent = equivalentRegExp(pattern);
      if (!equivalent) return true;
      const reference = re2(pattern);
      if (!reference) return false;
      if (equivalent.asciiOnly && /[^\x00-\x7f]/.test(text)) return true;
      return equivalent.regexp.test(text) === reference(text);
    }), { numRuns: 10000 });
  });

  it('speaks for ASCII values only where a Unicode property is named, on which the engines agree for every ASCII character', () => {
    for (const property of ASCII_STABLE_PROPERTIES) {
      const reference = re2(`\\p{${property}}`)!;
      const equivalent = equivalentRegExp(`\\p{${property}}`)!;
      expect(equivalent.asciiOnly).toBe(true);
      for (let code = 0; code < 0x80; code += 1) expect(equivalent.regexp.test(String.fromCharCode(code)), `\\p{${property}} on ${code}`).toBe(reference(String.fromCharCode(code)));
    }
    // Outside ASCII the tables of the engines may differ (Unicode versions): RE2 answers there.
    const letters = compileOwnPattern('\\p{L}+');
    expect('test' in letters && [letters.test('Región'), letters.test('R1')]).toEqual([true, false]);
  });

  it('writes out \\s and \\S as RE2 defines them, and refuses what JavaScript would read otherwise', () => {
    // JavaScript's own \S refuses a no-break space and \s takes a vertical tab; RE2's do not.
    const nonSpace = equivalentRegExp('\\S+')!;
    expect([nonSpace.regexp.test('a\u00a0b'), equivalentRegExp('\\s')!.regexp.test('\v')]).toEqual([true, false]);
    expect(['.', 'a*?', '(?=a)', '(a)\\1', '[]a]', '[^]a]', 'a]', 'a{,2}', '(a{2}){3}', 'a{1001}', '[\\s-z]', '[a-\\s]', '[[:alpha:]]', '\\p{Greek}', '(?i)a', '^*'].map((pattern) => equivalentRegExp(pattern))).toEqual(Array(16).fill(null));
  });
});
