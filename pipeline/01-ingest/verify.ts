import { createHash } from 'node:crypto';
import { PipelineError } from '../errors.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stops the build when a raw text is not the one its metadata describes: size
 * and sha256. The error names the text at line 1 (the whole file differs) and
 * where its record is (`recordedAt`, "raw/sources.json:12"), asked only for an
 * error: placing the record's line scans raw/sources.json.
 */
export function assertSourceHash(path: string, bytes: Uint8Array, expectedSha256: string, expectedBytes?: number, recordedAt: () => string = () => 'raw/sources.json'): void {
  if (expectedBytes !== undefined && bytes.length !== expectedBytes) {
    throw new PipelineError('SOURCE_HASH_MISMATCH', `the raw text is not the size recorded at ${recordedAt()}; raw texts are never edited`, {
      file: path,
      line: 1,
      expected: `${expectedBytes} bytes`,
      seen: `${bytes.length} bytes`,
    });
  }
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new PipelineError('SOURCE_HASH_MISMATCH', `the raw text differs from the one recorded at ${recordedAt()}; raw texts are never edited`, {
      file: path,
      line: 1,
      expected: `sha256 ${expectedSha256}`,
      seen: actual,
    });
  }
}
