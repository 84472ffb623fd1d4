import { join } from 'node:path';
import type { Indicator } from '../../src/types/indicator.js';
import type { EntityMetadata } from '../../src/types/entity-metadata.js';
import type { IndicatorMetadata } from '../../src/types/indicator-metadata.js';
import { readValidJson } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The normalize stage's edge: the entity and indicator tables that sit beside its code, validated once. */
export function loadMetadata(metadataDir: string, schemas: SchemaRegistry): { entities: EntityMetadata; indicators: Indicator[] } {
  const entities = readValidJson<EntityMetadata>(join(metadataDir, 'entities.json'), 'pipeline/03-normalize/entities.json', 'entity-metadata.schema.json', 'METADATA_INVALID', schemas);
  const indicators = readValidJson<IndicatorMetadata>(join(metadataDir, 'indicators.json'), 'pipeline/03-normalize/indicators.json', 'indicator-metadata.schema.json', 'METADATA_INVALID', schemas);
  return { entities, indicators: indicators.indicators };
}
