// Sources: normalised actors and publishers (sources.json), and how texts name them.
export { SOURCE_KINDS, toSourceRef } from './source';
export type { Gender, SourceKind, SourceMention, SourceRecord, SourceRef } from './source';
export { createSourceRegistry, defaultSourceRegistry, findSourceMentions, resolveSource, validateSourceRecord } from './source-registry';
export type { SourceRegistry } from './source-registry';
export { NameMatcher } from './name-matcher';
export type { NameMatch } from './name-matcher';
export { nameWordsOf, nameWordsOfText, normaliseName, normaliseNameWord, isBreakBetween } from './name-words';
export type { NameWord } from './name-words';
