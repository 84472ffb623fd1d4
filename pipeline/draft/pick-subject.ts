import type { Mention } from './name-entities.js';
import type { MentionRole } from './read-direction.js';

/** A name of a sentence with the role its words give it. */
export interface RoledMention {
  mention: Mention;
  role: MentionRole;
}

/** Roles of a name that is what a clause speaks about, not the object of a preposition: "Mexico has …", "Korea's …", "Mexican interests". */
const SUBJECT_ROLES: readonly MentionRole[] = ['plain', 'owner', 'people'];

/** Whether a name is what its clause speaks about: a subject, an owner, a people, or a possessive after any word ("from Korea's airport"). */
export function isSubject(text: string, { mention, role }: RoledMention): boolean {
  return SUBJECT_ROLES.includes(role) || /^[’']s\b/.test(text.slice(mention.at + mention.name.length));
}

/**
 * Whose a one-sided figure is (a GDP, a population, a count of cities): of the
 * names of its sentence, the one printed with "of" right after its own words
 * ("USD 4,300 in the case of Peru"), else the one its clause speaks about,
 * before it: a name in the figure's clause before one outside it, printed
 * before the figure before one after it, a subject ("Mexico has", "Korea's")
 * before a name after a preposition ("with Europe", "in China"), the nearest
 * first; a possessive is a subject after any word ("from Korea's airport").
 * `ownedAfter` tells a name printed with "of" right after the figure.
 */
export function pickSubject(text: string, mentions: readonly RoledMention[], figureAt: number, clause: { start: number; end: number }, ownedAfter: (mention: Mention) => boolean): Mention | undefined {
  const owned = mentions.filter((item) => item.role === 'of' && ownedAfter(item.mention)).sort((a, b) => a.mention.at - b.mention.at)[0];
  if (owned) return owned.mention;
  const rank = (item: RoledMention) => [
    item.mention.at >= clause.start && item.mention.at < clause.end ? 0 : 1,
    item.mention.at < figureAt ? 0 : 1,
    isSubject(text, item) ? 0 : 1,
    Math.abs(item.mention.at - figureAt),
  ];
  const order = (a: RoledMention, b: RoledMention) => {
    const [left, right] = [rank(a), rank(b)];
    const differs = left.findIndex((value, index) => value !== right[index]);
    return differs < 0 ? 0 : left[differs]! - right[differs]!;
  };
  return [...mentions].sort(order)[0]?.mention;
}

/** What a sentence speaks about: the first of its names that is a subject ("Over the decades, Korea has transformed itself"). */
export function pickSubjectOf(text: string, mentions: readonly RoledMention[]): Mention | undefined {
  return mentions.find((item) => isSubject(text, item))?.mention;
}

/** A statement joined by ", and" or ", but" that opens with its verb ("…, but exported just …"): it has no subject of its own. */
const SUBJECTLESS_STATEMENT = /,\s(?:and|but)\s(?:(?:also|then|only|later)\s)?(?:\p{Ll}+ed|sold|bought|sent|spent|received|gave|took|made|paid|rose|fell|grew)\s[^,;]*$/u;

/**
 * The subject a figure's statement shares with the clause before it, where
 * the statement opens with its verb and names no one before the figure ("Chile
 * imported 3.4 billion dollars of goods from Peru, but exported just 600 million
 * dollars"): the subject of the sentence's first clause, printed before it.
 */
export function sharedSubject(text: string, mentions: readonly RoledMention[], figureAt: number): Mention | undefined {
  const joint = SUBJECTLESS_STATEMENT.exec(text.slice(0, figureAt));
  if (!joint || mentions.some((item) => item.mention.at >= joint.index && item.mention.at < figureAt)) return undefined;
  return mentions.find((item) => item.mention.at < joint.index && item.role === 'plain' && /^\s(?:\p{Ll}+ed|sold|bought|sent|spent|received|has|had|was)\b/u.test(text.slice(item.mention.at + item.mention.name.length)))?.mention;
}
