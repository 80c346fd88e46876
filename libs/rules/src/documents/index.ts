export * from './document-kind';
