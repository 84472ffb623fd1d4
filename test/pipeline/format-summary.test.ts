import { describe, expect, it } from 'vitest';
import { formatSummary, type BuildReport } from '../../pipeline/run.js';

describe('formatSummary: what the build leaves for an annotator', () => {
  const duplicate = (n: number) => ({ event_ids: [`a@000000${n}e1`, `b@000000${n}e1`] as [string, string], keys: ['k', `b@000000${n}e1`] as [string, string], type: 'agreement' as const, entities: ['KOR', 'MEX'], dates: ['1966', '1966-04'] as [string, string] });

  it('lists likely duplicate events and undated keys, the first five of each, and says how many more --json holds', () => {
    const report: BuildReport = {
      stages: ['ingest', 'extract', 'normalize', 'reconcile'],
      likelyDuplicateEvents: [1, 2, 3, 4, 5, 6, 7].map(duplicate),
      undatedKeys: [
        { key_id: 'population:MEX>-:-..-', dated_key_ids: ['population:MEX>-:2003..2003'], period_unstated: ['No date in the paragraph.'], reasoned: true },
        { key_id: 'fdi:KOR>MEX:-..-', dated_key_ids: ['fdi:KOR>MEX:1998..1998', 'fdi:KOR>MEX:1999..1999'], period_unstated: [], reasoned: false },
      ],
    };
    const lines = formatSummary(report).split('\n');
    expect(lines).toContain('undated keys beside dated keys of the same quantity (give their figures the period the text implies, or say in period_unstated why it gives none): 1, and 1 whose figures say why they have none');
    // The key left for an annotator comes first; a reasoned one shows its reasons.
    const listed = lines.filter((line) => line.startsWith('  ') && line.includes(' beside '));
    expect(listed).toEqual(['  fdi:KOR>MEX:-..- beside 2 dated keys', '  population:MEX>-:-..- beside population:MEX>-:2003..2003: no period in the text — No date in the paragraph.']);
    expect(lines).toContain('likely duplicate events under different keys (key them alike, or apart, in the annotations): 7');
    expect(lines).toContain('  agreement KOR;MEX: a@0000001e1 (1966, key k) ~ b@0000001e1 (1966-04, key b@0000001e1)');
    expect(lines.filter((line) => line.startsWith('  agreement'))).toHaveLength(5);
    expect(lines).toContain('  … and 2 more (all of them with --json)');
  });
});
