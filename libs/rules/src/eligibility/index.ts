export * from './candidate.schema';
export * from './condition';
export * from './eligibility-codes';
export * from './conditions';
export * from './service-length';
