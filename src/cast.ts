import type { FieldDescriptor } from './descriptor.js';

/** One value of a primitive type: a cell of a scalar field, or an item of a list. */
export type Item = string | number | boolean;

/** A cell once typed by its Table Schema field: a list field's is an array of its items; null is a missing value. */
export type Cell = Item | Item[] | null;

/** Returns the typed cell, or undefined when the text is not of the field's type. */
export type Caster = (text: string) => Cell | undefined;

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_NUMBERS = new Map([['NaN', Number.NaN], ['INF', Number.POSITIVE_INFINITY], ['-INF', Number.NEGATIVE_INFINITY]]);

/**
 * Builds one caster per field, once per table: csv-parse's own `cast` option
 * runs a generic function per cell and is an order of magnitude slower than
 * parsing to strings and typing them here. A `list` cell is split at its
 * delimiter (`,` by default) and each item typed by `itemType` (string by
 * default); one item that does not cast makes the cell invalid. Types this
 * package does not use (date, datetime, any…) stay strings, as list items too.
 */
export function casterFor(field: FieldDescriptor, tableMissingValues: readonly string[] = ['']): Caster {
  const missing = new Set(field.missingValues ?? tableMissingValues);
  const typed = typedCaster(field);
  return (text) => (missing.has(text) ? null : typed(text));
}

/** Whether a field's cells may be text once cast: a list's, written joined, and any but a number or boolean field's (itemCaster). */
export function castsToText(field: FieldDescriptor): boolean {
  return field.type === 'list' || !['integer', 'year', 'number', 'boolean'].includes(field.type ?? 'string');
}

function typedCaster(field: FieldDescriptor): Caster {
  if (field.type === 'list') return listCaster(field);
  return itemCaster(field, field.type);
}

function listCaster(field: FieldDescriptor): Caster {
  const delimiter = field.delimiter ?? ',';
  const item = itemCaster(field, field.itemType ?? 'string');
  return (text) => {
    const items: Item[] = [];
    for (const part of text.split(delimiter)) {
      const value = item(part);
      if (value === undefined || value === null || Array.isArray(value)) return undefined;
      items.push(value);
    }
    return items;
  };
}

function itemCaster(field: FieldDescriptor, type: string | undefined): Caster {
  switch (type) {
    case 'integer':
    case 'year':
      return (text) => (INTEGER.test(text) ? Number(text) : undefined);
    case 'number':
      return (text) => SPECIAL_NUMBERS.get(text) ?? (NUMBER.test(text) ? Number(text) : undefined);
    case 'boolean': {
      const trues = new Set(field.trueValues ?? DEFAULT_TRUE);
      const falses = new Set(field.falseValues ?? DEFAULT_FALSE);
      return (text) => (trues.has(text) ? true : falses.has(text) ? false : undefined);
    }
    default:
      return (text) => text;
  }
}
