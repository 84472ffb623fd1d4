import { foldQuote, type FoldedText } from './fold-text.js';

/**
 * Every folded index where each quote starts, overlapping occurrences
 * included: findAll for many quotes at once, in one pass over the text
 * (Aho–Corasick). Anchoring a document's annotations then costs the length of
 * the text plus that of the quotes, not their product.
 */
export function findQuotes(folded: FoldedText, quotes: readonly string[]): number[][] {
  const needles = quotes.map(foldQuote);
  // A trie of the needles by UTF-16 unit; node 0 is the root.
  const children: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const ending: number[][] = [[]];
  needles.forEach((needle, index) => {
    if (needle === '') return;
    let node = 0;
    for (let at = 0; at < needle.length; at += 1) {
      const unit = needle.charCodeAt(at);
      let child = children[node]!.get(unit);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        depth.push(depth[node]! + 1);
        ending.push([]);
        children[node]!.set(unit, child);
      }
      node = child;
    }
    ending[node]!.push(index);
  });
  // The trie as flat arrays, for a scan that costs a few array reads a unit: the root's edges by unit
  // (every unit may follow it), any other node's few edges listed together (edgeStart[n] … edgeStart[n + 1]).
  const rootNext = new Int32Array(0x10000);
  for (const [unit, child] of children[0]!) rootNext[unit] = child;
  const edgeStart = new Int32Array(children.length + 1);
  const edgeUnit = new Uint16Array(children.length);
  const edgeTarget = new Int32Array(children.length);
  let edges = 0;
  children.forEach((next, node) => {
    edgeStart[node] = edges;
    if (node === 0) return;
    for (const [unit, child] of next) {
      edgeUnit[edges] = unit;
      edgeTarget[edges] = child;
      edges += 1;
    }
  });
  edgeStart[children.length] = edges;
  // The node an edge labelled `unit` leads to from `node`: 0 (the root) when the root has none, -1 when another node has none.
  const step = (node: number, unit: number): number => {
    if (node === 0) return rootNext[unit]!;
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge += 1) if (edgeUnit[edge] === unit) return edgeTarget[edge]!;
    return -1;
  };
  // fallback[n]: the node of the longest proper suffix of n's path that is in the trie;
  // nextEnding[n]: the nearest node along fallbacks that ends a needle (0: none, the root ends none).
  const fallback = new Int32Array(children.length);
  const nextEnding = new Int32Array(children.length);
  const queue = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const [unit, child] of children[node]!) {
      let suffix = fallback[node]!;
      while (suffix !== 0 && step(suffix, unit) < 0) suffix = fallback[suffix]!;
      const target = Math.max(step(suffix, unit), 0);
      fallback[child] = target;
      nextEnding[child] = ending[target]!.length > 0 ? target : nextEnding[target]!;
      queue.push(child);
    }
  }
  const found: number[][] = needles.map(() => []);
  const text = folded.text;
  let state = 0;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    let next = step(state, unit);
    while (next < 0) {
      state = fallback[state]!;
      next = step(state, unit);
    }
    state = next;
    if (ending[state]!.length === 0 && nextEnding[state] === 0) continue;
    for (let node = ending[state]!.length > 0 ? state : nextEnding[state]!; node !== 0; node = nextEnding[node]!) {
      for (const index of ending[node]!) found[index]!.push(at - depth[node]! + 1);
    }
  }
  return found;
}
