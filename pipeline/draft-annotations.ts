import type { Event } from '../src/types/event.js';
import type { Indicator } from '../src/types/indicator.js';
import type { SourceText } from './01-ingest/index.js';
import { anchorAnnotations, byteAt, byteEndAt, foldedIndexOf, numeralsWithin, type FoldedText, type Numeral } from './02-extract/index.js';
import { cardinalWordsPattern, normalizeEvent, normalizeProse, ordinalWordsPattern, parseProseDate, readPrintedUnit, type EntityResolver, type NormalizeContext } from './03-normalize/index.js';
import { nameEntities, type Mention } from './draft/name-entities.js';
import { nameGroups } from './draft/name-groups.js';
import { matchIndicators, type IndicatorMatch, type NamedIndicator } from './draft/match-indicator.js';
import { rankNamedBefore } from './draft/read-cues.js';
import { pickCounterpart } from './draft/pick-counterpart.js';
import { pickSubject, pickSubjectOf, sharedSubject } from './draft/pick-subject.js';
import { readTableRow } from './draft/read-table-row.js';
import { directionOf, roleOf, sentHome, type MentionRole } from './draft/read-direction.js';
import { readShare, shareHolder } from './draft/read-share.js';
import { readEventType, readOccasion } from './draft/read-event-type.js';
import { clauseAround, statementAround } from './draft/split-clauses.js';
import { referBack } from './draft/refer-back.js';
import { uniqueQuote, wholeWordsOnce } from './draft/find-unique-quote.js';
import { claimHeadingYears, claimStartDates, readHeadings, readPeriod, type Heading, type Located, type PeriodReading } from './draft/read-period.js';
import { sentenceIndexAt, splitSentences, type Sentence } from './draft/split-sentences.js';
import { printedDate } from './05-validate/index.js';
import { MONTH_PATTERN } from './months.js';
import type { Annotation, Draft, Ignore, ProseEvent, ProseObservation } from './types/annotation.js';

/** An event another source of the corpus reports, for suggesting keys. */
export interface CorpusEvent {
  key: string | null;
  type: Event['type'];
  entities: readonly string[];
  date: string;
  sourceId: string;
}

/** What the drafter reads a source with. */
export interface DraftContext {
  source: SourceText;
  folded: FoldedText;
  /** Every numeral of the source, in text order. */
  numerals: readonly Numeral[];
  /** The numerals nothing classifies yet (no recipe, annotation or rule): each gets a proposal. */
  toDraft: readonly Numeral[];
  entities: EntityResolver;
  indicators: readonly NamedIndicator[];
  /** How many prose observations of the corpus use each indicator: the fallback when no indicator is named near a figure. */
  indicatorUsage: ReadonlyMap<string, number>;
  corpusEvents: readonly CorpusEvent[];
  /** The kind of each entity of entities.json (country, aggregate, subdivision, organization); others are ISO 3166 countries. */
  entityKinds: ReadonlyMap<string, string>;
  /**
   * Also propose quantities written in words ("on eight occasions", "second largest", "two-thirds"):
   * for a new text, where no annotation could already hold them.
   */
  draftWords: boolean;
  /** For trying each proposal as the build would read it (a resolver of its own: nothing is recorded as used). */
  normalizeContext: NormalizeContext;
}

export type Confidence = Draft['confidence'];

/** The context as the drafter reads on through the text: with the sides of the figure drafted last. */
export interface Reading extends DraftContext {
  sentences: readonly Sentence[];
  topic: Topic | null;
  headings: Heading[];
  /** Dates leading a sentence that give the figures of the sentences after it their period, found while reading. */
  leads: Heading[];
  /** The publics of surveys printed as lists of countries, and the aggregate each list makes up. */
  publics: Public[];
}

/** Those a survey asked, printed as a list of countries ("executives from Singapore, South Korea, China and Indonesia"): the region they make up answers. */
interface Public {
  end: number;
  entity: string;
  names: string;
}

export type Role =
  | (Located & { kind: 'observation'; observation: Omit<ProseObservation, 'numeral' | 'period' | 'draft'>; unitWordsOf?: Located; period: Located[]; periodWords?: string; periodWordsAt?: number; periodIn?: Heading['in']; periodReferredBy?: string; alternatives: string[]; why: string[]; confidence: Confidence; fallbacks: string[] })
  | (Located & { kind: 'event'; event: Omit<ProseEvent, 'date' | 'date_end' | 'draft'>; occasion?: ProseEvent['type']; dateStart: number; spanStart?: Located; alternatives: string[]; why: string[]; confidence: Confidence })
  | (Located & { kind: 'ignore'; reason: Ignore['reason']; why: string[]; confidence: Confidence })
  | (Located & { kind: 'period' })
  | (Located & { kind: 'covered' });

/** The country the package is about. */
const SUBJECT = 'MEX';
/** A year as narratives print them: from the 16th century (the conquest, the Manila galleon) to this one. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** A span of years with a full stop printed against it, right before a numeral: the span ends a sentence, the numeral is a footnote's. */
const SPAN_END_BEFORE_MARKER = /(?:1[5-9]|20)\d\d ?[-–] ?(?:1[5-9]|20)\d\d\.$/;
const CONTEXT = 60;
const DATE_BEFORE_YEAR = new RegExp(`(?:${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?,? |\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN},? |${MONTH_PATTERN},? (?:of )?)$`);
const PERSONS_AFTER = /^\s?(?:(?:thousand|million|billion)s?\s)?(?:[\p{L}-]+\s){0,2}?(?:people|persons|residents|immigrants|emigrants|migrants|workers|students|citizens|nationals|inhabitants|visitors|tourists|officers|professors|researchers|employees|practitioners|individuals|children|women|men|soldiers|troops|refugees|scholars|speakers|Latinos|Hispanics)\b/iu;
/** People named by a nationality in the plural ("Peruvians", "Australians"): capitalised, so that "loans" or "plans" is no people. */
const NATIONALS_AFTER = /^\s?(?:(?:thousand|million|billion)s?\s)?(?:[\p{L}-]+\s){0,2}?\p{Lu}\p{Ll}+(?:ans\b|ese\b(?!\s+\p{Ll}))/u;
const TIME_UNIT_AFTER = /^(?:\s|-)(?:years?|months?|decades?|weeks?|days?|centuries|century)\b(?! old)/i;
/** An ordinal that ranks ("the 6th and the 9th in terms of…", "2nd largest", "the 8th most important"). */
const RANK_AFTER = /^(?:st|nd|rd|th)\b(?:,?\s+(?:and|or|the|most|\d+(?:st|nd|rd|th)))*,?\s+(?:largest|biggest|leading|highest|lowest|greatest|main|important|in terms|among|place|position|rank|in the world|economy|exporter|importer|trading|partner|supplier|investor|destination|source|market|country)/i;
/** An ordinal that is a name's or an occasion's ("21st Century", "the 25th anniversary", "the 3rd meeting"), not a rank. */
const ORDINAL_NAME_AFTER = /^(?:st|nd|rd|th)\s+(?:\p{Lu}|(?:anniversary|century|centuries|edition|round|session|meeting|festival|congress|summit|time|term|generation|birthday|plenary|conference|visit|year)\b)/u;
/** What follows the day of a date: its month and year, or a span of days or days and months ending with them ("14-15 May 2009", "29 April-2 May, 2008"). */
const DAY_OF_DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?)? (?:of )?${MONTH_PATTERN}(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN})?,? (?:1[5-9]|20)\\d\\d`);
const BILATERAL: ReadonlySet<Event['type']> = new Set(['diplomatic_relations', 'agreement', 'in_force', 'state_visit', 'visit', 'negotiation']);

/**
 * Drafts an annotation for every numeral nothing classifies yet, one per
 * sentence, so that the build passes at once with drafts allowed: dates as
 * events (type from the verbs around them), years beside figures as their
 * periods, figures with unit, indicator, entity and partner, the rest ignored
 * for a reason. Every proposal carries a draft mark saying how sure it is and why.
 */
export function draftAnnotations(input: DraftContext): Annotation[] {
  const { folded } = input;
  const sentences = splitSentences(input.source, folded);
  const context: Reading = { ...input, sentences, topic: null, headings: readHeadings(folded, sentences), leads: [], publics: [] };
  context.publics = readPublics(context, sentences);
  const defaults = documentDefaults(context);
  const located = context.toDraft.map((numeral): Located => {
    const at = foldedIndexOf(folded, numeral.byteStart);
    return { numeral, at, end: at + numeral.text.length };
  });
  const bySentence = new Map<number, Located[]>();
  for (const item of located) {
    const index = sentenceIndexAt(sentences, item.at);
    bySentence.set(index, [...(bySentence.get(index) ?? []), item]);
  }
  const roles = new Map<Numeral, Role>();
  const annotations: Annotation[] = [];
  const words = new Map<number, WordFigure[]>();
  if (context.draftWords) {
    sentences.forEach((sentence, index) => {
      const found = readWordFigures(context, sentence, defaults);
      if (found.length) words.set(index, found);
    });
  }
  const indices = [...new Set([...bySentence.keys(), ...words.keys()])].sort((a, b) => a - b);
  for (const index of indices) readSentence(context, sentences[index]!, index > 0 ? sentences[index - 1]! : null, bySentence.get(index) ?? [], roles, defaults);
  claimHeadingYears(context, located, roles);
  claimStartDates(context, sentences, roles);
  for (const index of indices) {
    const sentence = sentences[index]!;
    const previous = index > 0 ? sentences[index - 1]! : null;
    const items = bySentence.get(index) ?? [];
    const annotation = composeAnnotation(context, sentence, previous, items.map((item) => roles.get(item.numeral)!), words.get(index) ?? []);
    if (annotation) annotations.push(checkAnnotation(context, annotation, roles));
  }
  return annotations;
}

/** A quantity written in words, proposed as an observation. */
interface WordFigure {
  at: number;
  end: number;
  words: string;
  observation: Omit<ProseObservation, 'words' | 'draft'>;
  why: string[];
  confidence: Confidence;
  alternatives: string[];
}

const CARDINAL_WORDS = cardinalWordsPattern(2);
const ORDINAL_WORDS = ordinalWordsPattern(2, 12);
/** Quantities in words the drafter proposes: counts of occasions, ranks, fractions. */
const WORD_FIGURES: readonly [RegExp, Indicator['unit'], string][] = [
  [new RegExp(`\\b(?:on|in) (${CARDINAL_WORDS}) (?:occasions|times|rounds|meetings|summits|visits)\\b`, 'gi'), 'count', 'a count of occasions in words'],
  [new RegExp(`\\b(?:the )?(${ORDINAL_WORDS})[- ](?:largest|biggest|most important|leading|main)\\b`, 'gi'), 'rank', 'a rank in words'],
  [/\b((?:one|two|three)[- ](?:thirds?|quarters?|fifths?)|one[- ]half)\b/gi, 'percent', 'a fraction in words (in percent)'],
];

function readWordFigures(context: Reading, sentence: Sentence, defaults: Defaults): WordFigure[] {
  const text = context.folded.text.slice(sentence.start, sentence.end);
  const found: WordFigure[] = [];
  for (const [pattern, unit, what] of WORD_FIGURES) {
    for (const match of text.matchAll(pattern)) {
      const words = match[1]!;
      const at = sentence.start + match.index + match[0].indexOf(words);
      const figure = { at, end: at + words.length };
      const best = matchIndicators(context.indicators, unit, text, at - sentence.start, context.indicatorUsage)[0];
      if (!best) continue;
      const sides = sidesOf(context, sentence, figure, context.normalizeContext.indicators.get(best.id)!, defaults);
      found.push({
        at: figure.at,
        end: figure.end,
        words,
        observation: { indicator: best.id, entity: sides.entity, ...(sides.partner ? { partner: sides.partner } : {}) },
        why: [`${what}: "${match[0]}"`, best.phrase ? `indicator ${best.id}: "${best.phrase}" printed in the sentence` : `indicator ${best.id}: the one of unit ${unit} whose description shares most words with the sentence`, ...sides.reasons, 'no period: a figure in words is mostly of the time of writing'],
        confidence: best.phrase ? 'medium' : 'low',
        alternatives: [],
      });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

interface Defaults {
  main: string;
  second: string | null;
  published: string | null;
}

/** The countries the text names most: an observation's entity and partner when its sentence names none. */
function documentDefaults(context: DraftContext): Defaults {
  const counts = new Map<string, number>();
  for (const mention of nameEntities(context.folded.text, context.entities)) if (/^[A-Z]{3}$/.test(mention.id)) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  // The package is about Mexico's foreign relations: Mexico is the side a figure is seen from when a sentence names none, the country the text names most the other.
  const main = ranked.includes(SUBJECT) || ranked.length === 0 ? SUBJECT : ranked[0]!;
  return { main, second: ranked.find((id) => id !== main) ?? null, published: context.source.metadata.published?.date ?? null };
}

/** Gives every numeral of a sentence its role. */
/** Words that a document's number follows ("Communiqué 87/2016", "Resolution No. 15"): its number and year are not figures or periods. */
const DOCUMENT_NUMBER_BEFORE = /\b(?:press release|release|communiqu[eé]|bulletin|circular|resolution|decree|memorandum|no\.|n[º°])\s$/i;

/**
 * A section's number opening a heading line ("3.2 Trade and investment", "4. Culture"): a short line that ends
 * no sentence, the number first with a full stop in or after it, a capitalised word next, where the line before ends a sentence or there is none.
 */
function sectionNumber(lines: SourceText['lines'], numeral: Numeral): boolean {
  const line = lines[numeral.line - 1]!.text.trim();
  if (line.length > 100 || !line.startsWith(numeral.text) || !/^\d+(?:\.\d+)*(?:\.\d+|\.)\s+\p{Lu}[^.!?;]*$/u.test(line)) return false;
  const above = lines.slice(0, numeral.line - 1).findLast((candidate) => candidate.text.trim() !== '');
  return !above || /[.!?:;”"]\s*$/.test(above.text) || above.text.trim().length < 60;
}

function readSentence(context: Reading, sentence: Sentence, previous: Sentence | null, items: readonly Located[], roles: Map<Numeral, Role>, defaults: Defaults): void {
  const text = context.folded.text;
  const years: Located[] = [];
  const decades: Located[] = [];
  const figures: Located[] = [];
  for (const item of items) {
    if (roles.has(item.numeral)) continue;
    const before = text.slice(Math.max(sentence.start, item.at - CONTEXT), item.at);
    const after = text.slice(item.end, Math.min(sentence.end, item.end + CONTEXT));
    const ignore = (reason: Ignore['reason'], why: string, confidence: Confidence = 'medium') => roles.set(item.numeral, { ...item, kind: 'ignore', reason, why: [why], confidence });
    const unit = readPrintedUnit(before, after);
    const yearLike = YEAR.test(item.numeral.text) && !unit.currency && unit.unit === null && !unit.scaleWord;
    const rangeStart = /((?:1[5-9]|20)\d\d) ?[-–/] ?$/.exec(before);
    if (inCitation(text, item.at)) ignore('citation', 'inside a parenthesis of author–year references, or a source line', 'medium');
    else if (DOCUMENT_NUMBER_BEFORE.test(before) || (DOCUMENT_NUMBER_BEFORE.test(before.replace(/\d+\/$/, '')) && /\d\/$/.test(before))) ignore('document_reference', `the number of a document ("${before.split(/\s/).slice(-2).join(' ')}${item.numeral.text}")`, 'high');
    else if (sectionNumber(context.source.lines, item.numeral)) ignore('list_numbering', `"${item.numeral.text}" numbers the section whose heading it opens`, 'high');
    else if (yearLike && /^['’]?s\b/.test(after)) decades.push(item);
    else if (!yearLike && rangeStart && /^\d{2}$/.test(item.numeral.text)) ignore('context_date', `the end of the span "${rangeStart[1]}-${item.numeral.text}", printed in short`, 'low');
    else if (yearLike) years.push(item);
    else if (/^\d{1,2}$/.test(item.numeral.text) && new RegExp(`${MONTH_PATTERN} $`).test(before) && /^(?:st|nd|rd|th)?,? (?:1[5-9]|20)\d\d\b/.test(after)) continue;
    else if (/^\d{1,2}$/.test(item.numeral.text) && DAY_OF_DATE_AFTER.test(after)) continue;
    // The scanner reads a footnote's number printed against the end of a span of years apart from it ("1995-2004.1").
    else if (/^\d{1,2}$/.test(item.numeral.text) && SPAN_END_BEFORE_MARKER.test(before)) ignore('footnote_marker', `"${item.numeral.text}" printed against the span of years before it: a footnote's number`, 'medium');
    else if (/^[:.]\d/.test(after) || /\d[:.]$/.test(before)) ignore('context_date', 'part of a time or code printed with colons', 'low');
    else if (/^\)/.test(after) && /(?:^|[:;,]|\band|\bor)\s?$/.test(before)) ignore('list_numbering', `"${item.numeral.text})" numbers an item of a list`, 'high');
    else if (RANK_AFTER.test(after) && !ORDINAL_NAME_AFTER.test(after)) figures.push(item);
    else if (/^(?:st|nd|rd|th)\b/.test(after)) ignore('name_part', `an ordinal ("${item.numeral.text}${after.slice(0, 2)}${after.slice(2).split(' ').slice(0, 2).join(' ')}"): part of a name or an anniversary, not a statistic`, 'medium');
    // A scale word printed against the number ("USD 412.5million") is no name.
    else if ((/^\p{L}/u.test(after) && !/^(?:thousand|million|billion|trillion)s?\b/i.test(after)) || /(?:\p{L}-|\p{Lu})$/u.test(before)) ignore('name_part', `printed inside a name or code ("${before.slice(-3).trimStart()}${item.numeral.text}${after.slice(0, 3).trimEnd()}")`, 'high');
    // A length of time is a figure where an indicator of years is named with it ("the 38 years it was governed by" one party), else a span the narrative passes.
    else if (TIME_UNIT_AFTER.test(after) && !unit.currency && unit.unit === 'years' && matchIndicators(context.indicators, 'years', text.slice(sentence.start, sentence.end), item.at - sentence.start, context.indicatorUsage)[0]?.phrase) figures.push(item);
    else if (TIME_UNIT_AFTER.test(after) && !unit.currency) ignore('duration', `a span of time ("${item.numeral.text}${after.match(TIME_UNIT_AFTER)![0]}"), not a statistic`, 'medium');
    else figures.push(item);
  }
  // Days printed before a year belong to the date the year dates: found again once the year's role is known.
  const taken = new Map<Located, boolean>();
  for (const figure of figures) {
    const period = readPeriod(context, sentence, previous, figure, [...years, ...decades].sort((a, b) => a.at - b.at), figures, roles, taken);
    roles.set(figure.numeral, referBack(text, sentence, previous, figure, draftObservation(context, sentence, figure, figures, period, defaults), roles));
  }
  for (const year of years) {
    const dated = taken.get(year) !== false ? draftDateOrContext(context, sentence, year, years, figures.length > 0, defaults) : null;
    // A year a period shares with what it dates stays that event's date, which the build lists it as.
    roles.set(year.numeral, dated && !(taken.get(year) && dated.kind !== 'event') ? dated : { ...year, kind: 'period' });
  }
  for (const decade of decades) roles.set(decade.numeral, taken.has(decade) ? { ...decade, kind: 'period' } : { ...decade, kind: 'ignore', reason: 'context_date', why: [`a decade ("${decade.numeral.text}s"): it situates the narrative, no single year`], confidence: 'high' });
  // Two years printed as one span ("in 1995/1996", "in 1996 and 1997"): one event from the first to the last.
  years.forEach((year, index) => {
    const first = years[index - 1];
    const role = roles.get(year.numeral);
    if (!first || role?.kind !== 'event' || role.spanStart || !['ignore', 'event'].includes(roles.get(first.numeral)!.kind)) return;
    const joint = context.folded.text.slice(first.end, year.at);
    const gap = Number(year.numeral.text) - Number(first.numeral.text);
    if (!(/^\s?\/\s?$/.test(joint) && gap > 0) && !(/^\s?and\s?$/.test(joint) && gap === 1)) return;
    roles.set(first.numeral, { ...first, kind: 'covered' });
    roles.set(year.numeral, { ...role, dateStart: first.at, spanStart: first, why: [...role.why, `"${context.folded.text.slice(first.at, year.end)}": one event over the span of years`] });
  });
  for (const item of items) {
    if (roles.has(item.numeral)) continue;
    // A day of a date: covered by the event the date's year dates, else ignored with it.
    const year = years.find((candidate) => candidate.at > item.at && (candidate.at - item.end < 20 || DAY_OF_DATE_AFTER.test(context.folded.text.slice(item.end, candidate.end))));
    const yearRole = year ? roles.get(year.numeral) : undefined;
    if (yearRole?.kind === 'event' && item.at >= yearRole.dateStart) roles.set(item.numeral, { ...item, kind: 'covered' });
    // The first day of a span of days ("14-15 May 2009"): the event is dated by the date its span ends with.
    // The first day of a span of days ("14-15 May 2009", "29 April-2 May, 2008"): one event, dated from it to the date the span ends with.
    else if (yearRole?.kind === 'event') {
      roles.set(item.numeral, { ...item, kind: 'covered' });
      roles.set(year!.numeral, { ...yearRole, dateStart: item.at, spanStart: item, why: [...yearRole.why, `a span of days "${context.folded.text.slice(item.at, year!.end)}": one event from its first day to its last`] });
    }
    else if (yearRole?.kind === 'ignore' && yearRole.reason === 'publication_date') roles.set(item.numeral, { ...item, kind: 'ignore', reason: 'publication_date', why: ['the day of the source\'s publication date'], confidence: yearRole.confidence });
    else roles.set(item.numeral, { ...item, kind: 'ignore', reason: 'context_date', why: ['the day of a date that dates no event here'], confidence: 'low' });
  }
}

/** An author and a year ("Arroyo 1997", "Lind 2004a", "Ortega / Ruiz 1990"): what a bibliographic reference holds; a month and year ("October, 2002") is a date. */
const AUTHOR_YEAR = new RegExp(`(?!${MONTH_PATTERN},? (?:1[89]|20)\\d\\d)\\p{Lu}[\\p{L}'’.-]+(?:\\s?\\/\\s?\\p{Lu}[\\p{L}'’.-]+)*,? (?:1[89]|20)\\d\\d[a-z]?\\b`, 'u');

/**
 * Whether a numeral belongs to a reference the build's citation rule missed: a
 * parenthesis (within reach) that holds an author and a year, with no words of
 * a sentence in it, or a line that starts with "Source:".
 */
function inCitation(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  const closeBefore = text.lastIndexOf(')', at - 1);
  if (open >= 0 && open > closeBefore && at - open < 120) {
    const close = text.indexOf(')', at);
    const inside = close >= 0 && close - at < 120 ? text.slice(open + 1, close) : '';
    if (inside && AUTHOR_YEAR.test(inside) && !/\b(?:was|were|is|are|has|had|which|that)\b/.test(inside)) return true;
  }
  const lineStart = Math.max(text.lastIndexOf('Source:', at), text.lastIndexOf('Sources:', at));
  return lineStart >= 0 && at - lineStart < 120 && !/[.;]\s\p{Lu}/u.test(text.slice(lineStart + 8, at)) && AUTHOR_YEAR.test(text.slice(lineStart, at + 12));
}

/** Words that make a figure a stock, counted up to a date or over years, not the flow of one year; so does an amount over a span "from" or "between" two years (a share over one is a share of the flows). */
const STOCK_CUE = /\b(?:accumulated|cumulative|outstanding|stock|totall?(?:ing|ed)|in total|a total of)\b/i;
/** An indicator's label without the words that make it a stock ("Foreign direct investment, accumulated" → "foreign direct investment"), or null when it names no stock. */
function flowLabel(label: string): string | null {
  const flow = label.replace(/,?\s*\b(?:accumulated|stock|cumulative)\b/gi, '').trim().toLowerCase();
  return flow === label.trim().toLowerCase() ? null : flow;
}

/**
 * The stock relative of the best indicator of a figure that words make a stock:
 * the indicator whose label is the best one's with "accumulated", "stock" or
 * "cumulative" added ("Foreign direct investment" → "…, accumulated"); null when there is none.
 */
function stockTwin(context: Reading, ranked: readonly IndicatorMatch[]): IndicatorMatch | null {
  const label = (id: string) => context.normalizeContext.indicators.get(id)!.label;
  const best = ranked[0];
  if (!best || flowLabel(label(best.id)) !== null) return null;
  const own = label(best.id).trim().toLowerCase();
  return ranked.find((match) => match !== best && flowLabel(label(match.id)) === own) ?? null;
}

/**
 * The relative of the best indicator that is a share of what the words right
 * after a percentage name, where the best is a share of the other base: "0.9% of
 * total investments" a share of total, "7.5% of investment flows from the …
 * region" a share of the region's. Relatives
 * share the label's words before its comma ("Foreign direct investment, share of total").
 */
function shareBase(context: Reading, ranked: readonly IndicatorMatch[], after: string): { match: IndicatorMatch; cue: string } | null {
  const label = (id: string) => context.normalizeContext.indicators.get(id)!.label;
  const best = ranked[0];
  if (!best) return null;
  const cue = /^\s?%?\s?of (?:the )?(?:total|all)\b/i.exec(after) ?? /^\s?%?\s?of [^.;,%]{0,50}?\bregion\b/i.exec(after);
  if (!cue) return null;
  const region = /\bregion/i;
  const total = /\bof (?:the )?total\b/i;
  // Only between the two bases: a share of one thing of a total ("copper, 45% of total exports") keeps its own indicator.
  const [wanted, other] = region.test(cue[0]) ? [region, total] : [total, region];
  if (!other.test(label(best.id))) return null;
  const family = label(best.id).split(',')[0]!.trim().toLowerCase();
  const match = ranked.find((candidate) => candidate !== best && label(candidate.id).split(',')[0]!.trim().toLowerCase() === family && wanted.test(label(candidate.id)));
  return match ? { match, cue: cue[0].trim() } : null;
}

/** The flow relative of a stock indicator: the one whose label is the best one's without "accumulated", "stock" or "cumulative". */
function flowTwin(context: Reading, ranked: readonly IndicatorMatch[]): IndicatorMatch | null {
  const label = (id: string) => context.normalizeContext.indicators.get(id)!.label;
  const best = ranked[0];
  const flow = best ? flowLabel(label(best.id)) : null;
  return flow === null ? null : ranked.find((match) => match !== best && label(match.id).trim().toLowerCase() === flow) ?? null;
}

function draftObservation(context: Reading, sentence: Sentence, figure: Located, figures: readonly Located[], period: PeriodReading | null, defaults: Defaults): Role {
  const text = context.folded.text;
  const before = text.slice(Math.max(0, figure.at - CONTEXT), figure.at);
  const after = text.slice(figure.end, figure.end + CONTEXT);
  const why: string[] = [];
  // A figure that prints no unit words of its own shares those of the next one, joined by "and", "or", "to" or a dash ("48.5 and 41.0 billion dollars").
  const own = readPrintedUnit(before, after);
  const next = figures.find((other) => other.at > figure.end && SHARED_UNIT_JOINT.test(text.slice(figure.end, other.at)));
  const nextPrinted = next && !own.currency && !own.scaleWord && own.unit === null ? readPrintedUnit(text.slice(Math.max(0, next.at - CONTEXT), next.at), text.slice(next.end, next.end + CONTEXT)) : null;
  const unitWordsOf = nextPrinted && (nextPrinted.currency || nextPrinted.scaleWord || nextPrinted.unit) ? next : undefined;
  const printed = unitWordsOf ? nextPrinted! : own;
  if (unitWordsOf) why.push(`the unit words after "${unitWordsOf.numeral.text}" are this figure's too`);
  let unit: Indicator['unit'];
  if (printed.unit && printed.unit !== 'USD') {
    unit = printed.unit;
    why.push(`unit ${unit} from the words after it`);
  } else if (printed.currency) {
    unit = 'USD';
    why.push(`money: a currency sign or word beside it${printed.scaleWord ? `, scale "${printed.scaleWord}"` : ''}`);
  } else if (rankNamedBefore(before)) {
    unit = 'rank';
    why.push(`a rank: "${rankNamedBefore(before)}" before it`);
  } else if (PERSONS_AFTER.test(after) || NATIONALS_AFTER.test(after)) {
    unit = 'persons';
    why.push(`people: "${(PERSONS_AFTER.exec(after) ?? NATIONALS_AFTER.exec(after))![0].trim()}" after it`);
  } else {
    unit = 'count';
    why.push('a plain number: a count');
  }
  const sentenceText = text.slice(sentence.start, sentence.end);
  const clause = clauseAround(sentenceText, figure.at - sentence.start);
  const figuresAt = figures.map((other) => other.at - sentence.start).filter((at) => at >= 0 && at < sentenceText.length);
  const ownStretch = ownWords(sentenceText, figure.at - sentence.start, clause, figuresAt);
  let ranked = matchIndicators(context.indicators, unit, sentenceText, figure.at - sentence.start, context.indicatorUsage, { clause, own: ownStretch, figures: figuresAt });
  if (unit === 'count') {
    // A plain number counts things or people: the sentence's words say which ("the number of illegal immigrants … 300,000 per year").
    const people = matchIndicators(context.indicators, 'persons', sentenceText, figure.at - sentence.start, context.indicatorUsage, { clause });
    if (people[0]?.phrase && people[0].score > (ranked[0]?.phrase ? ranked[0].score : 0)) {
      unit = 'persons';
      ranked = people;
      why.splice(-1, 1, `people: "${people[0].phrase}" printed in the sentence names what is counted`);
    }
  }
  // A figure of a table flattened to lines is measured by its column's header, whatever else the lines around it name.
  const row = readTableRow(context.source.lines, figure.numeral);
  // The owner a header names ("share of Peru's exports") is the entity, not a word of the indicator's name.
  const columnWords = row?.column.replace(/\b\p{Lu}[\p{L}.-]*[’']s\s/gu, '') ?? '';
  const byColumn = row ? matchIndicators(context.indicators, unit, columnWords, columnWords.length, context.indicatorUsage) : [];
  if (row && byColumn[0]?.phrase) {
    ranked = byColumn;
    why.push(`a table's cell: its column is "${row.column}"`);
  }
  const stockCue = STOCK_CUE.exec(sentenceText.slice(clause.start, clause.end)) ?? (unit !== 'percent' && period && /\b(?:between|from)\s?$/i.test(text.slice(Math.max(sentence.start, (period.years[0]?.at ?? sentence.start) - 9), period.years[0]?.at ?? sentence.start)) && period.years.length === 2 ? ['a span of years'] : null);
  const stock = stockCue ? stockTwin(context, ranked) : null;
  // "in 2009" with no word of a stock: the flow of that year.
  const flowCue = !stockCue && period?.years.length === 1 ? /\b(?:in|during)\s?$/i.exec(text.slice(Math.max(sentence.start, period.years[0]!.at - 8), period.years[0]!.at)) : null;
  const flow = flowCue ? flowTwin(context, ranked) : null;
  const base = unit === 'percent' ? shareBase(context, ranked, text.slice(figure.end, Math.min(sentence.end, figure.end + 60))) : null;
  if (base) {
    ranked = [base.match, ...ranked.filter((match) => match !== base.match)];
    why.push(`"${base.cue}" after it: of ${ranked[1]!.id}, the relative that is a share of that`);
  } else if (stock) {
    ranked = [stock, ...ranked.filter((match) => match !== stock)];
    why.push(`"${stockCue![0]}": of ${ranked[1]!.id}, the relative counted as a stock`);
  } else if (flow) {
    ranked = [flow, ...ranked.filter((match) => match !== flow)];
    why.push(`"${flowCue![0]}${period!.years[0]!.numeral.text}" and no word of a stock: of ${ranked[1]!.id}, the relative counted over the year`);
  }
  const best = ranked[0];
  let confidence: Confidence = 'high';
  if (!best) return { ...figure, kind: 'ignore', reason: 'document_reference', why: [`no indicator of unit ${unit} exists: add one to indicators.json, or ignore the number`], confidence: 'low' };
  if (best.phrase) why.push(`indicator ${best.id}: "${best.phrase}" printed in the sentence`);
  else {
    why.push(`indicator ${best.id}: no indicator's name is printed near it; of unit ${unit}, the one whose description shares most words with the sentence`);
    confidence = 'low';
  }
  const alternatives = ranked.slice(1).filter((match) => match.phrase).slice(0, 3).map((match) => match.id);
  const indicator = context.normalizeContext.indicators.get(best.id)!;
  const sides = sidesOf(context, sentence, figure, indicator, defaults, figures);
  const { reasons, cell } = sides;
  let { entity, partner } = sides;
  why.push(...reasons);
  // A table's row is its label's, towards the owner its header names ("Partner / share of Peru's imports": Peru's imports from the row's country).
  const rowLabel = row && /\bpartner\b/.test(indicator.description) ? entityMentions(context, row.label)[0] : undefined;
  if (row && rowLabel) {
    const owner = entityMentions(context, row.header).find((mention) => /^[’']s\b/.test(row.header.slice(mention.at + mention.name.length)));
    partner = rowLabel.id;
    entity = owner?.id ?? (entity === rowLabel.id ? defaults.main : entity);
    why.push(`partner ${partner}: "${row.label}", the label of its row${owner ? `; entity ${entity}: "${owner.name}'s" in the header` : ''}`);
  }
  // A table's cell says whose its own count is, not whom the lines after it speak of; nor does a world's total, printed to compare with.
  if (!cell && entity !== 'WORLD') context.topic = { end: figure.end, entity, partner };
  if (reasons.some((reason) => reason.includes('none named') || reason.includes('just before')) && confidence === 'high') confidence = 'medium';
  if (period) {
    why.push(`period: ${period.why}`);
    if (period.confidence !== 'high' && confidence === 'high') confidence = 'medium';
  } else why.push('no year printed for it: no period');
  const observation: Omit<ProseObservation, 'numeral' | 'period' | 'draft'> = { indicator: best.id, entity, ...(partner ? { partner } : {}) };
  return { ...figure, kind: 'observation', observation, ...(unitWordsOf ? { unitWordsOf } : {}), period: period?.years ?? [], ...(period?.words ? { periodWords: period.words } : {}), ...(period?.wordsAt !== undefined ? { periodWordsAt: period.wordsAt } : {}), ...(period?.in ? { periodIn: period.in } : {}), ...(period?.referredBy ? { periodReferredBy: period.referredBy } : {}), alternatives, why, confidence, fallbacks: ranked.slice(1).map((match) => match.id) };
}

/** Words that tell a survey: those it asked answer the figures of the sentences after it. */
const SURVEY = /\b(?:poll(?:ed|s)?|survey(?:ed|s)?|questionnaire|opinion study)\b/i;
/** How far (in characters) after a survey its public answers the percentages that name no one of their own. */
const PUBLIC_REACH = 600;
/** Words of answering, which make a percentage a share of those asked ("54% said", "18% were in favour of"). */
const ANSWER = /^\s?%\s(?:of\s(?:those|these|the)\s[\p{L}-]+\s)?(?:argued|said|say|responded|answered|replied|believed|thought|considered|agreed|expected|preferred|(?:were\s)?in\sfavou?r|were\s(?:more|less|against|confident|optimistic|pessimistic))\b/u;

/**
 * The publics of the surveys a text reports, printed as a list of three or more
 * countries after the survey's word: each is the smallest aggregate whose listed
 * members include every country of the list.
 */
function readPublics(context: Reading, sentences: readonly Sentence[]): Public[] {
  const aggregates = [...context.entityKinds].filter(([, kind]) => kind === 'aggregate').map(([id]) => ({ id, members: new Set(context.entities.membersOf(id)) })).filter((aggregate) => aggregate.members.size > 0);
  return sentences.flatMap((sentence) => {
    const text = context.folded.text.slice(sentence.start, sentence.end);
    const survey = SURVEY.exec(text);
    if (!survey) return [];
    const named = entityMentions(context, text).filter((mention) => mention.at > survey.index);
    // The longest run of names joined by commas or "and".
    let best: Mention[] = [];
    let run: Mention[] = [];
    for (const mention of named) {
      const last = run.at(-1);
      run = last && LIST_JOINT.test(text.slice(last.at + last.name.length, mention.at)) ? [...run, mention] : [mention];
      if (run.length > best.length) best = run;
    }
    if (best.length < 3) return [];
    const ids = new Set(best.map((mention) => mention.id));
    const region = aggregates.filter((aggregate) => [...ids].every((id) => aggregate.members.has(id))).sort((a, b) => a.members.size - b.members.size)[0];
    return region ? [{ end: sentence.end, entity: region.id, names: best.map((mention) => mention.name).join(', ') }] : [];
  });
}

/** What may stand between two figures of one run ("48.5 and 41.0", "6th and the 9th", "5%, 7% and 9%") and between two names of one list ("Korea and Mexico", "Chile, Peru and Brazil"). */
const RUN_JOINT = /^(?:st|nd|rd|th|\s?%)?\s?(?:,|,?\s?and|,?\s?or)?\s(?:the\s)?$/;
const LIST_JOINT = /^(?:[’']s)?\s?(?:,|,?\s?and)\s(?:the\s)?$/;

/**
 * The name a figure stands for where "respectively" closes a run of figures:
 * the figure's place in the run is its name's place in the list of names printed
 * before the run, and the list is as long as the run or longer.
 */
function respectiveName(text: string, mentions: readonly Mention[], figures: readonly Pick<Located, 'at' | 'end'>[], figureAt: number): { mention: Mention; list: Mention[] } | null {
  const word = /\brespec-?\s?tively\b/.exec(text.slice(figureAt));
  if (!word) return null;
  const closing = figureAt + word.index;
  const before = figures.filter((other) => other.at < closing).sort((a, b) => a.at - b.at);
  // The run: the figures joined to the last one before "respectively", which the figure must belong to; nothing but unit words after the last.
  let first = before.length - 1;
  if (first < 0 || !/^[\s\p{L}$%-]*$/u.test(text.slice(before[first]!.end, closing))) return null;
  while (first > 0 && RUN_JOINT.test(text.slice(before[first - 1]!.end, before[first]!.at))) first -= 1;
  const run = before.slice(first);
  const place = run.findIndex((other) => other.at === figureAt);
  if (run.length < 2 || place < 0) return null;
  // The list: the last names printed before the run, each joined to the next by a comma or "and".
  const earlier = mentions.filter((mention) => mention.at < run[0]!.at);
  let start = earlier.length - 1;
  while (start > 0 && LIST_JOINT.test(text.slice(earlier[start - 1]!.at + earlier[start - 1]!.name.length, earlier[start]!.at))) start -= 1;
  const list = earlier.slice(start);
  return list.length === run.length ? { mention: list[place]!, list } : null;
}

/** What joins two figures that share the unit words printed after the second: "48.5 and 41.0 billion", "5 to 7 million", "3-4 %". */
const SHARED_UNIT_JOINT = /^\s?(?:and|or|to|[-–])\s?$/;

/** The sides of the figure drafted last: a sentence that names no country goes on about them ("Exports fell again in 1998…"). */
interface Topic {
  end: number;
  entity: string;
  partner: string | null;
}

/** How far (in characters) the sides of a figure carry to the next figures that name none: a few lines. */
const TOPIC_REACH = 300;

/**
 * A figure's own words in a clause that holds other figures: from the comma
 * before it to the comma after it, where each stretch has a figure of its own
 * ("68% of R&D is funded by business, and only 21% by the government").
 */
function ownWords(text: string, at: number, clause: { start: number; end: number }, figuresAt: readonly number[]): { start: number; end: number } {
  const commas = [...text.slice(clause.start, clause.end).matchAll(/,\s/g)].map((match) => clause.start + match.index);
  const start = Math.max(clause.start, ...commas.filter((comma) => comma < at).map((comma) => comma + 2));
  const end = Math.min(clause.end, ...commas.filter((comma) => comma > at));
  const othersInClause = figuresAt.some((other) => other !== at && other >= clause.start && other < clause.end);
  return othersInClause ? { start, end } : clause;
}

/** Words that point back to what was said just before ("of those 30,000 only 12,000 stayed"): a figure after them is of the same sides. */
const REFERS_BACK = /\b(?:those|these|this|that|such|the same)\b/i;

/** A share of a total printed right after an amount, as its apposition: ", 37.25% of Chile's total". */
const SHARE_OF_TOTAL_AFTER = /^[^,.;]{0,25},\s[\d.,]+\s?(?:%|percent)\sof\s(?:[\p{L}’']+\s){0,2}?total\b/u;

/** How far (in characters) after a figure "of" and a name say whose it is: its own words ("USD 21.7 billion FDI of Norway"). */
const OWNED_REACH = 40;

/** Words that make a share's counterpart the whole world ("of total exports", "in the world"). */
const WORLD_WORDS = /\b(?:total|world|worldwide|overall|all countries|abroad)\b/i;

/** What separates a name from a count of its own printed in parentheses after it: "Peru (7)". */
const CELL_AFTER_NAME = /^\s*\($/;

/**
 * Whose figure it is and towards whom, read as a person reads it. The words
 * around each country's name give it a role (from, to / in, with, owner,
 * people of an origin); the indicator's description says which way it runs
 * (exports start at the entity, imports and immigrants end at it), so "Korean
 * investment in Mexico" and "immigrants from Mexico in the United States" put
 * each side where it belongs. A side the sentence does not name is the other
 * country it names, else the one of the figures just before (the paragraph's
 * topic), else the text's main or second country; "of total exports" makes the
 * partner the world where the indicator allows it.
 */
function sidesOf(context: Reading, sentence: Sentence, figure: Pick<Located, 'at' | 'end'>, indicator: Indicator, defaults: Defaults, figures: readonly Pick<Located, 'at' | 'end'>[] = []): { entity: string; partner: string | null; reasons: string[]; cell: boolean } {
  const text = context.folded.text.slice(sentence.start, sentence.end);
  const figureAt = figure.at - sentence.start;
  // An organisation is a figure's side only where no country or region is named with it ("the IMF estimates…" is about the countries).
  const named = withGroups(context, sentence, text, entityMentions(context, text));
  const places = named.filter((mention) => context.entityKinds.get(mention.id) !== 'organization');
  const mentions = places.length ? places : named;
  const needsPartner = /\bpartner\b/.test(indicator.description);
  const direction = needsPartner ? directionOf(indicator) : null;
  const topic = context.topic && figure.at - context.topic.end < TOPIC_REACH ? context.topic : null;
  const reasons: string[] = [];
  const byDistance = (a: Mention, b: Mention) => Math.abs(a.at - figureAt) - Math.abs(b.at - figureAt);
  // Roles count in the figure's own clause: in "exported $10 billion to China while importing $100 billion", China is where the exports went, not the imports.
  const clause = clauseAround(text, figureAt);
  // An owner ("Norwegian investment …; this amount represented 0.9%") speaks for the whole sentence, unless the figure's clause has a subject of its own ("…; in contrast, Norway exports").
  const inClause = (mention: Mention) => mention.at >= clause.start && mention.at < clause.end;
  const all = mentions.map((mention) => ({ mention, role: roleOf(text, mention) }));
  const ownSubject = all.some((item) => inClause(item.mention) && ['plain', 'owner', 'people'].includes(item.role));
  const roles = all.filter((item) => inClause(item.mention) || (item.role === 'owner' && !ownSubject));
  const withRole = (...wanted: MentionRole[]) => roles.filter((item) => wanted.includes(item.role)).map((item) => item.mention).sort(byDistance)[0];
  // Whose a figure is, is said by its own noun ("60 Australian companies"), else before it ("Australian firms invested $3 billion in Mexican mining"): an owner printed further after it only when none is before.
  const figureEnd = figure.end - sentence.start;
  // "of Norway" right after a figure's words is whose it is ("USD 21.7 billion FDI of Norway"), unless the indicator reads "of the partner" ("a view of China").
  const ofPartner = /\bof the partner\b/.test(indicator.description);
  const ownedAfter = (mention: Mention) => !ofPartner && mention.at >= figureEnd && mention.at - figureEnd <= OWNED_REACH && !figures.some((other) => other.at - sentence.start >= figureEnd && other.at - sentence.start < mention.at);
  const ownerOf = () => {
    const owners = roles.filter((item) => item.role === 'owner' || (item.role === 'of' && ownedAfter(item.mention))).map((item) => item.mention);
    return owners.find((mention) => mention.at >= figureEnd && mention.at - figureEnd <= 3) ?? owners.sort((a, b) => (a.at < figureAt) !== (b.at < figureAt) ? (a.at < figureAt ? -1 : 1) : byDistance(a, b))[0];
  };
  // The name with the word that gives it its role: "to Australia", "between Mexico", "Mexico's", "Australian firms".
  const quote = (mention: Mention) => {
    const word = /(?:\p{L}+\s)?$/u.exec(text.slice(Math.max(0, mention.at - 20), mention.at))![0];
    const adjective = ['owner', 'people'].includes(roleOf(text, mention));
    const owned = (adjective ? /^(?:[’']s\b|\s\p{Ll}+)/u : /^[’']s\b/).exec(text.slice(mention.at + mention.name.length))?.[0] ?? '';
    return `"${word}${mention.name}${owned}"`;
  };
  let entityMention: Mention | undefined;
  let partnerMention: Mention | undefined;
  if (direction === 'gives') {
    entityMention = ownerOf() ?? withRole('origin');
    partnerMention = withRole('destination', 'with');
  } else if (direction === 'receives' && sentHome(indicator)) {
    // What emigrants send home ends at their origin: "Mexican immigrants living in the United States send …" is Mexico's, from the United States.
    entityMention = withRole('people', 'origin');
    partnerMention = withRole('destination');
  } else if (direction === 'receives') {
    entityMention = roles.find((item) => item.role === 'owner' && /^[’']s\b/.test(text.slice(item.mention.at + item.mention.name.length)))?.mention ?? withRole('destination');
    partnerMention = withRole('origin', 'people');
  } else if (needsPartner) {
    entityMention = ownerOf() ?? withRole('first');
    // People counted by their origin ("700 Chilean officers") are the counterpart's; a share of people ("58% of Chileans") is the entity's public.
    partnerMention = withRole('with', 'second', 'destination', 'origin', ...(indicator.unit === 'persons' ? (['people'] as const) : []), ...(ofPartner ? (['of'] as const) : []));
  }
  // "Chile imported … from Peru, but exported just …": a statement that opens with its verb is of the first clause's subject, towards the other country named before it, whatever its preposition said of the first statement.
  const shared = needsPartner ? sharedSubject(text, all, figureAt) : undefined;
  if (shared) {
    entityMention = shared;
    partnerMention = mentions.filter((mention) => mention.id !== shared.id && mention.at < figureAt).sort(byDistance)[0] ?? partnerMention;
  }
  // A share is its subject's, of a total its owner's ("Peru attracted 2.3% of the FDI of Norway"): which side each is, the indicator says.
  const holder = needsPartner ? shareHolder(indicator) : null;
  const share = holder ? readShare(text, all, figureAt, figureEnd, clause) : null;
  if (share) {
    [entityMention, partnerMention] = holder === 'entity' ? [share.holder, share.base] : [share.base, share.holder];
    reasons.push(`${holder} ${share.holder.id}: ${quote(share.holder)}, whose share it is; ${holder === 'entity' ? 'partner' : 'entity'} ${share.base.id}: ${quote(share.base)}, whose total it is a share of`);
  }
  // A counterpart named outside the figure's own statement gives way to one the statement speaks about ("… came from Mexico (and China was the third, with 10.7%)").
  const statement = statementAround(text, figureAt);
  const statementOther = entityMention && partnerMention && !(partnerMention.at >= statement.start && partnerMention.at < statement.end) ? pickCounterpart(text, all, statement, [entityMention.id]) : undefined;
  if (statementOther) partnerMention = statementOther;
  // "…; this is 4% of the total number of firms (18,352) that received FDI in Chile": a total whose clause names no side of it is the world's, where the indicator takes the world as its entity.
  const worldEntity = /\bWORLD as entity\b/.test(indicator.description) && context.entities.isKnown('WORLD') && !(entityMention && inClause(entityMention)) ? WORLD_WORDS.exec(text.slice(Math.max(clause.start, figureAt - 30), figureAt)) : null;
  if (worldEntity) {
    entityMention = { id: 'WORLD', at: figureAt, name: worldEntity[0] };
    if (partnerMention?.id === 'WORLD') partnerMention = undefined;
  }
  // A count printed in parentheses right after a name, as in a table's cells ("Scholarships - Chile (3), Peru (7)"), is that name's.
  const cell = mentions.find((mention) => CELL_AFTER_NAME.test(text.slice(mention.at + mention.name.length, figureAt)) && /^\s*(?:times\s*)?\)/.test(text.slice(figureEnd)));
  if (cell) {
    entityMention = cell;
    if (partnerMention?.id === cell.id) partnerMention = undefined;
    reasons.push(`entity ${cell.id}: the figure is printed in parentheses right after "${cell.name}"`);
  }
  // "Peru and Chile … 48.5 and 41.0 … respectively": each figure of the run is the name printed in the same place of the list before it, and the other names are no counterparts.
  const paired = cell ? null : respectiveName(text, mentions, figures.map((other) => ({ at: other.at - sentence.start, end: other.end - sentence.start })), figureAt);
  if (paired) {
    entityMention = paired.mention;
    if (partnerMention && paired.list.some((mention) => mention.id === partnerMention!.id)) partnerMention = undefined;
    reasons.push(`entity ${paired.mention.id}: "respectively" pairs the figure with "${paired.mention.name}", printed in the same place of the list before`);
  }
  // A share of those a survey asked ("71% of those managers argued …") is the answer of the region its public makes up.
  const asked = cell || paired ? undefined : context.publics.findLast((candidate) => candidate.end <= figure.at && figure.at - candidate.end < PUBLIC_REACH && ANSWER.test(context.folded.text.slice(figure.end, figure.end + 60)));
  // A share of a people ("59% of Peruvians are …") is their country's, whatever else the sentence names.
  const people = cell || paired || asked ? undefined : mentions.find((mention) => mention.demonym && /s$/.test(mention.name) && /^\s?%\sof\s(?:the\s)?$/.test(text.slice(figureEnd, mention.at)));
  if (people) {
    entityMention = people;
    if (partnerMention?.id === people.id) partnerMention = undefined;
  }
  if (asked) {
    // The names after the answer's words are what it is about: the nearest, the partner ("27% were in favour of Canada").
    entityMention = undefined;
    partnerMention = mentions.find((mention) => mention.at >= figureEnd && mention.at - figureEnd < 60 && mention.id !== asked.entity);
  }
  if (entityMention && partnerMention && entityMention.id === partnerMention.id) partnerMention = undefined;
  if (entityMention && !cell && !paired) reasons.push(`entity ${entityMention.id}: ${quote(entityMention)}${direction ? ` (${indicator.id} runs ${direction === 'gives' ? 'from the entity to the partner' : 'from the partner to the entity'})` : ''}`);
  if (partnerMention) reasons.push(`partner ${partnerMention.id}: ${quote(partnerMention)}${direction ? ` (${indicator.id} runs ${direction === 'gives' ? 'from the entity to the partner' : 'from the partner to the entity'})` : ''}`);
  // The other names of the sentence: the text's main country first (a figure is seen from it), then in the order printed.
  const rest = (...taken: (string | undefined)[]) => {
    const left = mentions.filter((mention) => !taken.includes(mention.id));
    return left.find((mention) => mention.id === defaults.main) ?? left[0];
  };
  let entity: string;
  let earlier: Mention | undefined;
  const mainNamed = mentions.find((mention) => mention.id === defaults.main && mention.id !== partnerMention?.id);
  if (entityMention) entity = entityMention.id;
  else if (asked) {
    entity = asked.entity;
    reasons.push(`entity ${asked.entity}: those the survey asked (${asked.names}), of which it is an answer`);
  } else if (!needsPartner && mentions.length) {
    const subject = pickSubject(text, all, figureAt, clause, ownedAfter)!;
    entity = subject.id;
    reasons.push(`entity ${entity}: ${quote(subject)}, what the figure's clause speaks of (its indicator has no partner)`);
  } else if (mainNamed) {
    entity = mainNamed.id;
    reasons.push(`entity ${entity}: the text's main country, named in the sentence: the figure is seen from it`);
  } else if (partnerMention && rest(partnerMention.id)) {
    entity = rest(partnerMention.id)!.id;
    reasons.push(`entity ${entity}: "${rest(partnerMention.id)!.name}", the other country the sentence names`);
  } else if (mentions.every((mention) => mention.id === partnerMention?.id) && topic && topic.entity !== partnerMention?.id) {
    entity = topic.entity;
    reasons.push(`entity ${entity}: the sentence names no one else, so the side of the figures just before`);
  } else if (!needsPartner && mentions.length === 0 && !topic && (earlier = previousSubject(context, sentence))) {
    entity = earlier.id;
    reasons.push(`entity ${entity}: the sentence names no one, so "${earlier.name}", what the sentence before speaks of`);
  } else {
    entity = partnerMention?.id === defaults.main && defaults.second ? defaults.second : defaults.main;
    reasons.push(mentions.length ? `entity ${entity}: the figure is seen from the text's ${entity === defaults.main ? 'main' : 'second'} country` : `entity ${entity}: the text's main country (none named in the sentence)`);
  }
  let partner: string | null = null;
  if (needsPartner) {
    if (partnerMention) partner = partnerMention.id;
    else {
      // A subdivision of the country is where something happened, not a counterpart.
      const taken = [entity, ...mentions.filter((mention) => context.entityKinds.get(mention.id) === 'subdivision').map((mention) => mention.id), ...(paired?.list.map((mention) => mention.id) ?? [])];
      const other = rest(...taken);
      // The figure's own statement says more than the rest of the sentence; where it names no one, the figures just before do.
      const nearOther = pickCounterpart(text, all, statement, taken);
      // A figure joined to the one before it ("81.4 and 46.3 … respectively") is read with the words before that one.
      const runStart = paired ? Math.min(figureAt, ...figures.map((other) => other.at - sentence.start).filter((at) => at < figureAt && RUN_JOINT.test(text.slice(figures.find((candidate) => candidate.at - sentence.start === at)!.end - sentence.start, figureAt)))) : figureAt;
      const window = text.slice(Math.max(0, runStart - 40), figure.end - sentence.start + 40);
      // "37.25% of Chile's total exports", "sales abroad", "the total of USD 21 billion": the words right by the figure make its counterpart the world.
      // An amount followed by the share of a total it is ("USD 64 billion, 37% of Chile's total exports") is counted against that total too.
      const worldAfter = WORLD_WORDS.exec(text.slice(figure.end - sentence.start, figure.end - sentence.start + 30)) ?? WORLD_WORDS.exec(text.slice(Math.max(0, figureAt - 20), figureAt)) ?? (indicator.unit !== 'percent' ? SHARE_OF_TOTAL_AFTER.exec(text.slice(figureEnd)) : null);
      // A total is the world's where the indicator says so; an amount's total ("the total of USD 21 billion FDI") is anyway; a share's total is its base, the world's only where the base is a total to the partner ("of the entity's total exports to the partner").
      const worldDescribed = /\bWORLD\b/.test(indicator.description);
      const totalToPartner = indicator.unit !== 'percent' || /\btotal\b[^.;]*?\b(?:to|from|with|in) the partner\b/.test(indicator.description);
      // An indicator whose partner is the world by definition ("among the countries ranked (partner WORLD)") needs no word for it.
      const worldByDefinition = /\bpartner WORLD\b/.test(indicator.description);
      if (context.entities.isKnown('WORLD') && (worldByDefinition || (worldAfter && (worldDescribed || totalToPartner)) || (worldDescribed && !other && WORLD_WORDS.test(window)))) {
        partner = 'WORLD';
        reasons.push(worldByDefinition ? `partner WORLD: ${indicator.id} is a position among all countries` : `partner WORLD: "${(worldAfter ?? WORLD_WORDS.exec(window))![0]}" near it`);
      } else if (nearOther) {
        partner = nearOther.id;
        reasons.push(`partner ${partner}: ${quote(nearOther)}, named in the figure's statement`);
      } else if ((mentions.length === 0 || REFERS_BACK.test(text.slice(statement.start, figureAt))) && topic && topic.entity === entity && topic.partner) {
        partner = topic.partner;
        reasons.push(`partner ${partner}: none named with it, so the partner of the figures just before`);
      } else if (other) {
        partner = other.id;
        reasons.push(`partner ${partner}: "${other.name}", named in the sentence`);
      } else if (/\bWORLD\b(?! as entity)/.test(indicator.description) && context.entities.isKnown('WORLD') && mentions.length > 0) {
        // "4 million workers without legal status living in Canada": a sentence that names only the entity, of an indicator whose counterpart may be everyone, counts them all.
        partner = 'WORLD';
        reasons.push('partner WORLD: the sentence names no counterpart of a figure that may count all');
      } else {
        partner = entity === defaults.main ? defaults.second : defaults.main;
        reasons.push(`partner ${partner ?? 'none'}: none named, so the text's ${entity === defaults.main ? 'second' : 'main'} country`);
      }
    }
  }
  return { entity, partner: partner === entity ? null : partner, reasons, cell: cell !== undefined };
}

/** The names of a sentence with the groups it points back to ("those two countries" after "the US and Canada"), in order. */
function withGroups(context: Reading, sentence: Sentence, text: string, mentions: Mention[]): Mention[] {
  const previous = context.sentences[sentenceIndexAt(context.sentences, sentence.start) - 1];
  const earlier = () => (previous ? entityMentions(context, context.folded.text.slice(previous.start, previous.end)) : []);
  const groups = () => [...context.entityKinds].filter(([, kind]) => kind === 'aggregate').map(([id]) => ({ id, members: new Set(context.entities.membersOf(id)) }));
  const found = nameGroups(text, mentions, earlier, groups);
  return found.length ? [...mentions, ...found].sort((a, b) => a.at - b.at) : mentions;
}

/** What the sentence before speaks about ("Korea has transformed itself … Nowadays, industry accounts for 42% of GDP"): its first subject, if it names one. */
function previousSubject(context: Reading, sentence: Sentence): Mention | undefined {
  const previous = context.sentences[sentenceIndexAt(context.sentences, sentence.start) - 1];
  if (!previous || sentence.start - previous.end > TOPIC_REACH) return undefined;
  const text = context.folded.text.slice(previous.start, previous.end);
  return pickSubjectOf(text, entityMentions(context, text).map((mention) => ({ mention, role: roleOf(text, mention) })));
}

/** A year with no figure to date: an event's date when a verb of an event type is printed near it, else a date that situates the narrative. */
function draftDateOrContext(context: DraftContext, sentence: Sentence, year: Located, years: readonly Located[], hasFigures: boolean, defaults: Defaults): Role {
  const text = context.folded.text;
  const program = programNamedBy(text, sentence, year);
  if (program) return { ...year, kind: 'ignore', reason: 'name_part', why: [`the span of years names a programme's term ("${program}")`], confidence: 'medium' };
  const previousYear = years.filter((other) => other.at < year.at).at(-1);
  const nextYear = years.find((other) => other.at > year.at);
  const windowStart = Math.max(sentence.start, previousYear ? previousYear.end : sentence.start);
  const windowEnd = Math.min(sentence.end, nextYear ? nextYear.at : sentence.end);
  const window = text.slice(windowStart, windowEnd);
  const prefix = DATE_BEFORE_YEAR.exec(text.slice(Math.max(sentence.start, year.at - CONTEXT), year.at));
  const dateStart = year.at - (prefix?.[0].length ?? 0);
  const printedDate = text.slice(dateStart, year.end);
  // The words of the whole sentence, each read as the date's it is printed nearest to.
  const spanOf = (other: Located) => ({ start: other.at - (DATE_BEFORE_YEAR.exec(text.slice(Math.max(sentence.start, other.at - CONTEXT), other.at))?.[0].length ?? 0) - sentence.start, end: other.end - sentence.start });
  const otherSpans = years.filter((other) => other !== year).map(spanOf);
  const occasion = readOccasion(text.slice(sentence.start, sentence.end), spanOf(year), otherSpans);
  const cue = occasion?.main ?? readEventType(text.slice(sentence.start, sentence.end), spanOf(year), otherSpans);
  // A date to the day that is the source's own, with no event's words by it (a dateline, "Lima, March 2nd, 2009"), dates the text.
  if (!cue && defaults.published !== null && defaults.published.length === 10 && parseProseDate(printedDate)?.date === defaults.published) return { ...year, kind: 'ignore', reason: 'publication_date', why: [`"${printedDate}" is the source's publication date, and no event's words are printed by it`], confidence: 'medium' };
  const before = text.slice(Math.max(sentence.start, year.at - 25), dateStart);
  const opener = situatedFrom(text, sentence, year, years);
  // A stretch of time is an event's where a verb of one is printed by it, from the year that opens it ("held meetings between May 2002 and May 2004").
  // "until 1862, when the collapse of …": the clause after says what happened then.
  const whenClause = /^\s?,?\s?when\b/i.test(text.slice(year.end, year.end + 8));
  const openerStart = opener && !whenClause ? Math.max(sentence.start, years.filter((other) => other.at < opener.at).at(-1)?.end ?? sentence.start) : undefined;
  // "(1971)" after a name dates it when the sentence says what happened ("relations … were established"), and situates it otherwise;
  // a span of years in parentheses ("(1876-1910)") is a term or a life, whatever the sentence says.
  const inParentheses = (/\(\s?$/.test(before) && !cue) || /^\s?[-–]\s?(?:1[5-9]|20)\d\d\s?\)/.test(text.slice(year.end, year.end + 8)) || /\(\s?(?:1[5-9]|20)\d\d\s?[-–]\s?$/.test(before) && /^\s?\)/.test(text.slice(year.end, year.end + 2));
  // In a sentence of figures, a year that dates none of them is an event's only where a verb of one is printed right by it.
  const near = text.slice(Math.max(windowStart, year.at - 50), Math.min(windowEnd, year.end + 30));
  if (hasFigures && !prefix && !readEventType(near, year.at - Math.max(windowStart, year.at - 50))) return { ...year, kind: 'ignore', reason: 'context_date', why: ['a year in a sentence of figures that dates none of them'], confidence: 'medium' };
  if ((openerStart !== undefined && !readEventType(text.slice(openerStart, windowEnd), year.at - openerStart)) || inParentheses) {
    return { ...year, kind: 'ignore', reason: 'context_date', why: [`"${before.trim()} ${printedDate}" situates the narrative`], confidence: 'low' };
  }
  // A year printed on its own in a narrative mostly dates something that happened: an event of type other, for the reviewer to name.
  const found = cue ?? { type: 'other' as const, cue: '' };
  const mentions = entityMentions(context, window.length > 20 ? window : text.slice(sentence.start, sentence.end));
  const entities = [...new Set(mentions.map((mention) => mention.id))];
  const bothSides = /\b(?:(?:the|both) (?:two )?(?:countries|nations|governments|sides)|both|bilateral(?:ly)?)\b/i.test(window) && defaults.second !== null;
  const why = [`date "${printedDate}"${prefix ? ' (month and day read with the year)' : ''}`, cue ? `type ${cue.type}: "${cue.cue}" printed near it` : 'type other: no verb of an event type printed near it', ...(occasion ? [`and a ${occasion.occasion.type} ("${occasion.occasion.cue}"), the occasion it happened on`] : [])];
  if (bothSides) {
    for (const id of [defaults.main, defaults.second!]) if (!entities.includes(id)) entities.push(id);
    why.push(`entities: "${/\b(?:(?:the|both) (?:two )?(?:countries|nations|governments|sides)|both|bilateral(?:ly)?)\b/i.exec(window)![0]}", the text's two main countries (${defaults.main}, ${defaults.second})${mentions.length ? ` with those named` : ''}`);
  } else if (entities.length === 0) {
    entities.push(defaults.main);
    why.push(`entities: none named, so the text's main country (${defaults.main})`);
  } else why.push(`entities named: ${entities.join(', ')}`);
  if (BILATERAL.has(found.type) && entities.length === 1 && entities[0] !== defaults.main) {
    entities.push(defaults.main);
    why.push(`${defaults.main} added: a ${found.type.replace('_', ' ')} takes two sides`);
  }
  const sorted = [...entities].sort();
  const yearOnly = year.numeral.text;
  const same = context.corpusEvents.filter((event) => event.type === found.type && event.key !== null && [...event.entities].sort().join(';') === sorted.join(';'));
  const match = same.find((event) => event.date.slice(0, 4) === yearOnly);
  const alternatives = [...new Set(same.filter((event) => event !== match).map((event) => event.key!))].slice(0, 3);
  if (match) why.push(`key ${match.key}: ${match.sourceId} reports a ${found.type} of ${sorted.join(', ')} in ${match.date}`);
  const confidence: Confidence = !cue ? 'low' : readEventType(window) && (prefix || mentions.length) ? (found.type === 'other' ? 'medium' : 'high') : 'medium';
  const event: Omit<ProseEvent, 'date' | 'draft'> = { type: found.type, entities: sorted as [string, ...string[]], description: describe(window), ...(match ? { key: match.key! } : {}) };
  return { ...year, kind: 'event', event, ...(occasion ? { occasion: occasion.occasion.type } : {}), dateStart, alternatives, why, confidence };
}

/** A span of years printed as a programme's or plan's term: after its name ("the Plan of Action for the years 2007-2010") or before its noun ("the 2007-2010 trade program"). */
const PROGRAM_BEFORE = /\bprogram(?:me)?\b[^.;:,]{0,80}?\s(?:(?:for|of)\s)?(?:the\s(?:years|period)\s)?$/i;
const PROGRAM_AFTER = /^\s(?:[\p{L}-]+\s){0,5}?(?:program(?:me)?|plan)\b/iu;

/** The words that make a year part of a programme's name, where a span of years it is printed in is one's term. */
function programNamedBy(text: string, sentence: Sentence, year: Located): string | undefined {
  const around = text.slice(Math.max(sentence.start, year.at - 7), Math.min(sentence.end, year.end + 7));
  const span = /(?:1[5-9]|20)\d\d\s?[-–]\s?(?:1[5-9]|20)\d\d/.exec(around);
  if (!span) return undefined;
  const start = Math.max(sentence.start, year.at - 7) + span.index;
  if (start > year.at || start + span[0].length < year.end) return undefined;
  const end = start + span[0].length;
  const before = PROGRAM_BEFORE.exec(text.slice(Math.max(sentence.start, start - 120), start));
  const after = PROGRAM_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 60)));
  return before ? `${before[0]}${span[0]}` : after ? `${span[0]}${after[0]}` : undefined;
}

/** Words before a year that make it bound or situate a stretch of time ("since 1990", "during the years 1988"). */
const SITUATING_BEFORE = /\b(?:since|until|till|before|after|by|through|from|during|between|in the (?:early|late|mid)|(?:during|in|over) the (?:years|period))\s$/i;

/**
 * Where a year situates the narrative rather than dates what happened, the
 * year that opens the stretch of time: itself, where it bounds one or is part
 * of a span of years (a span of days before a month, "14-15 May 2009", is the
 * date of an event lasting them), or the year that opens the span or list it
 * ends ("from 1990 to 1994", "the years 1986, 1987 and 1988").
 */
function situatedFrom(text: string, sentence: Sentence, year: Located, years: readonly Located[]): Located | undefined {
  const prefix = DATE_BEFORE_YEAR.exec(text.slice(Math.max(sentence.start, year.at - CONTEXT), year.at));
  const dateStart = year.at - (prefix?.[0].length ?? 0);
  const before = text.slice(Math.max(sentence.start, year.at - 25), dateStart);
  if (SITUATING_BEFORE.test(before) || /^\s?[-–]\s?\d/.test(text.slice(year.end, year.end + 3)) || (!prefix && /\d\s?[-–]\s?$/.test(before))) return year;
  const previous = years.filter((other) => other.at < year.at).at(-1);
  return previous && /^\s?,?\s?(?:(?:to|and|until|till|through)\s)?$/.test(text.slice(previous.end, dateStart)) ? situatedFrom(text, sentence, previous, years) : undefined;
}

/** Entities named in a stretch of text, with the organisations and places a figure or event can be about. */
function entityMentions(context: DraftContext, text: string): Mention[] {
  return nameEntities(text, context.entities).filter((mention) => context.entities.isKnown(mention.id));
}

/** A one-line description from the words around a date: the clause as printed, for the reviewer to rewrite. */
function describe(clause: string): string {
  const words = clause.replace(/^[^\p{L}\d]+/u, '').replace(/^(?:and|but|or|while|whereas|then|which|when)\s+/i, '').replace(/[\s,;:(]+$/u, '');
  const short = words.length > 160 ? `${words.slice(0, 160).replace(/\s\S*$/, '')}…` : words;
  return short.length > 0 ? short.charAt(0).toUpperCase() + short.slice(1) : 'Drafted event';
}

/** The annotation of a sentence: the shortest unique quote around the numerals it refers to, and a proposal for each. */
function composeAnnotation(context: DraftContext, sentence: Sentence, previous: Sentence | null, roles: readonly Role[], words: readonly WordFigure[]): Annotation | null {
  const used = roles.filter((role) => role.kind !== 'period' && role.kind !== 'covered');
  if (used.length === 0 && words.length === 0) return null;
  const spans = [...used.flatMap((role) => [role.at, role.end, ...(role.kind === 'observation' ? [...role.period.flatMap((year) => [year.at, year.end]), ...(role.periodWordsAt !== undefined ? [role.periodWordsAt] : [])] : []), ...(role.kind === 'event' ? [role.dateStart] : [])]), ...words.flatMap((figure) => [figure.at, figure.end])];
  const first = Math.min(...spans);
  const last = Math.max(...spans);
  const bounds = { start: Math.min(sentence.start, first, previous && first < sentence.start ? previous.start : sentence.start), end: Math.max(sentence.end, last) };
  const { quote, occurrence, start } = uniqueQuote(context.folded, bounds, first, last);
  const end = start + quote.length;
  const inQuote = numeralsWithin(context.numerals, byteAt(context.folded, start), byteEndAt(context.folded, end - 1));
  const ref = (numeral: Numeral) => inQuote.indexOf(numeral) + 1;
  const mark = (confidence: Confidence, why: readonly string[], alternatives: readonly string[] = []): Draft => ({ confidence, why: why.join('; '), ...(alternatives.length ? { alternatives: [...alternatives] } : {}) });
  const observations: ProseObservation[] = [];
  const events: ProseEvent[] = [];
  const ignore: Ignore[] = [];
  const quoted = context.folded.text.slice(start, end);
  // A figure left without a period in a quote that prints a date says why, as the build requires (PERIOD_UNREAD); the reviewer checks it with the rest.
  const printed = printedDate(quoted);
  const unstated: Pick<ProseObservation, 'period_unstated'> = printed ? { period_unstated: `drafted: "${printed}" in the quote was not read as this figure's period (another thing's date, or none fits); give the period if it is` } : {};
  for (const role of used) {
    if (role.kind === 'observation') {
      const period = role.period.map((year) => ref(year.numeral));
      // Period words the quote prints once are read by their words (a month with the year, "last year"); else the year numerals, unless that would cut a printed month.
      const byWords = role.periodWords !== undefined && (role.periodIn !== undefined || wholeWordsOnce(quoted, role.periodWords));
      const cut = !byWords && role.periodWords !== undefined;
      const dated: Partial<ProseObservation> = byWords ? { period: { words: role.periodWords!, ...(role.periodIn ? { in: role.periodIn } : {}), ...(role.periodReferredBy ? { referred_by: role.periodReferredBy } : {}) } } : cut ? {} : period.length === 1 ? { period: period[0]! } : period.length === 2 ? { period: [period[0]!, period[1]!] as [number, number] } : {};
      observations.push({ numeral: ref(role.numeral), ...role.observation, ...(role.unitWordsOf ? { unit_words_of: ref(role.unitWordsOf.numeral) } : {}), ...dated, ...(dated.period === undefined ? unstated : {}), draft: mark(role.confidence, role.why, role.alternatives) });
    } else if (role.kind === 'event') {
      const date = { date: ref((role.spanStart ?? role).numeral), ...(role.spanStart ? { date_end: ref(role.numeral) } : {}) };
      events.push({ ...date, ...role.event, draft: mark(role.confidence, role.why, role.alternatives) });
      // The occasion is a second event of the same date and sides; another source's key would be the first one's.
      if (role.occasion) events.push({ ...date, type: role.occasion, entities: role.event.entities, description: role.event.description, draft: mark(role.confidence, role.why) });
    }
    else if (role.kind === 'ignore') ignore.push({ numeral: ref(role.numeral), reason: role.reason, draft: mark(role.confidence, role.why) });
  }
  // A quantity in words is found by its words in the quote: the first time the quote prints them.
  for (const figure of words) if (quoted.indexOf(figure.words) === figure.at - start) observations.push({ words: figure.words, ...figure.observation, ...unstated, draft: mark(figure.confidence, figure.why, figure.alternatives) });
  return { quote, ...(occurrence ? { occurrence } : {}), ...(observations.length ? { observations } : {}), ...(events.length ? { events } : {}), ...(ignore.length ? { ignore } : {}) };
}

/**
 * Tries each proposal as the build reads it: an observation whose indicator,
 * unit or number the build would refuse takes the next indicator of its unit,
 * or is ignored with a low-confidence mark; an event whose date does not read is ignored.
 */
function checkAnnotation(context: DraftContext, annotation: Annotation, roles: ReadonlyMap<Numeral, Role>): Annotation {
  const reads = (candidate: Annotation) => {
    try {
      const anchored = anchorAnnotations({ source_id: context.source.metadata.id, annotations: [candidate] }, context.source, context.folded, context.numerals);
      for (const cell of anchored.cells) normalizeProse(cell, context.normalizeContext);
      for (const cell of anchored.events) normalizeEvent(cell, context.normalizeContext);
      return true;
    } catch {
      return false;
    }
  };
  if (reads(annotation)) return annotation;
  const observations: ProseObservation[] = [];
  const ignore: Ignore[] = [...(annotation.ignore ?? [])];
  const only = (part: Partial<Annotation>): Annotation => ({ quote: annotation.quote, ...(annotation.occurrence ? { occurrence: annotation.occurrence } : {}), ...part });
  const inQuote = [...roles.values()].filter((role) => role.kind === 'observation');
  const otherFormat = context.source.metadata.number_format === 'decimal_comma' ? 'decimal_point' : 'decimal_comma';
  for (const observation of annotation.observations ?? []) {
    const role = inQuote.find((candidate) => candidate.kind === 'observation' && candidate.observation.indicator === observation.indicator);
    const indicators = [observation.indicator!, ...(role?.kind === 'observation' ? role.fallbacks : [])];
    const candidates = [false, true].flatMap((switched) => indicators.map((indicator, rank): ProseObservation => {
      const changes = [rank > 0 ? `${observation.indicator} would not read here, so ${indicator}` : '', switched ? `read in ${otherFormat}, against the source's convention` : ''].filter(Boolean);
      return { ...observation, indicator, ...(switched ? { number_format: otherFormat } : {}), draft: changes.length ? { ...observation.draft!, confidence: 'low', why: `${observation.draft!.why}; ${changes.join('; ')}` } : observation.draft! };
    }));
    const fallback = candidates.find((candidate) => reads(only({ observations: [candidate] })));
    if (fallback) observations.push(fallback);
    // A quantity in words claims no numeral: one the build cannot read is simply not proposed.
    else if (observation.numeral === undefined) continue;
    else {
      ignore.push({ numeral: observation.numeral!, reason: 'document_reference', draft: { confidence: 'low', why: `${observation.draft!.why}; but the build cannot read it as a figure of any indicator of its unit: say what it is` } });
      // Period words claim no numeral of their own to ignore.
      const periods = typeof observation.period === 'number' ? [observation.period] : Array.isArray(observation.period) ? observation.period : [];
      for (const numeral of periods) if (!ignore.some((item) => item.numeral === numeral)) ignore.push({ numeral, reason: 'context_date', draft: { confidence: 'low', why: 'the year of a figure the build cannot read' } });
    }
  }
  const events = (annotation.events ?? []).filter((event) => reads(only({ events: [event] })));
  for (const event of annotation.events ?? []) if (!events.includes(event) && typeof event.date === 'number') ignore.push({ numeral: event.date, reason: 'context_date', draft: { confidence: 'low', why: `${event.draft!.why}; but the date does not read as one` } });
  return only({ ...(observations.length ? { observations } : {}), ...(events.length ? { events } : {}), ...(ignore.length ? { ignore } : {}) });
}
