import type { Numeral } from '../02-extract/index.js';
import type { Role } from '../draft-annotations.js';
import type { Located } from './read-period.js';
import type { Sentence } from './split-sentences.js';

/** A figure printed again as a group the text already counted: "of those 20,000", "these 300". */
const GROUP_BEFORE = /\b(?:those|these)\s$/i;

/**
 * A figure that names again a group counted just before ("… about 20,000
 * farmers. Of those 20,000 only 8,000 stayed") measures what the group's figure
 * does, with the same sides: the group is the last observation of the same
 * number, in this sentence or the one before. (What a part counted right after
 * it is of, the sides of the figures before say: REFERS_BACK in draft-annotations.ts.)
 */
export function referBack(text: string, sentence: Sentence, previous: Sentence | null, figure: Located, drafted: Role, roles: ReadonlyMap<Numeral, Role>): Role {
  if (drafted.kind !== 'observation') return drafted;
  const from = previous?.start ?? sentence.start;
  const earlier = [...roles.values()].filter((role) => role.kind === 'observation' && role.at >= from && role.at < figure.at).sort((a, b) => a.at - b.at);
  if (!GROUP_BEFORE.test(text.slice(Math.max(sentence.start, figure.at - 8), figure.at))) return drafted;
  const group = earlier.findLast((role) => role.numeral.text === figure.numeral.text);
  if (group?.kind !== 'observation') return drafted;
  return { ...drafted, observation: { ...group.observation }, why: [...drafted.why.filter((why) => !/^(?:indicator|entity|partner) /.test(why)), `"${text.slice(figure.at - 6, figure.end).trim()}" names again the figure "${group.numeral.text}" before it: its indicator and sides (${group.observation.indicator}, ${group.observation.entity}${group.observation.partner ? `, ${group.observation.partner}` : ''})`] };
}
