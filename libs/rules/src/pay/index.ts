export * from './pay.types';
export * from './pay-codes';
