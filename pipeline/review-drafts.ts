import { anchorAnnotations, loadAnnotations, type DraftMark } from './02-extract/index.js';
import { ingest } from './build.js';
import { PipelineError } from './errors.js';
import { foldText, scanNumerals } from './02-extract/index.js';
import type { ProjectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';
import type { Draft } from './types/annotation.js';

/** One proposal awaiting review, as `mfr review` shows it. */
export interface DraftEntry {
  /** Where its draft mark is written: the annotation file and line. */
  file: string;
  line: number;
  kind: 'observation' | 'event' | 'ignore';
  quote: string;
  /** The numeral proposed for, as printed, and its line in the raw text. */
  numeral: string;
  rawLine: number;
  /** The proposal in words ("exports MEX → CHN, period 2021"). */
  proposal: string;
  confidence: Draft['confidence'];
  why: string;
  alternatives: string[];
}

/** Every draft mark of a source's annotations, in file order, with its quote and what it proposes. */
export function listDrafts(paths: ProjectPaths, sourceId: string): DraftEntry[] {
  const schemas = new SchemaRegistry(paths.schemas);
  const sources = ingest(paths, schemas);
  const source = sources.find((candidate) => candidate.metadata.id === sourceId);
  if (!source) throw new PipelineError('USAGE_INVALID', `no source ${JSON.stringify(sourceId)} in raw/sources.json; one of: ${sources.map((candidate) => candidate.metadata.id).join(', ')}`);
  const file = loadAnnotations(paths.annotations, schemas, new Set(sources.map((candidate) => candidate.metadata.id))).find((candidate) => candidate.source_id === sourceId);
  if (!file) return [];
  const folded = foldText(source.lines);
  const numerals = scanNumerals(source.lines);
  const anchored = anchorAnnotations(file, source, folded, numerals);
  return file.drafts.map((mark: DraftMark) => {
    const [, , index, field, itemIndex] = mark.pointer.split('/');
    const annotation = file.annotations[Number(index)]!;
    const inQuote = anchored.quotes[Number(index)]!.numerals;
    const item = annotation[field as 'observations' | 'events' | 'ignore']![Number(itemIndex)]!;
    const at = (ref: number | undefined) => (ref === undefined ? undefined : inQuote[ref - 1]);
    let kind: DraftEntry['kind'];
    let proposal: string;
    let numeral;
    if (field === 'observations') {
      const observation = { ...annotation.defaults, ...(item as NonNullable<typeof annotation.observations>[number]) };
      kind = 'observation';
      numeral = at(observation.numeral ?? observation.range?.[0]);
      const period = observation.period === undefined ? [] : typeof observation.period === 'object' && !Array.isArray(observation.period) ? [observation.period.words] : (Array.isArray(observation.period) ? observation.period : [observation.period]).map((ref) => at(ref)?.text ?? '?');
      proposal = `${observation.words ? `"${observation.words}" ` : ''}${observation.indicator ?? '?'} ${observation.entity ?? '?'}${observation.partner ? ` → ${observation.partner}` : ''}${period.length ? `, period ${period.join('–')}` : ', no period'}${observation.note ? `; note: ${observation.note}` : ''}`;
    } else if (field === 'events') {
      const event = item as NonNullable<typeof annotation.events>[number];
      kind = 'event';
      numeral = at(typeof event.date === 'number' ? event.date : event.date.year);
      proposal = `${event.type} of ${event.entities.join(', ')}${event.key ? ` (key ${event.key})` : ''}: ${event.description}`;
    } else {
      const ignore = item as NonNullable<typeof annotation.ignore>[number];
      kind = 'ignore';
      numeral = at(ignore.numeral);
      proposal = `ignored: ${ignore.reason}`;
    }
    const draft = item.draft!;
    return { file: mark.file, line: mark.line, kind, quote: annotation.quote, numeral: numeral?.text ?? '', rawLine: numeral?.line ?? 0, proposal, confidence: draft.confidence, why: draft.why, alternatives: draft.alternatives ?? [] };
  });
}

/** The drafts as text: one block per proposal, the least sure first within each quote's order kept. */
export function formatDrafts(sourceId: string, entries: readonly DraftEntry[]): string {
  if (entries.length === 0) return `${sourceId}: no drafts left to review`;
  const counts = (['high', 'medium', 'low'] as const).map((level) => `${entries.filter((entry) => entry.confidence === level).length} ${level}`).join(', ');
  const blocks = entries.map((entry) => [
    `${entry.file}:${entry.line}  ${entry.kind}, ${entry.confidence} confidence`,
    `  quote     ${entry.quote}`,
    `  numeral   "${entry.numeral}" (raw line ${entry.rawLine})`,
    `  proposal  ${entry.proposal}`,
    `  why       ${entry.why}`,
    ...(entry.alternatives.length ? [`  or        ${entry.alternatives.join(', ')}`] : []),
  ].join('\n'));
  return [`${sourceId}: ${entries.length} draft(s) to review (${counts}); correct each in its file and delete its "draft" mark`, ...blocks].join('\n\n');
}
