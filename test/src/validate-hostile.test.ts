import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/validate/compile-pattern.js';
import { validate } from '../../src/validate/validate.js';
import { editFile, writeSmallPackage } from './package-copy.js';

/** Nested repetition over overlapping classes: a backtracking engine tries ~2^50 ways before failing on the "!". */
const CATASTROPHIC = '^(\\w+\\s?)+$';

describe('validate on a package from elsewhere', () => {
  it('tests a pattern that would make a backtracking engine hang in linear time, and reports the mismatch', async () => {
    const root = writeSmallPackage((descriptor) => {
      descriptor.resources[0]!.schema!.fields[1]!.constraints = { pattern: CATASTROPHIC };
    });
    editFile(root, 'dist/places.csv', (text) => `${text}JPN,${'a'.repeat(50)}!,country\n`, { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${finding.kind} ${finding.resource} ${finding.row} ${finding.field}: ${finding.message}`)).toEqual([`row places 4 name: "${'a'.repeat(50)}!" does not match ${CATASTROPHIC}`]);
  });

  it('matches a pattern against the whole value, as Table Schema asks', () => {
    const pattern = compilePattern('[A-Z]{3}');
    expect('test' in pattern && [pattern.test('MEX'), pattern.test('MEXX'), pattern.test('xMEX')]).toEqual([true, false, false]);
    const hyphens = ['^[a-z0-9]+(-[a-z0-9]+)*$', '[a\\-[]+', '[]a-]-[b]'].map((source) => compilePattern(source));
    expect(hyphens.map((pattern) => ('test' in pattern ? pattern.test('a-[') || pattern.test('a-b') || pattern.test(']-b') : pattern.unsupported))).toEqual([true, true, true]);
    expect(compilePattern('[^]a-[b]]')).toHaveProperty('unsupported');
    const unicode = compilePattern('\\p{L}+');
    expect('test' in unicode && [unicode.test('Región'), unicode.test('R1')]).toEqual([true, false]);
  });

  it('reports a pattern RE2 cannot run (backreference, lookaround, XML Schema class subtraction) as PATTERN_UNSUPPORTED, not a crash', async () => {
    const patterns = ['^(a)\\1$', '^(?=M)[A-Z]{3}$', '[A-Z-[AEIOU]]{3}'];
    const root = writeSmallPackage((descriptor) => {
      const fields = descriptor.resources[0]!.schema!.fields;
      patterns.forEach((pattern, index) => {
        fields[index]!.constraints = { ...fields[index]!.constraints, pattern };
      });
    });
    const report = await validate({ root });
    expect(report.valid).toBe(false);
    expect(report.errors.map((finding) => `${finding.code} ${finding.kind} ${finding.resource} ${finding.field}`)).toEqual([
      'PATTERN_UNSUPPORTED descriptor places id',
      'PATTERN_UNSUPPORTED descriptor places name',
      'PATTERN_UNSUPPORTED descriptor places kind',
    ]);
    expect(report.errors[2]!.message).toContain('subtraction');
  });

  it('reports each text cell a spreadsheet would run as a formula, by record and field, as CELL_FORMULA', async () => {
    const root = writeSmallPackage((descriptor) => {
      // A pattern that declares signed numbers lets "-12" begin a text cell; a column without one does not.
      descriptor.resources[1]!.schema!.fields.push({ name: 'printed', type: 'string', constraints: { pattern: '[+-]?[0-9.]+' } }, { name: 'comment', type: 'string' });
    });
    editFile(root, 'dist/figures.csv', () => 'id,place,value,share,printed,comment\nf1,MEX,-12,0.5,-12,-12\nf2,KOR,3,,+3,"=HYPERLINK(""http://evil.example"")"\nf3,KOR,4,,4,@SUM(A1)\nf4,KOR,5,,5,"\tx"\nf5,KOR,6,,6,plain\n', { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${finding.code} ${finding.resource} ${finding.row} ${finding.field}`)).toEqual([
      'CELL_FORMULA figures 2 comment',
      'CELL_FORMULA figures 3 comment',
      'CELL_FORMULA figures 4 comment',
      'CELL_FORMULA figures 5 comment',
    ]);
    expect(report.errors[1]!.message).toMatch(/^CELL_FORMULA: "=HYPERLINK\(\\"http:\/\/evil.example\\"\)" begins like a spreadsheet formula/);
  });

  it('counts a length in characters, a character outside the BMP as one (two UTF-16 units)', async () => {
    const root = writeSmallPackage((descriptor) => {
      descriptor.resources[0]!.schema!.fields[1]!.constraints = { minLength: 2, maxLength: 3 };
    });
    // Characters: 2, 1, 3, 4, 2, 4; UTF-16 lengths: 4, 2, 5, 8, 2, 4.
    editFile(root, 'dist/places.csv', () => 'id,name,kind\nMEX,\u{1F600}\u{1F600},country\nKOR,\u{1F600},country\nJPN,a\u{1F600}\u{1F600},country\nCHN,\u{1F600}\u{1F600}\u{1F600}\u{1F600},country\nUSA,ab,country\nCAN,abcd,country\n', { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${finding.row} ${finding.field}: ${finding.message}`)).toEqual([
      '3 name: "\u{1F600}" has fewer than 2 characters',
      '5 name: "\u{1F600}\u{1F600}\u{1F600}\u{1F600}" has more than 3 characters',
      '7 name: "abcd" has more than 3 characters',
    ]);
  });
});
