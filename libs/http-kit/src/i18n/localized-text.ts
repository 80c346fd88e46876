// The three languages of every text the API returns; a rule's text from `@sx/rules` passes straight through.
export { LANGUAGES, type Language, type LocalizedText } from '@sx/rules';
