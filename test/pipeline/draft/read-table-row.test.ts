import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index.js';
import { scanNumerals } from '../../../pipeline/02-extract/index.js';
import { readTableRow } from '../../../pipeline/draft/read-table-row.js';
import { draft } from '../../helpers/draft-text.js';

const TABLE = "Peru's trade with its neighbours grew.\n\nTable 2. Peru's trade with Chile, Bolivia and Ecuador\nCountry / share of Peru's exports / share of Peru's imports / products exported\nChile 4.2% 3.1% 210\nBolivia 1.5% 0.9% 45\nEcuador 2.2% 1.4% 80\n";

/** The row read for each numeral of a text, by the numeral as printed. */
function rows(text: string) {
  const lines = indexLines(new TextEncoder().encode(text));
  return new Map(scanNumerals(lines).map((numeral) => [numeral.text, readTableRow(lines, numeral)]));
}

describe('readTableRow', () => {
  it('reads a figure of a table flattened to lines by its row\'s label and its column\'s header', () => {
    const read = rows(TABLE);
    expect(read.get('3.1')).toMatchObject({ label: 'Chile', column: "share of Peru's imports" });
    expect(read.get('45')).toMatchObject({ label: 'Bolivia', column: 'products exported' });
    expect(read.get('2.2')).toMatchObject({ label: 'Ecuador', column: "share of Peru's exports" });
    // A caption's number is in no row.
    expect(read.get('2')).toBeNull();
  });

  it('reads no table where the header has not one cell more than the rows have figures, nor in prose', () => {
    expect(rows("Country / share of Peru's exports\nChile 4.2% 3.1%\nBolivia 1.5% 0.9%\n").get('3.1')).toBeNull();
    expect(rows('Peru sold copper to Chile worth 4.2 and 3.1 billion dollars in two years.\n').get('3.1')).toBeNull();
  });

  it('gives a row\'s figures its label as partner and the header\'s owner as entity, and the column\'s indicator', () => {
    const { observations } = draft(TABLE);
    expect(observations.find((row) => row.raw === '45')).toMatchObject({ indicator: 'exported_products', entity: 'PER', partner: 'BOL' });
    expect(observations.filter((row) => row.raw !== '2').map((row) => row.partner)).toEqual(['CHL', 'CHL', 'CHL', 'BOL', 'BOL', 'BOL', 'ECU', 'ECU', 'ECU']);
  });
});
