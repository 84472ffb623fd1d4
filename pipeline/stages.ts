/** The build's stages in the order pipeline/build.ts runs them (`--until` names one): a module of its own, so that what prints a build's report need not load the build. */
export const STAGES = ['ingest', 'extract', 'normalize', 'reconcile', 'validate', 'package'] as const;
export type Stage = (typeof STAGES)[number];
