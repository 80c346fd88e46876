export * from './period';
export * from './editions';
export * from './eligibility.parameters';
