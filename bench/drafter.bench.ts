/**
 * `npm run bench:drafter` (and the first part of `npm run bench`): how right
 * the drafter is on the corpus. Every source of raw/sources.json is redrafted
 * from its text alone and compared with its reviewed annotations; the report
 * gives each share per source and overall, against the targets of issue 11
 * (≥ 80% of drafted observations, ≥ 90% of event dates). A miss is reported,
 * never an exit status. The last line is one JSON object with every figure.
 * With `--details`, every miss is printed first: source, line, numeral, field,
 * what the draft says and what the reviewers wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../pipeline/paths.js';
import { measureDrafter, totalScore, type Share } from './measure-drafter.js';

const TARGETS = { observations: 0.8, eventDates: 0.9 } as const;

const paths = projectPaths();
const ids = (JSON.parse(readFileSync(join(paths.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((record) => record.id);
const scores = ids.map((id) => measureDrafter(paths, id));
const total = totalScore(scores);
if (process.argv.includes('--details')) {
  console.log('misses: source:line numeral field: drafted → reviewed');
  for (const miss of scores.flatMap((score) => score.misses)) console.log(`${miss.sourceId}:${miss.line} ${JSON.stringify(miss.raw)} ${miss.field}: ${miss.drafted || '(empty)'} → ${miss.reviewed || '(empty)'}`);
}
const percent = (share: Share) => (share.of === 0 ? '    n/a' : `${((100 * share.right) / share.of).toFixed(1).padStart(5)}%`);
const cell = (share: Share) => `${percent(share)} (${share.right}/${share.of})`.padEnd(19);
const columns = ['numeral class', 'class + reason', 'observations', 'obs. recall', 'event dates', 'event types'];
console.log('drafter accuracy: each source redrafted from its text, compared with its reviewed annotations');
console.log(`${'source'.padEnd(24)}${columns.map((column) => column.padEnd(19)).join('')}`);
for (const score of [...scores, { sourceId: 'overall', ...total }]) {
  console.log(`${score.sourceId.padEnd(24)}${[score.numeralClass, score.numeralClassAndReason, score.observations, score.observationsRecall, score.eventDates, score.eventTypes].map(cell).join('')}`);
}
console.log(`observation fields right (overall): ${Object.entries(total.fields).map(([field, share]) => `${field} ${percent(share).trim()}`).join(', ')}; observations in words proposed: ${percent(total.wordObservations).trim()}`);
const verdict = (share: Share, target: number) => (share.of === 0 ? 'not measured' : share.right / share.of >= target ? 'pass' : 'miss');
console.log(`targets: observations ≥ ${TARGETS.observations * 100}%: ${verdict(total.observations, TARGETS.observations)}; event dates ≥ ${TARGETS.eventDates * 100}%: ${verdict(total.eventDates, TARGETS.eventDates)}`);
console.log(JSON.stringify({ drafter: { sources: scores.map(({ misses: _misses, ...score }) => score), overall: total, targets: { observations: verdict(total.observations, TARGETS.observations), event_dates: verdict(total.eventDates, TARGETS.eventDates) } } }));
