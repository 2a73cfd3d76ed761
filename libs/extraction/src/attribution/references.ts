import type { Gender } from '../sources/source';
import { Pos } from '../pos-tags';
import { normaliseName } from '../sources/name-words';
import { endsWithPossessiveS } from '../text-chars';
import type { Token } from '../tokenizer';
import { sentenceOfToken, type ArticleContext } from './article-context';
import type { Attribution } from './attribution';
import { DIPLOMAT_ROLES, ORGANISATION_NOUN_KINDS, SUBORDINATE_POST_WORDS } from './attribution-cues';
import type { PersonProfiles } from './person-profiles';
import type { Actor, PersonDraft, SpeakerReference } from './speaker-phrase';

/** A sentence whose speaker is known, as later sentences may refer back to it. */
export interface AttributionEvent {
  sentence: number;
  paragraph: number;
  attribution: Attribution;
  /** Gender of the (first) speaker when known. */
  gender: Gender | null;
  /** Countries of the speaker and their organisation. */
  countries: readonly string[];
}

/** Nouns that fit any earlier speaker ("the official", "the politicians"); an office ("the mayor") fits only a speaker holding it. */
const GENERIC_PERSON_NOUNS = new Set([
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'sources',
  'politician',
  'politicians',
  'diplomat',
  'diplomats',
]);

/** "he said" and "the ministry said" look this many attributed sentences back, no further. */
const MAX_EVENTS_BACK = 12;

/**
 * The earlier attribution a pronoun or referring phrase points to, or null.
 * - "he" / "she": the nearest earlier speaker whose gender fits (unknown fits);
 * - "they": the nearest group of speakers or organisation; "it": the nearest organisation;
 * - "the statement" (and report, release …): the nearest earlier attribution;
 * - "the ministry" (organisation nouns): the nearest organisation whose name has the
 *   noun ("ministry", "center"), or whose kind fits ("the military" → kind military);
 * - "the diplomat", "the opposition lawmakers" (role nouns): the nearest earlier
 *   person speaker of fitting gender and nationality, preferring one whose role
 *   fits and, for plurals, a group.
 */
export function resolveReference(actor: Actor, history: readonly AttributionEvent[]): AttributionEvent | null {
  const recent = history.slice(-MAX_EVENTS_BACK).reverse();
  if (actor.kind === 'pronoun') return resolvePronoun(actor.pronoun, recent);
  if (actor.kind === 'back-reference' && actor.reference) return resolveNoun(actor.reference, recent);
  return null;
}

/** The speaker "he" or "she" stands for among the events before sentence s (see `resolveReference`). */
export function pronounSpeakerBefore(pronoun: 'he' | 'she', history: readonly AttributionEvent[], s: number): AttributionEvent | null {
  let end = history.length;
  while (end > 0 && (history[end - 1] as AttributionEvent).sentence >= s) end--;
  return resolvePronoun(pronoun, history.slice(Math.max(0, end - MAX_EVENTS_BACK), end).reverse());
}

function resolvePronoun(pronoun: Actor['pronoun'], recent: readonly AttributionEvent[]): AttributionEvent | null {
  switch (pronoun) {
    case 'he':
    case 'she': {
      const wanted: Gender = pronoun === 'he' ? 'male' : 'female';
      // A named speaker of fitting (or unknown) gender, or an unnamed one whose role says the gender ("a spokeswoman").
      return (
        recent.find(
          (event) =>
            (event.attribution.speaker !== null && (event.gender === null || event.gender === wanted)) ||
            (event.attribution.speaker === null && event.attribution.role !== null && event.gender === wanted),
        ) ?? null
      );
    }
    case 'they':
      return recent.find((event) => event.attribution.coSpeakers.length > 0 || isOrganisationOnly(event)) ?? null;
    case 'it':
      return recent.find(isOrganisationOnly) ?? null;
    default:
      return null;
  }
}

function resolveNoun(reference: SpeakerReference, recent: readonly AttributionEvent[]): AttributionEvent | null {
  const fitsCountry = (event: AttributionEvent): boolean =>
    reference.nationality === null || event.countries.includes(reference.nationality);
  switch (reference.category) {
    case 'document':
      return recent.find((event) => hasSpeakerOrOrganisation(event) && fitsCountry(event)) ?? null;
    case 'organisation':
      return recent.find((event) => organisationFits(event, reference.noun) && fitsCountry(event)) ?? null;
    case 'person': {
      const people = recent.filter(
        (event) =>
          event.attribution.speaker !== null &&
          fitsCountry(event) &&
          (reference.gender === null || event.gender === null || event.gender === reference.gender),
      );
      const groups = reference.plural ? people.filter((event) => event.attribution.coSpeakers.length > 0) : [];
      const pool = groups.length > 0 ? groups : people;
      // "the mayor" is never a speaker known under another role.
      const fitting = pool.find((event) => roleFits(event, reference.noun));
      if (fitting) return fitting;
      // "according to researchers at X … The researchers said": people named by that role alone, no one by name.
      const unnamed = recent.find(
        (event) =>
          event.attribution.speaker === null && event.attribution.role !== null && fitsCountry(event) && roleFits(event, reference.noun),
      );
      return unnamed ?? (GENERIC_PERSON_NOUNS.has(reference.noun) ? (pool[0] ?? null) : null);
    }
  }
}

function hasSpeakerOrOrganisation(event: AttributionEvent): boolean {
  return event.attribution.speaker !== null || event.attribution.organisation !== null;
}

function isOrganisationOnly(event: AttributionEvent): boolean {
  return event.attribution.speaker === null && event.attribution.organisation !== null;
}

function organisationFits(event: AttributionEvent, noun: string): boolean {
  const { organisation, source } = event.attribution;
  if (organisation === null && source === null) return false;
  const key = normaliseName(noun);
  const names = `${normaliseName(organisation ?? '')} ${normaliseName(source?.name ?? '')}`;
  if (names.split(' ').includes(key) || names.split(' ').includes(key.replace(/s$/, ''))) return true;
  const kind = ORGANISATION_NOUN_KINDS.get(noun);
  return kind !== undefined && source?.kind === kind;
}

/** Shortest role word a gendered form may extend ("chair" → "chairwoman"). */
const MIN_POST_STEM = 4;

/** "the diplomat" → an envoy, a foreign minister or a foreign-ministry spokesperson; "the spokesman" → a spokesman. */
function roleFits(event: AttributionEvent, noun: string): boolean {
  const role = (event.attribution.role ?? '').toLowerCase();
  const singular = noun.replace(/s$/, '');
  // "the chief executive" is not the "deputy chief executive" (nor "the director" the "assistant director").
  const first = /^[a-z]+/u.exec(role)?.[0] ?? '';
  if (SUBORDINATE_POST_WORDS.has(first) && !singular.includes(first)) return false;
  if (role.includes(singular)) return true;
  // "the chairwoman", "the chairman" for a chair.
  if (
    role
      .split(' ')
      .some(
        (word) => word.length >= MIN_POST_STEM && /^(?:man|woman|person)$/u.test(singular.slice(word.length)) && singular.startsWith(word),
      )
  )
    return true;
  if (singular !== 'diplomat') return false;
  return role.split(' ').some((word) => DIPLOMAT_ROLES.has(word)) || /foreign/i.test(event.attribution.source?.name ?? '');
}

/**
 * The person sentence s opens with as its subject, outside quotes ("Dersh laughed when …",
 * "Dr. Jane Roe shook her head."), or null: a quote that follows such a sentence with no
 * attribution of its own is that person's (the news convention of an action before a quote).
 */
/**
 * "She laughs.", "He paused for a long time.": the personal pronoun sentence s opens with as its subject outside quotes,
 * a verb right after it; else null. A quote that follows such a sentence is the words of the person it stands for.
 */
export function subjectPronoun(context: ArticleContext, s: number): 'he' | 'she' | null {
  const first = context.first[s] as number;
  if (first + 1 >= (context.end[s] as number) || context.inQuote[first]) return null;
  const lower = (context.tokens[first] as Token).lower;
  if (lower !== 'he' && lower !== 'she') return null;
  const tag = context.pos.tags[first + 1];
  return tag === Pos.VERB || tag === Pos.AUX ? lower : null;
}

export function subjectPerson(context: ArticleContext, s: number, profiles: PersonProfiles): PersonDraft | null {
  const { tokens, entities, entityOf, inQuote } = context;
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  if (first >= end || inQuote[first]) return null;
  const index = entityOf[first] as number;
  const entity = entities[index];
  if (!entity || entity.type !== 'person') return null;
  let last = first;
  while (last + 1 < end && entityOf[last + 1] === index) last++;
  // The name is the subject only when a verb follows it directly ("Roe laughed"), not a comma or "and".
  const next = tokens[last + 1] as Token | undefined;
  if (!next || next.capitalised || next.lower === 'and' || context.text.charCodeAt(tokens[last]!.end) === 0x2c) return null;
  // ("Roe's partner, Jo Lee of X, criticised …": a possessive name owns the subject, it is not the subject)
  if (endsWithPossessiveS(tokens[last]!.text)) return null;
  return profiles.lookup(entity.text, entity.sourceId) ?? null;
}

/** Subject pronouns and the gender they say, for learning a person's gender from how the text refers to her. */
const SUBJECT_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['she', 'female'],
  ['he', 'male'],
]);

/**
 * "Falk, who spent 20 years at a bank, declined to say what he would accept", "The latter says she has not seen …": the
 * gender of the first "he" or "she" outside quotes from token `from` to the end of sentence s, when nobody else is named
 * (nor quoted) before it, so the pronoun can only be the subject's own; an apposition or relative clause between commas
 * right at `from` is passed over ("Jo Roe, who has crewed with her since 2015, said": her is someone else); else null.
 */
export function ownPronounGender(context: ArticleContext, s: number, from: number): Gender | null {
  const end = context.end[s] as number;
  let t = Math.max(from, context.first[s] as number);
  if (t < end && (context.tokens[t] as Token).text === ',') {
    t++;
    while (t < end && (context.tokens[t] as Token).text !== ',') t++;
  }
  for (; t < end; t++) {
    if (context.inQuote[t]) return null;
    const entity = context.entities[context.entityOf[t] as number];
    if (entity && entity.type === 'person') return null;
    const gender = SUBJECT_GENDERS.get((context.tokens[t] as Token).lower);
    if (gender !== undefined) return gender;
  }
  return null;
}

/**
 * "Eleven years on she still runs the farm with her daughter, Jo Roe. ¶ She says …": whether the person whose name
 * opens at token `t` is outranked, for a later "she" or "he" of `gender`, by a subject pronoun of that gender earlier
 * in her sentence outside quotes: the pronoun's person is the one the text goes on about, and the name after it (no
 * verb of hers follows) is an object or an apposition on one.
 */
export function outrankedByPronoun(context: ArticleContext, t: number, last: number, gender: Gender): boolean {
  const { tokens, inQuote } = context;
  const next = context.pos.tags[last + 1];
  if (next === Pos.VERB || next === Pos.AUX) return false;
  const s = sentenceOfToken(context, t);
  const wanted = gender === 'female' ? 'she' : 'he';
  for (let k = context.first[s] as number; k < t; k++) if (!inQuote[k] && (tokens[k] as Token).lower === wanted) return true;
  return false;
}
