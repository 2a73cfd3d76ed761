import type { Entity } from '../entities/entity';
import { countryOfDemonym, countryOfPersonDemonym, demonymOf } from '../entities/gazetteer';
import { isAcronymWord, organisationOfInitials } from '../entities/acronyms';
import { isPluralOfPersonNoun } from '../entities/find-entities';
import { guessGender, isKnownFirstName } from '../entities/gender';
import { AREA_WORDS, MEDIA_NAME_WORDS, namesBodyOfMembers, ORGANISATION_DESCRIPTORS, PERIODICAL_WORDS } from '../entities/name-cues';
import {
  FEMALE_WORDS,
  GENERAL_ROLE_HEADS,
  MALE_WORDS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  RUNNING_GROUP_NOUNS,
  WORDNET_ORGANISATION_NOUNS,
} from '../entities/roles';
import type { Gender, SourceRecord, SourceRef } from '../sources/source';
import { toSourceRef } from '../sources/source';
import { isNounPhraseWord, Pos } from '../pos-tags';
import { normaliseName } from '../sources/name-words';
import { commaAfter, type Token } from '../tokenizer';
import {
  breakAfter,
  entityAtToken,
  firstTokenFrom,
  isDescriptorNounAt,
  isOrganisationNounAt,
  isRoleNounAt,
  isTitleAt,
  positionOfLastMentionBefore,
  sentenceOfToken,
  tokensByLowerCase,
  type ArticleContext,
} from './article-context';
import {
  AUTHOR_PRONOUNS,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  RESEARCH_FINDING_LEMMAS,
  ORGANISATION_NOUNS,
  RESEARCH_PAPER_NOUNS,
  PERSONAL_PRONOUN_SPEAKERS,
} from './attribution-cues';
import { endsWithPossessiveS, isApostrophe, lowerCase, splitAtSpaces } from '../text-chars';
import { NUMBER_WORDS } from '../lexicon';
import { bodyNamedForOwner, workplaceOwner, workplaceOwnerName } from './workplace-owners';
import { packedMap } from '../packed-map';

/** A person named as (one of) the speaker(s), with what the phrase says about them. */
export interface PersonDraft {
  name: string;
  /** The surname or full name as written, for looking up earlier mentions. */
  written: string;
  role: string | null;
  title: string | null;
  organisation: string | null;
  organisationSource: SourceRef | null;
  /** ISO code from a demonym, a possessive country or a known organisation. */
  nationality: string | null;
  personSource: SourceRecord | null;
  gender: Gender | null;
}

export type ReferenceCategory = 'document' | 'organisation' | 'person';

/** "the statement", "the ministry", "the opposition lawmakers": someone named earlier. */
export interface SpeakerReference {
  noun: string;
  category: ReferenceCategory;
  plural: boolean;
  gender: Gender | null;
  nationality: string | null;
  /** "the council's figures": the organisation is the owner of the document that speaks. */
  possessive?: boolean;
  /** A person's role as the phrase writes it ("finance minister" in "the finance minister"), for when no one named before fits. */
  role?: string | null;
  /**
   * "Ferry operator warns …", "Canal trust says …": a headline's or a standfirst's bare singular description opening
   * its line, which stands for a body the story names in full, often only paragraphs later.
   */
  bare?: boolean;
  /** "Her office said", "his office": the person a possessive pronoun stands for owns the office, which speaks for her body. */
  owner?: 'he' | 'she';
}

export type ActorKind = 'person' | 'organisation' | 'role' | 'outlet' | 'pronoun' | 'back-reference';

/** What a speaker phrase ("Norwegian Defence Ministry spokesman General Colin Marlow") says. */
export interface Actor {
  kind: ActorKind;
  /** `person`: the speakers, first one first. */
  people: PersonDraft[];
  /** `role` (no name): "a spokeswoman for …", "officials", "local growers" ("Aid groups" is an organisation). */
  role: string | null;
  organisation: string | null;
  organisationSource: SourceRef | null;
  nationality: string | null;
  /** `role`: the organisation is only where the role works ("a nurse at the mainland hospital"): kept only when it names one named before. */
  workplace?: boolean;
  /** `outlet`: a media source named with nothing else ("Tagesblick Online reported"). */
  outlet: string | null;
  outletSource: SourceRef | null;
  pronoun: 'he' | 'she' | 'they' | 'it' | null;
  reference: SpeakerReference | null;
  start: number;
  end: number;
}

/** What earlier mentions of a person taught us (see person-profiles.ts). */
export interface PersonProfileLookup {
  lookup(written: string, sourceId?: string): PersonDraft | undefined;
  /** The person a bare surname at token `at` stands for when several share it (see person-profiles.ts). */
  lookupAt?(written: string, at: number, gender: Gender | null, sourceId?: string): PersonDraft | undefined;
  /** The one person whose first name (or initials) this is. */
  lookupShortForm?(word: string): PersonDraft | undefined;
}

/** Honorifics written before a first name alone once the full name is known: "Dame Harriet", "Sir Colin". */
const FIRST_NAME_HONORIFICS = new Set(['sir', 'dame']);
/** Honorifics only a person's name takes: "Mr Fowler" is never the end of "Dean Fowler Ltd". */
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Lets a phrase borrow a country from its surroundings: "Foreign Ministry" after Norwegian speakers is Norway's. */
export type CountryContext = () => readonly string[];

const NO_COUNTRIES: CountryContext = () => [];
/** Common nouns for media outlets, written before an outlet's name. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'broadcaster',
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'tabloid',
  'magazine',
  'channel',
  'station',
  'outlet',
  'website',
  'site',
  'portal',
  'blog',
  'podcast',
  'newsletter',
  // "the news agency X", "the financial news site X"
  'news',
]);
/** Words a subject's verb may follow: "has also found", "was later shown". */
const BEFORE_FINDING_VERB: ReadonlySet<string> = new Set(['has', 'had', 'have', 'also', 'now', 'further']);

/**
 * Whether the subject ending at token `last` is followed by a verb of finding, past a participle clause between commas
 * ("The paper, published on Monday in a journal, found"): what a piece of research does, not a newspaper.
 */
function findingVerbAfter(context: ArticleContext, last: number): boolean {
  const { tokens, text } = context;
  let k = last + 1;
  const comma = (t: number): boolean => commaAfter(text, tokens, t);
  if (comma(last)) {
    while (k < tokens.length && k - last <= MAX_FINDING_CLAUSE_WORDS && !comma(k)) {
      if (breakAfter(context, k) || context.inQuote[k]) return false;
      k++;
    }
    k++;
  } else if (breakAfter(context, last)) return false;
  while (BEFORE_FINDING_VERB.has(tokens[k]?.lower ?? '')) k++;
  const token = tokens[k];
  return token !== undefined && context.pos.tags[k] === Pos.VERB && RESEARCH_FINDING_LEMMAS.has(lowerCase(context.pos.lemmas[k] as string));
}

/** At most this many words in the clause between a research paper and its verb. */
const MAX_FINDING_CLAUSE_WORDS = 16;

/** Heads of a medium named by common nouns alone ("state media", "local radio"); "the press" and "reporters" are an audience, not an outlet. */
const MEDIUM_HEADS: ReadonlySet<string> = new Set([...MEDIA_NOUNS, 'media', 'television', 'radio', 'tv']);

/**
 * "State media reported", "told state television": a medium named by common nouns alone, with no article and no
 * name, is the outlet as written (an article points back to one named before: "told the newspaper").
 */
export function commonNounOutlet(context: ArticleContext, first: number, last: number): string | null {
  if (first > last || !MEDIUM_HEADS.has((context.tokens[last] as Token).lower)) return null;
  for (let t = first; t <= last; t++) {
    if ((context.entityOf[t] as number) >= 0 && (t < last || first === last)) return null;
    if (t < last && (breakAfter(context, t) || isRoleNounAt(context, t))) return null;
    const tag = context.pos.tags[t] as number;
    if (t < last && tag !== Pos.ADJ && tag !== Pos.NOUN && tag !== Pos.PROPN) return null;
  }
  return context.text.slice((context.tokens[first] as Token).start, (context.tokens[last] as Token).end);
}

/** What a post is for or of: "Minister for Water", "Leader of the Opposition". */
const POST_PARTICLES = new Set(['for', 'of']);
/** Heads of a government department's name: "department of …", "ministry for …". */
const PORTFOLIO_HEADS = new Set(['department', 'ministry']);
const SEGMENT_STOPS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'and', 'who', 'der', 'des', 'beim', 'vom']);
/** "Jane Doe is medical director of …": the copula before a role in a description is not part of it. */
/** Words before a role in an apposition that are no part of it: "Jane Doe, who is a nurse", "Jane Doe, now a senior adviser". */
const ROLE_COPULAS = new Set(['is', 'was', 'remains', 'became', 'now', 'then']);
const HEAD_OF_GOVERNMENT = new Set(['president', 'prime', 'premier', 'chancellor']);
/** "the former" and "the latter" alone: the first and the second of the last two people the text named. */
export const PAIR_MEMBER_WORDS: ReadonlySet<string> = new Set(['former', 'latter']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** Possessive pronouns before a kin word that make it a reference back to a person: "her husband", "his daughter". */
const KIN_OWNERS = new Set(['his', 'her']);
/** The staff unit of a person who holds a post, which speaks for her ("her office said"). */
const PERSONAL_OFFICE_NOUNS = new Set(['office']);

/** A word for a relative that says a gender ("husband", "daughter"): the gendered person nouns that are no post. */
export function isKinWord(word: string): boolean {
  return (MALE_WORDS.has(word) || FEMALE_WORDS.has(word)) && PERSON_NOUNS.has(word) && !ROLE_NOUNS.has(word);
}
/** Prepositions tying a person to the organisation she works for: "an analyst at X", "a lawyer for X". */
export const EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'with', 'from', 'of']);
/** Prepositions of where someone is, never of whom she works for: "Staff at X in Arlen". */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near']);
/** People a group is by where they are or what they use, not by whom they work with: "Residents at X", "Fans of X". */
const PRESENT_GROUP_NOUNS = new Set([
  'residents',
  'neighbours',
  'neighbors',
  'locals',
  'tenants',
  'shoppers',
  'customers',
  'visitors',
  'passengers',
  'commuters',
  'guests',
  'patients',
  'fans',
  'families',
  'relatives',
  'parents',
  'pupils',
  'students',
  'diners',
  'spectators',
  'witnesses',
  'tourists',
  'holidaymakers',
]);

/**
 * "Campaigners at NAME claim", "Activists with the NAME said": a capitalised name the entity finder took for a person
 * (first name none known, nobody so named elsewhere), right after "at" or "with" (a "the" between) after a plural of
 * people working together, is the body they speak for.
 */
export function namesGroupsBody(context: ArticleContext, name: Entity, nameFirst: number): boolean {
  let preposition = nameFirst - 1;
  if ((context.tokens[preposition] as Token | undefined)?.lower === 'the') preposition--;
  const group = context.tokens[preposition - 1];
  if (!group || preposition < 1 || !GROUP_BODY_PREPOSITIONS.has((context.tokens[preposition] as Token).lower)) return false;
  if (breakAfter(context, preposition - 1) || breakAfter(context, preposition)) return false;
  if (PRESENT_GROUP_NOUNS.has(group.lower) || !(group.lower === 'staff' || isPluralOfPersonNoun(group.lower))) return false;
  const words = name.text.split(/\s+/u);
  return words.length > 1 && !isKnownFirstName(words[0] as string) && !namedAsPersonElsewhere(context, name);
}

/** Prepositions tying a group to a body's place it works at: "drivers at the county's depot", "guards from the railway's yard". */
const GROUP_WORKPLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'of', 'with']);

/** Prepositions tying a group to the body it works with: "campaigners at X", "volunteers with X". */
const GROUP_BODY_PREPOSITIONS = new Set(['at', 'with']);

/** Prepositions after which a place's name is an employer (`namesPlaceEmployer`): "economist at Fjordbank", "spokeswoman for Maelford police". */
const PLACE_EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'with']);
/** Relative pronouns that stand for a person: "who" after "a neurologist at Kelby" opens a clause on her, not on Kelby. */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);
/** Lower-case words a body's noun may come after a place's name: "Maelford police", "Kesby district hospital". */
const MAX_BODY_WORDS = 2;
/** Roles that speak for the organisation they are at or with: "an official at the ministry", "an officer with the police". */
const SPEAKING_ROLES = new Set([
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'representatives',
  'officer',
  'officers',
  'executive',
  'executives',
]);
/** Organisation nouns that stand bare in the singular as subjects: "Police said", "Management said". */
const MASS_ORGANISATION_NOUNS = new Set(['police', 'management', 'military', 'government', 'parliament', 'congress']);

/** Pronouns that name no one: a speech verb's subject among them is no speaker nor organisation. */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody']);

/** People a body deals with or stands against, who never speak for it ("the firm's rivals", "their clients"). */
const OUTSIDER_NOUNS: ReadonlySet<string> = new Set([
  'rival',
  'rivals',
  'competitor',
  'competitors',
  'critic',
  'critics',
  'opponent',
  'opponents',
  'detractors',
  'customer',
  'customers',
  'client',
  'clients',
  'supplier',
  'suppliers',
  'creditors',
  'users',
]);

/** Whether a word is a noun for people a body deals with or stands against ("critic", "customers"): `OUTSIDER_NOUNS`. */
export function isOutsiderNoun(lower: string): boolean {
  return OUTSIDER_NOUNS.has(lower);
}

/** "Ransby's rivals", "their detractors", "the chain's customers": an owner's possessive before an outsider noun heading the phrase. */
export function namesOutsidersOfOwner(context: ArticleContext, first: number, last: number): boolean {
  if (!OUTSIDER_NOUNS.has((context.tokens[last] as Token).lower)) return false;
  if (last === first) return true;
  const owner = context.tokens[last - 1] as Token;
  const lower = owner.lower;
  return (
    // a possessive, curly apostrophes too ("Ransby's", "Ransby’s", "the drivers'")
    endsWithPossessiveS(lower) ||
    isApostrophe(lower.charCodeAt(lower.length - 1)) ||
    lower === 'its' ||
    lower === 'their' ||
    lower === 'his' ||
    lower === 'her' ||
    // "Dock users", "Ransby customers": a body's word or name before the noun.
    (owner.capitalised && (context.pos.tags[last - 1] === Pos.PROPN || context.pos.tags[last - 1] === Pos.NOUN))
  );
}

/**
 * Reads tokens[first, last] (inclusive) as a speaker phrase. Returns null when
 * it names no one: no entity, pronoun, role or referring noun.
 */
export function parseSpeakerPhrase(
  context: ArticleContext,
  first: number,
  last: number,
  profiles: PersonProfileLookup | null = null,
  countries: CountryContext = NO_COUNTRIES,
): Actor | null {
  if (first > last) return null;
  // "Nobody claimed that.", "Everyone says so": an indefinite pronoun names no source.
  if (first === last && INDEFINITE_PRONOUNS.has((context.tokens[first] as Token).lower)) return null;
  // "Ransby's rivals say", "Their detractors say": those who compete with, oppose or buy from a body are not the body.
  // (a bare "Critics say" names no body to take from: it stays an unnamed group's source)
  if (last > first && namesOutsidersOfOwner(context, first, last)) return null;
  return new SpeakerPhraseParser(context, first, last, profiles, countries).parse();
}

class SpeakerPhraseParser {
  private readonly entityIndices: number[] = [];
  /** Names read as people by the entity finder that the phrase shows to be a person's organisation ("an analyst at Ledbury Risk"). */
  private readonly employers = new Set<number>();
  /** "a spokeswoman for Maelford police": the last token of the body a place's name opens, by the place's entity index. */
  private readonly employerBodyEnds = new Map<number, number>();
  /** "Campaigners at NAME": names read as people that are the body a group speaks for (`namesGroupsBody`). */
  private readonly groupBodies = new Set<number>();

  constructor(
    private readonly context: ArticleContext,
    private readonly first: number,
    private readonly last: number,
    private readonly profiles: PersonProfileLookup | null,
    private readonly countries: CountryContext,
  ) {
    for (let t = first; t <= last; t++) {
      const index = context.entityOf[t] as number;
      const last = this.entityIndices.length - 1;
      if (index >= 0 && (last < 0 || this.entityIndices[last] !== index)) this.entityIndices.push(index);
    }
  }

  parse(): Actor | null {
    // "Drivers at the county's Lintby depot": the body whose place it is, whatever names the place holds.
    const atWorkplace = this.groupAtWorkplace();
    if (atWorkplace) return atWorkplace;
    const ofName = this.describedBodyOfName(this.headBeforePreposition());
    if (ofName) return ofName;
    const described = this.describedName();
    if (described) return described;
    const named = this.entityIndices.filter((index) => this.entity(index).type === 'person');
    // "Jane Roe, an analyst at Ledbury Risk, said", "said Tom Ek, a grower near Cedar Forks": a name that is the
    // object of a preposition after a person's name is where she works or lives, never a second speaker.
    // "Piet Wit (Port of Aarle) said": a name in brackets right after a person's is her organisation, not a speaker.
    // "Staff at X Hospital in Arlen said": a name after "in" or "near" is where the speakers are, even when it comes first.
    for (const index of named)
      if (namesGroupsBody(this.context, this.entity(index), this.tokenOf(index, 'first'))) this.groupBodies.add(index);
    const people = named.filter(
      (index, i) =>
        !this.groupBodies.has(index) &&
        ((i === 0 && !this.followsLocative(index)) || !(this.followsPreposition(index) || this.bracketedAfterName(index))),
    );
    for (const index of named) if (!people.includes(index) && this.namesEmployer(index)) this.employers.add(index);
    for (const index of this.entityIndices)
      if (this.entity(index).type === 'place' && this.namesPlaceEmployer(index)) this.employers.add(index);
    if (people.length === 1 && this.entityIndices.length === 1) {
      // "Brakeley said" after "Brakeley Foods …": the first word(s) of an organisation named before.
      const name = this.entity(people[0] as number);
      // ("Mr Fowler said": a name after an honorific is a person's, whatever organisation ends in it)
      const full =
        name.sourceId || this.afterHonorific(people[0] as number) ? null : earlierOrganisationNamed(this.context, name.text, name.start);
      // "Brekk said" after "Tove Brekk has owned Brekk Marine": the surname of a person named in full is hers.
      const bearer = this.profiles?.lookup(name.text);
      const borne = !name.text.includes(' ') && bearer !== undefined && bearer.name.trim().includes(' ');
      if (full && !borne && this.tokenOf(people[0] as number, 'last') === this.last)
        return organisationActorOf(full, this.start(), this.end());
    }
    // "Solheim's ministry said", "Dahl's office said": the body a person's possessive owns speaks, not the person.
    const owned = people.length === 1 && this.entityIndices.length === 1 ? this.personOwnedOrganisation(people[0] as number) : null;
    if (owned) return owned;
    if (people.length > 0) return this.peopleActor(people);
    // "Tolvey Tyres and the Brisk Valley Trust said": bodies joined as one subject speak jointly, for no single one of them.
    if (this.namesBodiesJointly()) return null;
    if (this.entityIndices.length > 0) {
      const actor = this.organisationActor();
      if (actor) return actor;
    }
    return this.shortOrganisationName() ?? this.nounActor();
  }

  // --- named people -------------------------------------------------------

  /** Whether the name comes right after "Mr", "Ms", "Mrs", "Miss" or "Mx" inside the phrase: a person's, never a body's. */
  private afterHonorific(index: number): boolean {
    const t = this.tokenOf(index, 'first') - 1;
    return t >= this.first && PERSONAL_HONORIFICS.has(this.token(t).lower.replace(/\.$/u, ''));
  }

  private peopleActor(people: number[]): Actor {
    const drafts: PersonDraft[] = [];
    for (const [from, to] of this.conjuncts(people)) {
      const inConjunct = people.filter((index) => this.tokenOf(index, 'first') >= from && this.tokenOf(index, 'last') <= to);
      // "Merkel’s spokesman Steffen Seibert": the last name is the speaker; a name that is the object of a
      // preposition ("Jane Doe, a nurse at Kell General, said") describes where the speaker works, not who speaks.
      const subjects = inConjunct.filter((index) => !this.followsPreposition(index));
      const speaker = subjects[subjects.length - 1] ?? inConjunct[inConjunct.length - 1];
      if (speaker !== undefined) drafts.push(this.personDraft(speaker, from, to));
    }
    return { ...this.emptyActor('person'), people: drafts, nationality: drafts[0]?.nationality ?? null };
  }

  /**
   * "Name, who joined Corrin from the paper group Aldane,", "Name, who moved to us from X": an organisation after "from"
   * with a verb between the person's name and it is where she came from, not whom she speaks for ("Name, from the X
   * Union, said" has no verb: she is of it).
   */
  private leftFor(index: number, personLast: number): boolean {
    let t = this.tokenOf(index, 'first') - 1;
    while (t > personLast && t >= this.tokenOf(index, 'first') - MAX_DESCRIPTOR_WORDS && this.token(t).lower !== 'from') {
      if (breakAfter(this.context, t) || this.context.pos.tags[t] === Pos.VERB || (this.context.entityOf[t] as number) >= 0) return false;
      t--;
    }
    if (t <= personLast || this.token(t).lower !== 'from') return false;
    for (let k = t - 1; k > personLast; k--) if (this.context.pos.tags[k] === Pos.VERB) return true;
    return false;
  }

  /** Whether the name comes right after "in" or "near" inside the phrase, with words before: "Staff at … in Arlen". */
  private followsLocative(index: number): boolean {
    const t = this.tokenOf(index, 'first') - 1;
    return t > this.first && !breakAfter(this.context, t) && LOCATIVE_PREPOSITIONS.has(this.token(t).lower);
  }

  /** Whether the name (or its title) comes right after a preposition inside the phrase: "at Kell General". */
  private followsPreposition(index: number): boolean {
    let t = this.tokenOf(index, 'first') - 1;
    // ("in the Democratic Republic of …": an article between)
    while (t >= this.first && (isTitleAt(this.context, t) || DETERMINERS.has(this.token(t).lower)) && !breakAfter(this.context, t)) t--;
    return t >= this.first && !breakAfter(this.context, t) && this.context.pos.tags[t] === Pos.ADP;
  }

  /** "Name, a former X engineer": a word of a post held once between the name and the organisation after it. */
  private pastPostBefore(personLast: number, organisationIndex: number | undefined): boolean {
    if (organisationIndex === undefined) return false;
    const orgFirst = this.tokenOf(organisationIndex, 'first');
    for (let t = personLast + 1; t < orgFirst; t++) if (PAST_POST.test(this.token(t).text)) return true;
    return false;
  }

  /** Splits the phrase at "and" between two people: "the head of … Klaus Weidner and Farmers' Party politician Ulrike Sommer". */
  private conjuncts(people: number[]): Array<[number, number]> {
    const parts: Array<[number, number]> = [];
    let from = this.first;
    for (let t = this.first; t <= this.last; t++) {
      const token = this.token(t);
      if ((token.lower !== 'and' && token.text !== '&') || (this.context.entityOf[t] as number) >= 0) continue;
      const before = people.some((index) => this.tokenOf(index, 'last') < t && this.tokenOf(index, 'first') >= from);
      const after = people.some((index) => this.tokenOf(index, 'first') > t);
      if (before && after) {
        parts.push([from, t - 1]);
        from = t + 1;
      }
    }
    parts.push([from, this.last]);
    return parts;
  }

  private personDraft(personIndex: number, from: number, to: number): PersonDraft {
    const person = this.entity(personIndex);
    const personFirst = this.tokenOf(personIndex, 'first');
    const personLast = this.tokenOf(personIndex, 'last');
    const record = person.sourceId ? (this.context.registry.get(person.sourceId) ?? null) : null;
    // "Dame Harriet said" after "Dame Harriet Oyelaran": the honorific goes with her first name.
    const byFirstName =
      personFirst - 1 >= this.first && FIRST_NAME_HONORIFICS.has(this.token(personFirst - 1).lower) && !person.text.includes(' ');
    const titleGender = personFirst - 1 >= this.first ? genderFromWords(null, this.token(personFirst - 1).lower.replace(/\.$/u, '')) : null;
    const profile =
      (byFirstName ? this.profiles?.lookupShortForm?.(person.text) : undefined) ??
      (this.profiles?.lookupAt
        ? this.profiles.lookupAt(person.text, personFirst, titleGender, person.sourceId)
        : this.profiles?.lookup(person.text, person.sourceId));

    // Organisation: the nearest one before the name, else one in an apposition after it.
    const organisations = this.entityIndices.filter((index) => {
      const entity = this.entity(index);
      return (
        (entity.type === 'organisation' || this.employers.has(index)) &&
        this.tokenOf(index, 'first') >= from &&
        this.tokenOf(index, 'last') <= to &&
        !this.leftFor(index, personLast)
      );
    });
    const before = organisations.filter((index) => this.tokenOf(index, 'last') < personFirst);
    const organisationIndex = before[before.length - 1] ?? organisations.find((index) => this.tokenOf(index, 'first') > personLast);

    // Role and title: right before the name, else before the organisation, else in an apposition.
    const previousEntityEnd = this.previousEntityEnd(personFirst, from);
    let found = this.roleIn(previousEntityEnd + 1, personFirst - 1, true);
    if (!found.role && organisationIndex !== undefined && this.tokenOf(organisationIndex, 'last') < personFirst) {
      const orgFirst = this.tokenOf(organisationIndex, 'first');
      const title = found.title;
      found = { ...this.roleIn(this.previousEntityEnd(orgFirst, from) + 1, orgFirst - 1, false), title };
    }
    if (!found.role && personLast < to) {
      const appositionEnd = this.nextEntityStart(personLast + 1, to) - 1;
      let role = this.roleIn(personLast + 1, appositionEnd, false);
      if (!role.role && appositionEnd < to) role = this.roleIn(this.nextEntityEnd(appositionEnd + 1) + 1, to, false);
      found = { ...role, title: found.title };
    }

    const nationality =
      found.nationality ??
      this.placeNationality(from, personFirst - 1) ??
      record?.country ??
      this.organisationCountry(organisationIndex) ??
      null;
    // With no organisation named, one may follow from the role: "Norwegian … Foreign Minister".
    let organisationSource =
      organisationIndex !== undefined
        ? this.organisationSourceOf(organisationIndex, nationality)
        : this.organisationFromRole(found.role, nationality);
    let organisation = organisationIndex !== undefined ? this.organisationName(organisationIndex) : (organisationSource?.name ?? null);
    // "Labour Minister Jane Roe": the portfolio names her ministry, the Ministry of Labour.
    if (
      organisationIndex !== undefined &&
      !organisationSource &&
      this.token(this.tokenOf(organisationIndex, 'last') + 1)?.lower === 'minister'
    ) {
      organisation = `Ministry of ${organisation}`;
    } else if (organisation === null && found.role) {
      // A minister of state speaks for a ministry the text names before her, else for the ministry of her portfolio.
      // "The Secretary of State for Health, Name,": the department the text names for her portfolio, before or after her.
      const portfolio = PORTFOLIO_OF_STATE.exec(found.role)?.[1];
      const offset = this.token(from).start;
      organisation =
        (portfolio
          ? (this.ministryNamedFor(portfolio, offset) ?? (/^minister/iu.test(found.role) ? this.ministryNamedBefore(offset) : null))
          : POST_OF_STATE.test(found.role)
            ? this.ministryNamedBefore(offset)
            : null) ?? ministryOfRole(found.role);
    }
    // "Marrowby's former owner, Name,": a post she held once no longer makes her speak for its organisation; so does
    // "Name, a former X engineer, …", where the organisation splits the apposition's words.
    if ((found.role && PAST_POST.test(found.role)) || this.pastPostBefore(personLast, organisationIndex)) {
      organisation = null;
      organisationSource = null;
    }

    const draft: PersonDraft = {
      name: record && isSurnameOf(person.text, record.name) ? record.name : person.text,
      written: person.text,
      role: found.role,
      title: found.title,
      organisation,
      organisationSource,
      nationality,
      personSource: record,
      gender: record?.gender ?? genderFromWords(found.role, found.title) ?? null,
    };
    if (profile) inheritFromProfile(draft, profile);
    if (record) this.inheritFromRecord(draft, record);
    draft.gender ??= guessGender(draft.name);
    return draft;
  }

  private inheritFromRecord(draft: PersonDraft, record: SourceRecord): void {
    draft.role ??= record.role ?? null;
    if (!draft.organisationSource && record.organisation) {
      const organisation = this.context.registry.get(record.organisation);
      if (organisation) {
        draft.organisationSource = toSourceRef(organisation);
        draft.organisation ??= organisation.name;
      }
    }
    // "Foreign Ministry spokesperson Irina Petrova": the ministry is hers.
    if (draft.organisation && !draft.organisationSource && record.country) {
      draft.organisationSource = this.qualify(draft.organisation, [record.country]);
    }
  }

  // --- organisations and places --------------------------------------------

  /** The last ministry or government department named before `offset`, as written. */
  private ministryNamedBefore(offset: number): string | null {
    let name: string | null = null;
    for (const entity of this.context.entities) {
      if (entity.start >= offset) break;
      if (entity.type === 'organisation' && MINISTRY_NAME.test(entity.text)) name = entity.text.replace(/['’]s?$/u, '');
    }
    return name;
  }

  /**
   * The ministry or government department named in the text whose name holds every word of a portfolio ("health" in
   * "Department of Health and Social Care"): the last one before `offset`, else the first after it, as written.
   */
  private ministryNamedFor(portfolio: string, offset: number): string | null {
    const words = normaliseName(portfolio)
      .split(' ')
      .filter((word) => !NAME_LINK_WORDS.has(word));
    let before: string | null = null;
    for (const entity of this.context.entities) {
      if (entity.type !== 'organisation' || !MINISTRY_NAME.test(entity.text)) continue;
      const name = entity.text.replace(/['’]s?$/u, '');
      const held = normaliseName(name).split(' ');
      if (!words.every((word) => held.includes(word))) continue;
      if (entity.start >= offset) return before ?? name;
      before = name;
    }
    return before;
  }

  /** An organisation entity's name as the text gives it most fully: "Brakeley" after "Brakeley Foods", "Falcons" after "Ashby Falcons". */
  private organisationName(index: number): string {
    const entity = this.entity(index);
    const bodyEnd = this.employerBodyEnds.get(index);
    if (bodyEnd !== undefined) return this.context.text.slice(entity.start, this.token(bodyEnd).end);
    if (entity.sourceId) return entity.text;
    return earlierOrganisationNamed(this.context, entity.text, entity.start)?.name ?? entity.text;
  }

  /**
   * "the United Nations human rights office", "the Kestrel Group pension fund": two or more lower-case words after an organisation's
   * name that end the phrase in an organisation noun name a body of it; they are returned with a leading space.
   */
  private bodyAfterName(index: number): string {
    const nameLast = this.tokenOf(index, 'last');
    // A lone noun after the name describes it ("the Keep Water Public campaign"); a body needs what narrows it.
    if (nameLast + 1 >= this.last || !isOrganisationNounAt(this.context, this.last)) return '';
    // "the Weather Service's regional office", "the union's Westgate branch": a part the name owns speaks for it.
    if (endsWithPossessive(this.token(nameLast).text)) return '';
    for (let t = nameLast + 1; t <= this.last; t++) {
      const token = this.token(t);
      if (token.capitalised || breakAfter(this.context, t - 1) || (this.context.entityOf[t] as number) >= 0) return '';
      if (!isNounPhraseWord(this.context.pos.tags[t] as number) || DETERMINERS.has(token.lower)) return '';
    }
    return ` ${this.slice(nameLast + 1, this.last)}`;
  }

  private organisationActor(): Actor | null {
    const organisations = this.entityIndices.filter((index) => this.entity(index).type === 'organisation' || this.groupBodies.has(index));
    const roleSegment = this.roleInGaps();
    if (organisations.length > 0) {
      const sources = packedMap(organisations, (index) => this.sourceRefOf(index));
      const media = packedMap(
        organisations,
        (index, i) => isMediaOrganisation(this.context, this.entity(index), sources[i] ?? null) || this.describedAsMedia(index),
      );
      const allMedia = media.every(Boolean);
      // "the region's water authority, the NWA": a name in apposition at the end names the speaker itself.
      const lastIndex = organisations[organisations.length - 1] as number;
      const appositive =
        organisations.length > 1 &&
        !media[organisations.length - 1] &&
        this.tokenOf(lastIndex, 'last') === this.last &&
        this.afterComma(lastIndex);
      const main = appositive ? lastIndex : (organisations.find((_, i) => !media[i]) ?? (organisations[0] as number));
      const entity = this.entity(main);
      if (allMedia && !roleSegment.role) {
        return { ...this.emptyActor('outlet'), outlet: entity.text, outletSource: this.sourceRefOf(main) };
      }
      const nationality = roleSegment.nationality ?? entity.country ?? null;
      // "the poll by the Institute for Opinion Research for Channel 9": the media organisation it was made for is the outlet.
      const outletIndex = organisations.findIndex(
        (index, i) => media[i] && index !== main && this.token(this.tokenOf(index, 'first') - 1)?.lower === 'for',
      );
      const outlet = outletIndex >= 0 ? (organisations[outletIndex] as number) : undefined;
      // "the United Nations refugee office": a person noun inside the body's name is no role.
      const body = this.bodyAfterName(main);
      const role = body ? null : roleSegment.role;
      return {
        ...this.emptyActor(role ? 'role' : 'organisation'),
        role,
        organisation: this.organisationName(main) + body,
        organisationSource: this.organisationSourceOf(main, nationality),
        nationality,
        outlet: outlet === undefined ? null : this.entity(outlet).text,
        outletSource: outlet === undefined ? null : this.sourceRefOf(outlet),
      };
    }
    // "Ukraine’s air force": a country's own organisation, named in lower case.
    const owned = this.ownedOrganisation();
    if (owned) return owned;
    // "Kyiv has pointed out …": a capital or country standing for its government.
    const placeIndex = this.entityIndices.find((index) => this.entity(index).metonymFor !== undefined);
    const place = placeIndex === undefined ? undefined : this.entity(placeIndex);
    if (place?.metonymFor) {
      const government = this.context.registry.get(place.metonymFor);
      return {
        ...this.emptyActor(roleSegment.role ? 'role' : 'organisation'),
        role: roleSegment.role,
        organisation: place.text,
        organisationSource: government ? toSourceRef(government) : null,
        nationality: place.country ?? null,
      };
    }
    return roleSegment.role ? { ...this.emptyActor('role'), role: roleSegment.role, nationality: roleSegment.nationality } : null;
  }

  /**
   * "the opposition Upland Greens", "the charity Bright Kettle": a noun that describes an organisation right
   * before a capitalised name ending the phrase makes the whole name an organisation, whatever the entity
   * finder took its words for.
   */
  private describedName(): Actor | null {
    if (!DEFINITE_DETERMINERS.has(this.token(this.first).lower) && !DETERMINERS.has(this.token(this.first).lower)) return null;
    let nameFirst = this.last + 1;
    while (nameFirst - 1 > this.first && this.token(nameFirst - 1).capitalised) nameFirst--;
    if (nameFirst > this.last || nameFirst - 1 <= this.first - 1) return null;
    const describer = this.token(nameFirst - 1);
    if (describer.capitalised || !(ORGANISATION_DESCRIPTORS.has(describer.lower) || PARTY_DESCRIPTORS.has(describer.lower))) return null;
    // A name the entity finder read whole as an organisation (a media one too: "the state broadcaster RTM") is read as usual.
    const entity = this.context.entityOf[nameFirst] as number;
    if (entity >= 0 && this.entity(entity).type === 'organisation' && this.context.entityOf[this.last] === entity) return null;
    // "A spokeswoman for the agency, Jane Roe": the description is what a role belongs to, and the name after the
    // comma is the role holder's.
    for (let t = this.first; t + 1 < nameFirst - 1; t++) {
      if (isRoleNounAt(this.context, t) && this.context.pos.tags[t + 1] === Pos.ADP && !breakAfter(this.context, t)) return null;
    }
    return organisationActorOf(namedOrganisation(this.context, nameFirst, this.last), this.start(), this.end());
  }

  /**
   * "Corvane denied …" after "Corvane Aerospace": capitalised words the entity finder left unread (a lone word
   * opening a sentence) that open the name of an organisation named before are that organisation.
   */
  private shortOrganisationName(): Actor | null {
    let first = this.first;
    while (first < this.last && DETERMINERS.has(this.token(first).lower)) first++;
    for (let t = first; t <= this.last; t++) if (!this.token(t).capitalised) return null;
    const written = this.slice(first, this.last);
    // "NAME has rejected …" opening a story that names "NAME, which owns the ground," as an organisation later.
    const full = earlierOrganisationNamed(this.context, written, this.token(first).start) ?? laterOrganisationNamed(this.context, written);
    return full ? organisationActorOf(full, this.start(), this.end()) : null;
  }

  /** A possessive place followed by an organisation noun: "Ukraine’s air force", "Norway’s foreign ministry". */
  private ownedOrganisation(): Actor | null {
    const placeIndex = this.entityIndices[this.entityIndices.length - 1];
    if (placeIndex === undefined) return null;
    const place = this.entity(placeIndex);
    const placeLast = this.tokenOf(placeIndex, 'last');
    if (place.type !== 'place' || !place.country || placeLast >= this.last || !this.token(placeLast).lower.endsWith("'s")) return null;
    let hasNoun = false;
    for (let t = placeLast + 1; t <= this.last; t++) {
      const lower = this.token(t).lower;
      if (ORGANISATION_NOUNS.has(lower) || lower === 'force' || lower === 'forces') hasNoun = true;
    }
    if (!hasNoun) return null;
    const rest = this.slice(placeLast + 1, this.last);
    return {
      ...this.emptyActor('organisation'),
      organisation: this.context.text.slice(place.start, this.token(this.last).end),
      organisationSource: this.qualify(rest, [place.country]),
      nationality: place.country,
    };
  }

  /** "the state broadcaster VTK", "the local newspaper Kest": a media noun right before an unknown organisation. */
  private describedAsMedia(index: number): boolean {
    if (this.entity(index).sourceId) return false;
    const first = this.tokenOf(index, 'first');
    for (let t = first - 1; t >= this.first && t >= first - 3; t--) {
      if (MEDIA_NOUNS.has(this.token(t).lower)) return true;
      if ((this.context.entityOf[t] as number) >= 0) return false;
    }
    return false;
  }

  // --- phrases without names -------------------------------------------------

  private nounActor(): Actor | null {
    const head = this.token(this.last);
    const pronoun = PERSONAL_PRONOUN_SPEAKERS.get(head.lower);
    if (pronoun) return { ...this.emptyActor('pronoun'), pronoun };
    if (AUTHOR_PRONOUNS.has(head.lower)) return null;
    const medium = commonNounOutlet(this.context, this.first, this.last);
    if (medium) return { ...this.emptyActor('outlet'), outlet: medium };
    const acronym = this.possessiveAcronymOwner();
    if (acronym) return acronym;
    const postBody = this.bodyOfPostHolder() ?? this.officeOfPostSpokenFor();
    if (postBody) return postBody;
    const owner = this.possessiveOrganisationNoun() ?? this.organisationNounBeforeDocument();
    if (owner) {
      // "the council's noise survey", "the bureau's October release": the organisation speaks through its document.
      const reference: SpeakerReference = {
        noun: owner,
        category: 'organisation',
        plural: false,
        gender: null,
        nationality: null,
        possessive: true,
      };
      return { ...this.emptyActor('back-reference'), reference };
    }
    // "Management said", "Bosses said", "the organisers said": the people who run a body, a role whose body the text says.
    if (
      RUNNING_GROUP_NOUNS.has(head.lower) &&
      (this.last === this.first || (this.last === this.first + 1 && this.token(this.first).lower === 'the'))
    )
      return { ...this.emptyActor('role'), role: head.lower };
    // "Rights groups said", "Police said", "Tenants' associations on the east bank said": a bare plural or
    // mass organisation noun (no article, no possessive pronoun) names the group that speaks, as written.
    const bare = this.bareOrganisation();
    if (bare) return bare;
    // "The latter said", "the former told reporters": one of the last two people named, alone as the subject.
    if (PAIR_MEMBER_WORDS.has(head.lower) && this.last === this.first + 1 && this.token(this.first).lower === 'the') {
      const reference: SpeakerReference = { noun: head.lower, category: 'person', plural: false, gender: null, nationality: null };
      return { ...this.emptyActor('back-reference'), reference };
    }
    const employed = this.roleOfOrganisation();
    if (employed) return employed;
    const noun = head.lower;
    const category: ReferenceCategory | null =
      DOCUMENT_NOUNS.has(noun) || (RESEARCH_PAPER_NOUNS.has(noun) && findingVerbAfter(this.context, this.last))
        ? 'document'
        : ORGANISATION_NOUNS.has(noun) ||
            (WORDNET_ORGANISATION_NOUNS.has(noun) && isOrganisationNounAt(this.context, this.last)) ||
            (this.hasDefiniteDeterminer() &&
              headsOrganisationNamedBefore(this.context, this.last, DEFINITE_DETERMINERS.has(this.token(this.first).lower)))
          ? 'organisation'
          : isRoleNounAt(this.context, this.last) || isDescriptorNounAt(this.context, this.last)
            ? 'person'
            : null;
    if (!category) return this.postmodifiedOrganisation() ?? this.postmodifiedRole();
    const nationality = this.demonymNationality(this.first, this.last);
    // "according to its annual report": an organisation's own document is as definite as "the group's report".
    if (this.hasDefiniteDeterminer() || (category === 'document' && this.ownedByOrganisationPronoun())) {
      const reference: SpeakerReference = {
        noun,
        category,
        plural: noun.endsWith('s') && !noun.endsWith('ss'),
        gender: genderFromWords(noun, null),
        nationality,
        role: category === 'person' ? this.roleIn(this.first, this.last, false).role : null,
      };
      return { ...this.emptyActor('back-reference'), reference, nationality };
    }
    // "Her office said", "his private office told …": the office of the person the pronoun stands for.
    const ownerPronoun = this.token(this.first).lower;
    if (category === 'organisation' && PERSONAL_OFFICE_NOUNS.has(noun) && KIN_OWNERS.has(ownerPronoun) && this.last <= this.first + 2) {
      const reference: SpeakerReference = {
        noun,
        category,
        plural: false,
        gender: null,
        nationality: null,
        possessive: true,
        owner: ownerPronoun === 'his' ? 'he' : 'she',
      };
      return { ...this.emptyActor('back-reference'), reference };
    }
    // "Ferry operator warns …", "Canal trust says …": headline English drops the article; the description is a body's.
    if (category === 'organisation' && this.bareSingularOpening()) {
      const reference: SpeakerReference = { noun, category, plural: false, gender: null, nationality: null, bare: true };
      return { ...this.emptyActor('back-reference'), reference };
    }
    if (category !== 'person') return null;
    // "Her husband said", "his daughter told …": a kin word after "his"/"her" is the person the text set beside a name
    // as that kin ("whose husband, Jo Roe,"), a reference back as "the father" is.
    if (this.last === this.first + 1 && KIN_OWNERS.has(this.token(this.first).lower) && isKinWord(noun)) {
      const reference: SpeakerReference = { noun, category, plural: false, gender: genderFromWords(noun, null), nationality: null };
      return { ...this.emptyActor('back-reference'), reference };
    }
    const found = this.roleIn(this.first, this.last, false);
    if (!found.role) return null;
    return { ...this.emptyActor('role'), role: found.role, nationality, organisation: this.organisationBeforeRole() };
  }

  /** The last word before the phrase's first preposition: "associations" in "Tenants' associations on the east bank". */
  private headBeforePreposition(): number {
    for (let t = this.first + 1; t <= this.last; t++) if (SEGMENT_STOPS.has(this.token(t).lower)) return t - 1;
    return this.last;
  }

  /** "Rights groups", "Harbour police", "Growers' cooperatives", "Water authorities": no determiner, an organisation noun as head. */
  private bareOrganisation(): Actor | null {
    const head = this.headBeforePreposition();
    if (!isOrganisationNounAt(this.context, head)) return null;
    for (let t = this.first; t < head; t++) {
      const lower = this.token(t).lower;
      if (DETERMINERS.has(lower) || POSSESSIVE_PRONOUNS.has(lower)) return null;
    }
    // A plural ("groups") or a mass noun ("police"); a bare singular count noun heads no subject in news prose.
    const lower = this.token(head).lower;
    if (!lower.endsWith('s') && !MASS_ORGANISATION_NOUNS.has(lower)) return null;
    // "Local authorities", "Norwegian authorities": a plural narrowed by adjectives alone names no body in particular,
    // only people speaking for one ("Health authorities", "Rights groups" are narrowed to a kind of body by a noun).
    if (!MASS_ORGANISATION_NOUNS.has(lower) && head > this.first) {
      let adjectives = true;
      for (let t = this.first; t < head; t++)
        if (this.context.pos.tags[t] !== Pos.ADJ && countryOfDemonym(this.token(t).lower) === null) adjectives = false;
      if (adjectives) return { ...this.emptyActor('role'), role: this.slice(this.first, head), end: this.token(head).end };
    }
    return { ...this.emptyActor('organisation'), organisation: this.slice(this.first, head), end: this.token(head).end };
  }

  /**
   * "The relief office at the Ossa crossing said": the head of a definite description comes before
   * its prepositional phrase; the reference is to that noun, its modifiers the words before it.
   */
  private postmodifiedOrganisation(): Actor | null {
    const head = this.headBeforePreposition();
    if (head === this.last || !isOrganisationNounAt(this.context, head) || !DEFINITE_DETERMINERS.has(this.token(this.first).lower))
      return null;
    const noun = this.token(head).lower;
    const portfolio = this.lowerCasePortfolio(head);
    if (portfolio) return portfolio;
    const reference: SpeakerReference = {
      noun,
      category: 'organisation',
      plural: noun.endsWith('s') && !noun.endsWith('ss'),
      gender: null,
      nationality: null,
    };
    return { ...this.emptyActor('back-reference'), reference, end: this.token(head).end };
  }

  /**
   * "The provincial government of Tarlow said", "the district council of Orme Vale": a body described in lower case by
   * its kind, then "of" and the capitalised name of what it governs or serves, is named by the whole phrase (without the
   * article), not by its head noun alone; the kind's words keep a bare "the government of X" a reference as before.
   */
  private describedBodyOfName(head: number): Actor | null {
    if (head - 1 <= this.first || head + 2 > this.last || this.token(head + 1).lower !== 'of') return null;
    if (!DEFINITE_DETERMINERS.has(this.token(this.first).lower) || !isOrganisationNounAt(this.context, head)) return null;
    for (let t = this.first + 1; t < head; t++) {
      const token = this.token(t);
      if (token.capitalised || /['’]s?$/u.test(token.lower) || breakAfter(this.context, t)) return null;
      if (this.context.pos.tags[t] !== Pos.ADJ && this.context.pos.tags[t] !== Pos.NOUN) return null;
    }
    let from = head + 2;
    if (this.token(from).lower === 'the') from++;
    if (from > this.last) return null;
    for (let t = from; t <= this.last; t++) {
      const token = this.token(t);
      if (!token.capitalised || (t < this.last && breakAfter(this.context, t))) return null;
      // ("the regional office of the Red Cross": a body's own office speaks for that body; a government is of a place,
      // whatever the entity finder took the place's name for)
      const entity = this.context.entityOf[t] as number;
      if (entity >= 0 && this.entity(entity).type === 'organisation' && !PLACE_GOVERNMENT_NOUNS.has(this.token(head).lower)) return null;
    }
    return { ...this.emptyActor('organisation'), organisation: this.slice(this.first + 1, this.last) };
  }

  /**
   * "the department of water and sanitation said", "the ministry for fisheries said": a government department written
   * in lower case with its portfolio is named by the whole phrase (a house style that does not capitalise it).
   */
  private lowerCasePortfolio(head: number): Actor | null {
    if (!PORTFOLIO_HEADS.has(this.token(head).lower) || !POST_PARTICLES.has(this.token(head + 1).lower)) return null;
    for (let t = head + 2; t <= this.last; t++) {
      const token = this.token(t);
      if (token.capitalised || (this.context.entityOf[t] as number) >= 0 || breakAfter(this.context, t - 1)) return null;
      if (token.lower !== 'and' && this.context.pos.tags[t] !== Pos.NOUN && this.context.pos.tags[t] !== Pos.ADJ) return null;
    }
    if (this.token(this.last).lower === 'and' || head + 2 > this.last) return null;
    return { ...this.emptyActor('organisation'), organisation: this.slice(head, this.last) };
  }

  /**
   * "Rescue workers at the scene said", "Residents of the village said": people named by a role
   * noun before a prepositional phrase; the role is the phrase up to that noun.
   */
  private postmodifiedRole(): Actor | null {
    const head = this.headBeforePreposition();
    if (head === this.last || !isRoleNounAt(this.context, head)) return null;
    const found = this.roleIn(this.first, head, false);
    if (!found.role) return null;
    // "The father of three said", "the mother of two young boys": a definite person noun counted by what she has
    // describes someone named before, as "the father said" does.
    const count = this.token(head + 2);
    if (
      this.hasDefiniteDeterminer() &&
      this.token(head + 1).lower === 'of' &&
      head + 2 <= this.last &&
      (count.numeric || NUMBER_WORDS.has(count.lower))
    ) {
      const noun = this.token(head).lower;
      const reference: SpeakerReference = {
        noun,
        category: 'person',
        plural: false,
        gender: genderFromWords(noun, null),
        nationality: null,
        role: found.role,
      };
      return { ...this.emptyActor('back-reference'), reference };
    }
    return { ...this.emptyActor('role'), role: found.role, nationality: found.nationality, end: this.token(head).end };
  }

  /**
   * "A spokeswoman for the watchdog", "a senior official at the environment ministry": a role, a preposition tying
   * it to an employer, then a definite description ending in an organisation noun. The role speaks; the description
   * is its organisation, as written (the attributor resolves it to the organisation named before).
   */
  private roleOfOrganisation(): Actor | null {
    if (!isOrganisationNounAt(this.context, this.last)) return null;
    for (let p = this.first + 1; p < this.last; p++) {
      // "officials in the ministry" work for it; "residents in the village" only live there.
      const inside = this.token(p).lower === 'in' && SPEAKING_ROLES.has(this.token(p - 1).lower);
      if (!EMPLOYER_PREPOSITIONS.has(this.token(p).lower) && !inside) continue;
      if (!isRoleNounAt(this.context, p - 1) || !DEFINITE_DETERMINERS.has(this.token(p + 1).lower)) return null;
      const found = this.roleIn(this.first, p - 1, false);
      if (!found.role || p + 2 > this.last) return null;
      // "officials at the agency's control centre": the owner is the organisation.
      let from = p + 2;
      for (let t = from; t < this.last; t++)
        if (/['’]s$/.test(this.token(t).lower) && ORGANISATION_NOUNS.has(this.token(t).lower.slice(0, -2))) from = t;
      const owner = from > p + 2 || /['’]s$/.test(this.token(from).lower);
      const organisation = owner ? this.token(from).lower.slice(0, -2) : this.slice(from, this.last);
      // A spokesperson or an official speaks for her employer; a nurse at a hospital only works there.
      // Staff speaking together ("doctors at the district hospital said") speak for it, as its officials do.
      const group = this.token(p - 1).lower === 'staff' || isPluralOfPersonNoun(this.token(p - 1).lower);
      const speaksFor = this.token(p).lower === 'for' || SPEAKING_ROLES.has(this.token(p - 1).lower) || group;
      return { ...this.emptyActor('role'), role: found.role, nationality: found.nationality, organisation, workplace: !speaksFor };
    }
    return null;
  }

  /**
   * "Technicians at the agency's repair workshop", "drivers at the county's north depot": a group of people at a place
   * the phrase gives as a body's own speaks for that body, written as its noun (the attributor resolves it to the
   * body named before). See workplace-owners.ts.
   */
  private groupAtWorkplace(): Actor | null {
    for (let p = this.first + 1; p < this.last; p++) {
      if (!GROUP_WORKPLACE_PREPOSITIONS.has(this.token(p).lower)) continue;
      const head = this.token(p - 1).lower;
      // A body's people (a plural: one person at a place may only work there), not people who are only there.
      if (PRESENT_GROUP_NOUNS.has(head)) return null;
      const group = head === 'staff' || ((isPluralOfPersonNoun(head) || isRoleNounAt(this.context, p - 1)) && /s$/u.test(head));
      if (!group) return null;
      const owner = workplaceOwner(this.context, p + 1, this.last);
      let body: NamedOrganisation | null = null;
      if (owner !== null) {
        const named = bodyNamedForOwner(this.context, owner, this.first);
        const record = named?.sourceId ? this.context.registry.get(named.sourceId) : undefined;
        if (named) body = { name: named.text, source: record ? toSourceRef(record) : null };
      } else body = this.bodyNamingWorkplace(p + 1);
      if (!body) return null;
      const found = this.roleIn(this.first, p - 1, false);
      const role = found.role ?? this.slice(this.first, p - 1);
      return {
        ...this.emptyActor('role'),
        role,
        nationality: found.nationality,
        organisation: body.name,
        organisationSource: body.source,
      };
    }
    return null;
  }

  /**
   * "Riveters at the NAME plating shop", "Apprentices at the NAME office in Tarvey": the body whose name stands before the
   * place's nouns (`workplaceOwnerName`), when the entity finder read that name as an organisation here or the text named
   * an organisation so before; a place's or a person's name, or one no body bears, gives none.
   */
  private bodyNamingWorkplace(from: number): NamedOrganisation | null {
    const name = workplaceOwnerName(this.context, from, this.last);
    if (!name) return null;
    const index = this.context.entityOf[name[0]] as number;
    const entity = index >= 0 ? this.entity(index) : undefined;
    if (entity && this.context.entityOf[name[1]] === index && entity.end === this.token(name[1]).end) {
      if (entity.type !== 'organisation') return null;
      const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
      return { name: entity.text, source: record ? toSourceRef(record) : null };
    }
    for (let t = name[0]; t <= name[1]; t++) if ((this.context.entityOf[t] as number) >= 0) return null;
    const written = this.context.text.slice(this.token(name[0]).start, this.token(name[1]).end);
    const earlier = earlierOrganisationNamed(this.context, written, this.token(name[0]).start);
    return earlier && lowerCase(earlier.name) === lowerCase(written) ? earlier : null;
  }

  /** The organisation noun heading the phrase right after a person's possessive name ("Solheim's ministry"), as a reference. */
  private personOwnedOrganisation(person: number): Actor | null {
    const nameLast = this.tokenOf(person, 'last');
    if (nameLast < this.first || nameLast + 1 !== this.last || !/['’]s$/u.test(this.token(nameLast).text)) return null;
    const noun = this.token(this.last).lower;
    if (!ORGANISATION_NOUNS.has(noun) || !isOrganisationNounAt(this.context, this.last)) return null;
    // ("Roe's paper found": her research, which she speaks through, not a newspaper she owns)
    if (RESEARCH_PAPER_NOUNS.has(noun) && findingVerbAfter(this.context, this.last)) return null;
    // The body the person was described as holding a post in, when its name has the noun ("Transport Minister Jo Roe").
    const held = this.profiles?.lookup(this.entity(person).text, this.entity(person).sourceId);
    if (held?.organisation && normaliseName(held.organisation).split(' ').includes(noun))
      return organisationActorOf({ name: held.organisation, source: held.organisationSource }, this.start(), this.end());
    const reference: SpeakerReference = { noun, category: 'organisation', plural: false, gender: null, nationality: null };
    return { ...this.emptyActor('back-reference'), reference };
  }

  /**
   * "A sheriff's office spokeswoman", "sheriff's deputies", "the sheriff's chief deputy": people who work for a post's
   * holder speak for the body the text named for that post ("… County Sheriff's Office"): the last one before, else the
   * first after (a lede's "…, sheriff's deputies said."); none named, null.
   */
  private bodyOfPostHolder(): Actor | null {
    let p = this.first;
    while (p < this.last && (DETERMINERS.has(this.token(p).lower) || !endsWithPossessive(this.token(p).text))) p++;
    const owner = this.token(p);
    if (p >= this.last || (this.context.entityOf[p] as number) >= 0 || (owner.capitalised && p !== this.first)) return null;
    const post = owner.lower.slice(0, -2);
    if (!(ROLE_NOUNS.has(post) || PERSON_NOUNS.has(post)) || ORGANISATION_NOUNS.has(post)) return null;
    if (!isRoleNounAt(this.context, this.last) && !isPluralOfPersonNoun(this.token(this.last).lower)) return null;
    const start = this.token(this.first).start;
    let body: Entity | null = null;
    for (const entity of this.context.entities) {
      if (entity.type !== 'organisation' || !normaliseName(entity.text).split(' ').includes(post)) continue;
      if (entity.start < start || !body) body = entity;
      if (entity.start >= start) break;
    }
    if (!body) return null;
    return { ...this.emptyActor('role'), role: this.slice(p + 1, this.last), organisation: body.text };
  }

  /**
   * "A spokesman for the Chief Coroner", "a spokeswoman for the Inspector-General": a speaking role for a post written as
   * a title speaks for the office the text named before for that post ("the Office of the Chief Inspector of …"), the
   * last such body whose name holds every word of the post; none named, null (the role alone, as before).
   */
  private officeOfPostSpokenFor(): Actor | null {
    let p = this.first + 1;
    while (p < this.last && this.token(p).lower !== 'for') p++;
    if (p + 2 > this.last || this.token(p + 1).lower !== 'the' || !SPEAKING_ROLES.has(this.token(p - 1).lower)) return null;
    const post: string[] = [];
    for (let t = p + 2; t <= this.last; t++) {
      if (!this.token(t).capitalised || (this.context.entityOf[t] as number) >= 0) return null;
      post.push(...normaliseName(this.token(t).text).split(' '));
    }
    const head = this.token(this.last).lower;
    if (!(isRoleNounAt(this.context, this.last) || head.split('-').some((part) => ROLE_NOUNS.has(part))) || ORGANISATION_NOUNS.has(head))
      return null;
    const start = this.token(this.first).start;
    let body: Entity | null = null;
    for (const entity of this.context.entities) {
      if (entity.start >= start) break;
      if (entity.type === 'organisation' && holdsAll(entity.text, post)) body = entity;
    }
    const found = this.roleIn(this.first, p - 1, false);
    if (!body || !found.role) return null;
    return { ...this.emptyActor('role'), role: found.role, nationality: found.nationality, organisation: body.text };
  }

  /**
   * "The GTU's Northgate branch said", "the WFC's press office said": an acronym's possessive (a name the entity finder
   * leaves unread) opening a phrase headed by an organisation noun; the part speaks for its owner, written as the acronym
   * (which the attributor expands to the name the article introduced it for).
   */
  private possessiveAcronymOwner(): Actor | null {
    let first = this.first;
    if (DEFINITE_DETERMINERS.has(this.token(first).lower)) first++;
    const token = this.token(first);
    if (first >= this.last || !endsWithPossessive(token.text) || (this.context.entityOf[first] as number) >= 0) return null;
    const stem = token.text.slice(0, -2);
    if (!isAcronymWord(stem) || !isOrganisationNounAt(this.context, this.last)) return null;
    return { ...this.emptyActor('organisation'), organisation: stem };
  }

  /** "the council's", "the ministry's" opening the phrase, followed by something it owns (not a role: "the union's chairman" is a person). */
  private possessiveOrganisationNoun(): string | null {
    if (this.last - this.first < 2 || !DEFINITE_DETERMINERS.has(this.token(this.first).lower)) return null;
    const lower = this.token(this.first + 1).lower;
    if (!lower.endsWith("'s")) return null;
    const noun = lower.slice(0, -2);
    if (!ORGANISATION_NOUNS.has(noun)) return null;
    for (let t = this.first + 2; t <= this.last; t++) if (isRoleNounAt(this.context, t)) return null;
    return noun;
  }

  /**
   * "League records", "council traffic counts": an organisation noun modifying a document (adjectives and nouns between),
   * the body whose document it is; the noun, for the organisation named before it to resolve.
   */
  private organisationNounBeforeDocument(): string | null {
    if (!DOCUMENT_NOUNS.has(this.token(this.last).lower)) return null;
    let first = this.first;
    while (first < this.last && DETERMINERS.has(this.token(first).lower)) first++;
    for (let t = this.last - 1; t >= first; t--) {
      const lower = this.token(t).lower;
      // ("Court filings show …": what the parties lodged with a court, no statement of the court's)
      if (lower === 'court') return null;
      if (ORGANISATION_NOUNS.has(lower)) return lower;
      const tag = this.context.pos.tags[t];
      if (tag !== Pos.ADJ && tag !== Pos.NOUN) return null;
    }
    return null;
  }

  /** "a police spokeswoman", "a fire service spokesman": the organisation written before the role noun. */
  private organisationBeforeRole(): string | null {
    // The role is the phrase's head, not a possessive before it ("Nurses' union representatives"); the organisation
    // runs to the last organisation noun before it, what follows narrowing the role ("a union safety representative").
    let roleAt = this.last;
    while (roleAt >= this.first && !isRoleNounAt(this.context, roleAt)) roleAt--;
    let first = this.first;
    while (first < roleAt && DETERMINERS.has(this.token(first).lower)) first++;
    let organisationAt = roleAt - 1;
    while (organisationAt >= first && !ORGANISATION_NOUNS.has(this.token(organisationAt).lower)) organisationAt--;
    if (organisationAt < first) return this.organisationShortNameBeforeRole(first, roleAt);
    // "School district officials": an area that the organisation noun before it narrows is the body serving it.
    if (organisationAt + 1 < roleAt && AREA_WORDS.has(this.token(organisationAt + 1).lower)) organisationAt++;
    // "GTU branch officials", "CQC regional inspectors": an acronym opening the phrase owns the part after it.
    const acronym = this.token(first);
    if (organisationAt > first && isAcronymWord(acronym.text) && (this.context.entityOf[first] as number) < 0) {
      for (let t = first + 1; t <= organisationAt; t++) if (this.token(t).capitalised) return this.slice(first, organisationAt);
      return organisationOfInitials(acronym.text, this.context.entities, acronym.start)?.text ?? acronym.text;
    }
    return this.slice(first, organisationAt);
  }

  /**
   * "GNMC officials said", "CQC inspectors said" (a name the entity finder leaves unread opening a sentence): one
   * capitalised word right before the role that is the initials or the opening word of an organisation named before.
   */
  private organisationShortNameBeforeRole(first: number, roleAt: number): string | null {
    if (roleAt !== first + 1 || !this.token(first).capitalised || (this.context.entityOf[first] as number) >= 0) return null;
    const token = this.token(first);
    const full =
      organisationOfInitials(token.text, this.context.entities, token.start)?.text ??
      (token.text.length > 1 && token.text === token.text.toUpperCase()
        ? earlierOrganisationNamed(this.context, token.text, token.start)?.name
        : null);
    return full ?? null;
  }

  /** Whether "its" or "their" opens the phrase, up to four words before its head ("its latest annual report"). */
  private ownedByOrganisationPronoun(): boolean {
    const lower = this.token(this.first).lower;
    return (lower === 'its' || lower === 'their') && this.last - this.first <= 4;
  }

  /** "the statistics office", "Eastmere's transport committee": a definite article or a possessive makes the phrase definite. */
  /**
   * A description with no determiner opening its sentence and headed by a singular count noun ("Ferry operator", "Bellringers'
   * guild", "Canal trust"): no subject of news prose, which needs an article there, but a headline's or a
   * standfirst's. Its words before the head are lower-case nouns or adjectives, a plural possessive among them ("Bellringers'").
   */
  private bareSingularOpening(): boolean {
    const opening = this.context.first[sentenceOfToken(this.context, this.first)] as number;
    if (this.first !== opening || this.last - this.first > 3) return false;
    const head = this.token(this.last).lower;
    if (head.endsWith('s') || MASS_ORGANISATION_NOUNS.has(head) || !this.token(this.first).capitalised) return false;
    for (let t = this.first; t <= this.last; t++) {
      const token = this.token(t);
      if (DETERMINERS.has(token.lower) || POSSESSIVE_PRONOUNS.has(token.lower) || /['’]s$/u.test(token.text)) return false;
      if ((this.context.entityOf[t] as number) >= 0 || (t > this.first && token.capitalised)) return false;
      if (t < this.last && breakAfter(this.context, t) && !isApostrophe(token.text.charCodeAt(token.text.length - 1))) return false;
      if (!isNounPhraseWord(this.context.pos.tags[t] as number) && this.context.pos.tags[t] !== Pos.PROPN) return false;
    }
    return true;
  }

  private hasDefiniteDeterminer(): boolean {
    for (let t = this.last - 1; t >= this.first && t >= this.last - 4; t--) {
      const lower = this.token(t).lower;
      if (DEFINITE_DETERMINERS.has(lower) || lower.endsWith("'s")) return true;
    }
    return false;
  }

  // --- roles ----------------------------------------------------------------

  /**
   * The role written in tokens[from, to] with no entity inside: determiners
   * and demonyms dropped (a demonym becomes the nationality), cut at a
   * preposition ("head of the" → "head"), ranks and honorifics right before a
   * name kept apart as the title ("spokesman General" → role "spokesman",
   * title "General"). A role needs a role noun; "Deputy Foreign Minister" keeps
   * its modifiers as written.
   */
  private roleIn(from: number, to: number, beforeName: boolean): { role: string | null; title: string | null; nationality: string | null } {
    let first = from;
    let last = to;
    let nationality: string | null = null;
    // "Minister of State for Rail Annika Vesterholm": a post of state is the whole role, its "of" and "for" included.
    if (beforeName) {
      for (let t = from; t + 2 <= to; t++) {
        if (isPostOfState(this.token(t), this.token(t + 1), this.token(t + 2)))
          return { role: this.slice(t, to), title: null, nationality: null };
      }
      // "The Minister for Water, Name", "the Member for Oxley West, Name": a capitalised post and what it is for or of,
      // set off by a comma before the name, is the whole role.
      // "The Minister for Roads, Hon. Name": a rank between the comma and the name is her title.
      let postEnd = to;
      while (postEnd > from && this.isTitle(postEnd)) postEnd--;
      const post = this.capitalisedPostStart(from, postEnd);
      if (post >= 0)
        return { role: this.slice(post, postEnd), title: postEnd < to ? this.slice(postEnd + 1, to) : null, nationality: null };
    }
    // Before a name the role is what follows the last preposition ("according to Norwegian Deputy
    // Foreign Minister"); elsewhere what precedes the first ("head of the", "a spokeswoman for the").
    for (let t = first; t <= last; t++) {
      // "an expert witness for the defence, engineer Jane Doe": before a name, the role is the apposition after the comma.
      if (beforeName && t < last && breakAfter(this.context, t)) first = t + 1;
      if (!SEGMENT_STOPS.has(this.token(t).lower) || this.token(t).capitalised) continue;
      // "the director of children's services, Jane Doe", "Head of libraries and culture Jane Doe": a post and the
      // portfolio it is of or for, in words of no name, is the whole role.
      if (beforeName && this.portfolioAfter(t, last))
        return { role: this.slice(this.postStart(first, t), last), title: null, nationality: null };
      if (!beforeName) {
        last = t - 1;
        break;
      }
      first = t + 1;
    }
    while (first <= last) {
      const token = this.token(first);
      const country = countryOfPersonDemonym(token.lower);
      if (country) nationality ??= country;
      // "Jane Doe, 54, a nurse at …": an age before the role is not part of it.
      else if (!DETERMINERS.has(token.lower) && !ROLE_COPULAS.has(token.lower) && !/^\d{1,3}$/.test(token.text)) break;
      first++;
    }
    let title: string | null = null;
    if (beforeName) {
      let titleFirst = last + 1;
      while (titleFirst - 1 >= first && this.isTitle(titleFirst - 1)) titleFirst--;
      if (titleFirst <= last) {
        title = this.slice(titleFirst, last);
        last = titleFirst - 1;
      }
    }
    // "the company's chief executive", "the central bank's chief economist": the owner is the organisation, not the role.
    for (let t = last - 1; t >= first; t--) {
      if (!/['’]s$/.test(this.token(t).lower) || !isRoleNounAt(this.context, last)) continue;
      first = t + 1;
      break;
    }
    let hasRoleNoun = false;
    for (let t = first; t <= last; t++) if (isRoleNounAt(this.context, t)) hasRoleNoun = true;
    // Drop words after the last role noun ("spokesman Tuesday") and before the role phrase's own start.
    while (last >= first && !isRoleNounAt(this.context, last) && hasRoleNoun) last--;
    return { role: hasRoleNoun && first <= last ? this.slice(first, last) : null, title, nationality };
  }

  /**
   * Whether "of" or "for" at t joins a post (a role noun right before it) to a portfolio in lower-case words up to `last`
   * ("of adult social care", "for children's services"): no name, no determiner, no title among them.
   */
  private portfolioAfter(t: number, last: number): boolean {
    return t > this.first && isRoleNounAt(this.context, t - 1) && portfolioRunsFrom(this.context, t, last);
  }

  /** The first word of the post ending right before `particle`, past determiners and possessive owners. */
  private postStart(from: number, particle: number): number {
    let start = from;
    for (let k = from; k < particle; k++) if (DETERMINERS.has(this.token(k).lower) || /['’]s$/u.test(this.token(k).lower)) start = k + 1;
    return start;
  }

  /**
   * The first token of a capitalised post that runs to `to` and ends in a comma: a role noun, "for" or "of", then
   * capitalised words ("Minister for Water", "Leader of the Opposition"); -1 when tokens from..to end in none.
   */
  private capitalisedPostStart(from: number, to: number): number {
    if (to < from + 2 || !breakAfter(this.context, to) || !this.token(to).capitalised) return -1;
    for (let t = from; t + 2 <= to; t++) {
      if (!this.token(t).capitalised || !isRoleNounAt(this.context, t) || !POST_PARTICLES.has(this.token(t + 1).lower)) continue;
      let k = t + 2;
      while (k <= to && (this.token(k).capitalised || this.token(k).lower === 'the') && !breakAfter(this.context, k - 1)) k++;
      return k > to ? t : -1;
    }
    return -1;
  }

  private isTitle(t: number): boolean {
    const token = this.token(t);
    if (!isTitleAt(this.context, t)) return false;
    if ((token.lower === 'general' || token.lower === 'gen') && t > this.first) {
      return !GENERAL_ROLE_HEADS.has(this.token(t - 1).lower); // "Attorney General" is a role
    }
    return true;
  }

  /** A role in any entity-free stretch of the phrase (for "a spokeswoman for the Danish transport ministry"). */
  private roleInGaps(): { role: string | null; nationality: string | null } {
    let from = this.first;
    let nationality: string | null = null;
    for (let t = this.first; t <= this.last + 1; t++) {
      if (t <= this.last && (this.context.entityOf[t] as number) < 0) continue;
      if (t > from) {
        const found = this.roleIn(from, t - 1, false);
        nationality ??= found.nationality;
        if (found.role) return { role: found.role, nationality };
      }
      from = t + 1;
    }
    return { role: null, nationality };
  }

  // --- organisations' sources -------------------------------------------------

  private organisationSourceOf(index: number, nationality: string | null): SourceRef | null {
    const known = this.sourceRefOf(index);
    if (known) return known;
    const countries = nationality ? [nationality, ...this.countries()] : this.countries();
    return this.qualify(this.entity(index).text, countries);
  }

  /** "Foreign Ministry" + Norway → "Norwegian Foreign Ministry" → the Norwegian Ministry of Foreign Affairs. */
  private qualify(name: string, countries: readonly string[]): SourceRef | null {
    const direct = this.context.registry.resolve(name);
    if (direct) return direct;
    for (const country of countries) {
      const demonym = demonymOf(country);
      const qualified = demonym ? this.context.registry.resolve(`${demonym} ${name}`) : null;
      if (qualified) return qualified;
    }
    return null;
  }

  /** "Norwegian Deputy Foreign Minister" → Norwegian Ministry of Foreign Affairs; "Turkish President" → Turkish government. */
  private organisationFromRole(role: string | null, nationality: string | null): SourceRef | null {
    if (!role) return null;
    const words = lowerCase(role).split(' ');
    const direct = this.context.registry.resolve(words.filter((word) => !ROLE_NOUNS.has(word)).join(' ')); // "Kremlin spokesman"
    // "Independent surveyor": a title that needs its article ("The Independent") is not named by the bare word.
    if (direct && words.length > 1 && !(direct.name.startsWith('The ') && !words.includes('the'))) return direct;
    const country = nationality ?? this.countries()[0];
    if (!country) return null;
    const minister = words.lastIndexOf('minister');
    if (minister > 0 && words[minister - 1] !== 'prime') return this.qualify(`${words[minister - 1]} ministry`, [country]);
    if (words.some((word) => HEAD_OF_GOVERNMENT.has(word))) return this.qualify('government', [country]);
    return null;
  }

  private sourceRefOf(index: number): SourceRef | null {
    const id = this.entity(index).sourceId;
    const record = id ? this.context.registry.get(id) : undefined;
    return record ? toSourceRef(record) : null;
  }

  private organisationCountry(index: number | undefined): string | null {
    return index === undefined ? null : (this.entity(index).country ?? null);
  }

  /** "Chile’s President …", "Norway’s envoy …": a possessive country before the name. */
  private placeNationality(from: number, to: number): string | null {
    for (let t = from; t <= to; t++) {
      const index = this.context.entityOf[t] as number;
      if (index < 0) continue;
      const entity = this.entity(index);
      if (entity.type === 'place' && entity.country && this.token(t).lower.endsWith("'s")) return entity.country;
    }
    return null;
  }

  private demonymNationality(from: number, to: number): string | null {
    for (let t = from; t <= to; t++) {
      const country = countryOfDemonym(this.token(t).lower);
      if (country) return country;
    }
    return null;
  }

  // --- helpers ----------------------------------------------------------------

  private previousEntityEnd(t: number, from: number): number {
    let p = t - 1;
    while (p >= from && (this.context.entityOf[p] as number) < 0) p--;
    return Math.max(p, from - 1);
  }

  private nextEntityStart(t: number, to: number): number {
    let p = t;
    while (p <= to && (this.context.entityOf[p] as number) < 0) p++;
    return p;
  }

  private nextEntityEnd(t: number): number {
    const index = this.context.entityOf[t] as number;
    let p = t;
    while (p + 1 <= this.last && this.context.entityOf[p + 1] === index) p++;
    return p;
  }

  private tokenOf(entityIndex: number, edge: 'first' | 'last'): number {
    // Entities are few per phrase; a scan of the phrase is cheaper than an index.
    if (edge === 'first') {
      for (let t = this.first; t <= this.last; t++) if (this.context.entityOf[t] === entityIndex) return t;
    } else {
      for (let t = this.last; t >= this.first; t--) if (this.context.entityOf[t] === entityIndex) return t;
    }
    return -1;
  }

  /**
   * "an analyst at Ledbury Risk", "a lawyer for Brindle Homes": a name after "at", "for", "with", "from" or "of" that
   * ends its clause (not "a councillor for Ashby Fold ward") and opens with no known first name is an employer.
   */
  private namesEmployer(index: number): boolean {
    const first = this.tokenOf(index, 'first');
    const last = this.tokenOf(index, 'last');
    return (
      (EMPLOYER_PREPOSITIONS.has(this.token(first - 1).lower) || this.bracketedAfterName(index)) &&
      (last === this.last || breakAfter(this.context, last)) &&
      !isKnownFirstName(this.token(first).text) &&
      !this.namedAsPersonElsewhere(this.entity(index))
    );
  }

  /**
   * "Jo Lys, chief economist at Fjordbank,", "a spokeswoman for Maelford police": a name the entity finder took for a
   * place, right after a role noun and "at", "for" or "with" (an optional "the" between), is the employer when it ends
   * its clause, or when lower-case words ending in an organisation noun follow it to the clause's end (then the body it
   * opens, "Maelford police", is the employer). A place after "in", "of" or "from" stays where she lives or serves.
   */
  private namesPlaceEmployer(index: number): boolean {
    const first = this.tokenOf(index, 'first');
    const last = this.tokenOf(index, 'last');
    let preposition = first - 1;
    if (preposition > this.first && this.token(preposition).lower === 'the') preposition--;
    if (preposition - 1 < this.first || !PLACE_EMPLOYER_PREPOSITIONS.has(this.token(preposition).lower)) return false;
    if (breakAfter(this.context, preposition - 1) || !isRoleNounAt(this.context, preposition - 1)) return false;
    // ("a neurologist at Kelby who led the study": a relative clause on the person ends the employer's name as a comma does)
    if (last === this.last || breakAfter(this.context, last) || PERSON_RELATIVES.has(this.token(last + 1).lower)) return true;
    for (let t = last + 1; t <= this.last && t <= last + MAX_BODY_WORDS; t++) {
      const token = this.token(t);
      if (token.capitalised || (this.context.entityOf[t] as number) >= 0) return false;
      if (isOrganisationNounAt(this.context, t) && (t === this.last || breakAfter(this.context, t))) {
        this.employerBodyEnds.set(index, t);
        return true;
      }
      if (breakAfter(this.context, t)) return false;
    }
    return false;
  }

  /** Whether the name fills a bracket opened right after a person's name: "Piet Wit (Port of Aarle)". */
  private bracketedAfterName(index: number): boolean {
    const first = this.tokenOf(index, 'first');
    const last = this.tokenOf(index, 'last');
    if (first - 1 < this.first) return false;
    const before = this.context.entityOf[first - 1] as number;
    if (before < 0 || this.entity(before).type !== 'person') return false;
    const { text } = this.context;
    const opened = /^\s*\($/u.test(text.slice(this.token(first - 1).end, this.token(first).start));
    const end = this.token(last).end;
    return opened && /^\s*\)/u.test(text.slice(end, end + 4));
  }

  /** "Jon Bekk, who runs the gallery with Holm": a name the text gives a person elsewhere is a colleague, not an employer. */
  private namedAsPersonElsewhere(name: Entity): boolean {
    return namedAsPersonElsewhere(this.context, name);
  }

  /**
   * Whether the phrase is only two or more organisations' names (no medium's) joined by "and" or "&", with an article
   * before one: "Tolvey Tyres and Quillet Bodyworks", "Tolvey Tyres and the Brisk Valley Trust".
   */
  private namesBodiesJointly(): boolean {
    const indices = this.entityIndices;
    if (indices.length < 2) return false;
    let t = this.first;
    let joins = 0;
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i] as number;
      const entity = this.entity(index);
      if (entity.type !== 'organisation' || isMediaOrganisation(this.context, entity, this.sourceRefOf(index))) return false;
      const first = this.tokenOf(index, 'first');
      if (i > 0) {
        if (t < first && (this.token(t).lower === 'and' || this.token(t).text === '&')) {
          joins++;
          t++;
        }
        if (t < first && this.token(t).lower === 'the') t++;
      } else if (t < first && DETERMINERS.has(this.token(t).lower)) t++;
      if (t !== first) return false;
      t = this.tokenOf(index, 'last') + 1;
    }
    return joins > 0 && t === this.last + 1;
  }

  private afterComma(index: number): boolean {
    let t = this.tokenOf(index, 'first') - 1;
    if (t >= this.first && DETERMINERS.has(this.token(t).lower)) t--;
    return t >= this.first && breakAfter(this.context, t);
  }

  private start(): number {
    return this.token(this.first).start;
  }

  private end(): number {
    return this.token(this.last).end;
  }

  private emptyActor(kind: ActorKind): Actor {
    return emptyActor(kind, this.token(this.first).start, this.token(this.last).end);
  }

  private slice(first: number, last: number): string {
    return this.context.text.slice(this.token(first).start, this.token(last).end);
  }

  private entity(index: number): Entity {
    return this.context.entities[index] as Entity;
  }

  private token(t: number): Token {
    return this.context.tokens[t] as Token;
  }
}

/** Fills what `draft` lacks from what the article said of the same person earlier; the longest name wins. */
/**
 * Whether "of" or "for" at t opens the portfolio of the post before it ("director of adult social care", "head of
 * libraries and culture") running to `last`: lower-case words with no name, determiner, possessive pronoun or comma among
 * them; a person's name after at least one word ends it ("… of children's services Jo Roe").
 */
export function portfolioRunsFrom(context: ArticleContext, t: number, last: number): boolean {
  const { tokens, entityOf, entities } = context;
  const particle = tokens[t]?.lower;
  if ((particle !== 'of' && particle !== 'for') || t >= last || breakAfter(context, t)) return false;
  for (let k = t + 1; k <= last; k++) {
    const token = tokens[k] as Token;
    const entity = (entityOf[k] as number) >= 0 ? entities[entityOf[k] as number] : undefined;
    if (entity?.type === 'person') return k > t + 1;
    if (token.capitalised || entity || DETERMINERS.has(token.lower) || POSSESSIVE_PRONOUNS.has(token.lower) || breakAfter(context, k - 1))
      return false;
  }
  return true;
}

export function inheritFromProfile(draft: PersonDraft, profile: PersonDraft): void {
  draft.name = profile.name.length > draft.name.length ? profile.name : draft.name;
  draft.role ??= profile.role;
  draft.title ??= profile.title;
  if (!draft.organisation) {
    draft.organisation = profile.organisation;
    draft.organisationSource = profile.organisationSource;
  }
  draft.organisationSource ??= profile.organisationSource;
  draft.nationality ??= profile.nationality;
  draft.personSource ??= profile.personSource;
  draft.gender ??= profile.gender;
}

/**
 * A media outlet: a known source of kind media, or an unknown organisation
 * whose name says so ("Springfield Courier", "Shelbyville Daily", "Radio Ogdenville", "Tessby Weekly Lantern").
 */
export function isMediaOrganisation(context: ArticleContext, entity: Entity, known?: SourceRef | null): boolean {
  const source = known !== undefined ? known : entity.sourceId ? context.registry.get(entity.sourceId) : undefined;
  if (source) return source.kind === 'media';
  // "TV2", "Radio1": a channel number is not part of the media word.
  const words = lowerCase(entity.text).replace(/\d+\b/g, '').split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (MEDIA_NAME_WORDS.has(last)) return true;
  // ("Tessby Weekly Lantern": a word for how often a paper comes out inside the name is its title's)
  if (words.slice(1, -1).some((word) => PERIODICAL_WORDS.has(word))) return true;
  // ("Herald Van Drivers' Guild", "Star Quay Traders' Guild": a title's word opening a body named for its members)
  return MEDIA_NAME_WORDS.has(first) && !namesBodyOfMembers(entity.text);
}

/** A medium's short name longer than this many words is no short form. */
const MAX_OUTLET_SHORT_FORM_WORDS = 2;

/**
 * "told the Beacon", "the Courier reported": a medium unknown to the registry named by the closing words of a longer
 * medium's name that the text gave before (its masthead, a byline's line, an earlier mention: "Ossby Beacon",
 * "By Name, Dunreay Valley Courier") is that medium, named in full; null when none or two different ones fit, or the name
 * is no short form ("the" aside, one or two capitalised words).
 */
export function outletNamedInFullBefore(context: ArticleContext, written: string | null, start: number): string | null {
  if (written === null) return null;
  const short = withoutArticle(written).split(/\s+/u);
  if (short.length === 0 || short.length > MAX_OUTLET_SHORT_FORM_WORDS || !short.every((word) => /^\p{Lu}/u.test(word))) return null;
  const shortWords = short.map(lowerCase);
  const mentions = tokensByLowerCase(context).get(shortWords[shortWords.length - 1] as string);
  if (!mentions) return null;
  let found: string | null = null;
  for (let at = positionOfLastMentionBefore(mentions, firstTokenFrom(context, start)); at >= 0; at--) {
    const t = mentions[at] as number;
    const entity = entityAtToken(context, t);
    if (!entity || entity.type !== 'organisation' || entity.end !== (context.tokens[t] as Token).end) continue;
    if (!isMediaOrganisation(context, entity)) continue;
    const full = withoutArticle(entity.text);
    const words = lowerCase(full).split(/\s+/u);
    if (words.length <= shortWords.length) continue;
    if (!shortWords.every((word, i) => words[words.length - shortWords.length + i] === word)) continue;
    if (found !== null && lowerCase(found) !== lowerCase(full)) return null;
    found = full;
  }
  return found;
}

/** A name without its opening "The": "The Ossby Beacon" → "Ossby Beacon". */
function withoutArticle(name: string): string {
  return name.trim().replace(/^the\s+/iu, '');
}

/**
 * "Kestrel Radio's Morning Programme": a programme named with its station's possessive belongs to that medium; the
 * station's name ("Kestrel Radio"), or null when the name owns nothing or its owner is no medium's name.
 */
export function mediumOwningName(name: string): string | null {
  const owner = /^(.+?)['’]s[ \t]+\S/u.exec(name)?.[1];
  if (!owner) return null;
  const words = lowerCase(owner).replace(/\d+\b/g, '').split(/\s+/);
  return MEDIA_NAME_WORDS.has(words[words.length - 1] ?? '') || MEDIA_NAME_WORDS.has(words[0] ?? '') ? owner : null;
}

/** Words before "minister" that rank or date a minister, not a portfolio: "Prime Minister", "the senior minister". */
const NOT_PORTFOLIOS = new Set([
  'prime',
  'deputy',
  'first',
  'vice',
  'junior',
  'state',
  'chief',
  'acting',
  'senior',
  'cabinet',
  'government',
  'outgoing',
  'incoming',
  'new',
  'top',
]);

/** Words of a description between "from" and a name: "from the paper group Aldane". */
const MAX_DESCRIPTOR_WORDS = 4;

/** "former owner", "ex-chairman", "retired director": a post held once. */
const PAST_POST = /^(?:former|ex|ex-\S+|retired|one-time|erstwhile)\b/iu;

/** Nouns of a body that governs a place, named "the … X of PLACE" (`describedBodyOfName`). */
const PLACE_GOVERNMENT_NOUNS = new Set(['government', 'administration', 'council', 'assembly', 'municipality']);

/** "Minister of State for Rail", "Secretary of State": a post of state (a junior minister's, or a minister's). */
const POST_OF_STATE = /^(?:minister|secretary)\s+of\s+state\b/iu;
/** The portfolio of a post of state: "Secretary of State for Health", "Minister of State for Rail". */
const PORTFOLIO_OF_STATE = /^(?:minister|secretary)\s+of\s+state\s+for\s+(?:the\s+)?(\p{L}[\p{L}\s]{2,40})$/iu;
/** Words joining a portfolio's nouns, not themselves part of it: "Environment, Food and Rural Affairs". */
const NAME_LINK_WORDS = new Set(['and', 'of', 'for', 'the']);
/** A ministry's or government department's name: "Ministry of Transport", "Department for Culture", "Transport Ministry". */
const MINISTRY_NAME = /^(?:the\s+)?(?:ministry|department)\s+(?:of|for)\s|\bministry['’]?s?$/iu;

/** "Minister", "of", "State": the three words opening a post of state. */
function isPostOfState(role: Token, of: Token, state: Token): boolean {
  return (role.lower === 'minister' || role.lower === 'secretary') && of.lower === 'of' && state.lower === 'state';
}

/** Posts that speak for no ministry: "the shadow health minister", "a former finance minister". */
const NO_MINISTRY = new Set(['shadow', 'opposition', 'former', 'ex', 'retired', 'without']);

/**
 * "Fisheries Minister", "the deputy health minister" → "Ministry of Fisheries", "Ministry of Health";
 * "Foreign Minister", "the home affairs minister" → "Ministry of Foreign Affairs", "Ministry of Home Affairs"; else null.
 */
export function ministryOfRole(role: string): string | null {
  // "Minister for Transport", "Shadow Minister of Foreign Affairs": the portfolio after the noun, read as "transport minister".
  const after = /^(.*?)\bminister\s+(?:for|of)\s+(?:the\s+)?([\p{L}\s]{3,40})$/iu.exec(role.trim());
  // "Minister for Aged Care": a portfolio of several capitalised words is the ministry's whole name, not its last word.
  const portfolioWords = after?.[2]?.trim().split(/\s+/u) ?? [];
  if (
    after &&
    portfolioWords.length > 1 &&
    portfolioWords.every((word) => /^\p{Lu}/u.test(word) || word === 'and') &&
    portfolioWords[portfolioWords.length - 1] !== 'Affairs' &&
    !lowerCase(after[1] as string)
      .split(/[\s-]+/u)
      .some((word) => NO_MINISTRY.has(word))
  )
    return `Ministry of ${portfolioWords.join(' ')}`;
  if (after) return ministryOfRole(`${after[1] as string}${after[2] as string} minister`);
  const words = lowerCase(role).split(/[\s-]+/);
  if (words[words.length - 1] !== 'minister' || words.some((word) => NO_MINISTRY.has(word))) return null;
  const affairs = words[words.length - 2] === 'affairs';
  const portfolio = words[words.length - (affairs ? 3 : 2)];
  if (portfolio === undefined || !/^\p{L}+$/u.test(portfolio) || NOT_PORTFOLIOS.has(portfolio)) return null;
  const name = portfolio.charAt(0).toUpperCase() + portfolio.slice(1);
  return `Ministry of ${affairs || portfolio === 'foreign' ? `${name} Affairs` : name}`;
}

function isSurnameOf(written: string, fullName: string): boolean {
  return !written.includes(' ') && fullName !== written;
}

export function genderFromWords(role: string | null, title: string | null): Gender | null {
  for (const text of [title, role]) {
    if (!text) continue;
    for (const word of lowerCase(text).split(' ')) {
      if (FEMALE_WORDS.has(word)) return 'female';
      if (MALE_WORDS.has(word)) return 'male';
    }
  }
  return null;
}

/** Words before an organisation's name that say what it is, beyond the entity finder's descriptors: "the opposition Upland Greens". */
const PARTY_DESCRIPTORS = new Set(['opposition', 'ruling', 'governing']);

/** An organisation's name as the text gives it: the words themselves, or the fuller name used before ("Brakeley" → "Brakeley Foods"). */
export interface NamedOrganisation {
  name: string;
  source: SourceRef | null;
}

/**
 * The organisation named by tokens[first, last] (a leading article dropped): the fullest earlier
 * organisation whose name opens with these words, else the words as written.
 */
export function namedOrganisation(context: ArticleContext, first: number, last: number): NamedOrganisation {
  let from = first;
  while (from < last && DETERMINERS.has((context.tokens[from] as Token).lower)) from++;
  const start = (context.tokens[from] as Token).start;
  const written = context.text.slice(start, (context.tokens[last] as Token).end);
  return earlierOrganisationNamed(context, written, start) ?? { name: written, source: context.registry.resolve(written) };
}

/**
 * An organisation named before `offset` whose name opens or, failing that, ends with `written` and is longer:
 * "Brakeley" → "Brakeley Foods", "Falcons" → "Ashby Falcons".
 */
export function earlierOrganisationNamed(context: ArticleContext, written: string, offset: number): NamedOrganisation | null {
  const key = lowerCase(written);
  const index = organisationsByLeadingWords(context);
  // The one named first of those the words open or end: "Falcons" is "Ashby Falcons", not a later "Falcons Women".
  const candidates = [index.get(key), index.get(`…${key}`)].filter((found): found is Entity => found !== undefined && found.start < offset);
  const entity = candidates.sort((a, b) => a.start - b.start)[0];
  if (!entity || entity.start >= offset) return null;
  // "Brennock University" is not "Brennock University Students' Union": a name holding it before a possessive word
  // names a body of its own.
  if (possessiveAfter(entity.text, key)) return null;
  // "Dunlow's Leeds depot" read as one name: the owner before the possessive is the body, what it owns (a place, a site)
  // is no part of its name.
  const owner = ownerOfPossession(entity.text, key);
  if (owner) return { name: owner, source: null };
  const record = entity.sourceId ? context.registry.get(entity.sourceId) : undefined;
  return { name: entity.text, source: record ? toSourceRef(record) : null };
}

/**
 * The owner's words when `name` is the written words `key` (lower case), a possessive, then words none of which is an
 * organisation's noun ("Dunlow's Leeds" → "Dunlow"); else null.
 */
function ownerOfPossession(name: string, key: string): string | null {
  const lower = lowerCase(name);
  if (!lower.startsWith(key)) return null;
  const rest = /^['’]s\s+(.+)$/u.exec(name.slice(key.length))?.[1];
  if (
    !rest ||
    lowerCase(rest)
      .split(/\s+/u)
      .some((word) => ORGANISATION_NOUNS.has(word))
  )
    return null;
  return name.slice(0, key.length);
}

/** Whether `name` holds a possessive word ("Students'") after the words of `key` (lower case), a body's name it opens or ends with. */
function possessiveAfter(name: string, key: string): boolean {
  // ("Kelby Anglers' Club" for a town "Kelby": only a body's name, "X University", owns another body)
  if (!ORGANISATION_NOUNS.has(key.slice(key.lastIndexOf(' ') + 1))) return false;
  const lower = lowerCase(name);
  const at = lower.indexOf(key);
  if (at < 0) return false;
  const rest = name.slice(at + key.length);
  // ("Marrow's" for "Marrow", "Saint Aldric's Hospital" for "Saint Aldric": the written words' own possessive is the name's)
  if (/^['’]s(?:\s|$)/u.test(rest)) return false;
  return /\S(?:['’]s|s['’])(?=\s|$)/u.test(rest) && /\s/u.test(rest);
}

/** An organisation the entity finder read under exactly these words anywhere in the article, else null. */
function laterOrganisationNamed(context: ArticleContext, written: string): NamedOrganisation | null {
  const entity = organisationsByLeadingWords(context).get(lowerCase(written));
  if (!entity || lowerCase(entity.text) !== lowerCase(written)) return null;
  const record = entity.sourceId ? context.registry.get(entity.sourceId) : undefined;
  return { name: entity.text, source: record ? toSourceRef(record) : null };
}

const leadingWordsIndex = new WeakMap<ArticleContext, Map<string, Entity>>();

/** The article's first organisation for each run of leading words of its name ("brakeley" → Brakeley Foods), built once per article. */
function organisationsByLeadingWords(context: ArticleContext): Map<string, Entity> {
  let index = leadingWordsIndex.get(context);
  if (index) return index;
  index = new Map();
  // A name met again adds nothing: every key it gives is already there, for the one named first.
  const seen = new Set<string>();
  for (const entity of context.entities) {
    if (entity.type !== 'organisation') continue;
    const name = lowerCase(entity.text);
    if (seen.has(name)) continue;
    seen.add(name);
    const words = splitAtSpaces(name);
    // suffixes[n]: the words from n on, joined by spaces.
    const suffixes: string[] = new Array<string>(words.length).fill('');
    for (let n = words.length - 1; n > 0; n--) suffixes[n] = n === words.length - 1 ? words[n]! : `${words[n]!} ${suffixes[n + 1]!}`;
    // (the whole name too: "NAME denied …" after "the chain NAME", a lone word the entity finder left unread)
    let prefix = '';
    for (let n = 1; n <= words.length; n++) {
      prefix = n === 1 ? words[0]! : `${prefix} ${words[n - 1]!}`;
      if (!index.has(prefix)) index.set(prefix, entity);
      if (n === words.length) break;
      // "at Saint Aldric's," after "Saint Aldric's Hospital": a short form ending in the name's possessive, read without it.
      if (endsWithPossessive(prefix)) {
        const bare = prefix.slice(0, -2);
        if (!index.has(bare)) index.set(bare, entity);
      }
      // Trailing words are keyed apart ("…falcons"): a name's opening words are the likelier short form.
      const suffix = `…${suffixes[n]!}`;
      if (!index.has(suffix)) index.set(suffix, entity);
    }
  }
  leadingWordsIndex.set(context, index);
  return index;
}

/** Ends in "'s" or "’s" (/['’]s$/u). */
function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/** An actor of `kind` over [start, end) that names nobody yet: each reading fills in what it found. */
export function emptyActor(kind: ActorKind, start: number, end: number): Actor {
  return {
    kind,
    people: [],
    role: null,
    organisation: null,
    organisationSource: null,
    nationality: null,
    outlet: null,
    outletSource: null,
    pronoun: null,
    reference: null,
    start,
    end,
  };
}

/** An actor that is an organisation speaking for itself. */
export function organisationActorOf(organisation: NamedOrganisation, start: number, end: number): Actor {
  return {
    ...emptyActor('organisation', start, end),
    organisation: organisation.name,
    organisationSource: organisation.source,
    nationality: organisation.source?.country ?? null,
  };
}

/** "Jon Bekk, who runs the gallery with Holm": whether the text gives the name to a person elsewhere (a colleague, not an employer). */
export function namedAsPersonElsewhere(context: ArticleContext, name: Entity): boolean {
  return context.entities.some(
    (other) => other !== name && other.type === 'person' && (other.text === name.text || other.text.endsWith(` ${name.text}`)),
  );
}

/**
 * "the district" after "the Western Plains Local Health District", "the trust" after "the Kell Valley Trust": a common
 * noun (tagged one, in lower case) that heads the name of an organisation the article named before (`nameHeadWord`)
 * stands for it, whatever word lists say of the noun; with `counties`, "the county" stands for an "X County" named as a
 * place too (the head of a subject that opens with its determiner: "The county said", not "Growers in the county said").
 */
export function headsOrganisationNamedBefore(context: ArticleContext, t: number, counties = false): boolean {
  const token = context.tokens[t];
  // (wink tags a name's head that is also an adjective, "the local" of a union branch, an adjective: it heads the phrase here)
  const tag = context.pos.tags[t];
  if (!token || token.capitalised || (tag !== Pos.NOUN && tag !== Pos.ADJ)) return false;
  // "the district's transportation director": the owner's noun without its possessive.
  const noun = token.lower.replace(/['’]s$/u, '');
  const heads = namedHeadsOf(context);
  if ((heads.organisations.get(noun) ?? Infinity) < token.start) return true;
  // ("The county said" after "X County Council": the council of the county the subject names; "Quillmoor shares a depot
  // with Braxley County. The county said …": a county the text names as a place is governed as one)
  return counties && noun === 'county' && Math.min(heads.countyGovernment, heads.countyNamed) < token.start;
}

/** Where the article first names, by their head words, its organisations and its counties: read once, not per subject. */
interface NamedHeads {
  /** Head word → start of the first organisation it heads. */
  organisations: Map<string, number>;
  /** Start of the first government of a county ("X County Council"), else Infinity. */
  countyGovernment: number;
  /** Start of the first name other than a person's headed by "county", else Infinity. */
  countyNamed: number;
}

const NAMED_HEADS = new WeakMap<ArticleContext, NamedHeads>();

function namedHeadsOf(context: ArticleContext): NamedHeads {
  let heads = NAMED_HEADS.get(context);
  if (heads) return heads;
  heads = { organisations: new Map(), countyGovernment: Infinity, countyNamed: Infinity };
  for (const entity of context.entities) {
    if (entity.type === 'person') continue;
    const head = nameHeadWord(entity.text);
    if (entity.type === 'organisation') {
      if (!heads.organisations.has(head)) heads.organisations.set(head, entity.start);
      if (heads.countyGovernment === Infinity && isLocalGovernmentOf(entity.text, 'county')) heads.countyGovernment = entity.start;
    }
    if (head === 'county' && heads.countyNamed === Infinity) heads.countyNamed = entity.start;
  }
  NAMED_HEADS.set(context, heads);
  return heads;
}

/**
 * The word that heads a name for a later "the <noun>": its last word, or the one before a number that closes it ("the local"
 * after "… Local 1182", a union branch known by its number).
 */
export function nameHeadWord(name: string): string {
  const words = name.split(' ');
  let last = words.length - 1;
  if (last > 0 && /^\d+$/u.test(words[last] as string)) last--;
  return lowerCase(words[last] as string);
}

/** Whether a name holds every one of `words` (normalised name words). */
export function holdsAll(name: string, words: readonly string[]): boolean {
  const names = normaliseName(name).split(' ');
  return words.every((word) => names.includes(word));
}

const LOCAL_GOVERNMENT_HEADS = new Set(['council', 'corporation', 'municipality', 'government', 'administration']);

/** Whether a name is the government of an area of the kind `area` ("shire", "county"): it holds the word and ends in a government's noun. */
export function isLocalGovernmentOf(name: string, area: string): boolean {
  const words = normaliseName(name).split(' ');
  return words.length > 2 && words.slice(0, -1).includes(area) && LOCAL_GOVERNMENT_HEADS.has(words[words.length - 1] ?? '');
}
