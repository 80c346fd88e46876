export * from './logger';
export * from './mongo-connection';
export * from './deterministic-id';
export * from './case-log/case-log.types';
export * from './case-log/case-log.models';
export * from './case-log/case-log.store';
export * from './command-counter';
export * from './transient-retry';
