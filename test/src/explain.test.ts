import { describe, expect, it } from 'vitest';
import { explain, type EventExplanation, type EventKeyExplanation, type KeyExplanation, type ObservationExplanation } from '../../src/explain/explain.js';
import { formatExplanation } from '../../src/explain/format.js';
import { formatSpread, formatValue } from '../../src/explain/format-value.js';
import { quoteSpan } from '../../src/explain/quote.js';
import { readPrintedNumber } from '../../src/explain/read-number.js';
import { load } from '../../src/load.js';
import { copyPackage, dropResources } from './package-copy.js';

const data = await load();
const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';
/** Korea's exports to Mexico in 1980 as Korea (Table 1) and Mexico (Table 2) declare them. */
const KOREA_1980_FLOW = 'goods_flow:KOR>MEX:1980..1980';

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
    expect(explanation.transformations.map((step) => [step.step, step.from, step.to])).toEqual([['read', '44.7', 44.7], ['scale', 44.7, 44700000], ['unit', 44700000, 'USD'], ['period', '1980', '1980']]);
    expect(explanation.transformations.at(-1)!.rule).toBe("the period of the cell's header or caption (ISO 8601; read by the build)");
    expect(explanation.transformations.at(-1)!.redone).toBe(false);
    expect(explanation.consistent).toBe(true);
    expect(explanation.entity?.id).toBe('KOR');
    expect(explanation.partner?.id).toBe('MEX');
    expect(explanation.checks.map(({ role, check }) => `${role} ${check.check_id}`)).toEqual(['input korea-commission-2005@0090936:sum1', 'input korea-commission-2005@0090942:difference2', 'input korea-commission-2005@0091852:mirror4']);
  });

  it('shows where a prose period was read: a month range as printed, a relative year with the publication date it counts from', async () => {
    const prose = (predicate: (row: (typeof data.observations)[number]) => boolean) => data.observations.find((row) => row.table === null && predicate(row))!;
    const months = prose((row) => row.period_raw === 'January to August 2003');
    const monthsStep = ((await explain(months.obs_id, { data })) as ObservationExplanation).transformations.at(-1);
    expect(monthsStep).toEqual({ step: 'period', from: 'January to August 2003', to: '2003-01/2003-08', rule: 'the period printed in the text, to the precision it gives (ISO 8601; read by the build)', redone: false });
    const lastYear = prose((row) => row.source_id === 'leiken-2001' && row.period_raw === 'last year');
    const relativeStep = ((await explain(lastYear.obs_id, { data })) as ObservationExplanation).transformations.at(-1);
    expect(relativeStep).toMatchObject({ step: 'period', from: 'last year', to: '2000', redone: true });
    expect(relativeStep!.rule).toBe("a year counted from the source's publication date (2001-09): 2001 − 1 = 2000");
    const shifted = { ...data, observations: data.observations.map((row) => (row.obs_id === lastYear.obs_id ? { ...row, period_start: '1999', period_end: '1999' } : row)) };
    expect(((await explain(lastYear.obs_id, { data: shifted })) as ObservationExplanation).consistent).toBe(false);
    const now = prose((row) => row.source_id === 'china-2023' && row.period_raw === 'now');
    const nowStep = ((await explain(now.obs_id, { data })) as ObservationExplanation).transformations.at(-1);
    expect(nowStep).toMatchObject({ step: 'period', from: 'now', to: '2023', redone: true });
    const undated = prose((row) => row.period_start === null);
    expect(((await explain(undated.obs_id, { data })) as ObservationExplanation).transformations.map((step) => step.step)).not.toContain('period');
  });

  it('says what a date printed without its year counts from', async () => {
    const event = (data.events ?? []).find((row) => row.raw === 'Sixteen years later')!;
    const explanation = (await explain(event.event_id, { data })) as EventExplanation;
    expect(explanation.transformations).toEqual([{ step: 'date', from: 'Sixteen years later', to: '1978', rule: 'ISO 8601 to the year, as precise as the text (the build\'s date reader); printed without its year, counted from the year "1962" printed in the same sentence', redone: false }]);
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
    for (const id of ids) {
      const explanation = await explain(id, { data });
      if (explanation.kind !== 'observation' && explanation.kind !== 'event') throw new Error(`${id} explained as a ${explanation.kind}`);
      if (!explanation.consistent) inconsistent.push(id);
    }
    expect(inconsistent).toEqual([]);
  });

  /** The data with one observation's published value changed, as a tampered release would publish it. */
  const withValue = (id: string, value: number) => ({ ...data, observations: data.observations.map((row) => (row.obs_id === id ? { ...row, value } : row)) });
  const verified = (explanation: Awaited<ReturnType<typeof explain>>) => formatExplanation(explanation).split('\n').filter((line, index, lines) => line.startsWith('verified') || (lines[index - 1]?.startsWith('verified') && line.startsWith(' '))).map((line) => line.slice(11));

  it('redoes reading number words, and says exactly what it redid and what it took from the build', async () => {
    const words = data.observations.find((row) => row.source_id === 'korea-commission-2005' && row.raw === 'forty-three')!;
    const explanation = (await explain(words.obs_id, { data })) as ObservationExplanation;
    expect(explanation.transformations.map((step) => [step.step, step.from, step.to, step.redone])).toEqual([['read', 'forty-three', 43, true], ['unit', 43, 'count', true]]);
    expect(explanation.consistent).toBe(true);
    const text = formatExplanation(explanation);
    expect(text).not.toContain('not redone here)');
    expect(verified(explanation)).toEqual([
      `yes: the bytes hold "forty-three" on line ${words.line}; redone here: steps 1, 2, giving the published value`,
      'not redone here: which multiplier applies (the scale word, heading or unit the build read around the number); the qualifier; the indicator, entity and partner (from the table recipe or the annotation)',
    ]);
    // A value the words do not state is caught, now that the words are read again.
    const tampered = (await explain(words.obs_id, { data: withValue(words.obs_id, 3) })) as ObservationExplanation;
    expect(tampered.consistent).toBe(false);
    expect(verified(tampered)[0]).toBe(`NO: the bytes hold "forty-three" on line ${words.line}; but redoing steps 1, 2 here does not give the published value`);
  });

  it('redoes a unit conversion and its rounding to the digits printed', async () => {
    const miles = data.observations.find((row) => row.unit === 'km' && row.raw === '2,000' && row.multiplier === 1.609344)!;
    const explanation = (await explain(miles.obs_id, { data })) as ObservationExplanation;
    expect(explanation.transformations.map((step) => [step.step, step.from, step.to, step.redone])).toEqual([
      ['read', '2,000', 2000, true],
      ['convert', 2000, 3218.688, true],
      ['round', 3218.688, 3219, true],
      ['unit', 3219, 'km', true],
    ]);
    expect(explanation.transformations[2]!.rule).toContain('rounded to 4 significant digits, as many as printed');
    expect(explanation.consistent).toBe(true);
    // The unrounded product, as the package published it before, claims more than the text: it is no longer what the steps give.
    expect(((await explain(miles.obs_id, { data: withValue(miles.obs_id, 3218.688) })) as ObservationExplanation).consistent).toBe(false);
  });

  it('says of an event that its date\'s reading is the build\'s, not redone', async () => {
    const event = data.events!.find((row) => row.date_precision === 'day')!;
    const explanation = await explain(event.event_id, { data });
    if (explanation.kind !== 'event') throw new Error(`explained as a ${explanation.kind}`);
    expect(explanation.transformations.map((step) => step.redone)).toEqual([false]);
    expect(verified(explanation)).toEqual([
      `yes: the bytes hold ${JSON.stringify(event.raw)} on line ${event.line}`,
      'not redone here: step 1 (the build\'s, as published); the type, entities and description (from the annotation)',
    ]);
    expect(formatExplanation(explanation)).toContain('[not redone]');
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
    if (explanation.kind !== 'event') throw new Error(`explained as a ${explanation.kind}`);
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
    await expect(explain('korea-commission-2005@0000000', { data })).rejects.toMatchObject({ code: 'ID_UNKNOWN', message: expect.stringContaining('not an obs_id, an event_id or a key_id') });
  });

  it('explains a reconciled key: the value shown, status and rule, every candidate with its source, verdict and quote', async () => {
    const explanation = (await explain(KOREA_1980_FLOW, { data })) as KeyExplanation;
    expect(explanation).toMatchObject({ kind: 'key', id: KOREA_1980_FLOW, key: { value: 32700000, unit: 'USD', status: 'conflict', rule: 'importer_over_exporter', shown_obs_id: 'korea-commission-2005@0091852' }, entity: { id: 'KOR' }, partner: { id: 'MEX' } });
    expect(explanation.candidates.map(({ candidate, source, quote, shown }) => [candidate.obs_id, candidate.value, candidate.chosen, source.id, quote.line, quote.marked, quote.matches, shown])).toEqual([
      [KOREA_1980_EXPORTS, 44700000, false, 'korea-commission-2005', 1543, '1980 ⟦44.7⟧ 64.2 108.9 -19.5', true, false],
      ['korea-commission-2005@0091852', 32700000, true, 'korea-commission-2005', 1601, '1980 16.0 ⟦32.7⟧ 48.7 -16.7', true, true],
    ]);
    expect(explanation.candidates[0]!.candidate.set_aside_by).toBe('importer_over_exporter');
  });

  it('explains every key of both reconciliation tables, each candidate quoted from the bytes that print it', async () => {
    const keys = [...(data.reconciled ?? []), ...(data.reconciled_events ?? [])];
    expect(keys.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const key of keys) {
      const explained = await explain(key.key_id, { data });
      // An event no other text reports is its own key: its explanation, with the key as its reconciliation, comes first.
      if (explained.kind === 'event') {
        if (explained.reconciliation?.key.key_id !== key.key_id || key.n_candidates !== 1) wrong.push(key.key_id);
        continue;
      }
      const explanation = explained as KeyExplanation | EventKeyExplanation;
      const shownId = 'shown_obs_id' in key ? key.shown_obs_id : key.shown_event_id;
      const shown = explanation.candidates.filter((item) => item.shown).map((item) => ('obs_id' in item.candidate ? item.candidate.obs_id : item.candidate.event_id));
      if (explanation.candidates.length !== key.n_candidates || !explanation.candidates.every((item) => item.quote.matches) || JSON.stringify(shown) !== JSON.stringify([shownId])) wrong.push(key.key_id);
    }
    expect(wrong).toEqual([]);
  });

  it('explains a reconciled event: the date shown and every report of it, quoted', async () => {
    const key = data.reconciled_events?.find((row) => row.n_candidates > 1);
    if (!key) throw new Error('the package has no event reported twice');
    const explanation = (await explain(key.key_id, { data })) as EventKeyExplanation;
    expect(explanation).toMatchObject({ kind: 'event_key', id: key.key_id, key: { date: key.date, rule: key.rule } });
    expect(explanation.entities.map((entity) => entity.id)).toEqual(key.entities);
    for (const { candidate, row, quote } of explanation.candidates) {
      expect(row.event_id).toBe(candidate.event_id);
      expect(quote.marked).toContain(`⟦${row.raw}⟧`);
    }
  });
});

describe('formatValue', () => {
  it('prints the exact number and unit, then a readable form where it differs', () => {
    expect(formatValue(2780700000, 'USD')).toBe('2780700000 USD (2,780.7 million USD)');
    expect(formatValue(-44700000, 'USD')).toBe('-44700000 USD (-44.7 million USD)');
    expect(formatValue(12500, 'persons')).toBe('12500 persons (12,500 persons)');
    expect(formatValue(4.4, 'percent')).toBe('4.4%');
    expect(formatValue(2, 'rank')).toBe('2 rank');
    expect(formatValue(10.5, 'MXN_per_USD')).toBe('10.5 MXN_per_USD (10.5 MXN per USD)');
  });

  it('prints spreads with one decimal', () => {
    expect([{ spread_pct: 26.8456, min: 32.7, max: 44.7 }, { spread_pct: 0, min: 5, max: 5 }, { spread_pct: 100, min: 0, max: 3 }].map(formatSpread)).toEqual(['26.8%', '0.0%', '100.0%']);
    expect(formatSpread({ spread_pct: 100, min: -19.5e6, max: 16.7e6 })).toBe('100.0% (candidates of opposite sign)');
  });
});

describe('formatExplanation', () => {
  it('prints one labelled paragraph per aspect', async () => {
    const text = formatExplanation(await explain(KOREA_1980_EXPORTS, { data }));
    expect(text).toContain('text       1980 ⟦44.7⟧ 64.2 108.9 -19.5');
    expect(text).toContain('cell       Table 1 | row 1980 | column Exports');
    expect(text).toMatch(/^steps {6}1\. read "44\.7" → 44\.7: decimal_point/m);
    expect(text).toMatch(/^ {11}2\. scale 44\.7 → 44700000/m);
    expect(text).toContain('number     korea-commission-2005@0090926: 44700000 USD (44.7 million USD), exact');
    expect(text).toContain(`reconciled ${KOREA_1980_FLOW}: conflict, rule importer_over_exporter, shows 32700000 USD (32.7 million USD); 2 candidates, spread 26.8%`);
    expect(text).toMatch(/^ {11}rival: korea-commission-2005@0091852 \(korea-commission-2005\) 32700000 USD \(32\.7 million USD\): chosen by importer_over_exporter$/m);
  });

  it('prints a key with each candidate and the line that prints it, and never "chosen — chosen"', async () => {
    const text = formatExplanation(await explain(KOREA_1980_FLOW, { data }));
    expect(text.split('\n')).toEqual([
      `key        ${KOREA_1980_FLOW}: goods_flow, Republic of Korea (KOR) → Mexico (MEX), 1980`,
      'shows      32700000 USD (32.7 million USD), from korea-commission-2005@0091852',
      'status     conflict, rule importer_over_exporter; 2 candidates from 32700000 USD (32.7 million USD) to 44700000 USD (44.7 million USD), spread 26.8%',
      expect.stringMatching(/^candidate  korea-commission-2005@0090926 \(korea-commission-2005\) 44700000 USD \(44\.7 million USD\): set aside by importer_over_exporter — reported by the exporter \(KOR\)/),
      '           raw/korea-commission-2005.txt, line 1543: 1980 ⟦44.7⟧ 64.2 108.9 -19.5',
      'candidate  korea-commission-2005@0091852 (korea-commission-2005) 32700000 USD (32.7 million USD) (shown): chosen by importer_over_exporter',
      '           raw/korea-commission-2005.txt, line 1601: 1980 16.0 ⟦32.7⟧ 48.7 -16.7',
    ]);
    const everyKey = await Promise.all([...(data.reconciled ?? []), ...(data.reconciled_events ?? [])].map(async (key) => formatExplanation(await explain(key.key_id, { data }))));
    expect(everyKey.filter((keyText) => /chosen\W+chosen/.test(keyText))).toEqual([]);
    expect(everyKey.join('\n')).toMatch(/^candidate .*: chosen by /m);
  });
});
