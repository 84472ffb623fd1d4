import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceAnnotations } from '../../src/types/annotation.js';
import { PipelineError } from '../errors.js';
import type { SchemaRegistry } from '../schemas.js';

/** The edge that reads annotations/*.json, one file per source, each validated once against its schema. */
export function loadAnnotations(annotationDir: string, schemas: SchemaRegistry): SourceAnnotations[] {
  if (!existsSync(annotationDir)) return [];
  return readdirSync(annotationDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `pipeline/02-extract/annotations/${name}`;
      let annotations: SourceAnnotations;
      try {
        annotations = JSON.parse(readFileSync(join(annotationDir, name), 'utf8')) as SourceAnnotations;
      } catch (error) {
        throw new PipelineError('ANNOTATION_INVALID', `is not valid JSON: ${(error as Error).message}`, { file });
      }
      schemas.assertValid('annotation.schema.json', annotations, 'ANNOTATION_INVALID', file);
      if (`${annotations.source_id}.json` !== name) {
        throw new PipelineError('ANNOTATION_INVALID', 'an annotation file is named after its source', { file, expected: `${annotations.source_id}.json`, seen: name });
      }
      return annotations;
    });
}
