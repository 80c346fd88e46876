export * from './p02-applicability';
export * from './p10-eligibility';
export * from './p12-documents';
// procedure steps are exported from ../procedures
export { r1ApprovalRoute } from './p11-approval-routing';
export { R1_TERMINATION_GROUNDS, R1_EARLY_RECALL_GROUNDS } from './p18-termination-grounds';
export { R1_PROCEDURE } from './procedure';
