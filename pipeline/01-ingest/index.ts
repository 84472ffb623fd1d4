export { indexLines, byteOffsetAt, type Line } from './index-lines.js';
export { sha256, assertSourceHash } from './verify.js';
export { readSources, type SourceMetadata, type SourceText, type NumberFormat } from './read.js';
