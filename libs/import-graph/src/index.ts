export * from './import-graph';
