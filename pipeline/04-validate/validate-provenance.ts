import type { Observation } from '../../src/types/observation.js';
import type { SourceText } from '../01-ingest/index.js';
import type { ValidationResult } from '../schemas.js';

const decoder = new TextDecoder('utf-8');

/** Every observation's byte span decodes to its raw text, on the line it names. */
export function validateProvenance(observations: readonly Observation[], sources: readonly SourceText[]): ValidationResult {
  const byId = new Map(sources.map((source) => [source.metadata.id, source]));
  const errors: string[] = [];
  for (const observation of observations) {
    const source = byId.get(observation.source_id);
    const line = source?.lines[observation.line - 1];
    if (!source || !line) {
      errors.push(`${observation.obs_id}: no line ${observation.line} in source ${observation.source_id}`);
      continue;
    }
    const text = decoder.decode(source.bytes.subarray(observation.byte_start, observation.byte_end));
    if (text !== observation.raw) errors.push(`${observation.obs_id}: bytes ${observation.byte_start}-${observation.byte_end} read ${JSON.stringify(text)}, not ${JSON.stringify(observation.raw)}`);
    if (observation.byte_start < line.start || observation.byte_end > line.end) errors.push(`${observation.obs_id}: byte span is not on line ${observation.line}`);
  }
  return { valid: errors.length === 0, errors };
}
