import type { Observation } from '../../src/types/observation.js';
import type { SourceMetadata } from '../01-ingest/index.js';

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

/**
 * Who publishes a text's statements, for later_publication: its publisher,
 * else its authors, else the text itself (an unattributed text is only its own
 * earlier self). Different publishers do not revise each other.
 */
export function textPublisher(source: Pick<SourceMetadata, 'id' | 'publisher' | 'authors'>): string {
  return source.publisher ?? (source.authors.length ? source.authors.join('; ') : `source ${source.id}`);
}

/**
 * Who publishes an observation's figure: the reporter's official statistics
 * for a table cell whose table prints its statistical source (a statistics
 * office revises its series, whichever text reprints them); for any other
 * figure, the publisher of the text that states it.
 */
export function statisticsPublisher(observation: Pick<Observation, 'table' | 'attributed_to' | 'entity'>, source: Pick<SourceMetadata, 'id' | 'publisher' | 'authors'>): string {
  return observation.table !== null && observation.attributed_to !== null ? `official statistics of ${observation.entity}` : textPublisher(source);
}
