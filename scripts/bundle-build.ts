/**
 * Run by `npm run compile` after `tsc`: bundles lib/pipeline/build.js with the
 * modules it imports into one module, lib/pipeline/build.bundle.js, which
 * `npm run build` and the bench load through importBuild()
 * (pipeline/import-build.ts): Node 20 loads ES modules one by one, and loading
 * the build's hundred cost more than some of its stages. Modules stay modules
 * where their identity or their place matters: the errors (a PipelineError the
 * build throws must be one to the CLI that catches it), and every module that
 * reads its own URL (import.meta: the generated validators' code cache beside
 * them, createRequire, the package root). A manifest records each bundled
 * file's size and modification time, so that a bundle older than its modules
 * is never loaded. lib/ is a build product: nothing here is committed.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { isBundleFresh, type BundleManifest } from '../pipeline/import-build.js';

/** Bundles `dir`/build.js (lib/pipeline/ by default) unless its bundle is as fresh as its modules; returns whether it wrote one. */
export async function bundleBuild(dir: string = fileURLToPath(new URL('../pipeline/', import.meta.url))): Promise<boolean> {
  const manifest = join(dir, 'build.bundle.json');
  if (isBundleFresh(pathToFileURL(manifest))) return false;
  const shared = new Set([join(dir, 'errors.js'), join(dir, '..', 'src', 'errors.js')]);
  const staysModule = (file: string) => shared.has(file) || readFileSync(file, 'utf8').includes('import.meta');
  const outfile = join(dir, 'build.bundle.js');
  const result = await build({
    entryPoints: [join(dir, 'build.js')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    plugins: [{
      name: 'modules-that-stay',
      setup(bundler) {
        bundler.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir, kind }) => {
          const file = resolve(resolveDir, path);
          if (kind === 'entry-point' || !staysModule(file)) return undefined;
          const specifier = relative(dirname(outfile), file);
          return { path: specifier.startsWith('.') ? specifier : `./${specifier}`, external: true };
        });
      },
    }],
  });
  const files: BundleManifest['files'] = {};
  for (const file of [...Object.keys(result.metafile.inputs).map((input) => resolve(input)), outfile]) {
    const { size, mtimeMs } = statSync(file);
    files[relative(dir, file)] = { size, mtimeMs };
  }
  writeFileSync(manifest, `${JSON.stringify({ files } satisfies BundleManifest)}\n`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleBuild();
