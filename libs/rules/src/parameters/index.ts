export * from './period';
export * from './editions';
export * from './term.parameters';
export * from './eligibility.parameters';
