import { join } from 'node:path';
import type { Indicator } from '../../src/types/indicator.js';
import type { EntityMetadata } from '../types/entity-metadata.js';
import type { IndicatorMetadata } from '../types/indicator-metadata.js';
import { PipelineError } from '../errors.js';
import { readJsonDocument, type JsonDocument } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';
import { findAliasConflicts } from './entities.js';

/** The normalize stage's edge: the entity and indicator tables that sit beside its code, validated once. */
export function loadMetadata(metadataDir: string, schemas: SchemaRegistry): { entities: EntityMetadata; indicators: Indicator[]; indicatorAliases: Map<string, string[]> } {
  const entities = readJsonDocument<EntityMetadata>(join(metadataDir, 'entities.json'), 'pipeline/03-normalize/entities.json', 'entity-metadata.schema.json', 'METADATA_INVALID', schemas);
  const indicators = readJsonDocument<IndicatorMetadata>(join(metadataDir, 'indicators.json'), 'pipeline/03-normalize/indicators.json', 'indicator-metadata.schema.json', 'METADATA_INVALID', schemas);
  assertUniqueIds(entities, entities.data.entities, '/entities');
  assertUniqueIds(indicators, indicators.data.indicators, '/indicators');
  const conflict = findAliasConflicts(entities.data)[0];
  if (conflict) {
    throw new PipelineError('ALIAS_CONFLICT', `alias "${conflict.alias}" of ${conflict.entity} is also the ${conflict.as} of ${conflict.other}: the texts' "${conflict.alias}" would silently move from one to the other`, {
      ...entities.at(`/entities/${conflict.entityIndex}/aliases/${conflict.aliasIndex}`),
      expected: 'an alias that names no other entity and no other ISO 3166 country',
      seen: conflict.alias,
    });
  }
  // Aliases only guide the drafter: indicators.csv publishes the indicator without them.
  const published = indicators.data.indicators.map(({ aliases: _aliases, ...indicator }) => indicator);
  const indicatorAliases = new Map(indicators.data.indicators.map((indicator) => [indicator.id, indicator.aliases ?? []]));
  return { entities: entities.data, indicators: published, indicatorAliases };
}

/** Two records with one id would make a foreign key ambiguous. */
function assertUniqueIds(document: JsonDocument<unknown>, records: readonly { id: string }[], pointer: string): void {
  const seen = new Set<string>();
  records.forEach(({ id }, index) => {
    if (seen.has(id)) throw new PipelineError('METADATA_INVALID', `lists id ${id} twice`, { ...document.at(`${pointer}/${index}/id`), expected: 'one record per id', seen: id });
    seen.add(id);
  });
}
