import { existsSync, readFileSync } from 'node:fs';
import type { Acknowledgement, Acknowledgements } from '../../src/types/acknowledgements.js';
import { PipelineError } from '../errors.js';
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
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    throw new PipelineError('ACKNOWLEDGEMENT_INVALID', `cannot be read as JSON: ${message}`, {
      file: ACKNOWLEDGEMENTS_FILE, line: position ? lineAt(text, Number(position[1])) : 1, expected: 'a JSON document',
    });
  }
  const lines = recordLines(text);
  const result = schemas.validate('acknowledgements.schema.json', data);
  if (!result.valid) {
    // ajv names the record in the instance path: /acknowledgements/<index>/…
    const index = /^\/acknowledgements\/(\d+)/.exec(result.errors[0]!);
    throw new PipelineError('ACKNOWLEDGEMENT_INVALID', `does not match schemas/acknowledgements.schema.json: ${result.errors.join('; ')}`, {
      file: ACKNOWLEDGEMENTS_FILE, line: index ? lines[Number(index[1])] : 1, expected: 'records with checks, quote and reason',
    });
  }
  const records = (data as Acknowledgements).acknowledgements.map((record, index) => ({ ...record, line: lines[index]! }));
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

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * The line each record's object starts on: the objects directly inside the
 * root object's array. Walks the text once, skipping strings, so that braces
 * quoted in a reason do not count.
 */
function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (char === '{' && depth === 2) lines.push(line);
      depth += 1;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return lines;
}
