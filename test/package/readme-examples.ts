import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

const SECTION = '## Using the package (API and CLI)';

/** A run shown in the README: the command after `$ `, and the lines it prints (`…` for lines left out). */
export interface ShownRun {
  command: string;
  expected: string[];
}

export interface ReadmeExamples {
  /** The TypeScript program of the section, and what it prints. */
  program: string;
  programOutput: string;
  runs: ShownRun[];
}

/** A heading's section of the README, up to the next heading of its level or above (a `#` line inside a fenced block is code, not a heading). */
function readmeSection(heading: string): string {
  const lines = readFileSync(join(packageRoot(), 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const level = heading.indexOf(' ');
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end += 1) {
    if (lines[end]!.startsWith('```')) fenced = !fenced;
    const marks = /^(#+) /.exec(lines[end]!)?.[1];
    if (!fenced && marks !== undefined && marks.length <= level) break;
  }
  return lines.slice(start, end).join('\n');
}

/** The examples of the README's API and CLI section, which the pack test runs. */
export function readmeExamples(): ReadmeExamples {
  const section = readmeSection(SECTION);
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, text: match[2]! }));
  const program = blocks.find((block) => block.language === 'ts');
  const output = blocks.find((block, index) => block.language === 'text' && blocks[index - 1] === program);
  const consoleBlock = blocks.find((block) => block.language === 'console');
  if (!program || !output || !consoleBlock) throw new Error(`README's "${SECTION}" lacks its ts program, the text block after it, or its console block`);
  const runs: ShownRun[] = [];
  for (const line of consoleBlock.text.trimEnd().split('\n')) {
    if (line.startsWith('$ ')) runs.push({ command: line.slice(2), expected: [] });
    else runs.at(-1)?.expected.push(line);
  }
  return { program: program.text, programOutput: output.text, runs };
}

/**
 * Whether printed lines show what the README shows: the shown lines in order
 * and together, `…` standing for any number of lines left out.
 */
export function matchesShown(actual: readonly string[], expected: readonly string[]): boolean {
  const segments: string[][] = [[]];
  for (const line of expected) {
    if (line === '…') segments.push([]);
    else segments.at(-1)!.push(line);
  }
  const at = (segment: readonly string[], index: number) => segment.every((line, offset) => actual[index + offset] === line);
  let position = 0;
  for (const [index, segment] of segments.entries()) {
    const first = index === 0;
    const last = index === segments.length - 1;
    if (first && !at(segment, 0)) return false;
    if (last) return at(segment, actual.length - segment.length) && actual.length - segment.length >= position;
    if (!first) {
      while (position <= actual.length - segment.length && !at(segment, position)) position += 1;
      if (position > actual.length - segment.length) return false;
    }
    position += segment.length;
  }
  return true;
}

const QUICK_START_SECTION = '### DuckDB';

/** A query of the README's DuckDB quick-start and the table shown under it. */
export interface ShownQuery {
  /** Its first line, a `--` comment saying what it answers, without the `-- `. */
  title: string;
  sql: string;
  header: string[];
  /** Each row's cells joined by ` | `; `…` for a row of `…` cells, standing for rows left out. */
  rows: string[];
}

/** Every ```sql block of the DuckDB quick-start, with the markdown table that follows it. */
export function readmeQueries(): ShownQuery[] {
  const section = readmeSection(QUICK_START_SECTION);
  return [...section.matchAll(/```sql\n([\s\S]*?)```\n\n((?:\|.*\n)+)/g)].map((match) => {
    const sql = match[1]!;
    const [header, separator, ...rows] = match[2]!.trimEnd().split('\n').map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    if (!header || !separator?.every((cell) => /^-+$/.test(cell))) throw new Error(`the table after the query "${sql.split('\n')[0]}" lacks its header or separator line`);
    return {
      title: sql.split('\n')[0]!.replace(/^-- /, ''),
      sql,
      header,
      rows: rows.map((cells) => (cells.every((cell) => cell === '…') ? '…' : cells.join(' | '))),
    };
  });
}

/** The text of every fenced block of `language` under a heading of the README (`### pandas`). */
export function readmeCode(heading: string, language: string): string {
  return [...readmeSection(heading).matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((match) => match[1] === language).map((match) => match[2]!).join('\n');
}
