export * from './documentAsRejected';
export * from './listSuggestions';
export * from './resolveSuggestions';
export * from './suggestionNodes';
