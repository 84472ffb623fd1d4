import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { print, type CliContext } from './context.js';
import { exitCodeFor } from './exit-codes.js';
import { importPipeline } from './import-pipeline.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `mfr add-source <file> --id <id>`: registers a new text and drafts its
 * annotations (pipeline/add-source.ts). `npm run add-source -- …` runs it from
 * the project root, so a relative file is read from where npm was called (INIT_CWD).
 */
export function addSourceCommand(context: CliContext): Command {
  return new Command('add-source')
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
    .action(async (file: string, options: { id: string; title?: string; author: string[]; publisher?: string; published?: string; url?: string; rights?: string; kind: 'web_article'; numberFormat?: 'decimal_point'; root?: string; json?: boolean }) => {
      const [{ addSource }, { projectPaths }, { isPipelineError }] = await importPipeline(() => Promise.all([import('../../pipeline/add-source.js'), import('../../pipeline/paths.js'), import('../../pipeline/errors.js')]));
      try {
        const added = addSource(options.root === undefined ? projectPaths() : projectPaths(resolve(options.root)), {
          file: resolve(process.env.INIT_CWD ?? process.cwd(), file),
          id: options.id,
          authors: options.author,
          kind: options.kind,
          ...(options.title === undefined ? {} : { title: options.title }),
          ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
          ...(options.published === undefined ? {} : { published: options.published }),
          ...(options.url === undefined ? {} : { url: options.url }),
          ...(options.rights === undefined ? {} : { rights: options.rights }),
          ...(options.numberFormat === undefined ? {} : { numberFormat: options.numberFormat }),
        });
        print(context, added, options.json, (result) => [
          `added ${result.record.path} (${result.record.bytes} bytes, sha256 ${result.record.sha256}, ${result.record.number_format}) to raw/sources.json`,
          `drafted ${result.annotationFile}: ${result.drafted.observations} observation(s), ${result.drafted.events} event(s), ${result.drafted.ignored} ignored; confidence ${result.drafted.confidence.high} high, ${result.drafted.confidence.medium} medium, ${result.drafted.confidence.low} low`,
          `next: mfr review ${result.record.id}, correct each draft and delete its "draft" mark; mfr build --allow-drafts builds before that`,
        ].join('\n'));
      } catch (error) {
        if (!isPipelineError(error)) throw error;
        context.err(error.message);
        context.exit(exitCodeFor(error.code));
      }
    });
}
