/**
 * TESTS ONLY: `SX_TEST_MUTANT=no-signatory-check` lets anyone decide, so the test of the check can
 * be shown to fire. Never read when NODE_ENV=production.
 */
export const signatoryCheckSwitchedOff = (): boolean =>
  process.env['NODE_ENV'] !== 'production' && process.env['SX_TEST_MUTANT'] === 'no-signatory-check';
