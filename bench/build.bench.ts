/**
 * `npm run bench`: times the whole build and each stage over repeated runs in
 * this process and prints the figures (median and spread), plus peak memory;
 * then load() of the built package with and without verify, the cost of
 * verifying as a ratio to the plain load measured in the same run.
 * Nothing is asserted: the figures are for a person to compare across changes.
 */
import { performance } from 'node:perf_hooks';
import { build, STAGES } from '../pipeline/build.js';
import { projectPaths } from '../pipeline/paths.js';
import { load } from '../src/load.js';
import { makeBenchProject } from './bench-project.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function measure(run: () => unknown): Promise<{ median: number; min: number; max: number }> {
  await run(); // warm-up: module loading and JIT are not what we measure
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)! };
}

const paths = projectPaths(makeBenchProject());
console.log(`build benchmark: ${RUNS} runs per row, node ${process.version}, in a temporary copy of the project`);
for (const stage of STAGES) {
  const { median, min, max } = await measure(() => build({ paths, until: stage }));
  console.log(`  until ${stage.padEnd(9)} median ${median.toFixed(1).padStart(7)} ms   min ${min.toFixed(1).padStart(7)} ms   max ${max.toFixed(1).padStart(7)} ms`);
}
const plain = await measure(() => load({ root: paths.root }));
const verified = await measure(() => load({ root: paths.root, verify: true }));
console.log(`  load                median ${plain.median.toFixed(1).padStart(7)} ms   min ${plain.min.toFixed(1).padStart(7)} ms   max ${plain.max.toFixed(1).padStart(7)} ms`);
console.log(`  load verify         median ${verified.median.toFixed(1).padStart(7)} ms   min ${verified.min.toFixed(1).padStart(7)} ms   max ${verified.max.toFixed(1).padStart(7)} ms   ${(verified.median / plain.median).toFixed(2)}× the plain load (sizes and sha256 of every file)`);
console.log(`  peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
