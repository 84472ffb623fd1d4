import type { Line } from '../01-ingest/index.js';
import { PipelineError, type ErrorContext } from '../errors.js';

/** The lines of one printing of a table, from its caption to its source note. */
export interface TableRegion {
  caption: Line;
  preamble: Line[];
  body: Line[];
  footnotes: Line[];
  sourceNote: Line[];
}

export interface RegionLayout {
  recipe: string;
  file: string;
  /** Where the recipe states the caption: the only place to point at when the text no longer prints it (looked up then: placing it scans the recipe file). */
  captionDeclaredAt?: () => Pick<ErrorContext, 'file' | 'line' | 'column'>;
  caption: string;
  occurrence: number;
  preambleLines: number;
  footnoteLines: number;
  sourceLines: number;
}

const SOURCE_NOTE = /^\s*Source:/;

/** A caption line is the caption alone, or the caption followed by ":" and a title. */
export function isCaptionLine(line: Line, caption: string): boolean {
  const text = line.text.trim();
  return text === caption || text.startsWith(`${caption}:`);
}

/** Finds the region a recipe describes, or says which expectation the text no longer meets. */
export function locateRegion(lines: readonly Line[], layout: RegionLayout): TableRegion {
  const context = { file: layout.file, recipe: layout.recipe };
  const captions = lines.filter((line) => isCaptionLine(line, layout.caption));
  const caption = captions[layout.occurrence - 1];
  if (!caption) {
    throw new PipelineError('RECIPE_MISMATCH', `caption "${layout.caption}" is printed ${captions.length} time(s) in ${layout.file}`, {
      ...context,
      ...layout.captionDeclaredAt?.(),
      expected: `printing number ${layout.occurrence} of a line "${layout.caption}" or "${layout.caption}: …"`,
    });
  }
  let index = caption.number; // lines are 1-based, so this is the line after the caption
  const preamble: Line[] = [];
  while (preamble.length < layout.preambleLines) {
    const line = lines[index++];
    if (!line || SOURCE_NOTE.test(line.text)) {
      throw new PipelineError('RECIPE_MISMATCH', `the table has fewer preamble lines than the recipe says`, {
        ...context,
        line: line?.number ?? caption.number,
        expected: `${layout.preambleLines} non-empty line(s) of title and unit after the caption`,
      });
    }
    if (line.text.trim()) preamble.push(line);
  }
  const bodyStart = index;
  while (index < lines.length && !SOURCE_NOTE.test(lines[index]!.text)) {
    const line = lines[index]!;
    if (isCaptionLine(line, layout.caption)) break;
    index += 1;
  }
  const sourceStart = lines[index];
  if (!sourceStart || !SOURCE_NOTE.test(sourceStart.text)) {
    throw new PipelineError('RECIPE_MISMATCH', 'no source note closes the table', {
      ...context,
      line: caption.number,
      expected: 'a line starting with "Source:" after the table',
    });
  }
  const between = lines.slice(bodyStart, index);
  const nonEmpty = between.filter((line) => line.text.trim());
  const footnotes = layout.footnoteLines > 0 ? nonEmpty.slice(-layout.footnoteLines) : [];
  const firstFootnote = footnotes[0];
  const body = firstFootnote ? between.filter((line) => line.number < firstFootnote.number) : between;
  const sourceNote = lines.slice(index, index + layout.sourceLines);
  return { caption, preamble, body, footnotes, sourceNote };
}

/** The printed origin of a table's statistics: its source note without "Source:", words rejoined across line breaks. */
export function readSourceNote(region: TableRegion): string {
  return joinWrappedLines(region.sourceNote.map((line) => line.text))
    .replace(/^Source:\s*/, '')
    .replace(/\.$/, '');
}

/** Joins lines of one paragraph, mending words hyphenated across a line break ("For-" + "eign"). */
export function joinWrappedLines(texts: readonly string[]): string {
  return texts
    .map((text) => text.trim())
    .join('\n')
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    // A compound broken after its hyphen ("Asia-" / "Pacific") keeps the hyphen and no space.
    .replace(/-\n(?=[\p{Lu}\d])/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
