import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { projectRoot, type ProjectPaths } from '../../../pipeline/paths.js';
import type { Acknowledgements } from '../../../pipeline/types/acknowledgements.js';
import { expectBuildFailure } from '../../helpers/expect-build-failure.js';
import { editRawText, makeProjectOf } from '../../helpers/fixture-project.js';

const KOREA = 'korea-commission-2005';
const RECORDS_FILE = 'pipeline/05-validate/acknowledgements.json';
const records = (JSON.parse(readFileSync(join(projectRoot, RECORDS_FILE), 'utf8')) as Acknowledgements).acknowledgements;

function editRecords(paths: ProjectPaths, edit: (text: string) => string): void {
  const file = join(paths.root, RECORDS_FILE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

describe('acknowledged source inconsistencies in the built package', () => {
  const checks = parse(readFileSync(join(projectRoot, 'dist', 'checks.csv')), { columns: true }) as Record<string, string>[];

  it('publishes every check that warns or fails with the reason of its record, and no other', () => {
    const reasons = new Map(records.flatMap((record) => record.checks.map((id) => [id, record.reason] as const)));
    const expected = checks.map((check): Record<string, string | undefined> => ({ id: check.check_id, ...(check.status === 'pass' ? { acknowledged: 'false', acknowledgement: '' } : { acknowledged: 'true', acknowledgement: reasons.get(check.check_id!) }) }));
    // One comparison of all checks rather than an expect a check, which would cost more than the comparing.
    expect(checks.map((check) => ({ id: check.check_id, acknowledged: check.acknowledged, acknowledgement: check.acknowledgement }))).toEqual(expected);
  });

  it('acknowledges the Korea report’s Table 1 total for 1985 and the mirror checks of Table 2’s 1990 row', () => {
    const flagged = checks.filter((check) => check.status !== 'pass').map(({ table, kind, description, found, status }) => ({ table, kind, description, found, status }));
    expect(flagged).toEqual([
      { table: 'Table 1', kind: 'sum', description: '[1985 | Total trade] = [1985 | Exports] + [1985 | Imports]', found: '165.1', status: 'warn' },
      { table: 'Table 2', kind: 'mirror', description: '[1990 | Exports] = Table 1 [1990 | Imports] within a factor of 10', found: '9.2', status: 'fail' },
      { table: 'Table 2', kind: 'mirror', description: '[1990 | Imports] = Table 1 [1990 | Exports] within a factor of 10', found: '27', status: 'fail' },
      { table: 'Table 2', kind: 'mirror', description: '[1990 | Total] = Table 1 [1990 | Total trade] within a factor of 10', found: '36.2', status: 'fail' },
    ]);
    // The mirror checks hold for every other year of Table 2.
    expect(checks.filter((check) => check.kind === 'mirror' && check.status === 'pass')).toHaveLength(72);
    expect(checks.find((check) => check.status === 'fail')!.acknowledgement).toMatch(/^A likely factor-of-ten slip; see its neighbours/);
  });
});

describe('the build and its acknowledgements', () => {
  // These tests break the Korea report's checks and their records: the project is cut to it (the other texts would only be built before the checks run).
  const korea = () => makeProjectOf(KOREA);

  it('stops on a new edition whose arithmetic fails, naming the raw file and line of the cells', () => {
    const error = expectBuildFailure((paths) => editRawText(paths, KOREA, (text) => text.replace('1995 88.3 770.8 859.1 -682.5', '1995 88.3 770.8 869.1 -682.5')), { code: 'CHECK_UNACKNOWLEDGED', file: `raw/${KOREA}.txt`, line: 1631, seen: '1995 88.3 770.8 869.1 -682.5' }, korea);
    expect(error.message).toMatch(/1 check\(s\) warn or fail .*fail korea-commission-2005@\d+:sum1 Table 2: \[1995 \| Total\]/);
  });

  it('stops on a failing check once its record is removed', () => {
    const error = expectBuildFailure((paths) => editRecords(paths, (text) => {
      const data = JSON.parse(text) as Acknowledgements;
      data.acknowledgements = data.acknowledgements.filter((record) => !record.checks.some((id) => id.includes(':mirror')));
      return JSON.stringify(data, null, 2);
    }), { code: 'CHECK_UNACKNOWLEDGED', file: `raw/${KOREA}.txt`, line: 1621, seen: '1990 9.2 27.0 36.2 -17.8' }, korea);
    expect(error.message).toContain('3 check(s) warn or fail');
  });

  it('stops on a record whose check passes in the new edition', () => {
    const error = expectBuildFailure((paths) => editRawText(paths, KOREA, (text) => text.replace('1985 26.1 139.4 165.1 -113.3', '1985 26.1 139.4 165.5 -113.3')), { code: 'ACKNOWLEDGEMENT_STALE', file: RECORDS_FILE, line: 3 }, korea);
    expect(error.message).toContain(`${records[0]!.checks[0]} passes now`);
  });

  it('stops on a record whose quoted line changed, even though its checks still fail', () => {
    const error = expectBuildFailure((paths) => editRawText(paths, KOREA, (text) => text.replace('1990 9.2 27.0 36.2 -17.8', '1990 9.2 27.0 36.2 -17.9')), { code: 'ACKNOWLEDGEMENT_STALE', file: RECORDS_FILE, line: 8, seen: '1990 9.2 27.0 36.2 -17.8' }, korea);
    expect(error.message).toContain(`the quote is not on raw/${KOREA}.txt:1621`);
  });

  it('stops on a record that breaks the schema, naming its line', () => {
    expectBuildFailure((paths) => editRecords(paths, (text) => text.replace('"reason": "A likely', '"why": "A likely')), { code: 'ACKNOWLEDGEMENT_INVALID', file: RECORDS_FILE, line: 8 }, korea);
  });
});
