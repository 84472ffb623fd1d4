import { foldQuote, type FoldedText } from './fold-text.js';

/**
 * Every folded index where each quote starts, overlapping occurrences
 * included: findAll for many quotes at once, in one pass over the text
 * (Aho–Corasick). Anchoring a document's annotations then costs the length of
 * the text plus that of the quotes, not their product.
 *
 * The trie lives in typed arrays, built from the quotes in sorted order (each
 * one shares its prefix with the one before it): a build runs once, mostly
 * before the engine has optimised anything, and an object per trie node made it
 * the larger part of the work.
 */
export function findQuotes(folded: FoldedText, quotes: readonly string[]): number[][] {
  const found: number[][] = quotes.map(() => []);
  // Each distinct folded quote once, with the positions of the quotes it stands for.
  const askedBy = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const needle = foldQuote(quote);
    if (needle === '') return;
    const asking = askedBy.get(needle);
    if (asking) asking.push(index);
    else askedBy.set(needle, [index]);
  });
  const needles = [...askedBy.keys()].sort();
  const trie = buildTrie(needles);
  const { endsNeedle, depth } = trie;
  const ends = scanText(folded.text, trie);
  for (let at = 0; at < ends.length; at += 2) {
    const node = ends[at]!;
    for (const index of askedBy.get(needles[endsNeedle[node]!]!)!) found[index]!.push(ends[at + 1]! - depth[node]! + 1);
  }
  return found;
}

/** The trie as findQuotes lays it out in typed arrays (see buildTrie). */
interface Trie {
  rootNext: Int32Array;
  edgeStart: Int32Array;
  edgeTarget: Int32Array;
  unitOf: Uint16Array;
  depth: Int32Array;
  fallback: Int32Array;
  endsNeedle: Int32Array;
  nextEnding: Int32Array;
}

/**
 * The trie of sorted needles. Node 0 is the root; a node is the path of units
 * from it. Nodes are numbered as the sorted needles create them. Each step in
 * a function of its own, each a loop the engine optimises while it runs.
 */
function buildTrie(needles: readonly string[]): Trie {
  let size = 1;
  for (let index = 0; index < needles.length; index += 1) size += needles[index]!.length - commonPrefix(needles[index - 1] ?? '', needles[index]!);
  const parent = new Int32Array(size);
  const unitOf = new Uint16Array(size);
  const depth = new Int32Array(size);
  // The needle (by its index in `needles`) that ends at a node, or -1.
  const endsNeedle = new Int32Array(size).fill(-1);
  addNodes(needles, parent, unitOf, depth, endsNeedle);
  // Edges grouped by the node they leave (edgeStart[n] … edgeStart[n + 1]), in node order; the root's also by unit, as any unit may follow it.
  const edgeStart = new Int32Array(size + 1);
  for (let node = 1; node < size; node += 1) edgeStart[parent[node]! + 1] = edgeStart[parent[node]! + 1]! + 1;
  for (let node = 0; node < size; node += 1) edgeStart[node + 1] = edgeStart[node + 1]! + edgeStart[node]!;
  const edgeTarget = new Int32Array(Math.max(size - 1, 0));
  const filled = edgeStart.slice(0, size);
  for (let node = 1; node < size; node += 1) {
    const from = parent[node]!;
    edgeTarget[filled[from]!] = node;
    filled[from] = filled[from]! + 1;
  }
  const rootNext = new Int32Array(0x10000);
  for (let edge = edgeStart[0]!; edge < edgeStart[1]!; edge += 1) rootNext[unitOf[edgeTarget[edge]!]!] = edgeTarget[edge]!;
  const trie = { rootNext, edgeStart, edgeTarget, unitOf, depth, endsNeedle, fallback: new Int32Array(size), nextEnding: new Int32Array(size) };
  linkFallbacks(trie);
  return trie;
}

/** Creates each needle's nodes below the prefix it shares with the needle before it. */
function addNodes(needles: readonly string[], parent: Int32Array, unitOf: Uint16Array, depth: Int32Array, endsNeedle: Int32Array): void {
  const path = [0];
  let nodes = 1;
  for (let index = 0; index < needles.length; index += 1) {
    const needle = needles[index]!;
    path.length = commonPrefix(needles[index - 1] ?? '', needle) + 1;
    for (let at = path.length - 1; at < needle.length; at += 1) {
      parent[nodes] = path[at]!;
      unitOf[nodes] = needle.charCodeAt(at);
      depth[nodes] = at + 1;
      path.push(nodes);
      nodes += 1;
    }
    endsNeedle[path[needle.length]!] = index;
  }
}

/**
 * fallback[n]: the node of the longest proper suffix of n's path that is in the trie;
 * nextEnding[n]: the nearest node along fallbacks that ends a needle (0: none, the root ends none).
 * Breadth first, so that a node's fallback is known before its children's.
 */
function linkFallbacks({ rootNext, edgeStart, edgeTarget, unitOf, fallback, nextEnding, endsNeedle }: Trie): void {
  const queue = new Int32Array(fallback.length);
  let tail = 0;
  for (let edge = edgeStart[0]!; edge < edgeStart[1]!; edge += 1) queue[tail++] = edgeTarget[edge]!;
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head]!;
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge += 1) {
      const child = edgeTarget[edge]!;
      const unit = unitOf[child]!;
      // Along the parent's fallbacks to the first node with an edge labelled `unit`, the root at the latest
      // (rootNext: 0 where it has none). Written out, each node's edges looked through once, not by a call
      // a step twice over: this runs once a node, mostly before the engine has optimised it.
      let suffix = fallback[node]!;
      let target = -1;
      for (;;) {
        if (suffix === 0) {
          target = rootNext[unit]!;
          break;
        }
        for (let out = edgeStart[suffix]!, last = edgeStart[suffix + 1]!; out < last; out += 1) {
          if (unitOf[edgeTarget[out]!] === unit) {
            target = edgeTarget[out]!;
            break;
          }
        }
        if (target >= 0) break;
        suffix = fallback[suffix]!;
      }
      fallback[child] = target;
      nextEnding[child] = endsNeedle[target]! >= 0 ? target : nextEnding[target]!;
      queue[tail++] = child;
    }
  }
}

/**
 * The pass over the text: each node that ends a needle, followed by the index
 * of the needle's last unit, in one flat list. A function of its own, apart from
 * building the trie, and calling none: the engine optimises this loop, which
 * runs once a unit of the text, sooner and at less cost than the whole of findQuotes.
 */
function scanText(text: string, { rootNext, edgeStart, edgeTarget, unitOf, fallback, endsNeedle, nextEnding }: Trie): number[] {
  const ends: number[] = [];
  // The edges followed here, not in a function called a step: this loop runs once a unit of the text, often before the engine has optimised it.
  let state = 0;
  for (let at = 0, length = text.length; at < length; at += 1) {
    const unit = text.charCodeAt(at);
    for (;;) {
      if (state === 0) {
        state = rootNext[unit]!;
        break;
      }
      let next = -1;
      for (let edge = edgeStart[state]!, last = edgeStart[state + 1]!; edge < last; edge += 1) {
        if (unitOf[edgeTarget[edge]!] === unit) {
          next = edgeTarget[edge]!;
          break;
        }
      }
      if (next >= 0) {
        state = next;
        break;
      }
      state = fallback[state]!;
    }
    for (let node = endsNeedle[state]! >= 0 ? state : nextEnding[state]!; node !== 0; node = nextEnding[node]!) ends.push(node, at);
  }
  return ends;
}

/** How many leading UTF-16 units two strings share. */
function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let at = 0;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at += 1;
  return at;
}
