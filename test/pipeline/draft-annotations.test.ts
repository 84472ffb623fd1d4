import { describe, expect, it } from 'vitest';
import { indexLines, type SourceText } from '../../pipeline/01-ingest/index.js';
import { foldText } from '../../pipeline/02-extract/index.js';
import { EntityResolver } from '../../pipeline/03-normalize/index.js';
import { nameEntities } from '../../pipeline/draft/name-entities.js';
import { splitSentences } from '../../pipeline/draft/split-sentences.js';
import { draft, metadata } from '../helpers/draft-text.js';
import { syntheticMetadata } from '../helpers/synthetic-source.js';

describe('draftAnnotations', () => {
  it('reads a statement that opens with its verb as of the first clause\'s subject, towards the other country', () => {
    const { observations } = draft('Chile imported 2.1 billion dollars of goods from Peru in 2012, but exported just 600 million dollars there.');
    expect(observations.find((row) => row.raw === '600')).toMatchObject({ indicator: 'exports', entity: 'CHL', partner: 'PER' });
  });

  it('counts people named by a nationality in the plural, whichever nationality', () => {
    for (const text of ['Chile received 8,500 Peruvians in 2019.', 'In 2019, 8,500 Australians came.']) {
      expect(draft(text).observations.find((row) => row.raw === '8,500'), text).toMatchObject({ unit: 'persons' });
    }
  });

  it('ignores the furniture of a document: a release\'s number and year, a section\'s number before its heading', () => {
    const text = 'MINISTRY OF FOREIGN AFFAIRS\nCommuniqué 87/2016\n\n4.1 Peru and South-West Europe: Spain, Portugal and the Azores\n\nPeruvian exports to Spain reached USD 1.2 billion in 2015.\n\n2. Culture\n\nAbout 3,400 students from Peru studied in Spain in 2015.\n';
    const { coverage, observations } = draft(text);
    const rows = (printed: string) => coverage.rows.filter((row) => row.text === printed).map((row) => `${row.class} ${row.reason ?? ''}`.trim());
    expect([...rows('87'), ...rows('2016')]).toEqual(['ignored document_reference', 'ignored document_reference']);
    expect(rows('4.1')).toEqual(['ignored list_numbering']);
    expect(rows('2')).toEqual(['ignored list_numbering']);
    expect(observations.map((row) => row.raw)).toEqual(['1.2', '3,400']);
    // A figure opening a line of prose is no section's number.
    expect(draft('The delegation counted\n3.2 Japanese tourists per Peruvian one in 2015.\n').observations.map((row) => row.raw)).toEqual(['3.2']);
  });

  it('classifies every numeral, and marks every proposal as a draft with a confidence and reasons', () => {
    const { annotations, coverage } = draft('Mexico and Chile signed a treaty on March 3, 1998. Trade rose to $2.5 billion in 2001, 12% more than in 2000, after the G-20 met for the 3rd time. For most of the 1980s little happened; then 40 years passed.');
    expect(coverage.unclassified).toEqual([]);
    expect(coverage.conflicts).toEqual([]);
    const items = annotations.flatMap((annotation) => [...(annotation.observations ?? []), ...(annotation.events ?? []), ...(annotation.ignore ?? [])]);
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(item.draft).toMatchObject({ confidence: expect.stringMatching(/^(?:high|medium|low)$/), why: expect.stringMatching(/\S/) });
  });

  it('reads full dates in the common English forms as one event date, typed by the verb near it', () => {
    const { events, coverage } = draft('Mexico and Japan signed a treaty on March 3, 1998.\nMexico and Peru established diplomatic relations on 12 May 2003.\nMexico joined the OECD in Feb. 1994.\nThe agreement entered into force on 1 January 2005.');
    expect(events.map((event) => [event.raw_normalized, event.date, event.date_precision, event.type])).toEqual([
      ['March 3, 1998', '1998-03-03', 'day', 'agreement'],
      ['12 May 2003', '2003-05-12', 'day', 'diplomatic_relations'],
      ['Feb. 1994', '1994-02', 'month', 'membership'],
      ['1 January 2005', '2005-01-01', 'day', 'in_force'],
    ]);
    expect(events[0]!.entities).toEqual(['JPN', 'MEX']);
    expect(events[1]!.entities).toEqual(['MEX', 'PER']);
    expect(events[2]!.entities).toEqual(['MEX', 'OECD']);
    // The day of a date is part of the event's date, not a figure.
    expect(coverage.rows.filter((row) => row.class === 'event_date').map((row) => row.text)).toEqual(['3', '1998', '12', '2003', '1994', '1', '2005']);
  });

  it('dates meetings printed as spans of days in a parenthesis as one event with a range, and years printed as a span ("1989/1990", "1994 and 1995") too, which is no citation, and reads a scale word printed against its number', () => {
    const { events, observations, coverage } = draft('The commission held three meetings (30 September-1 October, 2002 in Lima; 21-22 July 2003 in Mexico City; and 16-17 May 2004 in Lima). Chilean investment increased to USD 656.1million in 2004.');
    // A span of days is one event with a date range, from its first day to its last.
    expect(events.map((event) => [event.date, event.date_end])).toEqual([['2002-09-30', '2002-10-01'], ['2003-07-21', '2003-07-22'], ['2004-05-16', '2004-05-17']]);
    const classes = new Map(coverage.rows.map((row) => [row.text, row.class]));
    expect(['30', '21', '16'].map((text) => classes.get(text))).toEqual(['event_date', 'event_date', 'event_date']);
    expect(observations.find((row) => row.raw === '656.1')).toMatchObject({ value: 656.1e6, unit: 'USD' });
    const years = draft('Chile carried out its reform in 1989/1990. The financial turmoil struck Chile in 1994 and 1995. Chile signed treaties in 1994 and 1998.').events;
    expect(years.map((event) => [event.date, event.date_end])).toEqual([['1989', '1990'], ['1994', '1995'], ['1994', null], ['1998', null]]);
  });

  it('makes a length of time a figure where an indicator of years is named with it, else a duration', () => {
    const { observations, coverage } = draft('For the 71 years it was dominated by the Institutional Revolutionary Party, Mexico changed slowly. Then 40 years passed.');
    expect(observations.find((row) => row.raw === '71')).toMatchObject({ value: 71, unit: 'years', indicator: 'one_party_rule_duration', entity: 'MEX' });
    expect(coverage.rows.find((row) => row.text === '40')).toMatchObject({ class: 'ignored', reason: 'duration' });
  });

  it('suggests the key of an event another source reports with the same type, entities and year', () => {
    const { annotations } = draft('Mexico and Peru established diplomatic relations on 12 May 2003.', { corpusEvents: [{ key: 'mex_per_relations', type: 'diplomatic_relations', entities: ['MEX', 'PER'], date: '2003', sourceId: 'other' }] });
    expect(annotations[0]!.events![0]).toMatchObject({ key: 'mex_per_relations', draft: { why: expect.stringContaining('key mex_per_relations') } });
  });

  it('dates each figure by the year printed beside it: "from X in 2010 to Y in 2020", a span, "the same year", "last year", "nowadays"', () => {
    const { observations } = draft('Two-way trade between Mexico and Chile rose from $1.1 billion in 2010 to $2.9 billion in 2020. Chilean investment in Mexico totalled $300 million between 2005 and 2018. In 2019, Mexico exported $1.4 billion to Chile. Imports from Chile reached $0.9 billion in the same year. Last year, 45,000 Chilean tourists visited Mexico.', { published: '2024' });
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('1.1')).toMatchObject({ value: 1.1e9, unit: 'USD', indicator: 'trade_total', entity: 'MEX', partner: 'CHL', period_start: '2010', period_end: '2010' });
    expect(by('2.9')).toMatchObject({ value: 2.9e9, period_start: '2020', period_end: '2020' });
    expect(by('300')).toMatchObject({ value: 3e8, entity: 'CHL', partner: 'MEX', period_start: '2005', period_end: '2018' });
    expect(by('1.4')).toMatchObject({ indicator: 'exports', entity: 'MEX', partner: 'CHL', period_start: '2019' });
    expect(by('0.9')).toMatchObject({ indicator: 'imports', period_start: '2019' });
    // "Last year" is drafted as period words, which the build counts from the publication date (2024).
    expect(by('45,000')).toMatchObject({ value: 45000, unit: 'persons', indicator: 'tourist_arrivals', entity: 'MEX', partner: 'CHL', period_start: '2023', period_end: '2023', period_raw: 'Last year', note: null });
    // The time of writing is the publication year, as the build reads it.
    const now = draft('Nowadays, Chile accounts for almost 12% of the tourist arrivals in Mexico.', { published: '2024' }).observations[0];
    expect(now).toMatchObject({ period_start: '2024', period_end: '2024', period_raw: 'Nowadays' });
  });

  it('reads percentages, ranks and quantities in words, and ignores ordinals of names, decades and spans of time', () => {
    const { observations, coverage } = draft("Chile is Mexico's 23rd largest trading partner. Their presidents met on eight occasions. About 35% of Mexican exports to Chile are vehicles. In 2016 they marked the 50th anniversary of their relations. During the 1990s trade stagnated, and for 71 years little changed.");
    expect(observations.find((row) => row.raw === '23')).toMatchObject({ value: 23, unit: 'rank', indicator: 'trading_partner_rank', entity: 'MEX', partner: 'CHL' });
    expect(observations.find((row) => row.raw === 'eight')).toMatchObject({ value: 8, unit: 'count' });
    expect(observations.find((row) => row.raw === '35')).toMatchObject({ value: 35, unit: 'percent', qualifier: 'approx' });
    const reasons = new Map(coverage.rows.filter((row) => row.class === 'ignored').map((row) => [row.text, row.reason]));
    expect(reasons.get('50')).toBe('name_part');
    expect(reasons.get('1990')).toBe('context_date');
    expect(reasons.get('71')).toBe('duration');
  });
});

describe('draftAnnotations reads as a person reads', () => {
  it('takes a span whose end has a month ("between January 1994 and December 2004", "from 1994 to March 2003") as the period', () => {
    const { observations } = draft('Between January 1994 and December 2004, Chilean investment in Mexico increased to USD 656 million. Currently, Peruvian investment in Mexico represents only USD 590 million, or 0.5% of total foreign direct investment in Mexico from 1994 to March 2003.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('656')).toMatchObject({ period_start: '1994', period_end: '2004' });
    expect(by('0.5')).toMatchObject({ period_start: '1994', period_end: '2003-03' });
  });

  it('dates a figure by a span of years that ends a sentence with a footnote\'s number printed against it ("1991-1997.3"), and ignores the number as a footnote marker', () => {
    const { observations, coverage } = draft('Chile\'s exports to Mexico grew at an average rate of 4.4% yearly for the period 1991-1997.3 Then they fell.');
    expect(observations.find((row) => row.raw === '4.4')).toMatchObject({ period_start: '1991', period_end: '1997' });
    expect(coverage.unclassified).toEqual([]);
    expect(coverage.rows.find((row) => row.text === '3')).toMatchObject({ class: 'ignored', reason: 'footnote_marker' });
  });

  it('makes the world the partner of exports counted as all of a country\'s sales abroad, each of a pair "respectively"', () => {
    const { observations } = draft('Chile and Peru sell much: their sales abroad in the year 2011 amounted to 81.4 and 46.3 billion dollars respectively.');
    expect(observations.map((row) => [row.raw, row.indicator, row.entity, row.partner])).toEqual([
      ['81.4', 'exports', 'CHL', 'WORLD'],
      ['46.3', 'exports', 'PER', 'WORLD'],
    ]);
  });

  it('reads a plain number that words of ranking lead as a rank, of a rank indicator', () => {
    const { observations } = draft("In 1999, Chile's competitiveness ranking was 32; by 2002, its rank had fallen to 45.");
    expect(observations.map((row) => [row.raw, row.unit, row.indicator])).toEqual([
      ['32', 'rank', 'growth_competitiveness_position'],
      ['45', 'rank', 'growth_competitiveness_position'],
    ]);
  });

  it('takes the indicator named between the commas around a figure, where its clause holds other figures whose labels it prints too', () => {
    const { observations } = draft('In Chile, almost 65% of R&D expenditure is funded by business enterprises, and only 30% is financed by the government.');
    expect(observations.map((row) => [row.raw, row.indicator])).toEqual([
      ['65', 'rd_funded_by_business_share'],
      ['30', 'rd_funded_by_government_share'],
    ]);
  });

  it('gives a period with its month as words, and says why a figure has no period where its quote prints a date (as the build requires)', () => {
    const { annotations, observations } = draft('In December 2002, 768 registered companies received Chilean investment. Since the 2005 summit their presidents have met on eight occasions. From January to August 2003, imports from Chile accounted for 11.4% of total US imports.');
    expect(observations.find((row) => row.raw === '768')).toMatchObject({ period_start: '2002-12', period_end: '2002-12' });
    expect(observations.find((row) => row.raw === '11.4')).toMatchObject({ period_start: '2003-01', period_end: '2003-08' });
    const eight = annotations.flatMap((annotation) => annotation.observations ?? []).find((observation) => observation.words === 'eight');
    expect(eight?.period).toBeUndefined();
    expect(eight?.period_unstated).toContain('"2005"');
  });

  it('puts each side where the direction words and the indicator put it: from, to, in, with, owners, people of an origin, in the figure’s own clause', () => {
    const { observations } = draft('In 2021, Mexico exported $1.2 billion worth of goods to Chile while importing $3.4 billion. Chile has a trade deficit of $5 billion with Peru. About 20,000 Chinese immigrants lived in Mexico in 1982. Colombian investment in Mexico reached USD 90 million in 2004.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('1.2')).toMatchObject({ indicator: 'exports', entity: 'MEX', partner: 'CHL' });
    expect(by('3.4')).toMatchObject({ indicator: 'imports', entity: 'MEX', partner: 'CHL' });
    expect(by('5')).toMatchObject({ indicator: 'trade_deficit', entity: 'CHL', partner: 'PER' });
    expect(by('20,000')).toMatchObject({ unit: 'persons', entity: 'MEX', partner: 'CHN' });
    expect(by('90')).toMatchObject({ entity: 'COL', partner: 'MEX' });
  });

  it('takes the owner the figure\'s own noun names, else the one printed before it, and "with" over an adjective', () => {
    const { observations } = draft('In 1994, the trade deficit with Asian Pacific economies was $9 billion. Chilean firms invested more than $3 billion in Mexican mining between 2005 and 2018, and some 60 Chilean companies now operate in the country.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('3')).toMatchObject({ entity: 'CHL', partner: 'MEX', period_start: '2005', period_end: '2018' });
    expect(by('9')).toMatchObject({ indicator: 'trade_deficit', entity: 'MEX', partner: 'ASIA_PACIFIC' });
    expect(by('60')).toMatchObject({ indicator: 'fdi_companies', entity: 'CHL', partner: 'MEX' });
  });

  it('reads a share of a total as one of the world, "from X" as a share\'s partner, and people counted by their plural name as of their origin', () => {
    const { observations } = draft('In 2002, 11.5% of Chilean total imports came from Mexico. In 2001, Mexico exported $900 million of oil, 37.5% of its total exports. In 1905 the first Koreans arrived in Mexico: 702 men and 135 women. In 2003, 10.9% of US total imports came from Mexico.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('11.5')).toMatchObject({ entity: 'CHL', partner: 'MEX' });
    expect(by('37.5')).toMatchObject({ entity: 'MEX', partner: 'WORLD' });
    expect(by('702')).toMatchObject({ unit: 'persons', entity: 'MEX', partner: 'KOR' });
    // An abbreviation before a noun owns it, as an adjective would.
    expect(by('10.9')).toMatchObject({ entity: 'USA', partner: 'MEX' });
  });

  it('takes the indicator named right by the figure over one named further off, and the one named in its own clause', () => {
    const { observations } = draft("In 2000, a third of Chile's $300 billion GNP was derived from exports. In 1994, the deficit with Peru represented 32.6% of the whole Chilean trade deficit, while imports from Peru made up a share of 6.2%.");
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('300')).toMatchObject({ indicator: 'gnp', entity: 'CHL' });
    expect(by('32.6')).toMatchObject({ indicator: 'trade_deficit_share' });
    expect(by('6.2')).toMatchObject({ indicator: 'imports_share' });
  });

  it('reads "between X and Y", "by X", the public of a survey and people counted by origin', () => {
    const { observations } = draft('The 2,000-mile-long border between the United States and Mexico is busy. In 2019, 65% of Mexicans had an unfavorable view of Chile. About US$500,000 was allocated by the Chilean government for military training each year, enabling more than 900 Colombian officers to attend Chilean military institutions between 1977 and 1991.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('2,000')).toMatchObject({ indicator: 'border_length', entity: 'USA', partner: 'MEX' });
    expect(by('65')).toMatchObject({ entity: 'MEX', partner: 'CHL' });
    expect(by('900')).toMatchObject({ unit: 'persons', entity: 'CHL', partner: 'COL', period_start: '1977', period_end: '1991' });
  });

  it('carries the sides of the figures just before to a sentence that names no one', () => {
    const { observations } = draft('Investments from Chile to Mexico fell to USD 2.5 million in 1991. Investment increased again in 1993 to USD 8.4 million.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('2.5')).toMatchObject({ entity: 'CHL', partner: 'MEX', period_start: '1991' });
    expect(by('8.4')).toMatchObject({ entity: 'CHL', partner: 'MEX', period_start: '1993' });
  });

  it('counts people when the sentence names them, though no word of people follows the number', () => {
    const { observations } = draft('Since the 1960s, the number of illegal immigrants from Mexico into the United States has soared to 300,000 per year.');
    expect(observations.find((row) => row.raw === '300,000')).toMatchObject({ unit: 'persons', entity: 'USA', partner: 'MEX' });
  });

  it('dates a figure that prints no year by the span closing the heading above it, claiming the heading\'s years (a span even where a word of the heading reads like an event\'s); not by a decade, a list line or a chronology line', () => {
    const text = '2. Exchange Program 2010-2012\n\nThe program sent 35 students from Chile to Mexico.\n\n- 1995 Chilean book fair\n\nMexico opened 4 offices in Chile.\n\n1990’s\n\nChile funded 6 festivals in Mexico.\n';
    const { observations, coverage } = draft(text);
    expect(coverage.unclassified).toEqual([]);
    expect(coverage.conflicts).toEqual([]);
    expect(observations.find((row) => row.raw === '35')).toMatchObject({ period_start: '2010', period_end: '2012', period_raw: '2010-2012' });
    // The nearest heading with years is still the program's: a list line's year and a decade are no headings.
    expect(observations.find((row) => row.raw === '4')).toMatchObject({ period_start: '2010', period_end: '2012' });
    expect(observations.find((row) => row.raw === '6')).toMatchObject({ period_start: '2010', period_end: '2012' });
    expect(coverage.rows.filter((row) => row.text === '2010' || row.text === '2012').map((row) => row.class)).toEqual(['period', 'period']);
    // Without a heading, no period.
    const plain = draft('The program sent 35 students from Chile to Mexico.\n');
    expect(plain.observations[0]).toMatchObject({ period_start: null, period_end: null });
  });

  it('reads a span led by "from" or "between" across another figure, and stops at a semicolon', () => {
    const { observations } = draft('Chilean investment in Mexico is small: USD 420 million, or 0.3% of all investment in Mexico from 1996 to 2008. Mexico received only 2.5% of the USD 61.2 billion Chile invested abroad between 1996 and 2007. In 2001, Chile’s rank was 18; by 2009, its rank had fallen to 27.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('420')).toMatchObject({ period_start: '1996', period_end: '2008' });
    expect(by('2.5')).toMatchObject({ period_start: '1996', period_end: '2007' });
    expect(by('61.2')).toMatchObject({ period_start: '1996', period_end: '2007' });
    expect(by('18')).toMatchObject({ period_start: '2001', period_end: '2001' });
    expect(by('27')).toMatchObject({ period_start: '2009', period_end: '2009' });
  });

  it('carries the date a sentence leads with, which no verb makes an event\'s (a "while" clause is its background), to the figures of the sentences after it', () => {
    const { observations, events, coverage } = draft('In March 2004, while the crisis was still growing, a bank polled executives from Chile about Latin American markets (Rivas 2004). 76% of those executives said the economies of Latin America had improved. When asked where they would invest, 15% chose Mexico.');
    expect(coverage.conflicts).toEqual([]);
    expect(observations.find((row) => row.raw === '76')).toMatchObject({ period_start: '2004-03', period_end: '2004-03', period_raw: 'March 2004' });
    expect(observations.find((row) => row.raw === '15')).toMatchObject({ period_start: '2004-03', period_end: '2004-03' });
    expect(events).toEqual([]);
    // A date an event's verb types stays the event's.
    const signed = draft('In March 2004, Mexico and Chile signed a treaty. 76% of the goods traded went free of duty.');
    expect(signed.events.map((event) => event.type)).toEqual(['agreement']);
    expect(signed.observations[0]).toMatchObject({ period_start: null });
  });

  it('takes the stock relative of an indicator where words make the figure a stock (outstanding, totaling, over a span), the flow otherwise', () => {
    const { observations } = draft('Chilean investment in Mexico has grown, totaling over $700 million between 1995 and 2010. Outstanding Chilean investments in Mexico amount to about USD 2.5 billion. Chile invested $40 million in Mexico in 2009. Chilean investment was 0.3% of total foreign investment in Mexico from 1995 to 2010.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('700')).toMatchObject({ indicator: 'fdi_accumulated', entity: 'CHL', partner: 'MEX' });
    expect(by('2.5')).toMatchObject({ indicator: 'fdi_accumulated' });
    expect(by('40')).toMatchObject({ indicator: 'fdi_inflow', period_start: '2009' });
    expect(by('0.3')).toMatchObject({ indicator: 'fdi_inflow_share_of_total' });
  });

  it('reads where people go ("visit Chile") and people named by their trade and origin ("Mexican poets") in an indicator of where things take place', () => {
    const { observations } = draft('Cultural exchange: Mexican poets read at 3 festivals in Chile. Cultural exchange: Mexican teachers visit Chile (7 times).');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('3')).toMatchObject({ entity: 'CHL', partner: 'MEX' });
    expect(by('7')).toMatchObject({ entity: 'CHL', partner: 'MEX' });
  });

  it('gives a count printed in parentheses right after a name, as in a table\'s cells, to that name, and does not carry it to the lines after', () => {
    const { observations } = draft('Cultural exchange:\n\n- Scholarships offered - Chile (3), Peru (8)\n\n- Music festival (6 times)\n');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('3')).toMatchObject({ entity: 'CHL', partner: 'PER' });
    expect(by('8')).toMatchObject({ entity: 'PER', partner: 'CHL' });
    expect(by('6')?.entity).not.toBe('PER');
  });

  it('pairs a run of figures closed by "respectively" with the list of names before it, the first figure sharing the unit words printed after the second', () => {
    const { annotations, observations } = draft('Peru and Chile are large exporters of copper, with exports in 2010 of 35.2 and 71.0 billion dollars respectively.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('35.2')).toMatchObject({ entity: 'PER', unit: 'USD', value: 35_200_000_000 });
    expect(by('71.0')).toMatchObject({ entity: 'CHL', unit: 'USD', value: 71_000_000_000 });
    expect(JSON.stringify(annotations)).toContain('"unit_words_of"');
  });

  it('dates figures that print no year by the years of the caption of the figure the text refers to right after them', () => {
    const { observations, coverage } = draft('Chilean exports go mostly to mining, which took 71.5% of the total. The rest, 28.5%, went elsewhere, as shown in Figure 3.\n\nFigure 3\nChilean exports by sector\n\n(%) 1996-2001\n\nSource: Central Bank.\n');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('71.5')).toMatchObject({ period_start: '1996', period_end: '2001' });
    expect(by('28.5')).toMatchObject({ period_start: '1996', period_end: '2001' });
    expect(coverage.unclassified).toEqual([]);
  });

  it('gives the answers of a survey whose public is a list of countries to the smallest region whose members include them all, and what they are about as the partner', () => {
    const { observations } = draft('In 2003 a survey polled firms from Thailand, Malaysia and Indonesia about Chile. 58% of those firms said that the Chilean economy had improved, and 21% were in favour of Peru.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('58')).toMatchObject({ entity: 'SOUTHEAST_ASIA_5', partner: 'CHL' });
    expect(by('21')).toMatchObject({ entity: 'SOUTHEAST_ASIA_5', partner: 'PER' });
  });

  it('gives a share of a people ("70% of Cubans") to their country, whatever other country the sentence names first', () => {
    const { observations } = draft('Cuba could share its experience with Peru in raising Internet use, since almost 70% of Cubans are Internet users.');
    expect(observations.find((row) => row.raw === '70')).toMatchObject({ entity: 'CUB' });
  });

  it('tells a share of all from a share of the region\'s by the words right after the percentage', () => {
    const { observations } = draft('In 2004 Chilean investment increased to USD 300 million; this amount represented 0.4% of total investments in Mexico and around 9.1% of investment flows from the Latin American region directed to Mexico.');
    const by = (raw: string) => observations.find((row) => row.raw === raw);
    expect(by('0.4')).toMatchObject({ indicator: 'fdi_inflow_share_of_total' });
    expect(by('9.1')).toMatchObject({ indicator: 'fdi_inflow_share_of_region' });
  });

  it('types events from the verbs and titles around them', () => {
    const { events } = draft('In 1991, President Aylwin visited Mexico.\nRelations between Mexico and Thailand were established in 1975.\nTrade became institutionalized with the foundation of APEC in 1989.\nMexico imposed tariffs and quotas in 1993.\nThe year 2005 marks the 100th anniversary of the first Korean migration to Mexico.\nNegotiations concluded in 1992.\nThe agreement was activated on January 1, 1994.\nBoth presidents decided in 2001 to establish a joint commission.\n3Relations between Mexico and Peru were established in 1962.\nThe Council held two formal meetings in 2008.');
    expect(events.map((event) => [event.date, event.type])).toEqual([['1991', 'state_visit'], ['1975', 'diplomatic_relations'], ['1989', 'institution'], ['1993', 'policy'], ['2005', 'other'], ['1992', 'negotiation'], ['1994-01-01', 'in_force'], ['2001', 'institution'], ['1962', 'diplomatic_relations'], ['2008', 'other']]);
  });
  it('reads a year that closes a stretch of time or a list the year before opens as situating it, unless a verb of an event is printed by the stretch; and a span of years in parentheses as a term', () => {
    const { events, coverage } = draft('From 1990 to 1994, Chilean imports grew steadily.\nTrade boomed during the years 1995, 1996 and 1997, then fell.\nThe commission held three meetings between May 2002 and May 2004.\nUnder President Juan Perez (1970-1976), who concentrated his foreign policy on Chile, little happened.\nThe route lasted until 1815, when the empire declined.');
    const context = coverage.rows.filter((row) => row.class === 'ignored' && row.reason === 'context_date').map((row) => row.text);
    expect(context).toEqual(['1990', '1994', '1995', '1996', '1997', '1970', '1976']);
    // A stretch's bound followed by "when" is the date of what the clause after says.
    expect(events.map((event) => [event.date, event.type])).toEqual([['2002-05', 'other'], ['2004-05', 'other'], ['1815', 'other']]);
  });

  it('reads a span of years printed as a programme\'s term as part of its name, not as an event', () => {
    const { events, coverage } = draft('The Program of Cooperation for the years 2003-2006 replaced the old one.\nThe 2000-2002 cultural program was signed in March 2000.\nTrade boomed in 2003-2006 under a new policy.');
    const names = coverage.rows.filter((row) => row.class === 'ignored' && row.reason === 'name_part').map((row) => row.text);
    expect(names).toEqual(['2003', '2006', '2000', '2002']);
    // A span printed with no programme is read as before: here by the verb of a policy.
    expect(events.map((event) => [event.date.slice(0, 4), event.type])).toEqual([['2000', 'agreement'], [expect.stringMatching(/^200[36]$/), 'policy']]);
  });

  it('reads a date to the day that is the source\'s publication date (a dateline) as such where no event\'s words are printed by it, and the same date in another text as an event', () => {
    const text = 'Lima, June 1st, 2005\nBoth countries signed a treaty on June 1st, 2005.';
    const dated = draft(text, { published: '2005-06-01' });
    expect(dated.coverage.rows.filter((row) => row.reason === 'publication_date').map((row) => [row.line, row.text])).toEqual([[1, '1'], [1, '2005']]);
    // The same date where a verb of an event is printed by it dates the event.
    expect(dated.events.map((event) => [event.date, event.type])).toEqual([['2005-06-01', 'agreement']]);
    expect(draft(text, { published: '2006-06-01' }).events.map((event) => [event.date, event.type])).toEqual([['2005-06-01', 'other'], ['2005-06-01', 'agreement']]);
  });

  it('drafts the occasion a date is printed with as a second event of the same date and sides, and each date\'s type from the words nearest it', () => {
    const { events, coverage } = draft('The joint commission was founded on June 4, 2001, during the state visit of the President of Chile to Mexico.\nThe pact was drafted in 1990, signed in March 1991, and entered into force on 2 May 1992.');
    expect(coverage.conflicts).toEqual([]);
    expect(events.map((event) => [event.date, event.type, event.entities.join(';')])).toEqual([['2001-06-04', 'institution', 'CHL;MEX'], ['2001-06-04', 'state_visit', 'CHL;MEX'], ['1990', 'other', 'MEX'], ['1991-03', 'agreement', 'MEX'], ['1992-05-02', 'in_force', 'MEX']]);
  });
});

describe('splitSentences', () => {
  it('starts a sentence at a footnote that opens a line with its number and a capitalised word, wherever the line before broke off; not at a day and its month', () => {
    const text = 'Western Europe would concentrate on its own integration and later on the East rather than\n\n9 While in 1990, oil represented 60% of total exports.\nThe treaty on trade and investment between the two countries was signed on\n12 May 2003 in Lima.\n';
    const bytes = new TextEncoder().encode(text);
    const source: SourceText = { metadata: syntheticMetadata(), bytes, lines: indexLines(bytes) };
    const folded = foldText(source.lines);
    const sentences = splitSentences(source, folded).map((sentence) => folded.text.slice(sentence.start, sentence.end));
    expect(sentences).toContain('9 While in 1990, oil represented 60% of total exports.');
    expect(sentences.some((sentence) => sentence.startsWith('12 May 2003'))).toBe(false);
  });
});

describe('nameEntities', () => {
  it('finds countries by their names, our aliases and their peoples’ adjectives, the longest name first', () => {
    const entities = new EntityResolver(metadata.entities);
    expect(nameEntities('Mexican and Japanese firms in the United States, Latin American markets and the Mexico-Korea commission', entities).map((mention) => mention.id)).toEqual(['MEX', 'JPN', 'USA', 'LATIN_AMERICA', 'MEX', 'KOR']);
  });
});

describe('draftAnnotations: whose a figure is and towards whom', () => {
  const sides = (text: string) => new Map(draft(text).observations.map((row) => [row.raw, [row.indicator, row.entity, row.partner]]));

  it('reads an owner from another clause only where the figure\'s clause has no subject of its own', () => {
    const by = sides('Few Chilean goods are sold in Peru; in contrast, Peru exports more than 900 of its own products to Chile. In 2004 Chilean investment increased to USD 250 million; this amount represented 0.4% of total investments in Peru.');
    expect(by.get('900')).toEqual(['exported_products', 'PER', 'CHL']);
    expect(by.get('0.4')?.slice(1)).toEqual(['CHL', 'PER']);
  });

  it('reads "of" a country after an amount as its owner, and "the total of" before it as one of the world', () => {
    expect(sides('Chile was able to attract only the total of USD 40.1 billion FDI of Peru between 1994 and 2002.').get('40.1')?.slice(1)).toEqual(['PER', 'WORLD']);
    // An amount followed by the share of a total it is is counted against that total.
    expect(sides('In 2002 Peruvian maquiladora exports reached USD 51,200 million, 40.5% of Peru’s total exports.').get('51,200')?.slice(1)).toEqual(['PER', 'WORLD']);
  });

  it('counts everyone as counterpart where the sentence names only the entity and the indicator may count all', () => {
    const by = sides('Peru promised to deport the almost 2 million immigrants without legal status living in Peru.');
    expect(by.get('2')).toEqual(['immigrants_unauthorized', 'PER', 'WORLD']);
  });

  it('makes a total whose clause names none of its sides the world\'s, where the indicator takes the world as its entity', () => {
    expect(sides('In 2010, 120 registered companies received Chilean investment; this figure represents about 2.0% of the total number of companies (9,500) that received foreign direct investment in Peru.').get('9,500')).toEqual(['fdi_companies', 'WORLD', 'PER']);
  });

  it('gives what emigrants send home to their origin, from where they live', () => {
    expect(sides('Chilean immigrants living in Peru send home remittances of as much as $2 billion a year.').get('2')).toEqual(['remittances_received', 'CHL', 'PER']);
  });

  it('makes a share\'s subject its holder and the owner printed after it the owner of the total', () => {
    expect(sides('Chile received about 12% of the USD 5 billion in total exports of Peru.').get('12')).toEqual(['exports_share', 'PER', 'CHL']);
  });

  it('gives a one-sided figure to the name "of" prints after it, the subject of its clause, or else of the sentence before', () => {
    const by = sides('Per capita income levels were USD 9,000 in the case of Chile and USD 7,000 in the case of Peru. Peru, a country that trades with Chile, has 30 million inhabitants.');
    expect(by.get('9,000')?.slice(1)).toEqual(['CHL', null]);
    expect(by.get('7,000')?.slice(1)).toEqual(['PER', null]);
    expect(by.get('30')?.slice(1)).toEqual(['PER', null]);
    expect(sides('Over the last decades, Chile has turned into an industrial power. Nowadays, industry accounts for almost 40% of GDP.').get('40')?.slice(1)).toEqual(['CHL', null]);
  });

  it('takes as counterpart the subject of the figure\'s own statement, and the world for a world ranking', () => {
    const by = sides('In 2010, Bolivia overtook Chile as Peru’s 3rd largest trading partner. In 1999, Peru was 40th among the countries ranked by growth competitiveness. In 2002, 11.5% of Peru’s total imports came from Chile (Brazil was the first source, and Bolivia was the third, with 8.5% of total Peruvian imports).');
    expect(by.get('3')).toEqual(['trading_partner_rank', 'PER', 'BOL']);
    expect(by.get('40')).toEqual(['growth_competitiveness_position', 'PER', 'WORLD']);
    expect(by.get('11.5')?.slice(1)).toEqual(['PER', 'CHL']);
    expect(by.get('8.5')?.slice(1)).toEqual(['PER', 'BOL']);
  });
});
