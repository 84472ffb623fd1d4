import type { Indicator } from '../../src/types/indicator.js';
import type { Mention } from './name-entities.js';
import type { RoledMention } from './pick-subject.js';

/** Which side of a share indicator holds the share, read from its description ("The partner's share of the entity's total exports": the partner); null for other indicators. */
export function shareHolder(indicator: Pick<Indicator, 'description'>): 'entity' | 'partner' | null {
  const holder = /^The (entity|partner)'s share of\b/.exec(indicator.description)?.[1];
  return holder === 'entity' || holder === 'partner' ? holder : null;
}

/**
 * The two sides of a share as a sentence prints it: the subject before the
 * figure holds the share ("Peru is involved with 38% …", "Peru attracted
 * 2.3% …") and the owner printed after it owns the total it is a share of
 * ("… of total trade in the Latin American region", "… of the FDI of Norway").
 * Null unless the figure's clause prints both (the owner before the next comma), and they differ.
 */
export function readShare(text: string, mentions: readonly RoledMention[], figureAt: number, figureEnd: number, clause: { start: number; end: number }): { holder: Mention; base: Mention } | null {
  const inClause = ({ mention }: RoledMention) => mention.at >= clause.start && mention.at < clause.end;
  const holder = mentions.find((item) => inClause(item) && item.role === 'plain' && item.mention.at < figureAt);
  // The total's words run on from the figure to the next comma: "accounting for 3.4% of the latter's total imports, surpassed only by Japan" names no owner of the total.
  const base = mentions.find((item) => inClause(item) && (item.role === 'owner' || item.role === 'of') && item.mention.at >= figureEnd && !text.slice(figureEnd, item.mention.at).includes(','));
  return holder && base && holder.mention.id !== base.mention.id ? { holder: holder.mention, base: base.mention } : null;
}
