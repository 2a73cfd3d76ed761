import type { Entity } from '../entities/entity';
import { datelineLength } from '../claims/dateline';
import { findEntitiesInTokens, isPluralOfPersonNoun } from '../entities/find-entities';
import { POST_NOMINALS } from '../entities/name-cues';
import { countryOfPersonDemonym } from '../entities/gazetteer';
import { tokenizeSentences, type SentenceTokens } from '../entities/sentence-tokens';
import type { QuoteSpan, Sentence } from '../sentence';
import { isBreakBetween } from '../sources/name-words';
import type { SourceRegistry } from '../sources/source-registry';
import { toSourceRef, type SourceRef } from '../sources/source';
import { PERSON_NOUNS, ROLE_NOUNS, TITLE_WORDS, WORDNET_ORGANISATION_NOUNS } from '../entities/roles';
import { Pos, tagTokens, type PosTags } from '../pos-tags';
import { commaAfter, type Token } from '../tokenizer';
import { BODY_PEOPLE_NOUNS, GERMAN_SPEECH_VERBS, ORGANISATION_NOUNS, SPEECH_LEMMAS, STAFF_WORK } from './attribution-cues';
import { lowerCase } from '../text-chars';
import { staffKindOfPlural } from './staff-occupations';
import { indexTokens } from '../token-index';

/** Everything the attribution steps look up about an article, computed once. */
export interface ArticleContext {
  text: string;
  sentences: readonly Sentence[];
  tokens: Token[];
  /** Sentence s owns tokens[first[s], end[s]). */
  first: Int32Array;
  end: Int32Array;
  /** 1 when the token lies inside direct-quote marks. */
  inQuote: Uint8Array;
  entities: readonly Entity[];
  /** Index into `entities` of the entity covering each token, or -1. */
  entityOf: Int32Array;
  /** 1 when the entity (by index) is named inside a quote. */
  entityQuoted: Uint8Array;
  registry: SourceRegistry;
  /** wink-nlp's part of speech and lemma of each token (`pos.tags[t]`, `pos.lemmas[t]`). */
  pos: PosTags;
}

/**
 * The entity covering token `t`, if any. Reading `entities[-1]` for a token outside every entity is no array read: V8
 * looks up a property named "-1" along the prototype chain, some six hundred instructions a time (callgrind, branch speed16).
 */
export function entityAtToken(context: ArticleContext, t: number): Entity | undefined {
  const index = context.entityOf[t];
  return index !== undefined && index >= 0 ? context.entities[index] : undefined;
}

export function buildArticleContext(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  registry: SourceRegistry,
  entities?: readonly Entity[],
  tokenized?: SentenceTokens,
): ArticleContext {
  const sentenceTokens = tokenized ?? tokenizeSentences(text, sentences);
  const { tokens } = sentenceTokens;
  const found = entities ? [...entities].sort((a, b) => a.start - b.start) : findEntitiesInTokens(text, sentenceTokens, registry);
  const inQuote = markQuotedTokens(tokens, quotes);
  const entityOf = mapEntities(tokens, found);
  const entityQuoted = new Uint8Array(found.length);
  for (let t = tokens.length - 1; t >= 0; t--) {
    const index = entityOf[t] as number;
    if (index >= 0) entityQuoted[index] = inQuote[t] as number;
  }
  return {
    text,
    sentences,
    tokens,
    first: pastDatelines(text, sentences, tokens, sentenceTokens.first, sentenceTokens.end),
    end: sentenceTokens.end,
    inQuote,
    entities: found,
    entityOf,
    entityQuoted,
    registry,
    // Attribution clauses lie outside quote marks: the words inside are not tagged.
    pos: tagTokens(text, tokens, inQuote),
  };
}

/**
 * Where each sentence's own words open: past a wire dateline opening its paragraph ("BRAVEN, Oct 3 (SportsWire) - The
 * federation will …"), which is the publication's and no part of the sentence's grammar, so "its" after "The federation
 * will …" finds the sentence's subject as it would without the dateline.
 */
function pastDatelines(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  first: Int32Array,
  end: Int32Array,
): Int32Array {
  let opening: Int32Array | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    if (s > 0 && (sentences[s - 1] as Sentence).paragraph === sentence.paragraph) continue;
    const length = datelineLength(text.slice(sentence.start, sentence.end));
    if (length === 0) continue;
    let t = first[s] as number;
    while (t < (end[s] as number) - 1 && (tokens[t] as Token).start < sentence.start + length) t++;
    if (t === first[s]) continue;
    opening ??= Int32Array.from(first);
    opening[s] = t;
  }
  return opening ?? first;
}

/** Whether punctuation or a quote mark separates token t from token t + 1. */
/** The tokens of each lower-case word of the article, in text order (`indexTokens`), built on first use. */
export function tokensByLowerCase(context: ArticleContext): ReadonlyMap<string, readonly number[]> {
  let index = TOKENS_BY_LOWER_CASE.get(context);
  if (!index) TOKENS_BY_LOWER_CASE.set(context, (index = indexTokens(context.tokens, (token) => token.lower)));
  return index;
}

const TOKENS_BY_LOWER_CASE = new WeakMap<ArticleContext, Map<string, number[]>>();

/**
 * The last token before token `before` whose lower-case word is `word`, else -1: what `lastMentionBefore` reads from
 * `tokensByLowerCase`, without building that index for an article that asks a few times. A scan back from `before`
 * answers while the article's scans together have read fewer tokens than the article has; past that the index is
 * built and read, so a long text stays linear. The index is a Map of an array for every distinct word (a
 * thirtieth of the engine's allocation on a fixture-sized article, for one or two questions).
 */
export function lastWordBefore(context: ArticleContext, word: string, before: number): number {
  if (!TOKENS_BY_LOWER_CASE.has(context)) {
    const scanned = SCANNED_FOR_WORDS.get(context) ?? 0;
    if (scanned + before <= context.tokens.length) {
      SCANNED_FOR_WORDS.set(context, scanned + before);
      for (let t = before - 1; t >= 0; t--) if ((context.tokens[t] as Token).lower === word) return t;
      return -1;
    }
  }
  return lastMentionBefore(tokensByLowerCase(context).get(word), before);
}

/** Tokens `lastWordBefore` has read by scanning, by article. */
const SCANNED_FOR_WORDS = new WeakMap<ArticleContext, number>();

/**
 * The text's first line, leading white space left out: a transcript's or a page's heading, its masthead or its title.
 * Null for a text of one line, whose only line is its story, not a heading over it.
 */
export function firstLineOf(text: string): string | null {
  let start = 0;
  while (start < text.length && /\s/u.test(text.charAt(start))) start++;
  const end = text.indexOf('\n', start);
  return end < 0 ? null : text.slice(start, end);
}

/** Index of the first token that starts at or after `offset` (tokens are in text order), else the tokens' count (a binary search). */
export function firstTokenFrom(context: ArticleContext, offset: number): number {
  const { tokens } = context;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last entity that starts before `offset` (entities are in text order), or -1. */
export function lastEntityBefore(entities: readonly Entity[], offset: number): number {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entities[mid] as Entity).start < offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The last of `mentions` (token indexes in text order) before token `before`, else -1. */
export function lastMentionBefore(mentions: readonly number[] | undefined, before: number): number {
  if (!mentions) return -1;
  const at = positionOfLastMentionBefore(mentions, before);
  return at >= 0 ? (mentions[at] as number) : -1;
}

/** Where in `mentions` (token indexes in text order) the last one before token `before` stands, else -1 (a binary search). */
export function positionOfLastMentionBefore(mentions: readonly number[], before: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle] as number) < before) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export function breakAfter(context: ArticleContext, t: number): boolean {
  const next = context.tokens[t + 1];
  return next === undefined || isBreakBetween(context.text, context.tokens[t] as Token, next);
}

/** The sentence that owns token t. */
export function sentenceOfToken(context: ArticleContext, t: number): number {
  // Binary search over sentence starts: called once per person mention.
  let low = 0;
  let high = context.first.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((context.first[mid] as number) <= t) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A noun naming a person by what they do: a listed role ("spokeswoman", "Sprecherin") or a noun
 * wink tags as one whose lemma WordNet gives a person sense ("a harbour pilot", "shopkeepers"),
 * also capitalised as a sentence's first word, which wink then tags as a name ("Counsel for X, Name,").
 */
export function isRoleNounAt(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token) return false;
  if (ROLE_NOUNS.has(token.lower) || isCompoundPost(token.lower)) return true;
  // "his opposite number": the person who holds the same post on the other side.
  if (token.lower === 'number' && t > 0 && (context.tokens[t - 1] as Token).lower === 'opposite') return true;
  // "Agency staff said", "Council staff told …": the staff of a kind of body named right before (alone, "staff" is no
  // role: "our staff", "staff shortages").
  // ("Town staff said", "County staff told …": the staff of a local government, which its area's word names)
  if (token.lower === 'staff' && t > 0) {
    const before = (context.tokens[t - 1] as Token).lower;
    if (ORGANISATION_NOUNS.has(before) || LOCAL_GOVERNMENT_AREA_WORDS.has(before)) return true;
  }
  // "Its staff said", "Its field teams reported", "their rescue crews said": a body's people owned by its pronoun.
  if (STAFF_GROUP_NOUNS.has(token.lower) && ownedByPronoun(context, t)) return true;
  // "Security staff said", "Nursery staff told …", "Control room staff said": a body's staff named by their work or
  // where they work, the subject of the verb right after it.
  if (token.lower === 'staff' && namedStaffSubject(context, t)) return true;
  const tag = context.pos.tags[t];
  // ("Counsel for the agency, Name, said": only before a preposition, so a title before a name, "Coach Name", stays one)
  if (tag === Pos.PROPN && context.pos.tags[t + 1] === Pos.ADP && token.capitalised && (context.entityOf[t] as number) < 0) {
    // ("Administrators at the hospital said": a body's people too)
    if (ORGANISATION_NOUNS.has(token.lower) || !(PERSON_NOUNS.has(token.lower) || pluralOfPersonNoun(token.lower))) return false;
    return context.first[sentenceOfToken(context, t)] === t;
  }
  // "Paramedics said", "Detectives say": a plural for people capitalised only because it opens the sentence, before its verb.
  // (the cheap test first: finding the token's sentence is a search; a capitalised word that is not one stays no role below)
  if (token.capitalised && (context.entityOf[t] as number) < 0 && openingPluralOfPeople(context, t))
    return context.first[sentenceOfToken(context, t)] === t;
  // "broadcaster", "monitor": a word the attribution lists as an organisation is one, whatever its person sense.
  if (tag !== Pos.NOUN || token.capitalised || ORGANISATION_NOUNS.has(token.lower)) return false;
  // ("councillors": wink's lemma is the American "councilor", which WordNet's British list lacks; the written plural's
  // singular is the word)
  return PERSON_NOUNS.has(context.pos.lemmas[t] as string) || pluralOfPersonNoun(token.lower);
}

/**
 * Whether a written plural is one for the people who sit on or run a body ("councillors", "administrators",
 * `BODY_PEOPLE_NOUNS`), which wink may lemmatise to a spelling the person nouns lack ("councilor") or tag as a name when it
 * opens a sentence. (Other plurals of people, "Brokers", "Supporters", stay as wink reads them: read as speakers they
 * would be sources on their own, set against any body.)
 */
function pluralOfPersonNoun(lower: string): boolean {
  return BODY_PEOPLE_NOUNS.has(lower) && isPluralOfPersonNoun(lower);
}

/** Words of an area whose government employs staff: "Town staff", "City staff", "County staff", "Borough staff". */
export const LOCAL_GOVERNMENT_AREA_WORDS: ReadonlySet<string> = new Set(['town', 'city', 'county', 'borough', 'municipal']);

/** Nouns for a body's people as a group: "its staff", "its field teams", "their crews". */
const STAFF_GROUP_NOUNS = new Set(['staff', 'team', 'teams', 'crew', 'crews']);

/**
 * Whether "staff" at token t follows a noun or adjective of its own phrase ("Security staff", "veterinary staff", "Control
 * room staff") and comes right before a verb, as a clause's subject does. (Alone, "staff" is no role: "staff shortages",
 * "told staff"; an area's or a body's word before it is read above.)
 */
function namedStaffSubject(context: ArticleContext, t: number): boolean {
  const next = context.pos.tags[t + 1];
  if (t === 0 || breakAfter(context, t - 1) || (next !== Pos.VERB && next !== Pos.AUX)) return false;
  const before = context.pos.tags[t - 1];
  if (before === Pos.NOUN || before === Pos.ADJ) return true;
  // ("Security staff said" opening a sentence: wink may tag the capitalised modifier a name; one outside any entity)
  return before === Pos.PROPN && (context.entityOf[t - 1] as number) < 0 && context.first[sentenceOfToken(context, t - 1)] === t - 1;
}

/** Whether "its" or "their" opens the noun phrase ending at token t, with at most one noun or adjective between. */
function ownedByPronoun(context: ArticleContext, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 2; k--) {
    const lower = (context.tokens[k] as Token).lower;
    if (lower === 'its' || lower === 'their') return true;
    const tag = context.pos.tags[k];
    if ((tag !== Pos.NOUN && tag !== Pos.ADJ) || breakAfter(context, k)) return false;
  }
  return false;
}

/**
 * Whether token t, a capitalised word opening its sentence, is the plural of an occupation a kind of body employs
 * (`STAFF_WORK`: "Paramedics", "Detectives") followed by a verb. Lay groups ("Supporters", "Fans") are left alone: they
 * speak for no body.
 */
function openingPluralOfPeople(context: ArticleContext, t: number): boolean {
  const lower = (context.tokens[t] as Token).lower;
  const next = context.pos.tags[t + 1];
  if (!lower.endsWith('s') || (next !== Pos.VERB && next !== Pos.AUX)) return false;
  // ("Councillors said", "Administrators said": wink tags an opening plural it does not know a name; a body's people
  // before a speech verb are the people, as "Residents said" is)
  // ("Orderlies said", "Midwives told …": an occupation WordNet puts among a body's staff, `staffKindOfPlural`; "Ramblers
  // said" stays as wink reads it)
  return (
    STAFF_WORK.has(lower.slice(0, -1)) ||
    (isTaggedSpeechVerb(context, t + 1) && (pluralOfPersonNoun(lower) || staffKindOfPlural(lower) !== null))
  );
}

/** Words that open a hyphenated post before a role noun: "vice-chancellor", "co-founder", "deputy-governor". */
const POST_PREFIXES = new Set(['vice', 'deputy', 'co', 'acting', 'assistant', 'under', 'pro']);

/**
 * "director-general", "secretary-general", "vice-chancellor", "attorney-general": a hyphenated post whose last part is a
 * role noun and whose other parts are role nouns or a post's prefix.
 */
function isCompoundPost(lower: string): boolean {
  const parts = lower.split('-');
  // ("co-operative" is the British spelling of the organisation noun "cooperative", not a co-operative's worker)
  if (parts.length < 2 || parts.length > 3 || ORGANISATION_NOUNS.has(parts.join(''))) return false;
  const last = parts[parts.length - 1] as string;
  if (!ROLE_NOUNS.has(last) && !PERSON_NOUNS.has(last)) return false;
  return parts.slice(0, -1).every((part) => POST_PREFIXES.has(part) || ROLE_NOUNS.has(part));
}

/**
 * A noun that describes a person met before by what she is rather than the post she holds: her age ("the
 * 47-year-old") or her nationality ("the Spaniard", "the Italian"). A definite one points back to the person in
 * focus (`Attributor.personInFocus`), never names someone new.
 */
export function isDescriptorNounAt(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token) return false;
  if (/^\d+-year-old$/u.test(token.lower)) return true;
  return token.capitalised && countryOfPersonDemonym(token.lower) !== null && PERSON_NOUNS.has(token.lower);
}

/**
 * A rank or honorific before a name: a listed one ("Dr", "General", "Cllr"), or a short abbreviation right before a
 * person's name that is no part of it ("Cr" in "Cr Aldo Tasselby", a rank in capitals: "CSP" in "CSP Ana Roe"; the entity
 * finder leaves such titles out once the text shows them to be titles).
 */
export function isTitleAt(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token) return false;
  if (TITLE_WORDS.has(token.lower)) return true;
  if (!/^(?:[A-Z][a-z]{1,3}\.?|[A-Z]{2,4})$/u.test(token.text) || (context.entityOf[t] as number) >= 0 || breakAfter(context, t))
    return false;
  const next = context.entities[context.entityOf[t + 1] as number];
  return next !== undefined && next.type === 'person' && next.start === context.tokens[t + 1]!.start;
}

/** A noun naming an organisation or a group by its lemma ("groups", "agencies", "Police" opening a sentence). */
export function isOrganisationNounAt(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token) return false;
  const tag = context.pos.tags[t];
  // "according to police": wink reads the noun after "to" as a verb.
  if (tag === Pos.VERB && ORGANISATION_NOUNS.has(token.lower) && context.tokens[t - 1]?.lower === 'to') return true;
  if (tag !== Pos.NOUN && tag !== Pos.PROPN) return false;
  if (ORGANISATION_NOUNS.has(token.lower) || ORGANISATION_NOUNS.has(lowerCase(context.pos.lemmas[t] as string))) return true;
  // "the coastguard", "the carmaker": WordNet's organisations beyond the listed nouns, by lemma.
  if (tag === Pos.NOUN && WORDNET_ORGANISATION_NOUNS.has(lowerCase(context.pos.lemmas[t] as string))) return true;
  // wink gives a capitalised plural opening a sentence ("Charities said …") as its own lemma.
  return (
    tag === Pos.PROPN &&
    token.lower.endsWith('s') &&
    ORGANISATION_NOUNS.has(token.lower.replace(/(?:ies|s)$/, (end) => (end === 'ies' ? 'y' : '')))
  );
}

/**
 * A verb of saying by its own tag and lemma ("insists", "tweeted"), not a gerund ("saying" heads no
 * clause with a subject before it); German verbs by their written forms (the model is English). The
 * cue finder also reads mistagged "-s"/"-ed" forms after a noun, which needs the sentence around them.
 */
export function isTaggedSpeechVerb(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token) return false;
  if (GERMAN_SPEECH_VERBS.has(token.lower)) return true;
  return context.pos.tags[t] === Pos.VERB && SPEECH_LEMMAS.has(context.pos.lemmas[t] as string) && !token.lower.endsWith('ing');
}

function markQuotedTokens(tokens: readonly Token[], quotes: readonly QuoteSpan[]): Uint8Array {
  const inQuote = new Uint8Array(tokens.length);
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  let q = 0;
  tokens.forEach((token, t) => {
    while (q < spans.length && (spans[q] as QuoteSpan).end <= token.start) q++;
    const span = spans[q];
    if (span && span.start < token.start && token.start < span.end) inQuote[t] = 1;
  });
  return inQuote;
}

function mapEntities(tokens: readonly Token[], entities: readonly Entity[]): Int32Array {
  const entityOf = new Int32Array(tokens.length).fill(-1);
  // The entities' offsets read once: entities come in several shapes, so a read per token would be a slow generic one.
  const starts = Int32Array.from(entities, (entity) => entity.start);
  const ends = Int32Array.from(entities, (entity) => entity.end);
  let e = 0; // entities are in text order and never overlap
  tokens.forEach((token, t) => {
    while (e < entities.length && (ends[e] as number) <= token.start) e++;
    if (e < entities.length && (starts[e] as number) < token.end) entityOf[t] = e;
    // "Simon Adair KC": letters after a person's name belong to her name's tokens, not to its text.
    else if (token.capitalised && t > 0 && (entityOf[t - 1] as number) >= 0 && POST_NOMINALS.has(token.text)) {
      const before = entities[entityOf[t - 1] as number] as Entity;
      if (before.type === 'person' && before.end === (tokens[t - 1] as Token).end && token.start === before.end + 1)
        entityOf[t] = entityOf[t - 1] as number;
    }
  });
  return entityOf;
}

/** "of the campaign group X": at most this many lower-case words describing an organisation before its name. */
const MAX_ORGANISATION_DESCRIPTION = 3;

/**
 * Whether an organisation's name opens at token t, after an optional "the" ("of the Tenants' Union", "at Elm Park
 * Elementary") and a lower-case description ending in an organisation noun ("of the campaign group X", "at
 * engineering firm X").
 */
export function organisationOpensAt(context: ArticleContext, t: number): boolean {
  return organisationOpeningAt(context, t) !== null;
}

/** The organisation whose name opens at token t as `organisationOpensAt` reads it, or null. */
export function organisationOpeningAt(context: ArticleContext, t: number): Entity | null {
  let k = context.tokens[t]?.lower === 'the' ? t + 1 : t;
  let d = k;
  while (d - k < MAX_ORGANISATION_DESCRIPTION && isLowerNominalAt(context, d)) d++;
  if (d > k && isOrganisationNounAt(context, d - 1)) k = d;
  const entity = context.entities[context.entityOf[k] ?? -1];
  if (entity?.type === 'organisation') return entity;
  // "at the consortium's lead partner, Wadden Technical University": a description, then the name in apposition to it.
  for (let e = k; e - k < MAX_ORGANISATION_DESCRIPTION; e++) {
    const token = context.tokens[e];
    const tag = context.pos.tags[e];
    // (a word wink may tag a verb counts: "the consortium's lead partner")
    if (!token || token.capitalised || (context.entityOf[e] as number) >= 0 || (tag !== Pos.NOUN && tag !== Pos.ADJ && tag !== Pos.VERB))
      return null;
    if (!breakAfter(context, e)) continue;
    const next = context.tokens[e + 1];
    const apposed = next && commaAfter(context.text, context.tokens, e) ? context.entities[context.entityOf[e + 1] ?? -1] : undefined;
    return apposed?.type === 'organisation' && apposed.start === next?.start ? apposed : null;
  }
  return null;
}

/** A lower-case noun or adjective outside any name, with no break after it: a word of a description. */
function isLowerNominalAt(context: ArticleContext, t: number): boolean {
  const token = context.tokens[t];
  if (!token || token.capitalised || (context.entityOf[t] as number) >= 0 || breakAfter(context, t)) return false;
  const tag = context.pos.tags[t];
  return tag === Pos.NOUN || tag === Pos.ADJ;
}

/** The registry's source for an entity it recognised, else null. */
export function sourceOfEntity(registry: SourceRegistry, entity: Entity): SourceRef | null {
  const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
  return record ? toSourceRef(record) : null;
}
