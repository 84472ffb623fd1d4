import type { EntityResolver } from '../03-normalize/index.js';

/** An entity named in a text: its id, where the name is printed (in the text given), and the name. */
export interface Mention {
  id: string;
  at: number;
  name: string;
  /** Printed as its people's adjective or name ("Mexican", "Koreans"), not as the country's name. */
  demonym?: true;
}

/** Endings of a people's adjective and the endings of the country's name they stand for ("Mexican" → "Mexico", "Chinese" → "China", "Korean" → "Korea"). */
const DEMONYM_ENDINGS: readonly [RegExp, readonly string[]][] = [
  [/ese$/, ['a', '']],
  [/ian$/, ['ia', 'a', '']],
  [/ans?$/, ['o', 'a', 'e', '']],
  [/ns?$/, ['']],
];

const PHRASE = /[\p{Lu}][\p{L}.’'-]*(?: (?:of |de |the |and )?[\p{Lu}][\p{L}.’'-]*)*/gu;

/**
 * Entities named in a text, in order: capitalised phrases that the alias table
 * or ISO 3166 knows (the longest name first), and peoples' adjectives of known
 * countries ("Mexican", "Chinese"). Nothing is recorded as met in the resolver.
 */
export function nameEntities(text: string, entities: EntityResolver): Mention[] {
  const found: Mention[] = [];
  // "Mexico-Korea", "US-China": each side a name of its own (same length, so positions hold).
  const spaced = text.replace(/(?<=\p{Lu}[\p{L}.]*)-(?=\p{Lu})/gu, ' ');
  for (const match of spaced.matchAll(PHRASE)) {
    const words = [...match[0].matchAll(/\S+/g)];
    let index = 0;
    while (index < words.length) {
      let taken = 0;
      for (let size = words.length - index; size >= 1 && !taken; size -= 1) {
        const first = words[index]!;
        const last = words[index + size - 1]!;
        const name = match[0].slice(first.index, last.index + last[0].length).replace(/[’']s$/, '').replace(/[.,;:]$/, '');
        if (/^(?:of|de|the|and)$/i.test(name)) continue;
        // "US $ 7 billion", "US$4.2 trillion": a currency's name, not a country's.
        if (!/[’']s$/.test(last[0]) && /^\s?\$/.test(spaced.slice(match.index + last.index + last[0].length))) continue;
        const named = entities.peek(name);
        const id = named ?? (size === 1 ? demonymOf(name, entities) : null);
        if (id) {
          found.push({ id, at: match.index + first.index, name, ...(named ? {} : { demonym: true as const }) });
          taken = size;
        }
      }
      index += taken || 1;
    }
  }
  return found;
}

function demonymOf(word: string, entities: EntityResolver): string | null {
  const plain = word.replace(/[’']s$/, '');
  for (const [ending, replacements] of DEMONYM_ENDINGS) {
    if (!ending.test(plain)) continue;
    const stem = plain.replace(ending, '');
    for (const replacement of replacements) {
      const id = entities.peek(stem + replacement);
      // Only countries: "American" leads to no country, and a region's adjective is an alias of its own.
      if (id && /^[A-Z]{3}$/.test(id)) return id;
    }
  }
  return null;
}
