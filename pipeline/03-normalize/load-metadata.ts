import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator } from '../../src/types/indicator.js';
import type { EntityMetadata } from '../../src/types/entity-metadata.js';
import type { IndicatorMetadata } from '../../src/types/indicator-metadata.js';
import { PipelineError } from '../errors.js';
import type { SchemaRegistry } from '../schemas.js';

/** The normalize stage's edge: the entity and indicator tables that sit beside its code, validated once. */
export function loadMetadata(metadataDir: string, schemas: SchemaRegistry): { entities: EntityMetadata; indicators: Indicator[] } {
  const entities = readJson(metadataDir, 'entities.json') as EntityMetadata;
  schemas.assertValid('entity-metadata.schema.json', entities, 'METADATA_INVALID', 'pipeline/03-normalize/entities.json');
  const indicators = readJson(metadataDir, 'indicators.json') as IndicatorMetadata;
  schemas.assertValid('indicator-metadata.schema.json', indicators, 'METADATA_INVALID', 'pipeline/03-normalize/indicators.json');
  return { entities, indicators: indicators.indicators ?? [] };
}

function readJson(dir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    throw new PipelineError('METADATA_INVALID', `cannot be read as JSON: ${(error as Error).message}`, { file: `pipeline/03-normalize/${name}` });
  }
}
