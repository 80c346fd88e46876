export * from './p02-applicability';
export * from './p10-eligibility';
export * from './p12-documents';
// procedure steps are exported from ../procedures
export { r3ApprovalRoute } from './p11-approval-routing';
export { R3_TERMINATION_GROUNDS, R3_EARLY_RECALL_GROUNDS } from './p18-termination-grounds';
export { R3_PROCEDURE } from './procedure';
