export { keyObservation, type ObservationKey } from './keys.js';
export { applyRules, type Rule, type RuleOutcome } from './apply-rules.js';
export { decidingRule } from './deciding-rule.js';
export { reconcileObservations, type ObservationReconciliation } from './reconcile-observations.js';
export { reconcileEvents, eventKey, type KeyedEvent } from './reconcile-events.js';
export { loadReconcileConfig } from './load-config.js';
export { isLaterPublication, latestPublished, statisticsPublisher, textPublisher } from './later-published.js';
export { listConcepts } from './list-concepts.js';
