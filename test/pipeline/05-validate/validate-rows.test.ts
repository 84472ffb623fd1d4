import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceText } from '../../../pipeline/01-ingest/index.js';
import { placeRows } from '../../../pipeline/05-validate/place-row.js';
import { validateProvenance } from '../../../pipeline/05-validate/validate-provenance.js';
import { validateForeignKeys, validateRows } from '../../../pipeline/05-validate/validate-rows.js';
import { projectRoot } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import type { Observation } from '../../../src/types/observation.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

const schemas = new SchemaRegistry(join(projectRoot, 'schemas'));

/** An observation valid against observation.schema.json; tests change what they need. */
function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    obs_id: 'synthetic@0000013',
    source_id: 'synthetic',
    table: 'Table 1',
    row_label: '1980',
    column_label: 'Exports',
    line: 2,
    byte_start: 13,
    byte_end: 17,
    raw: '44.7',
    indicator: 'exports',
    entity: 'KOR',
    partner: 'MEX',
    period_start: '1980',
    period_end: '1980',
    period_raw: '1980',
    value: 44700000,
    unit: 'USD',
    qualifier: 'exact',
    multiplier: 1000000,
    attributed_to: 'www.kotis.net',
    note: null,
    ...overrides,
  };
}

// A three-line text: the observation() above is its "44.7" on line 2.
const text = 'Table 1\n1980 44.7 64.2\nSource: x';
const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
const sources: SourceText[] = [{ metadata: syntheticMetadata({ path: 'raw/synthetic.txt', bytes: bytes.length }), bytes, lines: indexLines(bytes) }];
const place = placeRows(sources);

function tables(observations: object[], checks: object[] = []): Map<string, object[]> {
  return new Map<string, object[]>([
    ['sources', [{ id: 'synthetic' }]],
    ['indicators', [{ id: 'exports' }, { id: 'imports' }]],
    ['entities', [{ id: 'KOR' }, { id: 'MEX' }]],
    ['observations', observations],
    ['checks', checks],
  ]);
}

describe('placeRows', () => {
  it('places a row that names its source and line at that line of the raw text', () => {
    expect(place('observations', observation(), 7)).toEqual({ file: 'raw/synthetic.txt', line: 2 });
    expect(place('coverage', { numeral_id: 'synthetic@0000013', source_id: 'synthetic', line: 3 }, 0)).toEqual({ file: 'raw/synthetic.txt', line: 3 });
  });

  it('places any other row at its record of the CSV it would be published as (header = record 1)', () => {
    expect(place('entities', { id: 'KOR' }, 0)).toEqual({ file: 'dist/entities.csv', line: 2 });
    expect(place('checks', { check_id: 'x', source_id: 'synthetic' }, 4)).toEqual({ file: 'dist/checks.csv', line: 6 });
    // A line the text lacks, or a source it does not know, is no place to send anyone.
    expect(place('observations', observation({ line: 9 }), 3)).toEqual({ file: 'dist/observations.csv', line: 5 });
    expect(place('observations', observation({ source_id: 'other' }), 0)).toEqual({ file: 'dist/observations.csv', line: 2 });
  });
});

describe('validateRows', () => {
  it('accepts rows valid against their schema', () => {
    expect(validateRows(schemas, 'observation.schema.json', [observation()], place)).toEqual({ valid: true, errors: [] });
  });

  it('gives every finding its place, resource, key and what is wrong', () => {
    const { raw: _raw, ...withoutRaw } = observation({ obs_id: 'synthetic@0000020' });
    const result = validateRows(schemas, 'observation.schema.json', [observation(), withoutRaw, observation({ obs_id: 'synthetic@0000030', line: 0 })], place);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { file: 'raw/synthetic.txt', line: 2, resource: 'observations', id: 'synthetic@0000020', message: "schemas/observation.schema.json: / must have required property 'raw'" },
      { file: 'dist/observations.csv', line: 4, resource: 'observations', id: 'synthetic@0000030', message: 'schemas/observation.schema.json: /line must be >= 1' },
    ]);
  });

  it('places a row without a source line at its CSV record', () => {
    const korea = { name: 'Korea', kind: 'country', members: null, aliases: null, description: null };
    const result = validateRows(schemas, 'entity.schema.json', [{ id: 'KOR', ...korea }, { id: 'kor', ...korea }], place);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'dist/entities.csv', line: 3, resource: 'entities', id: 'kor' });
  });
});

describe('validateForeignKeys', () => {
  it('accepts keys that all resolve, and a null partner', () => {
    const result = validateForeignKeys(schemas, tables([observation(), observation({ obs_id: 'synthetic@0000018', partner: null })]), place);
    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('reports a dangling key at the row that holds it, and ignores a null one', () => {
    const result = validateForeignKeys(
      schemas,
      tables([observation({ entity: 'XXX', partner: null }), observation({ obs_id: 'synthetic@0000018', indicator: 'gdp', line: 3 })]),
      place,
    );
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { file: 'raw/synthetic.txt', line: 3, resource: 'observations', id: 'synthetic@0000018', message: 'indicator = ["gdp"] has no row in indicators' },
      { file: 'raw/synthetic.txt', line: 2, resource: 'observations', id: 'synthetic@0000013', message: 'entity = ["XXX"] has no row in entities' },
    ]);
  });

  it('reports a check whose target observation does not exist, at its CSV record', () => {
    const check = { check_id: 'synthetic@0000099:sum1', source_id: 'synthetic', target_obs_id: 'synthetic@0000099' };
    const result = validateForeignKeys(schemas, tables([observation()], [check]), place);
    expect(result.errors).toEqual([{ file: 'dist/checks.csv', line: 2, resource: 'checks', id: 'synthetic@0000099:sum1', message: 'target_obs_id = ["synthetic@0000099"] has no row in observations' }]);
  });
});

describe('validateForeignKeys: list items', () => {
  const event = (entities: string[]) => ({ event_id: 'synthetic@0000013e1', source_id: 'synthetic', entities });

  it('checks each item of a list against the table x-listItemForeignKeys names', () => {
    const withEvents = (rows: object[]) => new Map([...tables([observation()]), ['events', rows]]);
    expect(validateForeignKeys(schemas, withEvents([event(['KOR', 'MEX'])]), place)).toEqual({ valid: true, errors: [] });
    expect(validateForeignKeys(schemas, withEvents([event(['KOR', 'XXX', 'MEX', 'YYY'])]), place).errors).toEqual([
      { file: 'dist/events.csv', line: 2, resource: 'events', id: 'synthetic@0000013e1', message: 'entities item "XXX" has no row in entities' },
      { file: 'dist/events.csv', line: 2, resource: 'events', id: 'synthetic@0000013e1', message: 'entities item "YYY" has no row in entities' },
    ]);
  });

  it('checks the members of an aggregate, and lets an entity have none', () => {
    const entities = [{ id: 'KOR', members: null }, { id: 'MEX', members: null }, { id: 'PAIR', members: ['KOR', 'MEX', 'JPN'] }];
    expect(validateForeignKeys(schemas, new Map([...tables([observation()]), ['entities', entities]]), place).errors).toEqual([{ file: 'dist/entities.csv', line: 4, resource: 'entities', id: 'PAIR', message: 'members item "JPN" has no row in entities' }]);
  });
});

describe('validateProvenance', () => {
  it('accepts spans that decode to the raw text on the named line', () => {
    const second = observation({ obs_id: 'synthetic@0000018', byte_start: 18, byte_end: 22, raw: '64.2' });
    expect(validateProvenance('observations', [observation(), second], sources, place)).toEqual({ valid: true, errors: [] });
  });

  it('reports a span that does not decode to raw, at the line it names', () => {
    const result = validateProvenance('observations', [observation({ byte_start: 14, byte_end: 18 })], sources, place);
    expect(result).toEqual({ valid: false, errors: [{ file: 'raw/synthetic.txt', line: 2, resource: 'observations', id: 'synthetic@0000013', message: 'bytes 14-18 read "4.7 ", not "44.7"' }] });
  });

  it('reports a span off the named line', () => {
    const result = validateProvenance('observations', [observation({ line: 1 })], sources, place);
    expect(result.errors).toEqual([expect.objectContaining({ file: 'raw/synthetic.txt', line: 1, id: 'synthetic@0000013', message: 'byte 13 is not on line 1' })]);
  });

  it('reports a line or a source that does not exist, at the row\'s CSV record', () => {
    const result = validateProvenance('events', [observation({ line: 9 }), observation({ obs_id: 'other@0000013', source_id: 'other' })], sources, place);
    expect(result.errors).toEqual([
      { file: 'dist/events.csv', line: 2, resource: 'events', id: 'synthetic@0000013', message: 'no line 9 in source synthetic' },
      { file: 'dist/events.csv', line: 3, resource: 'events', id: 'other@0000013', message: 'no line 2 in source other' },
    ]);
  });
});

describe('validateProvenance: whole words', () => {
  const text = 'FTAs with forty-three countries on three continents; 1,200 in all.\nSigned in Feb-\nruary 2003.';
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const sources: SourceText[] = [{ metadata: syntheticMetadata({ bytes: bytes.length }), bytes, lines: indexLines(bytes) }];
  const row = (raw: string, from = 0) => {
    const byteStart = Buffer.from(text, 'utf8').indexOf(raw, from);
    return observation({ obs_id: `synthetic@${byteStart}`, line: text.slice(0, byteStart).split('\n').length, byte_start: byteStart, byte_end: byteStart + Buffer.byteLength(raw), raw });
  };
  const messages = (rows: Observation[]) => validateProvenance('observations', rows, sources, placeRows(sources)).errors.map((finding) => `${finding.id}: ${finding.message}`);

  it('accepts spans that start and end where words do, across a hyphenated line break too', () => {
    expect(messages([row('forty-three'), row('three', text.indexOf('on three')), row('1,200'), row('Feb-\nruary 2003'), row('2003'), row('FTAs'), row('continents')])).toEqual([]);
  });

  it('reports a span that starts or ends inside a word: part of a compound number, of a numeral, of a word', () => {
    expect(messages([row('three'), row('forty'), row('200'), row('ruary 2003'), row('ontinent')])).toEqual([
      'synthetic@16: bytes 16-21 ("three") starts inside the word "forty-three": a published span is whole words',
      'synthetic@10: bytes 10-15 ("forty") ends inside the word "forty-three": a published span is whole words',
      'synthetic@55: bytes 55-58 ("200") starts inside the word "1,200": a published span is whole words',
      'synthetic@82: bytes 82-92 ("ruary 2003") starts inside the word "February": a published span is whole words',
      'synthetic@42: bytes 42-50 ("ontinent") starts inside the word "continents;" and ends inside the word "continents;": a published span is whole words',
    ]);
  });

  it('finds the span the issue reported: "three" inside "forty-three" (korea-commission-2005 line 2013)', () => {
    const korea = readFileSync(join(projectRoot, 'raw/korea-commission-2005.txt'));
    const source: SourceText = { metadata: syntheticMetadata({ id: 'korea-commission-2005', bytes: korea.length }), bytes: new Uint8Array(korea), lines: indexLines(korea) };
    const three = observation({ obs_id: 'korea-commission-2005@0107362', source_id: 'korea-commission-2005', line: 2013, byte_start: 107362, byte_end: 107367, raw: 'three' });
    expect(validateProvenance('observations', [three], [source], placeRows([source])).errors.map((finding) => finding.message)).toEqual(['bytes 107362-107367 ("three") starts inside the word "forty-three": a published span is whole words']);
  });
});

describe('validateProvenance: normalised raw', () => {
  const text = 'Signed in Feb-\nruary 2003 and on 1 October, \n2002.';
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const sources: SourceText[] = [{ metadata: syntheticMetadata({ bytes: bytes.length }), bytes, lines: indexLines(bytes) }];
  const event = (byteStart: number, raw: string, rawNormalized: string, line = 1) => ({ event_id: `synthetic@${byteStart}e1`, source_id: 'synthetic', line, byte_start: byteStart, byte_end: byteStart + Buffer.byteLength(raw), raw, raw_normalized: rawNormalized });

  it('accepts raw_normalized where the printed bytes fold to it: a hyphenated word rejoined, white space as one space', () => {
    expect(validateProvenance('events', [event(10, 'Feb-\nruary 2003', 'February 2003'), event(33, '1 October, \n2002', '1 October, 2002', 2)], sources, placeRows(sources))).toEqual({ valid: true, errors: [] });
  });

  it('reports a raw_normalized the bytes do not fold to', () => {
    expect(validateProvenance('events', [event(10, 'Feb-\nruary 2003', 'Feb-\nruary 2003')], sources, placeRows(sources)).errors.map((finding) => `${finding.file}:${finding.line} ${finding.id}: ${finding.message}`)).toEqual(['raw/synthetic.txt:1 synthetic@10e1: raw_normalized is "Feb-\\nruary 2003", but the bytes fold to "February 2003"']);
  });
});
