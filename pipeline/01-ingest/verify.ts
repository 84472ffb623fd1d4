import { createHash } from 'node:crypto';
import { PipelineError } from '../errors.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stops the build when a raw text is not the one its metadata describes: size and sha256. */
export function assertSourceHash(path: string, bytes: Uint8Array, expectedSha256: string, expectedBytes?: number): void {
  if (expectedBytes !== undefined && bytes.length !== expectedBytes) {
    throw new PipelineError('SOURCE_HASH_MISMATCH', 'the raw text is not the size recorded in raw/sources.json; raw texts are never edited', {
      file: path,
      expected: `${expectedBytes} bytes`,
      seen: `${bytes.length} bytes`,
    });
  }
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new PipelineError('SOURCE_HASH_MISMATCH', 'the raw text differs from the one recorded in raw/sources.json; raw texts are never edited', {
      file: path,
      expected: `sha256 ${expectedSha256}`,
      seen: actual,
    });
  }
}
