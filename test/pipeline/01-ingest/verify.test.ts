import { describe, expect, it } from 'vitest';
import { assertSourceHash, sha256 } from '../../../pipeline/01-ingest/verify.js';
import { PipelineError } from '../../../pipeline/errors.js';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sha256', () => {
  it('gives the lower-case hex digest of the bytes', () => {
    expect(sha256(Buffer.from('abc'))).toBe(ABC_SHA256);
    expect(sha256(new Uint8Array(0))).toBe(EMPTY_SHA256);
    expect(sha256(Buffer.from('Table 1\nKorea 1.234\n'))).toBe('a460444b747933e92d246f43497da4bf47a0256707a8274db247fc951f468bb5');
  });
});

describe('assertSourceHash', () => {
  it('passes when the bytes have the recorded hash', () => {
    expect(() => assertSourceHash('raw/abc.txt', Buffer.from('abc'), ABC_SHA256)).not.toThrow();
  });

  it('throws SOURCE_HASH_MISMATCH naming the file, the expected and the actual hash', () => {
    let caught: unknown;
    try {
      assertSourceHash('raw/abc.txt', Buffer.from('abd'), ABC_SHA256, 3, () => 'raw/sources.json:2');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PipelineError);
    const error = caught as PipelineError;
    expect(error.code).toBe('SOURCE_HASH_MISMATCH');
    expect(error.context.file).toBe('raw/abc.txt');
    expect(error.context.expected).toBe(`sha256 ${ABC_SHA256}`);
    expect(error.context.seen).toBe('a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9');
    // The whole file differs: it is named at line 1, and the message says where its record is.
    expect(error.context.line).toBe(1);
    expect(error.message).toMatch(/^SOURCE_HASH_MISMATCH raw\/abc\.txt:1: .*recorded at raw\/sources\.json:2/);
  });

  it('does not accept an upper-case spelling of the right hash', () => {
    expect(() => assertSourceHash('raw/abc.txt', Buffer.from('abc'), ABC_SHA256.toUpperCase())).toThrow(PipelineError);
  });
});
