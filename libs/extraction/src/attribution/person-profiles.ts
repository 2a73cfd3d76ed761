import type { Entity } from '../entities/entity';
import { OWNING_VERBS, PERSON_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS } from '../entities/roles';
import { normaliseName } from '../sources/name-words';
import { familyNameBeforeGivenName, SURNAME_PARTICLES } from '../entities/name-cues';
import { nicknameIntroductions, type NameKind } from '../entities/nicknames';
import { isListedFirstName } from '../entities/gender';
import { commaAfter, type Token } from '../tokenizer';
import { endsWithPossessiveS } from '../text-chars';
import {
  breakAfter,
  entityAtToken,
  isOrganisationNounAt,
  isRoleNounAt,
  organisationOpeningAt,
  organisationOpensAt,
  sentenceOfToken,
  type ArticleContext,
} from './article-context';
import { Pos } from '../pos-tags';
import { NUMBER_WORDS } from '../lexicon';
import { DETERMINERS, SPEAKER_STOP_WORDS } from './attribution-cues';
import {
  EMPLOYER_PREPOSITIONS,
  genderFromWords,
  inheritFromProfile,
  isOutsiderNoun,
  parseSpeakerPhrase,
  type PersonDraft,
  type PersonProfileLookup,
} from './speaker-phrase';
import type { Gender } from '../sources/source';
import type { Sentence } from '../sentence';
import { ownPronounGender, subjectPerson } from './references';

/** Tokens [first, last] of the article, inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** How many of a person's descriptions are kept for finding her organisation later. */
const MAX_DESCRIPTIONS = 4;

/** How far a name's description reaches on either side ("Norwegian Deputy Foreign Minister Oskar Dahl"). */
const MAX_DESCRIPTION_TOKENS = 12;

/**
 * What an article says about each person, gathered from every mention: the
 * first paragraph's "Norwegian Deputy Foreign Minister Oskar Dahl" lets a
 * later bare "Dahl said" carry the full name, role and ministry.
 */
/** Small words a post's initials leave out: "Minister for Transport" is "MT". */
const POST_SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'at', 'in', 'on']);

export class PersonProfiles implements PersonProfileLookup {
  private readonly byName = new Map<string, PersonDraft>();
  private readonly bySurname = new Map<string, PersonDraft>();
  private readonly bySource = new Map<string, PersonDraft>();
  /** Each surname's mentions under a full name, in text order (the token that opens the mention's description). */
  private readonly fullNameMentions = new Map<string, { at: number; profile: PersonDraft }[]>();
  /** The token ranges of every phrase that described the person, in text order. */
  private readonly descriptions = new Map<PersonDraft, TokenRange[]>();
  /** One-word nicknames the text gave people ("known to fans as Sparky"), normalised. */
  private readonly byNickname = new Map<string, PersonDraft>();
  /**
   * The distinct people of `byName`, kept until `record` changes it: a transcript's labels ask for them at every turn,
   * and building the set at each call made a long transcript quadratic.
   */
  private people: readonly PersonDraft[] | null = null;
  /** The words of each normalised name (`wordsOfName`), split once. */
  private readonly nameWords = new Map<string, readonly string[]>();

  lookup(written: string, sourceId?: string): PersonDraft | undefined {
    if (sourceId) {
      const known = this.bySource.get(sourceId);
      if (known) return known;
    }
    const key = normaliseName(written);
    // A bare surname is the fuller person of that surname when there is one ("Roe" before "Richard Roe" is named).
    if (key.includes(' ')) return this.byName.get(key) ?? this.bySurname.get(key);
    return this.bySurname.get(key) ?? this.byNickname.get(key) ?? this.byName.get(key) ?? this.byFirstName(key);
  }

  /** "Connor Keane, known to fans as Sparky": the nickname stands for the person (a surname of the text keeps its bearer). */
  addNickname(nickname: string, profile: PersonDraft): void {
    const key = normaliseName(nickname);
    if (!this.byNickname.has(key)) this.byNickname.set(key, profile);
  }

  /**
   * "Kenneth says" after "Kenneth Wong": a listed first name alone is the one person named in full with it, when no
   * other person has it (a feature tells two relatives of one surname apart by their first names).
   */
  private byFirstName(key: string): PersonDraft | undefined {
    if (!isListedFirstName(key)) return undefined;
    let found: PersonDraft | undefined;
    for (const profile of this.distinctPeople()) {
      const words = this.wordsOfName(profile);
      if (words.length < 2 || words[0] !== key || found === profile) continue;
      if (found) return undefined;
      found = profile;
    }
    return found;
  }

  /**
   * The person a bare surname at token `at` stands for when several people share it ("Dana Whitcombe" after "Tom
   * Whitcombe", "Ms Marsh" after "Helen Marsh" and "Bethan Marsh"): the one named in full most recently before it
   * whose gender fits (a title's: "Mrs", "Mr"). Else, and for a full name, `lookup`.
   */
  lookupAt(written: string, at: number, gender: Gender | null = null, sourceId?: string): PersonDraft | undefined {
    const key = normaliseName(written);
    const mentions = key.includes(' ') ? undefined : this.fullNameMentions.get(key);
    if (mentions && mentions.some((mention) => mention.profile !== (mentions[0] as { profile: PersonDraft }).profile)) {
      for (let i = mentions.length - 1; i >= 0; i--) {
        const { at: mentioned, profile } = mentions[i] as { at: number; profile: PersonDraft };
        if (mentioned < at && (gender === null || profile.gender === null || profile.gender === gender)) return profile;
      }
    }
    return this.lookup(written, sourceId);
  }

  /**
   * The one person a transcript label's short form stands for: her first name ("Ruth") or, written in
   * capitals, her initials ("RO" for Ruth Okafor). Undefined when none or several fit.
   */
  lookupShortForm(word: string): PersonDraft | undefined {
    const standsFor = shortFormOf(word);
    let found: PersonDraft | undefined;
    for (const profile of this.distinctPeople()) {
      const names = this.wordsOfName(profile);
      if (names.length < 2 || !standsFor(names) || found === profile) continue;
      if (found) return undefined;
      found = profile;
    }
    return found;
  }

  /**
   * The one person whose role or title has the words ("mayor" for "Deputy Mayor Ana Roe", "minister for
   * transport" for a Minister for Transport, "judge" for "Judge Ann Roe"), for a label naming only a post
   * ("MAYOR:", "The Minister for Transport:", "THE COURT:").
   */
  lookupByRole(words: string): PersonDraft | undefined {
    const key = ` ${words.toLowerCase().split(/\s+/u).join(' ')} `;
    let found: PersonDraft | undefined;
    for (const profile of this.distinctPeople()) {
      const held = ` ${[profile.role, profile.title].filter(Boolean).join(' ').toLowerCase()} `;
      if (!held.includes(key) || found === profile) continue;
      if (found) return undefined;
      found = profile;
    }
    return found;
  }

  /**
   * The one person whose post a label abbreviates by its initials ("PM" for "Prime Minister Jo Roe", "MD" for "Jo Roe,
   * managing director of …"): the first letters of the post's words, small words left out. Undefined when none or
   * several fit.
   */
  lookupByPostInitials(initials: string): PersonDraft | undefined {
    const key = initials.toLowerCase();
    let found: PersonDraft | undefined;
    for (const profile of this.distinctPeople()) {
      const post = [profile.title, profile.role].filter(Boolean).join(' ').toLowerCase();
      const words = post.split(/[^\p{L}]+/u).filter((word) => word.length > 0 && !POST_SMALL_WORDS.has(word));
      if (words.length !== key.length || words.map((word) => word[0]).join('') !== key || found === profile) continue;
      if (found) return undefined;
      found = profile;
    }
    return found;
  }

  /** The people of `byName`, each once (the lookups above want one person, whichever order they are read in). */
  private distinctPeople(): readonly PersonDraft[] {
    return (this.people ??= [...new Set(this.byName.values())]);
  }

  /** The words of the person's normalised name, read now (a name may grow longer): split once for each name. */
  private wordsOfName(profile: PersonDraft): readonly string[] {
    const name = normaliseName(profile.name);
    let words = this.nameWords.get(name);
    if (words === undefined) this.nameWords.set(name, (words = name.split(' ')));
    return words;
  }

  /** The phrases that described the person ("a spokesman for the port authority, Jane Roe"), in text order. */
  descriptionsOf(profile: PersonDraft): readonly TokenRange[] {
    return this.descriptions.get(profile) ?? [];
  }

  /** Adds a phrase that described the person away from her name ("She qualified as a vet"). */
  addDescription(profile: PersonDraft, description: TokenRange): void {
    const ranges = this.descriptions.get(profile) ?? [];
    if (ranges.length < MAX_DESCRIPTIONS) ranges.push(description);
    this.descriptions.set(profile, ranges);
  }

  /** Adds what a mention says; the first value seen for a field wins, the longest name wins. */
  record(draft: PersonDraft, description?: TokenRange): void {
    const at = description?.first ?? -1;
    const existing =
      this.lookupAt(draft.name, at, null, draft.personSource?.id) ?? this.lookupAt(draft.written, at, null, draft.personSource?.id);
    const profile = existing ?? { ...draft };
    if (existing) inheritFromProfile(existing, draft);
    const name = normaliseName(profile.name);
    this.byName.set(name, profile);
    this.people = null;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    // "Mr Wong" after "Kenneth Wong Siu-keung": a family name written before a hyphenated given name.
    const written = familyNameBeforeGivenName(profile.name);
    const family = written ? normaliseName(written) : null;
    // "MENSAH-BOATENG:" after "Kwame Mensah-Boateng": a hyphenated surname is a surname whole, not only its last part.
    const hyphenated = hyphenatedSurname(profile.name);
    const keys = [surname];
    if (family) keys.push(family);
    if (hyphenated && hyphenated !== family) keys.push(hyphenated);
    for (const key of keys) {
      if (name.includes(' ') && !this.bySurname.has(key)) this.bySurname.set(key, profile);
      if (name.includes(' ') && normaliseName(draft.written).includes(' ') && at >= 0) {
        const mentions = this.fullNameMentions.get(key) ?? [];
        mentions.push({ at, profile });
        this.fullNameMentions.set(key, mentions);
      }
    }
    // "De Wit said" after "Lotte de Wit": a surname with its particle, capitalised when it opens a sentence.
    const particled = surnameWithParticle(name);
    if (particled && !this.bySurname.has(particled)) this.bySurname.set(particled, profile);
    if (profile.personSource) this.bySource.set(profile.personSource.id, profile);
    if (description) {
      const ranges = this.descriptions.get(profile) ?? [];
      // The first mentions introduce a person; later ones rarely add an organisation, and a bound keeps reading them linear.
      if (ranges.length < MAX_DESCRIPTIONS) ranges.push(description);
      this.descriptions.set(profile, ranges);
    }
  }
}

/** Reads the description around every person mention of the article, in order. */
export function buildPersonProfiles(context: ArticleContext): PersonProfiles {
  const profiles = new PersonProfiles();
  const { entities, entityOf, tokens } = context;
  let t = 0;
  while (t < tokens.length) {
    const index = entityOf[t] as number;
    if (index < 0 || (entities[index] as Entity).type !== 'person') {
      t++;
      continue;
    }
    let last = t;
    while (entityOf[last + 1] === index) last++;
    const sentence = sentenceOfToken(context, t);
    const sentenceFirst = context.first[sentence] as number;
    let from = descriptionStart(context, t, sentenceFirst);
    // "The chairman of the Regional Council, John Smith, said": an appositive name borrows the phrase before it,
    // also past a rank or title written before the name ("the coastguard's duty officer, Commander Jo Alm,").
    if (
      from > sentenceFirst &&
      isCapitalisedRun(context, from, t - 1) &&
      breakAfter(context, from - 1) &&
      // (a comma: "…; Jane Roe, the councillor" after a semicolon is the next of a list, not an apposition)
      commaAfter(context.text, tokens, from - 1) &&
      breakAfter(context, last) &&
      !context.inQuote[from - 1]
    ) {
      const before = descriptionStart(context, from - 1, sentenceFirst);
      if (hasRoleNoun(context, before, from - 1)) from = before;
    }
    const to = appositionEnd(context, last, context.end[sentence] as number);
    const written = (entities[index] as Entity).text;
    let draft = parseSpeakerPhrase(context, from, to, null)?.people.find((person) => person.written === written);
    // "Host Ada Lunn talks to Jo Ek, chief economist of …": a phrase reaching back over another name may not read
    // this one as a speaker; her own name and apposition still describe her.
    if (!draft && from < t) {
      from = t;
      draft = parseSpeakerPhrase(context, from, to, null)?.people.find((person) => person.written === written);
    }
    // "Dr Jane Roe, who chairs the Carrow Valley branch of X": a description the parser cannot read (a place it took for
    // a second person) still leaves her name, so a later "Dr Roe" is her.
    if (!draft && to > last) draft = parseSpeakerPhrase(context, from, last, null)?.people.find((person) => person.written === written);
    if (draft) {
      // "The X, chaired by Jo Roe,", "As chief engineer of X, Jo Roe …": the organisation the words before her name tie her to.
      if (draft.organisation === null) {
        const tied =
          ledBy(context, t, sentenceFirst) ??
          frontedPostOf(context, t, sentenceFirst) ??
          frontedWorkplaceOf(context, t, sentenceFirst) ??
          nameLineOrganisation(context, last, context.end[sentence] as number) ??
          (breakAfter(context, last) ? null : organisationTiedAfter(context, last + 1, context.end[sentence] as number));
        if (tied) {
          draft.organisation = tied.text;
          draft.organisationSource = context.registry.resolve(tied.text);
        }
      }
      // "Jo Roe, who chairs the X" is later "the chairwoman": the post her verb of leading names, once it gave her X.
      if (draft.role === null && draft.organisation !== null) draft.role = postOfLeadingVerb(context, last, to);
      profiles.record(draft, { first: from, last: to });
      const profile = profiles.lookup(draft.name, draft.personSource?.id);
      // "the board appointed Jane Doe as its manager", "named Jane Doe as chief executive": the post she was given
      // describes her for a later "the manager said" (its words alone: whose post it is, the text does not say here).
      const given = to === last && !breakAfter(context, last) && (tokens[last + 1] as Token | undefined)?.lower === 'as';
      const post = profile && given ? postAfterAs(context, last + 2, context.end[sentence] as number) : null;
      if (profile && post) profiles.addDescription(profile, post);
      // "her husband, Gwyn Pryce,": a kin word or title beside the name says the gender, over a guess from the first name.
      const stated = profile ? appositionGender(context, t, last, sentenceFirst) : null;
      if (
        profile &&
        stated !== null &&
        (profile.gender === null || (!profile.personSource && genderFromWords(profile.role, profile.title) === null))
      )
        profile.gender = stated;
    }
    t = last + 1;
  }
  pairRespectively(context, profiles);
  recordNicknames(context, profiles);
  tiePronounSubjects(context, profiles);
  tieNamedWhereClauses(context, profiles);
  learnGendersFromPronouns(context, profiles);
  return profiles;
}

/** How many tokens back from "where" its organisation may be named ("X in Bremen, where", "X, the cider maker where"). */
const MAX_WHERE_REACH = 8;

/**
 * "X & Sons, the cider maker where Tomasz Nowak manages the bottling line,", "… at the X Centre in Bremen, where Lena
 * Hartwig runs the laboratory": a "where" clause whose subject is a person's name, with a verb of working or of running
 * something (or a post after a copula), ties her to the organisation the "where" is about: the nearest named before it
 * in the sentence, past a place and a description, none of them a person. Fills an organisation nothing else gave her.
 */
function tieNamedWhereClauses(context: ArticleContext, profiles: PersonProfiles): void {
  const { tokens, inQuote } = context;
  for (let s = 0; s < context.sentences.length; s++) {
    const first = context.first[s] as number;
    const end = context.end[s] as number;
    for (let t = first + 1; t + 2 < end; t++) {
      if ((tokens[t] as Token).lower !== 'where' || inQuote[t]) continue;
      const person = entityAtToken(context, t + 1);
      if (person?.type !== 'person' || (tokens[t + 1] as Token).start !== person.start) continue;
      let last = t + 1;
      while (last + 1 < end && entityAtToken(context, last + 1) === person) last++;
      if (!tiedByVerbAt(context, last + 1, end)) continue;
      const organisation = organisationBeforeWhere(context, t, first);
      const profile = organisation ? profiles.lookup(person.text, person.sourceId) : undefined;
      if (!organisation || !profile || profile.organisation !== null) continue;
      profile.organisation = organisation.text;
      profile.organisationSource = context.registry.resolve(organisation.text);
    }
  }
}

/** Whether the predicate from token `from` ties its subject to the place it is in now: "works", "runs the lab", "is head of …". */
function tiedByVerbAt(context: ArticleContext, from: number, sentenceEnd: number): boolean {
  const { tokens } = context;
  let verb = from;
  while (verb < sentenceEnd - 1 && LEADS_AUXILIARIES.has((tokens[verb] as Token).lower)) verb++;
  const word = (tokens[verb] as Token | undefined)?.lower ?? '';
  // (in the present only: "where Jo Roe worked for 17 years" tells of a post she may have left)
  if (!word.endsWith('s')) return false;
  if (WORK_VERBS.has(word) || LEADS_VERBS.has(word)) return true;
  return word === 'is' && describesRole(context, verb + 1, sentenceEnd);
}

/** The organisation named nearest before "where" at `where` in its sentence, past places and lower-case words; else null. */
function organisationBeforeWhere(context: ArticleContext, where: number, sentenceFirst: number): Entity | null {
  for (let k = where - 1; k >= sentenceFirst && where - k <= MAX_WHERE_REACH; k--) {
    const entity = entityAtToken(context, k);
    if (entity?.type === 'organisation') return entity;
    if (entity?.type === 'person' || (!entity && (context.tokens[k] as Token).capitalised)) return null;
  }
  return null;
}

/** "Connor Keane, known to fans as Sparky, …", "Moran, nicknamed the Owl, …": the nicknames the text gives its people. */
function recordNicknames(context: ArticleContext, profiles: PersonProfiles): void {
  const { entities, entityOf, tokens } = context;
  const kindAt = (t: number): NameKind => {
    const entity = entities[entityOf[t] as number];
    return entity ? (entity.type === 'person' ? 'person' : 'other') : null;
  };
  for (const { person, nickname } of nicknameIntroductions(tokens, context.first, context.end, kindAt)) {
    const entity = entities[entityOf[person] as number] as Entity;
    const profile = profiles.lookupAt(entity.text, person, null, entity.sourceId);
    if (profile && normaliseName(profile.name).includes(' ')) profiles.addNickname((tokens[nickname] as Token).text, profile);
  }
}

/**
 * "Adrian Falk … Falk, who spent 20 years at a bank, declined to say what price he would accept": a person whose name
 * says no gender has the one of the first pronoun after her name in a sentence she opens as its subject, when nobody
 * else is named before it (`ownPronounGender`), so a later "she" does not take him.
 */
function learnGendersFromPronouns(context: ArticleContext, profiles: PersonProfiles): void {
  const { entities, entityOf, inQuote } = context;
  for (let s = 0; s < context.sentences.length; s++) {
    const first = context.first[s] as number;
    const index = entityOf[first] as number;
    const entity = entities[index];
    if (!entity || entity.type !== 'person' || inQuote[first]) continue;
    const profile = profiles.lookup(entity.text, entity.sourceId);
    if (!profile || profile.gender !== null) continue;
    let last = first;
    while (entityOf[last + 1] === index) last++;
    profile.gender = ownPronounGender(context, s, last + 1);
  }
}

/** Subject pronouns and the gender they say. */
const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['she', 'female'],
  ['he', 'male'],
]);

/** How many sentences back a sentence-opening "She" may point to the person named (same or previous paragraph). */
const MAX_PRONOUN_SUBJECT_REACH = 2;

/** Relative words after an organisation's name whose clause may have the person as its subject: "X, where she works". */
const PLACE_RELATIVES = new Set(['where', 'which', 'that']);

/**
 * Ties a person to an organisation in a clause whose subject is "she" or "he" rather than her name, as the same words
 * after her name would ("Jo Roe now directs X"): a sentence opening with the pronoun ("For 22 years Jo Roe has walked
 * the glacier. She now directs the X Observatory.") and a relative clause on the organisation ("… at the X Clinic,
 * where she is practice manager", "the X Trust, which he founded"). The pronoun points to the latest person named
 * before it outside quotes whose gender does not contradict it. Fills an organisation nothing else gave her, so her
 * quotes and interview turns speak for it.
 */
function tiePronounSubjects(context: ArticleContext, profiles: PersonProfiles): void {
  const { tokens, entityOf, inQuote } = context;
  for (let s = 0; s < context.sentences.length; s++) {
    const first = context.first[s] as number;
    const end = context.end[s] as number;
    const gender = SUBJECT_PRONOUNS.get((tokens[first] as Token | undefined)?.lower ?? '');
    if (gender !== undefined && first + 2 < end && !inQuote[first]) {
      const tied = organisationTiedAfter(context, first + 1, end);
      if (tied) tiePerson(context, profiles, first, gender, tied, postOfLeadingVerb(context, first, end - 1));
      describePronounSubject(context, profiles, s, gender);
    }
    for (let t = first + 1; t + 2 < end; t++) {
      const organisation = entityAtToken(context, t - 1);
      const pronoun = SUBJECT_PRONOUNS.get((tokens[t + 1] as Token).lower);
      if (pronoun === undefined || organisation?.type !== 'organisation' || inQuote[t] || !PLACE_RELATIVES.has((tokens[t] as Token).lower))
        continue;
      if ((entityOf[t] as number) >= 0 || !breakAfter(context, t - 1) || !tiedInRelativeClause(context, t, end)) continue;
      tiePerson(context, profiles, t, pronoun, organisation, null);
    }
  }
}

/**
 * Whether the relative clause at `relative` ("where she …", "which he …") makes its pronoun subject one of the
 * organisation's people: "which she manages", "which he founded in 2009" (a verb of leading), "where she is practice
 * manager", "where he has taught since 2004" (a post, a verb of working); not "where she was treated".
 */
function tiedInRelativeClause(context: ArticleContext, relative: number, sentenceEnd: number): boolean {
  const { tokens } = context;
  let verb = relative + 2;
  while (verb < sentenceEnd - 1 && LEADS_AUXILIARIES.has((tokens[verb] as Token).lower)) verb++;
  const word = (tokens[verb] as Token | undefined)?.lower ?? '';
  if ((tokens[relative] as Token).lower !== 'where') return LEADS_VERBS.has(word);
  return WORK_VERBS.has(word) || ((COPULAS.has(word) || word === 'been') && describesRole(context, verb + 1, sentenceEnd));
}

/**
 * Gives the organisation to the person a pronoun at token `pronoun` points to: the latest named before it outside
 * quotes (`MAX_PRONOUN_SUBJECT_REACH` sentences back, same or previous paragraph) whose gender does not contradict it.
 */
function tiePerson(
  context: ArticleContext,
  profiles: PersonProfiles,
  pronoun: number,
  gender: Gender,
  organisation: Entity,
  role: string | null,
): void {
  const profile = pronounPerson(context, profiles, pronoun, gender);
  if (profile && profile.organisation === null) {
    profile.organisation = organisation.text;
    profile.organisationSource = context.registry.resolve(organisation.text);
    profile.role ??= role;
  }
}

/**
 * The person a subject pronoun at token `pronoun` points to: the latest named before it outside quotes
 * (`MAX_PRONOUN_SUBJECT_REACH` sentences back, same or previous paragraph) whose gender does not contradict it; for a
 * pronoun opening its sentence, the person the sentence before opens with as its subject comes first ("Jo Roe grew up
 * next to Ann Lee's farm. She qualified …": Jo Roe).
 */
function pronounPerson(context: ArticleContext, profiles: PersonProfiles, pronoun: number, gender: Gender): PersonDraft | null {
  const { inQuote } = context;
  const s = sentenceOfToken(context, pronoun);
  const paragraph = (context.sentences[s] as Sentence).paragraph;
  if (s > 0 && pronoun === context.first[s] && (context.sentences[s - 1] as Sentence).paragraph >= paragraph - 1) {
    const subject = subjectPerson(context, s - 1, profiles);
    if (subject && (subject.gender === null || subject.gender === gender)) return subject;
  }
  const reach = context.first[Math.max(0, s - MAX_PRONOUN_SUBJECT_REACH)] as number;
  for (let k = pronoun - 1; k >= reach; k--) {
    const entity = entityAtToken(context, k);
    if (entity?.type !== 'person' || inQuote[k]) continue;
    if ((context.sentences[sentenceOfToken(context, k)] as Sentence).paragraph < paragraph - 1) return null;
    const profile = profiles.lookup(entity.text, entity.sourceId);
    if (!profile || (profile.gender !== null && profile.gender !== gender)) continue;
    return profile;
  }
  return null;
}

/**
 * "She qualified as a vet in 2013", "He is the club's kit man": a sentence opening with a subject pronoun, then a role
 * after "as" or a copula, describes the person the pronoun points to as her name's apposition would, so a later "the
 * vet said" is her.
 */
function describePronounSubject(context: ArticleContext, profiles: PersonProfiles, s: number, gender: Gender): void {
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  let verb = first + 1;
  while (verb < end - 1 && LEADS_AUXILIARIES.has((context.tokens[verb] as Token).lower)) verb++;
  const word = (context.tokens[verb] as Token).lower;
  const copula = (COPULAS.has(word) || word === 'been') && describesRole(context, verb + 1, end);
  if (!copula && !servesAs(context, verb, end) && !personNounAfterAs(context, verb, end)) return;
  const profile = pronounPerson(context, profiles, first, gender);
  if (profile) profiles.addDescription(profile, { first, last: clauseEnd(context, first + 1, end) });
}

/**
 * The organisation a predicate from token `from` ties its subject to: "(now) directs the X", "has run X since 2015",
 * "is chief executive of X", "is the X's treasurer", "works for X"; else null.
 */
function organisationTiedAfter(context: ArticleContext, from: number, sentenceEnd: number): Entity | null {
  const { tokens } = context;
  let verb = from;
  while (verb < sentenceEnd - 1 && LEADS_AUXILIARIES.has((tokens[verb] as Token).lower)) verb++;
  const word = (tokens[verb] as Token).lower;
  if (workEnded(context, verb, sentenceEnd)) return null;
  // ("heads research at X": a field led, then where, as "teaches chemistry at X" reads below)
  const led = LEADS_VERBS.has(word) ? organisationOpeningAt(context, verb + 1) : null;
  if (led) return led;
  if (COPULAS.has(word) || word === 'been') {
    const at = postOrganisationAt(context, verb + 1, sentenceEnd);
    if (at >= 0) return organisationOpeningAt(context, at);
    const owner = tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
    if (ownerOpens(context, owner, sentenceEnd)) return organisationOpeningAt(context, owner);
    // "is the Kelby Clinic practice manager": the organisation's name before a post, no possessive.
    const named = tokens[verb + 1]?.lower === 'the' ? organisationOpeningAt(context, verb + 1) : null;
    let end = verb + 2;
    while (named && end + 1 < sentenceEnd && entityAtToken(context, end + 1) === named) end++;
    if (named && !breakAfter(context, end) && describesRole(context, end + 1, sentenceEnd)) return named;
  }
  const at = worksAt(context, verb, sentenceEnd);
  return at >= 0 ? organisationOpeningAt(context, at) : null;
}

/** What may stand between the names of a list: a comma, "and", and a list of organisations' "the", "of", "from", "at". */
const LIST_JOINERS = new Set(['and', 'the', 'of', 'from', 'at', 'with']);

/**
 * "Jo Roe and Al Ek, of the X Trust and the Y Union respectively": a list of people, then as many organisations and
 * "respectively" pair them in order, whatever the apposition read for the last name alone.
 */
function pairRespectively(context: ArticleContext, profiles: PersonProfiles): void {
  const { tokens, entities } = context;
  for (let t = 1; t < tokens.length; t++) {
    if ((tokens[t] as Token).lower !== 'respectively') continue;
    const organisations = listedEntitiesBefore(context, t - 1, 'organisation');
    const people = listedEntitiesBefore(context, organisations.next, 'person');
    if (organisations.found.length < 2 || people.found.length !== organisations.found.length) continue;
    people.found.forEach((index, k) => {
      const person = entities[index] as Entity;
      const profile = profiles.lookup(person.text, person.sourceId);
      const organisation = entities[organisations.found[k] as number] as Entity;
      if (!profile) return;
      profile.organisation = organisation.text;
      profile.organisationSource = context.registry.resolve(organisation.text);
    });
  }
}

/**
 * The entities of one type listed right before token `from` (inclusive), in text order, joined by commas and
 * `LIST_JOINERS`, and the token before the list. Stops at a sentence's start or any other word.
 */
function listedEntitiesBefore(context: ArticleContext, from: number, type: Entity['type']): { found: number[]; next: number } {
  const { tokens, entities, entityOf } = context;
  const found: number[] = [];
  const sentenceFirst = from >= 0 ? (context.first[sentenceOfToken(context, from)] as number) : 0;
  let k = from;
  while (k >= sentenceFirst) {
    const index = entityOf[k] as number;
    const gap = k + 1 < tokens.length ? context.text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start).trim() : '';
    if (gap !== '' && gap !== ',') break;
    if (index >= 0 && (entities[index] as Entity).type === type) {
      if (found[0] !== index) found.unshift(index);
      k--;
    } else if (index < 0 && LIST_JOINERS.has((tokens[k] as Token).lower)) k--;
    else break;
  }
  return { found, next: k };
}

/** How many words an apposition after a name may run before its head noun ("Jo Roe, her late father,"). */
const MAX_APPOSITION_HEAD = 3;

/**
 * The gender a noun in apposition to the name gives, when the name's own words do not: "her father, Walter Roe,",
 * "Walter Roe, her late father,": the noun right before the comma, or the last word before the next break.
 */
function appositionGender(context: ArticleContext, first: number, last: number, sentenceFirst: number): Gender | null {
  const { tokens } = context;
  if (first > sentenceFirst && breakAfter(context, first - 1)) {
    const gender = genderFromWords((tokens[first - 1] as Token).lower, null);
    if (gender !== null) return gender;
  }
  if (!breakAfter(context, last)) return null;
  for (let k = last + 1; k < tokens.length && k <= last + MAX_APPOSITION_HEAD; k++) {
    if (breakAfter(context, k)) return genderFromWords((tokens[k] as Token).lower, null);
  }
  return null;
}

/** Whether tokens [first, last] are all capitalised (none when last < first): a rank or title before a name. */
function isCapitalisedRun(context: ArticleContext, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (!(context.tokens[t] as Token).capitalised) return false;
  return true;
}

/**
 * A role noun, or a noun for a person followed by where she works ("Her co-author at the institute, Jo Roe,", "a
 * colleague from the bureau"), in tokens[first, last]: the phrase before an appositive name that describes her.
 */
function hasRoleNoun(context: ArticleContext, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) {
    const lower = (context.tokens[t] as Token).lower;
    if (ROLE_NOUNS.has(lower)) return true;
    const next = context.tokens[t + 1];
    if (PERSON_NOUNS.has(lower) && t < last && next && !breakAfter(context, t) && EMPLOYER_PREPOSITIONS.has(next.lower)) return true;
  }
  return false;
}

function descriptionStart(context: ArticleContext, t: number, sentenceFirst: number): number {
  let k = t;
  while (
    k - 1 >= sentenceFirst &&
    t - k < MAX_DESCRIPTION_TOKENS &&
    !breakAfter(context, k - 1) &&
    context.inQuote[k - 1] === context.inQuote[t] &&
    !SPEAKER_STOP_WORDS.has((context.tokens[k - 1] as Token).lower) &&
    (!isVerbToken(context, k - 1) || isRoleParticiple(context, k - 1)) &&
    (context.tokens[k - 1] as Token).lower !== 'and'
  ) {
    k--;
  }
  return k;
}

/** "chief operating officer", "managing director": a participle wink tags VERB that modifies the role noun right after it. */
function isRoleParticiple(context: ArticleContext, t: number): boolean {
  const next = context.tokens[t + 1];
  const lower = (context.tokens[t] as Token).lower;
  // ("lead nurse": a role's modifier wink reads as a verb)
  return (
    (lower.endsWith('ing') || ROLE_MODIFIERS.has(lower)) &&
    next !== undefined &&
    !breakAfter(context, t) &&
    (ROLE_NOUNS.has(next.lower) || ROLE_MODIFIERS.has(next.lower))
  );
}

const COPULAS = new Set(['is', 'was', 'remains', 'became']);

/** "Jane Doe of the Harbour Trust", "John Roe from Brackwell Energy": the organisation named right after "of"/"from". */
function belongingEnd(context: ArticleContext, preposition: number, sentenceEnd: number): number {
  let k = preposition + 1;
  if (k < sentenceEnd && (context.tokens[k] as Token).lower === 'the') k++;
  const index = context.entityOf[k] as number;
  if (k >= sentenceEnd || index < 0 || (context.entities[index] as Entity).type !== 'organisation') return preposition - 1;
  while (k + 1 < sentenceEnd && context.entityOf[k + 1] === index) k++;
  return k;
}

/** "took over as director", "served as chairwoman", "joined as head of …": a verb, maybe a particle, then "as" and a role. */
function servesAs(context: ArticleContext, verb: number, sentenceEnd: number): boolean {
  if (context.pos.tags[verb] !== Pos.VERB) return false;
  for (let k = verb + 1; k < sentenceEnd && k <= verb + 2; k++) {
    if ((context.tokens[k] as Token).lower === 'as') return describesRole(context, k + 1, sentenceEnd);
    if (breakAfter(context, k - 1)) return false;
  }
  return false;
}

/** "qualified as a vet", "trained as a midwife": a verb, "as", an article and a noun for a person (WordNet's). */
function personNounAfterAs(context: ArticleContext, verb: number, sentenceEnd: number): boolean {
  const { tokens } = context;
  if (context.pos.tags[verb] !== Pos.VERB || (tokens[verb + 1] as Token | undefined)?.lower !== 'as' || breakAfter(context, verb))
    return false;
  const article = (tokens[verb + 2] as Token | undefined)?.lower ?? '';
  const noun = article === 'a' || article === 'an' ? verb + 3 : -1;
  return noun > 0 && noun < sentenceEnd && !breakAfter(context, verb + 1) && isRoleNounAt(context, noun);
}

/** Possessive pronouns that may stand before a post given "as": "as its manager", "as her deputy". */
const POST_OWNERS = new Set(['its', 'her', 'his', 'their']);

/** "as its manager", "as chief executive": the tokens of the post's own words after "as" (from `from`), or null. */
function postAfterAs(context: ArticleContext, from: number, sentenceEnd: number): TokenRange | null {
  let first = from;
  while (
    first < sentenceEnd &&
    (DETERMINERS.has((context.tokens[first] as Token).lower) || POST_OWNERS.has((context.tokens[first] as Token).lower))
  )
    first++;
  for (let t = first; t < sentenceEnd && t < first + 3; t++) {
    const token = context.tokens[t] as Token;
    if (ROLE_NOUNS.has(token.lower)) return { first, last: t };
    if (token.capitalised || breakAfter(context, t)) return null;
  }
  return null;
}

/** A role noun within a few words after the copula: "is medical director", "was the chief executive". */
function describesRole(context: ArticleContext, from: number, sentenceEnd: number): boolean {
  let bare = true;
  for (let t = from; t < sentenceEnd && t < from + 3; t++) {
    const token = context.tokens[t] as Token;
    if (ROLE_NOUNS.has(token.lower)) return true;
    // "regional organiser of the X Union": a noun for a person the role lists lack, written bare (no article: "a
    // patient at X" is what she is there, not a post) and held in what follows "of" or "for".
    const next = context.tokens[t + 1];
    if (bare && next && BARE_POST_PREPOSITIONS.has(next.lower) && !breakAfter(context, t) && isRoleNounAt(context, t)) return true;
    if (DETERMINERS.has(token.lower)) bare = false;
    if (!DETERMINERS.has(token.lower) && !ROLE_MODIFIERS.has(token.lower) && token.capitalised) return false;
  }
  return false;
}

/** Words of a post named by a word the role lists lack, between a copula and its organisation: "clinical lead", "the practice's lead nurse". */
const MAX_POST_WORDS = 4;

/**
 * "has been clinical lead at the Kestling Centre", "is head of nursing at …": after a copula, a few lower-case words
 * (a post, whatever its noun) and a preposition of working somewhere opening an organisation's name. Returns the token
 * the organisation's name opens at (its "the" included), or -1.
 */
export function postOrganisationAt(context: ArticleContext, from: number, sentenceEnd: number): number {
  // A post is written bare ("has been clinical lead at"); "a regular visitor at" is what she is there, not a post, but
  // "is an engineer at X", "a senior engineer with X" name a listed role held there.
  const indefinite = INDEFINITE_ARTICLES.has((context.tokens[from] as Token | undefined)?.lower ?? '');
  for (let t = from; t < sentenceEnd && t <= from + MAX_POST_WORDS; t++) {
    const token = context.tokens[t] as Token;
    // ("one of the founders of the Brackley Food Bank": the first "of" opens no organisation)
    if (t > from && POST_PREPOSITIONS.has(token.lower) && organisationOpensAt(context, t + 1)) {
      if (!indefinite) return t + 1;
      const working = WORKPLACE_PREPOSITIONS.has(token.lower) || token.lower === 'with';
      return working && ROLE_NOUNS.has((context.tokens[t - 1] as Token).lower) ? t + 1 : -1;
    }
    if (token.capitalised || breakAfter(context, t) || (context.entityOf[t] as number) >= 0 || context.pos.tags[t] === Pos.VERB) return -1;
  }
  return -1;
}

export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Prepositions after a bare post the role lists lack: "organiser of", "campaigner for". */
const BARE_POST_PREPOSITIONS = new Set(['of', 'for']);

/** Prepositions between a post and the organisation it is held in: "lead at", "head of", "officer for", "nurse with". */
const POST_PREPOSITIONS = new Set(['at', 'of', 'for', 'with']);

/** Verbs of a relative clause that tie a person to an organisation: "Joe Bloggs, who chairs the Residents' Association". */
export const LEADS_VERBS: ReadonlySet<string> = new Set([
  ...OWNING_VERBS,
  'heads',
  'chairs',
  'leads',
  'runs',
  'directs',
  'manages',
  'founded',
  'works',
  'worked',
  'represents',
  'speaks',
  'headed',
  'led',
  'run',
  'chaired',
  'directed',
  'managed',
  // "Grace Roe coordinates the Dunmere Food Bank", "who oversees the hospital's wards": verbs of running something now
  // (in the past they more often tell of a project: "who oversaw the new wing").
  'coordinates',
  'oversees',
  // "Jo Roe started the Brackley Food Bank in 2015", "who joined the Harbour Trust as its treasurer".
  'started',
  'established',
  'joined',
  'supervises',
  'organises',
  'organizes',
]);
/** Participles of leading before "by" and a leader's name: "the X, chaired by Jo Roe", "the X is run by Jo Roe". */
const LED_PARTICIPLES = new Set([
  'led',
  'run',
  'chaired',
  'headed',
  'directed',
  'managed',
  'founded',
  'co-founded',
  'owned',
  'coordinated',
]);

/** Auxiliaries of a passive between an organisation and its participle: "is led by", "has long been run by". */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'has', 'have', 'had', 'being', 'now', 'still', 'also', 'long']);

/** The organisation named right before "(is) led by" and the name at token t, or null. */
function ledBy(context: ArticleContext, t: number, sentenceFirst: number): Entity | null {
  const { tokens } = context;
  if (t - 2 < sentenceFirst || tokens[t - 1]?.lower !== 'by' || breakAfter(context, t - 2)) return null;
  if (!LED_PARTICIPLES.has((tokens[t - 2] as Token).lower)) return null;
  let k = t - 3;
  while (k >= sentenceFirst && !breakAfter(context, k) && PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower)) k--;
  const entity = k >= sentenceFirst ? entityAtToken(context, k) : undefined;
  return entity?.type === 'organisation' && !context.inQuote[k] ? entity : null;
}

/** The organisation of a fronted post, "As chief engineer of X, Jo Roe …", when her name at token t follows its comma; else null. */
function frontedPostOf(context: ArticleContext, t: number, sentenceFirst: number): Entity | null {
  const { tokens } = context;
  if (tokens[sentenceFirst]?.lower !== 'as' || t - 1 <= sentenceFirst || !breakAfter(context, t - 1)) return null;
  const entity = entityAtToken(context, t - 1);
  if (entity?.type !== 'organisation') return null;
  let k = t - 1;
  while (k > sentenceFirst && context.entityOf[k - 1] === context.entityOf[t - 1]) k--;
  // "As chief engineer of the X": a role, then the preposition (and article) opening the name.
  const preposition = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  if (preposition <= sentenceFirst || !POST_PREPOSITIONS.has((tokens[preposition] as Token).lower)) return null;
  for (let r = sentenceFirst + 1; r < preposition; r++) if (breakAfter(context, r) || (context.entityOf[r] as number) >= 0) return null;
  return ROLE_NOUNS.has((tokens[preposition - 1] as Token).lower) ? entity : null;
}

/**
 * "Interview: Jo Roe, Kelby Clinic", "Jo Roe - Harbour Trust", "Jo Roe (Harbour Trust)", "Panel: Jo Roe, X; Al Ek, Y": a
 * name set beside an organisation's name alone, in a line of names or a list that ends there (or at a semicolon), is
 * hers. Null when anything else follows the organisation in the sentence.
 */
function nameLineOrganisation(context: ArticleContext, last: number, sentenceEnd: number): Entity | null {
  const { tokens, text } = context;
  if (last + 1 >= sentenceEnd || !breakAfter(context, last)) return null;
  const entity = organisationOpeningAt(context, last + 1);
  if (!entity || (tokens[last + 1] as Token).start !== entity.start) return null;
  let k = last + 1;
  while (k + 1 < sentenceEnd && entityAtToken(context, k + 1) === entity) k++;
  if (k + 1 >= sentenceEnd) return entity;
  return /^[)\s]*;/u.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)) ? entity : null;
}

/** Words of a post between a fronted workplace's comma and the name: "At X, senior practice manager Jo Roe". */
const MAX_FRONTED_POST_WORDS = 4;

/**
 * "At the X Clinic, practice manager Jo Roe has seen …": a sentence fronted by "at" and an organisation, then a post
 * with no owner of its own right before her name at token t, places the post there. Null when another name, a break
 * or no role noun stands between.
 */
function frontedWorkplaceOf(context: ArticleContext, t: number, sentenceFirst: number): Entity | null {
  const { tokens, entityOf } = context;
  if (tokens[sentenceFirst]?.lower !== 'at') return null;
  const entity = organisationOpeningAt(context, sentenceFirst + 1);
  if (!entity) return null;
  let k = sentenceFirst + 1;
  while (k < t && entityAtToken(context, k) !== entity) k++;
  while (k + 1 < t && entityAtToken(context, k + 1) === entity) k++;
  if (!breakAfter(context, k) || t - k - 1 < 1 || t - k - 1 > MAX_FRONTED_POST_WORDS) return null;
  let role = false;
  for (let r = k + 1; r < t; r++) {
    if (breakAfter(context, r) || (entityOf[r] as number) >= 0) return null;
    if (ROLE_NOUNS.has((tokens[r] as Token).lower)) role = true;
  }
  return role ? entity : null;
}

/** The post a verb of leading gives its subject: "who chairs the X" is the chair ("the chairwoman said" later). */
const POSTS_OF_LEADING_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'],
  ['chaired', 'chair'],
  ['heads', 'head'],
  ['headed', 'head'],
  ['leads', 'leader'],
  ['led', 'leader'],
  ['directs', 'director'],
  ['directed', 'director'],
  ['manages', 'manager'],
  ['managed', 'manager'],
  ['founded', 'founder'],
  ['co-founded', 'founder'],
  ['owns', 'owner'],
  ['owned', 'owner'],
  ['coordinates', 'coordinator'],
  ['supervises', 'supervisor'],
  ['organises', 'organiser'],
  ['organizes', 'organizer'],
]);

/** The post named by a verb of leading right after the name ending at `last` ("Jo Roe, who has chaired …"), or null. */
function postOfLeadingVerb(context: ArticleContext, last: number, to: number): string | null {
  let t = last + 1;
  if (t <= to && (context.tokens[t] as Token).lower === 'who') t++;
  while (t <= to && LEADS_AUXILIARIES.has((context.tokens[t] as Token).lower)) t++;
  return t <= to ? (POSTS_OF_LEADING_VERBS.get((context.tokens[t] as Token).lower) ?? null) : null;
}

/** "Jane Doe has led the Harbour Trust since 2019": auxiliaries between the name and a verb of leading. */
const LEADS_AUXILIARIES = new Set(['has', 'had', 'also', 'still', 'now']);

/**
 * "Dr. Amal Haddad, a World Health Organization official in Sanaa": an apposition opens with a determiner,
 * a role noun ("Fred Nurk, lawyer for …") or "who" and a verb of leading ("…, who heads the NWA's operations").
 */
function appositionEnd(context: ArticleContext, last: number, sentenceEnd: number, afterAge = false): number {
  const next = context.tokens[last + 1];
  if (!next || last + 1 >= sentenceEnd) return last;
  const joined = !breakAfter(context, last);
  // "the Minister for Health, Jo Roe; the Chief Executive of X, Al Ek": a semicolon ends a list's item, never opens her
  // apposition (the post after it is the next person's).
  if (!joined && context.text.slice((context.tokens[last] as Token).end, next.start).includes(';')) return last;
  // "Jane Doe, 54, has run the Harbour Trust since 2015", "Jane Doe, 54, a nurse at …": an age between commas is transparent.
  if (!joined && !afterAge && /^\d{1,3}$/.test(next.text) && breakAfter(context, last + 1)) {
    const end = appositionEnd(context, last + 1, sentenceEnd, true);
    return end === last + 1 ? last : end;
  }
  // "Jane Doe runs the Harbour Trust": the organisation she leads describes her as an apposition would.
  // "Jane Doe is medical director of the Harbour Clinic": a copula and a role describe her too.
  if (joined && (next.lower === 'of' || next.lower === 'from')) return belongingEnd(context, last + 1, sentenceEnd);
  if (joined || afterAge) {
    let verb = last + 1;
    while (verb < sentenceEnd - 1 && LEADS_AUXILIARIES.has((context.tokens[verb] as Token).lower)) verb++;
    const word = (context.tokens[verb] as Token).lower;
    // "has been the trust's finance director", "took over as treasurer of …": a role after a copula or "as".
    // "is the Brackley Food Bank's coordinator": a copula, then an organisation owning a role.
    const owner = (context.tokens[verb + 1] as Token | undefined)?.lower === 'the' ? verb + 2 : verb + 1;
    const copula =
      (COPULAS.has(word) || word === 'been') &&
      (describesRole(context, verb + 1, sentenceEnd) ||
        postOrganisationAt(context, verb + 1, sentenceEnd) >= 0 ||
        ownerOpens(context, owner, sentenceEnd));
    // ("Jo Roe worked at the ironworks for 31 years": a job held once describes whom she spoke for then, not now)
    if (workEnded(context, verb, sentenceEnd)) return last;
    if (LEADS_VERBS.has(word) || copula || servesAs(context, verb, sentenceEnd) || worksAt(context, verb, sentenceEnd) >= 0)
      return clauseEnd(context, last + 1, sentenceEnd);
    if (joined) return last;
  }
  // "…, of the Tenants' Union,": the organisation she belongs to, between commas.
  if ((next.lower === 'of' || next.lower === 'from') && organisationOpensAt(context, last + 2))
    return clauseEnd(context, last + 1, sentenceEnd);
  // "…, the director of …", "…, spokeswoman for …", "…, medical director of …", "…, who heads …".
  const opens =
    DETERMINERS.has(next.lower) ||
    ROLE_NOUNS.has(next.lower) ||
    // "…, Jane Roe, said members were …": the speech verb after her name opens no description.
    (!next.capitalised &&
      (!isVerbToken(context, last + 1) || isRoleParticiple(context, last + 1)) &&
      describesRole(context, last + 1, sentenceEnd)) ||
    (next.lower === 'who' && leadsInClause(context, last + 2, sentenceEnd)) ||
    ownerOpens(context, last + 1, sentenceEnd);
  // A list of witnesses or guests: "Jane Roe, Operations Director, Harbour Ferries": a title, then the organisation.
  const title = opens ? clauseEnd(context, last + 1, sentenceEnd) : titleEnd(context, last + 1, sentenceEnd);
  if (title < 0) return last;
  return holdsRole(context, last + 1, title) ? organisationAfterComma(context, title, sentenceEnd) : title;
}

/**
 * "…, Clearbreath's director of research, …", "…, the Harbour Trust's treasurer, …": an apposition opening with a
 * name's possessive, then a role, describes her as one opening with a determiner does.
 */
function ownerOpens(context: ArticleContext, from: number, sentenceEnd: number): boolean {
  // "…, who is" ending a sentence: nothing to open.
  if (from >= sentenceEnd) return false;
  const index = context.entityOf[from] as number;
  if (index < 0 && !(context.tokens[from] as Token).capitalised) return false;
  let end = from;
  while (index >= 0 && end + 1 < sentenceEnd && context.entityOf[end + 1] === index && !breakAfter(context, end)) end++;
  return /['’]s$/u.test((context.tokens[end] as Token).text) && !breakAfter(context, end) && describesRole(context, end + 1, sentenceEnd);
}

/** Words of a relative clause before a second verb joined by "and": "who farms 120 hectares near Vell and chairs …". */
const MAX_FIRST_PREDICATE = 10;

/**
 * A relative clause from `from` (after "who") ties her to an organisation: a verb of leading opens it
 * ("who heads the agency") or follows "and" before the clause breaks ("who farms maize near Vell and
 * chairs the Irrigators' Association").
 */
function leadsInClause(context: ArticleContext, start: number, sentenceEnd: number): boolean {
  let from = start;
  const { tokens } = context;
  // "who has worked at …", "who now runs …": auxiliaries before the verb.
  while (from + 1 < sentenceEnd && LEADS_AUXILIARIES.has((tokens[from] as Token).lower)) from++;
  const first = (tokens[from] as Token | undefined)?.lower ?? '';
  if (workEnded(context, from, sentenceEnd)) return false;
  if (LEADS_VERBS.has(first) || worksAt(context, from, sentenceEnd) >= 0) return true;
  // "who is the Harbour Trust's treasurer", "who was its chairman": a copula and a role.
  if (COPULAS.has(first)) {
    const owner = tokens[from + 1]?.lower === 'the' ? from + 2 : from + 1;
    if (describesRole(context, from + 1, sentenceEnd) || ownerOpens(context, owner, sentenceEnd)) return true;
  }
  for (let t = from; t + 1 < sentenceEnd && t < from + MAX_FIRST_PREDICATE && !breakAfter(context, t); t++) {
    const word = (tokens[t] as Token).lower;
    if (word === 'and' && LEADS_VERBS.has((tokens[t + 1] as Token).lower)) return true;
    // "who teaches maths at Elm Park Elementary", "who volunteers for the Harbour Trust": the organisation she is at.
    if (WORK_VERBS.has((tokens[from] as Token).lower) && WORKPLACE_PREPOSITIONS.has(word) && organisationOpensAt(context, t + 1))
      return true;
  }
  return false;
}

/** Verbs of working somewhere that are not verbs of leading: "who teaches at …" (a customer "who shops at …" speaks for none). */
const WORK_VERBS = new Set([
  // (first person: "I work for …", "I volunteer at …")
  'work',
  'worked',
  'volunteer',
  'serve',
  'teaches',
  'taught',
  'volunteers',
  'volunteered',
  'serves',
  'served',
  'lectures',
  'lectured',
  'coaches',
  'coached',
]);
/** Prepositions of a relative clause that place a person in an organisation: "who teaches at …", "who volunteers for …". */
const WORKPLACE_PREPOSITIONS = new Set(['at', 'for']);

/**
 * "volunteered with the Brackley Food Bank", "teaches at Elm Park School", "I work for the union": a verb of working, a
 * preposition, an organisation's name. Returns the token the name opens at (its "the" included), or -1.
 */
export function worksAt(context: ArticleContext, verb: number, sentenceEnd: number): number {
  const next = (context.tokens[verb + 1] as Token | undefined)?.lower ?? '';
  const works =
    verb + 2 < sentenceEnd &&
    WORK_VERBS.has((context.tokens[verb] as Token).lower) &&
    (WORKPLACE_PREPOSITIONS.has(next) || next === 'with') &&
    organisationOpensAt(context, verb + 2) &&
    !workEnded(context, verb, sentenceEnd);
  if (works) return verb + 2;
  const seat = seatAt(context, verb, sentenceEnd);
  return seat >= 0 ? seat : practisesAt(context, verb, sentenceEnd);
}

/** Past forms of working and leading that do not end in "-ed". */
const PAST_WORK_FORMS = new Set(['taught', 'led', 'ran', 'run']);
/** Units of a span of working time: "worked at X for 31 years". */
const WORK_SPAN_UNITS = new Set(['years', 'decades', 'months', 'weeks', 'year', 'decade', 'month']);
/** Words after "for" that count a span: a number, "many", "several", "a". */
const WORK_SPAN_COUNTS = new Set(['many', 'several', 'a', 'an', 'some', 'nearly', 'almost', 'over', 'more', 'about', 'around']);
/** Tokens from the verb a span of time may stand after: "worked at the Pellbridge Steel Works for 31 years". */
const MAX_WORK_SPAN_TOKENS = 10;

/**
 * "Jo Roe worked at the ironworks for 31 years", "who worked for the council until 2019": a simple past of working with a
 * span that closes it tells of a job held once, so the person speaks for that organisation no more ("has worked at X for
 * 20 years" is a job held now).
 */
function workEnded(context: ArticleContext, verb: number, sentenceEnd: number): boolean {
  const { tokens } = context;
  // (callers may pass a verb past the text's last token: "… who" ending it)
  const word = (tokens[verb] as Token | undefined)?.lower ?? '';
  const before = (tokens[verb - 1] as Token | undefined)?.lower ?? '';
  if (!(WORK_VERBS.has(word) || LEADS_VERBS.has(word)) || (!word.endsWith('ed') && !PAST_WORK_FORMS.has(word))) return false;
  if (before === 'has' || before === 'have' || before === "'s" || before === 'still') return false;
  const last = Math.min(sentenceEnd - 1, verb + MAX_WORK_SPAN_TOKENS);
  for (let t = verb + 2; t < last; t++) {
    const lower = (tokens[t] as Token).lower;
    if (lower === 'until' || lower === 'till') return true;
    if (lower !== 'for') continue;
    const count = tokens[t + 1] as Token;
    const unit = (tokens[t + 2] as Token | undefined)?.lower ?? '';
    if ((count.numeric || NUMBER_WORDS.has(count.lower) || WORK_SPAN_COUNTS.has(count.lower)) && WORK_SPAN_UNITS.has(unit)) return true;
    // "for more than 30 years", "for about ten years": a word before the count.
    const third = (tokens[t + 3] as Token | undefined)?.lower ?? '';
    if (WORK_SPAN_COUNTS.has(count.lower) && WORK_SPAN_UNITS.has(third)) return true;
  }
  return false;
}

/** Words a present-tense verb's object may run before "at" and the organisation: "milks 220 dairy cows at X". */
const MAX_PRACTICE_OBJECT = 5;

/**
 * Present-tense verbs whose subject is at a place as a customer, resident, patient or visitor, not as one who works
 * there: "who shops at X", "lives at", "waits at X Hospital".
 */
const VISITING_VERBS = new Set([
  'lives',
  'shops',
  'stays',
  'eats',
  'drinks',
  'parks',
  'visits',
  'banks',
  'rents',
  'sleeps',
  'waits',
  'queues',
  'arrives',
  'goes',
  'comes',
  'returns',
  'worships',
  'swims',
  'plays',
]);

/** Subjects right before a verb that wink may tag a plural noun ("who studies bats", "she runs"). */
const RELATIVE_OR_PRONOUN_SUBJECTS = new Set(['who', 'she', 'he']);

/**
 * Whether the "-s" word at t is a verb: wink's tag, or its subject right before it ("who", "she", auxiliaries between)
 * or a person's name with its object opening after it ("Jo Roe lights the furnace"), where wink reads a plural noun.
 */
function readsAsVerb(context: ArticleContext, t: number): boolean {
  const tag = context.pos.tags[t];
  if (tag === Pos.VERB) return true;
  if ((tag !== Pos.NOUN && tag !== Pos.ADJ) || (context.tokens[t] as Token).capitalised || t === 0 || breakAfter(context, t - 1))
    return false;
  let subject = t - 1;
  while (subject > 0 && LEADS_AUXILIARIES.has((context.tokens[subject] as Token).lower) && !breakAfter(context, subject - 1)) subject--;
  if (RELATIVE_OR_PRONOUN_SUBJECTS.has((context.tokens[subject] as Token).lower)) return true;
  const person = entityAtToken(context, subject)?.type === 'person';
  const next = context.pos.tags[t + 1];
  return person && !breakAfter(context, t) && (next === Pos.DET || next === Pos.NUM || next === Pos.PRON);
}

/**
 * "who milks 220 cows at Hollow Farm", "Jo Roe lights the furnace at X Glass", "who studies bats at the X Museum":
 * a present-tense verb of what she does, its object, then "at" an organisation's name, is where she works (the
 * habitual present says it is her work, not a visit; "who shops at X" is a customer). Returns the token the name
 * opens at, or -1.
 */
function practisesAt(context: ArticleContext, verb: number, sentenceEnd: number): number {
  const { tokens } = context;
  const word = (tokens[verb] as Token | undefined)?.lower ?? '';
  if (!/[a-z]s$/u.test(word) || /ss$/u.test(word) || VISITING_VERBS.has(word) || !readsAsVerb(context, verb)) return -1;
  for (let t = verb + 1; t < sentenceEnd && t <= verb + 1 + MAX_PRACTICE_OBJECT; t++) {
    if (breakAfter(context, t - 1) || context.pos.tags[t] === Pos.VERB) return -1;
    if ((tokens[t] as Token).lower === 'at') return organisationOpensAt(context, t + 1) ? t + 1 : -1;
  }
  return -1;
}

/** Verbs of holding a seat on a body: "sits on the board of …", "served on the council of …". */
const SEAT_VERBS = new Set(['sit', 'sits', 'sat', 'serve', 'serves', 'served']);

/**
 * "sits on the board of the Harbour Trust", "serves on the executive committee of X": a verb of holding a seat, "on", a
 * body named by an organisation noun, "of" and an organisation's name, which is hers. Returns the token the name opens
 * at, or -1.
 */
function seatAt(context: ArticleContext, verb: number, sentenceEnd: number): number {
  const { tokens } = context;
  // (worksAt's callers may pass a verb past the text's last token: "… who" ending it)
  if (!SEAT_VERBS.has((tokens[verb] as Token | undefined)?.lower ?? '') || (tokens[verb + 1] as Token | undefined)?.lower !== 'on')
    return -1;
  for (let t = verb + 2; t < sentenceEnd && t <= verb + 2 + MAX_POST_WORDS; t++) {
    if (breakAfter(context, t - 1) || (context.entityOf[t] as number) >= 0) return -1;
    if ((tokens[t] as Token).lower === 'of')
      return isOrganisationNounAt(context, t - 1) && organisationOpensAt(context, t + 1) ? t + 1 : -1;
  }
  return -1;
}

/**
 * The last token of a role written as a title ("Operations Director", "Senior Engineer", "Head of Research") from
 * `from` to a break, or -1: a few words naming no one and holding a role noun.
 */
function titleEnd(context: ArticleContext, from: number, sentenceEnd: number): number {
  // "Eva Lund, and the coastguard's duty officer, …": a conjunction opens the next person's phrase, not her title.
  if (CONJUNCTIONS.has((context.tokens[from] as Token | undefined)?.lower ?? '')) return -1;
  for (let t = from; t < sentenceEnd && t < from + MAX_TITLE_TOKENS; t++) {
    // ("Jane Roe, said the minister …": a verb opens the sentence's predicate, not a title)
    if ((context.entityOf[t] as number) >= 0 || (isVerbToken(context, t) && !isRoleParticiple(context, t))) return -1;
    if (breakAfter(context, t)) return holdsRole(context, from, t) ? t : -1;
  }
  return -1;
}

const MAX_TITLE_TOKENS = 5;
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);

/** Whether tokens [from, to] hold a role noun, capitalised or not ("Director", "Lecturer"). */
function holdsRole(context: ArticleContext, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) {
    const word = (context.tokens[t] as Token).lower;
    if (ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word)) return true;
  }
  return false;
}

/** "…, Operations Director, Harbour Ferries": the organisation named after a comma ends the description, else it ends at `end`. */
function organisationAfterComma(context: ArticleContext, end: number, sentenceEnd: number): number {
  const next = end + 1;
  const index = context.entityOf[next] as number;
  if (next >= sentenceEnd || index < 0 || (context.entities[index] as Entity).type !== 'organisation') return end;
  if (context.text.slice((context.tokens[end] as Token).end, (context.tokens[next] as Token).start).trim() !== ',') return end;
  let k = next;
  while (k + 1 < sentenceEnd && context.entityOf[k + 1] === index) k++;
  return k;
}

function clauseEnd(context: ArticleContext, first: number, sentenceEnd: number): number {
  let k = first;
  while (k + 1 < sentenceEnd && k - first < MAX_DESCRIPTION_TOKENS - 1 && !breakAfter(context, k)) k++;
  return k;
}

/** A description never reaches back across a verb: "… Tom Haller spoke to the treasurer, Jane Roe" describes Jane Roe by "the treasurer" alone. */
export function isVerbToken(context: ArticleContext, t: number): boolean {
  return !(context.tokens[t] as Token).capitalised && context.pos.tags[t] === Pos.VERB;
}

/**
 * Whether a transcript label's short form stands for a full name (its normalised words): her first name ("Ruth") or,
 * written in capitals, her initials ("RO" for Ruth Okafor).
 */
export function shortFormOf(word: string): (names: readonly string[]) => boolean {
  const key = normaliseName(word);
  if (key.includes(' ')) return abbreviatedNameOf(key.split(' '));
  const initials = word.length >= 2 && word.length <= 3 && word === word.toUpperCase() ? key : null;
  return (names) => names[0] === key || (initials !== null && names.map((name) => name[0]).join('') === initials);
}

/**
 * "Priya N", "P. Nandakumar": a first name and a surname of which one is cut to its initial, as a phone's contact list
 * or a chat export shows them. Two parts, one whole and one a single letter; the first stands for the first name, the
 * last for the surname.
 */
function abbreviatedNameOf(parts: readonly string[]): (names: readonly string[]) => boolean {
  const [given = '', family = ''] = parts;
  if (parts.length !== 2 || (given.length === 1) === (family.length === 1)) return () => false;
  const fits = (part: string, name: string | undefined): boolean =>
    name !== undefined && (part.length === 1 ? name.length > 1 && name.startsWith(part) : name === part);
  return (names) => fits(given, names[0]) && fits(family, names[names.length - 1]);
}

/** "Kwame Mensah-Boateng" → "mensah boateng": a written name's last word when a hyphen joins its parts; else null. */
function hyphenatedSurname(name: string): string | null {
  const last = name.trim().split(/\s+/u).at(-1) ?? '';
  if (!/\p{L}[-‐‑][\p{L}]/u.test(last)) return null;
  const key = normaliseName(last);
  return key.includes(' ') ? key : null;
}

/** "lotte de wit" → "de wit", "anna van der berg" → "van der berg": a normalised full name's surname with its particles; else null. */
function surnameWithParticle(name: string): string | null {
  const words = name.split(' ');
  let first = words.length - 1;
  while (first > 1 && SURNAME_PARTICLES.has(words[first - 1] as string)) first--;
  return first < words.length - 1 ? words.slice(first).join(' ') : null;
}

/** What names the body a post's holder is tied to in an author's sentence (`introducedHolders`). */
export type HolderOwner =
  /** "its", "their" or "the trust's" at token `at`, read as a post's owner. */
  | { kind: 'possessive'; at: number }
  /** A body named in full ("Kelby Water's chief executive is …", "The X Board, whose chair is …"). */
  | { kind: 'named'; entity: Entity }
  /** A definite description of a body, its noun at token `at` ("The co-operative has been run … by …"). */
  | { kind: 'described'; at: number };

/** A person named in an author's sentence that ties her to a body without a verb of saying, and what names that body. */
export interface IntroducedHolder {
  person: Entity;
  /** Her name's first token. */
  at: number;
  owner: HolderOwner;
}

/** Words a post owned by a possessive may run to before a copula or a comma: "Its captain that season", "The college's director of admissions". */
const MAX_OWNED_POST_WORDS = 6;

/** Words between a participle of leading and its "by": "has been run since 2019 by", "is chaired this year by". */
const MAX_LED_ADJUNCT = 3;

/** Words that may open a clause before a post in apposition: "…, when its clerk, Jo Roe, read out …". */
const CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before', 'as', 'and', 'where', 'with']);

/**
 * People that an author's sentence ties to a body without a verb of saying, so that their later words speak for it:
 * - a post owned by a possessive, then a copula and her name: "Its chair is Jo Roe", "The college's director of admissions
 *   is Jo Roe", "Its captain that season was Jo Roe", "Kelby Water's chief executive is Jo Roe";
 * - the same post set before her name in apposition: "…, when its clerk, Jo Roe, read out a letter";
 * - a relative clause on a body: "The X Board, whose director general is Jo Roe, …";
 * - a body, named or described, as the subject of a passive of leading: "The co-operative has been run since 2019 by Jo Roe".
 * The post must hold a role noun; "his"/"her" (a person's) and quoted words are left out.
 */
export function introducedHolders(context: ArticleContext, s: number): IntroducedHolder[] {
  const { tokens, entities, entityOf, inQuote } = context;
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  const found: IntroducedHolder[] = [];
  for (let t = first + 1; t < end; t++) {
    const person = entities[entityOf[t] as number];
    if (person?.type !== 'person' || person.start !== (tokens[t] as Token).start || inQuote[t]) continue;
    let last = t;
    while (last + 1 < end && entityOf[last + 1] === entityOf[t]) last++;
    const owner =
      ownerBeforeCopula(context, t, first) ?? ownerInApposition(context, t, last, first, end) ?? ownerLeadingBy(context, t, first);
    if (owner) found.push({ person, at: t, owner });
    t = last;
  }
  return found;
}

/** "Its chair is", "The college's director of admissions is", "…, whose director general is": what owns the post before the copula at t - 1. */
function ownerBeforeCopula(context: ArticleContext, t: number, first: number): HolderOwner | null {
  const { tokens } = context;
  // the copula: right before her name, or before "now" or a description opened by an article or a title ("whose chair
  // is the retired surveyor Jo Roe")
  let copula = t - 1;
  while (copula > first && t - copula <= MAX_OWNED_POST_WORDS && !isCopulaAt(context, copula)) {
    if (breakAfter(context, copula) || (context.entityOf[copula] as number) >= 0) return null;
    copula--;
  }
  if (!isCopulaAt(context, copula)) return null;
  const opener = tokens[copula + 1] as Token;
  if (copula + 1 < t && opener.lower !== 'now' && !DETERMINERS.has(opener.lower) && !opener.capitalised) return null;
  // "has been": the perfect only
  if ((tokens[copula] as Token).lower === 'been') {
    if (copula - 1 < first || !HAVE_FORMS.has((tokens[copula - 1] as Token).lower)) return null;
    copula--;
  }
  if (copula <= first) return null;
  // the post: back from the copula to a break, no longer than a post runs
  let from = copula - 1;
  while (from - 1 >= first && !breakAfter(context, from - 1) && copula - from < MAX_OWNED_POST_WORDS) from--;
  if (from > first && !breakAfter(context, from - 1)) return null;
  if ((tokens[from] as Token).lower === 'whose') {
    const body = entityAtToken(context, from - 1);
    if (body?.type !== 'organisation' || !holdsPost(context, from + 1, copula - 1)) return null;
    return { kind: 'named', entity: body };
  }
  return from === first ? ownerOpeningPost(context, from, copula - 1) : null;
}

/** "…, when its clerk, Jo Roe, read out …", "Its chair, Jo Roe, was at the meeting": a possessive's post set before her name by a comma. */
function ownerInApposition(context: ArticleContext, t: number, last: number, first: number, end: number): HolderOwner | null {
  const { tokens, text } = context;
  if (t - 1 <= first || !breakAfter(context, t - 1) || !commaAfter(text, tokens, t - 1)) return null;
  if (last + 1 < end && !breakAfter(context, last)) return null;
  let from = t - 1;
  while (from - 1 >= first && !breakAfter(context, from - 1) && t - from <= MAX_OWNED_POST_WORDS) from--;
  if (from > first && !breakAfter(context, from - 1)) return null;
  while (from < t - 1 && CLAUSE_OPENERS.has((tokens[from] as Token).lower)) from++;
  return ownerOpeningPost(context, from, t - 1);
}

/** "The co-operative has been run since 2019 by Jo Roe", "The X Trust is chaired by Jo Roe": the body a passive of leading has as its subject. */
function ownerLeadingBy(context: ArticleContext, t: number, first: number): HolderOwner | null {
  const { tokens } = context;
  if (t - 2 < first || (tokens[t - 1] as Token).lower !== 'by' || breakAfter(context, t - 2)) return null;
  let participle = t - 2;
  while (participle > first && t - 2 - participle < MAX_LED_ADJUNCT && !LED_PARTICIPLES.has((tokens[participle] as Token).lower)) {
    if (breakAfter(context, participle - 1) || (tokens[participle] as Token).capitalised) return null;
    participle--;
  }
  if (!LED_PARTICIPLES.has((tokens[participle] as Token).lower)) return null;
  let k = participle - 1;
  let auxiliaries = 0;
  while (k >= first && !breakAfter(context, k) && PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower)) {
    k--;
    auxiliaries++;
  }
  // (a passive: "The X, run by Jo Roe," is `ledBy`'s)
  if (auxiliaries === 0 || k < first) return null;
  const body = entityAtToken(context, k);
  if (body?.type === 'organisation') return { kind: 'named', entity: body };
  // "The utility": a definite description of a body opening the sentence
  if (k === first + 1 && DEFINITE_DETERMINERS_OF_BODIES.has((tokens[first] as Token).lower) && isOrganisationNounAt(context, k))
    return { kind: 'described', at: k };
  return null;
}

/** What owns the post in tokens [from, to] when a possessive opens it ("its", "their", "the trust's", "Kelby Water's") and a role noun is in it. */
function ownerOpeningPost(context: ArticleContext, from: number, to: number): HolderOwner | null {
  const { tokens } = context;
  const word = (tokens[from] as Token).lower;
  if (word === 'its' || word === 'their') return holdsPost(context, from + 1, to) ? { kind: 'possessive', at: from } : null;
  if (
    word === 'the' &&
    from + 1 <= to &&
    endsWithPossessiveS((tokens[from + 1] as Token).text) &&
    (context.entityOf[from + 1] as number) < 0
  )
    return holdsPost(context, from + 2, to) ? { kind: 'possessive', at: from } : null;
  const body = entityAtToken(context, from);
  if (body?.type !== 'organisation' || body.start !== (tokens[from] as Token).start) return null;
  let end = from;
  while (end + 1 <= to && entityAtToken(context, end + 1) === body) end++;
  if (!endsWithPossessiveS(context.text.slice(body.start, (tokens[end] as Token).end))) return null;
  return holdsPost(context, end + 1, to) ? { kind: 'named', entity: body } : null;
}

/**
 * Whether tokens [from, to] hold a post: a role noun, not "former" (a post held before speaks for no one now), nor one of
 * the people a body serves or faces ("Its oldest patient is Jo Roe", "its fiercest critic, Jo Roe,").
 */
function holdsPost(context: ArticleContext, from: number, to: number): boolean {
  let role = false;
  for (let k = from; k <= to; k++) {
    const lower = (context.tokens[k] as Token).lower;
    if (FORMER_WORDS.has(lower) || isOutsiderNoun(lower) || SERVED_NOUNS.has(lower)) return false;
    if (ROLE_NOUNS.has(lower) || isRoleNounAt(context, k)) role = true;
  }
  return role;
}

const HAVE_FORMS = new Set(['has', 'have', 'had']);
/** People a body serves, who hold no post in it. */
const SERVED_NOUNS = new Set(['patient', 'resident', 'pupil', 'student', 'tenant', 'member', 'passenger', 'guest', 'visitor', 'borrower']);

/** A copula of a post's holder: "is", "was", "remains", "became", the "been" of "has been". */
function isCopulaAt(context: ArticleContext, t: number): boolean {
  const lower = (context.tokens[t] as Token).lower;
  return COPULAS.has(lower) || lower === 'been';
}
const FORMER_WORDS = new Set(['former', 'ex', 'one-time', 'outgoing', 'previous', 'late']);
const DEFINITE_DETERMINERS_OF_BODIES = new Set(['the', 'this']);
