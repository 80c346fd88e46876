export * from './import-graph';
export * from './import-layers';
