export * from './case-status';
export * from './case-state';
export * from './events.schema';
export * from './message-intent';
export * from './transition';
export type { ObligationSpec } from './obligation-spec';
export * from './refresh-obligations';
export * from './start-on-receipt';
