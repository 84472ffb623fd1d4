import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReconcileConfig } from '../../src/types/reconcile-config.js';
import { PipelineError } from '../errors.js';
import type { SchemaRegistry } from '../schemas.js';

/** The reconcile stage's edge: its rules.json, validated once. */
export function loadReconcileConfig(dir: string, schemas: SchemaRegistry): ReconcileConfig {
  const file = 'pipeline/04-reconcile/rules.json';
  let config: ReconcileConfig;
  try {
    config = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8')) as ReconcileConfig;
  } catch (error) {
    throw new PipelineError('METADATA_INVALID', `cannot be read as JSON: ${(error as Error).message}`, { file });
  }
  schemas.assertValid('reconcile-config.schema.json', config, 'METADATA_INVALID', file);
  return config;
}
