export * from './approval-route';
export * from './approving-authority';
export type { R2RoutingFacts } from '../r2/p16-approval-routing';
