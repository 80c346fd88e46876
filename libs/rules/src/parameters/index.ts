export * from './period';
export * from './editions';
