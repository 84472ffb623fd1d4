import type { Mention } from './name-entities.js';
import { isSubject, type RoledMention } from './pick-subject.js';

/** What ends one statement of a sentence and starts another: a semicolon, a contrast, a clause joined by ", and", a relative or causal clause, a parenthesis. */
const STATEMENT_JOINT = /;\s|,?\s(?:while|whereas|but|although)\s|,\s(?:and|which|who|where)\s|\s(?:because|compared (?:to|with))\s|[()]/g;

/**
 * The statement of a sentence a place belongs to: narrower than a clause, it
 * also ends where a clause is joined by ", and", ", which" or "because", and at
 * a parenthesis ("… came from Mexico (Canada was the first, and China the third,
 * with 10.7%)").
 */
export function statementAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const joint of text.matchAll(STATEMENT_JOINT)) {
    if (joint.index + joint[0].length <= at) start = joint.index + joint[0].length;
    else if (joint.index >= at) {
      end = joint.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The counterpart a figure's own statement names, when no word gives one a
 * role in the flow: the first name the statement speaks about ("In 2003, China
 * overtook Mexico as the US's 2nd largest partner": China), else the first it
 * names at all; names of `taken` sides are no counterpart.
 */
export function pickCounterpart(text: string, mentions: readonly RoledMention[], statement: { start: number; end: number }, taken: readonly string[]): Mention | undefined {
  const inStatement = mentions.filter(({ mention }) => mention.at >= statement.start && mention.at < statement.end && !taken.includes(mention.id));
  return (inStatement.find((item) => isSubject(text, item)) ?? inStatement[0])?.mention;
}
