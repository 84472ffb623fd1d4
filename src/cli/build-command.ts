import { PackageError } from '../errors.js';
import { importPipeline, reportPipelineErrors } from './import-pipeline.js';
import { print, type CliContext } from './context.js';

export interface BuildOptions {
  until?: string;
  root?: string;
  json?: boolean;
  keepIntermediates?: boolean;
  allowDrafts?: boolean;
}

/** `mfr build` (declared in commands.ts; `npm run build` runs it too, through pipeline/run.ts). */
export async function runBuild(context: CliContext, options: BuildOptions): Promise<void> {
  const [{ build, STAGES }, { buildReport, formatSummary }, { projectPaths }, { isPipelineError }] = await importPipeline(() => Promise.all([import('../../pipeline/build.js'), import('../../pipeline/run.js'), import('../../pipeline/paths.js'), import('../../pipeline/errors.js')]));
  const until = options.until as (typeof STAGES)[number] | undefined;
  if (until !== undefined && !STAGES.includes(until)) throw new PackageError('USAGE_INVALID', `--until takes one of: ${STAGES.join(', ')}`);
  const timings: string[] = [];
  let current: { stage: string; start: number } | null = null;
  const finishStage = () => {
    if (current) timings.push(`${current.stage} ${Math.round(performance.now() - current.start)} ms`);
  };
  await reportPipelineErrors(context, isPipelineError, () => {
    const summary = build({
      ...(options.root === undefined ? {} : { paths: projectPaths(options.root) }),
      ...(until === undefined ? {} : { until }),
      keepIntermediates: options.keepIntermediates === true,
      allowDrafts: options.allowDrafts === true,
      onStage: (stage) => {
        finishStage();
        current = { stage, start: performance.now() };
        context.err(`[${STAGES.indexOf(stage) + 1}/${STAGES.length}] ${stage}`);
      },
    });
    finishStage();
    context.err(`stages: ${timings.join(', ')}`);
    print(context, buildReport(summary, until), options.json, formatSummary);
  });
}
