export * from './applicability-codes';
export * from './applicability-facts';
