import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { releaseLayout } from './layout.js';

/** Who holds the build lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
}

export type LockAttempt = { acquired: true; release: () => void } | { acquired: false; holder: LockHolder; path: string };

/** Lock files this process holds: a lock naming our own pid that is not among them was left by an earlier process. */
const held = new Set<string>();

/** Bounds the retries when other processes keep taking and dropping the lock under us. */
const ATTEMPTS = 100;

/**
 * Takes the lock that one build (or one recovery) at a time holds over a
 * package root: .build.lock, created exclusively with the holder's pid and
 * host. It is created by hard-linking a file already written, so it never
 * exists empty. A lock whose process is gone is taken over; a live one is
 * reported, not waited for.
 */
export function tryLock(root: string): LockAttempt {
  const path = releaseLayout(root).lock;
  const mine: LockHolder = { pid: process.pid, host: hostname() };
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(mine));
  try {
    let holder: LockHolder | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      if (linkExclusive(draft, path)) {
        held.add(path);
        return { acquired: true, release: () => releaseLock(path, mine) };
      }
      holder = readHolder(path);
      if (holder && isAlive(holder, path)) return { acquired: false, holder, path };
      if (holder) takeOver(path, draft, holder);
    }
    return { acquired: false, holder: holder ?? mine, path };
  } finally {
    rmSync(draft, { force: true });
  }
}

function releaseLock(path: string, mine: LockHolder): void {
  held.delete(path);
  const holder = readHolder(path);
  if (holder && sameHolder(holder, mine)) rmSync(path, { force: true });
}

/**
 * Removes a dead holder's lock. Several processes may find it dead at once;
 * a second lock file taken the same way lets only one of them look again and
 * remove it, so none removes a lock another has just taken.
 */
function takeOver(path: string, draft: string, dead: LockHolder): void {
  const guard = `${path}.takeover`;
  if (!linkExclusive(draft, guard)) {
    const other = readHolder(guard);
    if (other && !isAlive(other, guard)) rmSync(guard, { force: true });
    return;
  }
  try {
    const current = readHolder(path);
    if (current && sameHolder(current, dead)) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function linkExclusive(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The holder named in a lock file; null when the file is gone. Unreadable content counts as a dead holder. */
function readHolder(path: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(parsed.pid) && typeof parsed.host === 'string') return { pid: parsed.pid!, host: parsed.host };
  } catch {
    // fall through: not a lock this code wrote
  }
  return { pid: 0, host: hostname() };
}

function sameHolder(a: LockHolder, b: LockHolder): boolean {
  return a.pid === b.pid && a.host === b.host;
}

/** A holder on another host cannot be checked, so it counts as alive. */
function isAlive(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(path);
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
