/**
 * A child of the bench: explains one id of the package at a root, first in
 * this fresh process (cold: importing the package and reading it included),
 * then again and again (warm), and prints one JSON line with the times.
 */
import { performance } from 'node:perf_hooks';

const [root, id, repeats = '30'] = process.argv.slice(2);
if (!root || !id) throw new Error('usage: node time-explain.js <package root> <id> [warm repeats]');

const start = performance.now();
const { explain } = await import('../src/index.js');
const imported = performance.now();
await explain(id, { root });
const cold = performance.now();
const warm: number[] = [];
for (let index = 0; index < Number(repeats); index += 1) {
  const before = performance.now();
  await explain(id, { root });
  warm.push(performance.now() - before);
}
console.log(JSON.stringify({ importMs: imported - start, firstCallMs: cold - imported, warmMs: warm }));
