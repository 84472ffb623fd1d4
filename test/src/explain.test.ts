import { describe, expect, it } from 'vitest';
import { explain, type ObservationExplanation } from '../../src/explain/explain.js';
import { formatExplanation } from '../../src/explain/format.js';
import { quoteSpan } from '../../src/explain/quote.js';
import { readPrintedNumber } from '../../src/explain/read-number.js';
import { load } from '../../src/load.js';
import { copyPackage, dropResources } from './package-copy.js';

const data = await load();
const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';

describe('quoteSpan', () => {
  const text = Buffer.from('first line\nMéxico 14.451 and 2,4\r\nlast 7');
  const span = (raw: string, line: number) => {
    const start = text.indexOf(raw);
    return { line, byteStart: start, byteEnd: start + Buffer.byteLength(raw), raw };
  };

  it('quotes the whole line with the span marked, counting columns in characters', () => {
    expect(quoteSpan(text, 'raw/x.txt', span('14.451', 2))).toMatchObject({ text: 'México 14.451 and 2,4', marked: 'México ⟦14.451⟧ and 2,4', column: 8, lineInText: 2, span: '14.451', matches: true });
  });

  it('handles the first and the last line', () => {
    expect(quoteSpan(text, 'raw/x.txt', span('first', 1))).toMatchObject({ marked: '⟦first⟧ line', column: 1, matches: true });
    expect(quoteSpan(text, 'raw/x.txt', span('7', 3))).toMatchObject({ marked: 'last ⟦7⟧', matches: true });
  });

  it('says when the bytes or the line are not what the row records', () => {
    expect(quoteSpan(text, 'raw/x.txt', { ...span('14.451', 2), raw: '14.452' }).matches).toBe(false);
    expect(quoteSpan(text, 'raw/x.txt', span('14.451', 3))).toMatchObject({ lineInText: 2, matches: false });
    expect(quoteSpan(text, 'raw/x.txt', { line: 3, byteStart: 200, byteEnd: 204, raw: '7' }).matches).toBe(false);
  });
});

describe('readPrintedNumber', () => {
  it('reads decimal_comma numbers: "." groups thousands, "," marks decimals', () => {
    expect(['14.451', '2,4', '-1.234,5', '+12.444', '9,9', '0'].map((raw) => readPrintedNumber(raw, 'decimal_comma'))).toEqual([14451, 2.4, -1234.5, 12444, 9.9, 0]);
    expect(['0.451', '14.45', '1,060.6', 'two'].map((raw) => readPrintedNumber(raw, 'decimal_comma'))).toEqual([null, null, null, null]);
  });

  it('reads decimal_point numbers: "," groups thousands, "." marks decimals', () => {
    expect(['1,060.6', '1935.4', '+1,240.6', '\u221219.5', '-19.5'].map((raw) => readPrintedNumber(raw, 'decimal_point'))).toEqual([1060.6, 1935.4, 1240.6, -19.5, -19.5]);
    expect(['58,87', '2,4', '1,06'].map((raw) => readPrintedNumber(raw, 'decimal_point'))).toEqual([null, null, null]);
  });
});

describe('explain', () => {
  it('gives an auditor everything about a table cell', async () => {
    const explanation = (await explain(KOREA_1980_EXPORTS, { data })) as ObservationExplanation;
    expect(explanation.kind).toBe('observation');
    expect(explanation.source).toMatchObject({ id: 'korea-commission-2005', number_format: 'decimal_point', kind: 'commission_report' });
    expect(explanation.quote).toMatchObject({ path: 'raw/korea-commission-2005.txt', line: 1543, marked: '1980 ⟦44.7⟧ 64.2 108.9 -19.5', matches: true });
    expect(explanation.cell).toEqual({ table: 'Table 1', row: '1980', column: 'Exports' });
    expect(explanation.transformations.map((step) => [step.step, step.from, step.to])).toEqual([['read', '44.7', 44.7], ['scale', 44.7, 44700000], ['unit', 44700000, 'USD']]);
    expect(explanation.consistent).toBe(true);
    expect(explanation.entity?.id).toBe('KOR');
    expect(explanation.partner?.id).toBe('MEX');
    expect(explanation.checks.map(({ role, check }) => `${role} ${check.check_id}`)).toEqual(['input korea-commission-2005@0090936:sum1', 'input korea-commission-2005@0090942:difference2', 'input korea-commission-2005@0091852:mirror4']);
  });

  it('names the target role, and reads a decimal_comma source by its format', async () => {
    const total = (await explain('korea-commission-2005@0090936', { data })) as ObservationExplanation;
    expect(total.checks.find(({ check }) => check.check_id === 'korea-commission-2005@0090936:sum1')?.role).toBe('target');
    const billions = data.observations.find((row) => row.source_id === 'pacific-asia-2001' && row.raw.includes(',') && row.multiplier === 1e9)!;
    const explanation = (await explain(billions.obs_id, { data })) as ObservationExplanation;
    expect(explanation.transformations[0]!.rule).toMatch(/^decimal_comma: /);
    expect(explanation.transformations[1]).toMatchObject({ step: 'scale', to: billions.value });
    expect(explanation.consistent).toBe(true);
  });

  it('finds every observation and event at its bytes, and redoes every number', async () => {
    const ids = [...data.observations.map((row) => row.obs_id), ...(data.events ?? []).map((row) => row.event_id)];
    const inconsistent: string[] = [];
    for (const id of ids) if (!(await explain(id, { data })).consistent) inconsistent.push(id);
    expect(inconsistent).toEqual([]);
  });

  it('reports the reconciliation of a figure: its key, whether it is shown, and its rivals', async () => {
    const key = data.reconciled?.find((row) => row.status === 'conflict');
    if (!key) throw new Error('the package has no conflicting key to explain');
    const explanation = (await explain(key.shown_obs_id, { data })) as ObservationExplanation;
    expect(explanation.reconciliation?.key.key_id).toBe(key.key_id);
    expect(explanation.reconciliation?.shown).toBe(true);
    expect(explanation.reconciliation?.rivals).toHaveLength(key.n_candidates - 1);
    for (const rival of explanation.reconciliation!.rivals) expect(rival.key_id).toBe(key.key_id);
  });

  it('explains an event: its date as printed and its reconciliation', async () => {
    const event = data.events?.[0];
    if (!event) throw new Error('the package has no event to explain');
    const explanation = await explain(event.event_id, { data });
    expect(explanation).toMatchObject({ kind: 'event', id: event.event_id, consistent: true, transformations: [{ step: 'date', from: event.raw, to: event.date }] });
    expect(explanation.quote.marked).toContain(`⟦${event.raw}⟧`);
  });

  it('reports reconciliation only where the release has its tables', async () => {
    const copy = copyPackage();
    dropResources(copy, ['reconciled', 'candidates', 'reconciled_events', 'event_candidates']);
    const explanation = await explain(KOREA_1980_EXPORTS, { root: copy });
    expect('reconciliation' in explanation).toBe(false);
    expect(formatExplanation(explanation)).toContain('reconciled this release has no reconciliation tables');
  });

  it('refuses an id the package does not have, with a typed error', async () => {
    await expect(explain('korea-commission-2005@0000000', { data })).rejects.toMatchObject({ code: 'ID_UNKNOWN' });
  });
});

describe('formatExplanation', () => {
  it('prints one labelled paragraph per aspect', async () => {
    const text = formatExplanation(await explain(KOREA_1980_EXPORTS, { data }));
    expect(text).toContain('text       1980 ⟦44.7⟧ 64.2 108.9 -19.5');
    expect(text).toContain('cell       Table 1 | row 1980 | column Exports');
    expect(text).toMatch(/^steps {6}1\. read "44\.7" → 44\.7: decimal_point/m);
    expect(text).toMatch(/^ {11}2\. scale 44\.7 → 44700000/m);
  });
});
