// The body a post-holder's own description names ("Fire Chief Jo Roe", "army spokesman Jo Roe", "Varnholt chief executive Jo
// Roe"), for the rules that tie her to a body that spoke or was written about just before her introduction.
import type { Entity } from '../entities/entity';
import { isCommonWord as isEnglishWord } from '../matching/synonyms';
import { toSourceRef, type SourceRef } from '../sources/source';
import { normaliseName } from '../sources/name-words';
import { Pos } from '../pos-tags';
import type { Token } from '../tokenizer';
import { entityAtToken, isTitleAt, lastMentionBefore, tokensByLowerCase, type ArticleContext } from './article-context';
import type { TokenRange } from './person-profiles';
import { earlierOrganisationNamed, isMediaOrganisation } from './speaker-phrase';

const FIRE_BODIES = ['fire', 'brigade', 'rescue'];
const POLICE_BODIES = ['police', 'constabulary', 'garda', 'gardai', 'sheriff', 'sheriffs'];
const ARMED_BODIES = ['army', 'military', 'forces', 'defence', 'defense'];

/**
 * Words of a post that name the kind of body holding it, whatever the body's own name, and the words of a body's name
 * that fit each: "Fire Chief", "police chief", "Chief Inspector" (a police rank), "army spokesman", "union organiser".
 * Words any body's posts may hold ("group finance director", "company secretary", "branch secretary", "board member")
 * are left out: they tell no kind.
 */
const KIND_OF_POST_WORD: ReadonlyMap<string, readonly string[]> = new Map([
  ...FIRE_BODIES.map((word): [string, readonly string[]] => [word, FIRE_BODIES]),
  ['firefighter', FIRE_BODIES],
  ...POLICE_BODIES.map((word): [string, readonly string[]] => [word, POLICE_BODIES]),
  ['inspector', POLICE_BODIES],
  ['constable', POLICE_BODIES],
  ['sergeant', POLICE_BODIES],
  ['detective', POLICE_BODIES],
  ...ARMED_BODIES.map((word): [string, readonly string[]] => [word, ARMED_BODIES]),
  ['colonel', ARMED_BODIES],
  ['brigadier', ARMED_BODIES],
  ['union', ['union']],
  ['party', ['party']],
  ['ambulance', ['ambulance']],
  ['coastguard', ['coastguard']],
]);

/** How many earlier mentions of one word are looked at for the body it names (`latestBodyNamedBy`). */
const MAX_MENTIONS_BACK = 24;

/** What a post's description says of the body that holds it: the words of a name or of a kind that the body's name must hold. */
export interface PostBody {
  /** For each word of the description naming a body, the words of a body's name that fit it (any one of them). */
  fits: ReadonlyArray<readonly string[]>;
  /**
   * A force named by its kind as the post writes it, when the post names no body by a name of its own: "regional police"
   * of "Provincial police chief Jo Roe", "army" of "army spokesman Jo Roe"; else null.
   */
  written: string | null;
}

/** Kinds of body a post names that the text may never name otherwise: a police force, an army. */
const FORCES_AS_WRITTEN = new Set(['police', 'army', 'military']);

/**
 * The words of a post-holder's description (tokens [first, last], her own name's tokens left aside) that name a body of
 * their own: a kind of body ("Fire" of "Fire Chief Jo Roe", "police" of "Provincial police chief Jo Roe", "Inspector" of
 * "Chief Inspector Jo Roe", "army" of "army spokesman Colonel Jo Roe") or a name that is no English word ("Varnholt" of
 * "Varnholt chief executive Jo Roe"). Null when it names none ("Finance director Jo Roe", "Chief executive Jo Roe").
 */
export function postBodyOf(context: ArticleContext, description: TokenRange): PostBody | null {
  const fits: Array<readonly string[]> = [];
  let written: string | null = null;
  let byName = false;
  // (her own name, which closes the description)
  const holder = entityAtToken(context, description.last);
  for (let t = description.first; t <= description.last; t++) {
    const token = context.tokens[t] as Token;
    const entity = entityAtToken(context, t);
    if (entity !== undefined && entity === holder) continue;
    const kind = KIND_OF_POST_WORD.get(token.lower);
    if (kind) {
      fits.push(kind);
      // ("Provincial police chief": the force with the adjective that narrows it)
      const before = context.tokens[t - 1] as Token | undefined;
      const narrowed =
        t > description.first &&
        !isTitleAt(context, t - 1) &&
        entityAtToken(context, t - 1) === undefined &&
        (context.pos.tags[t - 1] === Pos.ADJ || (before?.capitalised === true && isEnglishWord(before.lower)));
      if (FORCES_AS_WRITTEN.has(token.lower))
        written = context.text.slice((context.tokens[narrowed ? t - 1 : t] as Token).start, token.end).toLowerCase();
      continue;
    }
    // A name of one word the entity finder read before the post ("Varnholt" of "Varnholt chief executive Jo Roe"), as a body's or
    // even as a person's, which is no English word: not a title ("Dr", "Cllr"), nor a capitalised word of the post
    // ("Transportation director", "A spokesman").
    if (!token.capitalised || isTitleAt(context, t) || !/^\p{Lu}\p{Ll}{2,}$/u.test(token.text) || isEnglishWord(token.lower)) continue;
    const oneWordName = entity !== undefined && entity.start === token.start && entity.end === token.end && entity.type !== 'place';
    if (!oneWordName) continue;
    fits.push([normaliseName(token.text)]);
    byName = true;
  }
  return fits.length > 0 ? { fits, written: byName ? null : written } : null;
}

/** Whether an organisation's name holds a word that fits each word the post names a body by. */
export function bodyFitsPost(organisation: string, post: PostBody): boolean {
  const words = normaliseName(organisation).split(' ');
  return post.fits.every((fit) => fit.some((word) => words.includes(word)));
}

/**
 * The organisation named last before token `before` (outside quotes, no medium) whose name fits the post
 * (`bodyFitsPost`): "Crews from the Hesketon Fire Department arrived … (paragraphs on) Fire Chief Jo Roe said"; its full
 * name when the text wrote a short form. Read from the article's index of words, never by a scan of the article. When
 * none was named, a force the post names by its kind as written ("regional police", as "the police said" with no force
 * named is), else null.
 */
export function latestBodyNamedBy(
  context: ArticleContext,
  post: PostBody,
  before: number,
): { organisation: string; source: SourceRef | null } | null {
  const index = tokensByLowerCase(context);
  let best: Entity | null = null;
  for (const word of post.fits[0] ?? []) {
    const mentions = index.get(word);
    const last = lastMentionBefore(mentions, before);
    if (last < 0 || !mentions) continue;
    for (let m = mentions.lastIndexOf(last), seen = 0; m >= 0 && seen < MAX_MENTIONS_BACK; m--, seen++) {
      const t = mentions[m] as number;
      if (best && (context.tokens[t] as Token).start <= best.start) break;
      const entity = entityAtToken(context, t);
      if (entity?.type !== 'organisation' || context.inQuote[t] || isMediaOrganisation(context, entity)) continue;
      if (!bodyFitsPost(entity.text, post)) continue;
      best = entity;
      break;
    }
  }
  if (!best) return post.written === null ? null : { organisation: post.written, source: null };
  const full = best.sourceId ? null : earlierOrganisationNamed(context, best.text, best.start);
  if (full) return { organisation: full.name, source: full.source };
  const record = best.sourceId ? context.registry.get(best.sourceId) : undefined;
  return { organisation: best.text, source: record ? toSourceRef(record) : null };
}

/**
 * Posts of a kind of work done in one kind of body whose name need not hold the post's word: a curator works in a museum,
 * a gallery, a garden or a zoo; a keeper in a zoo or an aquarium; a ranger in a park or a reserve (`postWorksIn`).
 */
const WORKPLACES_OF_POST: ReadonlyMap<string, readonly string[]> = new Map([
  ['curator', ['museum', 'museums', 'gallery', 'garden', 'gardens', 'zoo', 'aquarium', 'archive', 'archives', 'library', 'collection']],
  ['conservator', ['museum', 'museums', 'gallery', 'archive', 'archives', 'library', 'collection']],
  ['archivist', ['archive', 'archives', 'record', 'records', 'library']],
  ['librarian', ['library', 'libraries']],
  ['keeper', ['zoo', 'aquarium', 'wildlife', 'safari', 'sanctuary']],
  ['keepers', ['zoo', 'aquarium', 'wildlife', 'safari', 'sanctuary']],
  ['zookeeper', ['zoo']],
  ['aquarist', ['aquarium']],
  ['gardener', ['garden', 'gardens', 'park', 'parks']],
  ['ranger', ['park', 'parks', 'reserve', 'forest']],
  ['headteacher', ['school', 'academy']],
  ['headmaster', ['school', 'academy']],
  ['headmistress', ['school', 'academy']],
  ['harbourmaster', ['harbour', 'port']],
  ['harbormaster', ['harbor', 'port']],
]);

/** Endings cut from a post's word and a name's word before they are compared (`workStem`). */
const WORK_ENDINGS = ['ists', 'ist', 'ians', 'ian', 'ers', 'er', 'es', 's'];

/** Shortest stem `workStem` leaves. */
const MIN_WORK_STEM = 4;

/** A word's stem for `postWorksIn`: "archivist" and "archives" → "archiv", "gardener" and "garden" → "garden", "clerks" → "clerk". */
function workStem(word: string): string {
  for (const ending of WORK_ENDINGS)
    if (word.length - ending.length >= MIN_WORK_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  return word;
}

/**
 * Whether a post's words (lower case, words any post holds left out) name work done in the body `organisation`: a word
 * of the post shares its stem with a word of the name ("Deputy clerk" and "X County Clerk's Office", "Archivist" and "X
 * County Archives", "Head gardener" and "X Botanic Garden"), or is a post of a kind of body the name's words say
 * (`WORKPLACES_OF_POST`: "Curator" and "X Botanic Garden", "Head keeper" and "X Zoo"); a word of the name in the plural
 * possessive ("Referees'") is left out.
 */
export function postWorksIn(post: readonly string[], organisation: string): boolean {
  // ("Referee Jo Roe" and the "X Referees' Association": a body named for the people who hold the post, a plural
  // possessive, is one its post-holders are members of, not one they work in)
  const words = organisation
    .split(/\s+/u)
    .filter((written) => !/s['’]$/u.test(written))
    .flatMap((written) => normaliseName(written).split(' '))
    .filter((word) => word.length > 0);
  const stems = words.map(workStem);
  return post.some((word) => {
    const places = WORKPLACES_OF_POST.get(word);
    if (places && words.some((name) => places.includes(name))) return true;
    const stem = workStem(word);
    return stem.length >= MIN_WORK_STEM && isEnglishWord(word) && stems.includes(stem);
  });
}

/** Whether a word is a post of a kind of work `postWorksIn` knows the bodies of ("curator", "aquarist"). */
export function isWorkplacePost(word: string): boolean {
  return WORKPLACES_OF_POST.has(word);
}
