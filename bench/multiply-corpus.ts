import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, CorpusFiles, type SourceRecord } from './corpus-files.js';

/**
 * Makes the corpus of a project root `times` as large: every text copied
 * `times - 1` times under new ids (<id>-copy-<n>), each copy with its own
 * raw/sources.json record, recipes, annotations and acknowledgement records
 * (check ids name their source), so that the copies build and publish as the
 * originals do.
 */
export function multiplyCorpus(root: string, times: number): void {
  const files = new CorpusFiles(root);
  const originals = files.sources();
  const acknowledgements = files.acknowledgements();
  const records: SourceRecord[] = [...originals];
  const copiedAcknowledgements = [...acknowledgements];
  for (const original of originals) {
    const text = readFileSync(join(root, original.path));
    const recipes = files.sourceFile('recipes', original.id);
    const annotations = files.sourceFile('annotations', original.id);
    const own = acknowledgements.filter((record) => record.checks.every((check) => checkSource(check) === original.id));
    for (let copy = 1; copy < times; copy += 1) {
      const id = `${original.id}-copy-${copy}`;
      const path = `raw/${id}.txt`;
      copyFileSync(join(root, original.path), join(root, path));
      records.push(files.describeText({ ...original, id, path }, text));
      if (recipes) files.writeSourceFile('recipes', id, recipes);
      if (annotations) files.writeSourceFile('annotations', id, annotations);
      copiedAcknowledgements.push(...own.map((record) => ({ ...record, checks: record.checks.map((check) => `${id}${check.slice(original.id.length)}`) })));
    }
  }
  files.writeSources(records);
  files.writeAcknowledgements(copiedAcknowledgements);
}
