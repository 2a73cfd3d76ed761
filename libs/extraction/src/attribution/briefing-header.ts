// A briefing's header: the lines before its first sentence naming the body that holds it and the person who briefs.
import type { Entity } from '../entities/entity';
import type { Sentence } from '../sentence';
import { commaAfter, type Token } from '../tokenizer';
import { sourceOfEntity, tokensByLowerCase, type ArticleContext } from './article-context';
import type { PersonProfiles } from './person-profiles';
import type { PersonDraft } from './speaker-phrase';
import { ROLE_NOUNS, TITLE_WORDS } from '../entities/roles';

/** A header has at most this many lines. */
const MAX_HEADER_LINES = 8;

export interface BriefingHeader {
  /** The person a header line names with her post ("Briefer: Jane Roe, Press Secretary"). */
  person: PersonDraft;
  /** The last sentence of the header. */
  last: number;
}

/**
 * The header of a briefing or a statement set out line by line before its text ("DAILY BRIEFING" / "Ministry of X" /
 * "Briefer: Jane Roe, Press Secretary" or "Spokesperson Jane Roe's Regular Press Conference" / a date): paragraphs of one line that end in no full stop, question or
 * exclamation mark, opening the text. When the header names one person with a post and one organisation alone on its
 * line, the person speaks for that organisation (recorded on her profile, when it has none). Returns the header and
 * its person, or null when the text opens with no such header.
 */
export function readBriefingHeader(context: ArticleContext, profiles: PersonProfiles): BriefingHeader | null {
  const { sentences, entities, registry } = context;
  let last = -1;
  while (last + 1 < sentences.length && last + 1 < MAX_HEADER_LINES && isHeaderLine(sentences, last + 1)) last++;
  if (last < 1) return null;
  const end = (sentences[last] as Sentence).end;
  const organisations: Entity[] = [];
  const people = new Set<PersonDraft>();
  for (const entity of entities) {
    if (entity.start >= end) break;
    // (a name running over two lines belongs to no one line of the header)
    const line = sentences.find((sentence) => sentence.start <= entity.start && entity.end <= sentence.end);
    if (!line) continue;
    if (entity.type === 'organisation' && line.text.trim() === entity.text) organisations.push(entity);
    else if (entity.type === 'person' && holdsRoleWord(line.text.slice(entity.end - line.start))) {
      const person = profiles.lookup(entity.text);
      if (person) people.add(person);
    }
  }
  // "Foreign Ministry Spokesperson Jane Roe's Regular Press Conference": a post's word, then the name of someone the
  // text names elsewhere (the entity finder reads no name inside such a title).
  for (let s = 0; s <= last; s++) {
    const person = personAfterPost((sentences[s] as Sentence).text, profiles);
    if (person) people.add(person);
  }
  if (people.size !== 1) return null;
  const [person] = [...people];
  if (!person) return null;
  if (organisations.length === 1 && person.organisation === null) {
    const organisation = organisations[0] as Entity;
    person.organisation = organisation.text;
    person.organisationSource = sourceOfEntity(registry, organisation);
  }
  return { person, last };
}

/** Sentence s is a paragraph of its own on one line, ending in no sentence's punctuation. */
function isHeaderLine(sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentences[s - 1]?.paragraph === sentence.paragraph || sentences[s + 1]?.paragraph === sentence.paragraph) return false;
  const text = sentence.text.trim();
  return text.length > 0 && !text.includes('\n') && !/[.!?"”’]$/u.test(text);
}

/** Words of a name after a post on a header line: "Jane Roe", "Jane van Roe". */
const MAX_NAME_WORDS = 3;

/**
 * The person a header line names right after a post's word, with or without a possessive ("Spokesperson Jane Roe's
 * Regular Press Conference", "Briefing by Press Secretary Jane Roe"): someone the text names, by her full name.
 */
function personAfterPost(line: string, profiles: PersonProfiles): PersonDraft | undefined {
  const words = line.trim().split(/[ \t]+/u);
  for (let k = 0; k + 2 < words.length; k++) {
    if (!ROLE_NOUNS.has((words[k] as string).toLowerCase())) continue;
    for (let n = MAX_NAME_WORDS; n >= 2; n--) {
      const name = words
        .slice(k + 1, k + 1 + n)
        .join(' ')
        .replace(/['’]s$/u, '');
      if (k + n >= words.length || !/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name)) continue;
      const person = profiles.lookup(name);
      if (person && person.name.includes(' ')) return person;
    }
  }
  return undefined;
}

/** ", Press Secretary": a role word after the name on its line. */
function holdsRoleWord(after: string): boolean {
  return after
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ROLE_NOUNS.has(word) || TITLE_WORDS.has(word));
}

/** A transcript's title block has at most this many lines. */
const MAX_TITLE_BLOCK_LINES = 12;

/** Words a post may hold between its capitalised words: "Minister for Health", "Director of Public Works". */
const POST_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'the', 'and']);

/**
 * "Public Works Director Jo Roe" over "City of Ashby Department of Public Works", then "Fire Chief Al Ek" over "Ashby
 * Fire Department": a press conference's title block sets each speaker's post and name on a line of its own and the body
 * she speaks for on the line after it (one body line may follow several such lines: "Minister for X Jo Roe" / "Chief
 * Officer Dr Al Ek" / "Department of X, Place"). The lines before the text's first sentence, each ending in no full stop,
 * question or exclamation mark; a line of a post and a name alone (a post's word among capitalised words before the
 * name) waits for the next line naming a body alone (a place after a comma at most), which every waiting person speaks
 * for, recorded on her profile; any other line ends the wait. Nothing else in the text can tell her body more plainly.
 */
export function readTitleLineBodies(context: ArticleContext, profiles: PersonProfiles): void {
  const { sentences, entities, registry } = context;
  let waiting: PersonDraft[] = [];
  let e = 0;
  for (let s = 0; s < sentences.length && s < MAX_TITLE_BLOCK_LINES; s++) {
    const sentence = sentences[s] as Sentence;
    const line = sentence.text.trim();
    if (line.length === 0 || line.includes('\n') || /[.!?"”’]$/u.test(line)) return;
    const lineStart = sentence.start + (sentence.text.length - sentence.text.trimStart().length);
    const lineEnd = lineStart + line.length;
    while (e < entities.length && (entities[e] as Entity).start < lineStart) e++;
    const onLine: Entity[] = [];
    for (let k = e; k < entities.length && (entities[k] as Entity).start < lineEnd; k++) onLine.push(entities[k] as Entity);
    const body = onLine[0]?.type === 'organisation' && onLine[0].start === lineStart ? onLine[0] : undefined;
    if (body && waiting.length > 0 && /^(?:,[ \t]*\p{Lu}[^,]*)?$/u.test(context.text.slice(body.end, lineEnd).trim())) {
      const source = sourceOfEntity(registry, body);
      for (const person of waiting) {
        person.organisation = body.text;
        person.organisationSource = source;
      }
      waiting = [];
      continue;
    }
    const holder = onLine.length === 1 && onLine[0]?.type === 'person' && onLine[0].end === lineEnd ? onLine[0] : undefined;
    const post = holder
      ? context.text
          .slice(lineStart, holder.start)
          .trim()
          .split(/[ \t]+/u)
      : [];
    const isPost =
      post.length > 0 &&
      post.every((word) => /^\p{Lu}/u.test(word) || POST_LINKS.has(word)) &&
      post.some((word) => ROLE_NOUNS.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')));
    const person = holder && isPost ? profiles.lookup(holder.text, holder.sourceId) : undefined;
    if (person) waiting.push(person);
    else waiting = [];
  }
}

/**
 * Whether a list's clause ends between token k - 1 and token k: at a semicolon, a sentence's end (not a title's full stop:
 * "Dr. Jo Roe") or a line break.
 */
function clauseEndsBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const between = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
  return /[;!?\n]/u.test(between) || (between.includes('.') && !TITLE_WORDS.has((tokens[k - 1] as Token).lower));
}

/** Tokens from "represented" to the representative's name: "by its medical director, Dr" and room to spare. */
const MAX_REPRESENTATIVE_TOKENS = 9;

/**
 * "Ashby Hospital, represented by its medical director, Dr Jo Roe;": a list of participants naming a body and the person
 * who represents it ("represented by" after the body's name and a comma, outside quotes). The first person named after
 * it, within the same clause (before a semicolon or the sentence's end), speaks for that body, recorded on her profile.
 */
export function readRepresentedBodies(context: ArticleContext, profiles: PersonProfiles): void {
  const { tokens, entities, entityOf, registry, text } = context;
  for (const t of tokensByLowerCase(context).get('represented') ?? []) {
    const by = tokens[t + 1];
    const before = tokens[t - 1];
    if (by?.lower !== 'by' || !before || context.inQuote[t] || !commaAfter(text, tokens, t - 1)) continue;
    const body = entities[entityOf[t - 1] ?? -1];
    if (body?.type !== 'organisation' || body.end !== before.end) continue;
    for (let k = t + 2; k < tokens.length && k - t <= MAX_REPRESENTATIVE_TOKENS; k++) {
      if (clauseEndsBefore(text, tokens, k)) break;
      const entity = entities[entityOf[k] ?? -1];
      if (entity?.type === 'organisation') break;
      if (entity?.type !== 'person') continue;
      const person = profiles.lookup(entity.text, entity.sourceId);
      if (person) {
        person.organisation = body.text;
        person.organisationSource = sourceOfEntity(registry, body);
      }
      break;
    }
  }
}

/** Tokens a welcome may run from the body's name to the last person it lists: two people with posts and room to spare. */
const MAX_WELCOME_TOKENS = 30;

/**
 * "I welcome from the X Agency Ms Jo Roe, chief executive, and Mr. Al Ek, head of ecology; and from the Y Association
 * …": a chair's welcome listing witnesses under the body each group comes from. The body's name right after "from"
 * (outside quotes), a person named right after it (courtesy titles between at most), and each person after an "and"
 * (titles between) up to a semicolon or the sentence's end speak for it, recorded on profiles that have no body yet.
 */
export function readWelcomedGroups(context: ArticleContext, profiles: PersonProfiles): void {
  const { tokens, entities, entityOf, registry, text } = context;
  for (const t of tokensByLowerCase(context).get('from') ?? []) {
    if (context.inQuote[t]) continue;
    const opening = tokens[t + 1]?.lower === 'the' ? t + 2 : t + 1;
    const body = entities[entityOf[opening] ?? -1];
    if (body?.type !== 'organisation' || body.start !== tokens[opening]?.start) continue;
    let k = opening;
    while (k + 1 < tokens.length && entityOf[k + 1] === entityOf[opening]) k++;
    const source = sourceOfEntity(registry, body);
    let expectPerson = true;
    for (let u = k + 1; u < tokens.length && u - t <= MAX_WELCOME_TOKENS; u++) {
      const token = tokens[u] as Token;
      if (clauseEndsBefore(text, tokens, u)) break;
      if (TITLE_WORDS.has(token.lower)) continue;
      if (token.lower === 'and' && u > k + 1) {
        expectPerson = true;
        continue;
      }
      const entity = entities[entityOf[u] ?? -1];
      if (expectPerson && entity?.type === 'person' && entity.start === token.start) {
        const person = profiles.lookup(entity.text, entity.sourceId);
        if (person && person.organisation === null) {
          person.organisation = body.text;
          person.organisationSource = source;
        }
        while (u + 1 < tokens.length && entityOf[u + 1] === entityOf[u]) u++;
        expectPerson = false;
        continue;
      }
      // The first person must follow the body's name at once; later ones an "and".
      if (expectPerson && u === k + 1) break;
      expectPerson = false;
    }
  }
}
