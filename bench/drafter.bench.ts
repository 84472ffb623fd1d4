/**
 * `npm run bench:drafter` (and the first part of `npm run bench`): how right
 * the drafter is on the corpus. Every source of raw/sources.json is redrafted
 * from its text alone and compared with its reviewed annotations; the report
 * gives each share per source and overall, against the targets of issue 11
 * (≥ 80% of drafted observations, ≥ 90% of event dates). A miss is reported,
 * never an exit status. The last line is one JSON object with every figure.
 * With `--details`, every miss is printed first: source, line, numeral, field,
 * what the draft says and what the reviewers wrote.
 *
 * The drafter's rules were written while reading the corpus, so its figures
 * there may flatter it. Below them come the sets of bench/unseen/, each
 * document redrafted with the whole corpus as context, as `mfr add-source`
 * would meet a new document: `development`, texts read while writing rules,
 * and `held-out`, texts never looked at while writing them. Their figures are
 * reported, never targeted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../pipeline/paths.js';
import { makeBenchProject, removeBenchProject } from './bench-project.js';
import { measureDrafter, totalScore, type DrafterScore, type Share } from './measure-drafter.js';
import { measureSet, unseenSets } from './unseen.js';

const TARGETS = { observations: 0.8, eventDates: 0.9 } as const;

const paths = projectPaths();
const ids = (JSON.parse(readFileSync(join(paths.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((record) => record.id);
const scores = ids.map((id) => measureDrafter(paths, id));
const total = totalScore(scores);
const sets = unseenSets().map((set) => {
  const setScores = measureSet(() => projectPaths(makeBenchProject()), (project) => removeBenchProject(project.root), set.dir);
  return { ...set, scores: setScores, total: totalScore(setScores) };
});
if (process.argv.includes('--details')) {
  console.log('misses: source:line numeral field: drafted → reviewed');
  for (const miss of [...scores, ...sets.flatMap((set) => set.scores)].flatMap((score) => score.misses)) console.log(`${miss.sourceId}:${miss.line} ${JSON.stringify(miss.raw)} ${miss.field}: ${miss.drafted || '(empty)'} → ${miss.reviewed || '(empty)'}`);
}
const percent = (share: Share) => (share.of === 0 ? '    n/a' : `${((100 * share.right) / share.of).toFixed(1).padStart(5)}%`);
const cell = (share: Share) => `${percent(share)} (${share.right}/${share.of})`.padEnd(19);
const columns = ['numeral class', 'class + reason', 'observations', 'obs. recall', 'event dates', 'event types'];
console.log('drafter accuracy: each source redrafted from its text, compared with its reviewed annotations');
console.log(`${'source'.padEnd(28)}${columns.map((column) => column.padEnd(19)).join('')}`);
const row = (score: Omit<DrafterScore, 'misses'>) => console.log(`${score.sourceId.padEnd(28)}${[score.numeralClass, score.numeralClassAndReason, score.observations, score.observationsRecall, score.eventDates, score.eventTypes].map(cell).join('')}`);
const fieldsLine = (label: string, score: ReturnType<typeof totalScore>) => console.log(`observation fields right (${label}): ${Object.entries(score.fields).map(([field, share]) => `${field} ${percent(share).trim()}`).join(', ')}; observations in words proposed: ${percent(score.wordObservations).trim()}; numerals the draft leaves unclassified or in conflict (a build of it would stop): ${score.unaccounted}`);
for (const score of [...scores, { sourceId: 'overall', ...total }]) row(score);
fieldsLine('overall', total);
for (const set of sets) {
  console.log(`${set.name} (bench/unseen/${set.name}/; each redrafted with the whole corpus as context):`);
  for (const score of [...set.scores, { sourceId: `${set.name} overall`, ...set.total }]) row(score);
  fieldsLine(`${set.name} overall`, set.total);
}
const verdict = (share: Share, target: number) => (share.of === 0 ? 'not measured' : share.right / share.of >= target ? 'pass' : 'miss');
console.log(`targets: observations ≥ ${TARGETS.observations * 100}%: ${verdict(total.observations, TARGETS.observations)}; event dates ≥ ${TARGETS.eventDates * 100}%: ${verdict(total.eventDates, TARGETS.eventDates)}`);
console.log(JSON.stringify({ drafter: { sources: scores.map(({ misses: _misses, ...score }) => score), overall: total, targets: { observations: verdict(total.observations, TARGETS.observations), event_dates: verdict(total.eventDates, TARGETS.eventDates) }, unseen: Object.fromEntries(sets.map((set) => [set.name, { sources: set.scores.map(({ misses: _misses, ...score }) => score), overall: set.total }])) } }));
