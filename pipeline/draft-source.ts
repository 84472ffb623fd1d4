import type { SourceText } from './01-ingest/index.js';
import { EntityResolver, loadMetadata } from './03-normalize/index.js';
import { classifyNumerals } from './05-validate/index.js';
import { classify, extract, ingest, normalize, type Extracted, type Normalized } from './build.js';
import { draftAnnotations, type CorpusEvent } from './draft-annotations.js';
import { nameIndicators } from './draft/match-indicator.js';
import { PipelineError } from './errors.js';
import type { ProjectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';
import type { SourceAnnotations } from './types/annotation.js';

/** What to draft: every numeral no recipe or rule classifies (a new text, or the benchmark's redraft), or only those nothing classifies yet. */
export type DraftScope = 'text' | 'unclassified';

export interface SourceDraft {
  source: SourceText;
  file: SourceAnnotations;
  /** The corpus as built with the annotations on disk (for comparing a redraft with the reviewed annotations). */
  extracted: Extracted;
  normalized: Normalized;
}

/** The corpus of a project as the build reads it up to normalizing: what a draft reads of the rest of the corpus. */
export interface ReadCorpus {
  schemas: SchemaRegistry;
  sources: SourceText[];
  extracted: Extracted;
  normalized: Normalized;
}

export function readCorpus(paths: ProjectPaths): ReadCorpus {
  const schemas = new SchemaRegistry(paths.schemas);
  const sources = ingest(paths, schemas);
  const extracted = extract(paths, schemas, sources);
  return { schemas, sources, extracted, normalized: normalize(paths, schemas, sources, extracted) };
}

/**
 * Drafts the annotations of one listed source. Suggestions come from the rest
 * of the corpus only: its events' keys, and how often its prose uses each
 * indicator; the source's own annotations are never read for `text`.
 * `corpus` is the project's as read now (readCorpus), given where several sources are drafted in turn; it is only read.
 */
export function draftSource(paths: ProjectPaths, sourceId: string, scope: DraftScope, corpus: ReadCorpus = readCorpus(paths)): SourceDraft {
  const { schemas, sources, extracted, normalized } = corpus;
  const source = sources.find((candidate) => candidate.metadata.id === sourceId);
  if (!source) throw new PipelineError('USAGE_INVALID', `no source ${JSON.stringify(sourceId)} in raw/sources.json; one of: ${sources.map((candidate) => candidate.metadata.id).join(', ')}`);
  const index = extracted.prose.findIndex((prose) => prose.source.metadata.id === sourceId);
  const prose = extracted.prose[index]!;
  let toDraft;
  if (scope === 'unclassified') {
    const classification = classify(extracted, normalized)[index]!;
    const conflict = classification.conflicts[0];
    if (conflict) throw new PipelineError('NUMERAL_CONFLICT', `numeral "${conflict.numeral.text}" is claimed by ${conflict.claims.map((claim) => claim.classified_by).join(' and ')}`, { file: source.metadata.path, line: conflict.numeral.line, column: conflict.numeral.column });
    toDraft = classification.unclassified;
  } else {
    toDraft = classifyNumerals({ source, folded: prose.folded, numerals: prose.numerals, tables: normalized.tables.filter((table) => table.table.sourceId === sourceId), prose: [], events: [], ignores: [] }).unclassified;
  }
  const metadata = loadMetadata(paths.metadata, schemas);
  const others = (id: string) => id !== sourceId;
  const indicatorUsage = new Map<string, number>();
  for (const item of normalized.prose) if (others(item.cell.sourceId)) indicatorUsage.set(item.observation.indicator, (indicatorUsage.get(item.observation.indicator) ?? 0) + 1);
  const corpusEvents: CorpusEvent[] = normalized.events.filter((item) => others(item.event.source_id)).map((item) => ({ key: item.key ?? null, type: item.event.type, entities: item.event.entities, date: item.event.date, sourceId: item.event.source_id }));
  const entities = new EntityResolver(metadata.entities);
  const annotations = draftAnnotations({
    source,
    folded: prose.folded,
    numerals: prose.numerals,
    toDraft,
    entities,
    indicators: nameIndicators(metadata.indicators, metadata.indicatorAliases),
    indicatorUsage,
    corpusEvents,
    draftWords: scope === 'text',
    entityKinds: new Map(metadata.entities.entities.map((record) => [record.id, record.kind])),
    normalizeContext: { sources: new Map(sources.map((candidate) => [candidate.metadata.id, candidate.metadata])), indicators: new Map(metadata.indicators.map((indicator) => [indicator.id, indicator])), entities: new EntityResolver(metadata.entities) },
  });
  return { source, file: { source_id: sourceId, annotations }, extracted, normalized };
}
