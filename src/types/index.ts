/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */
export type * from './candidate.js';
export type * from './check.js';
export type * from './concept.js';
export type * from './coverage.js';
export type * from './entity.js';
export type * from './event-candidate.js';
export type * from './event.js';
export type * from './indicator.js';
export type * from './observation.js';
export type * from './reconciled-event.js';
export type * from './reconciled.js';
export type * from './source.js';
