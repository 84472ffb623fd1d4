import { isFormulaCell } from '../../src/validate/formula-cells.js';
import { PipelineError } from '../errors.js';
import type { SchemaRegistry } from '../schemas.js';
import { tableSchemaFromRowSchema } from '../06-package/table-schema.js';
import { locateText, type TextInput, type TextOrigin } from './locate-text.js';

/** A text cell a spreadsheet would run as a formula, before it is written. */
export interface FormulaCell {
  resource: string;
  /** The row's primary key. */
  id: string;
  /** The row's record in the CSV it would be published as (header = 1). */
  record: number;
  field: string;
  text: string;
  sourceId: string | null;
}

/**
 * Every text cell of every table that a spreadsheet would read as a formula
 * (see src/validate/formula-cells.ts), field by field as the Table Schemas
 * declare them: the same rule `mfr validate` applies to a package.
 */
export function findFormulaCells(schemas: SchemaRegistry, tables: ReadonlyMap<string, readonly object[]>): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const schema of schemas.tableSchemas()) {
    const name = schema['x-resource']!.name;
    const { fields, primaryKey = [] } = tableSchemaFromRowSchema(schema);
    // Indexed loops, no array nor iterator per cell: this visits every cell of the package, mostly before the engine has optimised it.
    const rows = (tables.get(name) ?? []) as Record<string, unknown>[];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index]!;
      for (let at = 0; at < fields.length; at += 1) {
        const field = fields[at]!;
        const value = row[field.name];
        // A list is one cell of the CSV: its items joined, as a spreadsheet sees them.
        const text = Array.isArray(value) && field.delimiter !== undefined ? value.join(field.delimiter) : value;
        if (typeof text !== 'string' || !isFormulaCell(text, field)) continue;
        const sourceId = typeof row.source_id === 'string' ? row.source_id : null;
        cells.push({ resource: name, id: primaryKey.map((key) => String(row[key])).join(', '), record: index + 2, field: field.name, text, sourceId });
      }
    }
  }
  return cells;
}

/**
 * Stops the build on a cell a spreadsheet would run, naming the file and line
 * of the input it came from (the raw text for a printed label; the annotation
 * or recipe for words written there; failing that, its record of the CSV it
 * would be written to). The inputs are read only then.
 */
export function assertNoFormulaCells(schemas: SchemaRegistry, tables: ReadonlyMap<string, readonly object[]>, readInputs: () => TextInput[]): void {
  const cells = findFormulaCells(schemas, tables);
  if (!cells.length) return;
  const inputs = readInputs();
  // A derived table (candidates, reconciled) may repeat the cell; name the first whose words are in an input.
  let first = cells[0]!;
  let origin: TextOrigin | null = null;
  for (const cell of cells) {
    origin = locateText(cell.text, inputs, cell.sourceId);
    if (origin) {
      first = cell;
      break;
    }
  }
  const listed = cells.slice(0, 10).map((cell) => `${cell.resource} ${cell.id} ${cell.field}`).join('; ');
  throw new PipelineError('CELL_FORMULA', `${cells.length} text cell(s) would run as a spreadsheet formula (${listed}${cells.length > 10 ? '; …' : ''})${origin ? '' : '; the first was found in no input'}`, {
    ...(origin ?? { file: `dist/${first.resource}.csv`, line: first.record }),
    expected: 'text that does not begin with =, +, -, @, tab or carriage return (only a signed number may, in a column whose pattern declares numbers)',
    seen: first.text,
  });
}
