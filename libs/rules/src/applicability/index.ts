export * from './applicability-codes';
export * from './applicability-facts';
export * from './select-rule-set';
