import { lastAtOrBefore } from '../src/last-at-or-before.js';

/** A place in a text file: 1-based line and 1-based column (in UTF-16 units, as editors count). */
export interface TextPosition {
  line: number;
  column: number;
}

/** A JSON text that does not parse, with the place where it stops making sense. */
export class JsonSyntaxError extends Error {
  readonly position: TextPosition;

  constructor(reason: string, position: TextPosition) {
    super(reason);
    this.name = 'JsonSyntaxError';
    this.position = position;
  }
}

/** A parsed JSON document that can say where each of its values is written. */
export interface LocatedJson {
  data: unknown;
  /** Where the value at a JSON pointer is written (a member by its key); an unknown pointer falls back to its nearest ancestor. */
  positionOf(pointer: string): TextPosition;
}

/**
 * Parses JSON and records, for every value, the offset where it is written,
 * so that a schema error's JSON pointer (or any later check of the data) can
 * name a line of the file. JSON.parse builds the data; this scanner only
 * follows the same grammar to find places, and to place a syntax error,
 * which JSON.parse reports without a line.
 */
export function parseLocatedJson(text: string): LocatedJson {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const positionAt = (offset: number): TextPosition => {
    const line = lastAtOrBefore(lineStarts.length, (index) => lineStarts[index]!, offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const offsets = scanOffsets(text, positionAt);
  return {
    data: JSON.parse(text),
    positionOf(pointer: string): TextPosition {
      for (let path = pointer; ; path = path.slice(0, Math.max(0, path.lastIndexOf('/')))) {
        const offset = offsets.get(path);
        if (offset !== undefined) return positionAt(offset);
        if (path === '') return positionAt(0);
      }
    },
  };
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function pointerToken(key: string | number): string {
  if (typeof key === 'string' && !key.includes('~') && !key.includes('/')) return key;
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

function scanOffsets(text: string, positionAt: (offset: number) => TextPosition): Map<string, number> {
  const offsets = new Map<string, number>();
  let at = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(at >= text.length ? `${reason}, but the text ends` : `${reason}, found ${JSON.stringify(text[at])}`, positionAt(Math.min(at, text.length)));
  };
  const skipSpace = () => {
    for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; code = text.charCodeAt(at)) at += 1;
  };
  const token = (pattern: RegExp): string | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return null;
    at += match[0].length;
    return match[0];
  };
  const value = (pointer: string, recordAt: number | null) => {
    skipSpace();
    offsets.set(pointer, recordAt ?? at);
    const char = text[at];
    if (char === '{') {
      at += 1;
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        return;
      }
      for (;;) {
        skipSpace();
        const keyAt = at;
        const key = token(STRING) ?? fail('expected a member name in double quotes');
        skipSpace();
        if (text[at] !== ':') fail('expected ":" after a member name');
        at += 1;
        value(`${pointer}/${pointerToken(key.includes('\\') ? (JSON.parse(key) as string) : key.slice(1, -1))}`, keyAt);
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') {
          at += 1;
          return;
        } else fail('expected "," or "}" in an object');
      }
    }
    if (char === '[') {
      at += 1;
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return;
      }
      for (let index = 0; ; index += 1) {
        value(`${pointer}/${index}`, null);
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') {
          at += 1;
          return;
        } else fail('expected "," or "]" in an array');
      }
    }
    if (token(STRING) ?? token(NUMBER) ?? token(LITERAL)) return;
    fail('expected a value (object, array, string, number, true, false or null)');
  };
  value('', null);
  skipSpace();
  if (at < text.length) fail('expected the end of the document');
  return offsets;
}
