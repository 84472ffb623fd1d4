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
  const closePiece = (at: number) => {
    if (open === null) return;
    if (lastEnd.get(open) === at) out.push(tagOf(marks[open]!));
    out.push(`</${openElement}>`);
    open = null;
  };
  let lineNumber = 0;
  for (let i = 0; i < boundaries.length; i += 1) {
    const at = boundaries[i]!;
    const owner = i < owners.length ? owners[i]! : null;
    const chips = chipsAt.get(at) ?? [];
    if (open !== null && (owner !== open || lineStartSet.has(at) || blockStarts.has(at) || chips.length || at === length)) closePiece(at);
    for (const chip of chips) out.push(`<a class="num k-${chip.mark.kind} chip" id="${escapeHtml(chip.mark.rowId!)}" href="#${escapeHtml(encodeURIComponent(chip.mark.rowId!))}">${tagOf(chip.mark)}</a>`);
    const block = blockStarts.get(at);
    if (block) {
      if (at > 0) out.push(closeBlock(blocks[blocks.indexOf(block) - 1]!));
      out.push(openBlock(block));
    }
    if (at === length) break;
    if (lineStartSet.has(at)) {
      lineNumber += 1;
      out.push(`<span class="ln" id="L${lineNumber}" data-n="${lineNumber}"></span>`);
    }
    if (owner !== null && open === null) {
      const mark = marks[owner]!;
      const first = !opened.has(owner);
      opened.add(owner);
      openElement = mark.rowId !== null && first ? 'a' : 'span';
      if (openElement === 'a') {
        out.push(`<a class="num k-${mark.kind}" id="${escapeHtml(mark.rowId!)}" href="#${escapeHtml(encodeURIComponent(mark.rowId!))}">`);
      } else {
        const ref = mark.rowId ?? mark.refId;
        const title = mark.rowId === null ? ` title="${escapeHtml(mark.description)}"` : '';
        out.push(`<span class="num k-${mark.kind}${mark.rowId !== null ? ' cont' : ''}"${ref ? ` data-ref="${escapeHtml(ref)}"` : ''}${title}>`);
      }
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
  const blocks: Block[] = [{ from: 0, table: null }];
  for (const table of merged) {
    const first = Math.max(1, Math.min(table.firstLine, lineCount));
    const from = lineStarts[first - 1]!;
    if (blocks[blocks.length - 1]!.from === from) blocks.pop();
    blocks.push({ from, table });
    const after = table.lastLine < lineCount ? lineStarts[table.lastLine]! : length;
    if (after < length) blocks.push({ from: after, table: null });
  }
  return blocks;
}

function openBlock(block: Block): string {
  if (!block.table) return '<pre class="text">';
  return `<figure class="table" aria-label="${escapeHtml(block.table.caption)}, as printed"><figcaption>${escapeHtml(block.table.caption)} <span class="hint">(lines ${block.table.firstLine}–${block.table.lastLine}, as printed)</span></figcaption><pre class="text">`;
}

function closeBlock(block: Block): string {
  return block.table ? '</pre></figure>' : '</pre>';
}

/**
 * The visible label is drawn by CSS from data-tag, so that it is neither read
 * out nor copied with the text; a screen reader reads the description instead,
 * after the printed words (a link's name then starts with what it shows).
 */
function tagOf(mark: TextMark): string {
  return `<span class="tag" data-tag="${escapeHtml(mark.tag)}"></span><span class="sr-only"> (${escapeHtml(mark.description)})</span>`;
}
