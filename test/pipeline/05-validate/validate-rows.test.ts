import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceMetadata, type SourceText } from '../../../pipeline/01-ingest/index.js';
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
    value: 44700000,
    unit: 'USD',
    qualifier: 'exact',
    multiplier: 1000000,
    attributed_to: 'www.kotis.net',
    note: null,
    ...overrides,
  };
}

function tables(observations: object[], checks: object[] = []): Map<string, object[]> {
  return new Map<string, object[]>([
    ['sources', [{ id: 'synthetic' }]],
    ['indicators', [{ id: 'exports' }, { id: 'imports' }]],
    ['entities', [{ id: 'KOR' }, { id: 'MEX' }]],
    ['observations', observations],
    ['checks', checks],
  ]);
}

describe('validateRows', () => {
  it('accepts rows valid against their schema', () => {
    expect(validateRows(schemas, 'observation.schema.json', [observation()], 'obs_id')).toEqual({ valid: true, errors: [] });
  });

  it('names the row and the field of every finding', () => {
    const { raw: _raw, ...withoutRaw } = observation({ obs_id: 'synthetic@0000020' });
    const result = validateRows(schemas, 'observation.schema.json', [observation(), withoutRaw, observation({ obs_id: 'synthetic@0000030', line: 0 })], 'obs_id');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      "observation.schema.json row synthetic@0000020: / must have required property 'raw'",
      'observation.schema.json row synthetic@0000030: /line must be >= 1',
    ]);
  });
});

describe('validateForeignKeys', () => {
  it('accepts keys that all resolve, and a null partner', () => {
    const result = validateForeignKeys(schemas, tables([observation(), observation({ obs_id: 'synthetic@0000018', partner: null })]));
    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('reports a dangling key and ignores a null one', () => {
    const result = validateForeignKeys(
      schemas,
      tables([observation({ entity: 'XXX', partner: null }), observation({ obs_id: 'synthetic@0000018', indicator: 'gdp' })]),
    );
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      'observations: indicator = ["gdp"] has no row in indicators',
      'observations: entity = ["XXX"] has no row in entities',
    ]);
  });

  it('reports a check whose target observation does not exist', () => {
    const check = { check_id: 'synthetic@0000099:sum1', source_id: 'synthetic', target_obs_id: 'synthetic@0000099' };
    const result = validateForeignKeys(schemas, tables([observation()], [check]));
    expect(result.errors).toEqual(['checks: target_obs_id = ["synthetic@0000099"] has no row in observations']);
  });
});

describe('validateProvenance', () => {
  const text = 'Table 1\n1980 44.7 64.2\nSource: x';
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const metadata: SourceMetadata = syntheticMetadata({ bytes: bytes.length });
  const sources: SourceText[] = [{ metadata, bytes, lines: indexLines(bytes) }];

  it('accepts spans that decode to the raw text on the named line', () => {
    const second = observation({ obs_id: 'synthetic@0000018', byte_start: 18, byte_end: 22, raw: '64.2' });
    expect(validateProvenance([observation(), second], sources)).toEqual({ valid: true, errors: [] });
  });

  it('reports a span that does not decode to raw', () => {
    const result = validateProvenance([observation({ byte_start: 14, byte_end: 18 })], sources);
    expect(result).toEqual({ valid: false, errors: ['synthetic@0000013: bytes 14-18 read "4.7 ", not "44.7"'] });
  });

  it('reports a span off the named line', () => {
    const result = validateProvenance([observation({ line: 1 })], sources);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^synthetic@0000013: .* not on line 1$/);
  });

  it('reports a line or a source that does not exist', () => {
    const result = validateProvenance([observation({ line: 9 }), observation({ obs_id: 'other@0000013', source_id: 'other' })], sources);
    expect(result.errors).toEqual(['synthetic@0000013: no line 9 in source synthetic', 'other@0000013: no line 2 in source other']);
  });
});
