export * from './p02-applicability';
export * from './p11-eligibility';
export * from './p13-documents';
// procedure steps are exported from ../procedures
export { r2ApprovalRoute } from './p16-approval-routing';
export { R2_TERMINATION_GROUNDS, R2_EARLY_RECALL_GROUNDS } from './p20-termination-grounds';
export { R2_PROCEDURE } from './procedure';
