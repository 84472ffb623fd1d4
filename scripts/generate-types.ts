/**
 * Writes the types of schemas/*.schema.json, so that they are never a second
 * hand-written copy: the rows of published tables to src/types/ (shipped), the
 * configuration only the pipeline reads to pipeline/types/ (never shipped).
 * `npm run types` regenerates them; a test fails when the committed files are stale.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { projectRoot } from '../pipeline/paths.js';
import { isEntryPoint } from '../pipeline/is-entry-point.js';

const BANNER = '/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */';

/** Where the types of published tables go, and where those of pipeline-only configuration go (relative to the root). */
export const TYPE_DIRS = { published: 'src/types', pipeline: 'pipeline/types' } as const;

/** The generated files by path relative to the project root. */
export async function generateTypes(schemaDir: string): Promise<Map<string, string>> {
  const schemas = readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort().map((name) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as JSONSchema;
    return { name, schema, path: `${'x-resource' in schema ? TYPE_DIRS.published : TYPE_DIRS.pipeline}/${name.replace('.schema.json', '.ts')}` };
  });
  const pathOf = new Map(schemas.map(({ name, path }) => [name.replace('.schema.json', ''), path]));
  const files = new Map<string, string>();
  for (const { name, schema, path } of schemas) {
    const source = await compile(schema, schema.title ?? name, {
      bannerComment: BANNER,
      additionalProperties: false,
      cwd: schemaDir,
      // A published list with minItems stays T[], not a non-empty tuple: rows are read and built as plain arrays.
      ignoreMinAndMaxItems: 'x-resource' in schema,
      style: { singleQuote: true, printWidth: 120 },
    });
    const imports = Object.entries((schema as { 'x-imports'?: Record<string, string> })['x-imports'] ?? {}).map(([type, file]) => ({ type, from: importPath(path, pathOf.get(file)!) }));
    files.set(path, withImports(source, imports));
  }
  // The index re-exports the published row types; pipeline-only types are imported by path.
  const index = schemas.filter(({ path }) => path.startsWith(`${TYPE_DIRS.published}/`)).map(({ path }) => `export type * from '${importPath(`${TYPE_DIRS.published}/index.ts`, path)}';`);
  files.set(`${TYPE_DIRS.published}/index.ts`, `${BANNER}\n${index.join('\n')}\n`);
  return files;
}

/** An ESM import specifier from one generated file to another. */
function importPath(from: string, to: string): string {
  const path = relative(dirname(from), to).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * A schema that borrows a type from another (`tsType: "Event['type']"` beside its `$ref`) names
 * the generated files to import it from in `x-imports`, so the type is written once.
 */
function withImports(source: string, imports: readonly { type: string; from: string }[]): string {
  const lines = imports.map(({ type, from }) => `import type { ${type} } from '${from}';`);
  return lines.length ? source.replace(`${BANNER}\n`, `${BANNER}\n\n${lines.join('\n')}\n`) : source;
}

async function main(): Promise<void> {
  for (const [file, source] of await generateTypes(join(projectRoot, 'schemas'))) {
    mkdirSync(dirname(join(projectRoot, file)), { recursive: true });
    writeFileSync(join(projectRoot, file), source);
  }
}

if (isEntryPoint(import.meta.url)) await main();
