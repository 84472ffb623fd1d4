import { builtinModules } from 'node:module';

// Compiled ESM as tsc writes it: `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
// A pattern, not a parser: it may see an import in a string that spells one out, which fails the dependency
// check loudly, never silently.
const SPECIFIERS = [/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g];

/** The npm packages a module imports: bare specifiers cut to their package name (`csv-parse/sync` → `csv-parse`), Node's built-ins left out. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const [, specifier] of source.matchAll(pattern)) {
      if (specifier!.startsWith('.') || specifier!.startsWith('/') || specifier!.startsWith('node:') || builtinModules.includes(specifier!.split('/')[0]!)) continue;
      names.add(specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return [...names].sort();
}

/** Whether compiled JS holds no code: only comments and the `export {};` tsc writes for a module of types. */
export function isEmptyModule(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*(export \{\};)?\s*$/.test(code);
}
