/**
 * Names what decided a key: `single` for one candidate; the last rule that
 * narrowed the candidates when it left one, or several that agree;
 * `first_printed` when they agree and no rule separated them; `unresolved`
 * when they still conflict.
 */
export function decidingRule(candidates: number, remaining: number, remainingAgree: boolean, decidedBy: string | null): string {
  if (candidates === 1) return 'single';
  if (remaining === 1) return decidedBy!;
  if (remainingAgree) return decidedBy ?? 'first_printed';
  return 'unresolved';
}
