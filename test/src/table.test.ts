import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { desc, escape, op } from '../../src/arquero.js';
import { load } from '../../src/load.js';
import { packageRoot } from '../../src/package-root.js';
import { table } from '../../src/table.js';
import { columnTable, type TypedTable } from '../../src/typed-table.js';
import type { Observation } from '../../src/types/index.js';
import { modulesLoadedBy } from '../helpers/loaded-modules.js';

const root = packageRoot();

describe('arquero before a table() has loaded it', () => {
  it("refuses op, desc and escape with ARQUERO_NOT_LOADED, naming what to do", async () => {
    // A fresh instance of the module, which no table() has loaded arquero into: an earlier test file in this
    // worker process may have called table() (files share their worker, see vitest.config.ts).
    vi.resetModules();
    const { desc, escape, op } = await import('../../src/arquero.js');
    expect(() => op.sum).toThrowError(/^ARQUERO_NOT_LOADED: op is arquero's, which the first table\(\) call loads: await table\(…\) before calling op$/);
    expect(() => desc('value')).toThrowError(expect.objectContaining({ code: 'ARQUERO_NOT_LOADED' }));
    expect(() => escape(() => true)).toThrowError(expect.objectContaining({ code: 'ARQUERO_NOT_LOADED' }));
  });

  it('is not loaded by importing the package, and is by its first table()', () => {
    const [imported, loaded, tabled] = modulesLoadedBy(['await pkg.load();', "await pkg.table('sources');"]) as [string[], string[], string[]];
    const arquero = (urls: readonly string[]) => urls.filter((url) => url.includes('/node_modules/arquero/'));
    expect(imported.some((url) => url.endsWith('/lib/src/index.js'))).toBe(true);
    expect(arquero([...imported, ...loaded])).toEqual([]);
    expect(arquero(tabled)).toContain(pathToFileURL(join(root, 'node_modules', 'arquero', 'src', 'index.js')).href);
  });
});

let data: Awaited<ReturnType<typeof load>>;
let observations: TypedTable<Observation>;
let arquero: typeof import('arquero');

// Its own block, so that arquero is loaded after the tests above (a top-level await or beforeAll would load it before them).
describe('once table() has loaded arquero', () => {
  beforeAll(async () => {
    data = await load();
    observations = await table('observations');
    arquero = await import('arquero');
  });

  describe('op, desc and escape', () => {
    it("are arquero's own", () => {
      expect(Object.keys(op)).toEqual(Object.keys(arquero.op));
      expect(op.sum).toBe(arquero.op.sum);
      expect('mean' in op).toBe(true);
      expect(desc('value')).toEqual(arquero.desc('value'));
      const closure = () => true;
      expect(escape(closure)).toMatchObject({ escape: true, expr: closure });
      expect(escape(closure)).toBeInstanceOf(arquero.escape(closure).constructor);
    });
  });

  describe('table() verbs give the rows their types state', () => {
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const korea = 'korea-commission-2005';
    const ofKorea = () => data.observations.filter((row) => row.source_id === korea);

    it('filter, by a row expression, a param or an escaped closure', () => {
      expect(observations.filter((d) => d.source_id === 'korea-commission-2005').objects()).toEqual(ofKorea());
      expect(observations.params({ source: korea }).filter((d, $) => d.source_id === $.source).objects()).toEqual(ofKorea());
      const wanted = new Set([korea]);
      expect(observations.filter(escape((d: Observation) => wanted.has(d.source_id))).objects()).toEqual(ofKorea());
    });

    it('groupby and rollup with op: the group keys and one column per aggregate', () => {
      const totals = observations.groupby('source_id', 'unit').rollup({ total: (d) => op.sum(d.value) }).orderby('source_id', 'unit');
      expectTypeOf(totals.objects()).toEqualTypeOf<{ source_id: string; unit: Observation['unit']; total: number }[]>();
      expect(totals.columnNames()).toEqual(['source_id', 'unit', 'total']);
      const usd = totals.objects().find((row) => row.source_id === korea && row.unit === 'USD')!;
      expect(usd.total).toBeCloseTo(sum(ofKorea().filter((row) => row.unit === 'USD').map((row) => row.value)));
      const perIndicator = observations.groupby('indicator').rollup({ sources: (d) => op.array_agg_distinct(d.source_id), rows: () => op.count() }).objects();
      expectTypeOf(perIndicator).toEqualTypeOf<{ indicator: string; sources: string[]; rows: number }[]>();
      const exports = data.observations.filter((row) => row.indicator === 'exports');
      expect(perIndicator.find((row) => row.indicator === 'exports')).toEqual({ indicator: 'exports', sources: [...new Set(exports.map((row) => row.source_id))], rows: exports.length });
    });

    it('count, under its own name or another, keeping the groups of groupby() whatever select() kept', () => {
      const counted = observations.groupby('source_id').select('value').count({ as: 'n' }).objects();
      expectTypeOf(counted).toEqualTypeOf<{ source_id: string; n: number }[]>();
      expect(counted.find((row) => row.source_id === korea)).toEqual({ source_id: korea, n: ofKorea().length });
      expect(observations.count().objects()).toEqual([{ count: data.observations.length }]);
    });

    it('derive, select, rename, dedupe, orderby with desc, slice', () => {
      const derived = observations.derive({ thousands: (d) => d.value / 1000 });
      expect(derived.columnNames()).toEqual([...observations.columnNames(), 'thousands']);
      expect(derived.array('thousands')).toEqual(data.observations.map((row) => row.value / 1000));
      const renamed = observations.select('obs_id', 'value').rename({ obs_id: 'id' });
      expectTypeOf(renamed.object(0)).toEqualTypeOf<{ id: string; value: number }>();
      expect(renamed.columnNames()).toEqual(['id', 'value']);
      const perSource = observations.dedupe('source_id');
      expect(perSource.columnNames()).toEqual(observations.columnNames());
      expect(perSource.array('source_id').sort()).toEqual([...new Set(data.observations.map((row) => row.source_id))].sort());
      expect(observations.orderby(desc('value')).slice(0, 1).get('value', 0)).toBe(Math.max(...data.observations.map((row) => row.value)));
      expect(observations.orderby(desc((d) => d.byte_start)).object(0).byte_start).toBe(Math.max(...data.observations.map((row) => row.byte_start)));
    });

    it("hands the same table to arquero's untyped verbs", async () => {
      const joined = columnTable(observations).join(columnTable(await table('sources')), ['source_id', 'id']);
      expect(joined.numRows()).toBe(data.observations.length);
      expect(joined.columnNames()).toEqual(expect.arrayContaining(['obs_id', 'number_format']));
      expect(columnTable(observations)).toBe(observations);
    });
  });
});
