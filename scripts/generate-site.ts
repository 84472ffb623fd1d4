/**
 * `npm run site`: writes the audit site of this checkout's built package
 * (datapackage.json, dist/, raw/) to site/. `--root <dir>` shows another built
 * package, `--out <dir>` writes elsewhere.
 */
import { parseArgs } from 'node:util';
import { projectRoot } from '../pipeline/paths.js';
import { generateSite } from './site/index.js';

const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' } } });
const started = performance.now();
const { files } = await generateSite({ root: values.root ?? projectRoot, out: values.out ?? `${projectRoot}/site`, projectRoot });
process.stderr.write(`site: ${files.length} files in ${values.out ?? 'site/'} (${Math.round(performance.now() - started)} ms)\n`);
