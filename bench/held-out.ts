import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type ProjectPaths } from '../pipeline/paths.js';
import { CorpusFiles, type SourceRecord } from './corpus-files.js';
import { measureDrafter, type DrafterScore } from './measure-drafter.js';

/**
 * The held-out documents: texts of the kind the corpus grows by that the
 * drafter was never tuned on, with reviewed annotations written (and
 * committed) before the drafter first ran on them. Never part of the package:
 * the bench adds each to a copy of the project.
 */
export const HELD_OUT = join(projectRoot, 'bench', 'held-out');

/** The held-out documents listed in <dir>/sources.json, as raw/sources.json records would list them once added. */
export function heldOutSources(dir: string = HELD_OUT): SourceRecord[] {
  return JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourceRecord[];
}

/** Adds one held-out document to a copy of the project, as `mfr add-source` and a review would leave it: its text, its record, its reviewed annotations. */
export function addHeldOutDocument(paths: ProjectPaths, record: SourceRecord, dir: string = HELD_OUT): void {
  const files = new CorpusFiles(paths.root);
  copyFileSync(join(dir, `${record.id}.txt`), join(paths.root, record.path));
  copyFileSync(join(dir, 'annotations', `${record.id}.json`), join(paths.annotations, `${record.id}.json`));
  files.writeSources([...files.sources(), record]);
}

/**
 * Scores the drafter on every held-out document, each redrafted with the
 * whole corpus as context (in a copy of the project holding the corpus and
 * that document alone, as `mfr add-source` would meet it).
 */
export function measureHeldOut(makeProject: () => ProjectPaths, removeProject: (paths: ProjectPaths) => void, dir: string = HELD_OUT): DrafterScore[] {
  return heldOutSources(dir).map((record) => {
    const paths = makeProject();
    try {
      addHeldOutDocument(paths, record, dir);
      return measureDrafter(paths, record.id);
    } finally {
      removeProject(paths);
    }
  });
}
