import type { SourceText } from '../01-ingest/index.js';
import { PipelineError } from '../errors.js';
import type { LocatedRecipes } from './load-recipes.js';
import { readTable, type ExtractedTable } from './read-table.js';

/** Reads every table that a recipe describes, source by source. */
export function extractTables(sources: readonly SourceText[], recipeSets: readonly LocatedRecipes[]): ExtractedTable[] {
  const byId = new Map(sources.map((source) => [source.metadata.id, source]));
  return recipeSets.flatMap((recipes) => {
    const source = byId.get(recipes.source_id);
    if (!source) {
      throw new PipelineError('RECIPE_INVALID', `recipes name a source that raw/sources.json does not list`, {
        ...recipes.at('/source_id'),
        expected: 'a source id from raw/sources.json',
        seen: recipes.source_id,
      });
    }
    return recipes.tables.map((recipe, index) => readTable(recipe, source.metadata.id, source.metadata.path, source.lines, (pointer) => recipes.at(`/tables/${index}${pointer}`)));
  });
}
