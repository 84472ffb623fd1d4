import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The compiled helper, as the compiled scripts import it. */
const helper = pathToFileURL(join(projectRoot, 'lib', 'pipeline', 'is-entry-point.js')).href;

/**
 * A folder whose path a URL must escape (a space, a `#`), holding main.mjs, which imports imported.mjs: each prints
 * what isEntryPoint says of it.
 */
function scriptsIn(name: string): string {
  const dir = join(tempDir('mfr-entry-'), name);
  mkdirSync(dir);
  const says = (label: string) => `import { isEntryPoint } from ${JSON.stringify(helper)};\nconsole.log(${JSON.stringify(label)}, isEntryPoint(import.meta.url));\n`;
  writeFileSync(join(dir, 'imported.mjs'), says('imported'));
  writeFileSync(join(dir, 'main.mjs'), `import './imported.mjs';\n${says('main')}`);
  return dir;
}

const run = (script: string) => spawnSync(process.execPath, [script], { encoding: 'utf8' }).stdout.trim().split('\n');

describe('isEntryPoint', () => {
  it('is true of the script node runs and false of what it imports, in a folder whose path has a space and a #', () => {
    const dir = scriptsIn('a checkout #2');
    expect(run(join(dir, 'main.mjs'))).toEqual(['imported false', 'main true']);
  });

  it('is true of the script run through a symbolic link, which Node resolves', () => {
    const dir = scriptsIn('linked');
    const link = join(dir, '..', 'link to main.mjs');
    symlinkSync(join(dir, 'main.mjs'), link);
    expect(run(link)).toEqual(['imported false', 'main true']);
  });
});
