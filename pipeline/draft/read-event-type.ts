import type { Event } from '../../src/types/event.js';

/** Verbs and nouns that name an event's type, tried in order: the first that matches near the date wins. */
const CUES: readonly [Event['type'], RegExp][] = [
  ['in_force', /\b(?:(?:entered|enters|went|goes|came|come|coming|entry) into (?:force|effect)|took effect|takes effect|in force|in effect|implemented|activated|became effective|came into being)\b/i],
  // "Relations between Mexico and … were established", also after a footnote number printed against it ("4Relations").
  ['diplomatic_relations', /\b(?:diplomatic (?:relations|ties)|(?:established|establish|establishing|opened|restored|broke off|broken|severed|resumed) (?:full |formal )?(?:diplomatic )?(?:relations|ties)|recogni[sz](?:ed|es|ing|tion))\b|(?<![a-z])relations (?:between|with)\b[^.;]{0,160}?\b(?:were|was) (?:established|restored|resumed|opened)\b/i],
  ['membership', /\b(?:join(?:ed|s|ing)?|became (?:a )?(?:full )?member|member(?:ship)? (?:of|in)|admitted|acceded|accession|entry (?:in)?to)\b/i],
  ['agreement', /\b(?:sign(?:ed|s|ing)|agreement|treaty|accord|convention|memorandum|ratif(?:ied|ication))\b/i],
  ['state_visit', /\b(?:(?:president|prime minister|king|emperor|head of state)\b.{0,80}\bvisit(?:ed|s|ing)?|state visit|visit(?:ed|s)? by (?:the )?(?:president|prime minister|head of state))/i],
  // A commemoration is its own event, whatever it commemorates ("the 100th anniversary of the first Korean migration").
  ['other', /\b(?:anniversary|centennial|centenary|bicentennial|commemorat(?:ed|es|ing|ion)|celebrat(?:ed|es|ing|ion))\b/i],
  // A meeting held is an event of its own, not the founding of the body that holds it ("The Commission held three meetings (…)").
  ['other', /\b(?:(?:held|holds|hold|convened)\b[^.;]{0,40}?\bmeetings?|meetings? (?:was|were) held|met)\b/i],
  ['visit', /\b(?:visit(?:ed|s|ing)?|trip|toured|travel(?:l?ed))\b/i],
  ['negotiation', /\b(?:negotiat(?:ed|ion|ions|ing)|talks)\b/i],
  ['institution', /\b(?:(?:establish(?:ed)?|found(?:ed)?|create[d]?|set up|launch(?:ed)?|inaugurated|opened) (?:the|a|an)\b|(?:was|were|been) (?:\w+ )?(?:established|founded|created|set up|inaugurated|opened)|(?:establishment|foundation|founding|creation|opening) of|founding|commission|council|committee|forum)\b/i],
  ['election', /\b(?:elect(?:ed|ion|ions)|won the presidency|took office|sworn in|inaugurated as)\b/i],
  ['crisis', /\b(?:crisis|crash|devaluation|default(?:ed)?|collapse)\b/i],
  ['conflict', /\b(?:war|uprising|invasion|invaded|attack(?:ed|s)?|rebellion|revolution|fought|insurgen(?:cy|ts))\b/i],
  ['migration', /\b(?:migra(?:tion|nts|ted)|immigra(?:tion|nts|ted)|emigra(?:tion|nts|ted))\b/i],
  ['policy', /\b(?:polic(?:y|ies)|sanctions|program(?:me)?s?|reform|announced|adopted|launched|initiative|plan|imposed|introduced|changed|abolished|lifted|removal|removed|nationali[sz](?:ed|ation)|expropriat(?:ed|ion)|initiation|reiterated|declared)\b/i],
];

/**
 * The event type the words around a date name, and the cue found; null when
 * none of them does. With `at` (the date's place in the clause), the cue
 * printed nearest the date wins, the list's order breaking ties.
 */
export function readEventType(clause: string, at?: number): { type: Event['type']; cue: string } | null {
  const found = nearestCue(clause, at) ?? beginning(clause);
  // A visit by a head of state or government is a state visit, wherever the title is printed in the clause.
  if (found?.type === 'visit' && HEAD_OF_STATE.test(clause)) return { type: 'state_visit', cue: `${HEAD_OF_STATE.exec(clause)![0]} … ${found.cue}` };
  return found;
}

/** A beginning dated by the words after it ("trade with Peru began in 1971", "Brazil became its largest partner in 2010"): an event of its own where no word of another type is printed. */
const BEGINNING = /\b(?:began|begun|started)(?=\s(?:in|on)\s)|\bbecame\b(?=[^.;,]{0,60}\bin\s(?:1[5-9]|20)\d\d)/i;

function beginning(clause: string): { type: Event['type']; cue: string } | null {
  const found = BEGINNING.exec(clause);
  return found ? { type: 'other', cue: found[0] } : null;
}

const HEAD_OF_STATE = /\b(?:President|Prime Minister|King|Queen|Emperor|Premier|head of state)\b/;

function nearestCue(clause: string, at?: number): { type: Event['type']; cue: string } | null {
  let best: { type: Event['type']; cue: string; distance: number } | null = null;
  for (const [type, pattern] of CUES) {
    for (const match of clause.matchAll(new RegExp(pattern.source, 'gi'))) {
      const distance = at === undefined ? 0 : match.index > at ? match.index - at : Math.max(0, at - match.index - match[0].length);
      if (best === null || distance < best.distance) best = { type, cue: match[0], distance };
      if (at === undefined) break;
    }
    if (at === undefined && best) break;
  }
  return best && { type: best.type, cue: best.cue };
}
