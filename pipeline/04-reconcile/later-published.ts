/**
 * Whether publication date a is later than b. Dates of different precision
 * are only ordered where they differ within the shorter one: "2001-09" is not
 * later than "2001", as the article dated only by its year may be from December.
 */
export function isLaterPublication(a: string, b: string): boolean {
  return a > b && !a.startsWith(b);
}

/** The candidates no other candidate was published after. */
export function latestPublished<C>(candidates: readonly C[], published: (candidate: C) => string): C[] {
  return candidates.filter((candidate) => !candidates.some((other) => isLaterPublication(published(other), published(candidate))));
}
