import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishRelease, type Release } from '../../pipeline/06-package/index.js';
import type { PackageDescriptor } from '../../src/descriptor.js';
import { cachedPackage } from '../../src/explain/cache-package.js';
import { explain, type ObservationExplanation } from '../../src/explain/explain.js';
import { load } from '../../src/load.js';
import { copyPackage, editFile, readJson } from './package-copy.js';

const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';
const KOREA_RAW = 'raw/korea-commission-2005.txt';
/** A cell of observations.csv changed to another number of the same length. */
const tamper = (text: string) => text.replace(',44700000,', ',44700001,');

/** One instant for every age(): a file edited and aged again gets back the very mtime it had. */
const HOUR_AGO = new Date(Date.now() - 3_600_000);

/**
 * Dates every file of the package an hour back, as an installed package's
 * are: the cache keeps nothing read from a file changed in the last seconds,
 * whose timestamp a further change in the same clock tick would not move.
 */
function age(root: string): void {
  const files = ['datapackage.json', ...['dist', 'raw'].flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(folder, name)))];
  for (const file of files) utimesSync(join(root, file), HOUR_AGO, HOUR_AGO);
}

/** The copy's release with one CSV rewritten and the descriptor stating its new size and hash, as a build publishes it. */
function nextRelease(root: string, path: string, edit: (text: string) => string): Release {
  const descriptor = readJson(root);
  const distFiles = new Map(readdirSync(join(root, 'dist')).map((name) => [name, readFileSync(join(root, 'dist', name), 'utf8')]));
  const name = path.slice('dist/'.length);
  const text = edit(distFiles.get(name)!);
  distFiles.set(name, text);
  const resource = descriptor.resources.find((candidate) => candidate.path === path)!;
  resource.bytes = Buffer.byteLength(text);
  resource.hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  return { distFiles, descriptor: `${JSON.stringify(descriptor satisfies PackageDescriptor, null, 2)}\n` };
}

const valueOf = async (root: string) => ((await explain(KOREA_1980_EXPORTS, { root })) as ObservationExplanation).observation.value;

describe("explain's cache", () => {
  it('gives the same explanation of every id as explain over a dataset loaded afresh', async () => {
    const root = copyPackage();
    age(root);
    const data = await load({ root });
    const ids = [...data.observations.map((row) => row.obs_id), ...(data.events ?? []).map((row) => row.event_id), ...(data.reconciled ?? []).map((row) => row.key_id), ...(data.reconciled_events ?? []).map((row) => row.key_id)];
    const differing: string[] = [];
    for (const id of ids) {
      if (JSON.stringify(await explain(id, { root })) !== JSON.stringify(await explain(id, { data }))) differing.push(id);
    }
    expect(differing).toEqual([]);
    expect(await cachedPackage(root)).toBe(await cachedPackage(root));
  });

  it('keeps the package read while its files are unchanged, but nothing read from files changed in the last seconds', async () => {
    const fresh = copyPackage();
    // Not two of the same object: not.toBe would compare the two whole packages in depth for its message.
    const [first, second] = [await cachedPackage(fresh), await cachedPackage(fresh)];
    expect(first === second, 'the package read from files changed in the last seconds was kept').toBe(false);
    age(fresh);
    const kept = await cachedPackage(fresh);
    expect(await cachedPackage(fresh)).toBe(kept);
    expect(kept.tables.coverage).toBeUndefined();
  });

  it('hands out copies: changing an explanation does not change the next one', async () => {
    const root = copyPackage();
    age(root);
    const first = (await explain(KOREA_1980_EXPORTS, { root })) as ObservationExplanation;
    first.observation.value = 0;
    first.source.id = 'changed';
    const second = (await explain(KOREA_1980_EXPORTS, { root })) as ObservationExplanation;
    expect(second.observation.value).toBe(44700000);
    expect(second.source.id).toBe('korea-commission-2005');
  });

  it('reads a release the publisher swapped in', async () => {
    const root = copyPackage();
    age(root);
    expect(await valueOf(root)).toBe(44700000);
    publishRelease(root, nextRelease(root, 'dist/observations.csv', tamper));
    expect(await valueOf(root)).toBe(44700001);
    age(root);
    const kept = await cachedPackage(root);
    expect(kept.observations.some((row) => row.value === 44700001)).toBe(true);
    expect(await cachedPackage(root)).toBe(kept);
  });

  it('finishes a publish killed once its release was marked ready, before any visible file moved, and reads that release', async () => {
    const root = copyPackage();
    age(root);
    expect(await valueOf(root)).toBe(44700000);
    const kill = new Error('killed');
    // Every file the cache read is still in place: only the ready marker says a new release is committed.
    expect(() => publishRelease(root, nextRelease(root, 'dist/observations.csv', tamper), (step) => {
      if (step === 'retire-dist') throw kill;
    })).toThrow(kill);
    expect(await valueOf(root)).toBe(44700001);
    expect(readdirSync(root)).not.toContain('.release');
  });

  it('reads a CSV edited in place, even when its mtime is set back', async () => {
    const root = copyPackage();
    age(root);
    expect(await valueOf(root)).toBe(44700000);
    editFile(root, 'dist/observations.csv', tamper);
    age(root);
    expect(await valueOf(root)).toBe(44700001);
    editFile(root, 'dist/observations.csv', (text) => text.replace(',44700001,', ',44700002,'));
    age(root);
    expect(await valueOf(root)).toBe(44700002);
  });

  it('quotes a raw text edited in place from its new bytes', async () => {
    const root = copyPackage();
    age(root);
    const before = (await explain(KOREA_1980_EXPORTS, { root })) as ObservationExplanation;
    expect(before.quote).toMatchObject({ span: '44.7', matches: true });
    const bytes = readFileSync(join(root, KOREA_RAW));
    bytes.write('44.8', before.quote.byteStart);
    writeFileSync(join(root, KOREA_RAW), bytes);
    age(root);
    const after = (await explain(KOREA_1980_EXPORTS, { root })) as ObservationExplanation;
    expect(after.quote).toMatchObject({ span: '44.8', marked: '1980 ⟦44.8⟧ 64.2 108.9 -19.5', matches: false });
    expect(after.consistent).toBe(false);
  });
});
