import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDrafter, totalScore } from '../../bench/measure-drafter.js';
import { draftSource, readCorpus } from '../../pipeline/draft-source.js';
import { projectPaths } from '../../pipeline/paths.js';
import { SchemaRegistry } from '../../pipeline/schemas.js';
import type { SourceAnnotations } from '../../pipeline/types/annotation.js';
import { makeSmallProject } from '../helpers/small-project.js';

const paths = projectPaths();
const ids = (JSON.parse(readFileSync(join(paths.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((record) => record.id);

describe('the drafter on the corpus', () => {
  it('drafts every source of raw/sources.json into a valid annotation file whose proposals are all marked', () => {
    const schemas = new SchemaRegistry(paths.schemas);
    // The corpus read once for all the drafts (each reads only the rest of it).
    const corpus = readCorpus(paths);
    for (const id of ids) {
      const { file } = draftSource(paths, id, 'text', corpus);
      expect(() => schemas.assertValid('annotation.schema.json', file, 'ANNOTATION_INVALID', `${id}.json`, () => ({ line: 1, column: 1 })), id).not.toThrow();
      const unmarked = file.annotations.filter((annotation) => [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])].some((item) => item.draft === undefined));
      expect(unmarked.map((annotation) => `${id}: ${annotation.quote}`)).toEqual([]);
    }
  });
});

describe('measureDrafter', () => {
  it('scores a draft against itself as all right, and counts a wrong indicator as a wrong observation', () => {
    // The corpus cut to one text: each score redrafts it, and the other texts would only be read again each time.
    const project = makeSmallProject();
    const [id] = (JSON.parse(readFileSync(join(project.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((record) => record.id);
    if (id === undefined) throw new Error('the small project lists no source');
    // The reviewed annotations replaced by the draft, its marks removed: every share must be whole.
    const { file } = draftSource(project, id, 'text');
    for (const annotation of file.annotations) for (const item of [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])]) delete item.draft;
    const annotationFile = join(project.annotations, `${id}.json`);
    writeFileSync(annotationFile, `${JSON.stringify(file, null, 2)}\n`);
    const score = measureDrafter(project, id);
    for (const share of [score.numeralClass, score.numeralClassAndReason, score.observations, score.observationsRecall, score.eventDates, score.eventTypes]) expect(share.right).toBe(share.of);
    expect(score.observations.of).toBeGreaterThan(0);
    expect(score.eventDates.of).toBeGreaterThan(0);

    // One reviewed observation given another indicator of its unit: exactly one observation is no longer all right.
    const reviewed = JSON.parse(readFileSync(annotationFile, 'utf8')) as SourceAnnotations;
    const indicators = (JSON.parse(readFileSync(join(project.metadata, 'indicators.json'), 'utf8')) as { indicators: { id: string; unit: string }[] }).indicators;
    const observation = reviewed.annotations.flatMap((annotation) => annotation.observations ?? []).find((candidate) => candidate.numeral !== undefined)!;
    const unit = indicators.find((indicator) => indicator.id === observation.indicator)!.unit;
    observation.indicator = indicators.find((indicator) => indicator.unit === unit && indicator.id !== observation.indicator)!.id;
    writeFileSync(annotationFile, `${JSON.stringify(reviewed, null, 2)}\n`);
    const changed = measureDrafter(project, id);
    expect(changed.observations).toEqual({ right: score.observations.right - 1, of: score.observations.of });
    expect(changed.fields.indicator).toEqual({ right: score.fields.indicator.right - 1, of: score.fields.indicator.of });
    expect(totalScore([score, changed]).observations).toEqual({ right: 2 * score.observations.right - 1, of: 2 * score.observations.of });
  });
});
