import type { TableRecipes } from '../types/recipe.js';
import { PipelineError } from '../errors.js';
import { assertKnownSource, readPerSourceFiles, type JsonDocument } from '../read-json.js';
import type { SchemaRegistry } from '../schemas.js';

/** A source's recipes, still able to say where each value is written (for errors about a table the text no longer prints). */
export type LocatedRecipes = TableRecipes & Pick<JsonDocument<TableRecipes>, 'at'>;

/** The extract stage's edge for tables: every recipe file, validated against schemas/recipe.schema.json and for consistency once, then trusted. */
export function loadRecipes(recipeDir: string, schemas: SchemaRegistry, sourceIds: ReadonlySet<string>): LocatedRecipes[] {
  return readPerSourceFiles<TableRecipes>(recipeDir, 'pipeline/02-extract/recipes', 'recipe.schema.json', 'RECIPE_INVALID', schemas).map((document) => {
    assertKnownSource(document, sourceIds, 'RECIPE_INVALID');
    assertChecksConsistent(document);
    return { ...document.data, at: document.at };
  });
}

/**
 * What the schema cannot say of a check: only a part may take its cell from
 * another table (the checked cells, and those left out of a sum, are the
 * table's own), and the table it names is a recipe of the same file.
 */
function assertChecksConsistent(document: JsonDocument<TableRecipes>): void {
  const ids = document.data.tables.map((table) => table.id);
  document.data.tables.forEach((table, tableIndex) => {
    (table.checks ?? []).forEach((check, checkIndex) => {
      const pointer = `/tables/${tableIndex}/checks/${checkIndex}`;
      const label = `${document.data.source_id}/${table.id} check ${checkIndex + 1} (${check.kind})`;
      const ownCells = [{ at: 'target', named: 'target', selector: check.target }, ...(check.except ?? []).map((selector, index) => ({ at: `except/${index}`, named: `except #${index + 1}`, selector }))];
      for (const { at, named, selector } of ownCells) {
        if (selector.table !== undefined) {
          throw new PipelineError('RECIPE_INVALID', `${label}: its ${named} names table "${selector.table}", but the checked cells are the table's own; only a part names another table`, {
            ...document.at(`${pointer}/${at}/table`), recipe: `${document.data.source_id}/${table.id}`, expected: `${named} without "table"`, seen: selector.table,
          });
        }
      }
      (check.parts ?? []).forEach((part, partIndex) => {
        if (part.table !== undefined && !ids.includes(part.table)) {
          throw new PipelineError('RECIPE_INVALID', `${label}: part ${partIndex + 1} names table recipe "${part.table}", which ${document.file} does not have`, {
            ...document.at(`${pointer}/parts/${partIndex}/table`), recipe: `${document.data.source_id}/${table.id}`, expected: `the id of a recipe in the same file (${ids.join(', ')})`, seen: part.table,
          });
        }
      });
    });
  });
}
