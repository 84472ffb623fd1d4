import type { Mention } from './name-entities.js';
import { isSubject, type RoledMention } from './pick-subject.js';

/**
 * The counterpart a figure's own statement names, when no word gives one a
 * role in the flow: the first name the statement speaks about ("In 2009, India
 * overtook Chile as the EU's 3rd largest partner": India), else the first it
 * names at all; names of `taken` sides are no counterpart.
 */
export function pickCounterpart(text: string, mentions: readonly RoledMention[], statement: { start: number; end: number }, taken: readonly string[]): Mention | undefined {
  const inStatement = mentions.filter(({ mention }) => mention.at >= statement.start && mention.at < statement.end && !taken.includes(mention.id));
  return (inStatement.find((item) => isSubject(text, item)) ?? inStatement[0])?.mention;
}
