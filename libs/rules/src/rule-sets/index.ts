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
export * from './pay-responsibility';
export { r1p06StateBody } from '../r1/p06-pay';
export { r1p07Organization } from '../r1/p07-pay';
export { r2p06CivilServant } from '../r2/p06-pay';
export { r2p07NationalBank } from '../r2/p07-pay';
export { r3p06StateBody } from '../r3/p06-pay';
export { r3p07Organization } from '../r3/p07-pay';
