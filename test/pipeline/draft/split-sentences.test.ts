import { describe, expect, it } from 'vitest';
import { indexLines } from '../../../pipeline/01-ingest/index.js';
import { foldText } from '../../../pipeline/02-extract/index.js';
import { splitSentences } from '../../../pipeline/draft/split-sentences.js';
import { syntheticMetadata } from '../../helpers/synthetic-source.js';

function sentences(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const source = { metadata: syntheticMetadata(), bytes, lines: indexLines(bytes) };
  const folded = foldText(source.lines);
  return splitSentences(source, folded).map((sentence) => folded.text.slice(sentence.start, sentence.end));
}

describe('splitSentences', () => {
  it('ends a sentence at a full stop with a footnote’s number printed against it, not at a decimal point', () => {
    expect(sentences('Only 8,000 stayed in Peru (Smith 1990, 4f.).2 Another wave came in 1902.')).toEqual(['Only 8,000 stayed in Peru (Smith 1990, 4f.).2', 'Another wave came in 1902.']);
    expect(sentences('Exports grew 3.5 Million dollars worth of goods went abroad.')).toHaveLength(1);
  });
});
