export * from './logger';
export * from './mongo-connection';
export * from './deterministic-id';
export * from './case-aggregate/case-aggregate.types';
export * from './case-aggregate/case-aggregate.model';
export * from './case-aggregate/case-errors';
export * from './case-aggregate/case-aggregate.repository';
export * from './case-aggregate/update-case';
