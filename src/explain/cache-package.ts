import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DESCRIPTOR_FILE, readDescriptor, tableResources, type PackageDescriptor } from '../descriptor.js';
import { loadTables, type Dataset } from '../load.js';
import { releaseLayout, waitForWholeRelease } from '../release/index.js';
import { indexLookups } from './find-rows.js';
import { lineStartsOf } from './line-starts.js';

/**
 * explain()'s own cache of what it reads, per package root and per raw text,
 * kept for the life of the process. load() keeps no cache: its callers own the
 * rows it returns and may change them. explain() never hands out a cached row
 * (it returns a copy of its answer), so nothing outside can corrupt this one.
 *
 * An entry is used only while every file it was read from is the same file,
 * unchanged: same device, inode, size, mtime and ctime (nanoseconds) as before
 * it was read, and no publish half-way (.release/ready). A publish renames a
 * new dist/ and descriptor in, so their inodes change; an edit in place moves
 * mtime and ctime. Checking costs one stat per file, not a read or a hash.
 */

/** The tables explain() looks in; the others (coverage, concepts) are not read for it. */
const EXPLAIN_TABLES: ReadonlySet<string> = new Set(['sources', 'entities', 'indicators', 'observations', 'checks', 'events', 'reconciled', 'candidates', 'reconciled_events', 'event_candidates']);

/**
 * A file written this recently may be written again within the same tick of
 * the file system's clock (coarse on many: a jiffy on Linux, 1–2 s on some)
 * without its stamp changing, so what was read from it is not kept ("racy git").
 */
export const RACY_MS = 2000;

export interface RawText {
  bytes: Buffer;
  /** Where each line starts (lineStartsOf), built once per text. */
  lineStarts: Uint32Array;
}

interface Stamped<T> {
  value: T;
  /** The stamp of each file the value was read from, taken before reading it. */
  stamps: ReadonlyMap<string, string>;
}

/** A process that explains ids of many package copies keeps only the latest few, not each one it ever read. */
const PACKAGES_KEPT = 4;
const RAW_TEXTS_KEPT = 256;

const packages = new Map<string, Stamped<Dataset>>();
const rawTexts = new Map<string, Stamped<RawText>>();

/** The package at root as explain() needs it: from the cache while its files are unchanged, else read and kept. */
export async function cachedPackage(root: string): Promise<Dataset> {
  const key = resolve(root);
  const cached = packages.get(key);
  if (cached && !existsSync(releaseLayout(root).ready) && isFresh(cached)) {
    // Indexed from the second call on: a one-off explain is cheaper scanning than building maps.
    for (const rows of Object.values(cached.value.tables)) indexLookups(rows);
    return cached.value;
  }
  packages.delete(key);
  await waitForWholeRelease(root);
  const before = stampsOf(filesOf(root, readDescriptor(root)));
  const data = await loadTables((resource) => EXPLAIN_TABLES.has(resource.name), { root });
  // A publish between the stamps and the read shows as other files or other stamps: the data is right, but not kept.
  const files = filesOf(root, data.descriptor);
  if (files.length === before.size && files.every((file) => before.has(file)) && isKeepable(before)) keep(packages, key, { value: data, stamps: before }, PACKAGES_KEPT);
  return data;
}

/** A raw text's bytes and line index, from the cache while the file is unchanged. */
export function cachedRawText(file: string): RawText {
  const key = resolve(file);
  const cached = rawTexts.get(key);
  if (cached && isFresh(cached)) return cached.value;
  rawTexts.delete(key);
  const stamps = stampsOf([key]);
  const bytes = readFileSync(key);
  const value = { bytes, lineStarts: lineStartsOf(bytes) };
  if (isKeepable(stamps)) keep(rawTexts, key, { value, stamps }, RAW_TEXTS_KEPT);
  return value;
}

/** The descriptor and every table file explain() reads by it. */
function filesOf(root: string, descriptor: PackageDescriptor): string[] {
  const paths = tableResources(descriptor).filter((resource) => EXPLAIN_TABLES.has(resource.name)).flatMap((resource) => resource.path ?? []);
  return [DESCRIPTOR_FILE, ...paths].map((path) => resolve(root, path));
}

/** A file's identity and last change; "missing" for a file that is not there (the read then fails on its own). */
function stampOf(file: string): string {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : 'missing';
}

function stampsOf(files: readonly string[]): Map<string, string> {
  return new Map(files.map((file) => [file, stampOf(file)]));
}

function isFresh(entry: Stamped<unknown>): boolean {
  for (const [file, stamp] of entry.stamps) if (stampOf(file) !== stamp) return false;
  return true;
}

/** Unchanged while it was read, and not changed so recently that a change could hide in the same clock tick. */
function isKeepable(stamps: ReadonlyMap<string, string>): boolean {
  const now = BigInt(Date.now()) * 1_000_000n;
  for (const [file, stamp] of stamps) {
    if (stamp === 'missing' || stampOf(file) !== stamp) return false;
    const mtimeNs = BigInt(stamp.split(':')[3]!);
    if (now - mtimeNs < BigInt(RACY_MS) * 1_000_000n) return false;
  }
  return true;
}

/** Adds an entry, dropping the oldest one beyond the limit (a Map iterates in insertion order). */
function keep<T>(entries: Map<string, Stamped<T>>, key: string, entry: Stamped<T>, limit: number): void {
  entries.set(key, entry);
  if (entries.size > limit) entries.delete(entries.keys().next().value!);
}
