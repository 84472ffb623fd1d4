import type { Observation } from '../../src/types/observation.js';
import type { ReconcileConfig } from '../types/reconcile-config.js';
import type { Reconciled } from '../../src/types/reconciled.js';
import { compareCodePoints } from '../order.js';

/** What makes two observations measure the same thing: the key fields of reconciled.csv, its id, and the side it reads them from. */
export type ObservationKey = Pick<Reconciled, 'concept' | 'entity' | 'partner' | 'period_start' | 'period_end' | 'category'> & {
  id: string;
  /** -1 where the key reads the observation from the other side (a balance reported by the partner). */
  sign: 1 | -1;
};

type Direction = ReconcileConfig['concepts'][number]['members'][number]['direction'];

/** Keys observations by concept, sides, period and (for broken-down indicators) row label. */
export function keyObservation(observation: Observation, config: ReconcileConfig): ObservationKey {
  const member = config.concepts.flatMap((concept) => concept.members.map((entry) => ({ concept: concept.id, direction: entry.direction, indicator: entry.indicator }))).find((entry) => entry.indicator === observation.indicator);
  const concept = member?.concept ?? observation.indicator;
  const { entity, partner, sign } = orient(observation.entity, observation.partner, member?.direction ?? 'entity_to_partner');
  // A table's row label is a category where the indicator is broken down by rows; a prose figure's always is.
  const category = config.categorised_indicators.includes(observation.indicator) || observation.table === null ? observation.row_label : null;
  const period = `${observation.period_start ?? '-'}..${observation.period_end ?? '-'}`;
  // The two ends of a printed range are two quantities, each with its rivals, not rivals of each other.
  const end = observation.qualifier === 'range_low' ? ':low' : observation.qualifier === 'range_high' ? ':high' : '';
  return {
    id: `${concept}${end}:${entity}>${partner ?? '-'}:${period}${category ? `:${category}` : ''}`,
    concept,
    entity,
    partner,
    period_start: observation.period_start,
    period_end: observation.period_end,
    category,
    sign,
  };
}

function orient(entity: string, partner: string | null, direction: Direction): { entity: string; partner: string | null; sign: 1 | -1 } {
  if (partner === null || direction === 'entity_to_partner') return { entity, partner, sign: 1 };
  if (direction === 'partner_to_entity') return { entity: partner, partner: entity, sign: 1 };
  const [first, second] = [entity, partner].sort(compareCodePoints) as [string, string];
  if (direction === 'pair') return { entity: first, partner: second, sign: 1 };
  // A deficit is the balance of the same side with the sign reversed; either is negated again when read from the other side.
  const reversed = first !== entity;
  const negated = direction === 'pair_signed_negated';
  return { entity: first, partner: second, sign: reversed !== negated ? -1 : 1 };
}
