import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { joinDocument } from '../../bench/join-document.js';
import { multiplyCorpus } from '../../bench/multiply-corpus.js';
import { build } from '../../pipeline/build.js';
import { projectRoot } from '../../pipeline/paths.js';
import { makeFixtureProject } from '../helpers/fixture-project.js';

/** A CSV record by column (the columns these tests read are named). */
type Row = Record<string, string> & { obs_id: string; source_id: string; id: string; status: string };

function readCsv(root: string, name: string): Row[] {
  return parse(readFileSync(join(root, 'dist', `${name}.csv`)), { columns: true }) as Row[];
}

const sources = JSON.parse(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8')) as { id: string; bytes: number }[];
const committed = readCsv(projectRoot, 'observations');
const committedChecks = readCsv(projectRoot, 'checks');
/** An observation's values without the columns that name where it was printed. */
const valuesOf = ({ obs_id: _id, source_id: _source, table: _table, ...values }: Row) => JSON.stringify(values);
/** The same, without the place in the text either. */
const valuesAnywhere = ({ line: _line, byte_start: _start, byte_end: _end, ...row }: Row) => valuesOf(row);

describe('the bench corpora build and publish', () => {
  it('a corpus multiplied by 2: each copy publishes the observations and acknowledged checks of its original under its own id', () => {
    const fixture = makeFixtureProject();
    multiplyCorpus(fixture.root, 2);
    build({ paths: fixture });
    expect(readCsv(fixture.root, 'sources')).toHaveLength(2 * sources.length);
    const observations = readCsv(fixture.root, 'observations');
    expect(observations).toHaveLength(2 * committed.length);
    const copied = observations.filter((row) => row.source_id.endsWith('-copy-1'));
    expect(copied.map(valuesOf).sort()).toEqual(committed.map(valuesOf).sort());
    expect(copied.map((row) => row.obs_id.replace('-copy-1@', '@')).sort()).toEqual(committed.map((row) => row.obs_id).sort());
    const flagged = (rows: Row[]) => rows.filter((row) => row.status !== 'pass').length;
    expect(flagged(committedChecks)).toBeGreaterThan(0);
    expect(flagged(readCsv(fixture.root, 'checks'))).toBe(2 * flagged(committedChecks));
  });

  it('the largest text joined twice: the only source, each copy with the observations of the text, the second at offsets one text further', () => {
    const longest = sources.reduce((best, source) => (source.bytes > best.bytes ? source : best));
    const fixture = makeFixtureProject();
    joinDocument(fixture.root, longest.id, 2);
    build({ paths: fixture });
    expect(readCsv(fixture.root, 'sources').map((row) => row.id)).toEqual([longest.id]);
    const own = committed.filter((row) => row.source_id === longest.id);
    const observations = readCsv(fixture.root, 'observations');
    expect(observations).toHaveLength(2 * own.length);
    const offset = (id: string) => Number(id.slice(id.indexOf('@') + 1));
    const text = readFileSync(join(projectRoot, 'raw', `${longest.id}.txt`));
    const period = text.length + (text.at(-1) === 0x0a ? 0 : 1);
    const second = observations.filter((row) => offset(row.obs_id) >= period);
    expect(second.map((row) => offset(row.obs_id) - period).sort((a, b) => a - b)).toEqual(own.map((row) => offset(row.obs_id)).sort((a, b) => a - b));
    expect(second.map(valuesAnywhere).sort()).toEqual(own.map(valuesAnywhere).sort());
  });
});
