import { join } from 'node:path';
import type { Indicator } from '../../src/types/indicator.js';
import type { EntityMetadata } from '../../src/types/entity-metadata.js';
import type { IndicatorMetadata } from '../../src/types/indicator-metadata.js';
import { PipelineError } from '../errors.js';
import { readValidJson } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The normalize stage's edge: the entity and indicator tables that sit beside its code, validated once. */
export function loadMetadata(metadataDir: string, schemas: SchemaRegistry): { entities: EntityMetadata; indicators: Indicator[] } {
  const entities = readValidJson<EntityMetadata>(join(metadataDir, 'entities.json'), 'pipeline/03-normalize/entities.json', 'entity-metadata.schema.json', 'METADATA_INVALID', schemas);
  const indicators = readValidJson<IndicatorMetadata>(join(metadataDir, 'indicators.json'), 'pipeline/03-normalize/indicators.json', 'indicator-metadata.schema.json', 'METADATA_INVALID', schemas);
  assertUniqueIds(entities.entities, 'pipeline/03-normalize/entities.json');
  assertUniqueIds(indicators.indicators, 'pipeline/03-normalize/indicators.json');
  return { entities, indicators: indicators.indicators };
}

/** Two records with one id would make a foreign key ambiguous. */
function assertUniqueIds(records: readonly { id: string }[], file: string): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) throw new PipelineError('METADATA_INVALID', `lists id ${id} twice`, { file, expected: 'one record per id', seen: id });
    seen.add(id);
  }
}
