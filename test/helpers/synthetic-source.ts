import type { SourceMetadata } from '../../pipeline/01-ingest/index.js';

/** Metadata of a made-up source for unit tests: raw/synthetic.txt, decimal points, no date. */
export function syntheticMetadata(overrides: Partial<SourceMetadata> = {}): SourceMetadata {
  return {
    id: 'synthetic',
    path: 'raw/synthetic.txt',
    title: null,
    authors: [],
    publisher: null,
    published: null,
    kind: 'journal_article',
    language: 'en',
    number_format: 'decimal_point',
    sha256: '0'.repeat(64),
    bytes: 0,
    url: null,
    rights: 'synthetic test text',
    notes: null,
    ...overrides,
  };
}
