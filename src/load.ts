import type { Candidate, Check, Coverage, Entity, Event, EventCandidate, Indicator, Observation, Reconciled, ReconciledEvent, Source } from './types/index.js';
import { readDescriptor, tableResource, tableResources, type PackageDescriptor } from './descriptor.js';
import { rootOf, type PackageOptions } from './package-root.js';
import { readTable, type Row } from './read-table.js';

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

/** Reads one table resource of the package into typed rows. */
export async function loadResource<Name extends string>(name: Name, options: PackageOptions = {}): Promise<RowOf<Name>[]> {
  const root = rootOf(options);
  return (await readTable(root, tableResource(readDescriptor(root), name))) as RowOf<Name>[];
}

/** Reads every table resource of the package, in parallel. */
export async function load(options: PackageOptions = {}): Promise<Dataset> {
  const root = rootOf(options);
  const descriptor = readDescriptor(root);
  const resources = tableResources(descriptor);
  const rows = await Promise.all(resources.map((resource) => readTable(root, resource)));
  const tables = Object.fromEntries(resources.map((resource, index) => [resource.name, rows[index]!]));
  return { ...(tables as unknown as Dataset), descriptor, root, tables };
}

export const loadSources = (options?: PackageOptions) => loadResource('sources', options);
export const loadEntities = (options?: PackageOptions) => loadResource('entities', options);
export const loadIndicators = (options?: PackageOptions) => loadResource('indicators', options);
export const loadObservations = (options?: PackageOptions) => loadResource('observations', options);
export const loadChecks = (options?: PackageOptions) => loadResource('checks', options);
export const loadEvents = (options?: PackageOptions) => loadResource('events', options);
