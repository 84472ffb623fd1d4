import type { Indicator } from '../../src/types/indicator.js';
import type { Mention } from './name-entities.js';

/**
 * Which way a two-sided indicator runs, read from its description: `gives` when
 * the entity is where the flow starts (exports "by the entity to the partner",
 * investment "by the entity in the partner"), `receives` when the entity is where
 * it ends (imports "from the partner", immigrants "from the partner", people "of
 * the partner's origin" living in the entity, anything "in the entity"); null when it says neither.
 */
export function directionOf(indicator: Indicator): 'gives' | 'receives' | null {
  const description = indicator.description;
  if (/\b(?:from|born in|of origin of|nationals of) the partner\b|\bthe partner's (?:origin|nationality)\b|\bemigrants living in the partner\b|\b(?:in|to) the entity\b(?![’'-]s)|\bthe entity is the country where\b/.test(description)) return 'receives';
  if (/\bfrom the entity\b|\bentity\b[^.;]*?\b(?:to|in|into) the partner\b|\bthe entity (?:gives|granted|supplies|sends)\b/.test(description)) return 'gives';
  return null;
}

/** Whether an indicator counts what emigrants send home from where they live ("sent home by emigrants living in the partner"): their people's name is then the entity's, where they live the partner. */
export function sentHome(indicator: Pick<Indicator, 'description'>): boolean {
  return /\bemigrants living in the partner\b/.test(indicator.description);
}

/**
 * What the words around a country's name make of it in a flow: where it starts,
 * where it ends, the counterpart ("with"), whose it is (possessive, adjective),
 * or printed after "of", which the noun before it decides ("the FDI of Korea"
 * is Korea's, "a view of Korea" is of a counterpart).
 */
export type MentionRole = 'origin' | 'destination' | 'with' | 'owner' | 'of' | 'people' | 'first' | 'second' | 'plain';

/** Nouns of people counted by where they come from ("Korean students", "Chinese immigrants", "of Japanese descent"). */
const PEOPLE_NOUN = /^\s(?:[\p{Ll}-]+\s){0,2}?(?:people|persons|residents|immigrants|emigrants|migrants|workers|students|citizens|nationals|descent|origin|descendants|tourists|visitors|professors|researchers|scholars|officers|soldiers|troops|refugees|children|women|men|immigration|migration|poets|writers|artists|musicians|dancers|athletes|teachers|experts|delegations?)\b/u;

/** Capitalised names before a name of a list that goes on after it, each followed by a comma ("from Chile, " before "Peru, Bolivia and …"). */
const LIST_HEAD = /(?:(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*,\s)+(?:the\s)?$/u;
/** Capitalised names before a name, joined by commas and a last "and" or "or": the list the name closes ("China and ", "Chile, Peru and "); "Yucatán, Mexico" is no list. */
const LISTED_BEFORE = /(?:(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*,\s)*(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*,?\s(?:and|or)\s(?:the\s)?$/u;

/**
 * The role of a name in its sentence, from the words printed right before and
 * after it: "from Korea" (origin), "to / into / in / toward Mexico"
 * (destination), "with Mexico" (counterpart), "Korea's", "Korean investment" or
 * "by Korea" (owner), "Korean students" (people of an origin), "between Mexico
 * and Korea" (first and second), "of Korea".
 */
export function roleOf(text: string, mention: Mention): MentionRole {
  const before = text.slice(Math.max(0, mention.at - 30), mention.at);
  const after = text.slice(mention.at + mention.name.length, mention.at + mention.name.length + 40);
  // A people's adjective ("Mexican"), or a region's name that is one ("Asian-Pacific firms", "Latin American markets"); "Japan" is a name, though it ends alike.
  // An abbreviation before a noun is used as one too ("US total imports", "EU members").
  const adjective = (mention.demonym === true || /(?:ian|ean|ese|ish|can)\b/.test(mention.name) || /^(?:[A-Z]\.?){2,4}$/.test(mention.name)) && /^\s\p{Ll}/u.test(after);
  if (/\bbetween\s(?:the\s)?$/i.test(before)) return 'first';
  if (/\bbetween\s(?:the\s)?[\p{L} .’'-]{1,40}\sand\s(?:the\s)?$/u.test(text.slice(Math.max(0, mention.at - 60), mention.at))) return 'second';
  // A pair joined by a hyphen qualifies a noun ("US-China tensions", "Mexico-Korea trade"): as "between" does.
  if (/^-\p{Lu}/u.test(after)) return 'first';
  if (/\p{Lu}[\p{L}.]*-$/u.test(before)) return 'second';
  // A name listed after others ("in China and Japan", "from Chile, Peru and Brazil") takes the word printed before the list.
  const lead = before.replace(/^(?:,\s|,?\s(?:and|or)\s)(?:the\s)?\p{Lu}/u.test(after) ? LIST_HEAD : LISTED_BEFORE, '');
  if (/\bwith\s(?:the\s)?$/i.test(lead)) return 'with';
  if (/\bfrom\s(?:the\s)?$/i.test(lead)) return 'origin';
  if (/\bby\s(?:the\s)?$/i.test(lead)) return 'owner';
  // An adjective speaks of its noun, whatever place word comes before it ("in the Mexican peso"); a people's name in the plural is people ("Koreans arrived").
  if (adjective) return PEOPLE_NOUN.test(after) || /s$/.test(mention.name) ? 'people' : 'owner';
  // Where people go: "to Mexico", "visit Korea".
  if (/\b(?:to|into|in|toward|towards|visits?|visited|visiting)\s(?:the\s)?$/i.test(lead)) return 'destination';
  if (/^[’']s\b/.test(after)) return 'owner';
  if (/\bof\s(?:the\s)?$/i.test(before)) return 'of';
  return 'plain';
}
