import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { generateSite } from '../../scripts/site/index.js';
import { markText, type TextMark } from '../../scripts/site/mark-text.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * The text a reader sees, without the markup, the figure captions or what CSS draws from attributes (line numbers,
 * labels, screen-reader descriptions); as an HTML parser reads it, which drops a newline right after <pre>.
 */
function visibleText(html: string): string {
  return html.replace(/(<pre[^>]*>)\n/g, '$1').replace(/<figcaption>.*?<\/figcaption>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const row = (id: string, start: number, end: number, kind: TextMark['kind'] = 'observation'): TextMark => ({ start, end, kind, rowId: id, tag: kind, description: id, refId: null });

describe('markText', () => {
  const text = Buffer.from('In Feb-\nruary 2003, one-third of 12 & <5> was 1,060.6\nTable 1\n1980 44.7\n');
  const at = (token: string) => text.indexOf(token);
  const marks: TextMark[] = [
    row('event-a', at('Feb-'), at(','), 'event'),
    row('event-b', at('Feb-'), at(','), 'event'),
    row('outer', at('one-third'), at(' &')),
    row('inner', at('12'), at(' &')),
    row('cell', at('44.7'), at('44.7') + 4),
    { start: at('1980'), end: at('1980') + 4, kind: 'ignored', rowId: null, tag: 'ign', description: 'table heading', refId: null },
  ];
  const html = markText(text, marks, [{ firstLine: 3, lastLine: 4, caption: 'Table 1' }]);

  it('prints the text once, byte for byte, whatever the marks nest or share', () => {
    expect(visibleText(html)).toBe(text.toString('utf8'));
  });

  it('gives each row exactly one element with its id, and nests no link in another', () => {
    for (const mark of marks.filter((candidate) => candidate.rowId)) expect(html.split(`id="${mark.rowId}"`).length - 1, mark.rowId!).toBe(1);
    expect(html).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /s);
  });

  it('keeps an empty first line, which an HTML parser would drop after <pre>', () => {
    const blank = Buffer.from('\n\nA 12\n');
    expect(visibleText(markText(blank, [], []))).toBe(blank.toString('utf8'));
  });

  it('numbers every line once, in the gutter of its block, and sets the table apart with its caption', () => {
    const gutters = [...html.matchAll(/<pre class="text" data-first-line="(\d+)" data-gutter="([^"]*)">/g)];
    expect(gutters.flatMap((match) => match[2]!.split('\n'))).toEqual(['1', '2', '3', '4']);
    expect(gutters.map((match) => match[1])).toEqual(['1', '3']);
    expect(html).toMatch(/<figure class="table" aria-label="Table 1, as printed">.*data-first-line="3".*44\.7.*<\/figure>/s);
  });

  it('labels each row and numeral once, on its last piece, with its tag and its words for a screen reader', () => {
    for (const mark of marks) {
      const labels = html.match(new RegExp(`data-tag="${mark.tag}" data-description="${mark.description}"`, 'g')) ?? [];
      const chips = html.match(new RegExp(`class="num k-${mark.kind} chip" id="${mark.rowId}"[^>]* aria-label="${mark.description}" data-tag="${mark.tag}"`, 'g')) ?? [];
      expect(labels.length + chips.length, mark.description).toBe(1);
    }
    // Both events are dated by the same words: one has them, the other a link of its own (a chip) right after.
    expect(html).toMatch(/<a class="num k-event chip" id="event-b"[^>]*><\/a>/);
    // A row cut by a line break is labelled after its last piece: "ruary 2003" (of "Feb-\nruary 2003"), not "Feb-".
    expect(html).toMatch(/<span class="num k-event cont" data-ref="event-a" data-tag="event" data-description="event-a">ruary 2003<\/span>/);
  });
});

describe('npm run site', () => {
  it('writes the same bytes from the same package, and no path of the machine', async () => {
    const [first, second] = [join(tempDir('mfr-site-'), 'site'), join(tempDir('mfr-site-'), 'site')];
    await generateSite({ root: projectRoot, out: first!, projectRoot });
    await generateSite({ root: projectRoot, out: second!, projectRoot });
    const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
    const files = filesOf(first!);
    expect(files).toContain('index.html');
    expect(filesOf(second!)).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(first!, file));
      expect(bytes.equals(readFileSync(join(second!, file))), file).toBe(true);
      expect(bytes.includes(projectRoot), file).toBe(false);
    }
  });
});
