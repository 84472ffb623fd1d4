/**
 * `npm run build`: the same as `mfr build` (stages on stderr, the summary or
 * with `--json` the report on stdout, `--until <stage>`), so that both print
 * and fail alike. A PipelineError is printed as its code and context, with
 * exit code 1, and leaves dist/ as it was; a wrong call exits 2.
 */
import type { BuildSummary } from './build.js';
import { STAGES, type Stage } from './stages.js';
import { isEntryPoint } from './is-entry-point.js';

/** What each stage adds to the summary: a build stopped by --until reports only the stages that ran. */
const FILLED_BY: Record<Stage, readonly (keyof BuildSummary)[]> = {
  ingest: ['sources'],
  extract: ['tables', 'cells', 'drafts'],
  normalize: ['emptyCells', 'observations', 'events'],
  reconcile: ['reconciled', 'largestSpreads', 'undatedKeys', 'likelyDuplicateEvents'],
  validate: ['checks', 'flagged', 'coverage'],
  package: [],
};

/** The build's summary as `--json` prints it: the stages that ran, and what they counted (nothing for a stage that did not run). */
export type BuildReport = { stages: Stage[] } & Partial<BuildSummary>;

export function buildReport(summary: BuildSummary, until: Stage = 'package'): BuildReport {
  const stages = STAGES.slice(0, STAGES.indexOf(until) + 1);
  const report: BuildReport = { stages };
  for (const field of stages.flatMap((stage) => FILLED_BY[stage])) Object.assign(report, { [field]: summary[field] });
  return report;
}

/** How many undated keys and likely duplicate events the text summary lists; --json lists all. */
const SHOWN_REPORTED = 5;

export function formatSummary(report: BuildReport): string {
  const { observations, checks, reconciled } = report;
  const counts = [
    report.sources === undefined ? '' : `sources: ${report.sources}`,
    report.tables === undefined ? '' : `tables: ${report.tables}`,
    report.cells === undefined ? '' : `cells: ${report.cells}${report.emptyCells === undefined ? '' : ` (${report.emptyCells} empty)`}`,
    report.drafts ? `drafts: ${report.drafts} (unreviewed, built with --allow-drafts)` : '',
  ].filter(Boolean);
  const lines = [
    counts.join('   '),
    ...(observations ? [`observations: ${observations.table + observations.prose} (${observations.table} from tables, ${observations.prose} from prose)   events: ${report.events}`] : []),
    ...(checks ? [`checks: ${checks.pass + checks.warn + checks.fail} (pass ${checks.pass}, warn ${checks.warn}, fail ${checks.fail})`] : []),
    ...(report.flagged ?? []).map((check) => `  ${check.status.padEnd(4)} ${check.source_id} ${check.table}: ${check.description}: found ${check.found}, expected ${check.expected} (±${check.tolerance})`),
    ...(reconciled ? [`reconciled keys: observations ${formatStatuses(reconciled.observations)}; events ${formatStatuses(reconciled.events)}`] : []),
    ...(report.largestSpreads ?? []).map((row) => `  spread ${row.spread_pct.toFixed(1).padStart(6)}% ${row.key_id}: ${row.n_candidates} candidates from ${row.min} to ${row.max} ${row.unit} (${row.rule})`),
    ...(report.undatedKeys ? [`undated keys beside dated keys of the same quantity (give their figures the period the text implies, or say in period_unstated why it gives none): ${report.undatedKeys.filter((row) => !row.reasoned).length}, and ${report.undatedKeys.filter((row) => row.reasoned).length} whose figures say why they have none`] : []),
    ...[...(report.undatedKeys ?? [])].sort((a, b) => Number(a.reasoned) - Number(b.reasoned)).slice(0, SHOWN_REPORTED).map((row) => `  ${row.key_id} beside ${row.dated_key_ids.length === 1 ? row.dated_key_ids[0] : `${row.dated_key_ids.length} dated keys`}${row.reasoned ? `: no period in the text — ${row.period_unstated.join(' / ')}` : ''}`),
    ...((report.undatedKeys?.length ?? 0) > SHOWN_REPORTED ? [`  … and ${report.undatedKeys!.length - SHOWN_REPORTED} more (all of them with --json)`] : []),
    ...(report.likelyDuplicateEvents ? [`likely duplicate events under different keys (key them alike, or apart, in the annotations): ${report.likelyDuplicateEvents.length}`] : []),
    ...(report.likelyDuplicateEvents ?? []).slice(0, SHOWN_REPORTED).map((pair) => `  ${pair.type} ${pair.entities.join(';')}: ${pair.event_ids[0]} (${pair.dates[0]}, key ${pair.keys[0]}) ~ ${pair.event_ids[1]} (${pair.dates[1]}, key ${pair.keys[1]})`),
    ...((report.likelyDuplicateEvents?.length ?? 0) > SHOWN_REPORTED ? [`  … and ${report.likelyDuplicateEvents!.length - SHOWN_REPORTED} more (all of them with --json)`] : []),
    ...(report.coverage ? ['numerals:', ...Object.entries(report.coverage).map(([source, counts]) => `  ${source.padEnd(22)} ${Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => `${key} ${count}`).join(', ')}`)] : []),
  ];
  return lines.join('\n');
}

function formatStatuses(counts: Record<string, number>): string {
  return Object.entries(counts).map(([status, count]) => `${count} ${status}`).join(', ');
}

if (isEntryPoint(import.meta.url)) {
  // Not awaited at the top level: the build command imports this module, which must finish evaluating first.
  void import('../src/cli/program.js').then(({ run }) => run(['build', ...process.argv.slice(2)]));
}
