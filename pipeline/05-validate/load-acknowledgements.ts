import { existsSync } from 'node:fs';
import type { Acknowledgement, Acknowledgements } from '../types/acknowledgements.js';
import { PipelineError } from '../errors.js';
import { readJsonDocument } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** Where the records live, relative to the project root: beside the code that applies them. */
export const ACKNOWLEDGEMENTS_FILE = 'pipeline/05-validate/acknowledgements.json';

/** A record with the 1-based line its object starts on, so that errors can point at it. */
export interface AcknowledgementRecord extends Acknowledgement {
  line: number;
}

/**
 * The validate stage's edge for acknowledgements: reads the records, validated
 * against schemas/acknowledgements.schema.json. A missing file holds no records.
 */
export function loadAcknowledgements(path: string, schemas: SchemaRegistry): AcknowledgementRecord[] {
  if (!existsSync(path)) return [];
  const document = readJsonDocument<Acknowledgements>(path, ACKNOWLEDGEMENTS_FILE, 'acknowledgements.schema.json', 'ACKNOWLEDGEMENT_INVALID', schemas);
  const records = document.data.acknowledgements.map((record, index) => ({ ...record, line: document.at(`/acknowledgements/${index}`).line! }));
  assertEachCheckOnce(records);
  return records;
}

/** A check accepted by two records would publish one reason and hide the other. */
function assertEachCheckOnce(records: readonly AcknowledgementRecord[]): void {
  const first = new Map<string, AcknowledgementRecord>();
  for (const record of records) {
    for (const checkId of record.checks) {
      const earlier = first.get(checkId);
      if (earlier) {
        throw new PipelineError('ACKNOWLEDGEMENT_INVALID', `${checkId} is acknowledged by two records (the other starts at line ${earlier.line})`, {
          file: ACKNOWLEDGEMENTS_FILE, line: record.line, expected: 'one record per check', seen: checkId,
        });
      }
      first.set(checkId, record);
    }
  }
}
