import type { Line } from '../01-ingest/index.js';
import { lastAtOrBefore } from '../../src/last-at-or-before.js';

/**
 * A text with its layout folded away — runs of white space (line breaks
 * included) as one space, words hyphenated across a line break joined — and,
 * for every UTF-16 unit kept, the bytes it came from (byteAt, byteEndAt).
 * Quotes are matched against this, so annotators write sentences as they read them.
 */
export interface FoldedText {
  text: string;
  /**
   * Where the folded units came from, as segments in folded order (a few
   * bytes per segment rather than per character: a book-length text folds to
   * a few segments a line). Segment k starts at folded unit foldedStart[k] and
   * raw byte byteStart[k]. A segment of width 0 is a run of one-byte
   * characters, unit by unit; any other segment is one character of that many
   * bytes, both units of a surrogate pair mapping to all of its bytes.
   */
  segments: { foldedStart: Uint32Array; byteStart: Uint32Array; width: Uint8Array };
}

const HYPHEN_AT_END = /\p{L}-\s*$/u;
const LOWERCASE_START = /^\s*\p{Ll}/u;
/** White space as `\s` reads it, tested at one unit of a line (sticky: no substring is made). */
const WHITE_SPACE_AT = /\s/y;
const BLANK = /^\s*$/;
/** Two ASCII white-space characters in a row; and ASCII white space other than the space itself (folded to a space). */
const ASCII_SPACES = /[\t-\r ]{2}/;
const ASCII_SPACE_OTHER_THAN_SPACE = /[\t-\r]/g;

/** Whether an ASCII unit is white space as `\s` reads it. */
function isAsciiSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** Appends to typed arrays, doubling them as needed, and hands back exactly the used length. */
class SegmentBuilder {
  private foldedStart = new Uint32Array(64);
  private byteStart = new Uint32Array(64);
  private width = new Uint8Array(64);
  private count = 0;
  /** Next byte the open run of one-byte characters would continue with, or -1 when none is open. */
  private runNext = -1;

  add(folded: number, byte: number, width: number): void {
    if (width === 1 && byte === this.runNext) {
      this.runNext += 1;
      return;
    }
    if (this.count === this.width.length) this.grow();
    this.foldedStart[this.count] = folded;
    this.byteStart[this.count] = byte;
    this.width[this.count] = width === 1 ? 0 : width;
    this.count += 1;
    this.runNext = width === 1 ? byte + 1 : -1;
  }

  /** `count` one-byte characters from `byte` on, as `count` calls of add(…, 1) would record them. */
  addRun(folded: number, byte: number, count: number): void {
    if (byte !== this.runNext) this.add(folded, byte, 1);
    this.runNext = byte + count;
  }

  finish(): FoldedText['segments'] {
    return { foldedStart: this.foldedStart.slice(0, this.count), byteStart: this.byteStart.slice(0, this.count), width: this.width.slice(0, this.count) };
  }

  private grow(): void {
    const size = this.width.length * 2;
    this.foldedStart = copiedInto(this.foldedStart, new Uint32Array(size));
    this.byteStart = copiedInto(this.byteStart, new Uint32Array(size));
    this.width = copiedInto(this.width, new Uint8Array(size));
  }
}

function copiedInto<T extends Uint32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** UTF-8 length of the character whose first UTF-16 unit is at `index`: 4 for a surrogate pair, the one character that takes two units. */
function utf8LengthAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  // A lone surrogate (never in text decoded from UTF-8) would be written as U+FFFD: three bytes, as Buffer.byteLength counts it.
  return 3;
}

/** Whether the non-ASCII unit at `index` is white space (foldText tells ASCII apart itself). */
function isWhiteSpaceAt(text: string, index: number): boolean {
  WHITE_SPACE_AT.lastIndex = index;
  return WHITE_SPACE_AT.test(text);
}

export function foldText(lines: readonly Line[]): FoldedText {
  // The folded text as pieces joined once: a line's kept text, or a word of it, and the spaces between them.
  const pieces: string[] = [];
  const segments = new SegmentBuilder();
  let length = 0;
  // The white-space character a folded space will stand for, once text follows it (-1: none).
  let spaceStart = -1;
  let spaceEnd = -1;
  let joining = false;
  const emitSpace = () => {
    segments.add(length, spaceStart, spaceEnd - spaceStart);
    pieces.push(' ');
    length += 1;
    spaceStart = -1;
  };
  // Index of the next line with text after the current one (PDF dumps may put a blank line after every line of text).
  let nextWithText = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (nextWithText <= index) {
      nextWithText = index + 1;
      while (nextWithText < lines.length && BLANK.test(lines[nextWithText]!.text)) nextWithText += 1;
    }
    const next = lines[nextWithText];
    // endsWith first: the regular expression would try every position of every line.
    const hyphenBreak = next !== undefined && line.text.trimEnd().endsWith('-') && HYPHEN_AT_END.test(line.text) && LOWERCASE_START.test(next.text);
    const kept = hyphenBreak ? line.text.replace(/-\s*$/, '') : line.text;
    if (line.end - line.start === line.text.length && !ASCII_SPACES.test(kept)) {
      // ASCII only (as many bytes as units), white space one character at a time: most lines of a text.
      // Its words and the spaces between them are one run of bytes, folded as a whole rather than unit by unit.
      const lead = kept.length > 0 && isAsciiSpace(kept.charCodeAt(0)) ? 1 : 0;
      const trail = kept.length > lead && isAsciiSpace(kept.charCodeAt(kept.length - 1)) ? 1 : 0;
      if (lead === 1 && !joining && length > 0 && spaceStart < 0) {
        spaceStart = line.start;
        spaceEnd = line.start + 1;
      }
      const words = kept.slice(lead, kept.length - trail);
      if (words !== '') {
        if (spaceStart >= 0) emitSpace();
        joining = false;
        segments.addRun(length, line.start + lead, words.length);
        pieces.push(words.replace(ASCII_SPACE_OTHER_THAN_SPACE, ' '));
        length += words.length;
        if (trail === 1) {
          spaceStart = line.start + kept.length - 1;
          spaceEnd = spaceStart + 1;
        }
      }
    } else {
      let offset = line.start;
      // Where the word being read began in `kept` (-1: none), to be added as one piece once it ends.
      let wordStart = -1;
      for (let at = 0; at < kept.length; ) {
        // ASCII, most of any text, is told apart without a call.
        const unit = kept.charCodeAt(at);
        const bytes = unit < 0x80 ? 1 : utf8LengthAt(kept, at);
        const units = bytes === 4 ? 2 : 1;
        if (unit < 0x80 ? isAsciiSpace(unit) : units === 1 && isWhiteSpaceAt(kept, at)) {
          if (wordStart >= 0) {
            pieces.push(kept.slice(wordStart, at));
            wordStart = -1;
          }
          if (!joining && length > 0 && spaceStart < 0) {
            spaceStart = offset;
            spaceEnd = offset + bytes;
          }
        } else {
          if (spaceStart >= 0) emitSpace();
          joining = false;
          segments.add(length, offset, bytes);
          if (wordStart < 0) wordStart = at;
          length += units;
        }
        offset += bytes;
        at += units;
      }
      if (wordStart >= 0) pieces.push(kept.slice(wordStart));
    }
    // A word broken by a hyphen goes on at the next line with text, without a space; any other line break is a space.
    joining = hyphenBreak || (joining && BLANK.test(line.text));
    if (!joining && length > 0 && spaceStart < 0) {
      spaceStart = line.end;
      spaceEnd = line.end + 1;
    }
  }
  return { text: pieces.join(''), segments: segments.finish() };
}

/** The segment holding folded unit `index`: the last one starting at or before it. */
function segmentOf(folded: FoldedText, index: number): number {
  const starts = folded.segments.foldedStart;
  return lastAtOrBefore(starts.length, (segment) => starts[segment]!, index);
}

/** Byte offset in the raw file where folded unit `index`'s character starts. */
export function byteAt(folded: FoldedText, index: number): number {
  assertUnit(folded, index);
  const segment = segmentOf(folded, index);
  const { foldedStart, byteStart, width } = folded.segments;
  return width[segment] === 0 ? byteStart[segment]! + index - foldedStart[segment]! : byteStart[segment]!;
}

/** Byte offset just past folded unit `index`'s character. */
export function byteEndAt(folded: FoldedText, index: number): number {
  assertUnit(folded, index);
  const segment = segmentOf(folded, index);
  const { foldedStart, byteStart, width } = folded.segments;
  return width[segment] === 0 ? byteStart[segment]! + index - foldedStart[segment]! + 1 : byteStart[segment]! + width[segment]!;
}

function assertUnit(folded: FoldedText, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= folded.text.length) throw new RangeError(`folded unit ${index} is outside a folded text of ${folded.text.length} units`);
}

/** Folds a quote the way the text is folded: one space for any white space. */
export function foldQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

/** Every folded index where the quote starts. */
export function findAll(folded: FoldedText, quote: string): number[] {
  const needle = foldQuote(quote);
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * The folded index of the character that starts at a byte offset: of the
 * first character kept at or after it (a dropped hyphen or line break gives
 * the next character kept), the last one when none is.
 */
export function foldedIndexOf(folded: FoldedText, byte: number): number {
  const { foldedStart, byteStart, width } = folded.segments;
  if (byteStart.length === 0 || byte < byteStart[0]!) return 0;
  const low = lastAtOrBefore(byteStart.length, (segment) => byteStart[segment]!, byte);
  const segmentEnd = low + 1 < foldedStart.length ? foldedStart[low + 1]! : folded.text.length;
  const inside = width[low] === 0 ? foldedStart[low]! + byte - byteStart[low]! : byte === byteStart[low] ? foldedStart[low]! : segmentEnd;
  return Math.min(inside, segmentEnd, folded.text.length - 1);
}
