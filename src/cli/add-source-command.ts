import { resolve } from 'node:path';
import { print, type CliContext } from './context.js';
import { importPipeline, reportPipelineErrors } from './import-pipeline.js';

export interface AddSourceOptions {
  id: string;
  title?: string;
  author: string[];
  publisher?: string;
  published?: string;
  url?: string;
  rights?: string;
  kind: 'journal_article' | 'web_article' | 'commission_report' | 'reference_page';
  numberFormat?: 'decimal_point' | 'decimal_comma';
  root?: string;
  json?: boolean;
}

/**
 * `mfr add-source <file> --id <id>` (declared in commands.ts): registers a new text and drafts its
 * annotations (pipeline/add-source.ts). `npm run add-source -- …` runs it from
 * the project root, so a relative file is read from where npm was called (INIT_CWD).
 */
export async function runAddSource(context: CliContext, file: string, options: AddSourceOptions): Promise<void> {
  const [{ addSource }, { projectPaths }, { isPipelineError }] = await importPipeline(() => Promise.all([import('../../pipeline/add-source.js'), import('../../pipeline/paths.js'), import('../../pipeline/errors.js')]));
  await reportPipelineErrors(context, isPipelineError, () => {
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
  });
}
