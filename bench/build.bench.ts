/**
 * `npm run bench` (`npm run bench:quick` for a run of about a minute): how
 * fast the build, the loader and explain are, as ratios against floors
 * measured in the same run, and how the build grows with the corpus and with
 * one document's length. Every process-level figure comes from fresh node
 * processes run in turn (A B C A B C …), quoted as medians; ratios are taken
 * pair by pair. Progress goes to stderr; the report to stdout, ending with one
 * JSON line holding every ratio and the targets of issue 12. A missed target
 * is reported, never an error: the figures are for a person to judge, and the
 * machine may be shared and noisy.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { STAGES } from '../pipeline/build.js';
import { load } from '../src/load.js';
import { RACY_MS } from '../src/explain/cache-package.js';
import { makeBenchProject, removeBenchProject } from './bench-project.js';
import { CorpusFiles } from './corpus-files.js';
import { joinDocument } from './join-document.js';
import { multiplyCorpus } from './multiply-corpus.js';
import { failureOf, runNode, type NodeRun } from './run-node.js';
import { median, pairedRatios, spread, type Spread } from './statistics.js';
import { describeVerdict, TARGETS, verdictOf, type TargetName } from './targets.js';

const quick = process.argv.includes('--quick');
const plan = quick
  ? { buildRounds: 3, loadRounds: 10, explainRounds: 3, warmCalls: 20, sizes: [1, 10], joined: [1, 4], repeats: 1, sizeBudgetMs: 0 }
  : { buildRounds: 7, loadRounds: 30, explainRounds: 5, warmCalls: 50, sizes: [1, 10, 100], joined: [1, 2, 4, 8], repeats: 3, sizeBudgetMs: 60_000 };

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const TIME_BUILD = here('./time-build.js');
const TIME_EXPLAIN = here('./time-explain.js');
const IMPORT_FLOOR = here('./import-floor.js');

interface BuildReport {
  buildMs: number;
  importMs: number;
  stages: Record<string, number>;
  maxRssKiB: number;
}

const started = performance.now();
function progress(message: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

function print(line = ''): void {
  console.log(line);
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const times = (value: number | null) => (value === null ? '     n/a' : `${value.toFixed(2).padStart(7)}×`);
const range = (figures: Spread, format: (value: number) => string) => `median ${format(figures.median)}  (min ${format(figures.min).trim()}, max ${format(figures.max).trim()})`;

function buildOnce(root: string): { run: NodeRun; report: BuildReport | null } {
  const run = runNode([TIME_BUILD, root]);
  const report = run.status === 0 ? (run.report as BuildReport) : null;
  if (!report) progress(`  build failed in ${root}: ${failureOf(run)}`);
  return { run, report };
}

// The project the build, load and explain figures are taken on: a copy, so that dist/ is never rewritten.
const root = makeBenchProject();
print(`mexico-foreign-relations bench${quick ? ' (--quick)' : ''}: node ${process.version}; every figure a median; a shared machine makes them noisy, ratios less so`);
progress('warming up: one build of the project copy');
buildOnce(root);

// 1. The whole build in a fresh process, against node -e 0 and against a process that only imports the libraries.
const wall = { node: [] as number[], floor: [] as number[], build: [] as number[] };
const buildReports: BuildReport[] = [];
const contenders: [keyof typeof wall, () => NodeRun][] = [
  ['node', () => runNode(['-e', '0'])],
  ['floor', () => runNode([IMPORT_FLOOR])],
  ['build', () => {
    const { run, report } = buildOnce(root);
    if (report) buildReports.push(report);
    return run;
  }],
];
for (let round = 0; round < plan.buildRounds; round += 1) {
  progress(`whole build, round ${round + 1}/${plan.buildRounds}: node -e 0, import floor, build (in turn)`);
  for (let turn = 0; turn < contenders.length; turn += 1) {
    const [name, run] = contenders[(round + turn) % contenders.length]!;
    wall[name].push(run().wallMs);
  }
}
const buildVsNode = median(pairedRatios(wall.build, wall.node));
const buildVsFloor = median(pairedRatios(wall.build, wall.floor));
print();
print(`whole build in a fresh process (${plan.buildRounds} rounds)`);
print(`  node -e 0            ${range(spread(wall.node), ms)}`);
print(`  import-only floor    ${range(spread(wall.floor), ms)}   (csv-parse, ajv, arquero)`);
print(`  build                ${range(spread(wall.build), ms)}`);
print(`  build / node -e 0    ${times(buildVsNode)}   ${describeVerdict('build_vs_node_e0', buildVsNode)}`);
print(`  build / import floor ${times(buildVsFloor)}`);
const stageMs = Object.fromEntries(['import', 'setup', ...STAGES].map((stage) => [stage, median(buildReports.map((report) => (stage === 'import' ? report.importMs : (report.stages[stage] ?? Number.NaN))))]));
print('  each stage\'s own time in those builds ("import": loading the build\'s modules; "setup": lock, recovery, schemas, before ingest)');
for (const [stage, value] of Object.entries(stageMs)) print(`    ${stage.padEnd(10)} ${ms(value)}`);

// 2. load() against parsing the same CSVs with csv-parse alone; load({ verify: true }) against load().
const descriptor = JSON.parse(readFileSync(join(root, 'datapackage.json'), 'utf8')) as { resources: { path?: string; schema?: unknown }[] };
const csvFiles = descriptor.resources.filter((resource) => resource.schema !== undefined && typeof resource.path === 'string').map((resource) => join(root, resource.path!));
async function csvParseFloor(): Promise<unknown> {
  const descriptorText = await readFile(join(root, 'datapackage.json'), 'utf8');
  JSON.parse(descriptorText);
  return Promise.all(csvFiles.map(async (file) => parse(await readFile(file, 'utf8'), { bom: true }) as string[][]));
}
const loaders: [string, () => Promise<unknown>][] = [['floor', csvParseFloor], ['load', () => load({ root })], ['verify', () => load({ root, verify: true })]];
const loadMs: Record<string, number[]> = { floor: [], load: [], verify: [] };
progress(`load(): ${plan.loadRounds} rounds of csv-parse floor, load(), load({ verify: true }) in turn`);
for (const [, run] of loaders) await run(); // warm-up: module loading and JIT are not what this measures
for (let round = 0; round < plan.loadRounds; round += 1) {
  for (let turn = 0; turn < loaders.length; turn += 1) {
    const [name, run] = loaders[(round + turn) % loaders.length]!;
    const start = performance.now();
    await run();
    loadMs[name]!.push(performance.now() - start);
  }
}
const loadVsFloor = median(pairedRatios(loadMs.load!, loadMs.floor!));
const verifyVsLoad = median(pairedRatios(loadMs.verify!, loadMs.load!));
print();
print(`load() in one process (${plan.loadRounds} rounds, ${csvFiles.length} CSVs)`);
print(`  csv-parse floor      ${range(spread(loadMs.floor!), ms)}   (read and parse the same CSVs to arrays)`);
print(`  load()               ${range(spread(loadMs.load!), ms)}`);
print(`  load({ verify })     ${range(spread(loadMs.verify!), ms)}`);
print(`  load / floor         ${times(loadVsFloor)}   ${describeVerdict('load_vs_csv_parse_floor', loadVsFloor)}`);
print(`  verify / load        ${times(verifyVsLoad)}   (sizes and sha256 of every file)`);

// 3. explain: cold in a fresh process (against node -e 0), warm as repeated calls in one process.
const data = await load({ root });
const explained = data.checks.find((check) => check.status !== 'pass')?.target_obs_id ?? data.checks[0]?.target_obs_id ?? data.observations[0]!.obs_id;
const explainWall: number[] = [];
const explainNode: number[] = [];
const explainFirst: number[] = [];
for (let round = 0; round < plan.explainRounds; round += 1) {
  progress(`explain ${explained} cold, round ${round + 1}/${plan.explainRounds}: node -e 0, then a fresh process explaining once`);
  explainNode.push(runNode(['-e', '0']).wallMs);
  const run = runNode([TIME_EXPLAIN, root, explained, '0']);
  if (run.status !== 0) {
    progress(`  explain failed: ${failureOf(run)}`);
    explainWall.push(Number.NaN);
    continue;
  }
  const report = run.report as { firstCallMs: number; importMs: number };
  explainWall.push(run.wallMs);
  explainFirst.push(report.importMs + report.firstCallMs);
}
// explain() keeps no file written in its last RACY_MS (a change could hide in the same clock tick): an installed
// package is older than that, and a quick run reaches this point within it of the last build, so wait it out.
await sleep(RACY_MS);
progress(`explain ${explained} warm: ${plan.warmCalls} calls in one process`);
const warmRun = runNode([TIME_EXPLAIN, root, explained, String(plan.warmCalls)]);
if (warmRun.status !== 0) progress(`  explain failed: ${failureOf(warmRun)}`);
const explainWarm = warmRun.status === 0 ? (warmRun.report as { warmMs: number[] }).warmMs : [];
const explainColdVsNode = median(pairedRatios(explainWall, explainNode).filter(Number.isFinite));
const explainWarmMs = explainWarm.length ? median(explainWarm) : null;
print();
print(`explain("${explained}") (cold: ${plan.explainRounds} fresh processes explaining once; warm: ${plan.warmCalls} calls after the first in one process)`);
print(`  cold: whole process  ${range(spread(explainWall.filter(Number.isFinite)), ms)}   ${times(explainColdVsNode)} node -e 0`);
print(`  cold: import + call  ${range(spread(explainFirst), ms)}   (inside that process)`);
print(`  warm: one call       ${range(spread(explainWarm), ms)}   ${describeVerdict('explain_warm_ms', explainWarmMs)}`);

// 4 and 5: builds of a grown project, each size in fresh processes of its own so that peak memory is per size.
interface Grown {
  factor: number;
  runs: number;
  buildMs: number | null;
  wallMs: number | null;
  peakRssMiB: number | null;
  stages: Record<string, number>;
}
function buildGrown(label: string, factor: number, grow: (root: string) => void): Grown {
  progress(`${label} ${factor}×: writing the project`);
  const grownRoot = makeBenchProject();
  grow(grownRoot);
  const reports: BuildReport[] = [];
  const walls: number[] = [];
  const budgetStart = performance.now();
  for (let run = 0; run < plan.repeats && (run === 0 || performance.now() - budgetStart < plan.sizeBudgetMs); run += 1) {
    progress(`${label} ${factor}×: build ${run + 1}`);
    const { run: child, report } = buildOnce(grownRoot);
    if (!report) break;
    reports.push(report);
    walls.push(child.wallMs);
  }
  removeBenchProject(grownRoot);
  if (!reports.length) return { factor, runs: 0, buildMs: null, wallMs: null, peakRssMiB: null, stages: {} };
  const stages = Object.fromEntries(['setup', ...STAGES].map((stage) => [stage, median(reports.map((report) => report.stages[stage] ?? Number.NaN))]));
  return { factor, runs: reports.length, buildMs: median(reports.map((report) => report.buildMs)), wallMs: median(walls), peakRssMiB: Math.max(...reports.map((report) => report.maxRssKiB)) / 1024, stages };
}
const ratio = (grown: readonly Grown[], a: number, b: number): number | null => {
  const top = grown.find((item) => item.factor === a)?.buildMs;
  const bottom = grown.find((item) => item.factor === b)?.buildMs;
  return top == null || bottom == null ? null : top / bottom;
};
function printGrown(grown: readonly Grown[]): void {
  print(`  size  runs   build()      process     peak RSS   ${['setup', ...STAGES].map((stage) => stage.padStart(9)).join(' ')}`);
  for (const item of grown) {
    const cells = item.buildMs === null ? '  build failed' : `${ms(item.buildMs)}  ${ms(item.wallMs!)}  ${item.peakRssMiB!.toFixed(0).padStart(6)} MiB   ${['setup', ...STAGES].map((stage) => (item.stages[stage] ?? Number.NaN).toFixed(0).padStart(9)).join(' ')}`;
    print(`  ${`${item.factor}×`.padStart(4)}  ${String(item.runs).padStart(4)}  ${cells}`);
  }
}

const scaling = plan.sizes.map((factor) => buildGrown('corpus', factor, (grownRoot) => multiplyCorpus(grownRoot, factor)));
const scaling10 = ratio(scaling, 10, 1);
const scaling100 = ratio(scaling, 100, 10);
const peak100 = scaling.find((item) => item.factor === 100)?.peakRssMiB ?? null;
print();
print('corpus scaling: every text copied under new ids with its recipes, annotations and acknowledgements (build() time and stages in ms, fresh process per run)');
printGrown(scaling);
print(`  t(10×)/t(1×)         ${times(scaling10)}`);
print(`  t(100×)/t(10×)       ${times(scaling100)}   ${describeVerdict('scaling_100x_vs_10x', scaling100)}`);
print(`  peak RSS at 100×     ${peak100 === null ? '     n/a' : `${peak100.toFixed(0).padStart(5)} MiB`}   ${describeVerdict('peak_rss_100x_mib', peak100)}`);

const sources = new CorpusFiles(root).sources();
const longest = sources.reduce((best, record) => (record.bytes > best.bytes ? record : best));
const joined = plan.joined.map((factor) => buildGrown(`${longest.id} joined`, factor, (grownRoot) => joinDocument(grownRoot, longest.id, factor)));
const largestJoin = Math.max(...plan.joined);
const joinedRatios = Object.fromEntries(plan.joined.filter((factor) => factor > 1).map((factor) => [`joined_${factor}x_vs_1x`, ratio(joined, factor, 1)]));
const joined8 = ratio(joined, 8, 1);
print();
print(`one long document: ${longest.id} (the largest text, ${longest.bytes} bytes) printed k times over as the only source, its annotations and tables repeated`);
printGrown(joined);
for (const factor of plan.joined.filter((value) => value > 1)) {
  const value = ratio(joined, factor, 1);
  print(`  t(${factor}×)/t(1×)${' '.repeat(Math.max(1, 10 - String(factor).length))}${times(value)}${factor === 8 ? `   ${describeVerdict('joined_8x_vs_1x', joined8)}` : ''}`);
}
const worst = joined.find((item) => item.factor === largestJoin);
const single = joined.find((item) => item.factor === 1);
if (worst?.buildMs != null && single?.buildMs != null) {
  print(`  per stage, t(${largestJoin}×)/t(1×): ${['setup', ...STAGES].map((stage) => `${stage} ${(worst.stages[stage]! / single.stages[stage]!).toFixed(1)}×`).join(', ')}`);
}

// The summary: every target beside its figure, and one JSON line for machines.
const values: Record<TargetName, number | null> = {
  build_vs_node_e0: buildVsNode,
  peak_rss_100x_mib: peak100,
  scaling_100x_vs_10x: scaling100,
  joined_8x_vs_1x: joined8,
  load_vs_csv_parse_floor: loadVsFloor,
  explain_warm_ms: explainWarmMs,
};
print();
print('targets (issue 12)');
for (const name of Object.keys(TARGETS) as TargetName[]) {
  const value = values[name];
  const figure = value === null ? 'n/a' : `${value.toFixed(2)}${TARGETS[name].unit}`;
  print(`  ${TARGETS[name].says.padEnd(36)} ${figure.padStart(12)}  ${verdictOf(name, value)}`);
}
const round2 = (value: number | null) => (value === null || !Number.isFinite(value) ? null : Math.round(value * 100) / 100);
const roundAll = (record: Record<string, number | null>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, round2(value)]));
console.log(JSON.stringify({
  bench: 'mexico-foreign-relations',
  quick,
  node: process.version,
  ratios: roundAll({
    build_vs_node_e0: buildVsNode,
    build_vs_import_floor: buildVsFloor,
    load_vs_csv_parse_floor: loadVsFloor,
    load_verify_vs_load: verifyVsLoad,
    explain_cold_vs_node_e0: explainColdVsNode,
    scaling_10x_vs_1x: scaling10,
    scaling_100x_vs_10x: scaling100,
    ...joinedRatios,
  }),
  ms: roundAll({ node_e0: median(wall.node), import_floor: median(wall.floor), build: median(wall.build), load: median(loadMs.load!), csv_parse_floor: median(loadMs.floor!), explain_cold: median(explainWall.filter(Number.isFinite)), explain_warm: explainWarmMs }),
  stages_ms: roundAll(stageMs),
  scaling: scaling.map((item) => ({ factor: item.factor, build_ms: round2(item.buildMs), peak_rss_mib: round2(item.peakRssMiB) })),
  joined: { source: longest.id, runs: joined.map((item) => ({ factor: item.factor, build_ms: round2(item.buildMs), peak_rss_mib: round2(item.peakRssMiB), stages_ms: roundAll(item.stages) })) },
  targets: Object.fromEntries((Object.keys(TARGETS) as TargetName[]).map((name) => [name, { value: round2(values[name]), limit: TARGETS[name].limit, verdict: verdictOf(name, values[name]) }])),
}));
