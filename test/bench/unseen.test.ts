import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totalScore, type DrafterScore, type Share } from '../../bench/measure-drafter.js';
import { addUnseenDocument, measureSet, setSources, UNSEEN, unseenSets } from '../../bench/unseen.js';
import { projectRoot } from '../../pipeline/paths.js';
import type { SourceAnnotations } from '../../pipeline/types/annotation.js';
import { makeFixtureProject } from '../helpers/fixture-project.js';
import { makeSmallProject } from '../helpers/small-project.js';
import { tempDir } from '../helpers/temp-dir.js';

const corpusIds = (JSON.parse(readFileSync(join(projectRoot, 'raw', 'sources.json'), 'utf8')) as { id: string }[]).map((record) => record.id);
const sets = unseenSets().map((set) => ({ ...set, records: setSources(set.dir) }));
const first = sets[0]!;
// Copies are removed with the test file's temp folders.
const keep = () => {};
/**
 * What these tests check holds whatever the corpus beside a document: each document is scored beside the corpus
 * cut to one text (makeSmallProject), which every score reads again; the bench scores them beside the whole corpus.
 */
const beside = makeSmallProject;

function shares(score: Omit<DrafterScore, 'sourceId' | 'misses'>): Share[] {
  return [score.numeralClass, score.numeralClassAndReason, score.observations, score.observationsRecall, score.wordObservations, score.eventDates, score.eventTypes, ...Object.values(score.fields)];
}

describe('the sets of unseen documents', () => {
  it('are the folders of bench/unseen holding a sources.json, by name', () => {
    const root = tempDir('mfr-unseen-');
    for (const name of ['b-set', 'a-set', 'notes']) mkdirSync(join(root, name, 'annotations'), { recursive: true });
    for (const name of ['b-set', 'a-set']) writeFileSync(join(root, name, 'sources.json'), '[]');
    expect(unseenSets(root)).toEqual([
      { name: 'a-set', dir: join(root, 'a-set') },
      { name: 'b-set', dir: join(root, 'b-set') },
    ]);
    expect(sets.map((set) => set.dir)).toEqual(sets.map((set) => join(UNSEEN, set.name)));
  });

  it('list documents with the hash and size of their texts, each in one set only, outside the corpus and the package', () => {
    expect(sets.length).toBeGreaterThan(1);
    const ids = sets.flatMap((set) => set.records.map((record) => record.id));
    expect(new Set(ids).size).toBe(ids.length);
    const files = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { files: string[] }).files;
    for (const set of sets) {
      expect(set.records.length, set.name).toBeGreaterThan(0);
      for (const record of set.records) {
        const text = readFileSync(join(set.dir, `${record.id}.txt`));
        expect(record, record.id).toMatchObject({ path: `raw/${record.id}.txt`, sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length });
        expect(corpusIds, record.id).not.toContain(record.id);
      }
    }
    expect(files.filter((pattern) => pattern.replace(/^!/, '').startsWith('bench'))).toEqual([]);
  });

  it('are added to a copy of the project one document at a time, beside the whole corpus', () => {
    const project = makeFixtureProject();
    const record = first.records[0]!;
    addUnseenDocument(project, record, first.dir);
    const listed = (JSON.parse(readFileSync(join(project.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((entry) => entry.id);
    expect(listed).toEqual([...corpusIds, record.id]);
    expect(readFileSync(join(project.raw, `${record.id}.txt`)).equals(readFileSync(join(first.dir, `${record.id}.txt`)))).toBe(true);
  });
});

describe('measureSet', () => {
  it.each(sets.map((set) => [set.name, set] as const))('scores every document of %s once, in order, with consistent shares', (_name, set) => {
    const scores = measureSet(beside, keep, set.dir);
    expect(scores.map((score) => score.sourceId)).toEqual(set.records.map((record) => record.id));
    for (const score of scores) {
      for (const share of shares(score)) {
        expect(share.right, score.sourceId).toBeGreaterThanOrEqual(0);
        expect(share.right, score.sourceId).toBeLessThanOrEqual(share.of);
      }
      // A drafted observation all right is right in each field; the reviewed observations include the drafted ones.
      for (const field of Object.values(score.fields)) expect(field).toMatchObject({ of: score.observations.of });
      for (const field of Object.values(score.fields)) expect(field.right).toBeGreaterThanOrEqual(score.observations.right);
      expect(score.observationsRecall.of).toBeGreaterThanOrEqual(score.observations.of);
      expect(score.observationsRecall.right).toBe(score.observations.right);
      expect(score.misses.every((miss) => miss.sourceId === score.sourceId)).toBe(true);
      // Every observation, date and type not right is a listed miss.
      const fieldMisses = score.misses.filter((miss) => miss.field in score.fields).length;
      expect(fieldMisses).toBe(Object.values(score.fields).reduce((total, share) => total + share.of - share.right, 0));
      expect(score.misses.filter((miss) => miss.field === 'event_date').length).toBe(score.eventDates.of - score.eventDates.right);
      expect(score.misses.filter((miss) => miss.field === 'class').length).toBe(score.numeralClass.of - score.numeralClass.right);
      // A numeral the draft leaves unclassified or in conflict is a listed class miss, not the end of the run.
      expect(score.misses.filter((miss) => miss.field === 'class' && /^(?:unclassified|in conflict: )/.test(miss.drafted)).length).toBe(score.unaccounted);
    }
    const total = totalScore(scores);
    expect(total.observations.of).toBe(scores.reduce((sum, score) => sum + score.observations.of, 0));
    expect(total.unaccounted).toBe(scores.reduce((sum, score) => sum + score.unaccounted, 0));
    expect(total.observations.of).toBeGreaterThan(0);
    expect(total.eventDates.of).toBeGreaterThan(0);
  });

  it('refuses an answer that leaves a numeral of its text unclassified', () => {
    const dir = tempDir('mfr-unseen-');
    cpSync(first.dir, dir, { recursive: true });
    const record = first.records[0]!;
    const file = join(dir, 'annotations', `${record.id}.json`);
    const answers = JSON.parse(readFileSync(file, 'utf8')) as SourceAnnotations;
    const dropped = answers.annotations.findIndex((annotation) => (annotation.observations ?? []).some((observation) => observation.numeral !== undefined));
    answers.annotations.splice(dropped, 1);
    writeFileSync(file, JSON.stringify(answers));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify([record]));
    expect(() => measureSet(beside, keep, dir)).toThrow(new RegExp(`reviewed annotations of ${record.id} leave \\d+ numeral\\(s\\) unclassified`));
  });
});
