import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index.js';
import { foldText } from '../../../pipeline/02-extract/index.js';
import { readHeadings } from '../../../pipeline/draft/read-period.js';
import { splitSentences } from '../../../pipeline/draft/split-sentences.js';
import { draft } from '../../helpers/draft-text.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

/** The period each drafted figure reads as, by the figure as printed. */
function periods(text: string, options: { published?: string } = {}): Map<string, string> {
  const { observations, coverage } = draft(text, options);
  // Every proposal must still read as the build reads it: nothing left unclassified, nothing claimed twice.
  expect(coverage.unclassified).toEqual([]);
  expect(coverage.conflicts).toEqual([]);
  return new Map(observations.map((row) => [row.raw, `${row.period_start ?? ''}..${row.period_end ?? ''}`]));
}

describe('readPeriod', () => {
  it('gives a figure the time of writing printed right after it, and another figure of the sentence its own year', () => {
    const read = periods('Brazil\'s purchases from Peru came to 7.2 billion dollars last year, up from 3.1 billion dollars in 2004. Copper made up 2.8 billion dollars of them, and zinc 1.1 billion dollars.', { published: '2015' });
    expect([read.get('7.2'), read.get('3.1')]).toEqual(['2014..2014', '2004..2004']);
    // The sentence after goes on with the first figure's time, counted from the publication date, not with the second figure's year.
    expect([read.get('2.8'), read.get('1.1')]).toEqual(['2014..2014', '2014..2014']);
  });

  it('gives a figure the time of writing that opens its sentence, before a year printed for another figure', () => {
    const read = periods('Lima is a popular destination. Last year Brazil welcomed 81,000 visitors from Peru, twice the 40,000 of 2010.', { published: '2015' });
    expect([read.get('81,000'), read.get('40,000')]).toEqual(['2014..2014', '2010..2010']);
    expect(periods('Brazilian banks lent 3.5 billion dollars to Peruvian firms between 2001 and 2014. Currently 12 Brazilian banks have branches in Lima.', { published: '2015' }).get('12')).toBe('2015..2015');
  });

  it('dates a figure of a clause of its own by the year printed after it there, not by another clause\'s span', () => {
    const read = periods('From 2003 to 2013 Chile\'s trade with Peru doubled to 9 billion dollars, and 60 Chilean ships were registered in Peruvian ports by 2015.');
    expect([read.get('9'), read.get('60')]).toEqual(['2003..2013', '2015..2015']);
  });

  it('dates a yearly rate printed right after a change from one year to another by the span of the change', () => {
    const read = periods('Peru\'s trade with Chile climbed from 1.1 billion dollars in 2005 to 3.9 billion dollars in 2015, or 13.5% a year.');
    expect([read.get('1.1'), read.get('3.9'), read.get('13.5')]).toEqual(['2005..2005', '2015..2015', '2005..2015']);
    expect(periods('Peru\'s trade with Chile climbed from 1.1 billion dollars in 2005 to 3.9 billion dollars in 2015, a yearly average rise of 13.5%.').get('13.5')).toBe('2005..2015');
    // A rate of one year keeps that year.
    expect(periods('Peru\'s trade with Chile rose from 1.1 billion dollars in 2005 to 3.9 billion dollars in 2015, when it grew 13.5%.').get('13.5')).toBe('2015..2015');
  });

  it('carries no period across a paragraph break, unless blank lines follow every printed line', () => {
    expect(periods('Brazilian banks lent 3.5 billion dollars to Peruvian firms between 2001 and 2014.\n\nIn Lima, 12 Brazilian banks have branches.\n').get('12')).toBe('..');
    expect(periods('Brazilian banks lent 3.5 billion dollars\n\nto Peruvian firms between 2001 and 2014.\n\nIn Lima, 12 Brazilian banks have branches on\n\nthe main avenues.\n').get('12')).toBe('2001..2014');
  });

  it('carries the span of the figures of the sentence before, not its first year only', () => {
    const read = periods('The first wave of settlers between 1850-1870 consisted of about 20,000 Italian farmers. However, of those 20,000 only about 8,000 stayed in Peru.');
    expect(read.get('8,000')).toBe('1850..1870');
  });

  it('does not carry the period of the sentence before into a sentence that names its own source', () => {
    const read = periods('Between March 1996 and June 2006, Spanish investment in Peru increased to USD 310 million. However, according to a survey of Spanish companies there, their outstanding investments amount to about USD 2.4 billion.');
    expect(read.get('310')).not.toBe('..');
    expect(read.get('2.4')).toBe('..');
  });

  it('leaves a year that opens the next clause with figures of its own to those figures', () => {
    const read = periods('While in 1970, coal still made up 41.2% and machinery 18.9% of total exports, in 2010 this relation changed to 7.5% and 60.1% respectively.');
    expect([read.get('41.2'), read.get('18.9'), read.get('7.5'), read.get('60.1')]).toEqual(['1970..1970', '1970..1970', '2010..2010', '2010..2010']);
  });

  it('takes no year printed in a parenthesis opened after the figure beside figures of its own, and none from a heading for a rate per year', () => {
    const read = periods('Exchange Program 2006-2008\n\nOver 140 students travel to Lima every semester (their number has grown: 12 in 2001, 30 in 2003).\n\nAnnually over 300 students travel to Peru.\n');
    expect(read.get('140')).toBe('2006..2008');
    expect(read.get('12')).toBe('2001..2001');
    expect(read.get('300')).toBe('..');
  });

  it('reads a word of the time of writing only for the statement it is printed in', () => {
    expect(periods('Repsol made a direct investment of USD 80 million in Peru and both Iberdrola and Telefonica are currently making investments of similar size.', { published: '2001' }).get('80')).toBe('..');
    expect(periods('Judo is popular in Peru, currently with 42,000 practitioners.', { published: '2001' }).get('42,000')).toBe('2001..2001');
  });

  it('reads a year led by "after" as the bound of the time a figure counts, and "since … YEAR" as a span up to the year of the statement', () => {
    expect(periods('After the first direct investment in Peru in 1977, there were 14 more cases of direct investment from Japan.').get('14')).toBe('..');
    const { observations, coverage } = draft('Brazil became Peru’s largest trading partner in 2010, with Peru’s trade with Brazil growing more than 9% annually since the opening of diplomatic relations between the two in 1979.');
    expect(observations.find((row) => row.raw === '9')).toMatchObject({ period_start: '1979', period_end: '2010' });
    // 1979 still dates the opening of relations: a year may bound a period and date an event at once.
    expect(coverage.rows.find((row) => row.text === '1979')).toMatchObject({ class: 'event_date' });
    expect(coverage.conflicts).toEqual([]);
  });

  it('gives the year something began to the figure and to the beginning, an event', () => {
    const { observations, events, coverage } = draft('Spanish investment in Peru began in 1971, when a Spanish bank first invested USD 3 million in a branch in Lima.');
    expect(observations.find((row) => row.raw === '3')).toMatchObject({ period_start: '1971', period_end: '1971' });
    expect(events.map((event) => [event.date, event.type])).toEqual([['1971', 'other']]);
    expect(coverage.conflicts).toEqual([]);
  });

  it('reads a decade after a figure, led by "in the", as its ten years, and one that situates the narrative as none', () => {
    const read = periods('Military aid, under which Peru received USD 25 million worth of equipment in the early 1930s, ended in 1941. Since the 1950s, the number of migrants has soared to 120,000.');
    expect(read.get('25')).toBe('1930..1939');
    expect(read.get('120,000')).toBe('..');
  });

  it('counts "the first N months of" an agreement from the date the text prints for its entry into force', () => {
    const { annotations, observations } = draft('During the first 6 months of the Peru-Japan FTA, bilateral trade increased by 14.2%.\n\nThe Peru-Japan FTA was signed in May 2007, and entered into force on July 1, 2008.');
    expect(observations.find((row) => row.raw === '14.2')).toMatchObject({ period_start: '2008-07', period_end: '2008-12' });
    expect(annotations[0]!.observations![0]!.period).toMatchObject({ words: 'July 1, 2008', referred_by: 'the first 6 months of the Peru-Japan FTA' });
  });

  it('counts what an event dated to the day made on that date, which stays the event’s', () => {
    const { observations, events } = draft('The treaty entered into force on March 3, 1999, creating a common market of 90 million consumers.');
    expect(observations.find((row) => row.raw === '90')).toMatchObject({ period_start: '1999-03-03', period_end: '1999-03-03' });
    expect(events.map((event) => [event.date, event.type])).toEqual([['1999-03-03', 'in_force']]);
  });

  it('dates a figure by an event of the sentence before that its sentence names again after "as"', () => {
    const read = periods('Crowds filled the square in Lima on 4 May 1990 when the new president was sworn in. The sol fell as much as 9 percent as the new president was sworn in.');
    expect(read.get('9')).toBe('1990-05-04..1990-05-04');
  });
});

describe('readHeadings', () => {
  it('reads no heading in a line that goes on with an item of a list', () => {
    const text = 'Cultural Program 2006-2008\n\n- Lima International Book\nFair 2010\n\n- Cusco Music Festival (3 times)\n';
    const bytes = new TextEncoder().encode(text);
    const source = { metadata: syntheticMetadata(), bytes, lines: indexLines(bytes) };
    const folded = foldText(source.lines);
    expect(readHeadings(folded, splitSentences(source, folded)).map((heading) => heading.words)).toEqual(['2006-2008']);
  });
});
