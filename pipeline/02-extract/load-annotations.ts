import type { SourceAnnotations } from '../types/annotation.js';
import { assertKnownSource, readPerSourceFiles } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** A proposal of the drafter that no person has reviewed: where its mark is written. */
export interface DraftMark {
  file: string;
  line: number;
  /** JSON pointer of the marked observation, event or ignore ("/annotations/3/events/0"). */
  pointer: string;
  confidence: string;
}

/** A source's annotations, with the line of the file each one starts on, for errors. */
export interface LoadedAnnotations extends SourceAnnotations {
  /** The 1-based line of annotations[index] in its file: found when an error names it (placing values means scanning the file's layout). */
  lineOf(index: number): number;
  /** Every draft mark of the file, in file order. */
  drafts: DraftMark[];
}

const MARKED = ['observations', 'events', 'ignore'] as const;

/**
 * The extract stage's edge for prose: annotations/*.json, one file per source,
 * validated against schemas/annotation.schema.json once; a file for a source
 * that raw/sources.json does not list is an error, not silently unused.
 */
export function loadAnnotations(annotationDir: string, schemas: SchemaRegistry, sourceIds: ReadonlySet<string>): LoadedAnnotations[] {
  return readPerSourceFiles<SourceAnnotations>(annotationDir, 'pipeline/02-extract/annotations', 'annotation.schema.json', 'ANNOTATION_INVALID', schemas).map((document) => {
    assertKnownSource(document, sourceIds, 'ANNOTATION_INVALID');
    const drafts = document.data.annotations.flatMap((annotation, index) =>
      MARKED.flatMap((field) =>
        (annotation[field] ?? []).flatMap((item, itemIndex): DraftMark[] => {
          if (!item.draft) return [];
          const pointer = `/annotations/${index}/${field}/${itemIndex}`;
          return [{ file: document.file, line: document.at(`${pointer}/draft`).line!, pointer, confidence: item.draft.confidence }];
        }),
      ),
    );
    return { ...document.data, lineOf: (index: number) => document.at(`/annotations/${index}`).line!, drafts };
  });
}
