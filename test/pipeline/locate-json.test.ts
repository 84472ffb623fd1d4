import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseLocatedJson, pointerToken } from '../../pipeline/locate-json.js';
import { readablePath } from '../../pipeline/schemas.js';

const TEXT = `{
  "source_id": "a",
  "annotations": [
    { "quote": "one" },
    {
      "quote": "two",
      "a/b~c": [1, 2]
    }
  ]
}`;

function syntaxErrorOf(text: string): JsonSyntaxError {
  try {
    parseLocatedJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a JsonSyntaxError');
}

/** Every JSON pointer of a value, with the value, depth first. */
function pointers(value: unknown, pointer = ''): { pointer: string; key: string | null; value: unknown }[] {
  const children = Array.isArray(value)
    ? value.flatMap((item, index) => pointers(item, `${pointer}/${index}`).map((entry, order) => (order === 0 ? { ...entry, key: null } : entry)))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pointers(item, `${pointer}/${pointerToken(key)}`).map((entry, order) => (order === 0 ? { ...entry, key } : entry)))
      : [];
  return [{ pointer, key: null, value }, ...children];
}

describe('parseLocatedJson', () => {
  it('places members at their key and array items at their value, 1-based', () => {
    const located = parseLocatedJson(TEXT);
    expect(located.data).toEqual(JSON.parse(TEXT));
    expect(located.positionOf('')).toEqual({ line: 1, column: 1 });
    expect(located.positionOf('/source_id')).toEqual({ line: 2, column: 3 });
    expect(located.positionOf('/annotations/0')).toEqual({ line: 4, column: 5 });
    expect(located.positionOf('/annotations/0/quote')).toEqual({ line: 4, column: 7 });
    expect(located.positionOf('/annotations/1')).toEqual({ line: 5, column: 5 });
    expect(located.positionOf('/annotations/1/a~1b~0c/1')).toEqual({ line: 7, column: 20 });
  });

  it('places a pointer to nothing (a required member that is missing) at its nearest parent', () => {
    expect(parseLocatedJson(TEXT).positionOf('/annotations/1/observations')).toEqual({ line: 5, column: 5 });
    expect(parseLocatedJson(TEXT).positionOf('/nothing/here')).toEqual({ line: 1, column: 1 });
  });

  it('places a syntax error at its line and column', () => {
    expect(syntaxErrorOf('{\n  "a": 1,\n}').position).toEqual({ line: 3, column: 1 });
    expect(syntaxErrorOf('[1, 2').position).toEqual({ line: 1, column: 6 });
    expect(syntaxErrorOf('{"a": 01}').position).toEqual({ line: 1, column: 8 });
    expect(syntaxErrorOf('{"a": "x\ny"}').position).toEqual({ line: 1, column: 7 });
    expect(syntaxErrorOf('// note\n{}').position).toEqual({ line: 1, column: 1 });
    expect(syntaxErrorOf('{} {}').message).toContain('end of the document');
  });

  it('places every value of any JSON document where its text is written (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const lines = text.split('\n');
        const located = parseLocatedJson(text);
        for (const entry of pointers(value)) {
          const { line, column } = located.positionOf(entry.pointer);
          const at = lines[line - 1]!.slice(column - 1);
          // A member is placed at its key; the root and array items at their value.
          expect(at.startsWith(entry.key !== null ? `${JSON.stringify(entry.key)}:` : JSON.stringify(entry.value, null, indent).split('\n')[0]!), `${entry.pointer} in ${text}`).toBe(true);
        }
      }),
    );
  });

  it('reads the places only once one is asked for: a document nested deeper than the place scanner can follow parses, and only a place of it fails', () => {
    // JSON.parse is not recursive; the scanner of places is, and runs out of stack here.
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const located = parseLocatedJson(deep);
    expect(Array.isArray(located.data)).toBe(true);
    expect(() => located.positionOf('/0')).toThrow(RangeError);
  });

  it('accepts and refuses exactly what JSON.parse does (property)', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    // JSON texts with a character dropped, doubled or replaced: mostly broken, sometimes still JSON.
    const mutated = fc.tuple(fc.jsonValue().map((value) => JSON.stringify(value, null, 1)), fc.nat(), fc.constantFrom('', ',', '"', '{', ']', '0', '-', ' ', ':', '\\', 'e', '\u0001')).map(([text, at, insert]) => {
      const index = text.length ? at % text.length : 0;
      return text.slice(0, index) + insert + text.slice(index + (insert === '' ? 1 : 0));
    });
    fc.assert(
      fc.property(mutated, (text) => {
        let located = true;
        try {
          parseLocatedJson(text);
        } catch (error) {
          expect(error).toBeInstanceOf(JsonSyntaxError);
          located = false;
        }
        expect(located, text).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readablePath', () => {
  it('counts array items from 1 in messages', () => {
    expect(readablePath('/annotations/3/quote')).toBe('/annotations/#4/quote');
    expect(readablePath('/0/sha256')).toBe('/#1/sha256');
    expect(readablePath('/tables/10')).toBe('/tables/#11');
    expect(readablePath('')).toBe('/');
  });
});
