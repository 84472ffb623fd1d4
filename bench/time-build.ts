/**
 * A child of the bench: builds the project at the root given as argument once,
 * in this fresh process, and prints one JSON line: how long loading the build's
 * modules took, each stage's own time (from one stage's start to the next one's,
 * "setup" being what runs before ingest), the whole build() call, and the
 * process's peak resident memory.
 */
import { performance } from 'node:perf_hooks';

const root = process.argv[2];
if (!root) throw new Error('usage: node time-build.js <project root>');

const bootMs = performance.now(); // since the process started
const [{ build }, { projectPaths }] = await Promise.all([import('../pipeline/build.js'), import('../pipeline/paths.js')]);
const importedAt = performance.now();
const starts: [string, number][] = [['setup', importedAt]];
build({ paths: projectPaths(root), onStage: (stage) => starts.push([stage, performance.now()]) });
const end = performance.now();
const stages = Object.fromEntries(starts.map(([stage, at], index) => [stage, (starts[index + 1]?.[1] ?? end) - at]));
console.log(JSON.stringify({ bootMs, importMs: importedAt - bootMs, buildMs: end - importedAt, stages, maxRssKiB: process.resourceUsage().maxRSS }));
