import type { TableRecipes } from '../types/recipe.js';
import { assertKnownSource, readPerSourceFiles, type JsonDocument } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** A source's recipes, still able to say where each value is written (for errors about a table the text no longer prints). */
export type LocatedRecipes = TableRecipes & Partial<Pick<JsonDocument<TableRecipes>, 'at'>>;

/** The extract stage's edge for tables: every recipe file, validated against schemas/recipe.schema.json once and then trusted. */
export function loadRecipes(recipeDir: string, schemas: SchemaRegistry, sourceIds: ReadonlySet<string>): LocatedRecipes[] {
  return readPerSourceFiles<TableRecipes>(recipeDir, 'pipeline/02-extract/recipes', 'recipe.schema.json', 'RECIPE_INVALID', schemas).map((document) => {
    assertKnownSource(document, sourceIds, 'RECIPE_INVALID');
    return { ...document.data, at: document.at };
  });
}
