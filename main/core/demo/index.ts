// The demo: a workspace's worth of synthetic casework for newcomers.
export { DEFAULT_DEMO_SEED, DEMO_PARTNER, existingDemo, seedDemo, type DemoSummary, type SeedDemoOptions } from './seed';
export type { ScoreSource, ScoringMode } from './scoring';
export { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountPlan } from './accounts';
