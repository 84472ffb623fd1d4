import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../pipeline/draft/name-entities.js';
import { pickSubject, pickSubjectOf, sharedSubject } from '../../../pipeline/draft/pick-subject.js';
import { roledMentions } from '../../helpers/roled-mentions.js';

/** The subject pickSubject gives the figure printed as `figure` in `text`, reading the whole sentence as one clause. */
function subjectOf(text: string, figure: string, ownedAfter: (mention: Mention) => boolean = () => false) {
  const at = text.indexOf(figure);
  return pickSubject(text, roledMentions(text), at, { start: 0, end: text.length }, ownedAfter)?.id;
}

describe('pickSubject', () => {
  it('prefers the subject before a figure to a name after a preposition', () => {
    expect(subjectOf('Peru has signed trade agreements with Europe and 12 other nations.', '12')).toBe('PER');
  });

  it('takes a possessive or an adjective after the figure over names after prepositions or in a hyphenated pair', () => {
    expect(subjectOf('There are 40 ports in Chile that lie within a day of Peru’s main harbour.', '40')).toBe('PER');
    expect(subjectOf('About 60% saw Peru-Bolivia tensions as a threat to Chilean interests.', '60')).toBe('CHL');
  });

  it('takes the name "of" prints right after the figure\'s words where the caller says it is owned', () => {
    const text = 'GDP per head was USD 9,000 in the case of Chile and USD 7,000 in the case of Peru.';
    const owned = (figure: string) => (mention: Mention) => mention.at > text.indexOf(figure) && mention.at - text.indexOf(figure) < 40;
    expect(subjectOf(text, '9,000', owned('9,000'))).toBe('CHL');
    expect(subjectOf(text, '7,000', owned('7,000'))).toBe('PER');
  });

  it('prefers a name of the figure\'s clause to one outside it', () => {
    const text = 'Chile grew fast; meanwhile in Peru 30 firms closed.';
    expect(pickSubject(text, roledMentions(text), text.indexOf('30'), { start: text.indexOf('meanwhile'), end: text.length }, () => false)?.id).toBe('PER');
  });
});

describe('pickSubjectOf', () => {
  it('gives the first name a sentence speaks about, none where every name follows a preposition', () => {
    const text = 'Over the last decades, Chile has turned from a country of farms into an industrial power.';
    expect(pickSubjectOf(text, roledMentions(text))?.id).toBe('CHL');
    const none = 'Trade with Chile and Peru grew.';
    expect(pickSubjectOf(none, roledMentions(none))).toBeUndefined();
  });
});

describe('sharedSubject', () => {
  const shared = (text: string, figure: string) => sharedSubject(text, roledMentions(text), text.indexOf(figure))?.id;

  it('gives a statement that opens with its verb after ", and" the subject of the clause before', () => {
    expect(shared('Chile imported 2.1 billion dollars of goods from Peru in 2012, and exported just 600 million dollars there.', '600')).toBe('CHL');
    expect(shared('Chile sold copper worth 3 billion dollars to China, but bought only 900 million dollars of goods.', '900')).toBe('CHL');
  });

  it('gives none where the statement names a subject of its own, or the first clause none', () => {
    expect(shared('Chile imported 2.1 billion dollars of goods from Peru, and Peru exported 600 million dollars of them.', '600')).toBeUndefined();
    expect(shared('Imports from Peru reached 2.1 billion dollars, and exports 600 million dollars.', '600')).toBeUndefined();
  });
});
