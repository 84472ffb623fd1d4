import type { Mention } from './name-entities.js';

/** A region that lists its members. */
export interface Group {
  id: string;
  members: ReadonlySet<string>;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
/** Words that point back to countries just named: "those two countries", "these three economies", "both nations". */
const GROUP_WORDS = /\b(?:(?:those|these|the)\s(two|three|four|five)|both(?:\s(?:the|these|those))?)\s(?:countries|nations|economies|markets|partners)\b/gi;

/**
 * Groups of countries a text names by pointing back ("73% of its trade went to
 * those two countries"): the countries the sentence before named last, as many
 * as the words say and none the sentence itself names before them, make up the
 * region whose members are exactly they. `earlier` gives
 * the names printed before `text` (the sentence before), in order, and `groups`
 * the regions with their members, both read only where such words are printed.
 */
export function nameGroups(text: string, mentions: readonly Mention[], earlier: () => readonly Mention[], groups: () => readonly Group[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(GROUP_WORDS)) {
    const count = match[1] ? COUNT_WORDS[match[1].toLowerCase()]! : 2;
    // Whoever the sentence names before the words speaks of the group, and is not in it ("Peruvian trade concentrated in those two countries").
    const speaker = mentions.filter((mention) => mention.at < match.index).map((mention) => mention.id);
    const before = earlier().map((mention) => mention.id).filter((id) => /^[A-Z]{3}$/.test(id) && !speaker.includes(id));
    const last: string[] = [];
    for (const id of before.reverse()) if (!last.includes(id) && last.length < count) last.push(id);
    const group = last.length === count ? groups().find((candidate) => candidate.members.size === count && last.every((id) => candidate.members.has(id))) : undefined;
    if (group) found.push({ id: group.id, at: match.index, name: match[0] });
  }
  return found;
}
