/** A rule keeps the candidates it prefers and says why it set the others aside; null when it does not separate them. */
export type Rule<C> = (candidates: readonly C[]) => { keep: C[]; why: (setAside: C) => string } | null;

export interface RuleOutcome<C> {
  remaining: C[];
  /** The last rule that narrowed the candidates, if any. */
  decidedBy: string | null;
  setAside: Map<C, { rule: string; reason: string }>;
}

/** Applies the rules in the configured order until one candidate remains. */
export function applyRules<C>(candidates: readonly C[], order: readonly string[], rules: Readonly<Record<string, Rule<C>>>): RuleOutcome<C> {
  let remaining = [...candidates];
  let decidedBy: string | null = null;
  const setAside = new Map<C, { rule: string; reason: string }>();
  for (const id of order) {
    if (remaining.length <= 1) break;
    const rule = rules[id];
    const result = rule?.(remaining);
    if (!result || result.keep.length === 0 || result.keep.length === remaining.length) continue;
    for (const candidate of remaining) if (!result.keep.includes(candidate)) setAside.set(candidate, { rule: id, reason: result.why(candidate) });
    remaining = result.keep;
    decidedBy = id;
  }
  return { remaining, decidedBy, setAside };
}
