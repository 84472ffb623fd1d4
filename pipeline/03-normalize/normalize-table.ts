import type { Observation } from '../../src/types/observation.js';
import type { Indicator } from '../../src/types/indicator.js';
import type { EntityRef } from '../types/recipe.js';
import type { SourceMetadata } from '../01-ingest/index.js';
import type { ExtractedCell, ExtractedTable, ReadLabel } from '../02-extract/index.js';
import { PipelineError } from '../errors.js';
import type { EntityResolver } from './entities.js';
import { assertPublishedExactly, parsePrintedNumber, scaleDecimal, scaleDecimalText, type PrintedNumber } from './parse-number.js';
import { findMonthYear, parseYearLabel, spanPeriods, type Period } from './period.js';
import { findScale, namesCurrency } from './scale.js';

export interface NormalizeContext {
  sources: ReadonlyMap<string, SourceMetadata>;
  indicators: ReadonlyMap<string, Indicator>;
  entities: EntityResolver;
}

/** A table cell with its number read and, unless the cell is empty, its observation. */
export interface NormalizedCell {
  cell: ExtractedCell;
  obsId: string;
  /** The number in the table's printed units; null for an empty cell ("-"). */
  printed: PrintedNumber | null;
  observation: Observation | null;
  /** Each step from the printed token to the published value, in words. */
  transforms: string[];
}

export interface NormalizedTable {
  table: ExtractedTable;
  cells: NormalizedCell[];
}

/** Offsets are zero-padded so that ids sort in code-point order as the numbers do in the text (files up to 10 MB). */
const OFFSET_DIGITS = 7;

/** The id of the observation at a byte offset of a source: stable as long as the text is. */
export function observationId(sourceId: string, byteStart: number): string {
  return `${sourceId}@${String(byteStart).padStart(OFFSET_DIGITS, '0')}`;
}

/** Turns a table's cells into observations: numbers by the source's format, units, entity ids, periods. */
export function normalizeTable(table: ExtractedTable, context: NormalizeContext): NormalizedTable {
  const source = context.sources.get(table.sourceId)!;
  const tablePeriod = table.recipe.period_from_preamble ? findTablePeriod(table, source) : null;
  return {
    table,
    cells: table.cells.map((cell) => normalizeCell(cell, table, source, tablePeriod, context)),
  };
}

function normalizeCell(
  cell: ExtractedCell,
  table: ExtractedTable,
  source: SourceMetadata,
  tablePeriod: { period: Period; printed: string } | null,
  context: NormalizeContext,
): NormalizedCell {
  const obsId = observationId(cell.sourceId, cell.byteStart);
  if (cell.empty) {
    return { cell, obsId, printed: null, observation: null, transforms: ['empty cell: printed as a dash, no number'] };
  }
  const where = { file: source.path, line: cell.line, column: cell.charColumn, recipe: cell.recipe };
  const printed = parsePrintedNumber(cell.raw, source.number_format);
  if (!printed) {
    throw new PipelineError('NUMBER_UNPARSEABLE', 'a table cell is not a number in its source\'s number format', {
      ...where,
      expected: source.number_format === 'decimal_comma' ? 'a number like 14.451 (thousands) or 2,4 (decimal comma)' : 'a number like 1,060.6 or 1077.6 (decimal point)',
      seen: cell.raw,
    });
  }
  const layers: { spec: { indicator?: string; entity?: EntityRef; partner?: EntityRef; note?: string }; label: ReadLabel | null }[] = [
    { spec: table.recipe.defaults, label: null },
    ...(cell.group ? [{ spec: cell.group.spec, label: cell.group }] : []),
    { spec: cell.column.spec, label: cell.column },
    { spec: cell.row.spec, label: cell.row },
  ];
  const pick = <K extends 'indicator' | 'entity' | 'partner'>(key: K) => {
    const layer = layers.findLast((candidate) => candidate.spec[key] !== undefined);
    return layer ? { value: layer.spec[key]!, label: layer.label } : null;
  };
  const indicatorId = pick('indicator')?.value;
  const indicator = indicatorId ? context.indicators.get(indicatorId) : undefined;
  if (!indicator) {
    throw new PipelineError('INDICATOR_UNKNOWN', 'the recipe gives this cell no known indicator', {
      ...where,
      expected: 'an indicator id from pipeline/03-normalize/indicators.json',
      seen: indicatorId ?? '(none)',
    });
  }
  const entity = resolveEntity(pick('entity'), context, where, true)!;
  const partner = resolveEntity(pick('partner'), context, where, false);
  const { period, printed: periodRaw } = cellPeriod(cell, tablePeriod, where);
  const transforms = [`read "${cell.raw}" as ${printed.decimal} (${source.number_format})`];
  let exponent = 0;
  if (cell.percentSign && indicator.unit !== 'percent') {
    throw new PipelineError('UNIT_MISMATCH', `a cell printed with % belongs to indicator ${indicator.id}, measured in ${indicator.unit}`, { ...where, expected: 'a percentage indicator', seen: `${cell.raw}%` });
  }
  if (indicator.unit === 'USD') {
    const texts = [cell.column.printed, cell.row.printed, cell.group?.printed, table.captionText];
    if (!namesCurrency(texts)) {
      throw new PipelineError('UNIT_UNSTATED', 'no header or caption of this money figure names its currency', { ...where, expected: 'dollars, US-$ or USD in the caption, preamble or header' });
    }
    const scale = findScale(texts);
    if (scale) {
      exponent = scale.exponent;
      transforms.push(`multiplied by 1e${exponent} ("${scale.word}" in the heading)`);
    }
  }
  const notes = [...new Set(layers.map((layer) => layer.spec.note).filter((note): note is string => Boolean(note)))];
  transforms.push(`unit ${indicator.unit}`);
  const value = scaleDecimal(printed.decimal, exponent);
  assertPublishedExactly(value, scaleDecimalText(printed.decimal, exponent), { ...where, seen: cell.raw });
  return {
    cell,
    obsId,
    printed,
    transforms,
    observation: {
      obs_id: obsId,
      source_id: cell.sourceId,
      table: cell.table,
      row_label: cell.row.printed,
      column_label: cell.group ? `${cell.group.printed} / ${cell.column.printed}` : cell.column.printed,
      line: cell.line,
      byte_start: cell.byteStart,
      byte_end: cell.byteEnd,
      raw: cell.raw,
      indicator: indicator.id,
      entity,
      partner,
      period_start: period?.start ?? null,
      period_end: period?.end ?? null,
      period_raw: periodRaw,
      value,
      unit: indicator.unit,
      qualifier: 'exact',
      multiplier: 10 ** exponent,
      attributed_to: table.attributedTo || null,
      note: notes.length ? notes.join(' ') : null,
    },
  };
}

type Where = { file: string; line: number; column: number; recipe: string };

function resolveEntity(choice: { value: EntityRef; label: ReadLabel | null } | null, context: NormalizeContext, where: Where, required: boolean): string | null {
  if (!choice) {
    if (!required) return null;
    throw new PipelineError('ENTITY_UNKNOWN', 'the recipe gives this cell no entity', { ...where, expected: 'an entity in the recipe defaults, group, column or row' });
  }
  if (choice.value !== '@label') {
    if (!context.entities.isKnown(choice.value)) {
      throw new PipelineError('ENTITY_UNKNOWN', 'the recipe names an entity id that neither ISO 3166 nor entities.json knows', { ...where, expected: 'an id from pipeline/03-normalize/entities.json or ISO 3166-1 alpha-3', seen: choice.value });
    }
    context.entities.use(choice.value);
    return choice.value;
  }
  const printed = choice.label?.printed ?? '';
  const id = context.entities.resolve(printed);
  if (!id) {
    throw new PipelineError('ENTITY_UNKNOWN', 'a printed name maps to no entity', {
      ...where,
      line: choice.label?.line ?? where.line,
      expected: 'a country name ISO 3166 knows or an alias in pipeline/03-normalize/entities.json',
      seen: printed,
    });
  }
  return id;
}

/** A cell's period, from its row's or column's header (or the caption's date), and the header as printed. */
function cellPeriod(cell: ExtractedCell, tablePeriod: { period: Period; printed: string } | null, where: Where): { period: Period | null; printed: string | null } {
  const header = cell.row.periods.length ? cell.row : cell.column;
  const labels = header.periods;
  if (labels.length === 0) return tablePeriod ?? { period: null, printed: null };
  const periods = labels.map((label) => {
    const period = parseYearLabel(label);
    if (!period) throw new PipelineError('PERIOD_UNPARSEABLE', 'a header is not a year or year range', { ...where, expected: 'a year or range like 1995, 1989-90, 1994-2004', seen: label });
    return period;
  });
  return { period: spanPeriods(periods), printed: header.periodHeader ?? header.printed ?? labels.join(' … ') };
}

function findTablePeriod(table: ExtractedTable, source: SourceMetadata): { period: Period; printed: string } {
  const found = findMonthYear(table.captionText);
  if (!found) {
    throw new PipelineError('PERIOD_UNPARSEABLE', 'the recipe dates the table by its caption, which prints no month and year', {
      file: source.path,
      line: table.captionLine,
      recipe: table.recipeId,
      expected: 'a date like "Sept.1998" in the caption or preamble',
      seen: table.captionText,
    });
  }
  return found;
}
