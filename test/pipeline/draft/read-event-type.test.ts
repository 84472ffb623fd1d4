import { describe, expect, it } from 'vitest';
import { readEventType, readOccasion } from '../../../pipeline/draft/read-event-type.js';

/** The span of the n-th printing of a date in a sentence. */
function at(sentence: string, date: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = sentence.indexOf(date, start + 1);
  if (start < 0) throw new Error(`"${date}" is not printed ${nth + 1} time(s) in "${sentence}"`);
  return { start, end: start + date.length };
}

/** The type read for each date, every other date of the list a rival for the words. */
function types(sentence: string, ...dates: string[]): (string | null)[] {
  const spans = dates.map((date) => at(sentence, date));
  return spans.map((span) => readEventType(sentence, span, spans)?.type ?? null);
}

describe('readEventType', () => {
  it('carries a verb to the later items of a list of dated items that leave it out', () => {
    expect(types('Peru opened diplomatic relations with Chile on 3 June 1950, with Bolivia in 1962 and with Ecuador on 8 May 1968.', '3 June 1950', '1962', '8 May 1968')).toEqual(['diplomatic_relations', 'diplomatic_relations', 'diplomatic_relations']);
    expect(types('The pact entered into force for Peru on 1 March 2001 and for Chile on 9 April 2002.', '1 March 2001', '9 April 2002')).toEqual(['in_force', 'in_force']);
  });

  it('keeps a verb to the date of its own clause, across a comma from another date', () => {
    // "became a member" is printed nearer May 1997 than 1989, but in 1989's clause.
    expect(types('President Ortiz toured Chile in May 1997, and Peru became a member of the long-planned Andean Economic Cooperation Forum in 1989.', 'May 1997', '1989')).toEqual(['state_visit', 'membership']);
  });

  it('reads relations broken off, severed or restored, and a body created on a day', () => {
    expect(types('Their relations were suspended in 1939 and only restored on 2 June 1946 by a new government.', '1939', '2 June 1946')).toEqual(['diplomatic_relations', 'diplomatic_relations']);
    expect(types('Relations had been broken off in 1962.', '1962')).toEqual(['diplomatic_relations']);
    expect(types('Their relations were severed in 1961.', '1961')).toEqual(['diplomatic_relations']);
    expect(types('The Andean Forum, created on 6 May 1969 by five states, meets yearly.', '6 May 1969')).toEqual(['institution']);
  });

  it('gives each date the verb printed nearest it, not another date\'s', () => {
    expect(types('The pact was drafted in 1990, signed in March 1991, and entered into force on 2 May 1992.', 'March 1991', '2 May 1992')).toEqual(['agreement', 'in_force']);
    expect(types('Ruritania joined the league in 1950 and began to hold elections in 1960.', '1950', '1960')).toEqual(['membership', 'election']);
    // A verb nearer another date leaves none for this one.
    expect(types('The art festival of 1977 and the revolution of 1978 were remembered.', '1977', '1978')).toEqual([null, 'conflict']);
  });

  it('shares one verb among dates printed one after another, or left out after the first ("and Freedonia in 1996")', () => {
    expect(types('Both countries recovered from their crises in 1990 and 1985.', '1990', '1985')).toEqual(['crisis', 'crisis']);
    expect(types('Ruritania became a member of the league in May 1990 and Freedonia in June 1996.', 'May 1990', 'June 1996')).toEqual(['membership', 'membership']);
  });

  it('reads the noun an event\'s words complete ("negotiations on the establishment of relations") and the effect of a cause ("triggered")', () => {
    expect(types('Negotiations on the establishment of full diplomatic relations started in 1870.', '1870')).toEqual(['negotiation']);
    expect(types('The 50th anniversary of the first migration to Ruritania was in 1990.', '1990')).toEqual(['other']);
    expect(types('Freedonia acceded to the General Agreement on Trade in 1970.', '1970')).toEqual(['membership']);
    expect(types('In 1970, the memorandum of the ministry triggered off a banking crisis.', '1970')).toEqual(['crisis']);
    // The cause is the date's when the date is printed in it.
    expect(types('The visit of the President to Freedonia in 1970 led to the signing of a treaty.', '1970')).toEqual(['state_visit']);
  });

  it('reads no event of a negated verb, nor of a background clause the date is not printed in', () => {
    expect(types('Ruritania did not join the boycott of the 1980 Olympics.', '1980')).toEqual(['other']);
    expect(types('Its application for membership of the league was rejected in 1996.', '1996')).toEqual([null]);
    expect(types('In the wake of the crisis or in early 1990, the government changed its course.', '1990')).toEqual(['policy']);
    expect(types('Although both recovered from their crises in 1990, they remain fragile.', '1990')).toEqual(['crisis']);
  });

  it('weighs a clause break between a date and a word, but reads a date set off by commas as the words\' before it', () => {
    expect(types('After the visit of the minister to Ruritania in 1970, the foundation of the Ruritanian Council for Trade, in 1972, opened a new stage.', '1970', '1972')).toEqual(['visit', 'institution']);
    expect(types('In 1970, Ruritania became a member of the league, and from 1971 on it traded more.', '1970', '1971')).toEqual(['membership', null]);
  });

  it('tells a head of state\'s visit from another official\'s by the title in the visit\'s clause', () => {
    expect(types('In 1970, King Otto visited Freedonia.', '1970')).toEqual(['state_visit']);
    expect(types('Prime Minister Lind\'s visit to Freedonia in 1970 went well.', '1970')).toEqual(['visit']);
    expect(types('At the summit in 1970, for example, the President spoke of trade.', '1970')).toEqual(['visit']);
  });

  it('reads a treaty kept "since" a year as in force since then, and new cues of the vocabulary', () => {
    expect(types('Ruritania has kept an extradition treaty with Freedonia since 1999.', '1999')).toEqual(['in_force']);
    // The nearest word wins: the verb, where the date leads the clause.
    expect(types('In 1970, Ruritania entered the General Agreement on Trade.', '1970')).toEqual(['membership']);
    expect(types('The Freedonian section, established in 1970, did little.', '1970')).toEqual(['institution']);
    expect(types('Ruritania opposed the intervention in Freedonia in 1954.', '1954')).toEqual(['conflict']);
    expect(types('It returned to the principles of the Otto Doctrine of 1930.', '1930')).toEqual(['policy']);
    expect(types('In May 2000, both governments approved the exchange plan.', 'May 2000')).toEqual(['agreement']);
    expect(types('After years of talks, the agreement was completed in October 2002.', 'October 2002')).toEqual(['negotiation']);
  });

  it('reads a beginning dated by the words after it ("began in", "became … in YEAR") as an event of its own, only where no word of another type is printed', () => {
    expect(readEventType('exports from Peru to Korea began in 1999')).toEqual({ type: 'other', cue: 'began' });
    expect(readEventType('the turmoil which began in 1993 and culminated in the Tequila Crisis', 20)?.type).toBe('crisis');
    expect(readEventType('Peru began negotiations with Chile')?.type).toBe('negotiation');
    expect(readEventType('the talks began slowly')?.type).toBe('negotiation');
    expect(readEventType('the work began slowly')).toBeNull();
    expect(readEventType('Brazil became Peru’s largest trading partner in 2010')).toEqual({ type: 'other', cue: 'became' });
    expect(readEventType('Brazil became Peru’s largest trading partner')).toBeNull();
  });

  it('without a date, reads the first cue of the list', () => {
    expect(readEventType('They signed a treaty after a state visit.')).toMatchObject({ type: 'agreement' });
    expect(readEventType('Prices rose.')).toBeNull();
  });
});

describe('readOccasion', () => {
  it('reads an occasion the date is printed in or right by as a second event, of another type', () => {
    const founded = 'The commission was founded on June 4, 2001, during the State Visit by the President, through a memorandum.';
    expect(readOccasion(founded, at(founded, 'June 4, 2001'))).toEqual({ main: expect.objectContaining({ type: 'institution' }), occasion: expect.objectContaining({ type: 'state_visit' }) });
    const during = 'During the visit of the minister to Freedonia in June 2001, both countries signed two agreements.';
    expect(readOccasion(during, at(during, 'June 2001'))).toMatchObject({ main: { type: 'agreement' }, occasion: { type: 'visit' } });
    const anniversary = 'With the anniversary of the founding of the league in 2002, various agreements were signed.';
    expect(readOccasion(anniversary, at(anniversary, '2002'))).toMatchObject({ main: { type: 'agreement' }, occasion: { type: 'other' } });
    const day = 'On 1 January 1994, the day the pact entered into force, rebels attacked the capital.';
    expect(readOccasion(day, at(day, '1 January 1994'))).toMatchObject({ main: { type: 'conflict' }, occasion: { type: 'in_force' } });
  });

  it('reads none where the occasion names no event type, the same type, or is printed away from the date', () => {
    const meeting = 'During the sixth meeting of the joint commission in July 2002, both decided to start talks on trade.';
    expect(readOccasion(meeting, at(meeting, 'July 2002'))).toBeNull();
    const same = 'During the state visit of the King in 1970, he visited three cities.';
    expect(readOccasion(same, at(same, '1970'))).toBeNull();
    const away = 'The treaty was signed in 1970; during the visit of the King, crowds cheered.';
    const partner = 'In 1970 Ruritania signed a treaty with the league to end the war.';
    expect(readOccasion(partner, at(partner, '1970'))).toBeNull();
    expect(readOccasion(away, at(away, '1970'))).toBeNull();
  });
});
