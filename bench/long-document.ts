/**
 * One source joined with itself k times, with its annotations repeated for
 * every copy (each pointed at its own copy by "occurrence"), to expose any
 * stage whose time grows faster than the length of one document.
 *
 * `node lib/bench/long-document.js [source_id] [k…]` times the text-heavy
 * functions of the extract and validate stages on 1×…8× and prints
 * t(k×)/t(1×) for each; nothing is asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Event } from '../src/types/event.js';
import { indexLines, type SourceText } from '../pipeline/01-ingest/index.js';
import { anchorAnnotations, findAll, foldText, scanNumerals } from '../pipeline/02-extract/index.js';
import { classifyNumerals } from '../pipeline/05-validate/index.js';
import { projectPaths } from '../pipeline/paths.js';
import type { Annotation, SourceAnnotations } from '../pipeline/types/annotation.js';

/** A source's text and annotations joined k times: copy c of an annotation asks for its occurrence in copy c. */
export function joinedSource(source: SourceText, annotations: SourceAnnotations, copies: number): { source: SourceText; annotations: SourceAnnotations } {
  const text = Buffer.from(source.bytes).toString('utf8');
  const copy = text.endsWith('\n') ? text : `${text}\n`;
  const bytes = Buffer.from(copy.repeat(copies), 'utf8');
  const folded = foldText(source.lines);
  const printed = new Map<string, number>();
  for (const annotation of annotations.annotations) printed.set(annotation.quote, printed.get(annotation.quote) ?? findAll(folded, annotation.quote).length);
  const repeated: Annotation[] = [];
  for (let index = 0; index < copies; index += 1) {
    for (const annotation of annotations.annotations) repeated.push({ ...annotation, occurrence: (annotation.occurrence ?? 1) + index * printed.get(annotation.quote)! });
  }
  return { source: { metadata: { ...source.metadata, bytes: bytes.length }, bytes, lines: indexLines(bytes) }, annotations: { ...annotations, annotations: repeated } };
}

/** The fastest of some runs after a warm-up: on a machine shared with other work, the least disturbed one. */
function fastest(run: () => unknown, runs: number): number {
  run();
  let best = Infinity;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Times in ms (fastest of `runs`) of each text-heavy function on the source joined k times. */
export function timeStages(source: SourceText, annotations: SourceAnnotations, copies: number, runs = 9): Record<string, number> {
  const joined = joinedSource(source, annotations, copies);
  const lines = joined.source.lines;
  const folded = foldText(lines);
  const numerals = scanNumerals(lines);
  const anchored = anchorAnnotations(joined.annotations, joined.source, folded, numerals);
  const claims = {
    source: joined.source,
    folded,
    numerals,
    tables: [],
    prose: anchored.cells.map((cell, index) => ({ cell, obsId: `prose-${index}` })),
    events: anchored.events.map((cell, index) => ({ event: { event_id: `event-${index}`, source_id: cell.sourceId, byte_start: cell.date.byteStart, byte_end: cell.date.byteEnd } as Event, annotationId: cell.annotationId })),
    ignores: anchored.ignores,
  };
  return {
    foldText: fastest(() => foldText(lines), runs),
    scanNumerals: fastest(() => scanNumerals(lines), runs),
    anchorAnnotations: fastest(() => anchorAnnotations(joined.annotations, joined.source, folded, numerals), runs),
    classifyNumerals: fastest(() => classifyNumerals(claims), runs),
  };
}

function loadSource(root: string, id: string): { source: SourceText; annotations: SourceAnnotations } {
  const paths = projectPaths(root);
  const metadata = (JSON.parse(readFileSync(join(paths.raw, 'sources.json'), 'utf8')) as SourceText['metadata'][]).find((record) => record.id === id);
  if (!metadata) throw new Error(`no source ${id} in raw/sources.json`);
  const bytes = readFileSync(join(root, metadata.path));
  const annotations = JSON.parse(readFileSync(join(paths.annotations, `${id}.json`), 'utf8')) as SourceAnnotations;
  return { source: { metadata, bytes, lines: indexLines(bytes) }, annotations };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [id = 'korea-commission-2005', ...sizes] = process.argv.slice(2);
  const copies = sizes.length ? sizes.map(Number) : [1, 2, 4, 8];
  const { source, annotations } = loadSource(projectPaths().root, id);
  const times = copies.map((k) => ({ k, times: timeStages(source, annotations, k) }));
  const base = times[0]!.times;
  for (const { k, times: row } of times) {
    console.log(`${String(k).padStart(2)}×  ${Object.entries(row).map(([name, ms]) => `${name} ${ms.toFixed(2)} ms (${(ms / base[name]!).toFixed(1)}×)`).join('   ')}`);
  }
}
