import type { FieldDescriptor } from './descriptor.js';

/** A cell once typed by its Table Schema field; null is a missing value. */
export type Cell = string | number | boolean | null;

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
 * parsing to strings and typing them here. Types this package does not use
 * (date, datetime, any…) stay strings.
 */
export function casterFor(field: FieldDescriptor, tableMissingValues: readonly string[] = ['']): Caster {
  const missing = new Set(field.missingValues ?? tableMissingValues);
  const typed = typedCaster(field);
  return (text) => (missing.has(text) ? null : typed(text));
}

function typedCaster(field: FieldDescriptor): Caster {
  switch (field.type) {
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
