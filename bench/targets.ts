/** The figures issue 12 sets targets for: each is at most its limit. */
export const TARGETS = {
  build_vs_node_e0: { limit: 8, unit: '×', says: 'build ≤ 8× node -e 0' },
  peak_rss_100x_mib: { limit: 1024, unit: ' MiB', says: '100× corpus peak RSS ≤ 1 GiB' },
  scaling_100x_vs_10x: { limit: 11, unit: '×', says: 't(100×)/t(10×) ≤ 11' },
  joined_8x_vs_1x: { limit: 9, unit: '×', says: 'one document joined 8× ≤ 9× one' },
  load_vs_csv_parse_floor: { limit: 1.5, unit: '×', says: 'load() ≤ 1.5× the csv-parse floor' },
  explain_warm_ms: { limit: 5, unit: ' ms', says: 'explain warm ≤ 5 ms' },
} as const;

export type TargetName = keyof typeof TARGETS;

export type Verdict = 'pass' | 'miss' | 'not measured';

export function verdictOf(name: TargetName, value: number | null): Verdict {
  if (value === null || !Number.isFinite(value)) return 'not measured';
  return value <= TARGETS[name].limit ? 'pass' : 'miss';
}

/** "target ≤ 8×: pass", to print beside a figure. */
export function describeVerdict(name: TargetName, value: number | null): string {
  const target = TARGETS[name];
  return `[target ${target.limit}${target.unit}: ${verdictOf(name, value)}]`;
}
