// A briefing's header: the lines before its first sentence naming the body that holds it and the person who briefs.
import type { Entity } from '../entities/entity';
import type { Sentence } from '../sentence';
import { toSourceRef } from '../sources/source';
import type { ArticleContext } from './article-context';
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
    const record = organisation.sourceId ? registry.get(organisation.sourceId) : undefined;
    person.organisationSource = record ? toSourceRef(record) : null;
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
