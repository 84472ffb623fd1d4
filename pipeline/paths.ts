import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root, found by walking up to package.json: the same code runs
 * from pipeline/*.ts under vitest and from lib/pipeline/*.js once compiled.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** Every file and folder the build reads, relative to the root: what a copy of the project needs to build. */
export const BUILD_INPUTS = [
  'package.json',
  'raw',
  'schemas',
  'pipeline/02-extract/recipes',
  'pipeline/02-extract/annotations',
  'pipeline/03-normalize/entities.json',
  'pipeline/03-normalize/indicators.json',
  'pipeline/04-reconcile/rules.json',
  'pipeline/05-validate/acknowledgements.json',
  'pipeline/06-package/package-metadata.json',
] as const;

export interface ProjectPaths {
  root: string;
  raw: string;
  schemas: string;
  recipes: string;
  annotations: string;
  metadata: string;
  reconcile: string;
  acknowledgements: string;
  build: string;
  dist: string;
  descriptor: string;
}

/** Where the build reads and writes, below a root (tests point it at a copy). */
export function projectPaths(root: string = projectRoot): ProjectPaths {
  return {
    root,
    raw: join(root, 'raw'),
    schemas: join(root, 'schemas'),
    recipes: join(root, 'pipeline', '02-extract', 'recipes'),
    annotations: join(root, 'pipeline', '02-extract', 'annotations'),
    metadata: join(root, 'pipeline', '03-normalize'),
    reconcile: join(root, 'pipeline', '04-reconcile'),
    acknowledgements: join(root, 'pipeline', '05-validate', 'acknowledgements.json'),
    build: join(root, 'build'),
    dist: join(root, 'dist'),
    descriptor: join(root, 'datapackage.json'),
  };
}
