import type { Concept } from '../../src/types/concept.js';
import type { Indicator } from '../../src/types/indicator.js';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import { compareCodePoints } from '../order.js';

/**
 * The concepts reconciled.concept names, as published in concepts.csv: each
 * concept of rules.json with those of its indicators the package publishes,
 * and each published indicator no concept lists, as its own concept (keyObservation
 * keys it by its id, reading entity and partner as they are).
 */
export function listConcepts(config: ReconcileConfig, indicators: readonly Indicator[]): Concept[] {
  const published = new Set(indicators.map((indicator) => indicator.id));
  const declared = config.concepts.flatMap((concept): Concept[] => {
    const members = concept.members.filter((member) => published.has(member.indicator));
    if (!members.length) return [];
    return [{ id: concept.id, description: concept.description, indicators: members.map((member) => member.indicator), directions: members.map((member) => member.direction) }];
  });
  const inConcepts = new Set(config.concepts.flatMap((concept) => concept.members.map((member) => member.indicator)));
  const own = indicators.filter((indicator) => !inConcepts.has(indicator.id)).map((indicator): Concept => ({ id: indicator.id, description: indicator.description, indicators: [indicator.id], directions: ['entity_to_partner'] }));
  return [...declared, ...own].sort((a, b) => compareCodePoints(a.id, b.id));
}
