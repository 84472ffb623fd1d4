import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/package-root.js';
import { tempDir } from './temp-dir.js';

/**
 * The modules a fresh Node process loads as it imports the compiled package (lib/src/index.js, as `pkg`)
 * and then runs each step: one list of URLs for the import, then one per step. An ESM resolve hook
 * sees every import; require()d CommonJS modules are read from the require cache after each step.
 */
export function modulesLoadedBy(steps: readonly string[]): string[][] {
  const root = packageRoot();
  const log = join(tempDir('mfr-imports-'), 'resolved.txt');
  const hook = `import { appendFileSync } from 'node:fs'; export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n'); return resolved; }`;
  const mark = `{ const cache = Object.keys(createRequire(import.meta.url).cache).filter((file) => !required.has(file)); for (const file of cache) required.add(file); appendFileSync(${JSON.stringify(log)}, cache.map((file) => pathToFileURL(file).href + '\\n').join('') + '--\\n'); }`;
  const script = [
    "import { createRequire, register } from 'node:module';",
    "import { appendFileSync } from 'node:fs';",
    "import { pathToFileURL } from 'node:url';",
    'const required = new Set(Object.keys(createRequire(import.meta.url).cache));',
    `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`,
    `const pkg = await import(${JSON.stringify(pathToFileURL(join(root, 'lib', 'src', 'index.js')).href)});`,
    mark,
    ...steps.flatMap((step) => [step, mark]),
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (child.stderr !== '' || child.status !== 0) throw new Error(`the child failed: ${child.stderr}`);
  return readFileSync(log, 'utf8').split('--\n').slice(0, steps.length + 1).map((part) => part.split('\n').filter(Boolean));
}
