import { readFileSync, statSync } from 'node:fs';

/** Written by `npm run compile` (scripts/bundle-build.ts) beside the compiled build.js. */
const BUNDLE = new URL('./build.bundle.js', import.meta.url);
const MANIFEST = new URL('./build.bundle.json', import.meta.url);

/** What scripts/bundle-build.ts records of each file it bundled or wrote (paths relative to the manifest). */
export interface BundleManifest {
  files: Record<string, { size: number; mtimeMs: number }>;
}

/**
 * build.js's exports as `npm run build` and the bench load them: from the
 * bundle of build.js and the modules it imports, when every file in it is
 * still the one bundled, else from the modules themselves (the sources under
 * vitest, a lib/ compiled again by `tsc` alone). Node 20 loads ES modules one
 * by one, and loading the build's hundred took more than some of its stages.
 */
export async function importBuild(): Promise<typeof import('./build.js')> {
  return (isBundleFresh(MANIFEST) ? import(BUNDLE.href) : import('./build.js')) as Promise<typeof import('./build.js')>;
}

/** Whether the files a manifest lists are all there with the size and modification time it recorded. */
export function isBundleFresh(manifest: URL): boolean {
  let files: BundleManifest['files'];
  try {
    files = (JSON.parse(readFileSync(manifest, 'utf8')) as BundleManifest).files;
  } catch {
    // No manifest (no bundle made), or one cut short: the modules are loaded.
    return false;
  }
  return Object.entries(files).every(([file, stamp]) => {
    const stat = statSync(new URL(file, manifest), { throwIfNoEntry: false });
    return stat !== undefined && stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs;
  });
}
