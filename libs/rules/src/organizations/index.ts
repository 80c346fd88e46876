export * from './organization.schema';
export * from './organization-kind';
