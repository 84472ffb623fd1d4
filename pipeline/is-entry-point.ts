import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Whether the module at `moduleUrl` (its import.meta.url) is the script Node was started with (`node
 * lib/pipeline/run.js`), rather than a module another imported. Compared as the URL Node gives the main module:
 * the real path (symbolic links resolved), with the characters a URL escapes escaped, so that a checkout whose
 * path holds a space or a `#` runs its scripts too (`file://` + the path matched none of them there).
 */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(realpathSync(script)).href;
}
