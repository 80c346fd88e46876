export * from './document-kind';
export * from './check-document-package';
