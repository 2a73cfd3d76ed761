// "Technicians at the agency's repair workshop said", "drivers at the county's north depot said": a group of a body's
// people named by the place they work in, a place the phrase gives as the body's own through a possessive of a body's
// noun. The group speaks for that body, as "officials at the agency" would; the place itself (a workshop, a depot, a
// shop, a ward) is no organisation of its own.
import type { Token } from '../tokenizer';
import { WORDNET_ORGANISATION_NOUNS } from '../entities/roles';
import { isNounPhraseWord, Pos } from '../pos-tags';
import { endsWithPossessiveS, lowerCase } from '../text-chars';
import { normaliseName } from '../sources/name-words';
import type { Entity } from '../entities/entity';
import { LOCAL_GOVERNMENT_AREA_WORDS, positionOfLastMentionBefore, tokensByLowerCase, type ArticleContext } from './article-context';
import { ORGANISATION_NOUNS } from './attribution-cues';

/**
 * Nouns of bodies named by the area or the works they run, beyond the organisation nouns ("the district's plant", "the
 * railway's yard"): each stands for a body whose name holds it.
 */
const AREA_AND_WORKS_BODY_NOUNS: ReadonlySet<string> = new Set(['district', 'shire', 'parish', 'railway', 'port']);

/** A noun that names a body or a local government's area ("trust", "agency", "county", "railway"), possessive dropped. */
export function isBodyOwnerWord(word: string): boolean {
  return (
    ORGANISATION_NOUNS.has(word) ||
    LOCAL_GOVERNMENT_AREA_WORDS.has(word) ||
    AREA_AND_WORKS_BODY_NOUNS.has(word) ||
    WORDNET_ORGANISATION_NOUNS.has(word)
  );
}

/**
 * The body noun owning the place that tokens `from`..`last` name ("the county's Lintby ambulance base" → "county"):
 * the phrase opens with "the" and a possessive body noun, and every word after it is a word of a noun phrase (a
 * place's name and its nouns; no verb or clause) up to the end or to a preposition saying where the place is. Null for any other phrase and for a
 * person's possessive ("the nurse's car").
 */
export function workplaceOwner(context: ArticleContext, from: number, last: number): string | null {
  const { tokens, pos } = context;
  if (from + 2 > last || (tokens[from] as Token).lower !== 'the') return null;
  const owner = tokens[from + 1] as Token;
  if (!endsWithPossessiveS(owner.text) || owner.capitalised) return null;
  const word = lowerCase(owner.lower.slice(0, -2));
  if (!isBodyOwnerWord(word)) return null;
  for (let t = from + 2; t <= last; t++) {
    const tag = pos.tags[t] as number;
    // ("the county's depot in Lintby": where the place is ends it)
    if (tag === Pos.ADP && t > from + 2) break;
    if (!isNounPhraseWord(tag)) return null;
  }
  return word;
}

/** How many earlier mentions of the owner's noun are tried for one inside a body's name. */
const MAX_OWNER_MENTIONS = 12;

/**
 * The body the text named before token `before` whose name holds the owner's noun ("county" → "Lintby County Council"):
 * the last mention of the word, outside quotes, inside an organisation's name of more than that word. Looked up in the article's index of
 * lower-case words, so each phrase costs a binary search and a few steps back. Null when none is named: the noun alone
 * is left to the caller.
 */
export function bodyNamedForOwner(context: ArticleContext, owner: string, before: number): Entity | null {
  const mentions = tokensByLowerCase(context).get(owner);
  if (!mentions) return null;
  const last = positionOfLastMentionBefore(mentions, before);
  for (let i = last; i >= 0 && i > last - MAX_OWNER_MENTIONS; i--) {
    const m = mentions[i] as number;
    const index = context.entityOf[m] as number;
    if (index < 0 || context.inQuote[m]) continue;
    const entity = context.entities[index] as Entity;
    // (a name of more words than the noun: "County" alone, a word opening a post, names no body)
    if (entity.type === 'organisation' && normaliseName(entity.text).split(' ').length > 1) return entity;
  }
  return null;
}

/**
 * "Riveters at the NAME plating shop", "Apprentices at the NAME office in Tarvey": the capitalised name between "the" (token
 * `from`) and the lower-case words of a noun phrase naming a place (to the end or to a preposition saying where it is),
 * as the first and last token of the name; null for any other phrase. Whose name it is is the caller's question (a body
 * running the place, or a place: "the Pellmore Street depot").
 */
export function workplaceOwnerName(context: ArticleContext, from: number, last: number): [number, number] | null {
  const { tokens, pos } = context;
  if (from + 2 > last || (tokens[from] as Token).lower !== 'the') return null;
  let end = from + 1;
  while (end <= last && (tokens[end] as Token).capitalised) end++;
  // (a name, then at least one lower-case word: "the NAME yard"; a possessive name is `workplaceOwner`'s shape, by a name)
  if (end === from + 1 || end > last || endsWithPossessiveS((tokens[end - 1] as Token).text)) return null;
  for (let t = end; t <= last; t++) {
    const tag = pos.tags[t] as number;
    if (tag === Pos.ADP && t > end) break;
    if ((tokens[t] as Token).capitalised || !isNounPhraseWord(tag)) return null;
  }
  return [from + 1, end - 1];
}
