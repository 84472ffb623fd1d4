/**
 * A JavaScript RegExp that accepts exactly the values RE2 accepts for a Table
 * Schema pattern (whole-value match), for the small part of the syntax where
 * the two provably agree; null for anything else, which RE2 then tests.
 *
 * Accepted: literal characters; escaped punctuation; \d \D \w \W, which both
 * define over ASCII alone (JavaScript with the u flag and no i flag);
 * \s and \S, written out as RE2 defines them ([\t\n\f\r ]: JavaScript's \s also
 * takes \v and Unicode spaces); \n \t \r \f; bracket classes of those, of ranges
 * and of \p{…} (not "[" inside a class: POSIX classes and XML Schema
 * subtraction); groups, (?:…), alternation; greedy *, +, ?, {n}, {n,}, {n,m} up
 * to 1000 and not nested in another counted repetition (RE2's limits); ^ and $
 * (one-line in both); groups nested a hundred deep at most. Whether a whole value matches a regular language does not
 * depend on how an engine prefers between alternatives, so over this syntax the
 * two accept the same values. Refused: ".", which JavaScript does not let match
 * \r, \u2028 or \u2029; lazy quantifiers, lookaround, backreferences, flags, and
 * anything JavaScript would read differently from RE2 ("]" or "}" alone).
 *
 * \p{…} names a Unicode property whose tables differ between Unicode versions,
 * and the two engines carry their own: with one, the RegExp answers only for
 * values written in ASCII, where every version agrees (`asciiOnly`).
 *
 * A backtracking engine can take exponential time on some patterns that RE2
 * runs in linear time: use this only for patterns the package itself wrote.
 */
export interface EquivalentRegExp {
  regexp: RegExp;
  /** Whether the RegExp speaks for ASCII values only (the pattern names a Unicode property). */
  asciiOnly: boolean;
}

/** The Unicode properties the RegExp may name (a test checks that both engines agree on them over ASCII). */
export const ASCII_STABLE_PROPERTIES = ['L', 'Lu', 'Ll', 'M', 'N', 'Nd', 'P', 'S', 'Z'] as const;

const RE2_SPACE = '\\t\\n\\f\\r ';
const PUNCTUATION = '\\^$.|?*+()[]{}-/';
/** The most RE2 repeats one item (its maximum repeat count). */
const MAX_REPEAT = 1000;
/** Well below the nesting RE2 refuses (1000). */
const MAX_DEPTH = 100;

interface Group {
  /** Whether a counted repetition ({n,m}) is inside this group. */
  counted: boolean;
}

export function equivalentRegExp(pattern: string): EquivalentRegExp | null {
  let source = '';
  let asciiOnly = false;
  const groups: Group[] = [{ counted: false }];
  // What a quantifier would apply to: nothing, a single item, or the group just closed.
  let quantifiable: 'none' | 'item' | 'group' = 'none';
  let closedGroup: Group | null = null;
  let at = 0;
  const escape = (inClass: boolean): string | null => {
    const next = pattern[at + 1];
    if (next === undefined) return null;
    at += 2;
    if ('dw'.includes(next) || (!inClass && 'DW'.includes(next)) || 'ntfr'.includes(next)) return `\\${next}`;
    // Written out in a class, \s must not become a range's end ("[\s-z]").
    if (next === 's') return !inClass ? `[${RE2_SPACE}]` : pattern[at - 3] === '-' || pattern[at] === '-' ? null : RE2_SPACE;
    if (next === 'S' && !inClass) return `[^${RE2_SPACE}]`;
    // JavaScript refuses "\-" outside a class with the u flag; it is a plain "-" there in both.
    if (PUNCTUATION.includes(next)) return next === '-' && !inClass ? '-' : `\\${next}`;
    if (next === 'p') {
      const property = /^\{([A-Za-z]+)\}/.exec(pattern.slice(at));
      if (!property || !(ASCII_STABLE_PROPERTIES as readonly string[]).includes(property[1]!)) return null;
      at += property[0].length;
      asciiOnly = true;
      return `\\p{${property[1]}}`;
    }
    return null;
  };
  while (at < pattern.length) {
    const char = pattern[at]!;
    if (char === '\\') {
      const item = escape(false);
      if (item === null) return null;
      source += item;
      quantifiable = 'item';
    } else if (char === '[') {
      at += 1;
      let item = '[';
      if (pattern[at] === '^') {
        item += '^';
        at += 1;
      }
      // "[]" and "[^]": a literal "]" to RE2, an empty class to JavaScript.
      if (pattern[at] === ']') return null;
      while (pattern[at] !== ']') {
        const member = pattern[at];
        if (member === undefined || member === '[') return null;
        if (member === '\\') {
          const escaped = escape(true);
          if (escaped === null) return null;
          item += escaped;
        } else {
          item += member;
          at += 1;
        }
      }
      at += 1;
      source += `${item}]`;
      quantifiable = 'item';
    } else if (char === '(') {
      if (pattern[at + 1] === '?' && pattern[at + 2] !== ':') return null;
      at += pattern[at + 1] === '?' ? 3 : 1;
      groups.push({ counted: false });
      if (groups.length > MAX_DEPTH) return null;
      source += '(?:';
      quantifiable = 'none';
    } else if (char === ')') {
      const group = groups.pop();
      if (!group || groups.length === 0) return null;
      groups.at(-1)!.counted ||= group.counted;
      closedGroup = group;
      source += ')';
      at += 1;
      quantifiable = 'group';
    } else if (char === '*' || char === '+' || char === '?') {
      if (quantifiable === 'none' || pattern[at + 1] === '?') return null;
      source += char;
      at += 1;
      quantifiable = 'none';
    } else if (char === '{') {
      const count = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(pattern.slice(at));
      if (!count || quantifiable === 'none' || pattern[at + count[0].length] === '?') return null;
      const min = Number(count[1]);
      // {n,} has no maximum.
      const max = count[2] === undefined ? min : count[3] === '' ? null : Number(count[3]);
      if (min > MAX_REPEAT || (max !== null && (max > MAX_REPEAT || max < min))) return null;
      if (quantifiable === 'group' && closedGroup!.counted) return null;
      groups.at(-1)!.counted = true;
      source += count[0];
      at += count[0].length;
      quantifiable = 'none';
    } else if (char === '^' || char === '$' || char === '|') {
      source += char;
      at += 1;
      quantifiable = 'none';
    } else if (char === '.' || char === ']' || char === '}') {
      return null;
    } else {
      // A literal character, a surrogate pair as one.
      const literal = String.fromCodePoint(pattern.codePointAt(at)!);
      source += literal;
      at += literal.length;
      quantifiable = 'item';
    }
  }
  if (groups.length !== 1) return null;
  try {
    return { regexp: new RegExp(`^(?:${source})$`, 'u'), asciiOnly };
  } catch {
    return null;
  }
}

/** Whether every character of a value is ASCII. */
export function isAscii(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) if (text.charCodeAt(at) > 0x7f) return false;
  return true;
}
