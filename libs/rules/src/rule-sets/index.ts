export * from './candidate.schema';
// The three rule sets side by side: which one governs, and each one's eligibility, documents,
// approving authority and procedure. This layer reads the paragraph files; nothing below imports it.
export * from './select-rule-set';
export * from './eligibility';
export * from './check-document-package';
export * from './check-proposal';
export * from './approving-authority';
export type { R2RoutingFacts } from '../r2/p16-approval-routing';
export * from './apply';
export * from './procedure-definition';
export { procedureOf } from './registry';
export * from './deadline-index';
export * from './term-parameters';
export * from './eligibility-parameters';
