import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from '../helpers/loaded-modules.js';
import { writeSmallPackage } from './package-copy.js';

const ofValidate = (urls: readonly string[]) => urls.filter((url) => /\/node_modules\/ajv\/|\/lib\/src\/validate\//.test(url));
const ofDiff = (urls: readonly string[]) => urls.filter((url) => url.includes('/lib/src/diff/'));

describe('importing the package', () => {
  it('loads neither ajv, the validator nor diff, until validate() and diff() are first called', () => {
    // validate() and diff() of a small package: which modules a first call loads does not depend on the package's size.
    const small = JSON.stringify(writeSmallPackage());
    const [imported, loaded, validated, diffed] = modulesLoadedBy(['await pkg.load();', `await pkg.validate({ root: ${small} });`, `await pkg.diff(${small}, ${small});`]) as [string[], string[], string[], string[]];
    expect(imported.some((url) => url.endsWith('/lib/src/index.js'))).toBe(true);
    expect(ofValidate([...imported, ...loaded])).toEqual([]);
    expect(ofDiff([...imported, ...loaded, ...validated])).toEqual([]);
    expect(validated.some((url) => url.endsWith('/lib/src/validate/validate.js'))).toBe(true);
    expect(validated.some((url) => url.includes('/node_modules/ajv/dist/runtime/'))).toBe(true);
    expect(diffed.some((url) => url.endsWith('/lib/src/diff/diff.js'))).toBe(true);
  });
});
