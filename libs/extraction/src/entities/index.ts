// Entities: people, organisations and places named in a text.
export { ENTITY_TYPES } from './entity';
export type { Entity, EntityType } from './entity';
export { findEntities, findEntitiesInTokens } from './find-entities';
export type { FindEntitiesOptions } from './find-entities';
export { countryOfDemonym, countryPlace, demonymOf, NAMED_ORGANISATIONS, PLACES } from './gazetteer';
export type { OrganisationRecord, PlaceKind, PlaceRecord } from './gazetteer';
export { guessGender, isKnownFirstName } from './gender';
export { tokenizeSentences } from './sentence-tokens';
export type { SentenceTokens } from './sentence-tokens';
