export * from './period';
export * from './editions';
export * from './deadlines.parameters';
export * from './term.parameters';
export * from './eligibility.parameters';
