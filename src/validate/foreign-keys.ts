import { asList, type TableResource } from '../descriptor.js';
import type { Row } from '../read-table.js';
import type { Finding } from './findings.js';
import { RowKeys } from './row-keys.js';
import { recordNumber } from './rows.js';

/**
 * Checks that every foreign key names an existing row of the resource it
 * references (itself when the reference names no resource). A key whose cells
 * are all empty references nothing, as Table Schema allows.
 */
export function validateForeignKeys(resources: readonly TableResource[], rows: ReadonlyMap<string, readonly Row[]>): Finding[] {
  const findings: Finding[] = [];
  // Several tables reference the same one (sources, observations, entities): its keys are gathered once for all.
  const keysOf = new Map<string, RowKeys>();
  for (const resource of resources) {
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const fields = asList(foreignKey.fields);
      const target = foreignKey.reference.resource || resource.name;
      const targetFields = asList(foreignKey.reference.fields);
      const targetResource = resources.find((candidate) => candidate.name === target);
      const targetRows = rows.get(target);
      const missingFields = [...fields.filter((name) => !hasField(resource, name)), ...targetFields.filter((name) => targetResource && !hasField(targetResource, name))];
      if (!targetResource || fields.length !== targetFields.length || missingFields.length) {
        findings.push({ kind: 'descriptor', resource: resource.name, field: fields.join(', '), message: `foreign key to ${target}(${targetFields.join(', ')}) ${targetResource ? `names fields that do not exist (${missingFields.join(', ') || 'counts differ'})` : 'references a table the package does not have'}` });
        continue;
      }
      // A table that could not be read is reported already; its keys cannot be checked.
      if (!targetRows) continue;
      const keysId = JSON.stringify([target, targetFields]);
      const keys = keysOf.get(keysId) ?? new RowKeys(targetRows, targetFields);
      keysOf.set(keysId, keys);
      // Looked up first, the row's values gathered only for one that is not found: no array a row of a large table.
      const table = rows.get(resource.name) ?? [];
      for (let index = 0; index < table.length; index += 1) {
        const row = table[index]!;
        if (keys.has(row, fields)) continue;
        const values = fields.map((name) => row[name] ?? null);
        if (values.every((value) => value === null)) continue;
        findings.push({ kind: 'foreign-key', resource: resource.name, row: recordNumber(index), field: fields.join(', '), message: `${values.join(', ')} is not a ${targetFields.join(', ')} of ${target}` });
      }
    }
  }
  return findings;
}

/**
 * Checks the package's custom `mfr:listItemForeignKeys`: every item of a list
 * field names an existing row. Table Schema's foreign keys compare whole
 * cells, so they cannot say this of `events.entities` ("CHN;MEX"); the
 * package declares it in its own property and checks it here.
 */
export function validateListItemForeignKeys(resources: readonly TableResource[], rows: ReadonlyMap<string, readonly Row[]>): Finding[] {
  const findings: Finding[] = [];
  for (const resource of resources) {
    for (const foreignKey of resource.schema['mfr:listItemForeignKeys'] ?? []) {
      const [field, ...extraFields] = asList(foreignKey.fields);
      const target = foreignKey.reference.resource || resource.name;
      const [targetField, ...extraTargets] = asList(foreignKey.reference.fields);
      const targetResource = resources.find((candidate) => candidate.name === target);
      const listField = resource.schema.fields.find((candidate) => candidate.name === field);
      const problem = !field || !targetField || extraFields.length || extraTargets.length ? 'must name one field and one referenced field'
        : listField?.type !== 'list' ? `names ${field}, which is no list field of ${resource.name}`
          : !targetResource ? 'references a table the package does not have'
            : !hasField(targetResource, targetField) ? `names ${targetField}, which ${target} does not have` : null;
      if (problem) {
        findings.push({ kind: 'descriptor', resource: resource.name, field: asList(foreignKey.fields).join(', '), message: `list item foreign key to ${target}(${asList(foreignKey.reference.fields).join(', ')}) ${problem}` });
        continue;
      }
      const targetRows = rows.get(target);
      if (!targetRows) continue;
      const keys = new Set(targetRows.map((row) => row[targetField!] ?? null));
      const table = rows.get(resource.name) ?? [];
      for (let index = 0; index < table.length; index += 1) {
        const items = table[index]![field!];
        if (!Array.isArray(items)) continue;
        // Indexed, as above.
        for (let at = 0; at < items.length; at += 1) {
          const item = items[at]!;
          if (!keys.has(item)) findings.push({ kind: 'foreign-key', resource: resource.name, row: recordNumber(index), field: field!, message: `item ${JSON.stringify(item)} is not a ${targetField} of ${target}` });
        }
      }
    }
  }
  return findings;
}

function hasField(resource: TableResource, name: string): boolean {
  return resource.schema.fields.some((field) => field.name === name);
}
