import type { Entity } from '../entities/entity';
import { Pos } from '../pos-tags';
import { normaliseName } from '../sources/name-words';
import type { SourceRef } from '../sources/source';
import type { Token } from '../tokenizer';
import {
  breakAfter,
  entityAtToken,
  isRoleNounAt,
  lastEntityBefore,
  positionOfLastMentionBefore,
  tokensByLowerCase,
  type ArticleContext,
} from './article-context';
import { DOCUMENT_NOUNS } from './attribution-cues';
import { isMediaOrganisation, nameHeadWord } from './speaker-phrase';

/**
 * "Dunstow Ice Rink will shut for six weeks. The arena's manager, Name, said …", "The Kettle Yard, a community theatre,
 * … The theatre's director, Name, said": a post owned by a common noun for a kind of place or venture ("arena", "theatre",
 * "pool", "sanctuary", "bar") that heads no name the text gave: the writer calls the body by what it is, not by its name.
 * The body is, in order: one the text described as that noun ("X, a community theatre"); the subject of one of the last
 * sentences before (`MAX_SUBJECT_LOOKBACK`, the same or the previous paragraph); the subject of the story's opening
 * sentences; the only organisation named before. A body whose name is headed by the noun of a governing, regulating or
 * representative kind ("… District Council", "… Residents' Association", "… Police") is never the one a venue's noun
 * stands for, so it is passed over.
 */
export interface BodyUnderAnotherWordReader {
  /** Whether the text set a description with another head beside `name` ("the tenants' network X"). */
  describedOtherwise(name: string, noun: string): boolean;
  /** Whether sentence k is a heading (a round-up's subhead): a paragraph of one line with no closing mark. */
  heading(k: number): boolean;
  /** The organisation sentence k has for its subject (past a fronted phrase), else null. */
  subjectOf(k: number): FoundBody | null;
  /** Whether sentence k is a byline's or a credit's line. */
  bylineSentence(k: number): boolean;
  /** Whether an organisation entity is a medium (a newspaper, a broadcaster). */
  media(entity: Entity): boolean;
  /** The sentence that owns offset `at`. */
  sentenceAt(at: number): number;
  /** The body an organisation entity names, in full (a short form's full name) with its registry entry. */
  bodyOf(entity: Entity): FoundBody;
  /** Whether a post's noun follows the possessive at token `owner` in its phrase ("the pool's duty manager"). */
  postFollows(owner: number): boolean;
}

export interface FoundBody {
  organisation: string;
  source: SourceRef | null;
}

/** How many sentences back a subject still stands for the body a possessive noun names. */
const MAX_SUBJECT_LOOKBACK = 3;
/** The story's opening sentences, whose subject is the body it is about. */
const MAX_OPENING_SENTENCES = 4;
/** How many organisation names back a description is looked for. */
const MAX_DESCRIBED_LOOKBACK = 40;
/** How many earlier mentions of the noun are read for an apposition ("X, a community theatre"). */
const MAX_APPOSED_MENTIONS = 8;
/** How many words may stand between the article and the noun of an apposition ("a community-owned repertory theatre"). */
const MAX_APPOSED_MODIFIERS = 4;
/** The articles that open an apposition describing a name. */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Heads of bodies that govern, police, regulate, judge or represent: a venue's or a venture's noun ("the pool's", "the
 * bar's") never stands for one of them.
 */
const NOT_A_VENUE_HEADS: ReadonlySet<string> = new Set([
  'council',
  'authority',
  'government',
  'ministry',
  'department',
  'police',
  'constabulary',
  'court',
  'tribunal',
  'commission',
  'committee',
  'parliament',
  'assembly',
  'agency',
  'regulator',
  'inspectorate',
  'ombudsman',
  'union',
  'party',
  'association',
  'federation',
  'forum',
  'campaign',
  'executive',
  'office',
  'board',
]);

/**
 * Owners that are no body: a side in a debate or a case ("the opposition's finance spokesman"), a household, a family, a
 * person's estate, and the things a body makes or runs rather than is
 * ("the film's director", "the ship's master", "the show's producer").
 */
const NO_BODY_OWNERS: ReadonlySet<string> = new Set([
  'opposition',
  'prosecution',
  'defence',
  'defense',
  'side',
  'family',
  'household',
  'couple',
  'estate',
  'film',
  'show',
  'book',
  'play',
  'ship',
  'vessel',
  'boat',
  'car',
  'vehicle',
  'house',
  'home',
  'building',
  'property',
  'site',
  'project',
  'scheme',
  'plan',
  'study',
  'trial',
  'match',
  'game',
  'race',
  'event',
  'campaign',
  'appeal',
  'case',
  'inquiry',
  'investigation',
  'review',
  'victim',
  'child',
  'dog',
  'animal',
  'country',
  'nation',
  'world',
  'city',
  'town',
  'village',
  'area',
  'region',
  'county',
  'state',
  'district',
  'borough',
  'parish',
  'island',
  'province',
  'year',
  'day',
  'week',
  'month',
  'season',
]);

/**
 * Whether token `owner` ("pool's") is a possessive common noun that may name a body by what it is: lower case, tagged a
 * noun, no person's or post's noun, no document, no owner that is never a body (`NO_BODY_OWNERS`).
 */
export function ownsAsKindOfBody(context: ArticleContext, owner: number): boolean {
  const token = context.tokens[owner] as Token | undefined;
  if (!token || token.capitalised || context.pos.tags[owner] !== Pos.NOUN || isRoleNounAt(context, owner)) return false;
  const noun = kindNounOf(token);
  return noun.length >= 3 && !NO_BODY_OWNERS.has(noun) && !DOCUMENT_NOUNS.has(noun) && !NOT_A_VENUE_HEADS.has(noun);
}

/** The possessive's noun without its "'s". */
export function kindNounOf(token: Token): string {
  return token.lower.replace(/['’]s$/u, '');
}

/** Whether an organisation's name may be the body a venue's noun stands for: its head is no governing or representative body's. */
function mayBeCalled(reader: BodyUnderAnotherWordReader, name: string, noun: string): boolean {
  const head = nameHeadWord(normaliseName(name));
  return head === noun || (!NOT_A_VENUE_HEADS.has(head) && !reader.describedOtherwise(name, noun));
}

/** The body the possessive noun at token `owner` of sentence `s` stands for (see the file's comment), else null. */
export function bodyNamedUnderAnotherWord(
  context: ArticleContext,
  reader: BodyUnderAnotherWordReader,
  s: number,
  owner: number,
): FoundBody | null {
  if (!ownsAsKindOfBody(context, owner) || !reader.postFollows(owner)) return null;
  const token = context.tokens[owner] as Token;
  const noun = kindNounOf(token);
  const { entities, entityQuoted, sentences } = context;
  // 1. a body the text described as that noun, among the last organisations named (which also tell whether only one was)
  const names = new Set<string>();
  let only: Entity | null = null;
  let seen = 0;
  for (let e = lastEntityBefore(entities, token.start); e >= 0 && seen < MAX_DESCRIBED_LOOKBACK; e--) {
    const entity = entities[e] as Entity;
    if (entity.type !== 'organisation' || entityQuoted[e] || reader.media(entity)) continue;
    if (reader.bylineSentence(reader.sentenceAt(entity.start))) continue;
    seen++;
    names.add(normaliseName(entity.text));
    only = entity;
    if (nameHeadWord(normaliseName(entity.text)) === noun) return reader.bodyOf(entity);
  }
  // ("Arkley Otter Sanctuary" read as a person's name: no person's name ends in "sanctuary")
  for (let e = lastEntityBefore(entities, token.start), people = 0; e >= 0 && people < MAX_DESCRIBED_LOOKBACK; e--) {
    const entity = entities[e] as Entity;
    if (entity.type !== 'person' || entityQuoted[e]) continue;
    people++;
    const words = normaliseName(entity.text).split(' ');
    if (words.length > 1 && words[words.length - 1] === noun) return reader.bodyOf(entity);
  }
  // ("The Kettle Yard, a community theatre, …": a name the entity finder may have read as a person's; none is a theatre)
  const apposed = nameApposedTo(context, noun, owner);
  if (apposed) return reader.bodyOf(apposed);
  // 2. the subject of one of the last sentences, in the same or the previous paragraph
  const paragraph = (sentences[s] as { paragraph: number }).paragraph;
  for (let k = s - 1; k >= 0 && s - k <= MAX_SUBJECT_LOOKBACK; k--) {
    if ((sentences[k] as { paragraph: number }).paragraph < paragraph - 1 || reader.heading(k)) break;
    const subject = reader.subjectOf(k);
    if (subject && mayBeCalled(reader, subject.organisation, noun)) return subject;
  }
  // 3. the subject of the story's opening sentences, when no subhead since starts another item (a round-up's)
  let opened = -1;
  let lead: FoundBody | null = null;
  for (let k = 0, opening = 0; k < s && opening < MAX_OPENING_SENTENCES && opened < 0; k++) {
    if (reader.bylineSentence(k) || reader.heading(k)) continue;
    opening++;
    lead = reader.subjectOf(k);
    if (lead) opened = k;
  }
  if (lead) {
    for (let k = opened + 1; k < s; k++) if (reader.heading(k)) return null;
    return mayBeCalled(reader, lead.organisation, noun) ? lead : null;
  }
  // 4. the only organisation named before (within the look-back)
  return only && names.size === 1 && seen < MAX_DESCRIBED_LOOKBACK && mayBeCalled(reader, only.text, noun) ? reader.bodyOf(only) : null;
}

/**
 * "The Kettle Yard, a community-owned theatre, …": the name (of any type but a place) right before a comma and an article
 * opening a description headed by `noun`, at one of the noun's last mentions before token `before` (read from the
 * article's index of words, not by scanning it).
 */
function nameApposedTo(context: ArticleContext, noun: string, before: number): Entity | null {
  const mentions = tokensByLowerCase(context).get(noun);
  if (!mentions) return null;
  let i = positionOfLastMentionBefore(mentions, before);
  for (let read = 0; i >= 0 && read < MAX_APPOSED_MENTIONS; i--, read++) {
    const m = mentions[i] as number;
    let k = m - 1;
    while (
      k > 0 &&
      m - k <= MAX_APPOSED_MODIFIERS &&
      !breakAfter(context, k) &&
      !APPOSITION_ARTICLES.has((context.tokens[k] as Token).lower)
    )
      k--;
    if (k < 1 || breakAfter(context, k) || !APPOSITION_ARTICLES.has((context.tokens[k] as Token).lower)) continue;
    if (context.text.slice((context.tokens[k - 1] as Token).end, (context.tokens[k] as Token).start).trim() !== ',') continue;
    const entity = entityAtToken(context, k - 1);
    if (entity && entity.type !== 'place' && entity.end === (context.tokens[k - 1] as Token).end) return entity;
  }
  return null;
}

/** The members of a kind of body named by their plural, and the word that body's name holds ("councillors": a council). */
const MEMBERS_OF_KIND: ReadonlyMap<string, string> = new Map([['councillors', 'council']]);

/**
 * Whether sentence k, outside quotes, names an organisation other than `organisation` (a medium aside) or the members of a
 * kind of body its name is not ("councillors" beside a charity): what a post-holder introduced right after it belongs to is
 * likelier that other body than the story's.
 */
export function aboutAnotherBody(context: ArticleContext, k: number, organisation: string): boolean {
  const key = normaliseName(organisation);
  const words = key.split(' ');
  for (let t = context.first[k] as number; t < (context.end[k] as number); t++) {
    if (context.inQuote[t]) continue;
    const entity = entityAtToken(context, t);
    if (
      entity?.type === 'organisation' &&
      normaliseName(entity.text) !== key &&
      !key.includes(normaliseName(entity.text)) &&
      !isMediaOrganisation(context, entity)
    )
      return true;
    const kind = MEMBERS_OF_KIND.get((context.tokens[t] as Token).lower);
    if (kind !== undefined && !words.includes(kind)) return true;
  }
  return false;
}
