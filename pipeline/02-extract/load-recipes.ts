import type { TableRecipes } from '../../src/types/recipe.js';
import { assertKnownSource, readPerSourceFiles } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** The extract stage's edge for tables: every recipe file, validated against schemas/recipe.schema.json once and then trusted. */
export function loadRecipes(recipeDir: string, schemas: SchemaRegistry, sourceIds: ReadonlySet<string>): TableRecipes[] {
  return readPerSourceFiles<TableRecipes>(recipeDir, 'pipeline/02-extract/recipes', 'recipe.schema.json', 'RECIPE_INVALID', schemas).map((document) => {
    assertKnownSource(document, sourceIds, 'RECIPE_INVALID');
    return document.data;
  });
}
