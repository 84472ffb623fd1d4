import type { SchemaChange } from './compare-schemas.js';
import type { DiffReport } from './diff.js';

/** How many changed rows per table the summary spells out (--json has them all). */
const LISTED_CHANGES = 10;

const SCHEMA_SIGNS: Record<SchemaChange['change'], string> = {
  'table-added': '+ table',
  'table-removed': '− table',
  'field-added': '+ field',
  'field-removed': '− field',
  'field-changed': '~ field',
  'primary-key-changed': '~ primary key of',
};

export function formatDiff(report: DiffReport): string {
  const version = (side: DiffReport['old']) => `${side.name ?? '(unnamed)'} ${side.version ?? '?'} (${side.location})`;
  const touched = report.tables.filter((table) => table.added.length || table.removed.length || table.changed.length);
  const lines = [
    `${version(report.old)} → ${version(report.new)}`,
    ...section('schema', report.schema.map((change) => `${SCHEMA_SIGNS[change.change]} ${change.resource}${change.field ? `.${change.field}` : ''}${change.from !== undefined ? `: ${change.from} → ${change.to}` : change.to !== undefined ? `: ${change.to}` : ''}`)),
    ...section('rows (added, removed, changed)', touched.map((table) => {
      const fields = Object.entries(table.changedFields).map(([field, count]) => `${field} ${count}`).join(', ');
      return `${table.resource.padEnd(18)} +${table.added.length} −${table.removed.length} ~${table.changed.length}${fields ? ` (${fields})` : ''}`;
    })),
    ...section('changed values', touched.flatMap((table) => [
      ...table.changed.slice(0, LISTED_CHANGES).map((row) => `${table.resource} ${row.key}: ${row.fields.map((change) => `${change.field} ${short(change.from)} → ${short(change.to)}`).join('; ')}`),
      ...(table.changed.length > LISTED_CHANGES ? [`${table.resource}: … and ${table.changed.length - LISTED_CHANGES} more`] : []),
    ])),
    ...section('files', report.files.map((file) => `${file.change} ${file.resource}`)),
    ...section('metadata', report.metadata.length ? [report.metadata.join(', ')] : []),
    report.bump === 'none' ? 'no difference: no release needed' : `proposed bump: ${report.bump}${report.nextVersion ? ` → ${report.nextVersion}` : ''}`,
    ...report.reasons.map((reason) => `  ${reason}`),
  ];
  return lines.join('\n');
}

/** Long texts (notes, descriptions) are cut in the summary; --json has them whole. */
function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 50 ? `${text.slice(0, 48)}…"` : text;
}

function section(title: string, items: readonly string[]): string[] {
  return items.length ? [`${title}:`, ...items.map((item) => `  ${item}`)] : [];
}
