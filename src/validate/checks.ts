import type { Check } from '../types/index.js';
import type { Finding } from './findings.js';
import { recordNumber } from './rows.js';

export type CheckCounts = Record<Check['status'], number>;

/** Beyond rounding but within this share of the expected value, a check warns rather than fails (README, "Checks"). */
const WARN_SHARE = 0.01;

/** Relative slack for comparing the published difference with found − expected in floating point. */
const EPSILON = 1e-9;

/**
 * Reports the checks that fail (an inconsistency of the source, which the
 * package publishes rather than hides) as errors unless a reviewed record
 * acknowledges them (the `acknowledged` column, with its reason in
 * `acknowledgement`: then a warning), and those that warn as warnings; and
 * redoes each check's status from its numbers, so that a hand-edited
 * checks.csv cannot claim a pass it does not have. A release from before
 * acknowledgements has no such columns: its checks count as unacknowledged.
 */
export function reviewChecks(checks: readonly Check[]): { counts: CheckCounts; errors: Finding[]; warnings: Finding[] } {
  const counts: CheckCounts = { pass: 0, warn: 0, fail: 0 };
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  checks.forEach((check, index) => {
    counts[check.status] += 1;
    const where = { kind: 'check' as const, resource: 'checks', row: recordNumber(index) };
    const text = `${check.check_id} ${check.source_id} ${check.table}: ${check.description}: found ${check.found}, expected ${check.expected} (±${check.tolerance})`;
    const acknowledged = check.acknowledged === true;
    const reason = check.acknowledgement ?? null;
    const accepted = acknowledged ? ` (acknowledged: ${reason})` : '';
    if (check.status === 'fail') (acknowledged ? warnings : errors).push({ ...where, message: `fail ${text}${accepted}` });
    if (check.status === 'warn') warnings.push({ ...where, message: `warn ${text}${accepted}` });
    if (acknowledged && check.status === 'pass') errors.push({ ...where, field: 'acknowledged', message: `${check.check_id} is acknowledged, but it passes` });
    if (acknowledged !== (reason !== null && reason !== '')) errors.push({ ...where, field: 'acknowledgement', message: `${check.check_id}: ${acknowledged ? 'acknowledged without a reason' : 'a reason without being acknowledged'}` });
    const status = statusOf(check);
    if (status !== check.status) errors.push({ ...where, field: 'status', message: `${check.check_id} says ${check.status}, but its numbers give ${status}` });
    const slack = EPSILON * Math.max(1, Math.abs(check.found), Math.abs(check.expected));
    if (Math.abs(check.found - check.expected - check.difference) > slack) errors.push({ ...where, field: 'difference', message: `${check.check_id}: difference ${check.difference} is not found − expected (${check.found - check.expected})` });
  });
  return { counts, errors, warnings };
}

function statusOf(check: Check): Check['status'] {
  const off = Math.abs(check.found - check.expected);
  const slack = EPSILON * Math.max(1, Math.abs(check.expected));
  if (off <= check.tolerance + slack) return 'pass';
  return off <= WARN_SHARE * Math.abs(check.expected) + slack ? 'warn' : 'fail';
}
