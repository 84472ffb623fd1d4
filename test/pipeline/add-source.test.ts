import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { addSource, guessNumberFormat } from '../../pipeline/add-source.js';
import { build } from '../../pipeline/build.js';
import { projectRoot, type ProjectPaths } from '../../pipeline/paths.js';
import type { SourceAnnotations } from '../../pipeline/types/annotation.js';
import { run } from '../../src/cli/program.js';
import { differingFiles, expectBuildFailure, readPublished } from '../helpers/expect-build-failure.js';
import { makeFixtureProject, makeProjectOf } from '../helpers/fixture-project.js';
import { pipelineErrorOf } from '../helpers/pipeline-error-of.js';
import { makeSmallProject } from '../helpers/small-project.js';
import { tempDir } from '../helpers/temp-dir.js';

const TEXT = join(projectRoot, 'test', 'fixtures', 'new-source', 'mexico-australia.txt');
const ID = 'mexico-australia-2024';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function csv(root: string, name: string): Record<string, string>[] {
  return parse(readFileSync(join(root, 'dist', `${name}.csv`)), { columns: true }) as Record<string, string>[];
}

/** What a reviewer does last: every draft mark deleted, the proposals kept. */
function removeDraftMarks(paths: ProjectPaths, id: string): void {
  const file = join(paths.annotations, `${id}.json`);
  const annotations = readJson<SourceAnnotations>(file);
  for (const annotation of annotations.annotations) for (const item of [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])]) delete item.draft;
  writeFileSync(file, `${JSON.stringify(annotations, null, 2)}\n`);
}

/** The CLI run in this process, with what it printed. */
async function mfr(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (text) => out.push(text), err: (text) => err.push(text), exit: () => {} }, 'mfr');
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('adding a sixth document', () => {
  it('registers it, drafts every numeral so that a build with --allow-drafts passes, refuses drafts without it, and builds cleanly once reviewed', async () => {
    // The corpus cut down to its smallest text: what else the corpus holds is beside the point here, and three builds of it are quick.
    const project = makeSmallProject();
    const before = readJson<{ id: string }[]>(join(project.raw, 'sources.json'));
    const added = await mfr('add-source', TEXT, '--id', ID, '--title', 'Mexico and Australia: Partners Across the Pacific', '--author', 'A. Writer', '--published', '2024-05', '--root', project.root);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toContain(`added raw/${ID}.txt`);

    // The text byte for byte, listed last with its hash, size and metadata.
    const bytes = readFileSync(TEXT);
    expect(readFileSync(join(project.raw, `${ID}.txt`)).equals(bytes)).toBe(true);
    const records = readJson<Record<string, unknown>[]>(join(project.raw, 'sources.json'));
    expect(records.slice(0, -1)).toEqual(before);
    expect(records.at(-1)).toMatchObject({ id: ID, path: `raw/${ID}.txt`, title: 'Mexico and Australia: Partners Across the Pacific', authors: ['A. Writer'], published: { date: '2024-05', precision: 'month' }, number_format: 'decimal_point', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });

    // Every proposal is marked as a draft, with how sure it is and why.
    const drafted = readJson<SourceAnnotations>(join(project.annotations, `${ID}.json`));
    const items = drafted.annotations.flatMap((annotation) => [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])]);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.draft, JSON.stringify(item)).toMatchObject({ confidence: expect.stringMatching(/^(?:high|medium|low)$/), why: expect.any(String) });

    // Review is reading: each draft with its place, quote and proposal.
    const review = await mfr('review', ID, '--root', project.root);
    expect(review.code).toBe(0);
    expect(review.out).toContain(`${items.length} draft(s) to review`);
    expect(review.out).toContain('rose from $1.1 billion in 2010 to $2.9 billion in 2020.\n  numeral   "1.1" (raw line 7)\n  proposal  trade_total MEX → AUS, period 2010');

    // Without --allow-drafts: a coded error at the first draft mark, and nothing published.
    const firstMark = readFileSync(join(project.annotations, `${ID}.json`), 'utf8').split('\n').findIndex((line) => line.includes('"draft"')) + 1;
    const publishedBefore = readPublished(project.root);
    const refused = pipelineErrorOf(() => build({ paths: project }));
    expect(refused.code).toBe('DRAFT_UNREVIEWED');
    expect(refused.context).toMatchObject({ file: `pipeline/02-extract/annotations/${ID}.json`, line: firstMark });
    expect(refused.message).toContain(`pipeline/02-extract/annotations/${ID}.json:${firstMark}: ${items.length} drafted proposal(s)`);
    expect(differingFiles(publishedBefore, readPublished(project.root)), 'the published files changed').toEqual([]);

    // With it, the draft builds and its numerals are all accounted for.
    expect(build({ paths: project, allowDrafts: true })).toMatchObject({ sources: records.length, drafts: items.length });
    const numerals = bytes.toString('utf8').match(/\d+(?:[.,]\d+)*/g)!.length;
    expect(csv(project.root, 'coverage').filter((row) => row.source_id === ID)).toHaveLength(numerals);

    // Reviewed (the marks deleted), it builds without the flag and is published like any source.
    removeDraftMarks(project, ID);
    expect(build({ paths: project })).toMatchObject({ sources: records.length, drafts: 0 });
    expect(csv(project.root, 'sources').map((row) => row.id)).toContain(ID);
    const events = csv(project.root, 'events').filter((row) => row.source_id === ID);
    expect(events.find((row) => row.raw === 'March 14, 1966')).toMatchObject({ date: '1966-03-14', date_precision: 'day', type: 'diplomatic_relations', entities: 'AUS;MEX' });
    expect(events.find((row) => row.raw === 'December 30, 2018')).toMatchObject({ date: '2018-12-30', type: 'in_force' });
    const observations = csv(project.root, 'observations').filter((row) => row.source_id === ID);
    expect(observations.find((row) => row.raw === '1.1')).toMatchObject({ value: '1100000000', unit: 'USD', indicator: 'trade_total', entity: 'MEX', partner: 'AUS', period_start: '2010', period_end: '2010' });
    expect(observations.find((row) => row.raw === '2.9')).toMatchObject({ value: '2900000000', period_start: '2020' });
    expect(observations.find((row) => row.raw === '0.9')).toMatchObject({ indicator: 'imports', period_start: '2019' });
  });

  it('stops with a coded error and writes nothing when the id is taken, the file missing or not UTF-8, or the date malformed', () => {
    const project = makeFixtureProject();
    const sourcesBefore = readFileSync(join(project.raw, 'sources.json'), 'utf8');
    const taken = readJson<{ id: string }[]>(join(project.raw, 'sources.json'))[1]!.id;
    const takenLine = sourcesBefore.split('\n').findIndex((line) => line.includes(`"id": "${taken}"`)) + 1;
    expect(pipelineErrorOf(() => addSource(project, { file: TEXT, id: taken }))).toMatchObject({ code: 'SOURCE_EXISTS', context: { file: 'raw/sources.json', line: takenLine } });

    const missing = join(tempDir('mfr-add-source-'), 'absent.txt');
    expect(pipelineErrorOf(() => addSource(project, { file: missing, id: 'absent-2024' }))).toMatchObject({ code: 'SOURCE_MISSING', context: { file: missing } });

    const latin1 = join(tempDir('mfr-add-source-'), 'latin1.txt');
    writeFileSync(latin1, Buffer.concat([Buffer.from('First line\nMexico and Per'), Buffer.from([0xfa]), Buffer.from(' signed in 2011.\n')]));
    expect(pipelineErrorOf(() => addSource(project, { file: latin1, id: 'latin1-2011' }))).toMatchObject({ code: 'SOURCE_NOT_UTF8', context: { line: 2, column: 15 } });

    expect(pipelineErrorOf(() => addSource(project, { file: TEXT, id: 'dated-2024', published: '2024-13' }))).toMatchObject({ code: 'USAGE_INVALID' });
    expect(pipelineErrorOf(() => addSource(project, { file: TEXT, id: 'Not An Id' }))).toMatchObject({ code: 'USAGE_INVALID' });

    expect(readFileSync(join(project.raw, 'sources.json'), 'utf8')).toBe(sourcesBefore);
    for (const id of [taken, 'absent-2024', 'latin1-2011', 'dated-2024']) expect(existsSync(join(project.annotations, `${id}.json`)) && id !== taken, id).toBe(false);
    for (const id of ['absent-2024', 'latin1-2011', 'dated-2024']) expect(existsSync(join(project.raw, `${id}.txt`)), id).toBe(false);
  });

  it('refuses a text already in the corpus under another id, naming the record that holds it', () => {
    const project = makeFixtureProject();
    const records = readJson<{ id: string; path: string }[]>(join(project.raw, 'sources.json'));
    const error = pipelineErrorOf(() => addSource(project, { file: join(project.root, records[0]!.path), id: 'copy-of-first' }));
    expect(error.code).toBe('SOURCE_EXISTS');
    expect(error.message).toContain(`already listed as ${records[0]!.id}`);
    expect(existsSync(join(project.raw, 'copy-of-first.txt'))).toBe(false);
  });
});

describe('guessNumberFormat', () => {
  it('reads the convention from the numerals, decimal points when nothing tells', () => {
    expect(guessNumberFormat('Exports rose to 14.451 million, a share of 2,4% and 9,9%.').format).toBe('decimal_comma');
    expect(guessNumberFormat('Exports rose to 14,451 million, a share of 2.4% and 9.9%.').format).toBe('decimal_point');
    expect(guessNumberFormat('In 1995 and 2001.').format).toBe('decimal_point');
  });
});

describe('a draft built without review', () => {
  it('is refused at the line of its draft mark, with dist/ untouched', () => {
    expectBuildFailure(
      (paths) => {
        const file = join(paths.annotations, 'china-2023.json');
        const annotations = readJson<SourceAnnotations>(file);
        annotations.annotations[3]!.events![0]!.draft = { confidence: 'low', why: 'a test mark' };
        writeFileSync(file, `${JSON.stringify(annotations, null, 2)}\n`);
      },
      (paths) => ({ code: 'DRAFT_UNREVIEWED', file: 'pipeline/02-extract/annotations/china-2023.json', line: readFileSync(join(paths.annotations, 'china-2023.json'), 'utf8').split('\n').findIndex((line) => line.includes('"draft"')) + 1 }),
      () => makeProjectOf('china-2023'),
    );
  });
});
