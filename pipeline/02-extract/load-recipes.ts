import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableRecipes } from '../../src/types/recipe.js';
import { PipelineError } from '../errors.js';
import type { SchemaRegistry } from '../schemas.js';

/**
 * The extract stage's edge: reads every recipe file, validates it against
 * schemas/recipe.schema.json once, and from then on trusts it.
 */
export function loadRecipes(recipeDir: string, schemas: SchemaRegistry): TableRecipes[] {
  if (!existsSync(recipeDir)) return [];
  return readdirSync(recipeDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `pipeline/02-extract/recipes/${name}`;
      let recipes: TableRecipes;
      try {
        recipes = JSON.parse(readFileSync(join(recipeDir, name), 'utf8')) as TableRecipes;
      } catch (error) {
        throw new PipelineError('RECIPE_INVALID', `is not valid JSON: ${(error as Error).message}`, { file });
      }
      schemas.assertValid('recipe.schema.json', recipes, 'RECIPE_INVALID', file);
      if (`${recipes.source_id}.json` !== name) {
        throw new PipelineError('RECIPE_INVALID', 'a recipe file is named after its source', { file, expected: `${recipes.source_id}.json`, seen: name });
      }
      return recipes;
    });
}
