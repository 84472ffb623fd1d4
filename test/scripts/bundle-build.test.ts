import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isBundleFresh } from '../../pipeline/import-build.js';
import { projectRoot } from '../../pipeline/paths.js';
import { bundleBuild } from '../../scripts/bundle-build.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A copy of the compiled pipeline and loader (lib/pipeline, lib/src) without a bundle, whose packages resolve to the project's. */
function compiledCopy(): { root: string; pipeline: string } {
  const root = tempDir('mfr-bundle-');
  for (const part of ['pipeline', 'src']) cpSync(join(projectRoot, 'lib', part), join(root, 'lib', part), { recursive: true });
  rmSync(join(root, 'lib', 'pipeline', 'build.bundle.js'), { force: true });
  rmSync(join(root, 'lib', 'pipeline', 'build.bundle.json'), { force: true });
  copyFileSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return { root, pipeline: join(root, 'lib', 'pipeline') };
}

/** In a fresh process: what importBuild() loads (the bundle, or build.js itself), and what a build of an empty project throws, as the CLI sees it. */
function buildThroughImportBuild(pipeline: string): { bundled: boolean; pipelineError: boolean; code: string } {
  const url = (file: string) => JSON.stringify(pathToFileURL(join(pipeline, file)).href);
  // A project with its schemas and no sources: the build stops at once with a PipelineError.
  const empty = tempDir('mfr-bundle-project-');
  cpSync(join(projectRoot, 'schemas'), join(empty, 'schemas'), { recursive: true });
  mkdirSync(join(empty, 'raw'));
  const script = [
    `const { importBuild } = await import(${url('import-build.js')});`,
    `const { isPipelineError } = await import(${url('errors.js')});`,
    `const { projectPaths } = await import(${url('paths.js')});`,
    'const loaded = await importBuild();',
    `const bundled = loaded.build !== (await import(${url('build.js')})).build;`,
    'let error = null;',
    `try { loaded.build({ paths: projectPaths(${JSON.stringify(empty)}) }); } catch (caught) { error = caught; }`,
    'console.log(JSON.stringify({ bundled, pipelineError: isPipelineError(error), code: error?.code }));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { bundled: boolean; pipelineError: boolean; code: string };
}

describe('the bundled build', () => {
  it('is made once, keeps the errors and the modules that read their own URL as modules, and throws the errors the CLI knows', async () => {
    const { pipeline } = compiledCopy();
    expect(buildThroughImportBuild(pipeline)).toEqual({ bundled: false, pipelineError: true, code: 'SOURCE_MISSING' });
    expect(await bundleBuild(pipeline)).toBe(true);
    expect(await bundleBuild(pipeline)).toBe(false);
    const bundle = readFileSync(join(pipeline, 'build.bundle.js'), 'utf8');
    expect(bundle).not.toMatch(/class PipelineError\b|class PackageError\b|import\.meta/);
    expect(bundle).toMatch(/from "\.\/errors\.js"/);
    expect(buildThroughImportBuild(pipeline)).toEqual({ bundled: true, pipelineError: true, code: 'SOURCE_MISSING' });
  });

  it('is not loaded once a module in it has been compiled again', async () => {
    const { pipeline } = compiledCopy();
    await bundleBuild(pipeline);
    const manifest = pathToFileURL(join(pipeline, 'build.bundle.json'));
    expect(isBundleFresh(manifest)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(pipeline, '02-extract', 'fold-text.js'), later, later);
    expect(isBundleFresh(manifest)).toBe(false);
    expect(buildThroughImportBuild(pipeline).bundled).toBe(false);
    rmSync(join(pipeline, 'build.bundle.json'));
    expect(isBundleFresh(manifest)).toBe(false);
  });
});
