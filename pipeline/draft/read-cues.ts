/**
 * What the words around a figure say it is, before naming what it measures: a
 * change ("grew by 12%"), a level reached ("rose to 12%", "12% of"), a figure
 * of each year ("annually"), a rank ("its rank was 32").
 */

/** How many characters of a text's start are the figure's digits ("12,500.5", "12 500"). */
export function numberLength(text: string): number {
  return /^\d[\d.,]*(?:\s\d{3}(?!\d))*/.exec(text)?.[0].length ?? 0;
}

/** What a percentage's words say it is: a change ("grew by 12%"), a level reached ("rose to 12%", "12% of"), counted over each year ("annually"). */
export interface Cues {
  change: boolean;
  level: boolean;
  annual: boolean;
}

/** Words that round or bound a figure, which may stand between it and the word that says what it is. */
const HEDGE = String.raw`(?:(?:about|almost|nearly|some|around|roughly|approximately|only|just|over|under|more than|less than|up to|as much as|an estimated|a further)\s+)*`;
/** Verbs of change: a figure they lead "by" is how much the thing changed. */
const CHANGE_VERB = /\b(?:increas|grow|grew|rose|rise|rising|risen|fell|fall|declin|decreas|drop|dropp|expand|jump|surg|climb|shr[ai]nk|gain|doubl|contract)\w*/i;
/** One printed word that is a verb of change. */
export const CHANGE_WORD = new RegExp(`^${CHANGE_VERB.source}$`, 'i');
/** A change verb right before the figure ("growing more than 12%"), or "by" after one ("exports to Chile by 12%"). */
const CHANGE_BEFORE = new RegExp(String.raw`(?:${CHANGE_VERB.source}\s+(?:of\s+)?${HEDGE}|\bby\s+${HEDGE})\$?\s?$`, 'i');
/** "To" or "at" after a change verb: the level reached, not the change ("rose to 12%"). */
const LEVEL_BEFORE = new RegExp(String.raw`\b(?:to|at)\s+${HEDGE}$`, 'i');
/** A percentage of something ("12% of total exports"), or words of a share before it. */
const SHARE_AFTER = /^\s?(?:%|percent|per cent)\s+of\b/i;
const SHARE_BEFORE = new RegExp(String.raw`\b(?:share of|account(?:s|ed|ing)? for|represent(?:s|ed|ing)?|ma(?:de|ke|king) up|constitut(?:e|es|ed|ing))\s+${HEDGE}$`, 'i');
/** Words of a change printed right after the figure ("a 12% increase"). */
const CHANGE_AFTER = /^\s?(?:%|percent|per cent)\s+(?:increase|growth|rise|decline|drop|fall|jump|gain|reduction)\b/i;
/** Words that count a figure over each year. */
const ANNUAL = /\b(?:annually|annual|a year|per year|each year|every year|per annum|yearly)\b/i;
/** How far after the figure (in characters) the words of each year still speak of it. */
const ANNUAL_REACH = 60;

/** The cues of a figure's words: the clause before it (for a change or a level), the words right after it, and words of each year near it. */
export function readCues(sentence: string, figureAt: number, clause: { start: number; end: number } = { start: 0, end: sentence.length }): Cues {
  const before = sentence.slice(clause.start, figureAt);
  const after = sentence.slice(figureAt + numberLength(sentence.slice(figureAt)), clause.end);
  const near = before.slice(-30) + after.slice(0, ANNUAL_REACH);
  const levelAfterChange = LEVEL_BEFORE.test(before) && CHANGE_VERB.test(before.slice(-60));
  const shared = SHARE_AFTER.test(after) || SHARE_BEFORE.test(before);
  const change = !levelAfterChange && (CHANGE_AFTER.test(after) || (CHANGE_BEFORE.test(before) && (CHANGE_VERB.test(before.slice(-40)) || CHANGE_VERB.test(sentence.slice(0, figureAt)))));
  return { change, level: !change && (levelAfterChange || shared), annual: ANNUAL.test(near) };
}

/** A plain number that a word of ranking leads is a position, not a count: "its rank was 27", "ranked 5", "had fallen to 38". */
const RANK_BEFORE = /\b(?:rank(?:s|ed|ing)?|position)\s+(?:(?:was|is|had|has|have|been|at|to|from|of|number|no\.|fallen|fell|dropped|slipped|risen|rose|climbed|improved|moved)\s+)*$/i;

/** The words of ranking right before a figure (its unit is then a rank, and its indicator one of rank), or null. */
export function rankNamedBefore(before: string): string | null {
  return RANK_BEFORE.exec(before)?.[0].trim() ?? null;
}
