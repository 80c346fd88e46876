// Test fixtures of @sx/contracts. Kept out of the library's index.ts so production code never bundles them;
// specs import this file directly.
export * from './case-event.fixture';
