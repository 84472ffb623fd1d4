import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import type { AddSourceOptions } from './add-source-command.js';
import type { BuildOptions } from './build-command.js';
import type { DiffCommandOptions } from './diff-command.js';
import type { ExplainCommandOptions } from './explain-command.js';
import type { ReviewOptions } from './review-command.js';
import type { ValidateCommandOptions } from './validate-command.js';

/**
 * The CLI's commands as `--help` shows them: name, arguments, options and description, declared here with
 * commander alone. What a command does lives in its own module (`<name>-command.ts`), imported only when that
 * command runs: `mfr --help`, a usage error or one command no longer loads every other command's implementation
 * (the validator, diff, explain, the pipeline), which made each start of the CLI cost more than twice a bare node.
 */
export function declareCommands(context: CliContext): Command[] {
  const collect = (value: string, previous: string[]) => [...previous, value];
  return [
    new Command('build')
      .description('rebuild dist/*.csv and datapackage.json from raw/ (in a checkout of the repository), printing each stage on stderr and the summary')
      .option('--until <stage>', 'stop after this stage: ingest, extract, normalize, reconcile, validate or package')
      .option('--root <dir>', 'a checkout other than this one')
      .option('--json', 'print the summary as JSON')
      .option('--keep-intermediates', "write each stage's result under build/ (JSON, for inspection)")
      .option('--allow-drafts', 'build although annotations still carry draft marks (a first look at a new document; without it a draft is DRAFT_UNREVIEWED)')
      .action(async (options: BuildOptions) => (await import('./build-command.js')).runBuild(context, options)),
    new Command('validate')
      .description('check the descriptor against the Data Package v2 profile, every file, row, key and check; exit code 1 on any error')
      .argument('[path]', 'a directory with datapackage.json, a datapackage.json, or a .tgz from npm pack (default: the installed package)')
      .option('--root <dir>', 'the same as [path], for a directory')
      .option('--json', 'print the report as JSON')
      .action(async (path: string | undefined, options: ValidateCommandOptions) => (await import('./validate-command.js')).runValidate(context, path, options)),
    new Command('explain')
      .description('show where one number or event comes from (source, marked line, cell, steps, checks, reconciliation), or how a reconciled key was decided (the value shown, every candidate with its quote)')
      .argument('<id>', "an obs_id (korea-commission-2005@0090926), an event_id, or a key_id of reconciled.csv or reconciled_events.csv ('goods_flow:KOR>MEX:1980..1980', quoted in a shell)")
      .option('--root <dir>', 'a built package other than this one')
      .option('--json', 'print the explanation as JSON')
      .action(async (id: string, options: ExplainCommandOptions) => (await import('./explain-command.js')).runExplain(context, id, options)),
    new Command('diff')
      .description('compare two built packages: schema changes, rows added and removed, values changed by key, and the version bump they call for')
      .argument('<old>', 'a directory with datapackage.json, a datapackage.json, or a .tgz from npm pack')
      .argument('<new>', 'the same, for the newer version')
      .option('--json', 'print the report as JSON')
      .action(async (oldLocation: string, newLocation: string, options: DiffCommandOptions) => (await import('./diff-command.js')).runDiff(context, oldLocation, newLocation, options)),
    new Command('add-source')
      .description('add a text to the corpus (in a checkout): copy it into raw/, list it in raw/sources.json with its sha256 and size, and draft an annotation for every numeral; then `mfr review <id>`, and `mfr build --allow-drafts` for a first look')
      .argument('<file>', 'the text, UTF-8')
      .requiredOption('--id <id>', 'its source id: lower-case words joined by "-" (author-year)')
      .option('--title <title>', 'its title, as printed')
      .option('--author <name>', 'an author (repeat for several)', collect, [])
      .option('--publisher <name>', 'its publisher')
      .option('--published <date>', 'when it was published: YYYY, YYYY-MM or YYYY-MM-DD')
      .option('--url <url>', 'the address it was taken from')
      .option('--rights <text>', 'the rights it keeps (by default: not stated, kept by its authors and publisher)')
      .addOption(new Option('--kind <kind>', 'what it is').choices(['journal_article', 'web_article', 'commission_report', 'reference_page']).default('web_article'))
      .addOption(new Option('--number-format <format>', 'how its numbers are written (by default read from them)').choices(['decimal_point', 'decimal_comma']))
      .option('--root <dir>', 'a checkout other than this one')
      .option('--json', 'print the result as JSON')
      .action(async (file: string, options: AddSourceOptions) => (await import('./add-source-command.js')).runAddSource(context, file, options)),
    new Command('review')
      .description('list the drafted annotations of a source still to review (in a checkout): where each is written, its quote, the numeral, the proposal, how sure the drafter is and why')
      .argument('<id>', 'a source id of raw/sources.json')
      .option('--root <dir>', 'a checkout other than this one')
      .option('--json', 'print the drafts as JSON')
      .action(async (id: string, options: ReviewOptions) => (await import('./review-command.js')).runReview(context, id, options)),
  ];
}
