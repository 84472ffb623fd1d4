import { asList, tableResources, type FieldDescriptor, type PackageDescriptor, type TableResource } from '../descriptor.js';

export interface SchemaChange {
  resource: string;
  change: 'table-added' | 'table-removed' | 'field-added' | 'field-removed' | 'field-changed' | 'primary-key-changed';
  field?: string;
  /** What the field (or key) was and became, for changes. */
  from?: string;
  to?: string;
  /** Adds without taking anything away: a consumer reading fields by name keeps working. */
  additive: boolean;
}

/** Compares the table resources of two descriptors: tables, fields (type, constraints) and primary keys. */
export function compareSchemas(before: PackageDescriptor, after: PackageDescriptor): SchemaChange[] {
  const old = new Map(tableResources(before).map((resource) => [resource.name, resource]));
  const current = new Map(tableResources(after).map((resource) => [resource.name, resource]));
  const changes: SchemaChange[] = [];
  for (const name of old.keys()) if (!current.has(name)) changes.push({ resource: name, change: 'table-removed', additive: false });
  for (const [name, resource] of current) {
    const previous = old.get(name);
    if (previous) changes.push(...compareTable(previous, resource));
    else changes.push({ resource: name, change: 'table-added', additive: true });
  }
  return changes;
}

function compareTable(before: TableResource, after: TableResource): SchemaChange[] {
  const resource = after.name;
  const oldFields = new Map(before.schema.fields.map((field) => [field.name, field]));
  const newFields = new Map(after.schema.fields.map((field) => [field.name, field]));
  const changes: SchemaChange[] = [];
  for (const name of oldFields.keys()) if (!newFields.has(name)) changes.push({ resource, change: 'field-removed', field: name, additive: false });
  for (const [name, field] of newFields) {
    const previous = oldFields.get(name);
    if (!previous) changes.push({ resource, change: 'field-added', field: name, to: describeField(field), additive: true });
    else if (describeField(previous) !== describeField(field)) changes.push({ resource, change: 'field-changed', field: name, from: describeField(previous), to: describeField(field), additive: false });
  }
  const [oldKey, newKey] = [asList(before.schema.primaryKey).join(', '), asList(after.schema.primaryKey).join(', ')];
  if (oldKey !== newKey) changes.push({ resource, change: 'primary-key-changed', from: oldKey, to: newKey, additive: false });
  return changes;
}

/** What a consumer depends on in a field: its type (a list's items and delimiter too) and constraints (descriptions are metadata, not schema). */
function describeField(field: FieldDescriptor): string {
  const constraints = Object.entries(field.constraints ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  const type = field.type === 'list' ? `list<${field.itemType ?? 'string'}> delimiter=${JSON.stringify(field.delimiter ?? ',')}` : (field.type ?? 'any');
  return [type, ...constraints].join(' ');
}
