import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type ProjectPaths } from '../pipeline/paths.js';
import { CorpusFiles, type SourceRecord } from './corpus-files.js';
import { measureDrafter, type DrafterScore } from './measure-drafter.js';

/**
 * Documents outside the corpus, in sets (one folder each, with its
 * sources.json, texts and reviewed annotations written and committed before
 * the drafter first ran on them): texts of the kind the corpus grows by. Never
 * part of the package: the bench adds each to a copy of the project.
 * `development` may be read while writing the drafter's rules; `held-out` never.
 */
export const UNSEEN = join(projectRoot, 'bench', 'unseen');

/** A set of documents: its name (its folder's) and folder. */
export interface UnseenSet {
  name: string;
  dir: string;
}

/** The sets under <root>: every folder holding a sources.json, by name. */
export function unseenSets(root: string = UNSEEN): UnseenSet[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'sources.json')))
    .map((entry) => ({ name: entry.name, dir: join(root, entry.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The documents listed in <dir>/sources.json, as raw/sources.json records would list them once added. */
export function setSources(dir: string): SourceRecord[] {
  return JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as SourceRecord[];
}

/** Adds one document of a set to a copy of the project, as `mfr add-source` and a review would leave it: its text, its record, its reviewed annotations. */
export function addUnseenDocument(paths: ProjectPaths, record: SourceRecord, dir: string): void {
  const files = new CorpusFiles(paths.root);
  copyFileSync(join(dir, `${record.id}.txt`), join(paths.root, record.path));
  copyFileSync(join(dir, 'annotations', `${record.id}.json`), join(paths.annotations, `${record.id}.json`));
  files.writeSources([...files.sources(), record]);
}

/**
 * Scores the drafter on every document of a set, each redrafted with the
 * whole corpus as context (in a copy of the project holding the corpus and
 * that document alone, as `mfr add-source` would meet it).
 */
export function measureSet(makeProject: () => ProjectPaths, removeProject: (paths: ProjectPaths) => void, dir: string): DrafterScore[] {
  return setSources(dir).map((record) => {
    const paths = makeProject();
    try {
      addUnseenDocument(paths, record, dir);
      return measureDrafter(paths, record.id);
    } finally {
      removeProject(paths);
    }
  });
}
