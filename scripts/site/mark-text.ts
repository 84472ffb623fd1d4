import { lineStartsOf } from '../../src/explain/line-starts.js';
import { escapeHtml } from './html.js';

/** A span of a raw text to mark: an observation or event (a row, with an id), or a numeral that became no row. */
export interface TextMark {
  start: number;
  /** Exclusive. */
  end: number;
  kind: 'observation' | 'event' | 'period' | 'ignored';
  /** The row's id (obs_id, event_id), given to exactly one element; null for a numeral that is no row. */
  rowId: string | null;
  /** A short visible label, so that the kind is never told by colour alone. */
  tag: string;
  /** What it is, in words: read after the printed words by a screen reader; the tooltip of a numeral. */
  description: string;
  /** The row a numeral belongs to (the observation a period dates): a click opens it. */
  refId: string | null;
}

/** Lines (1-based, inclusive) printed as a table, with its caption. */
export interface TableLines {
  firstLine: number;
  lastLine: number;
  caption: string;
}

/**
 * The raw text as HTML: its lines numbered, tables set apart as figures, and
 * every mark wrapped. Marks may nest or coincide (a figure inside a longer
 * one, two events dated by the same words): every byte goes to the shortest
 * row that covers it, so the text is printed once and elements never nest;
 * the first piece of a row carries its id, and a row left with no piece of
 * its own gets a label of its own right after its words.
 *
 * Nothing is an element that need not be: a page may print thousands of
 * lines and numerals, and every element costs the browser (and an audit such
 * as axe-core) time. Line numbers are one attribute of each block, drawn
 * beside it by CSS (data-gutter; the client script spaces them out where a
 * line wraps, and scrolls to `#L<n>`); a numeral's label and its words for a
 * screen reader are attributes of its last piece, drawn by CSS (see tagOf).
 */
export function markText(bytes: Buffer, marks: readonly TextMark[], tables: readonly TableLines[]): string {
  const length = bytes.length;
  const lineStarts = [...lineStartsOf(bytes)].filter((start) => start < length);
  const lineStartSet = new Set(lineStarts);
  const blocks = blocksOf(lineStarts, length, tables);
  const blockStarts = new Map(blocks.map((block) => [block.from, block]));
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), length);
  const spans = marks.map((mark, index) => ({ mark, index, start: clamp(mark.start), end: Math.max(clamp(mark.end), clamp(mark.start)) }));
  const boundaries = [...new Set([0, length, ...lineStarts, ...blocks.map((block) => block.from), ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);

  // Who owns each interval between boundaries: rows before numerals, then the shortest, then the first.
  const owners: (number | null)[] = [];
  const byStart = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
  let active: typeof spans = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const at = boundaries[i]!;
    while (next < byStart.length && byStart[next]!.start <= at) active.push(byStart[next++]!);
    active = active.filter((span) => span.end > at);
    const best = active.reduce<(typeof spans)[number] | null>((chosen, span) => (chosen === null || rank(span) < rank(chosen) ? span : chosen), null);
    owners.push(best?.index ?? null);
  }
  const lastEnd = new Map<number, number>();
  owners.forEach((owner, i) => owner !== null && lastEnd.set(owner, boundaries[i + 1]!));
  const chipsAt = new Map<number, (typeof spans)[number][]>();
  for (const span of spans) if (span.mark.rowId !== null && !lastEnd.has(span.index)) chipsAt.set(span.end, [...(chipsAt.get(span.end) ?? []), span]);

  const out: string[] = [];
  const opened = new Set<number>();
  let open: number | null = null;
  let openElement: 'a' | 'span' = 'span';
  // Where the open piece's start tag goes: whether it carries the row's label is known only once it closes.
  let openTagAt = 0;
  const closePiece = (at: number) => {
    if (open === null) return;
    const mark = marks[open]!;
    const label = lastEnd.get(open) === at ? tagOf(mark) : '';
    if (openElement === 'a') {
      out[openTagAt] = `<a class="num k-${mark.kind}" id="${escapeHtml(mark.rowId!)}" href="#${escapeHtml(encodeURIComponent(mark.rowId!))}"${label}>`;
    } else {
      const ref = mark.rowId ?? mark.refId;
      const title = mark.rowId === null ? ` title="${escapeHtml(mark.description)}"` : '';
      out[openTagAt] = `<span class="num k-${mark.kind}${mark.rowId !== null ? ' cont' : ''}"${ref ? ` data-ref="${escapeHtml(ref)}"` : ''}${title}${label}>`;
    }
    out.push(`</${openElement}>`);
    open = null;
  };
  for (let i = 0; i < boundaries.length; i += 1) {
    const at = boundaries[i]!;
    const owner = i < owners.length ? owners[i]! : null;
    const chips = chipsAt.get(at) ?? [];
    if (open !== null && (owner !== open || lineStartSet.has(at) || blockStarts.has(at) || chips.length || at === length)) closePiece(at);
    // A chip's link has no printed words: its name is its description (an attribute, as a link may have).
    for (const chip of chips) out.push(`<a class="num k-${chip.mark.kind} chip" id="${escapeHtml(chip.mark.rowId!)}" href="#${escapeHtml(encodeURIComponent(chip.mark.rowId!))}" aria-label="${escapeHtml(chip.mark.description)}" data-tag="${escapeHtml(chip.mark.tag)}"></a>`);
    const block = blockStarts.get(at);
    if (block) {
      if (at > 0) out.push(closeBlock(blocks[blocks.indexOf(block) - 1]!));
      out.push(openBlock(block));
    }
    if (at === length) break;
    if (owner !== null && open === null) {
      const mark = marks[owner]!;
      openElement = mark.rowId !== null && !opened.has(owner) ? 'a' : 'span';
      opened.add(owner);
      openTagAt = out.length;
      out.push('');
      open = owner;
    }
    out.push(escapeHtml(bytes.toString('utf8', at, boundaries[i + 1]!)));
  }
  out.push(closeBlock(blocks[blocks.length - 1]!));
  return out.join('');

  function rank(span: (typeof spans)[number]): number {
    // Rows first, then the shorter span, then the earlier mark: one number orders all three.
    return (span.mark.rowId === null ? 1 : 0) * 1e12 + (span.end - span.start) * 1e6 + span.index;
  }
}

interface Block {
  from: number;
  /** Its first and last line (1-based, inclusive). */
  firstLine: number;
  lastLine: number;
  table: TableLines | null;
}

/** The text cut into prose and tables at line starts, in order; overlapping tables merge into one. */
function blocksOf(lineStarts: readonly number[], length: number, tables: readonly TableLines[]): Block[] {
  const lineCount = lineStarts.length;
  const merged: TableLines[] = [];
  for (const table of [...tables].sort((a, b) => a.firstLine - b.firstLine)) {
    const last = merged[merged.length - 1];
    if (last && table.firstLine <= last.lastLine + 1) merged[merged.length - 1] = { firstLine: last.firstLine, lastLine: Math.max(last.lastLine, table.lastLine), caption: `${last.caption}, ${table.caption}` };
    else merged.push({ ...table });
  }
  const starts: { from: number; firstLine: number; table: TableLines | null }[] = [{ from: 0, firstLine: 1, table: null }];
  for (const table of merged) {
    const first = Math.max(1, Math.min(table.firstLine, lineCount));
    const from = lineStarts[first - 1]!;
    if (starts[starts.length - 1]!.from === from) starts.pop();
    starts.push({ from, firstLine: first, table });
    const after = table.lastLine < lineCount ? lineStarts[table.lastLine]! : length;
    if (after < length) starts.push({ from: after, firstLine: table.lastLine + 1, table: null });
  }
  return starts.map((block, index) => ({ ...block, lastLine: (starts[index + 1]?.firstLine ?? lineCount + 1) - 1 }));
}

/**
 * A block's lines are numbered by its data-gutter, one number a line, which CSS draws beside them. The newline
 * after the start tag is there because an HTML parser drops the first newline of a <pre>: a block whose first
 * line is empty keeps it.
 */
function openBlock(block: Block): string {
  const numbers = Array.from({ length: block.lastLine - block.firstLine + 1 }, (_, index) => block.firstLine + index).join('\n');
  const pre = `<pre class="text" data-first-line="${block.firstLine}" data-gutter="${numbers}">\n`;
  if (!block.table) return pre;
  return `<figure class="table" aria-label="${escapeHtml(block.table.caption)}, as printed"><figcaption>${escapeHtml(block.table.caption)} <span class="hint">(lines ${block.table.firstLine}–${block.table.lastLine}, as printed)</span></figcaption>${pre}`;
}

function closeBlock(block: Block): string {
  return block.table ? '</pre></figure>' : '</pre>';
}

/**
 * The attributes of a row's last piece: CSS draws data-tag after the printed words as the visible label, with
 * data-description as its alternative text, so that a screen reader reads the description instead of the label,
 * after the printed words (a link's name then starts with what it shows), and neither is copied with the text.
 */
function tagOf(mark: TextMark): string {
  return ` data-tag="${escapeHtml(mark.tag)}" data-description="${escapeHtml(mark.description)}"`;
}
