/**
 * The line numbers of a source page. Each block of text (pre.text) lists its lines' numbers in data-gutter, one a
 * row, which CSS draws beside it: one attribute, where an element a line cost the browser time on long texts. A line
 * that wraps (a narrow screen) takes more rows than its number, so the gutter gets a blank row for each further row,
 * measured here and again whenever a block's width changes. `#L<n>` scrolls to line n and highlights it.
 */
export function setUpLineNumbers(): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('pre.text[data-first-line]')];
  if (!blocks.length) return;
  // As generated, the gutter holds one row a line: its last number is the block's last line.
  const lastLines = new Map(blocks.map((block) => [block, Number(block.dataset['gutter']?.split('\n').pop())]));
  const widths = new Map<Element, number>();
  // Every block is measured before any gutter is written: a write between two measurements would have the browser
  // lay the page out again for the second (on a long text, once a block).
  const space = (spaced: readonly HTMLElement[]) => {
    const measured = spaced.map((block) => ({ block, width: block.clientWidth, gutter: gutterOf(block, lastLines.get(block)!) }));
    for (const { block, width, gutter } of measured) {
      widths.set(block, width);
      block.dataset['gutter'] = gutter;
    }
  };
  space(blocks);
  const resized = new ResizeObserver((entries) => {
    space(entries.map((entry) => entry.target as HTMLElement).filter((block) => widths.get(block) !== block.clientWidth));
  });
  blocks.forEach((block) => resized.observe(block));
  const showHash = () => {
    const line = /^#L(\d+)$/.exec(location.hash)?.[1];
    if (line) showLine(blocks.find((block) => Number(block.dataset['firstLine']) <= Number(line) && Number(line) <= lastLines.get(block)!), Number(line));
  };
  window.addEventListener('hashchange', showHash);
  showHash();
}

/** Each newline of a block, in order, as a text node and offset. */
function* newlinesOf(block: HTMLElement): Generator<[Text, number]> {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let offset = node.data.indexOf('\n'); offset >= 0; offset = node.data.indexOf('\n', offset + 1)) yield [node, offset];
  }
}

/** The block's line numbers, one a row: a line's number on its first row, blank rows for the rows it wraps onto. */
function gutterOf(block: HTMLElement, lastLine: number): string {
  const style = getComputedStyle(block);
  const rowHeight = parseFloat(style.lineHeight);
  const top = block.getBoundingClientRect().top + block.clientTop + parseFloat(style.paddingTop);
  const range = document.createRange();
  const rows: string[] = [];
  let line = Number(block.dataset['firstLine']);
  let lastRow = -1;
  for (const [node, offset] of newlinesOf(block)) {
    // A line ends on the row of its newline: the rows between the line before's and this one are the line's.
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const box = range.getBoundingClientRect();
    const row = Math.max(lastRow + 1, Math.floor(((box.top + box.bottom) / 2 - top) / rowHeight));
    rows.push(String(line), ...Array.from({ length: row - lastRow - 1 }, () => ''));
    lastRow = row;
    line += 1;
  }
  // A last line with no newline after it.
  if (line === lastLine) rows.push(String(line));
  return rows.join('\n');
}

/** Scrolls line n of its block to the middle of the window and highlights it (where the browser has CSS highlights). */
function showLine(block: HTMLElement | undefined, line: number): void {
  if (!block) return;
  const range = document.createRange();
  range.selectNodeContents(block);
  let at = Number(block.dataset['firstLine']);
  for (const [node, offset] of newlinesOf(block)) {
    if (at === line) {
      // With its newline: an empty line is then no empty range, which has no place on the screen.
      range.setEnd(node, offset + 1);
      break;
    }
    at += 1;
    range.setStart(node, offset + 1);
  }
  if ('highlights' in CSS) CSS.highlights.set('target-line', new Highlight(range));
  const box = range.getBoundingClientRect();
  window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
}
