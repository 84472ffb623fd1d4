import { rowsWhere, rowWhere } from './find-rows.js';

/** How one figure or event fared when the sources' rival statements of its key were reconciled. */
export interface Reconciliation<Key, Candidate> {
  /** The reconciled key: the value shown, the rule that chose it, the spread between candidates. */
  key: Key;
  /** This figure as a candidate: chosen or set aside, and why. */
  candidate: Candidate;
  /** The other candidates for the same key. */
  rivals: Candidate[];
  /** This figure's value is the one the key shows. */
  shown: boolean;
}

/**
 * Finds a figure's key and rivals. Returns undefined when the package has no
 * reconciliation tables (releases before them), null when it has them but the
 * figure is no candidate.
 */
export function findReconciliation<Key extends { key_id: string }, Candidate extends { key_id: string }>(
  keys: readonly Key[] | undefined,
  candidates: readonly Candidate[] | undefined,
  findSelf: (candidates: readonly Candidate[]) => Candidate | undefined,
  isShown: (key: Key) => boolean,
): Reconciliation<Key, Candidate> | null | undefined {
  if (!keys || !candidates) return undefined;
  const candidate = findSelf(candidates);
  const key = candidate && rowWhere(keys, 'key_id', candidate.key_id);
  if (!candidate || !key) return null;
  return { key, candidate, rivals: rowsWhere(candidates, 'key_id', key.key_id).filter((row) => row !== candidate), shown: isShown(key) };
}
