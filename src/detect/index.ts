/** Public API of article and topic detection, for the content script and the tools. */
export { classifyPage, type PageVerdict } from './classify-page';
export { compileLexicon, fromStoredLexicon, toStoredLexicon, type StoredLexicon } from './compile-lexicon';
export { isCandidateUrl } from './url-signals';
