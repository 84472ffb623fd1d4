import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../src/types/check.js';
import type { Coverage } from '../src/types/coverage.js';
import type { Observation } from '../src/types/observation.js';
import type { Reconciled } from '../src/types/reconciled.js';
import type { ReconciledEvent } from '../src/types/reconciled-event.js';
import type { Source } from '../src/types/source.js';
import { readSources, type SourceText } from './01-ingest/index.js';
import { anchorAnnotations, extractTables, foldText, loadAnnotations, loadRecipes, scanNumerals, type AnchoredAnnotations, type DraftMark, type ExtractedTable, type FoldedText, type Numeral } from './02-extract/index.js';
import { EntityResolver, loadMetadata, normalizeEvent, normalizeProse, normalizeTable, type NormalizedProse, type NormalizedTable } from './03-normalize/index.js';
import { listConcepts, loadReconcileConfig, reconcileEvents, reconcileObservations, type KeyedEvent, type LikelyDuplicate, listUndatedKeys, type UndatedKey } from './04-reconcile/index.js';
import { acknowledgeChecks, assertNoFormulaCells, assertPeriodsRead, classifyNumerals, loadAcknowledgements, placeRows, readTextInputs, runChecks, validateForeignKeys, validateProvenance, validateRows, type Classification } from './05-validate/index.js';
import { assertReleaseValid, buildDescriptor, loadPackageMetadata, publishRelease, toCsv, validateBeforePublishing, type PublishStep } from './06-package/index.js';
import { PipelineError } from './errors.js';
import { compareCodePoints } from './order.js';
import { projectPaths, type ProjectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';
import { STAGES, type Stage } from './stages.js';
import { withBuildLock } from './with-build-lock.js';

export { STAGES, type Stage };

export interface BuildSummary {
  sources: number;
  tables: number;
  cells: number;
  /** Annotations still marked as drafts (published only with allowDrafts). */
  drafts: number;
  emptyCells: number;
  observations: { table: number; prose: number };
  events: number;
  checks: Record<Check['status'], number>;
  flagged: Check[];
  /** Keys per status, for observations and for events. */
  reconciled: { observations: Record<Reconciled['status'], number>; events: Record<ReconciledEvent['status'], number> };
  /** The conflicts whose candidates lie furthest apart. */
  largestSpreads: Reconciled[];
  /** Pairs of event reports that look like one event (same type, entities, compatible dates) but sit under different keys, one of them not keyed by an annotation. */
  likelyDuplicateEvents: LikelyDuplicate[];
  /** Keys whose figures give no period, beside dated keys of the same quantity. */
  undatedKeys: UndatedKey[];
  /** Numerals per source and class ("ignored:citation"…). */
  coverage: Record<string, Record<string, number>>;
}

export interface BuildOptions {
  paths?: ProjectPaths;
  /** Stop after this stage. */
  until?: Stage;
  /**
   * Write each stage's result under build/<nn>-<stage>/ for inspection (`--keep-intermediates`).
   * Off by default: serialising them is a twelfth of the build's time and hundreds of MB at scale.
   * The findings an error points at (build/05-validate/findings.json, build/06-package/findings.json)
   * are written whenever there are any.
   */
  keepIntermediates?: boolean;
  /**
   * Build even though annotations still carry draft marks (`--allow-drafts`): for a first look at a new
   * document. Without it a draft stops the build (DRAFT_UNREVIEWED), so nothing unreviewed is published by accident.
   */
  allowDrafts?: boolean;
  /** Called when a stage starts, for progress output. */
  onStage?: (stage: Stage) => void;
  /** Called before each step of publishing (tests stop the build there, as a kill would). */
  onPublishStep?: (step: PublishStep) => void;
}

/** One source's prose as the extract stage reads it: folded text, every numeral, the anchored annotations. */
export interface SourceProse {
  source: SourceText;
  folded: FoldedText;
  numerals: Numeral[];
  anchored: AnchoredAnnotations;
  /** The draft marks of its annotation file. */
  drafts: DraftMark[];
}

export interface Extracted {
  tables: ExtractedTable[];
  prose: SourceProse[];
}

export interface Normalized {
  entities: EntityResolver;
  indicators: ReturnType<typeof loadMetadata>['indicators'];
  tables: NormalizedTable[];
  prose: NormalizedProse[];
  /** `anchor`: the year numeral a date printed without its year counts from ("1985" for "Twelve years later"). */
  events: (KeyedEvent & { annotationId: string; anchor?: { byteStart: number; byteEnd: number } })[];
  observations: Observation[];
}

export function ingest(paths: ProjectPaths, schemas: SchemaRegistry): SourceText[] {
  return readSources(paths.raw, schemas);
}

/** Reads the tables and prose of every source, or of the one named by `only` (its recipes alone). */
export function extract(paths: ProjectPaths, schemas: SchemaRegistry, sources: readonly SourceText[], only?: string): Extracted {
  const sourceIds = new Set(sources.map((source) => source.metadata.id));
  const recipes = loadRecipes(paths.recipes, schemas, sourceIds).filter((set) => only === undefined || set.source_id === only);
  const tables = extractTables(sources, recipes);
  const annotations = new Map(loadAnnotations(paths.annotations, schemas, sourceIds).map((file) => [file.source_id, file]));
  const prose = sources.map((source) => {
    const folded = foldText(source.lines);
    const numerals = scanNumerals(source.lines);
    const file = annotations.get(source.metadata.id) ?? { source_id: source.metadata.id, annotations: [], drafts: [] };
    return { source, folded, numerals, anchored: anchorAnnotations(file, source, folded, numerals), drafts: file.drafts };
  });
  return { tables, prose };
}

export function normalize(paths: ProjectPaths, schemas: SchemaRegistry, sources: readonly SourceText[], extracted: Extracted): Normalized {
  const metadata = loadMetadata(paths.metadata, schemas);
  const entities = new EntityResolver(metadata.entities);
  const context = {
    sources: new Map(sources.map((source) => [source.metadata.id, source.metadata])),
    indicators: new Map(metadata.indicators.map((indicator) => [indicator.id, indicator])),
    entities,
  };
  const tables = extracted.tables.map((table) => normalizeTable(table, context));
  const prose = extracted.prose.flatMap((source) => source.anchored.cells.map((cell) => normalizeProse(cell, context)));
  const events = extracted.prose.flatMap((source) => source.anchored.events.map((cell) => ({ event: normalizeEvent(cell, context), annotationId: cell.annotationId, ...(cell.spec.key ? { key: cell.spec.key } : {}), ...(cell.relative?.anchor ? { anchor: cell.relative.anchor } : {}) })));
  const observations = [
    ...tables.flatMap((table) => table.cells.flatMap((cell) => (cell.observation ? [cell.observation] : []))),
    ...prose.map((item) => item.observation),
  ].sort((a, b) => compareCodePoints(a.obs_id, b.obs_id));
  return { entities, indicators: metadata.indicators, tables, prose, events, observations };
}

/** Accounts for every numeral of every source (see classifyNumerals). */
export function classify(extracted: Extracted, normalized: Normalized): Classification[] {
  return extracted.prose.map((source) => {
    const sourceId = source.source.metadata.id;
    return classifyNumerals({
      ...source,
      tables: normalized.tables.filter((table) => table.table.sourceId === sourceId),
      prose: normalized.prose.filter((item) => item.cell.sourceId === sourceId).map((item) => ({ cell: item.cell, obsId: item.observation.obs_id })),
      events: normalized.events.filter((item) => item.event.source_id === sourceId),
      ignores: source.anchored.ignores,
    });
  });
}

/**
 * Runs the staged build: ingest → extract → normalize → reconcile → validate → package.
 * build/ is emptied first; it then holds what this build wrote: each stage's result
 * when asked to keep intermediates, and the findings an error names. dist/ and datapackage.json are replaced only once everything has passed,
 * including every check of `mfr validate`. One build at a time holds the
 * root's lock, and first finishes or drops a publish that was interrupted.
 */
export function build(options: BuildOptions = {}): BuildSummary {
  const paths = options.paths ?? projectPaths();
  return withBuildLock(paths.root, () => runStages(paths, options));
}

function runStages(paths: ProjectPaths, options: BuildOptions): BuildSummary {
  const last = STAGES.indexOf(options.until ?? 'package');
  const reached = (stage: Stage) => {
    if (STAGES.indexOf(stage) > last) return false;
    options.onStage?.(stage);
    return true;
  };
  const schemas = new SchemaRegistry(paths.schemas);
  // Files of an earlier build would pass for this one's: a findings file of a build that has none, intermediates not kept this time.
  rmSync(paths.build, { recursive: true, force: true });
  const writeIntermediate = (stage: Stage, name: string, data: () => unknown) => {
    if (options.keepIntermediates) writeBuildFile(paths, stage, name, data());
  };
  const writeFindings = (stage: Stage, findings: readonly unknown[]) => {
    if (options.keepIntermediates || findings.length) writeBuildFile(paths, stage, 'findings.json', findings);
  };
  const summary: BuildSummary = {
    sources: 0, tables: 0, cells: 0, drafts: 0, emptyCells: 0, observations: { table: 0, prose: 0 }, events: 0, checks: { pass: 0, warn: 0, fail: 0 }, flagged: [], coverage: {},
    reconciled: { observations: { single: 0, agree: 0, conflict: 0 }, events: { single: 0, agree: 0, conflict: 0 } }, largestSpreads: [], likelyDuplicateEvents: [], undatedKeys: [],
  };

  const release = runStagesBeforePackage(paths, schemas, summary, reached, writeIntermediate, writeFindings, options);
  if (release && reached('package')) packageRelease(paths, schemas, release, writeFindings, options);
  return summary;
}

/** What the package stage publishes: the sources and every table's rows, checked. */
interface CheckedTables {
  sources: SourceText[];
  /** Emptied by the package stage once it has written them. */
  resources: Map<string, readonly object[]>;
}

type StageFile = (stage: Stage, name: string, data: () => unknown) => void;
type FindingsFile = (stage: Stage, findings: readonly unknown[]) => void;

/**
 * The stages up to validate, filling the summary; null when the build stops
 * before the package stage. A function of its own so that what these stages
 * hold (folded texts, extracted and normalized tables…) can be freed while the
 * release is written and validated.
 */
function runStagesBeforePackage(paths: ProjectPaths, schemas: SchemaRegistry, summary: BuildSummary, reached: (stage: Stage) => boolean, writeIntermediate: StageFile, writeFindings: FindingsFile, options: BuildOptions): CheckedTables | null {
  reached('ingest');
  const sources = ingest(paths, schemas);
  summary.sources = sources.length;
  writeIntermediate('ingest', 'sources.json', () => sources.map((source) => ({ id: source.metadata.id, path: source.metadata.path, sha256: source.metadata.sha256, bytes: source.bytes.length, lines: source.lines.length })));
  if (!reached('extract')) return null;

  const extracted = extract(paths, schemas, sources);
  summary.tables = extracted.tables.length;
  summary.cells = extracted.tables.reduce((total, table) => total + table.cells.length, 0);
  const drafts = extracted.prose.flatMap((prose) => prose.drafts);
  summary.drafts = drafts.length;
  if (!options.allowDrafts) assertReviewed(drafts);
  writeIntermediate('extract', 'tables.json', () => extracted.tables.map(({ recipe: _recipe, ...table }) => ({ ...table, cells: table.cells.map(({ row, column, group, ...cell }) => ({ ...cell, row: row.printed, column: column.printed, group: group?.printed ?? null, periods: [...row.periods, ...column.periods] })) })));
  writeIntermediate('extract', 'prose.json', () => extracted.prose.map(({ source, anchored }) => ({ source_id: source.metadata.id, cells: anchored.cells, events: anchored.events, ignores: anchored.ignores })));
  if (!reached('normalize')) return null;

  const normalized = normalize(paths, schemas, sources, extracted);
  summary.emptyCells = normalized.tables.reduce((total, table) => total + table.cells.filter((cell) => !cell.observation).length, 0);
  summary.observations = { table: normalized.observations.filter((row) => row.table !== null).length, prose: normalized.prose.length };
  summary.events = normalized.events.length;
  writeIntermediate('normalize', 'observations.json', () => [
    ...normalized.tables.flatMap((table) => table.cells.map((cell) => ({ obs_id: cell.obsId, transforms: cell.transforms, observation: cell.observation }))),
    ...normalized.prose.map((item) => ({ obs_id: item.observation.obs_id, transforms: item.transforms, observation: item.observation })),
  ]);
  writeIntermediate('normalize', 'events.json', () => normalized.events);
  if (!reached('reconcile')) return null;

  const config = loadReconcileConfig(paths.reconcile, schemas);
  const sourceMetadata = new Map(sources.map((source) => [source.metadata.id, source.metadata]));
  const reconciled = reconcileObservations(normalized.observations, sourceMetadata, config);
  const reconciledEvents = reconcileEvents(normalized.events, sourceMetadata, config);
  for (const row of reconciled.reconciled) summary.reconciled.observations[row.status] += 1;
  for (const row of reconciledEvents.reconciled) summary.reconciled.events[row.status] += 1;
  summary.likelyDuplicateEvents = reconciledEvents.likelyDuplicates;
  summary.undatedKeys = listUndatedKeys(reconciled.reconciled, reconciled.candidates, new Map(normalized.prose.flatMap((item) => (item.cell.spec.period_unstated === undefined ? [] : [[item.observation.obs_id, item.cell.spec.period_unstated] as const]))));
  summary.largestSpreads = reconciled.reconciled.filter((row) => row.status === 'conflict').sort((a, b) => b.spread_pct - a.spread_pct || compareCodePoints(a.key_id, b.key_id)).slice(0, 5);
  writeIntermediate('reconcile', 'reconciled.json', () => ({ observations: reconciled, events: reconciledEvents }));
  if (!reached('validate')) return null;

  const results = normalized.tables.flatMap((table) => runChecks(table, normalized.tables)).sort((a, b) => compareCodePoints(a.check_id, b.check_id));
  const checks = acknowledgeChecks(results, loadAcknowledgements(paths.acknowledgements, schemas), { sources, observations: normalized.observations });
  for (const check of checks) summary.checks[check.status] += 1;
  summary.flagged = checks.filter((check) => check.status !== 'pass');
  const sourcePaths = new Map(sources.map((source) => [source.metadata.id, source.metadata.path]));
  assertPeriodsRead(normalized.prose, (id) => sourcePaths.get(id)!);
  const classifications = classify(extracted, normalized);
  const coverage = classifications.flatMap((classification) => classification.rows).sort((a, b) => compareCodePoints(a.numeral_id, b.numeral_id));
  summary.coverage = countCoverage(coverage);
  writeIntermediate('validate', 'coverage.json', () => classifications);
  assertCovered(classifications, sources);
  const events = normalized.events.map((item) => item.event).sort((a, b) => compareCodePoints(a.event_id, b.event_id));
  const indicators = [...normalized.indicators].filter((indicator) => normalized.observations.some((observation) => observation.indicator === indicator.id)).sort((a, b) => compareCodePoints(a.id, b.id));
  const resources = new Map<string, readonly object[]>([
    ['sources', sourceRows(sources)],
    ['entities', normalized.entities.table()],
    ['indicators', indicators],
    ['observations', normalized.observations],
    ['events', events],
    ['checks', checks],
    ['coverage', coverage],
    ['reconciled', reconciled.reconciled],
    ['candidates', reconciled.candidates],
    ['reconciled_events', reconciledEvents.reconciled],
    ['event_candidates', reconciledEvents.candidates],
    ['concepts', listConcepts(config, indicators)],
  ]);
  assertNoFormulaCells(schemas, resources, () => readTextInputs(paths));
  const place = placeRows(sources);
  const foldedTexts = new Map(extracted.prose.map((prose) => [prose.source.metadata.id, prose.folded]));
  const findings = [
    ...schemas.tableSchemas().flatMap((schema) => validateRows(schemas, schema.$id, resources.get(schema['x-resource']!.name) ?? [], place).errors),
    ...validateForeignKeys(schemas, resources, place).errors,
    ...validateProvenance('observations', normalized.observations, sources, place, foldedTexts).errors,
    ...validateProvenance('events', events, sources, place, foldedTexts).errors,
  ];
  writeIntermediate('validate', 'checks.json', () => checks);
  writeFindings('validate', findings);
  const first = findings[0];
  if (first) {
    throw new PipelineError('ROW_INVALID', `${findings.length} finding(s) on built rows: a broken schema, foreign key or byte span (all in build/05-validate/findings.json); first: ${first.resource} ${first.id}: ${first.message}`, {
      file: first.file, line: first.line, expected: 'rows valid against their Table Schema, foreign keys that resolve, byte spans that hold the raw text on the line they name, as whole words',
    });
  }
  return { sources, resources };
}

/** Writes the tables as CSV, describes them, and publishes them once `mfr validate` would accept the release. */
function packageRelease(paths: ProjectPaths, schemas: SchemaRegistry, { sources, resources }: CheckedTables, writeFindings: FindingsFile, options: BuildOptions): void {

  const { metadata: packageMetadata, version } = loadPackageMetadata(paths.root, schemas);
  const tableFiles = schemas.tableSchemas().map((schema) => {
    const name = schema['x-resource']!.name;
    return { schema, path: `dist/${name}.csv`, content: toCsv(schema, resources.get(name) ?? []) };
  });
  const sourceRows = resources.get('sources') as Source[];
  // Written as CSV, the rows are no longer needed: not held while the release is validated (hundreds of MB at scale).
  resources.clear();
  const texts = sources.map((source) => ({ name: `raw-${source.metadata.id}`, title: `Raw text of ${source.metadata.id}`, path: source.metadata.path, bytes: source.bytes }));
  const descriptor = buildDescriptor(packageMetadata, version, sourceRows, tableFiles, texts);
  const report = validateBeforePublishing(paths.root, descriptor, new Map<string, Uint8Array>([...tableFiles.map((file): [string, Uint8Array] => [file.path, file.content]), ...texts.map((text): [string, Uint8Array] => [text.path, text.bytes])]));
  writeFindings('package', report.errors);
  assertReleaseValid(report, descriptor, 'build/06-package/findings.json');
  publishRelease(paths.root, { distFiles: new Map(tableFiles.map((file) => [file.path.replace(/^dist\//, ''), file.content])), descriptor: `${JSON.stringify(descriptor, null, 2)}\n` }, options.onPublishStep);
}

/** Stops the build at the first draft mark: a proposal no person has reviewed is never published by accident. */
function assertReviewed(drafts: readonly DraftMark[]): void {
  const first = drafts[0];
  if (!first) return;
  const files = [...new Set(drafts.map((draft) => draft.file))];
  throw new PipelineError('DRAFT_UNREVIEWED', `${drafts.length} drafted proposal(s) are not reviewed yet (in ${files.join(', ')}); first ${first.pointer} (${first.confidence} confidence). Review each (mfr review <source_id> lists them), correct it and delete its "draft" mark, or build with --allow-drafts for a first look`, {
    file: first.file, line: first.line, expected: 'annotations without "draft" marks', seen: 'draft',
  });
}

/** Stops the build when a numeral is unaccounted for or claimed twice, naming each with its file and line. */
function assertCovered(classifications: readonly Classification[], sources: readonly SourceText[]): void {
  const paths = new Map(sources.map((source) => [source.metadata.id, source.metadata.path]));
  const conflicts = classifications.flatMap((classification, index) => classification.conflicts.map((conflict) => ({ ...conflict, path: paths.get(sources[index]!.metadata.id)! })));
  const firstConflict = conflicts[0];
  if (firstConflict) {
    throw new PipelineError('NUMERAL_CONFLICT', `${conflicts.length} numeral(s) are claimed as different things; first "${firstConflict.numeral.text}" by ${firstConflict.claims.map((claim) => `${claim.classified_by} (${claim.class}${claim.reason ? `: ${claim.reason}` : ''})`).join(' and ')}`, {
      file: firstConflict.path, line: firstConflict.numeral.line, column: firstConflict.numeral.column, expected: 'one meaning per numeral', seen: firstConflict.numeral.text,
    });
  }
  const unclassified = classifications.flatMap((classification, index) => classification.unclassified.map((numeral) => ({ numeral, path: paths.get(sources[index]!.metadata.id)! })));
  const first = unclassified[0];
  if (first) {
    const listed = unclassified.slice(0, 20).map(({ numeral, path }) => `${path}:${numeral.line}:${numeral.column} "${numeral.text}"`).join('; ');
    throw new PipelineError('NUMERAL_UNCLASSIFIED', `${unclassified.length} numeral(s) are neither data nor ignored for a reason: ${listed}${unclassified.length > 20 ? '; …' : ''} (npm run annotate -- <source_id> drafts annotations for them)`, {
      file: first.path, line: first.numeral.line, column: first.numeral.column, expected: 'a table cell, an annotation, or a rule (page number, footnote marker, citation…)', seen: first.numeral.text,
    });
  }
}

function countCoverage(rows: readonly Coverage[]): BuildSummary['coverage'] {
  const counts: BuildSummary['coverage'] = {};
  for (const row of rows) {
    const key = row.reason ? `ignored:${row.reason}` : row.class;
    counts[row.source_id] ??= {};
    counts[row.source_id]![key] = (counts[row.source_id]![key] ?? 0) + 1;
  }
  return counts;
}

function sourceRows(sources: readonly SourceText[]): Source[] {
  return sources.map(({ metadata }) => ({
    id: metadata.id,
    path: metadata.path,
    title: metadata.title,
    authors: metadata.authors.length ? [...metadata.authors] : null,
    publisher: metadata.publisher,
    container_title: metadata.container_title ?? null,
    identifier: metadata.identifier ?? null,
    published: metadata.published?.date ?? null,
    published_precision: metadata.published?.precision ?? null,
    kind: metadata.kind,
    language: metadata.language,
    number_format: metadata.number_format,
    sha256: metadata.sha256,
    bytes: metadata.bytes,
    url: metadata.url,
    rights: metadata.rights,
    notes: metadata.notes,
  }));
}

function writeBuildFile(paths: ProjectPaths, stage: Stage, name: string, data: unknown): void {
  const dir = join(paths.build, `${String(STAGES.indexOf(stage) + 1).padStart(2, '0')}-${stage}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), `${JSON.stringify(data, null, 1)}\n`);
}
