import type { Finding } from './findings.js';
import type { ValidationReport } from './validate.js';

/** How many findings of one kind the human report lists before summing up the rest (--json has them all). */
const LISTED_PER_KIND = 10;

export function formatValidation(report: ValidationReport): string {
  const lines = [
    `${[report.name ?? '(unnamed)', report.version].filter(Boolean).join(' ')} at ${report.root}`,
    `tables: ${report.tables.map((table) => `${table.name} ${table.rows}`).join(', ') || 'none read'}`,
    ...(report.checks ? [`checks: pass ${report.checks.pass}, warn ${report.checks.warn}, fail ${report.checks.fail}`] : []),
    ...listed(report.warnings),
    ...listed(report.errors),
    report.valid ? 'valid' : `INVALID: ${report.errors.length} error(s)`,
  ];
  return lines.join('\n');
}

function listed(findings: readonly Finding[]): string[] {
  // Map.groupBy arrives in Node 21; the package supports Node 20.
  const byKind = new Map<Finding['kind'], Finding[]>();
  for (const finding of findings) {
    const group = byKind.get(finding.kind);
    if (group) group.push(finding);
    else byKind.set(finding.kind, [finding]);
  }
  return [...byKind].flatMap(([kind, group]) => [
    ...group.slice(0, LISTED_PER_KIND).map((finding) => `  ${kind.padEnd(11)} ${where(finding)}${finding.message}`),
    ...(group.length > LISTED_PER_KIND ? [`  ${kind.padEnd(11)} … and ${group.length - LISTED_PER_KIND} more`] : []),
  ]);
}

/**
 * Names the CSV record as --json does (`row`: 1-based, header included). It is
 * a record, not a line: a cell holding a line break (events.raw) makes a record
 * span several lines.
 */
function where(finding: Finding): string {
  const parts = [finding.resource, finding.row === undefined ? undefined : `record ${finding.row}`, finding.field].filter(Boolean);
  return parts.length ? `${parts.join(' ')}: ` : '';
}
