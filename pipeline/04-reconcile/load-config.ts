import { join } from 'node:path';
import type { ReconcileConfig } from '../../src/types/reconcile-config.js';
import { readValidJson } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The reconcile stage's edge: its rules.json, validated once. */
export function loadReconcileConfig(dir: string, schemas: SchemaRegistry): ReconcileConfig {
  return readValidJson<ReconcileConfig>(join(dir, 'rules.json'), 'pipeline/04-reconcile/rules.json', 'reconcile-config.schema.json', 'METADATA_INVALID', schemas);
}
