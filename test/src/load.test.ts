import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Row } from '../../src/read-table.js';
import { load, loadAnyResource, loadObservations, loadResource, type Dataset, type RowOf } from '../../src/load.js';
import { packageRoot } from '../../src/package-root.js';
import { anyTable, table } from '../../src/table.js';
import type { Event, Observation, Reconciled } from '../../src/types/index.js';
import { releaseLayout } from '../../src/release/index.js';
import { copyPackage, dropResources, editDescriptor, editFile, readJson } from './package-copy.js';

const root = packageRoot();
const descriptor = readJson(root);
const tableNames = descriptor.resources.filter((resource) => resource.schema).map((resource) => resource.name);
const parsed = new Map<string, Record<string, string>[]>();
/** A committed CSV's records, parsed once a file (several tests read the same tables). */
const csv = (name: string) => parsed.get(name) ?? parsed.set(name, parse(readFileSync(join(root, 'dist', `${name}.csv`), 'utf8'), { columns: true }) as Record<string, string>[]).get(name)!;
const data = await load();

describe('load', () => {
  it('reads every table resource of the descriptor, row for row', () => {
    expect(Object.keys(data.tables).sort()).toEqual([...tableNames].sort());
    for (const name of tableNames) expect(data.tables[name], name).toHaveLength(csv(name).length);
    expect(data.observations).toBe(data.tables.observations);
    expect(data.descriptor.name).toBe('mexico-foreign-relations');
  });

  it('gives numbers as numbers and empty cells as null, by the Table Schema', () => {
    const printed = csv('observations').find((row) => row.obs_id === 'korea-commission-2005@0090926')!;
    const observation = data.observations.find((row) => row.obs_id === 'korea-commission-2005@0090926')!;
    expect(observation).toMatchObject({ line: Number(printed.line), byte_start: 90926, value: 44700000, multiplier: 1000000, note: null, period_start: '1980' });
    // Collected and compared once: two expects a row would cost more than the checks.
    expect(data.observations.filter((row) => typeof row.value !== 'number' || !Number.isInteger(row.byte_end)).map((row) => row.obs_id)).toEqual([]);
    expect(data.observations.some((row) => row.partner === null || row.note === null)).toBe(true);
    expect(data.checks.every((check) => typeof check.tolerance === 'number')).toBe(true);
  });

  it('gives list fields as arrays of their items, typed string[], and an empty list cell as null', () => {
    const printed = csv('events').find((row) => row.entities!.includes(';'))!;
    const event = data.events!.find((row) => row.event_id === printed.event_id)!;
    expect(event.entities).toEqual(printed.entities!.split(';'));
    expect(event.entities.length).toBeGreaterThan(1);
    expectTypeOf(event.entities).toEqualTypeOf<string[]>();
    const threeChinas = data.entities.find((row) => row.id === 'THREE_CHINAS')!;
    expect(threeChinas.members).toEqual(['CHN', 'HKG', 'TWN']);
    expect(data.entities.find((row) => row.id === 'JPN')!.members).toBeNull();
    expectTypeOf(threeChinas.members).toEqualTypeOf<string[] | null>();
    const printedInputs = new Map(csv('checks').map((row) => [row.check_id, row.input_obs_ids]));
    for (const check of data.checks) expect(check.input_obs_ids.join(';'), check.check_id).toBe(printedInputs.get(check.check_id));
  });

  it('types each known table by the generated row types, and any other table generically', () => {
    expectTypeOf(data.observations).toEqualTypeOf<Observation[]>();
    expectTypeOf(data.events).toEqualTypeOf<Event[] | undefined>();
    expectTypeOf(data.reconciled).toEqualTypeOf<Reconciled[] | undefined>();
    expectTypeOf<RowOf<'observations'>>().toEqualTypeOf<Observation>();
    expectTypeOf<RowOf<'a_table_from_the_future'>>().toEqualTypeOf<Row>();
    expectTypeOf<Dataset['tables']>().toEqualTypeOf<Readonly<Record<string, readonly Row[]>>>();
  });

  it('leaves out the tables a release does not have', async () => {
    const copy = copyPackage();
    dropResources(copy, ['events', 'reconciled', 'candidates', 'reconciled_events', 'event_candidates', 'coverage']);
    const older = await load({ root: copy });
    expect(older.events).toBeUndefined();
    expect(older.reconciled).toBeUndefined();
    expect('candidates' in older).toBe(false);
    expect(older.observations).toEqual(data.observations);
  });

  it('reads a table it has no type for', async () => {
    const copy = copyPackage();
    writeFileSync(join(copy, 'dist', 'extra.csv'), 'id,share,flag\na,2.5,true\nb,,false\n');
    editDescriptor(copy, (edited) => {
      edited.resources.push({ name: 'extra', type: 'table', path: 'dist/extra.csv', schema: { fields: [{ name: 'id', type: 'string' }, { name: 'share', type: 'number' }, { name: 'flag', type: 'boolean' }], missingValues: [''] } });
    });
    expect((await load({ root: copy })).tables.extra).toEqual([{ id: 'a', share: 2.5, flag: true }, { id: 'b', share: null, flag: false }]);
    expect(await loadAnyResource('extra', { root: copy })).toEqual([{ id: 'a', share: 2.5, flag: true }, { id: 'b', share: null, flag: false }]);
    const extra = await anyTable('extra', { root: copy });
    expect(extra.filter((d) => d.share !== null).array('id')).toEqual(['a']);
  });
});

describe('per-resource loaders', () => {
  it('read one table', async () => {
    expect(await loadObservations()).toEqual(data.observations);
    expect(await loadResource('sources')).toEqual(data.sources);
  });

  it('name the tables there are when asked for another, and refuse a resource without a schema', async () => {
    await expect(loadAnyResource('nope')).rejects.toThrowError(/RESOURCE_UNKNOWN: the package has no resource "nope" \(tables: .*observations/);
    await expect(loadAnyResource('raw-china-2023')).rejects.toMatchObject({ code: 'RESOURCE_NOT_TABLE' });
  });
});

describe('table', () => {
  it('is an arquero table with the schema columns', async () => {
    const observations = await table('observations');
    expect(observations.numRows()).toBe(data.observations.length);
    expect(observations.columnNames()).toEqual(descriptor.resources.find((resource) => resource.name === 'observations')!.schema!.fields.map((field) => field.name));
    const perSource = observations.groupby('source_id').count().objects();
    expect(perSource.reduce((total, row) => total + row.count, 0)).toBe(data.observations.length);
  });
});

/** A cell of observations.csv changed to another number of the same length, as a tampered copy would have it. */
const tamper = (text: string) => text.replace(',44700000,', ',44700001,');

describe('load from an incomplete or changed package', () => {
  it('refuses a package without dist/ with RESOURCE_MISSING, not a bare ENOENT', async () => {
    const copy = copyPackage();
    rmSync(join(copy, 'dist'), { recursive: true });
    await expect(load({ root: copy })).rejects.toMatchObject({ name: 'PackageError', code: 'RESOURCE_MISSING', message: expect.stringContaining('dist/') });
    await expect(loadObservations({ root: copy })).rejects.toMatchObject({ code: 'RESOURCE_MISSING' });
  });

  it('with verify, refuses a tampered cell that a plain load returns', async () => {
    const copy = copyPackage();
    editFile(copy, 'dist/observations.csv', tamper);
    expect((await load({ root: copy })).observations.some((row) => row.value === 44700001)).toBe(true);
    await expect(load({ root: copy, verify: true })).rejects.toMatchObject({ code: 'RESOURCE_HASH_MISMATCH', message: expect.stringMatching(/dist\/observations\.csv sha256 is [0-9a-f]{64}, the descriptor says/) });
    await expect(loadResource('observations', { root: copy, verify: true })).rejects.toMatchObject({ code: 'RESOURCE_HASH_MISMATCH' });
  });

  it('with verify, checks the raw texts too, and returns what a plain load returns when every file agrees', async () => {
    expect(await load({ verify: true })).toEqual(data);
    const copy = copyPackage();
    editFile(copy, 'raw/china-2023.txt', (text) => `${text} `);
    await expect(load({ root: copy, verify: true })).rejects.toMatchObject({ code: 'RESOURCE_HASH_MISMATCH', message: expect.stringContaining('raw/china-2023.txt has') });
  });

  /** A package killed half-way through a publish, after its old dist/ was moved aside: no dist/ is visible. */
  function interruptedPublish(): string {
    const next = copyPackage();
    editFile(next, 'dist/observations.csv', tamper, { rehash: true });
    const copy = copyPackage();
    const layout = releaseLayout(copy);
    mkdirSync(join(layout.work, 'staged'), { recursive: true });
    mkdirSync(join(layout.work, 'retired'), { recursive: true });
    renameSync(join(next, 'dist'), layout.stagedDist);
    renameSync(join(next, 'datapackage.json'), layout.stagedDescriptor);
    writeFileSync(layout.ready, '');
    renameSync(layout.dist, layout.retiredDist);
    return copy;
  }

  it('finishes a publish that was killed half-way, then reads the new release whole', async () => {
    const copy = interruptedPublish();
    const loaded = await load({ root: copy, verify: true });
    expect(loaded.observations.some((row) => row.value === 44700001)).toBe(true);
    expect(existsSync(releaseLayout(copy).work)).toBe(false);
    expect(existsSync(releaseLayout(copy).lock)).toBe(false);
  });

  it('waits for a build that holds the lock while it swaps, rather than reading half a release', async () => {
    const copy = interruptedPublish();
    const lock = releaseLayout(copy).lock;
    // The test runner that started this worker stands for a live build; it "finishes" once load() has had to wait.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname() }));
    let waited = false;
    const loading = load({ root: copy, verify: true });
    setTimeout(() => {
      waited = existsSync(releaseLayout(copy).ready);
      rmSync(lock);
    }, 100);
    const loaded = await loading;
    expect(waited).toBe(true);
    expect(loaded.observations.some((row) => row.value === 44700001)).toBe(true);
  });
});
