import type { Event } from '../../src/types/event.js';

/** Where a date is printed in the clause read: its first character and just past its last. */
export interface DateSpan {
  start: number;
  end: number;
}

export interface EventTypeCue {
  type: Event['type'];
  cue: string;
}

/** Verbs and nouns that name an event's type; where two are printed as near a date, the one listed first wins. */
const CUES: readonly [Event['type'], RegExp][] = [
  ['in_force', /\b(?:(?:entered|enters|went|goes|came|come|coming|entry) into (?:force|effect)|took effect|takes effect|in force|in effect|implemented|activated|became effective|came into being)\b/i],
  // "Relations between Mexico and … were established", also after a footnote number printed against it ("4Relations").
  ['diplomatic_relations', /\b(?:diplomatic (?:relations|ties|links)|(?:established|establish|establishing|opened|restored|broke off|broken|severed|resumed) (?:full |formal )?(?:diplomatic )?(?:relations|ties|links)|(?:establishment|restoration|rupture|resumption) of (?:full |formal )?(?:diplomatic )?(?:relations|ties|links)|recogni[sz](?:ed|es|ing|tion))\b|(?<![a-z])relations (?:between|with)\b[^.;]{0,160}?\b(?:were|was) (?:established|restored|resumed|opened)\b|(?<=\brelations\b[^.;]{0,160}?\b(?:were|was|had been)\b[^.;]{0,80}?)\b(?:broken off|broken|severed|suspended|restored|resumed|re-?established)\b/i],
  ['membership', /\b(?:join(?:ed|s|ing)?|became (?:a )?(?:full )?member|member(?:ship)? (?:of|in)|admitted|acceded|accession|entry (?:in)?to|entered the)\b/i],
  // An effort towards relations or an agreement is its negotiation; so is an agreement finished but not yet signed.
  ['negotiation', /\b(?:(?:initiative|efforts?|attempts?|steps|studies) (?:to|towards?) (?:establish|conclude|negotiate|sign|explore)|(?:agreement|treaty|negotiations?|talks) (?:was|were) (?:completed|concluded|finali[sz]ed))\b/i],
  ['agreement', /\b(?:sign(?:ed|s|ing)|agreement|treaty|accord|convention|memorandum|ratif(?:ied|ication)|approved)\b/i],
  ['state_visit', /\b(?:(?:president|king|queen|emperor|head of state)\b.{0,80}\bvisit(?:ed|s|ing)?|state visit|visit(?:ed|s)? by (?:the )?(?:president|head of state))/i],
  // A commemoration is its own event, whatever it commemorates ("the 50th anniversary of the first Italian migration"); so are games and fairs.
  ['other', /\b(?:anniversary|centennial|centenary|bicentennial|commemorat(?:ed|es|ing|ion)|celebrat(?:ed|es|ing|ion)|Olympics|Olympic Games|World Cup|world fair)\b/i],
  // A meeting held is an event of its own, not the founding of the body that holds it ("The council held four meetings (…)").
  ['other', /\b(?:(?:held|holds|hold|convened)\b[^.;]{0,40}?\bmeetings?|meetings? (?:was|were) held|met)\b/i],
  ['visit', /\b(?:visit(?:ed|s|ing)?|trip|toured|travel(?:l?ed)|summit|meet(?:ing)? with)\b/i],
  ['negotiation', /\b(?:negotiat(?:ed|ion|ions|ing)|talks)\b/i],
  ['institution', /\b(?:(?:establish(?:ed)?|found(?:ed)?|create[d]?|set up|launch(?:ed)?|inaugurated|opened) (?:the|a|an)\b|(?:was|were|been) (?:\w+ )?(?:established|founded|created|set up|inaugurated|opened)|(?:established|founded|created|set up|inaugurated) (?:in|on)|(?:establishment|foundation|founding|creation|opening) of|founding)\b/i],
  ['election', /\b(?:elect(?:ed|ion|ions)|won the presidency|took office|sworn in|inaugurated as)\b/i],
  ['crisis', /\b(?:crisis|crises|turmoils?|crash|devaluation|default(?:ed)?|collapse)\b/i],
  ['conflict', /\b(?:war|uprising|upheaval|invasion|invaded|attack(?:ed|s)?|rebellion|revolution|fought|insurgen(?:cy|ts)|guerrillas?|opened fire|(?<!non-)intervention|intervened)\b/i],
  ['migration', /\b(?:migra(?:tion|nts|ted)|immigra(?:tion|nts|ted)|emigra(?:tion|nts|ted))\b/i],
  ['policy', /\b(?:polic(?:y|ies)|sanctions|program(?:me)?s?|reform|announced|adopted|launched|initiative|plan|imposed|introduced|changed|abolished|lifted|removal|removed|nationali[sz](?:ed|ation)|expropriat(?:ed|ion)|initiation|reiterated|declared|doctrine)\b/i],
];

/** What happens in a clause opened by these words is the background of a date outside it ("while the crisis was still growing,"). */
const BACKGROUND = /\b(?:while|whereas|although)\b[^,.;]*,|\b(?:in the (?:wake|aftermath) of|amid(?:st)?)\b[^,.;]*?(?=\s(?:or|and|in|on|during)\b|[,.;])/gi;
/** A noun of an event followed by what it is about ("negotiations on the establishment of …", "the anniversary of the … migration"): the first names the event. */
const COMPLEMENT = /^\s(?:of|on|for|to|over|about|into)\s(?:the\s|a\s|an\s)?(?:[\p{L}\d’'-]+\s){0,3}$/u;
/** A verb whose object is what happened: the thing printed before it caused it ("the memorandum triggered off the debt crisis"). */
const CAUSE = /\b(?:triggered(?: off)?|sparked|provoked|unleashed|led to)\b/gi;
/** A negation right before a verb: what did not happen is no event of that verb's type ("did not join"). */
const NEGATED = /\b(?:not|never|n[o’']t|no longer)\s(?:yet\s|even\s)?$/i;
/** A refusal after the words in their clause: what was turned down did not happen ("the application for membership … was rejected"). */
const REFUSED = /^[^,.;]{0,60}?\b(?:was|were|had been) (?:rejected|refused|denied|vetoed|turned down)\b/i;
/** Dates printed one after another ("in 1989 and 1985", "in 1989, and finally in 2004") share the words that say what happened. */
const COORDINATED = /^[\s,]*(?:(?:and|or)\s)?(?:(?:finally|then|again|later|also)\s)?(?:(?:in|on)\s)?$/;
/** A date that leaves out the verb of the one before ("… in May 1988 and Peru in December 1991", "relations with Peru in 1960, with Chile in 1965 and with Bolivia on 4 May 1970", "in force for Peru on … and for Chile on …") is of the same type. */
const ELLIPSIS = /^\s?(?:,\s?(?:(?:and|or|but|while)\s)?|(?:and|or|but|while)\s)(?:(?:with|for|to|by)\s)?(?:the\s)?(?:\p{Lu}[\p{L}’'-]*\s){1,3}(?:in|on)\s$/u;
/** A date that bounds a span ("from 1987 on") situates; it claims no words. */
const SITUATING = /\b(?:from|until|till|through)\s$/i;
/** A comma, a semicolon or an "and" between a date and a word: the word is another clause's, read only where none is nearer. */
const CLAUSE_BREAK = /[,;:]|\band\b/;
const CLAUSE_PENALTY = 30;
const HEAD_OF_STATE = /\b(?:President|King|Queen|Emperor|head of state)\b/;

interface Found {
  type: Event['type'];
  cue: string;
  start: number;
  end: number;
  order: number;
  head?: Found;
}

/**
 * The event type the words around a date name, and the cue found; null when
 * none of them does. With `date` (the date's place in the clause; a number is
 * its first character), the cue printed nearest the date wins, the list's
 * order breaking ties, and a cue printed nearer another of the clause's
 * `others` dates is that date's. Without it, the first cue of the list found.
 */
export function readEventType(clause: string, date?: DateSpan | number, others: readonly DateSpan[] = []): EventTypeCue | null {
  const span = typeof date === 'number' ? { start: date, end: date } : date;
  const text = span ? foreground(clause, span) : clause;
  const found = cuesIn(text, span);
  if (found.length === 0) return beginning(text);
  if (!span) return describe(text, found.reduce((first, item) => (item.order < first.order ? item : first)));
  const rivals = others.filter((other) => other.start !== span.start && !coordinated(text, span, other) && !SITUATING.test(text.slice(Math.max(0, other.start - 8), other.start)));
  // A word printed in another date's clause, with a comma or semicolon between it and this date, is that date's, however near ("visited Peru in May 1996, and Chile joined the forum in 1991").
  const mine = found.filter((item) => rivals.every((other) => {
    const [own, theirs] = [sameClause(text, item, span), sameClause(text, item, other)];
    return own !== theirs ? own : distance(text, item, span) <= distance(text, item, other);
  }));
  if (mine.length === 0) {
    const before = others.filter((other) => other.end <= span.start).at(-1);
    return before && ELLIPSIS.test(text.slice(before.end, span.start)) ? readEventType(clause, before, others) : beginning(text);
  }
  const best = mine.reduce((nearest, item) => {
    const [a, b] = [distance(text, item, span), distance(text, nearest, span)];
    return a < b || (a === b && item.order < nearest.order) ? item : nearest;
  });
  // The noun an event's words complete names the event, where that noun is this date's too.
  const chosen = best.head && mine.includes(best.head) ? best.head : best;
  // A treaty a country keeps "since" a year has been in force since then.
  if (chosen.type === 'agreement' && /\bsince\s$/i.test(text.slice(Math.max(0, span.start - 6), span.start))) return { type: 'in_force', cue: `${chosen.cue} … since` };
  return describe(text, chosen);
}

/** A beginning dated by the words after it ("trade with Peru began in 1971", "Brazil became its largest partner in 2010"): an event of its own where no word of another type is printed. */
const BEGINNING = /\b(?:began|begun|started)(?=\s(?:in|on)\s)|\bbecame\b(?=[^.;,]{0,60}\bin\s(?:1[5-9]|20)\d\d)/i;

function beginning(clause: string): EventTypeCue | null {
  const found = BEGINNING.exec(clause);
  return found ? { type: 'other', cue: found[0] } : null;
}

function describe(text: string, found: Found): EventTypeCue {
  // A visit by a head of state is a state visit, wherever the title is printed in the visit's clause.
  const around = text.slice(Math.max(0, found.start - 80), found.end + 80);
  const at = found.start - Math.max(0, found.start - 80);
  const title = [...around.matchAll(new RegExp(HEAD_OF_STATE.source, 'g'))].find((match) => !/[,;.]/.test(match.index < at ? around.slice(match.index, at) : around.slice(at + found.cue.length, match.index)));
  if (found.type === 'visit' && title) return { type: 'state_visit', cue: `${title[0]} … ${found.cue}` };
  return { type: found.type, cue: found.cue };
}

/** The clause with its background blanked out, unless the date is printed in it; same length, so places still match. */
function foreground(clause: string, date: DateSpan): string {
  return clause.replace(BACKGROUND, (words, at: number) => (at <= date.start && date.end <= at + words.length ? words : ' '.repeat(words.length)));
}

/** Every cue printed in the text, each overlapped by a longer one dropped, those not happening dropped, those after a cause's verb kept over those before it. */
function cuesIn(text: string, date?: DateSpan): Found[] {
  const all: Found[] = [];
  CUES.forEach(([type, pattern], order) => {
    for (const match of text.matchAll(new RegExp(pattern.source, 'gi'))) {
      if (NEGATED.test(text.slice(Math.max(0, match.index - 20), match.index)) || REFUSED.test(text.slice(match.index + match[0].length))) continue;
      all.push({ type, cue: match[0], start: match.index, end: match.index + match[0].length, order });
    }
  });
  const kept = all.filter((item) => !all.some((other) => other !== item && other.start < item.end && item.start < other.end && (other.end - other.start > item.end - item.start || (other.end - other.start === item.end - item.start && other.order < item.order))));
  for (const item of kept) item.head = kept.find((other) => other.end <= item.start && other.type !== item.type && COMPLEMENT.test(text.slice(other.end, item.start)));
  for (const cause of text.matchAll(CAUSE)) {
    const clauseEnd = cause.index + (/[,.;]/.exec(text.slice(cause.index))?.index ?? text.length);
    const effect = kept.filter((item) => item.start >= cause.index + cause[0].length && item.start < clauseEnd);
    const clauseStart = Math.max(0, ...[...text.slice(0, cause.index).matchAll(/[,.;]/g)].map((mark) => mark.index + 1));
    if (effect.length === 0) continue;
    // A date printed in the subject, with no break before the verb, dates the cause ("the visit … in 1970 led to the signing"); else the effect.
    if (date && date.start >= clauseStart && date.end <= cause.index && !/[,;]/.test(text.slice(date.end, cause.index))) return kept.filter((item) => !effect.includes(item));
    return kept.filter((item) => !(item.end <= cause.index && item.start >= clauseStart));
  }
  return kept;
}

/** How far a cue is printed from a date, in characters, a clause break after the date counting as more. */
function distance(text: string, cue: Found, date: DateSpan): number {
  if (cue.start >= date.end) return cue.start - date.end + (CLAUSE_BREAK.test(text.slice(date.end, cue.start)) ? CLAUSE_PENALTY : 0);
  if (cue.end >= date.start) return 0;
  // A date set off by commas (", in 1988,") is the date of the words just before it.
  const appositive = /,\s?(?:in|on)\s$/.exec(text.slice(Math.max(0, date.start - 5), date.start)) && /^\s?,/.test(text.slice(date.end, date.end + 2));
  const gap = text.slice(cue.end, date.start);
  if (appositive) return CLAUSE_BREAK.test(gap.replace(/,\s?(?:in|on)\s$/, '')) ? gap.length + CLAUSE_PENALTY : 0;
  return gap.length + (CLAUSE_BREAK.test(gap) ? CLAUSE_PENALTY : 0);
}

/** Whether a cue and a date are printed with no comma, semicolon or colon between them. */
function sameClause(text: string, cue: Found, date: DateSpan): boolean {
  return !/[,;:]/.test(cue.start >= date.end ? text.slice(date.end, cue.start) : text.slice(cue.end, date.start));
}

function coordinated(text: string, a: DateSpan, b: DateSpan): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return COORDINATED.test(text.slice(first.end, second.start));
}

/** An occasion a date is printed in or right by ("during the state visit of …", ", the day the treaty entered into force,", a clause led by "With the anniversary of …"): an event of its own. */
const OCCASION = /\b(?:during|on the occasion of|the day)\b[^,.;]*|(?<=^\s*|[,;]\s?)with the\b[^,.;]*/gi;

/**
 * Two events one date dates: what the clause says happened, and the occasion
 * the date is printed with, where the two are of different types ("The
 * commission was founded on March 9, 2007, during the state visit of …").
 * Null where the date is printed with no such occasion, or it adds no type.
 */
export function readOccasion(clause: string, date: DateSpan, others: readonly DateSpan[] = []): { main: EventTypeCue; occasion: EventTypeCue } | null {
  for (const phrase of clause.matchAll(OCCASION)) {
    const start = phrase.index;
    const end = start + phrase[0].length;
    const around = (date.start >= start && date.end <= end) || /^[\s,]{0,3}$/.test(clause.slice(date.end, start));
    if (!around) continue;
    const occasion = cuesIn(phrase[0]).sort((a, b) => a.start - b.start)[0];
    if (!occasion) continue;
    const rest = clause.slice(0, start) + ' '.repeat(end - start) + clause.slice(end);
    const main = readEventType(rest, date, others);
    const named = describe(phrase[0], occasion);
    const visits: readonly string[] = ['visit', 'state_visit'];
    if (main && main.type !== named.type && !(visits.includes(main.type) && visits.includes(named.type))) return { main, occasion: named };
  }
  return null;
}
