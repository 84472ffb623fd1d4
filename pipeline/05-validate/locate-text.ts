import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INPUTS, type ProjectPaths } from '../paths.js';

/** A file the build reads, as lines: a raw text, or a JSON file whose strings reach the tables. */
export interface TextInput {
  /** Path relative to the project root. */
  file: string;
  lines: readonly string[];
}

export interface TextOrigin {
  file: string;
  line: number;
  column: number;
}

// The schemas and package.json give the tables their shape, not their text.
const TEXTLESS_INPUTS = new Set<string>(['schemas', 'package.json']);

/** Reads every input a published string can come from, in BUILD_INPUTS order (raw texts first). */
export function readTextInputs(paths: ProjectPaths): TextInput[] {
  return BUILD_INPUTS.filter((input) => !TEXTLESS_INPUTS.has(input)).flatMap((input) => {
    const path = join(paths.root, input);
    if (!existsSync(path)) return [];
    const files = statSync(path).isDirectory() ? readdirSync(path).filter((name) => /\.(?:txt|json)$/.test(name)).sort().map((name) => `${input}/${name}`) : [input];
    return files.map((file) => ({ file, lines: readFileSync(join(paths.root, file), 'utf8').split(/\r?\n/) }));
  });
}

/**
 * Finds where a published string was written: its first word at a word start
 * in a raw text (a printed label joins its words by single spaces, so only the
 * first is sure to be on one line), or as the start of a string literal in a
 * JSON input (an annotation's description, a recipe's note). The files of the
 * row's own source are searched first, so that the same words elsewhere are
 * not named instead.
 */
export function locateText(text: string, inputs: readonly TextInput[], sourceId: string | null): TextOrigin | null {
  const firstWord = /^.\S*/su.exec(text)?.[0] ?? text;
  const ownFirst = sourceId === null ? inputs : [...inputs.filter((input) => isOfSource(input.file, sourceId)), ...inputs.filter((input) => !isOfSource(input.file, sourceId))];
  for (const input of ownFirst) {
    const json = input.file.endsWith('.json');
    const needle = json ? JSON.stringify(firstWord).slice(0, -1) : firstWord;
    for (const [index, line] of input.lines.entries()) {
      const at = json ? line.indexOf(needle) : wordStartIndex(line, needle);
      if (at >= 0) return { file: input.file, line: index + 1, column: [...line.slice(0, at + (json ? 1 : 0))].length + 1 };
    }
  }
  return null;
}

function isOfSource(file: string, sourceId: string): boolean {
  return file.endsWith(`/${sourceId}.txt`) || file.endsWith(`/${sourceId}.json`);
}

function wordStartIndex(line: string, word: string): number {
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    if (at === 0 || /\s/.test(line[at - 1]!)) return at;
  }
  return -1;
}
