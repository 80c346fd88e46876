// Test fixtures of @sx/contracts. Kept out of index.ts so production code never bundles them;
// specs import this file directly.
export * from './testing/case-event.fixture';
