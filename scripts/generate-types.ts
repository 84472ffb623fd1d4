/**
 * Writes src/types/*.ts from schemas/*.schema.json, so the row types are never
 * a second hand-written copy. `npm run types` regenerates them; a test fails
 * when the committed files are stale.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { projectRoot } from '../pipeline/paths.js';

const BANNER = '/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */';

export async function generateTypes(schemaDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const published: string[] = [];
  const names = readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort();
  for (const name of names) {
    const schema = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as JSONSchema;
    const source = await compile(schema, schema.title ?? name, {
      bannerComment: BANNER,
      additionalProperties: false,
      cwd: schemaDir,
      style: { singleQuote: true, printWidth: 120 },
    });
    const file = name.replace('.schema.json', '.ts');
    files.set(file, withImports(source, (schema as { 'x-imports'?: Record<string, string> })['x-imports'] ?? {}));
    if ('x-resource' in schema) published.push(file);
  }
  // The index re-exports the published row types; pipeline-only types are imported by path.
  const index = published.map((file) => `export type * from './${file.replace('.ts', '.js')}';`);
  files.set('index.ts', `${BANNER}\n${index.join('\n')}\n`);
  return files;
}

/**
 * A schema that borrows a type from another (`tsType: "Event['type']"` beside its `$ref`) names
 * the generated files to import it from in `x-imports`, so the type is written once.
 */
function withImports(source: string, imports: Record<string, string>): string {
  const lines = Object.entries(imports).map(([type, file]) => `import type { ${type} } from './${file}.js';`);
  return lines.length ? source.replace(`${BANNER}\n`, `${BANNER}\n\n${lines.join('\n')}\n`) : source;
}

async function main(): Promise<void> {
  const outDir = join(projectRoot, 'src', 'types');
  mkdirSync(outDir, { recursive: true });
  for (const [file, source] of await generateTypes(join(projectRoot, 'schemas'))) {
    writeFileSync(join(outDir, file), source);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
