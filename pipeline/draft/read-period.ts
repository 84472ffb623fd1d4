import type { Numeral, FoldedText } from '../02-extract/index.js';
import { byteAt, foldedIndexOf } from '../02-extract/index.js';
import type { Confidence, Reading, Role } from '../draft-annotations.js';
import { MONTH_PATTERN } from '../months.js';
import { uniqueQuote, wholeWordsOnce } from './find-unique-quote.js';
import { readEventType } from './read-event-type.js';
import { sentenceIndexAt, type Sentence } from './split-sentences.js';

/** A heading (a short line that ends no sentence) printing a year or a span of years: the period of the figures under it that print none. */
export interface Heading {
  start: number;
  end: number;
  words: string;
  in: { quote: string; occurrence?: number };
  /** Whether its years are claimed though they were read as an event's date (a span closing a heading; a lead date no verb types). */
  overridesEvent: boolean;
}

/** A year or a span of years as printed ("2000-2002", "1994 to 2004", "2003"). */
const PRINTED_YEARS = /\b(?:1[5-9]|20)\d\d(?!['’]?s\b)(?:\s?(?:[-–]|to|through)\s?(?:(?:1[5-9]|20)\d\d|\d\d))?\b/;

export interface Located {
  numeral: Numeral;
  /** Folded index of the numeral's first character. */
  at: number;
  end: number;
}

/** A month, or a span of months, printed right before a year ("December 2010", "Sept. 1999", "January-June 2007", "January to June 2007"). */
const MONTH_BEFORE = new RegExp(`(?:${MONTH_PATTERN}(?:\\s?[-–]\\s?|\\s(?:to|through|until)\\s))?${MONTH_PATTERN},?\\s(?:of\\s)?$`);
/** What joins the two years of a span, a month (and day) of its end included: "-", " to ", " and December ", " to March 31, ". */
const SPAN_JOINT = new RegExp(`^\\s?(?:-|–|to|and|through|until)\\s?(?:${MONTH_PATTERN}\\s(?:\\d{1,2},?\\s)?)?$`);
const SAME_PERIOD = /\b(?:(?:the )?same (?:year|period)|that year|that period|this period|the period)\b/i;
/** Years counted from the publication date, as the build reads them: "last year", and the time of writing ("nowadays", "currently"). */
const RELATIVE_YEAR = /\b(?:(?:last|this|next) year|nowadays|currently|today|at present)\b/i;
/** A word that starts another statement after a figure ("… USD 80 million … and both X and Y are currently …"): what it says of time is not the figure's. */
const NEXT_STATEMENT = /\b(?:and|but|while|whereas)\s/i;
/** A sentence that names where its figures come from ("according to the survey of …") speaks of that source's time, not of the period of the sentence before. */
const OWN_SOURCE = /\baccording to\b/i;
/** A day and month printed before a year: a date to the day dates an event, rarely a figure's period. */
const DAY_BEFORE_YEAR = new RegExp(`(?:${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?,? |\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN},? )$`);
/** A beginning printed right before a year ("began in 1971"). */
const BEGAN = /\b(?:began|begun|started)\s(?:in\s)?$/i;
/** A rate per year ("annually", "each year"): with no year of the sentence to date it, a yearly figure in general, of no year. */
const PER_YEAR = /\b(?:annually|(?:each|every|per) year|a year(?! (?:earlier|later|ago|before|after)))\b/i;
/** What leads a decade that is a figure's period ("… to Peru in the early 1930s"); one printed otherwise ("since the 1950s") situates the narrative. */
const DECADE_LED = /\b(?:in|during|throughout)\s(?:the\s)?(?:(?:early|mid|late)[-\s])?$/i;
/** Words that make a year the bound of a stretch of time ("after the first loan in 1977, there were 14 more"), not the time a figure counts. */
const BOUND_BEFORE = /\b(?:after|before|until|till)\b[^,;]*$/i;

/**
 * A heading's years that give figures under it their period are claimed by
 * those figures' period words, as the build reads them; where the heading's
 * years date an event instead, the figures keep no period.
 */
export function claimHeadingYears(context: Reading, located: readonly Located[], roles: Map<Numeral, Role>): void {
  for (const heading of [...context.headings, ...context.leads]) {
    const users = [...roles.values()].filter((role) => role.kind === 'observation' && role.periodIn === heading.in);
    if (!users.length) continue;
    const wordsAt = context.folded.text.indexOf(heading.words, heading.start);
    const printed = context.numerals.filter((numeral) => { const at = foldedIndexOf(context.folded, numeral.byteStart); return at >= wordsAt && at < wordsAt + heading.words.length; });
    const years = located.filter((item) => printed.includes(item.numeral));
    // Years something else already classifies (a recipe, a reviewed annotation) cannot be claimed twice.
    // A span of years closing a heading is the section's period, though a word of it read like an event's ("Trade Program 2006-2008").
    if (years.length === printed.length && years.every((year) => roles.get(year.numeral)?.kind === 'ignore' || (heading.overridesEvent && roles.get(year.numeral)?.kind === 'event'))) for (const year of years) roles.set(year.numeral, { ...year, kind: 'period' });
    else {
      for (const role of users) {
        if (role.kind !== 'observation') continue;
        const { periodIn: _in, periodWords: _words, ...rest } = role;
        roles.set(role.numeral, { ...rest, why: [...role.why.filter((why) => !why.startsWith('period:')), 'no year printed for it: no period (the heading\'s year dates an event)'] });
      }
    }
  }
}

/** The headings that print a year or span of years, in text order. */
export function readHeadings(folded: FoldedText, sentences: readonly Sentence[]): Heading[] {
  return sentences.flatMap((sentence, index) => {
    const text = folded.text.slice(sentence.start, sentence.end).trim();
    // A heading is short and ends no sentence; a parenthesis or a figure's unit would make it a table cell or a caption.
    if (text.length > 80 || /[.!?;:,)]$/.test(text) || /[%$]/.test(text)) return [];
    // A line under an item of a list that ends no sentence goes on with that item ("- Lima International Book / Fair 2010").
    const above = index > 0 ? folded.text.slice(sentences[index - 1]!.start, sentences[index - 1]!.end) : '';
    if (/^[-–•*]\s/.test(above) && !/[.!?;:]$/.test(above)) return [];
    const found = PRINTED_YEARS.exec(text);
    // A row of figures or a dated line prints other numbers; a section's number before its title is no figure.
    if (!found || /\d/.test(text.replace(found[0], '').replace(/^\d+(?:\.\d+)*\.?\s/, ''))) return [];
    // A heading's period closes it ("Trade Program 2006-2008"); a year that opens a line of a list or chronology ("1971 Trade agreement") dates that line.
    if (/^(?:[-–•*]|Sources?:)/.test(text) || !/^[*\s]*$/.test(text.slice(found.index + found[0].length))) return [];
    const at = folded.text.indexOf(found[0], sentence.start);
    const { quote, occurrence } = uniqueQuote(folded, sentence, at, at + found[0].length);
    if (!wholeWordsOnce(quote, found[0])) return [];
    return [{ start: sentence.start, end: sentence.end, words: found[0], in: { quote, ...(occurrence ? { occurrence } : {}) }, overridesEvent: /\d\s?(?:[-–]|to|through)\s?\d/.test(found[0]) }];
  });
}

/**
 * The date a sentence leads with ("In May 2006, …"), where nothing else
 * uses it: no figure of its own sentence, no verb of an event's type.
 */
function leadDate(context: Reading, sentence: Sentence, roles: ReadonlyMap<Numeral, Role>): Heading | null {
  const text = context.folded.text;
  const found = new RegExp(`^(?:In|During|By) ((?:${MONTH_PATTERN} )?(?:1[5-9]|20)\\d\\d),`).exec(text.slice(sentence.start, sentence.end));
  if (!found) return null;
  const wordsAt = sentence.start + found[0].indexOf(found[1]!);
  const year = [...roles.values()].find((role) => role.at >= wordsAt && role.end <= wordsAt + found[1]!.length);
  if (!year || !((year.kind === 'event' && year.event.type === 'other' && year.confidence === 'low') || (year.kind === 'ignore' && year.reason === 'context_date'))) return null;
  if ([...roles.values()].some((role) => role.kind === 'observation' && role.at >= sentence.start && role.at < sentence.end)) return null;
  const known = context.leads.find((lead) => lead.start === sentence.start);
  if (known) return known;
  const { quote, occurrence } = uniqueQuote(context.folded, sentence, wordsAt, wordsAt + found[1]!.length);
  if (!wholeWordsOnce(quote, found[1]!)) return null;
  const lead: Heading = { start: sentence.start, end: sentence.end, words: found[1]!, in: { quote, ...(occurrence ? { occurrence } : {}) }, overridesEvent: true };
  context.leads.push(lead);
  return lead;
}

/** A figure's period as read: the years (or words) that print it, and why. */
export interface PeriodReading {
  /** The year numerals that print the period (none where it is read by its words elsewhere). */
  years: Located[];
  /** The period's words, where the build reads it by them (a month, a date, "last year", a heading's span). */
  words?: string;
  /** A place in the figure's sentence its annotation's quote must reach: the period's words, or the far end of the words referring to them. */
  wordsAt?: number;
  in?: Heading['in'];
  /** The words of the figure's sentence that refer to a period printed elsewhere ("the same year", "as X was elected"). */
  referredBy?: string;
  why: string;
  confidence: Confidence;
}

/**
 * The year (or span) a figure refers to, or none. The years it takes are set in
 * `taken`: true where the year keeps its own reading too (an event's date that
 * bounds the period), false where it is only the figure's period.
 */
export function readPeriod(context: Reading, sentence: Sentence, previous: Sentence | null, figure: Located, printedYears: readonly Located[], figures: readonly Located[], roles: ReadonlyMap<Numeral, Role>, taken: Map<Located, boolean>): PeriodReading | null {
  const text = context.folded.text;
  // A decade ("1930s", its ten years as the build reads it) dates only a figure printed before it, led by "in the".
  const datesFigure = (year: Located) => !/^['’]?s\b/.test(text.slice(year.end, year.end + 2)) || (year.at > figure.end && DECADE_LED.test(text.slice(Math.max(sentence.start, year.at - 20), year.at)));
  const dayOf = (year: Located) => DAY_BEFORE_YEAR.exec(text.slice(Math.max(sentence.start, year.at - 40), year.at));
  // A date to the day dates an event, not a figure's period; but see what the event made, below.
  const years = printedYears.filter((year) => datesFigure(year) && !dayOf(year));
  const dayDate = printedYears.filter((year) => year.at < figure.at && dayOf(year)).at(-1);
  const nextFigure = figures.find((other) => other.at > figure.at);
  const limit = Math.min(nextFigure?.at ?? sentence.end, figure.end + 50);
  // Years that bound a period and date what bounds it ("since the signing of the treaty in 1979") keep that reading too.
  const use = (found: Located[], why: string, confidence: Confidence, keepsDate = false) => {
    for (const year of found) {
      // The year something began ("imports … began in 1971", "trade began in 1971, when … sold USD 3 million") dates that beginning too.
      const shared = keepsDate || BEGAN.test(text.slice(Math.max(sentence.start, year.at - 20), year.at));
      if (!shared || !taken.has(year)) taken.set(year, shared);
    }
    // A month printed with the year ("In November 2008", "from 1996 to April 2008") is part of the period: given as its words, which the build reads.
    const month = MONTH_BEFORE.exec(text.slice(Math.max(0, found[0]!.at - 32), found[0]!.at));
    const start = found[0]!.at - (month?.[0].length ?? 0);
    const printed = text.slice(start, found.at(-1)!.end);
    return { years: found, why, confidence, ...(new RegExp(MONTH_PATTERN).test(printed) ? { words: printed, wordsAt: start } : {}) };
  };
  // A span printed after the figure: "between 1997 and 2018", "from 1996 to April 2008", "1992-2006" (its end may lie past the usual reach).
  const after = years.filter((year) => year.at >= figure.end && year.at < limit);
  const spanEnd = after[0] && years.find((year) => year.at > after[0]!.at && year.at < (nextFigure?.at ?? sentence.end));
  if (after[0] && spanEnd && SPAN_JOINT.test(text.slice(after[0].end, spanEnd.at))) return use([after[0], spanEnd], `the span "${text.slice(after[0].at, spanEnd.end)}" printed after it`, 'high');
  const first = after[0];
  const before = years.filter((year) => year.at < figure.at && year.at >= sentence.start);
  // "While in 1970, coal was 41% and machinery 19% of total exports, in 2010 …": a year opening the next clause with figures of its own dates those, and the figure keeps the year before it.
  const leadsNext = first && before.length > 0 && /,/.test(text.slice(figure.end, first.at)) && figures.some((other) => other.at > first.end && other.at < (years.find((year) => year.at > first.at)?.at ?? sentence.end));
  // A semicolon ends what the figure's words say: "was 27; by 2008, … had fallen to 38" dates the 38.
  if (first && !leadsNext && !/;/.test(text.slice(figure.end, first.at)) && /(?:\b(?:in|for|of|by|during|as of|since|at the end of|through|between|from)|[,(])\s?$/i.test(text.slice(figure.end, first.at))) {
    // "from 1996 to April 2008" is a span, though another figure of the same words lies between the figure and its end.
    const end = /\b(?:from|between)\s?$/i.test(text.slice(figure.end, first.at)) ? years.find((year) => year.at > first.at && SPAN_JOINT.test(text.slice(first.end, year.at))) : undefined;
    if (end) return use([first, end], `the span "${text.slice(first.at, end.end)}" after it`, 'high');
    return use([first], `"${text.slice(figure.end, first.end).trim()}" after it`, 'high');
  }
  const nearest = before.at(-1);
  // A time of writing printed right after the figure ("7 billion pesos last year, against …") is its period, whatever year another figure of the sentence prints.
  const relativeAfter = relativeYearAfter(context, sentence, figure, nextFigure);
  if (relativeAfter) return relativeAfter;
  // "entered into force on March 3, 1999, creating a market of 90 million consumers": what the event made is counted on its date.
  const made = dayDate && (!nearest || nearest.at < dayDate.at) ? /^,\s(?:\p{L}+\s)?\p{Ll}+ing\b/u.exec(text.slice(dayDate.end, figure.at)) : null;
  if (dayDate && made) {
    const wordsAt = dayDate.at - dayOf(dayDate)![0].length;
    if (!taken.has(dayDate)) taken.set(dayDate, true);
    return { years: [dayDate], words: text.slice(wordsAt, dayDate.end), wordsAt, why: `"${text.slice(wordsAt, dayDate.end)}${made[0]}": what the event of that date made is counted on it`, confidence: 'low' };
  }
  // "From 2003 to 2013 trade doubled to 9 billion pesos, and 60 ships were built by 2012": a clause of its own, with its own year after the figure, is dated by that year.
  const ownClauseYear = nearest && clauseYearAfter(text, sentence, figure, nearest, figures, years);
  if (ownClauseYear) return use([ownClauseYear], `"${text.slice(figure.end, ownClauseYear.end).trim()}" in its own clause, after another figure's year`, 'medium');
  // "climbed from 1.1 billion pesos in 2006 to 3.9 billion in 2016, or 13.5% a year": a rate over the change just printed is of its span.
  const averaged = averagedSpan(text, sentence, figure, before, figures);
  if (averaged) return use(averaged, `a yearly rate printed right after the change from ${averaged[0].numeral.text} to ${averaged[1].numeral.text}: of its span`, 'medium');
  if (nearest) {
    const spanStart = before.at(-2);
    if (spanStart && SPAN_JOINT.test(text.slice(spanStart.end, nearest.at))) return use([spanStart, nearest], `the span "${text.slice(spanStart.at, nearest.end)}" earlier in the sentence`, 'medium');
    // "after the first loan in 1977, there were 14 more loans": the year bounds the time the figure counts, whose other end is not printed.
    const bound = BOUND_BEFORE.exec(text.slice(sentence.start, nearest.at));
    if (bound && /^,/.test(text.slice(nearest.end))) return { years: [], why: `"${bound[0].split(/\s/)[0]} … ${nearest.numeral.text}" bounds the time it counts, whose other end is not printed: no period`, confidence: 'low' };
    // "the largest partner in 2010, with trade growing 9% a year since … 1979": the years since the earlier one, up to the year of the statement.
    const since = /\bsince\b/i.exec(text.slice(figure.end, nextFigure?.at ?? sentence.end));
    const start = since && years.find((year) => year.at > figure.end + since.index && year.at - (figure.end + since.index) < 90 && Number(year.numeral.text) < Number(nearest.numeral.text));
    if (start) return use([start, nearest], `"since … ${start.numeral.text}" after it, up to ${nearest.numeral.text}, the year of the sentence`, 'medium', true);
    return use([nearest], `the year ${nearest.numeral.text} earlier in the sentence`, figures.some((other) => other.at > nearest.at && other.at < figure.at) ? 'medium' : 'high');
  }
  // A year in a parenthesis opened after the figure, beside figures of its own, dates those ("over 300 students … (… 12 in 2001, 30 in 2003)").
  const inOwnParenthesis = (year: Located) => {
    const open = /\([^)]*$/.exec(text.slice(figure.end, year.at));
    return open !== null && figures.some((other) => other.at > figure.end + open.index && other.at < year.at);
  };
  const later = years.find((year) => year.at >= figure.end && !inOwnParenthesis(year));
  const laterEnd = later && years.find((year) => year.at > later.at);
  // A span led by "from" or "between" closing the sentence dates every figure before it that prints no year ("around 2.3% of the total of USD 21.7 billion … between 1996 and 2004").
  const ledSpan = later && /\b(?:from|between)\s$/i.test(text.slice(Math.max(sentence.start, later.at - 9), later.at));
  if (later && laterEnd && SPAN_JOINT.test(text.slice(later.end, laterEnd.at)) && (ledSpan || !figures.some((other) => other.at > figure.at && other.at < later.at))) return use([later, laterEnd], `the span "${text.slice(later.at, laterEnd.end)}" later in the sentence`, 'medium');
  if (later && !figures.some((other) => other.at > figure.at && other.at < later.at)) return use([later], `the year ${later.numeral.text} later in the sentence`, 'medium');
  // One printed before it with no year between ("Last year 90,000 visitors came, against 60,000 in 2019"; "Nowadays some 80 Peruvian banks …") is its own time, not the period of the sentence before.
  const relativeBefore = relativeYearBefore(context, sentence, figure, years);
  if (relativeBefore) return relativeBefore;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const perYear = PER_YEAR.exec(sentenceText);
  if (perYear && !later) return { years: [], why: `"${perYear[0]}" and no year of the sentence dates it: a yearly figure in general, of no year`, confidence: 'medium' };
  const event = previous && eventReferredTo(context, sentence, previous, figure, roles);
  if (event) return event;
  const earlier = previous ? [...roles.values()].filter((role) => role.kind === 'period' && role.at >= previous.start && role.at < previous.end).sort((a, b) => a.at - b.at) : [];
  if (earlier.length && SAME_PERIOD.test(sentenceText)) return use([earlier.at(-1)!], `"${SAME_PERIOD.exec(sentenceText)![0]}": the year ${earlier.at(-1)!.numeral.text} of the sentence before`, 'medium');
  const ownSource = OWN_SOURCE.exec(sentenceText);
  // A paragraph break ends what the figures before say of time: a figure after it that prints no time has no period from them.
  const sameParagraph = previous !== null && !paragraphBreakBetween(context, previous, sentence);
  // The figures before counted from the time of writing ("sales of 7 billion pesos last year. Purchases came to 3 billion pesos …"): so are these.
  const relativeCarried = sameParagraph && !ownSource && !printedYears.some((year) => year.at < figure.at) ? carriedRelativeYear(context, previous, roles) : null;
  if (relativeCarried) return relativeCarried;
  // A sentence that prints a time of its own before the figure ("Since the 1950s, …") does not go on with the period of the one before.
  if (earlier.length && sameParagraph && !ownSource && !printedYears.some((year) => year.at < figure.at)) {
    // The span of the figures before ("between 1850-1870, … 20,000 settlers. Of those 20,000 …") is this figure's too.
    const spanEnd = earlier.find((year) => year.at > earlier[0]!.at && SPAN_JOINT.test(text.slice(earlier[0]!.end, year.at)));
    if (spanEnd) return use([earlier[0]!, spanEnd], `no year of its own: the span "${text.slice(earlier[0]!.at, spanEnd.end)}" of the figures of the sentence before`, 'low');
    return use([earlier[0]!], `no year of its own: the year ${earlier[0]!.numeral.text} of the figures of the sentence before`, 'low');
  }
  if (later) return use([later], `the year ${later.numeral.text} later in the sentence, after another figure`, 'low');
  const published = context.source.metadata.published?.date;
  const relative = RELATIVE_YEAR.exec(sentenceText);
  const relativeAt = relative ? sentence.start + relative.index : 0;
  if (relative && published && !(relativeAt > figure.end && NEXT_STATEMENT.test(text.slice(figure.end, relativeAt)))) {
    return relativeReading(relativeAt, relative[0], published);
  }
  const caption = captionOf(context, figure);
  if (caption) return { years: [], words: caption.words, in: caption.in, why: `no year of its own: "${caption.words}", printed in the caption of the figure or table the text refers to ("${caption.in.quote}")`, confidence: 'low' };
  // The sentence before went on from a date, and so does this one: "In May 2006, … carried out a poll …. 71% of those managers …".
  const carried = sameParagraph && !ownSource ? [...roles.values()].find((role) => role.kind === 'observation' && role.periodIn && role.at >= previous.start && role.at < previous.end) : undefined;
  if (carried?.kind === 'observation' && carried.periodIn) return { years: [], words: carried.periodWords!, in: carried.periodIn, why: `no year of its own: "${carried.periodWords}", the period of the figures of the sentence before`, confidence: 'low' };
  const lead = sameParagraph && leadDate(context, previous, roles);
  if (lead) return { years: [], words: lead.words, in: lead.in, why: `no year of its own: "${lead.words}", the date the sentence before leads with, which no verb makes an event's`, confidence: 'low' };
  const heading = context.headings.findLast((candidate) => candidate.end <= sentence.start);
  if (heading) return { years: [], words: heading.words, in: heading.in, why: `"${heading.words}" printed in the heading above it ("${heading.in.quote}")`, confidence: 'low' };
  return null;
}

/** A word of the time of writing printed right after the figure, before any comma, other figure or other statement ("sold 7 billion pesos last year,"). */
function relativeYearAfter(context: Reading, sentence: Sentence, figure: Located, nextFigure: Located | undefined): PeriodReading | null {
  const published = context.source.metadata.published?.date;
  const afterText = context.folded.text.slice(figure.end, Math.min(nextFigure?.at ?? sentence.end, figure.end + 40));
  const after = RELATIVE_YEAR.exec(afterText);
  if (!published || !after || /[,;:()]/.test(afterText.slice(0, after.index)) || NEXT_STATEMENT.test(afterText.slice(0, after.index))) return null;
  return relativeReading(figure.end + after.index, after[0], published);
}

/** A word of the time of writing printed before the figure in its sentence with no year between them ("Last year 90,000 tourists came"); a semicolon ends its statement. */
function relativeYearBefore(context: Reading, sentence: Sentence, figure: Located, years: readonly Located[]): PeriodReading | null {
  const published = context.source.metadata.published?.date;
  const before = [...context.folded.text.slice(sentence.start, figure.at).matchAll(new RegExp(RELATIVE_YEAR.source, 'gi'))].at(-1);
  if (!published || !before) return null;
  const at = sentence.start + before.index;
  if (years.some((year) => year.at > at && year.at < figure.at) || /;/.test(context.folded.text.slice(at, figure.at))) return null;
  return relativeReading(at, before[0], published);
}

/** Whether a source's blank lines break paragraphs: most of them follow a line that ends a sentence (a dump that puts one after every printed line breaks sentences with them too). */
const blankLinesBreakParagraphs = new WeakMap<Reading['source'], boolean>();

function paragraphBreaks(source: Reading['source']): boolean {
  let known = blankLinesBreakParagraphs.get(source);
  if (known === undefined) {
    const lines = source.lines;
    const afterText = lines.filter((line, index) => !line.text.trim() && index > 0 && lines[index - 1]!.text.trim());
    const afterSentence = afterText.filter((line) => /[.!?:;"”)]\s*$/.test(lines[line.number - 2]!.text));
    known = afterSentence.length * 2 > afterText.length;
    blankLinesBreakParagraphs.set(source, known);
  }
  return known;
}

/** Words of a yearly rate ("an average annual growth of", "grew 9% a year on average"). */
const AVERAGE_RATE = /\b(?:average|averaging|annual|annually|yearly|a year|per year)\b/i;

/**
 * The span of a change printed right before a yearly rate: "from … in 2006 to …
 * in 2016, a yearly average of 13.5%", "…, or 13.5% a year" (the rate's words
 * between the last year and the figure or right after it, no other figure between them).
 */
function averagedSpan(text: string, sentence: Sentence, figure: Located, before: readonly Located[], figures: readonly Located[]): [Located, Located] | undefined {
  const last = before.at(-1);
  if (!last || figures.some((other) => other.at > last.end && other.at < figure.at)) return undefined;
  const words = text.slice(last.end, figure.at);
  if ((!AVERAGE_RATE.test(words) && !/^\s?%?\s?(?:a year|per year|annually|yearly|on average)\b/i.test(text.slice(figure.end, figure.end + 20))) || words.length > 60) return undefined;
  const first = before.slice(0, -1).findLast((year) => /\bfrom\b/i.test(text.slice(Math.max(sentence.start, year.at - 60), year.at)) && /\bto\b/i.test(text.slice(year.end, last.at)));
  return first ? [first, last] : undefined;
}

/** Words that open a clause of its own within a sentence. */
const CLAUSE_JOINT = /(?:,\s(?:and|but|while|whereas)|;)\s/;

/**
 * The year printed after a figure in its own clause, where another figure
 * with a year of its own lies in an earlier clause: "in", "by", "during" or "as
 * of" before it, before the next figure and the next clause.
 */
function clauseYearAfter(text: string, sentence: Sentence, figure: Located, nearest: Located, figures: readonly Located[], years: readonly Located[]): Located | undefined {
  if (!figures.some((other) => other.at > nearest.end && other.at < figure.at)) return undefined;
  const joint = CLAUSE_JOINT.exec(text.slice(nearest.end, figure.at));
  if (!joint || figures.some((other) => other.at > nearest.end + joint.index && other.at < figure.at)) return undefined;
  const nextFigure = figures.find((other) => other.at > figure.end);
  const end = Math.min(nextFigure?.at ?? sentence.end, sentence.end);
  const year = years.find((candidate) => candidate.at > figure.end && candidate.end <= end);
  if (!year) return undefined;
  const between = text.slice(figure.end, year.at);
  return !CLAUSE_JOINT.test(between) && /\b(?:in|by|during|as of)\s$/i.test(between) ? year : undefined;
}

/** A blank line between two sentences, where blank lines break paragraphs. */
function paragraphBreakBetween(context: Reading, previous: Sentence, sentence: Sentence): boolean {
  const between = new TextDecoder().decode(context.source.bytes.subarray(byteAt(context.folded, Math.max(previous.start, previous.end - 1)), byteAt(context.folded, sentence.start)));
  return /\n[^\S\n]*\n/.test(between) && paragraphBreaks(context.source);
}

/** The time of writing that the first figure of the sentence before is counted from ("last year"), as period words printed there. */
function carriedRelativeYear(context: Reading, previous: Sentence, roles: ReadonlyMap<Numeral, Role>): PeriodReading | null {
  const first = [...roles.values()].filter((role) => role.kind === 'observation' && role.at >= previous.start && role.at < previous.end).sort((a, b) => a.at - b.at)[0];
  if (first?.kind !== 'observation' || first.period.length > 0 || first.periodIn || first.periodWordsAt === undefined || !first.periodWords || !RELATIVE_YEAR.test(first.periodWords)) return null;
  const { quote, occurrence } = uniqueQuote(context.folded, previous, first.periodWordsAt, first.periodWordsAt + first.periodWords.length);
  if (!wholeWordsOnce(quote, first.periodWords)) return null;
  return { years: [], words: first.periodWords, in: { quote, ...(occurrence ? { occurrence } : {}) }, why: `no year of its own: "${first.periodWords}", the time the figures of the sentence before are counted from`, confidence: 'low' };
}

function relativeReading(at: number, words: string, published: string): PeriodReading {
  return { years: [], words, wordsAt: at, why: `"${words}": a year counted from the publication date (${published}), which the build resolves`, confidence: 'medium' };
}

/** A clause after a figure that says when it was counted by what happened then ("… fell 9 percent as the new president was sworn in"). */
const AS_HAPPENED = /\b(?:as|when)\s((?:[\p{L}.’'-]+\s){1,4}?(?:was|were|is|are|had|has|have)\s\p{L}+)/u;

/**
 * The date of an event of the sentence before that the figure's sentence
 * names again by the same words ("Crowds filled the square on 4 May 1990 when
 * the new president was sworn in …. The currency fell 9 percent as the new
 * president was sworn in"): the figure is counted on that date, referred to by those words.
 */
function eventReferredTo(context: Reading, sentence: Sentence, previous: Sentence, figure: Located, roles: ReadonlyMap<Numeral, Role>): PeriodReading | null {
  const text = context.folded.text;
  const clause = AS_HAPPENED.exec(text.slice(figure.end, sentence.end));
  if (!clause) return null;
  const repeated = text.slice(previous.start, previous.end).toLowerCase().indexOf(clause[1]!.toLowerCase());
  if (repeated < 0) return null;
  const events = [...roles.values()].filter((role) => role.kind === 'event' && role.at >= previous.start && role.at < previous.end);
  const nearest = events.sort((a, b) => Math.abs(a.at - previous.start - repeated) - Math.abs(b.at - previous.start - repeated))[0];
  if (nearest?.kind !== 'event') return null;
  const words = text.slice(nearest.dateStart, nearest.end);
  const { quote, occurrence } = uniqueQuote(context.folded, previous, nearest.dateStart, nearest.end);
  if (!wholeWordsOnce(quote, words)) return null;
  const referredBy = clause[0];
  // The quote reaches from the figure to the end of the words referring to the date.
  return { years: [], words, in: { quote, ...(occurrence ? { occurrence } : {}) }, referredBy, wordsAt: figure.end + clause.index + referredBy.length - 1, why: `"${referredBy}" names again what happened on "${words}" in the sentence before`, confidence: 'low' };
}

/** How far after a figure the text may refer to a figure or table whose caption dates it ("… 0.9% … as shown in Figure 3. Figure 3 … (%) 1996-2004"). */
const CAPTION_REACH = 400;
/** How far after its label a caption may print its years. */
const CAPTION_LENGTH = 160;

/**
 * The years printed in the caption of the figure or table the text refers to
 * soon after a figure ("shown in Figure 3"), where that caption, led by
 * the same label, follows: the figures it illustrates are of its period.
 */
function captionOf(context: Reading, figure: Located): Heading | null {
  const text = context.folded.text;
  const ahead = text.slice(figure.end, figure.end + CAPTION_REACH);
  const reference = /\b(?:in|see|shows?n?|illustrated|(?:Figure|Table|Graph|Chart))\b[^.]{0,30}?\b(Figure|Table|Graph|Chart)\s([\dIVXL]+)\b/.exec(ahead);
  if (!reference) return null;
  const label = `${reference[1]} ${reference[2]}`;
  const labelAt = text.indexOf(label, figure.end + reference.index + reference[0].length);
  if (labelAt < 0 || labelAt > figure.end + CAPTION_REACH + CAPTION_LENGTH) return null;
  const caption = text.slice(labelAt, labelAt + CAPTION_LENGTH);
  // The caption's title ends at its first full stop or source line; its years close it.
  const title = caption.split(/\.\s|\bSources?:/)[0]!;
  const years = PRINTED_YEARS.exec(title.slice(label.length));
  if (!years) return null;
  const at = labelAt + label.length + years.index;
  const known = context.leads.find((lead) => lead.start === at);
  if (known) return known;
  const { quote, occurrence } = uniqueQuote(context.folded, { start: labelAt, end: at + years[0].length }, labelAt, at + years[0].length);
  if (!wholeWordsOnce(quote, years[0])) return null;
  const found: Heading = { start: at, end: at + years[0].length, words: years[0], in: { quote, ...(occurrence ? { occurrence } : {}) }, overridesEvent: /\d\s?(?:[-–]|to|through)\s?\d/.test(years[0]) };
  context.leads.push(found);
  return found;
}

/** Months counted from the start of something the text dates elsewhere ("during the first 6 months of the Peru-Japan treaty"), as the build reads them; the thing's name ends at a comma. */
const FIRST_MONTHS_OF = /\bthe first (\S+) months of (?:the )?([^,;.]{3,60})/i;

/**
 * Figures counted over "the first N months of" something the text dates
 * elsewhere, as the date it entered into force: the period, read by the build
 * from that date and the months counted. The thing is found by the capitalised
 * words of its name ("Peru", "Japan") in the sentence of a drafted
 * entry into force; a figure with a period of its own keeps it.
 */
export function claimStartDates(context: Reading, sentences: readonly Sentence[], roles: Map<Numeral, Role>): void {
  const text = context.folded.text;
  // The date an entry into force is printed right after ("entered into force on July 1, 2008"), not another date of the same sentence.
  const starts = [...roles.values()].filter((role) => role.kind === 'event' && role.event.type === 'in_force' && !role.spanStart && readEventType(text.slice(Math.max(0, role.dateStart - 30), role.dateStart))?.type === 'in_force');
  for (const role of [...roles.values()]) {
    if (role.kind !== 'observation' || role.period.length > 0 || role.periodWords !== undefined) continue;
    const sentence = sentences[sentenceIndexAt(sentences, role.at)]!;
    const counted = FIRST_MONTHS_OF.exec(text.slice(sentence.start, role.at));
    const names = counted ? [...counted[2]!.matchAll(/\p{Lu}[\p{L}]*/gu)].map((name) => name[0]) : [];
    if (!counted || names.length === 0) continue;
    const start = starts.find((event) => {
      if (event.kind !== 'event') return false;
      const around = sentences[sentenceIndexAt(sentences, event.at)]!;
      return names.every((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text.slice(around.start, around.end)));
    });
    if (start?.kind !== 'event') continue;
    const words = text.slice(start.dateStart, start.end);
    const { quote, occurrence } = uniqueQuote(context.folded, sentences[sentenceIndexAt(sentences, start.at)]!, start.dateStart, start.end);
    if (!wholeWordsOnce(quote, words)) continue;
    const referredBy = counted[0].trim();
    roles.set(role.numeral, {
      ...role,
      periodWords: words,
      periodIn: { quote, ...(occurrence ? { occurrence } : {}) },
      periodReferredBy: referredBy,
      periodWordsAt: sentence.start + counted.index,
      why: [...role.why.filter((why) => !why.startsWith('no year printed')), `period: "${referredBy}", counted from "${words}", when it entered into force ("${quote}")`],
      confidence: role.confidence === 'high' ? 'medium' : role.confidence,
    });
  }
}
