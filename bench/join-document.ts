import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexLines } from '../pipeline/01-ingest/index.js';
import { findAll, foldText } from '../pipeline/02-extract/index.js';
import { isCaptionLine } from '../pipeline/02-extract/locate.js';
import { checkSource, CorpusFiles } from './corpus-files.js';

interface Region {
  occurrence?: number;
  [field: string]: unknown;
}

interface Recipe {
  id: string;
  caption: string;
  regions: Region[];
  checks?: { parts?: { table?: string }[] }[];
  [field: string]: unknown;
}

interface Quoted {
  quote: string;
  occurrence?: number;
}

/** A period printed outside its annotation's quote names a quote of its own (`in`), which the copies print too. */
interface Period {
  in?: Quoted;
  [field: string]: unknown;
}

interface Annotation extends Quoted {
  defaults?: { period?: Period | number | number[]; [field: string]: unknown };
  observations?: { period?: Period | number | number[]; [field: string]: unknown }[];
  [field: string]: unknown;
}

/**
 * Leaves a project root with one document: the raw text of `sourceId` printed
 * `times` times over, one copy after the other. Each copy keeps its tables,
 * annotations and acknowledged checks: a quote or caption printed n times in
 * the text is printed times × n times in the joined one, so copy c's
 * annotations and table regions name occurrence c × n + their own; copy c's
 * recipes get new ids; its check ids name byte offsets moved by c texts.
 * The other sources are removed, so the build's time is this document's.
 */
export function joinDocument(root: string, sourceId: string, times: number): void {
  const files = new CorpusFiles(root);
  const records = files.sources();
  const record = records.find((candidate) => candidate.id === sourceId);
  if (!record) throw new Error(`no source ${sourceId} in raw/sources.json`);
  for (const other of records.filter((candidate) => candidate !== record)) {
    rmSync(join(root, other.path));
    for (const kind of ['recipes', 'annotations'] as const) rmSync(join(files.paths[kind], `${other.id}.json`), { force: true });
  }
  const text = readFileSync(join(root, record.path));
  const separator = text.at(-1) === 0x0a ? '' : '\n';
  const period = text.length + Buffer.byteLength(separator);
  const joined = Buffer.from(Array.from({ length: times }, () => `${text.toString('utf8')}${separator}`).join(''));
  writeFileSync(join(root, record.path), joined);
  files.writeSources([files.describeText(record, joined)]);

  const lines = indexLines(new Uint8Array(text), record.path);
  const folded = foldText(lines);
  const copies = Array.from({ length: times }, (_, copy) => copy);

  const annotations = files.sourceFile('annotations', sourceId) as { annotations: Annotation[] } | undefined;
  if (annotations) {
    const printed = (quote: string) => findAll(folded, quote).length;
    files.writeSourceFile('annotations', sourceId, {
      ...annotations,
      annotations: copies.flatMap((copy) => annotations.annotations.map((annotation) => (times === 1 ? annotation : inCopy(annotation, copy, printed)))),
    });
  }

  const recipes = files.sourceFile('recipes', sourceId) as { tables: Recipe[] } | undefined;
  if (recipes) {
    const renamed = (id: string, copy: number) => (copy === 0 ? id : `${id}-copy-${copy}`);
    const captions = (caption: string) => lines.filter((line) => isCaptionLine(line, caption)).length;
    files.writeSourceFile('recipes', sourceId, {
      ...recipes,
      tables: copies.flatMap((copy) => recipes.tables.map((recipe) => ({
        ...recipe,
        id: renamed(recipe.id, copy),
        regions: recipe.regions.map((region) => ({ ...region, occurrence: copy * captions(recipe.caption) + (region.occurrence ?? 1) })),
        ...(recipe.checks ? { checks: recipe.checks.map((check) => ({ ...check, ...(check.parts ? { parts: check.parts.map((part) => (part.table ? { ...part, table: renamed(part.table, copy) } : part)) } : {}) })) } : {}),
      }))),
    });
  }

  const own = files.acknowledgements().filter((acknowledgement) => acknowledgement.checks.every((check) => checkSource(check) === sourceId));
  files.writeAcknowledgements(copies.flatMap((copy) => own.map((acknowledgement) => ({ ...acknowledgement, checks: acknowledgement.checks.map((check) => shiftCheck(check, copy * period)) }))));
}

/** Copy `copy`'s annotation: its quote, and the quotes its periods are printed in, at their occurrences in that copy. */
function inCopy(annotation: Annotation, copy: number, printed: (quote: string) => number): Annotation {
  const shift = <T extends Quoted>(quoted: T): T => ({ ...quoted, occurrence: copy * printed(quoted.quote) + (quoted.occurrence ?? 1) });
  const period = <T extends { period?: Period | number | number[] }>(meaning: T): T =>
    typeof meaning.period === 'object' && !Array.isArray(meaning.period) && meaning.period.in ? { ...meaning, period: { ...meaning.period, in: shift(meaning.period.in) } } : meaning;
  return {
    ...shift(annotation),
    ...(annotation.defaults ? { defaults: period(annotation.defaults) } : {}),
    ...(annotation.observations ? { observations: annotation.observations.map(period) } : {}),
  };
}

/** A check id "<source>@<byte offset>:<check>" for the same cell `bytes` further on (offsets keep their printed width). */
function shiftCheck(checkId: string, bytes: number): string {
  return checkId.replace(/@(\d+):/, (_, offset: string) => `@${String(Number(offset) + bytes).padStart(offset.length, '0')}:`);
}
