import { join } from 'node:path';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import { PipelineError } from '../errors.js';
import { readJsonDocument, type JsonDocument } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The reconcile stage's edge: its rules.json, validated once. */
export function loadReconcileConfig(dir: string, schemas: SchemaRegistry): ReconcileConfig {
  const document = readJsonDocument<ReconcileConfig>(join(dir, 'rules.json'), 'pipeline/04-reconcile/rules.json', 'reconcile-config.schema.json', 'METADATA_INVALID', schemas);
  assertOneConceptPerIndicator(document);
  return document.data;
}

/** An indicator in two concepts would have two keys, and which one its observations join would depend on the order of the file. */
function assertOneConceptPerIndicator(document: JsonDocument<ReconcileConfig>): void {
  const conceptOf = new Map<string, string>();
  document.data.concepts.forEach((concept, conceptIndex) => {
    concept.members.forEach((member, memberIndex) => {
      const earlier = conceptOf.get(member.indicator);
      if (earlier !== undefined) {
        throw new PipelineError('CONCEPT_CONFLICT', `indicator ${member.indicator} is a member of concept ${earlier} and again of concept ${concept.id}`, {
          ...document.at(`/concepts/${conceptIndex}/members/${memberIndex}/indicator`),
          expected: 'each indicator in at most one concept, once',
          seen: member.indicator,
        });
      }
      conceptOf.set(member.indicator, concept.id);
    });
  });
}
