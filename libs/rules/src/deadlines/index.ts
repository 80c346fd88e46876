export type * from './deadline-step';
export * from './party-role';
export * from './obligation';
export * from './legal-basis';
export * from './override-clauses';
export * from './due-date';
export * from './compute-due';
export * from './term-end';
