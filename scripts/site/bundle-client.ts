import { build } from 'esbuild';
import { join } from 'node:path';

/** The client's entry points (scripts/site/client/), each bundled into one script of the site. */
const ENTRIES = { 'site.js': 'site.ts', 'charts.js': 'charts.ts' } as const;

/**
 * Bundles the client code with its libraries (Observable Plot for the charts)
 * into self-contained scripts: no module loading, so pages work opened from
 * disk. The output depends only on the sources and esbuild's version: paths
 * are relative to the project, and nothing is stamped.
 */
export async function bundleClient(projectRoot: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const [output, entry] of Object.entries(ENTRIES)) {
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: [join('scripts/site/client', entry)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'eof',
      charset: 'utf8',
      logLevel: 'silent',
    });
    files.set(output, result.outputFiles[0]!.contents);
  }
  return files;
}
