import { indexLines, type SourceText } from '../../pipeline/01-ingest/index.js';
import { anchorAnnotations, foldText, scanNumerals } from '../../pipeline/02-extract/index.js';
import { EntityResolver, loadMetadata, normalizeEvent, normalizeProse } from '../../pipeline/03-normalize/index.js';
import { classifyNumerals } from '../../pipeline/05-validate/index.js';
import { draftAnnotations, type CorpusEvent } from '../../pipeline/draft-annotations.js';
import { nameIndicators } from '../../pipeline/draft/match-indicator.js';
import { projectPaths } from '../../pipeline/paths.js';
import { SchemaRegistry } from '../../pipeline/schemas.js';
import { syntheticMetadata } from './synthetic-source.js';

const paths = projectPaths();
/** The project's indicators and entities, which the drafter reads a made-up text with. */
export const metadata = loadMetadata(paths.metadata, new SchemaRegistry(paths.schemas));
/** The indicators named as the drafter matches them: read once, as stemming every label and description costs more than drafting a short text. */
const namedIndicators = nameIndicators(metadata.indicators, metadata.indicatorAliases);

/** Drafts a made-up text as add-source would, and reads the draft as the build does. */
export function draft(text: string, options: { published?: string; corpusEvents?: CorpusEvent[] } = {}) {
  const bytes = new TextEncoder().encode(text);
  const source: SourceText = { metadata: syntheticMetadata(options.published ? { published: { date: options.published, precision: options.published.length === 4 ? 'year' : 'month' } } : {}), bytes, lines: indexLines(bytes) };
  const folded = foldText(source.lines);
  const numerals = scanNumerals(source.lines);
  const context = { sources: new Map([[source.metadata.id, source.metadata]]), indicators: new Map(metadata.indicators.map((indicator) => [indicator.id, indicator])), entities: new EntityResolver(metadata.entities) };
  const toDraft = classifyNumerals({ source, folded, numerals, tables: [], prose: [], events: [], ignores: [] }).unclassified;
  const annotations = draftAnnotations({
    source, folded, numerals, toDraft, entities: new EntityResolver(metadata.entities), indicators: namedIndicators,
    indicatorUsage: new Map(), corpusEvents: options.corpusEvents ?? [], draftWords: true, entityKinds: new Map(metadata.entities.entities.map((record) => [record.id, record.kind])), normalizeContext: context,
  });
  const anchored = anchorAnnotations({ source_id: source.metadata.id, annotations }, source, folded, numerals);
  const observations = anchored.cells.map((cell) => normalizeProse(cell, context).observation);
  const events = anchored.events.map((cell) => normalizeEvent(cell, context));
  const coverage = classifyNumerals({ source, folded, numerals, tables: [], prose: anchored.cells.map((cell, index) => ({ cell, obsId: observations[index]!.obs_id })), events: events.map((event, index) => ({ event, annotationId: anchored.events[index]!.annotationId })), ignores: anchored.ignores });
  return { annotations, observations, events, coverage };
}
