import { boundedMemo } from '../bounded-memo';
import { NameMatcher } from '../sources/name-matcher';
import { normaliseNameWord } from '../sources/name-words';
import type { SourceRecord } from '../sources/source';
import type { SourceRegistry } from '../sources/source-registry';
import type { EntityType } from './entity';
import organisationsJson from './organisations.json';
import placesJson from './places.json';

export type PlaceKind = 'country' | 'city' | 'region';

/** A place as stored in places.json. */
export interface PlaceRecord {
  name: string;
  kind: PlaceKind;
  country: string | null;
  aliases: readonly string[];
  /** Countries: adjectives and nouns for their people ("Norwegian", "Chilean"). */
  demonyms?: readonly string[];
  /** Countries and capitals: the source id of the government the name can stand for. */
  government?: string;
  capital?: boolean;
}

/** A named organisation that is not a source (armed groups, parties, companies), from organisations.json. */
export interface OrganisationRecord {
  name: string;
  country: string | null;
  aliases: readonly string[];
}

/** What a gazetteer name stands for. */
export interface GazetteerEntry {
  type: EntityType;
  source?: SourceRecord;
  place?: PlaceRecord;
  organisation?: OrganisationRecord;
}

export const PLACES: readonly PlaceRecord[] = placesJson as unknown as PlaceRecord[];
export const NAMED_ORGANISATIONS: readonly OrganisationRecord[] = organisationsJson as unknown as OrganisationRecord[];

const COUNTRY_BY_DEMONYM = new Map<string, string>();
const DEMONYM_BY_COUNTRY = new Map<string, string>();
const COUNTRY_BY_CODE = new Map<string, PlaceRecord>();
for (const place of PLACES) {
  if (place.kind !== 'country' || !place.country) continue;
  COUNTRY_BY_CODE.set(place.country, place);
  for (const demonym of place.demonyms ?? []) {
    const key = normaliseNameWord(demonym).key;
    COUNTRY_BY_DEMONYM.set(key, place.country);
    if (!DEMONYM_BY_COUNTRY.has(place.country)) DEMONYM_BY_COUNTRY.set(place.country, demonym);
  }
}

/**
 * The country a demonym names: "Norwegian", "norwegians", "Chilean’s" → NO, NO, CL.
 * Demonyms are not places, but they give people and organisations a nationality.
 * Only one-word demonyms ("North Korean" is left to the gazetteer).
 */
export const countryOfDemonym = boundedMemo((word: string): string | null => {
  const { key } = normaliseNameWord(word);
  const direct = COUNTRY_BY_DEMONYM.get(key);
  if (direct) return direct;
  if (key.length > 3 && key.endsWith('s')) return COUNTRY_BY_DEMONYM.get(key.slice(0, -1)) ?? null;
  return null;
});

/**
 * Nouns for a person of a country where they differ from its adjective ("the Spaniard", "the Dane"), by country code.
 * Read only where a description points to a person ("said the Spaniard"), never inside names: "Jo Danes" is no Dane.
 */
const PERSON_DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ES: ['spaniard'],
    DK: ['dane'],
    GB: ['briton', 'englishman', 'englishwoman', 'scot', 'scotsman', 'scotswoman', 'welshman', 'welshwoman'],
    FR: ['frenchman', 'frenchwoman'],
    SE: ['swede'],
    FI: ['finn'],
    NL: ['dutchman', 'dutchwoman'],
    IE: ['irishman', 'irishwoman'],
    PL: ['pole'],
    TR: ['turk'],
  }).flatMap(([country, nouns]) => nouns.map((noun): [string, string] => [noun, country])),
);

/** The country of a demonym or of a noun for one of its people ("Spaniard" → ES), or null. */
export function countryOfPersonDemonym(word: string): string | null {
  return countryOfDemonym(word) ?? PERSON_DEMONYMS.get(word.toLowerCase()) ?? null;
}

/** The main demonym of a country ("NO" → "Norwegian"), or null. */
export function demonymOf(country: string): string | null {
  return DEMONYM_BY_COUNTRY.get(country) ?? null;
}

/** The country record for an ISO code. */
export function countryPlace(country: string): PlaceRecord | undefined {
  return COUNTRY_BY_CODE.get(country);
}

const MATCHERS = new WeakMap<SourceRegistry, NameMatcher<GazetteerEntry>>();

/**
 * One trie over every name the entity finder knows: sources first (so a
 * source wins a tie), then other organisations, then places. Built once per
 * registry and cached.
 */
export function gazetteerMatcher(registry: SourceRegistry): NameMatcher<GazetteerEntry> {
  const cached = MATCHERS.get(registry);
  if (cached) return cached;
  const matcher = new NameMatcher<GazetteerEntry>();
  for (const source of registry.records) {
    const entry: GazetteerEntry = { type: source.kind === 'person' ? 'person' : 'organisation', source };
    for (const alias of [source.name, ...source.aliases]) matcher.add(alias, entry);
  }
  for (const organisation of NAMED_ORGANISATIONS) {
    const entry: GazetteerEntry = { type: 'organisation', organisation };
    for (const alias of [organisation.name, ...organisation.aliases]) matcher.add(alias, entry);
  }
  for (const place of PLACES) {
    const entry: GazetteerEntry = { type: 'place', place };
    for (const alias of [place.name, ...place.aliases]) matcher.add(alias, entry);
  }
  MATCHERS.set(registry, matcher);
  return matcher;
}
