import { describe, expect, it } from 'vitest';
import { nameEntities } from '../../../pipeline/draft/name-entities.js';
import { entities } from '../../helpers/roled-mentions.js';

describe('nameEntities', () => {
  it('reads "US $" and "US$" as a currency, not as the United States, but a possessive before an amount as a name', () => {
    expect(nameEntities('Chile invested US $ 3 billion and Peru US$2 billion.', entities).map((mention) => mention.id)).toEqual(['CHL', 'PER']);
    expect(nameEntities('The US invested $3 billion; Chile’s $5 billion GDP grew.', entities).map((mention) => mention.id)).toEqual(['USA', 'CHL']);
  });
});
