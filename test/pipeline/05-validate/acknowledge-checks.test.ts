import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexLines, type SourceText } from '../../../pipeline/01-ingest/index.js';
import { readTable } from '../../../pipeline/02-extract/read-table.js';
import { EntityResolver } from '../../../pipeline/03-normalize/entities.js';
import { normalizeTable } from '../../../pipeline/03-normalize/normalize-table.js';
import { acknowledgeChecks } from '../../../pipeline/05-validate/acknowledge-checks.js';
import type { AcknowledgementRecord } from '../../../pipeline/05-validate/load-acknowledgements.js';
import { runChecks } from '../../../pipeline/05-validate/run-checks.js';
import type { EntityMetadata } from '../../../pipeline/types/entity-metadata.js';
import type { Indicator } from '../../../src/types/indicator.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';
import { tradeTable } from '../../helpers/synthetic-tables.js';
import { pipelineErrorOf } from '../../helpers/pipeline-error-of.js';

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

const LINES = [
  'Table 1', // 1
  '(Millions of dollars)', // 2
  'Exports Imports Total Balance', // 3
  '1980 44.7 64.2 108.9 -19.5', // 4: holds
  '1981 50.0 50.0 100.5 0.0', // 5: total warns
  '1982 50.0 50.0 110.0 0.0', // 6: total fails
  'Source: test',
];
const { recipe } = tradeTable({
  id: 'trade',
  preambleLines: 1,
  lines: LINES,
  checks: [{ kind: 'sum', target: { column: 'total' }, parts: [{ column: 'exports' }, { column: 'imports' }] }],
});
const metadata = syntheticMetadata();
const bytes = Buffer.from(LINES.join('\n'), 'utf8');
const source: SourceText = { metadata, bytes, lines: indexLines(bytes) };
const { indicators } = readJson<{ indicators: Indicator[] }>('../../../pipeline/03-normalize/indicators.json');
const table = normalizeTable(readTable(recipe, metadata.id, metadata.path, source.lines), {
  sources: new Map([[metadata.id, metadata]]),
  indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
  entities: new EntityResolver(readJson<EntityMetadata>('../../../pipeline/03-normalize/entities.json')),
});
const results = runChecks(table);
const text = { sources: [source], observations: table.cells.flatMap((cell) => (cell.observation ? [cell.observation] : [])) };
const [holds, warns, fails] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];

const record = (fields: Partial<AcknowledgementRecord>): AcknowledgementRecord => ({ checks: [warns.check_id], quote: LINES[4]!, reason: 'a slip in printing the total, published as printed', line: 7, ...fields });

describe('acknowledgeChecks', () => {
  it('runs on checks that pass, warn and fail', () => {
    expect(results.map((check) => check.status)).toEqual(['pass', 'warn', 'fail']);
  });

  it('publishes each check with the reason of the record that accepts it, and a pass as unacknowledged', () => {
    const reasonForFail = 'the printed total is ten more than its parts: published as printed';
    const checks = acknowledgeChecks(results, [record({}), record({ checks: [fails.check_id], quote: '1982 50.0', reason: reasonForFail, line: 12 })], text);
    expect(checks.map(({ check_id, status, acknowledged, acknowledgement }) => ({ check_id, status, acknowledged, acknowledgement }))).toEqual([
      { check_id: holds.check_id, status: 'pass', acknowledged: false, acknowledgement: null },
      { check_id: warns.check_id, status: 'warn', acknowledged: true, acknowledgement: 'a slip in printing the total, published as printed' },
      { check_id: fails.check_id, status: 'fail', acknowledged: true, acknowledgement: reasonForFail },
    ]);
    expect(checks[2]).toMatchObject({ ...fails });
  });

  it('stops on a check that fails with no record, naming the raw file and line of its cells', () => {
    const error = pipelineErrorOf(() => acknowledgeChecks(results, [record({})], text));
    expect(error.code).toBe('CHECK_UNACKNOWLEDGED');
    expect(error.context).toMatchObject({ file: 'raw/synthetic.txt', line: 6, seen: '1982 50.0 50.0 110.0 0.0' });
    expect(error.message).toContain(`1 check(s) warn or fail`);
    expect(error.message).toContain(`fail ${fails.check_id}`);
    expect(error.message).toContain('its inputs are printed at raw/synthetic.txt:6');
  });

  it('stops on a warning with no record too: every check that does not pass is accounted for', () => {
    const error = pipelineErrorOf(() => acknowledgeChecks(results, [record({ checks: [fails.check_id], quote: '1982' })], text));
    expect(error.code).toBe('CHECK_UNACKNOWLEDGED');
    expect(error.context).toMatchObject({ file: 'raw/synthetic.txt', line: 5 });
  });

  it('stops on a record whose check passes now', () => {
    const error = pipelineErrorOf(() => acknowledgeChecks(results, [record({ checks: [holds.check_id], quote: '1980', line: 3 })], text));
    expect(error.code).toBe('ACKNOWLEDGEMENT_STALE');
    expect(error.context).toMatchObject({ file: 'pipeline/05-validate/acknowledgements.json', line: 3 });
    expect(error.message).toContain(`${holds.check_id} passes now`);
  });

  it('stops on a record naming a check the build does not have, pointing at the checks its quote now stands for', () => {
    const error = pipelineErrorOf(() => acknowledgeChecks(results, [record({ checks: ['synthetic@0000001:sum1'] })], text));
    expect(error.code).toBe('ACKNOWLEDGEMENT_STALE');
    expect(error.context).toMatchObject({ file: 'pipeline/05-validate/acknowledgements.json', line: 7 });
    expect(error.message).toContain(`synthetic@0000001:sum1 is not a check of this build (the checks that warn or fail on the quoted line are now ${warns.check_id})`);
  });

  it('stops on a record whose quote is not on the line of its checked cell', () => {
    const error = pipelineErrorOf(() => acknowledgeChecks(results, [record({ quote: '1981 50.0 50.0 100.0' }), record({ checks: [fails.check_id], quote: '1982' })], text));
    expect(error.code).toBe('ACKNOWLEDGEMENT_STALE');
    expect(error.context).toMatchObject({ line: 7, seen: '1981 50.0 50.0 100.0' });
    expect(error.message).toContain('the quote is not on raw/synthetic.txt:5');
  });
});
