import { isTableResource, readDescriptor, tableResources, type PackageDescriptor, type ResourceDescriptor } from '../descriptor.js';
import { readTable } from '../read-table.js';
import { compareRows, DESCRIPTIVE_FIELDS, type TableDiff } from './compare-rows.js';
import { compareSchemas, type SchemaChange } from './compare-schemas.js';
import { openPackage } from './open-package.js';
import { largerBump, nextVersion, type Bump } from './semver.js';

export interface FileChange {
  resource: string;
  change: 'added' | 'removed' | 'changed';
}

export interface DiffReport {
  old: { location: string; name: string | null; version: string | null };
  new: { location: string; name: string | null; version: string | null };
  /** Descriptor properties (title, description, licences…) that differ, the version aside. */
  metadata: string[];
  schema: SchemaChange[];
  /** Files that are not tables (the raw texts), compared by hash. */
  files: FileChange[];
  /** Tables present in both versions, compared row by row. */
  tables: TableDiff[];
  /** The bump the README's rule asks for, with why. */
  bump: Bump;
  reasons: string[];
  /** The old version with that bump applied. */
  nextVersion: string | null;
}

/**
 * Compares two built packages: a directory, a datapackage.json, or a tarball
 * from npm pack, for each. See the README's versioning rule for the bump.
 */
export async function diff(oldLocation: string, newLocation: string, options: DiffOptions = {}): Promise<DiffReport> {
  const [before, after] = [openPackage(oldLocation), openPackage(newLocation)];
  try {
    return await comparePackages(before.root, oldLocation, after.root, newLocation, options);
  } finally {
    before.close();
    after.close();
  }
}

export interface DiffOptions {
  /** Called as each table present in both versions is compared, for progress output. */
  onTable?: (name: string, index: number, count: number) => void;
}

async function comparePackages(oldRoot: string, oldLabel: string, newRoot: string, newLabel: string, options: DiffOptions): Promise<DiffReport> {
  const [before, after] = [readDescriptor(oldRoot), readDescriptor(newRoot)];
  const schema = compareSchemas(before, after);
  const tables: TableDiff[] = [];
  const pairs = tableResources(after).flatMap((resource) => {
    const previous = tableResources(before).find((candidate) => candidate.name === resource.name);
    return previous ? [{ previous, resource }] : [];
  });
  for (const [index, { previous, resource }] of pairs.entries()) {
    options.onTable?.(resource.name, index + 1, pairs.length);
    const [oldRows, newRows] = await Promise.all([readTable(oldRoot, previous), readTable(newRoot, resource)]);
    tables.push(compareRows(previous, oldRows, resource, newRows));
  }
  const metadata = changedMetadata(before, after);
  const files = compareFiles(before.resources, after.resources);
  const { bump, reasons } = ruleBump(schema, tables, files, metadata);
  return {
    old: { location: oldLabel, name: before.name ?? null, version: before.version ?? null },
    new: { location: newLabel, name: after.name ?? null, version: after.version ?? null },
    metadata,
    schema,
    files,
    tables,
    bump,
    reasons,
    nextVersion: nextVersion(before.version, bump),
  };
}

function changedMetadata(before: PackageDescriptor, after: PackageDescriptor): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('resources');
  keys.delete('version');
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

function compareFiles(before: readonly ResourceDescriptor[], after: readonly ResourceDescriptor[]): FileChange[] {
  const files = (resources: readonly ResourceDescriptor[]) => new Map(resources.filter((resource) => !isTableResource(resource)).map((resource) => [resource.name, resource.hash]));
  const [old, current] = [files(before), files(after)];
  return [
    ...[...old.keys()].filter((name) => !current.has(name)).map((resource): FileChange => ({ resource, change: 'removed' })),
    ...[...current].flatMap(([resource, hash]): FileChange[] => (!old.has(resource) ? [{ resource, change: 'added' }] : old.get(resource) !== hash ? [{ resource, change: 'changed' }] : [])),
  ];
}

/**
 * The README's rule. Major: a table or field removed, a field's type or
 * constraints changed, a primary key changed. Minor: values changed or rows
 * removed, a raw text changed or removed, or a table or field added. Patch:
 * rows added, descriptive text or descriptor metadata changed, a text added.
 */
function ruleBump(schema: readonly SchemaChange[], tables: readonly TableDiff[], files: readonly FileChange[], metadata: readonly string[]): { bump: Bump; reasons: string[] } {
  let bump: Bump = 'none';
  const reasons: string[] = [];
  const because = (level: Bump, reason: string) => {
    bump = largerBump(bump, level);
    reasons.push(`${level}: ${reason}`);
  };
  for (const change of schema) because(change.additive ? 'minor' : 'major', `${change.resource}: ${change.change}${change.field ? ` ${change.field}` : ''}`);
  for (const table of tables) {
    const valueFields = Object.keys(table.changedFields).filter((field) => !DESCRIPTIVE_FIELDS.has(field));
    const textFields = Object.keys(table.changedFields).filter((field) => DESCRIPTIVE_FIELDS.has(field));
    if (table.removed.length) because('minor', `${table.resource}: ${table.removed.length} row(s) removed`);
    if (valueFields.length) because('minor', `${table.resource}: values changed in ${valueFields.join(', ')}`);
    if (table.added.length) because('patch', `${table.resource}: ${table.added.length} row(s) added`);
    if (textFields.length) because('patch', `${table.resource}: text changed in ${textFields.join(', ')}`);
  }
  for (const file of files) because(file.change === 'added' ? 'patch' : 'minor', `${file.resource}: ${file.change}`);
  if (metadata.length) because('patch', `descriptor metadata changed: ${metadata.join(', ')}`);
  return { bump, reasons };
}
