import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { load, type Dataset } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import { tableResources } from '../../src/descriptor.js';
import { matchesShown, readmeCode, readmeQueries, type ShownQuery } from './readme-examples.js';

interface QueryResult {
  columns: string[];
  /** Cells as the README's tables print them: null empty, numbers, booleans and bigints by String(). */
  rows: string[][];
}

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let data: Dataset;
const queries = readmeQueries();

beforeAll(async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  // The README's paths are relative to the package root, wherever vitest runs from.
  await connection.run(`SET file_search_path = '${packageRoot().replaceAll("'", "''")}'`);
  data = await load();
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

const results = new Map<string, Promise<QueryResult>>();

/** What DuckDB gives for the query, run once a file: each test reads its own things off the same result. */
function run(query: ShownQuery): Promise<QueryResult> {
  let result = results.get(query.sql);
  if (result === undefined) {
    result = connection.runAndReadAll(query.sql).then((reader) => ({ columns: reader.columnNames(), rows: reader.getRows().map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) }));
    results.set(query.sql, result);
  }
  return result;
}

function query(titleWords: string): ShownQuery {
  const found = queries.filter((candidate) => candidate.title.includes(titleWords));
  expect(found, `one README query titled with "${titleWords}"`).toHaveLength(1);
  return found[0]!;
}

/** The result's rows as objects by column name. */
function records(result: QueryResult): Record<string, string>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, index) => [column, row[index]!])));
}

describe("the README's DuckDB quick-start, run by DuckDB against the built CSVs", () => {
  it('has the two queries, each with the table it prints', () => {
    expect(queries.map((shown) => shown.title)).toEqual([expect.stringContaining('goods flows'), expect.stringContaining('conflict')]);
  });

  it.each(queries.map((shown) => [shown.title, shown] as const))('%s: prints the table the README shows', async (_title, shown) => {
    const result = await run(shown);
    expect(result.columns).toEqual(shown.header);
    const printed = result.rows.map((row) => row.join(' | '));
    expect(matchesShown(printed, shown.rows), `printed:\n${printed.join('\n')}`).toBe(true);
  });

  describe('goods flows by year and reporter', () => {
    const korea = 'KOR (korea-commission-2005)';
    const mexico = 'MEX (korea-commission-2005)';
    const article = 'MEX (pacific-asia-2001)';
    const cell = (rows: Record<string, string>[], flow: string, year: string, reporter: string) => rows.find((row) => row.flow === flow && row.year === year)?.[reporter];

    it('gives each side its own printed figure, in million USD', async () => {
      const rows = records(await run(query('goods flows')));
      // Korea report, Table 1 (Korea's trade with Mexico): "1980 44.7 64.2 108.9 -19.5" — exports, imports, total, balance.
      expect(cell(rows, 'KOR→MEX', '1980', korea)).toBe('44.7');
      expect(cell(rows, 'MEX→KOR', '1980', korea)).toBe('64.2');
      // Its Table 2 (Mexico's trade with Korea): "1980 16.0 32.7 48.7 -16.7".
      expect(cell(rows, 'MEX→KOR', '1980', mexico)).toBe('16');
      expect(cell(rows, 'KOR→MEX', '1980', mexico)).toBe('32.7');
      // The 2001 article's Table IV, Korea columns 1989 1995 1999: "Mexican Imports 161 974 2964", "Mexican Exports 51 91 154".
      expect([cell(rows, 'KOR→MEX', '1989', article), cell(rows, 'KOR→MEX', '1995', article), cell(rows, 'KOR→MEX', '1999', article)]).toEqual(['161', '974', '2964']);
      expect([cell(rows, 'MEX→KOR', '1989', article), cell(rows, 'MEX→KOR', '1995', article), cell(rows, 'MEX→KOR', '1999', article)]).toEqual(['51', '91', '154']);
      expect(cell(rows, 'KOR→MEX', '1980', article)).toBe('');
    });

    it('keeps every figure: no two fall into one cell of the pivot', async () => {
      const result = await run(query('goods flows'));
      const filled = result.rows.flatMap((row) => row.slice(2)).filter((value) => value !== '').length;
      const sides = new Set(['KOR', 'MEX']);
      const flows = data.observations.filter((row) => (row.indicator === 'exports' || row.indicator === 'imports') && sides.has(row.entity) && row.partner !== null && sides.has(row.partner) && row.entity !== row.partner);
      expect(flows.length).toBeGreaterThan(0);
      expect(filled).toBe(flows.length);
    });
  });

  describe('every conflict with its rivals', () => {
    it('lists every candidate of every conflicting key, the widest spread first', async () => {
      const rows = records(await run(query('conflict')));
      const conflicts = new Map((data.reconciled ?? []).filter((row) => row.status === 'conflict').map((row) => [row.key_id, row]));
      expect(conflicts.size).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.key_id))).toEqual(new Set(conflicts.keys()));
      expect(rows).toHaveLength((data.candidates ?? []).filter((row) => conflicts.has(row.key_id)).length);
      const spreads = rows.map((row) => conflicts.get(row.key_id!)!.spread_pct);
      expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
      for (const key of conflicts.keys()) expect(rows.filter((row) => row.key_id === key && row.shown === 'true'), key).toHaveLength(1);
    });

    it("opens with Korea's 1980 balance with Mexico, which each side prints with its own sign and the chosen goods flows settle", async () => {
      const rows = records(await run(query('conflict')));
      // Table 1 prints Korea's balance -19.5 (million); Table 2 Mexico's -16.7, which is Korea's +16.7. The importers' flows
      // (Mexico's 32.7 imports from Korea, Korea's 64.2 from Mexico) imply -31.5: Korea's figure is the closer.
      expect(rows.slice(0, 2).map((row) => [row.key_id, row.reporter, row.raw, row.value, row.chosen, row.set_aside_by])).toEqual([
        ['trade_balance:KOR>MEX:1980..1980', 'KOR', '-19.5', '-19500000', 'true', ''],
        ['trade_balance:KOR>MEX:1980..1980', 'MEX', '-16.7', '16700000', 'false', 'coherent_with_flows'],
      ]);
    });

    it('names for each candidate the line of its raw text that prints it', async () => {
      const rows = records(await run(query('conflict')));
      const paths = new Map(data.sources.map((source) => [source.id, source.path]));
      const texts = new Map([...paths].map(([id, path]) => [id, readFileSync(join(packageRoot(), path), 'utf8').split('\n')]));
      for (const row of rows) {
        const lines = texts.get(row.source_id!)!;
        const line = Number(row.line);
        // A number in words may run on to the next line.
        expect(lines.slice(line - 1, line + 1).join('\n'), `${row.source_id}:${row.line}`).toContain(row.raw);
      }
    });
  });

  describe('the pandas and R versions, which the tests cannot run', () => {
    const snippets = { pandas: readmeCode('### pandas', 'python'), R: readmeCode('### R', 'r') };
    const words = (text: string) => new Set(text.match(/[A-Za-z_]+/g));
    /** The resources a text reads: `dist/<name>.csv`, or pandas' `read("<name>")`. */
    const resourcesRead = (text: string) => new Set([...text.matchAll(/dist\/(\w+)\.csv|read\("(\w+)"\)/g)].map((match) => match[1] ?? match[2]!));

    it('read the CSVs by the dialect the descriptor declares: comma, quotes doubled, a header, and only an empty cell missing', () => {
      for (const resource of tableResources(data.descriptor)) {
        expect(resource.dialect, resource.name).toMatchObject({ header: true, delimiter: ',', quoteChar: '"', doubleQuote: true });
        expect(resource.schema.missingValues, resource.name).toEqual(['']);
      }
      expect(snippets.pandas).toContain('keep_default_na=False, na_values=[""]');
      expect(snippets.R.match(/read_csv\(/g)).toHaveLength(snippets.R.match(/na = ""/g)!.length);
    });

    it.each(Object.entries(snippets))('%s reads the tables the SQL reads and names every column the SQL names', (_tool, code) => {
      const sql = queries.map((shown) => shown.sql).join('\n');
      const read = resourcesRead(sql);
      expect(read.size).toBeGreaterThan(0);
      expect(resourcesRead(code)).toEqual(read);
      const fields = new Set(tableResources(data.descriptor).filter((resource) => read.has(resource.name)).flatMap((resource) => resource.schema.fields.map((field) => field.name)));
      const named = [...words(sql)].filter((word) => fields.has(word));
      expect(named).toContain('set_aside_by');
      const inCode = words(code);
      expect(named.filter((field) => !inCode.has(field))).toEqual([]);
    });
  });
});
