/**
 * `npm run build`: runs the pipeline and prints its summary; `-- --until <stage>`
 * stops after one stage. A PipelineError is printed as its code and context,
 * with exit code 1, and leaves dist/ as it was.
 */
import { build, STAGES, type BuildSummary, type Stage } from './build.js';
import { isPipelineError } from './errors.js';

export function formatSummary(summary: BuildSummary): string {
  const lines = [
    `sources: ${summary.sources}   tables: ${summary.tables}   cells: ${summary.cells} (${summary.emptyCells} empty)`,
    `observations: ${summary.observations.table + summary.observations.prose} (${summary.observations.table} from tables, ${summary.observations.prose} from prose)   events: ${summary.events}`,
    `checks: ${summary.checks.pass + summary.checks.warn + summary.checks.fail} (pass ${summary.checks.pass}, warn ${summary.checks.warn}, fail ${summary.checks.fail})`,
    ...summary.flagged.map((check) => `  ${check.status.padEnd(4)} ${check.source_id} ${check.table}: ${check.description}: found ${check.found}, expected ${check.expected} (±${check.tolerance})`),
    `reconciled keys: observations ${formatStatuses(summary.reconciled.observations)}; events ${formatStatuses(summary.reconciled.events)}`,
    ...summary.largestSpreads.map((row) => `  spread ${row.spread_pct.toFixed(1).padStart(6)}% ${row.key_id}: ${row.n_candidates} candidates from ${row.min} to ${row.max} ${row.unit} (${row.rule})`),
    'numerals:',
    ...Object.entries(summary.coverage).map(([source, counts]) => `  ${source.padEnd(22)} ${Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => `${key} ${count}`).join(', ')}`),
  ];
  return lines.join('\n');
}

function formatStatuses(counts: Record<string, number>): string {
  return Object.entries(counts).map(([status, count]) => `${count} ${status}`).join(', ');
}

function parseUntil(argv: readonly string[]): Stage | undefined {
  const index = argv.indexOf('--until');
  if (index < 0) return undefined;
  const stage = argv[index + 1] as Stage;
  if (!STAGES.includes(stage)) throw new Error(`--until takes one of: ${STAGES.join(', ')}`);
  return stage;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const summary = build({ until: parseUntil(process.argv.slice(2)), onStage: (stage) => process.stderr.write(`· ${stage}\n`) });
    console.log(formatSummary(summary));
  } catch (error) {
    if (!isPipelineError(error)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
