export * from './act-authority';
export * from './authorize-act';
export * from './not-signatory.error';
