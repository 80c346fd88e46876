export * from './case-module';
export * from './agencies/agency.schema';
export * from './agencies/agency-registry';
export * from './case-view/case-view.schema';
export { createCaseModule } from './create-case-module';
export * from './runtime';
export * from './use-cases/audit-case/audit-export.schema';
export { verifyCaseLog, type CaseLogCheck } from './event-log/verify-case-log';
