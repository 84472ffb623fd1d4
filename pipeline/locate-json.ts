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
 * Parses JSON and can tell, for every value, the line and column where it is
 * written, so that a schema error's JSON pointer (or any later check of the
 * data) can name a line of the file. JSON.parse builds the data; a scanner that
 * follows the same grammar finds the places, and places a syntax error, which
 * JSON.parse reports without a line. The scanner runs only then: when a place
 * is first asked for, or when JSON.parse refuses the text. A build asks for
 * none unless it stops, and scanning its few hundred kB of configuration cost
 * ten times parsing it.
 */
export function parseLocatedJson(text: string): LocatedJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The scanner throws the same refusal with its place; should it accept the text, JSON.parse's own error stands.
    scanPlaces(text, positionFinder(text));
    throw error;
  }
  let located: { root: Place; positionAt: (offset: number) => TextPosition } | undefined;
  return {
    data,
    positionOf(pointer: string): TextPosition {
      if (!located) {
        const positionAt = positionFinder(text);
        located = { root: scanPlaces(text, positionAt), positionAt };
      }
      const { root, positionAt } = located;
      // The deepest value the pointer reaches: a pointer to nothing (a member that is missing) falls back to its nearest ancestor.
      let place = root;
      for (const token of pointer.split('/').slice(1)) {
        const next = childAt(place, token);
        if (next === undefined) break;
        place = next;
      }
      return positionAt(place.at);
    },
  };
}

/** The 1-based line and column of an offset of the text. */
function positionFinder(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    const line = lastAtOrBefore(lineStarts.length, (index) => lineStarts[index]!, offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
}

/** Where a value is written (a member: its key), and the places of its items or members. */
interface Place {
  at: number;
  items?: Place[];
  members?: Map<string, Place>;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** The item or member one reference token of a JSON pointer names (RFC 6901: `~1` is "/", `~0` is "~"), if the value has it. */
function childAt(place: Place, token: string): Place | undefined {
  if (place.items) return ARRAY_INDEX.test(token) ? place.items[Number(token)] : undefined;
  if (!token.includes('~')) return place.members?.get(token);
  // A "~" that escapes nothing names no member.
  return /~(?![01])/.test(token) ? undefined : place.members?.get(token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function pointerToken(key: string | number): string {
  if (typeof key === 'string' && !key.includes('~') && !key.includes('/')) return key;
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/**
 * The places of a JSON text's values, as a tree that mirrors it (no JSON pointer
 * is written out for each value, no match made of each string: a build reads some
 * hundreds of kB of configuration this way).
 */
function scanPlaces(text: string, positionAt: (offset: number) => TextPosition): Place {
  let at = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(at >= text.length ? `${reason}, but the text ends` : `${reason}, found ${JSON.stringify(text[at])}`, positionAt(Math.min(at, text.length)));
  };
  const skipSpace = () => {
    for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; code = text.charCodeAt(at)) at += 1;
  };
  const skip = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const value = (recordAt: number | null): Place => {
    skipSpace();
    const place: Place = { at: recordAt ?? at };
    const char = text[at];
    if (char === '{') {
      const members = new Map<string, Place>();
      place.members = members;
      at += 1;
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        return place;
      }
      for (;;) {
        skipSpace();
        const keyAt = at;
        if (!skip(STRING)) fail('expected a member name in double quotes');
        const written = text.slice(keyAt, at);
        const key = written.includes('\\') ? (JSON.parse(written) as string) : written.slice(1, -1);
        skipSpace();
        if (text[at] !== ':') fail('expected ":" after a member name');
        at += 1;
        members.set(key, value(keyAt));
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') {
          at += 1;
          return place;
        } else fail('expected "," or "}" in an object');
      }
    }
    if (char === '[') {
      const items: Place[] = [];
      place.items = items;
      at += 1;
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return place;
      }
      for (;;) {
        items.push(value(null));
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') {
          at += 1;
          return place;
        } else fail('expected "," or "]" in an array');
      }
    }
    if (skip(STRING) || skip(NUMBER) || skip(LITERAL)) return place;
    return fail('expected a value (object, array, string, number, true, false or null)');
  };
  const root = value(null);
  skipSpace();
  if (at < text.length) fail('expected the end of the document');
  return root;
}
