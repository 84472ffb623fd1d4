import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../src/types/check.js';
import type { Source } from '../src/types/source.js';
import { readSources, type SourceText } from './01-ingest/index.js';
import { extractTables, loadRecipes } from './02-extract/index.js';
import { EntityResolver, loadMetadata, normalizeTable } from './03-normalize/index.js';
import { runChecks, validateForeignKeys, validateProvenance, validateRows } from './04-validate/index.js';
import { buildDescriptor, toCsv, writeAtomically, type PackageMetadata } from './05-package/index.js';
import { PipelineError } from './errors.js';
import { compareCodePoints } from './order.js';
import { projectPaths, type ProjectPaths } from './paths.js';
import { SchemaRegistry } from './schemas.js';

export const STAGES = ['ingest', 'extract', 'normalize', 'validate', 'package'] as const;
export type Stage = (typeof STAGES)[number];

export interface BuildSummary {
  sources: number;
  tables: number;
  cells: number;
  emptyCells: number;
  observations: number;
  checks: Record<Check['status'], number>;
  flagged: Check[];
}

export interface BuildOptions {
  paths?: ProjectPaths;
  /** Stop after this stage (its intermediate result is still written under build/). */
  until?: Stage;
  /** Called when a stage starts, for progress output. */
  onStage?: (stage: Stage) => void;
}

/**
 * Runs the staged build: ingest → extract → normalize → validate → package.
 * Each stage's result is written under build/<nn>-<stage>/ for inspection;
 * dist/ and datapackage.json are replaced only once everything has passed.
 */
export function build(options: BuildOptions = {}): BuildSummary {
  const paths = options.paths ?? projectPaths();
  const last = STAGES.indexOf(options.until ?? 'package');
  const reached = (stage: Stage) => {
    options.onStage?.(stage);
    return STAGES.indexOf(stage) <= last;
  };
  const schemas = new SchemaRegistry(paths.schemas);
  const summary: BuildSummary = { sources: 0, tables: 0, cells: 0, emptyCells: 0, observations: 0, checks: { pass: 0, warn: 0, fail: 0 }, flagged: [] };

  reached('ingest');
  const sources = readSources(paths.raw, schemas);
  summary.sources = sources.length;
  writeIntermediate(paths, 'ingest', 'sources.json', sources.map((source) => ({ id: source.metadata.id, path: source.metadata.path, sha256: source.metadata.sha256, bytes: source.bytes.length, lines: source.lines.length })));
  if (!reached('extract')) return summary;

  const tables = extractTables(sources, loadRecipes(paths.recipes, schemas));
  summary.tables = tables.length;
  summary.cells = tables.reduce((total, table) => total + table.cells.length, 0);
  writeIntermediate(paths, 'extract', 'tables.json', tables.map(({ recipe, ...table }) => ({ ...table, cells: table.cells.map(({ row, column, group, ...cell }) => ({ ...cell, row: row.printed, column: column.printed, group: group?.printed ?? null, periods: [...row.periods, ...column.periods] })) })));
  if (!reached('normalize')) return summary;

  const metadata = loadMetadata(paths.metadata, schemas);
  const entities = new EntityResolver(metadata.entities);
  const context = { sources: new Map(sources.map((source) => [source.metadata.id, source.metadata])), indicators: new Map(metadata.indicators.map((indicator) => [indicator.id, indicator])), entities };
  const normalized = tables.map((table) => normalizeTable(table, context));
  const cells = normalized.flatMap((table) => table.cells);
  summary.emptyCells = cells.filter((cell) => !cell.observation).length;
  const observations = cells.flatMap((cell) => (cell.observation ? [cell.observation] : [])).sort((a, b) => compareCodePoints(a.obs_id, b.obs_id));
  summary.observations = observations.length;
  writeIntermediate(paths, 'normalize', 'observations.json', cells.map((cell) => ({ obs_id: cell.obsId, transforms: cell.transforms, observation: cell.observation })));
  if (!reached('validate')) return summary;

  const checks = normalized.flatMap(runChecks).sort((a, b) => compareCodePoints(a.check_id, b.check_id));
  for (const check of checks) summary.checks[check.status] += 1;
  summary.flagged = checks.filter((check) => check.status !== 'pass');
  const resources = new Map<string, readonly object[]>([
    ['sources', sourceRows(sources)],
    ['entities', entities.table()],
    ['indicators', [...metadata.indicators].filter((indicator) => observations.some((observation) => observation.indicator === indicator.id)).sort((a, b) => compareCodePoints(a.id, b.id))],
    ['observations', observations],
    ['checks', checks],
  ]);
  const findings = [
    ...[...resources].flatMap(([name, rows]) => {
      const schema = schemas.tableSchemas().find((candidate) => candidate['x-resource']!.name === name)!;
      return validateRows(schemas, schema.$id, rows, schema['x-primaryKey']![0]!).errors;
    }),
    ...validateForeignKeys(schemas, resources).errors,
    ...validateProvenance(observations, sources).errors,
  ];
  writeIntermediate(paths, 'validate', 'checks.json', checks);
  writeIntermediate(paths, 'validate', 'findings.json', findings);
  if (findings.length) {
    throw new PipelineError('ROW_INVALID', `${findings.length} row(s) break their schema, a foreign key or their provenance (all in build/04-validate/findings.json); first: ${findings[0]}`, { file: 'build/04-validate/findings.json' });
  }
  if (!reached('package')) return summary;

  const packageMetadata = JSON.parse(readFileSync(join(paths.root, 'pipeline', '05-package', 'package-metadata.json'), 'utf8')) as PackageMetadata;
  const version = (JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as { version: string }).version;
  const tableFiles = schemas.tableSchemas().map((schema) => {
    const name = schema['x-resource']!.name;
    return { schema, path: `dist/${name}.csv`, content: toCsv(schema, resources.get(name) ?? []) };
  });
  const texts = sources.map((source) => ({ name: `raw-${source.metadata.id}`, title: `Raw text of ${source.metadata.id}`, path: source.metadata.path, bytes: source.bytes }));
  const descriptor = buildDescriptor(packageMetadata, version, resources.get('sources') as Source[], tableFiles, texts);
  writeAtomically(paths.root, new Map(tableFiles.map((file) => [file.path.replace(/^dist\//, ''), file.content])), `${JSON.stringify(descriptor, null, 2)}\n`);
  return summary;
}

function sourceRows(sources: readonly SourceText[]): Source[] {
  return sources.map(({ metadata }) => ({
    id: metadata.id,
    path: metadata.path,
    title: metadata.title,
    authors: metadata.authors.length ? metadata.authors.join(';') : null,
    publisher: metadata.publisher,
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

function writeIntermediate(paths: ProjectPaths, stage: Stage, name: string, data: unknown): void {
  const dir = join(paths.build, `${String(STAGES.indexOf(stage) + 1).padStart(2, '0')}-${stage}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), `${JSON.stringify(data, null, 1)}\n`);
}
