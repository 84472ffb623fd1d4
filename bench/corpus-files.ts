import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../pipeline/paths.js';

/** The fields of a raw/sources.json record the bench rewrites (the rest is carried over as it is). */
export interface SourceRecord {
  id: string;
  path: string;
  sha256: string;
  bytes: number;
  [field: string]: unknown;
}

export interface Acknowledgement {
  checks: string[];
  [field: string]: unknown;
}

/** The per-source inputs of a project root, read and written as JSON. */
export class CorpusFiles {
  readonly paths;

  constructor(root: string) {
    this.paths = projectPaths(root);
  }

  sources(): SourceRecord[] {
    return this.read(join(this.paths.raw, 'sources.json')) as SourceRecord[];
  }

  writeSources(records: readonly SourceRecord[]): void {
    this.write(join(this.paths.raw, 'sources.json'), records);
  }

  /** A raw text's record for the bytes it now holds. */
  describeText(record: SourceRecord, text: Buffer): SourceRecord {
    return { ...record, sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length };
  }

  /** The recipe or annotation file of a source, or undefined if it has none. */
  sourceFile(kind: 'recipes' | 'annotations', sourceId: string): Record<string, unknown> | undefined {
    const file = join(this.paths[kind], `${sourceId}.json`);
    return existsSync(file) ? (this.read(file) as Record<string, unknown>) : undefined;
  }

  writeSourceFile(kind: 'recipes' | 'annotations', sourceId: string, data: Record<string, unknown>): void {
    this.write(join(this.paths[kind], `${sourceId}.json`), { ...data, source_id: sourceId });
  }

  acknowledgements(): Acknowledgement[] {
    return (this.read(this.paths.acknowledgements) as { acknowledgements: Acknowledgement[] }).acknowledgements;
  }

  writeAcknowledgements(records: readonly Acknowledgement[]): void {
    this.write(this.paths.acknowledgements, { ...(this.read(this.paths.acknowledgements) as object), acknowledgements: records });
  }

  private read(file: string): unknown {
    return JSON.parse(readFileSync(file, 'utf8'));
  }

  private write(file: string, data: unknown): void {
    writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  }
}

/** The source a check id belongs to: ids are "<source_id>@<byte offset>:<check>". */
export function checkSource(checkId: string): string {
  return checkId.slice(0, checkId.indexOf('@'));
}
