// Resolution 755 as code. Pure: no I/O, no clock; every date is an input.
export * from './common/citation';
export * from './common/localized-text';
export * from './common/rule-violation';
export * from './common/legal-date';
export * from './common/dated-parameter';
export * from './calendar';
export * from './organizations';
export * from './applicability';
export * from './eligibility';
export * from './documents';
export * from './pay';
export * from './parameters';
export * from './deadlines';
export * from './routing';
export * from './procedures';
export * from './samples/eligible-candidate';
export * from './samples/sample-calendar-year';
