import { boundedMemo } from '../bounded-memo';
import { tokenize } from '../tokenizer';
import { NameMatcher } from './name-matcher';
import { nameWordsOf, nameWordsOfText, type NameWord } from './name-words';
import { SOURCE_KINDS, toSourceRef, type SourceMention, type SourceRecord, type SourceRef } from './source';
import sourcesJson from './sources.json';

/**
 * The known sources and every way to look them up. Immutable once built, so
 * one registry can be shared by every extraction (and cached against).
 */
export interface SourceRegistry {
  readonly records: readonly SourceRecord[];
  /** The record with this id, if any. */
  get(id: string): SourceRecord | undefined;
  /**
   * The source a whole name stands for ("the Norwegian military" → Norwegian
   * Ministry of Defence), or null. Case-insensitive except for acronyms
   * ("WHO" yes, "who" no); ignores a leading "the", possessives, hyphens, dots,
   * diacritics and defence/defense-style spelling. O(length of the name).
   */
  resolve(name: string): SourceRef | null;
  /** Every alias named in `text`, longest first, left to right, on word boundaries. */
  findMentions(text: string): SourceMention[];
  /** The alias trie, for scanners that already have the text's name words (entities). */
  readonly matcher: NameMatcher<SourceRecord>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const KINDS: ReadonlySet<string> = new Set(SOURCE_KINDS);

/**
 * A registry of the curated sources plus `extra` ones (e.g. loaded from the
 * database). An extra record with the id of a curated one replaces it; a
 * later alias never takes a name from an earlier record. Throws a TypeError
 * naming the bad field when a record is malformed.
 */
export function createSourceRegistry(extra: readonly SourceRecord[] = []): SourceRegistry {
  const byId = new Map<string, SourceRecord>();
  for (const record of CURATED_SOURCES) byId.set(record.id, record);
  extra.forEach((record, index) => {
    validateSourceRecord(record, index);
    byId.set(record.id, record);
  });
  return buildRegistry([...byId.values()]);
}

export function validateSourceRecord(record: SourceRecord, index = 0): void {
  if (typeof record !== 'object' || record === null) throw new TypeError(`source record ${index}: must be an object`);
  const where = `source record ${index}${typeof record.id === 'string' ? ` (${record.id})` : ''}`;
  if (typeof record.id !== 'string' || !SLUG.test(record.id)) throw new TypeError(`${where}: id must be a lower-case slug`);
  if (typeof record.name !== 'string' || record.name.trim() === '') throw new TypeError(`${where}: name must be a non-empty string`);
  if (!KINDS.has(record.kind)) throw new TypeError(`${where}: kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if (record.country !== null && (typeof record.country !== 'string' || !COUNTRY_CODE.test(record.country))) {
    throw new TypeError(`${where}: country must be an ISO 3166-1 alpha-2 code or null`);
  }
  if (!Array.isArray(record.aliases) || record.aliases.some((alias) => typeof alias !== 'string')) {
    throw new TypeError(`${where}: aliases must be an array of strings`);
  }
}

function buildRegistry(records: readonly SourceRecord[]): SourceRegistry {
  const byId = new Map<string, SourceRecord>();
  const byKey = new Map<string, KeyedAlias>();
  const matcher = new NameMatcher<SourceRecord>();
  for (const record of records) {
    byId.set(record.id, record);
    for (const alias of [record.name, ...record.aliases]) {
      const words = wordsWithoutArticle(nameWordsOfText(alias));
      const key = keyOf(words);
      if (key && !byKey.has(key)) byKey.set(key, { record, acronyms: words.map((word) => word.acronym) });
      matcher.add(alias, record);
    }
  }
  // The same names are resolved again and again; a fresh SourceRef each time, as callers own it.
  const recordOfName = boundedMemo((name: string): SourceRecord | null => {
    const words = wordsWithoutArticle(nameWordsOfText(name));
    const alias = byKey.get(keyOf(words));
    // "who" is not the WHO: acronym words must be written in capitals, as in running text.
    if (!alias || alias.acronyms.some((acronym, i) => acronym && !(words[i] as NameWord).acronym)) return null;
    return alias.record;
  });
  return {
    records,
    matcher,
    get: (id) => byId.get(id),
    resolve(name: string): SourceRef | null {
      if (typeof name !== 'string') return null;
      const record = recordOfName(name);
      return record && toSourceRef(record);
    },
    findMentions(text: string): SourceMention[] {
      if (typeof text !== 'string') return [];
      const words = nameWordsOf(text, tokenize(text));
      return matcher.scan(words).map((match) => {
        const start = (words[match.startWord] as NameWord).start;
        const end = (words[match.endWord - 1] as NameWord).end;
        return { text: text.slice(start, end), start, end, source: toSourceRef(match.payload) };
      });
    },
  };
}

interface KeyedAlias {
  record: SourceRecord;
  /** Per word of the alias: an acronym that must be written in capitals. */
  acronyms: boolean[];
}

function wordsWithoutArticle(words: NameWord[]): NameWord[] {
  return words.length > 1 && (words[0] as NameWord).key === 'the' ? words.slice(1) : words;
}

function keyOf(words: readonly NameWord[]): string {
  return words.map((word) => word.key).join(' ');
}

/** sources.json, checked once at load: a broken data file fails loudly at start-up, not mid-extraction. */
const CURATED_SOURCES: readonly SourceRecord[] = (sourcesJson as unknown as SourceRecord[]).map((record, index) => {
  validateSourceRecord(record, index);
  return record;
});

/** The curated sources only. */
export const defaultSourceRegistry: SourceRegistry = buildRegistry(CURATED_SOURCES);

/** `defaultSourceRegistry.resolve`: the canonical source for a name, or null. */
export function resolveSource(name: string): SourceRef | null {
  return defaultSourceRegistry.resolve(name);
}

/** `defaultSourceRegistry.findMentions`. */
export function findSourceMentions(text: string): SourceMention[] {
  return defaultSourceRegistry.findMentions(text);
}
