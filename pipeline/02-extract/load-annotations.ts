import type { SourceAnnotations } from '../../src/types/annotation.js';
import { readPerSourceFiles } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The extract stage's edge for prose: annotations/*.json, one file per source, validated against schemas/annotation.schema.json once. */
export function loadAnnotations(annotationDir: string, schemas: SchemaRegistry): SourceAnnotations[] {
  return readPerSourceFiles<SourceAnnotations>(annotationDir, 'pipeline/02-extract/annotations', 'annotation.schema.json', 'ANNOTATION_INVALID', schemas);
}
