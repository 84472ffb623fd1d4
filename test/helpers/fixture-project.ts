import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { BUILD_INPUTS, projectPaths, projectRoot, type ProjectPaths } from '../../pipeline/paths.js';
import { tempDir } from './temp-dir.js';

/** The files a build reads, and the committed outputs it replaces. */
const PROJECT_FILES = [...BUILD_INPUTS, 'dist', 'datapackage.json'];

/**
 * A throw-away copy of a project's inputs and committed outputs (this project's unless told), for builds
 * that may fail; removed after the test file. A copy takes milliseconds: take one a test rather than share
 * an edited one. For a build whose content is beside the point, makeSmallProject (small-project.ts) builds faster.
 */
export function makeFixtureProject(from: string = projectRoot): ProjectPaths {
  return copyProject(from, tempDir('mfr-fixture-'));
}

/** Copies a project's inputs and committed outputs into an empty directory. */
export function copyProject(from: string, root: string): ProjectPaths {
  for (const file of PROJECT_FILES) cpSync(join(from, file), join(root, file), { recursive: true });
  return projectPaths(root);
}

/** Rewrites a raw text of a fixture and records its new hash, so that the build gets past ingest. */
export function editRawText(paths: ProjectPaths, sourceId: string, edit: (text: string) => string): void {
  const file = join(paths.raw, `${sourceId}.txt`);
  const text = edit(readFileSync(file, 'utf8'));
  if (text === readFileSync(file, 'utf8')) throw new Error('the edit changed nothing');
  writeFileSync(file, text);
  const metadataFile = join(paths.raw, 'sources.json');
  const records = JSON.parse(readFileSync(metadataFile, 'utf8')) as { id: string; sha256: string; bytes: number }[];
  const record = records.find((candidate) => candidate.id === sourceId)!;
  record.sha256 = createHash('sha256').update(text).digest('hex');
  record.bytes = Buffer.byteLength(text);
  writeFileSync(metadataFile, `${JSON.stringify(records, null, 2)}\n`);
}

/** The bytes of every committed output below a root, by relative path. */
export function readOutputs(root: string): Map<string, string> {
  const names = ['checks', 'entities', 'indicators', 'observations', 'sources'];
  return new Map([
    ...names.map((name): [string, string] => [`dist/${name}.csv`, readFileSync(join(root, 'dist', `${name}.csv`), 'utf8')]),
    ['datapackage.json', readFileSync(join(root, 'datapackage.json'), 'utf8')],
  ]);
}

/**
 * A fixture copy of the project holding only the named sources: their raw texts, records, recipes and annotations,
 * and the acknowledgements of their checks (the others' removed). For tests about these sources whose build fails
 * late, after stages that would read and check every other source first. dist/ and datapackage.json stay the
 * committed release. A file keeps its bytes unless it loses entries (raw/sources.json; acknowledgements.json only
 * where it records another source's checks).
 */
export function makeProjectOf(...sourceIds: string[]): ProjectPaths {
  const paths = makeFixtureProject();
  const sourcesFile = join(paths.raw, 'sources.json');
  const records = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { id: string; path: string }[];
  const unknown = sourceIds.filter((id) => !records.some((record) => record.id === id));
  if (unknown.length) throw new Error(`no source ${unknown.join(', ')} in raw/sources.json`);
  for (const record of records.filter((candidate) => !sourceIds.includes(candidate.id))) {
    rmSync(join(paths.root, record.path));
    for (const dir of [paths.recipes, paths.annotations]) rmSync(join(dir, `${record.id}.json`), { force: true });
  }
  writeFileSync(sourcesFile, `${JSON.stringify(records.filter((record) => sourceIds.includes(record.id)), null, 2)}\n`);
  const acknowledgements = JSON.parse(readFileSync(paths.acknowledgements, 'utf8')) as { acknowledgements: { checks: string[] }[] };
  const kept = acknowledgements.acknowledgements.filter((record) => record.checks.some((id) => sourceIds.includes(id.slice(0, id.indexOf('@')))));
  if (kept.length < acknowledgements.acknowledgements.length) writeFileSync(paths.acknowledgements, `${JSON.stringify({ ...acknowledgements, acknowledgements: kept }, null, 2)}\n`);
  return paths;
}
