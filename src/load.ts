import type { Candidate, Check, Concept, Coverage, Entity, Event, EventCandidate, Indicator, Observation, Reconciled, ReconciledEvent, Source } from './types/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_FILE, isTableResource, parseDescriptor, readDescriptorText, tableResource, tableResources, type PackageDescriptor, type ResourceDescriptor, type TableResource } from './descriptor.js';
import { PackageError } from './errors.js';
import { rootOf, type PackageOptions } from './package-root.js';
import { parseTable, readResourceBytes, type Row } from './read-table.js';
import { releaseLayout, waitForWholeRelease } from './release/index.js';
import { fileMismatches } from './verify-file.js';

/**
 * The row type of each table resource the package publishes, from the types
 * generated out of schemas/ (never a second copy written by hand).
 */
export interface TableRows {
  sources: Source;
  entities: Entity;
  indicators: Indicator;
  observations: Observation;
  checks: Check;
  events: Event;
  coverage: Coverage;
  reconciled: Reconciled;
  candidates: Candidate;
  reconciled_events: ReconciledEvent;
  event_candidates: EventCandidate;
  concepts: Concept;
}

/** A resource's row type: the generated one for a known table, a generic Row for any other. */
export type RowOf<Name extends string> = Name extends keyof TableRows ? TableRows[Name] : Row;

/** The tables every release has since 0.1.0; the others appear when the descriptor lists them. */
export type CoreTable = 'sources' | 'entities' | 'indicators' | 'observations' | 'checks';

export type Dataset = { [Name in CoreTable]: TableRows[Name][] } & { [Name in Exclude<keyof TableRows, CoreTable>]?: TableRows[Name][] } & {
  /** The descriptor the rows were read by (datapackage.json). */
  descriptor: PackageDescriptor;
  /** The directory they were read from. */
  root: string;
  /** Every table resource by name, including ones this version of the loader has no type for. */
  tables: Readonly<Record<string, readonly Row[]>>;
};

export interface LoadOptions extends PackageOptions {
  /**
   * Check each file read against the size and sha256 the descriptor states
   * (load() checks every file of the descriptor, raw texts included) and
   * refuse a changed one with RESOURCE_HASH_MISMATCH.
   */
  verify?: boolean;
}

/** How often a read starts again when a publish swaps in a new release under it. */
const READ_ATTEMPTS = 5;

/** Reads one table resource of the package into rows of its generated type; a name this version does not know fails to compile. */
export async function loadResource<Name extends keyof TableRows>(name: Name, options: LoadOptions = {}): Promise<TableRows[Name][]> {
  return (await loadAnyResource(name, options)) as unknown as TableRows[Name][];
}

/**
 * Reads any table resource of the package, those this version has no row type
 * for included (a newer release's, another package's): its rows are generic,
 * field name → cell.
 */
export async function loadAnyResource(name: string, options: LoadOptions = {}): Promise<Row[]> {
  const root = rootOf(options);
  return readRelease(root, async (descriptor) => {
    const resource = tableResource(descriptor, name);
    return parseTable(await readFile(root, resource, options), resource);
  });
}

/** Reads every table resource of the package, in parallel. */
export async function load(options: LoadOptions = {}): Promise<Dataset> {
  return loadTables(() => true, options);
}

/**
 * Reads the table resources `wanted` picks out of one whole release, in
 * parallel (explain's cache reads only the tables it looks in). Not exported
 * from index.ts: a Dataset missing a core table would lie about its type.
 */
export async function loadTables(wanted: (resource: TableResource) => boolean, options: LoadOptions = {}): Promise<Dataset> {
  const root = rootOf(options);
  return readRelease(root, async (descriptor) => {
    const resources = tableResources(descriptor).filter(wanted);
    const others = options.verify ? descriptor.resources.filter((resource) => resource.path !== undefined && !isTableResource(resource)) : [];
    const [rows] = await Promise.all([
      Promise.all(resources.map(async (resource) => parseTable(await readFile(root, resource, options), resource))),
      Promise.all(others.map((resource) => readFile(root, resource, options))),
    ]);
    const tables = Object.fromEntries(resources.map((resource, index) => [resource.name, rows[index]!]));
    return { ...(tables as unknown as Dataset), descriptor, root, tables };
  });
}

async function readFile(root: string, resource: ResourceDescriptor, options: LoadOptions): Promise<string> {
  const bytes = await readResourceBytes(root, resource);
  if (options.verify) {
    const problems = resource.hash === undefined ? ['states no hash in the descriptor to verify it by'] : fileMismatches(resource, bytes);
    if (problems.length) throw new PackageError('RESOURCE_HASH_MISMATCH', `resource ${resource.name}: ${String(resource.path)} ${problems.join('; ')}`);
  }
  return bytes.toString('utf8');
}

/**
 * Reads from one whole release. An interrupted publish is finished first (see
 * src/release); a publish that swaps in a new release while we read shows as
 * a changed descriptor or a ready marker afterwards, and the read starts again.
 */
async function readRelease<T>(root: string, read: (descriptor: PackageDescriptor) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    await waitForWholeRelease(root);
    const text = readDescriptorText(root);
    try {
      const result = await read(parseDescriptor(text, join(root, DESCRIPTOR_FILE)));
      if (isSameRelease(root, text)) return result;
    } catch (error) {
      if (isSameRelease(root, text) || attempt === READ_ATTEMPTS) throw error;
    }
    if (attempt === READ_ATTEMPTS) throw new PackageError('RELEASE_BUSY', `the release at ${root} changed during each of ${READ_ATTEMPTS} reads`);
  }
}

function isSameRelease(root: string, descriptorText: string): boolean {
  if (existsSync(releaseLayout(root).ready)) return false;
  try {
    return readDescriptorText(root) === descriptorText;
  } catch {
    return false;
  }
}

export const loadSources = (options?: LoadOptions) => loadResource('sources', options);
export const loadEntities = (options?: LoadOptions) => loadResource('entities', options);
export const loadIndicators = (options?: LoadOptions) => loadResource('indicators', options);
export const loadObservations = (options?: LoadOptions) => loadResource('observations', options);
export const loadChecks = (options?: LoadOptions) => loadResource('checks', options);
export const loadEvents = (options?: LoadOptions) => loadResource('events', options);
