import { SENTENCE_STARTERS } from '../abbreviations';
import { CAPITALISED_NON_NAMES, MONTHS, REPORTING_VERBS, VIEW_NOUNS, WEEKDAYS, WORD_CLASSES, WordClass } from '../lexicon';
import type { Sentence } from '../sentence';
import { segmentText } from '../sentence-splitter';
import { foreignKindOf, isBreakBetween, nameWordsOf, normaliseNameWord, type NameWord } from '../sources/name-words';
import { defaultSourceRegistry, type SourceRegistry } from '../sources/source-registry';
import { isOpener, isUpperAt } from '../text-chars';
import { indexTokens } from '../token-index';
import { commaAfter, type Token } from '../tokenizer';
import { isCommonWord as isEnglishWord } from '../matching/synonyms';
import nounHypernymsJson from '../conflicts/noun-hypernyms.json';
import { introducedAcronym } from './acronyms';
import type { Entity, EntityType } from './entity';
import { countryOfDemonym, countryOfPersonDemonym, gazetteerMatcher, type GazetteerEntry } from './gazetteer';
import { isKnownFirstName, isListedFirstName } from './gender';
import {
  GERMAN_ARTICLES,
  LEADING_ORGANISATION_CUES,
  LEGAL_FORMS,
  LOCATIVE_PREPOSITIONS,
  MAX_RELATIVE_CLAUSE,
  MEDIA_NAME_WORDS,
  PERIODICAL_WORDS,
  namesBodyOfMembers,
  ORGANISATION_CUES,
  OFFICE_NAME_CUES,
  POST_NOMINALS,
  BODY_DESCRIPTORS,
  ORGANISATION_DESCRIPTORS,
  RELATIVE_PRONOUNS,
  RUN_PARTICLES,
  SLASHED_LEGAL_FORM,
  STREET_WORDS,
  SURNAME_PARTICLES,
  AREA_WORDS,
  EVENT_TITLE_WORDS,
  FIELD_CUES,
  GOVERNMENT_OF_WORDS,
  TRADE_DESCRIPTORS,
  familyNameBeforeGivenName,
} from './name-cues';
import {
  LANDFORM_NOUNS,
  ORGANISATION_ROLE_NOUNS,
  OWNING_VERBS,
  PERSON_NOUNS,
  compoundHead,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  RUNNING_GROUP_NOUNS,
  TITLE_WORDS,
  WORDNET_ORGANISATION_NOUNS,
  BUSINESS_AGENT_NOUNS,
} from './roles';
import { tokenizeSentences, type SentenceTokens } from './sentence-tokens';
import { nicknameIntroductions, type NameKind } from './nicknames';

export interface FindEntitiesOptions {
  /** Sources to recognise (default: the curated list). */
  registry?: SourceRegistry;
}

/** Administrative areas whose name is also the name of the body with corporate powers that governs them. */
const CORPORATE_AREA_WORDS = new Set(['municipality']);

/** Prepositions after a person's noun tying her to where she works: "a lecturer at …", "a nurse with …". */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from', 'in']);
/** Words for the family that runs a firm, after "and" in its name: "Brundell and Sons", "Holm and Daughter". */
const FAMILY_FIRM_WORDS = new Set(['son', 'sons', 'daughter', 'daughters', 'brothers', 'sisters']);
/** Prepositions between a person's name and the body she comes from: "Jo Roe from the …", "Al Ek at the …". */
const PERSON_BELONGING_PREPOSITIONS = new Set(['from', 'at', 'with']);
/** A name of unknown people has at most this many words ("Recep Tayyip Erdoğan" has three). */
const MAX_PERSON_WORDS = 4;
/** Particles in a row inside one name: "Organisation for the Prohibition". */
const MAX_PARTICLES = 2;
/** "Tessin Fire and Rescue Service": at most this many words on either side of an "and" inside a name. */
/** "Department for Environment, Food and Rural Affairs": at most this many items in a portfolio's list. */
const MAX_PORTFOLIO_ITEMS = 4;
const MAX_WORDS_BEFORE_AND = 3;
/** "Brenvik's chief technology officer": at most this many words between a name and the role it owns or modifies. */
const MAX_ROLE_MODIFIERS = 3;
/** "LONDON, Feb 26 (Reuters) -": at most this many tokens of a dateline before the name that opens a sentence. */
const MAX_DATELINE_TOKENS = 10;
/** "…, the company said on Thursday in a statement.": at most this many tokens after the closing clause's verb. */
const MAX_CLOSING_TAIL = 6;
/** A sentence read for its closing clause runs at most this many tokens past the name (a run-on text is not read to its end). */
const MAX_SENTENCE_TOKENS = 80;
/** "the Leeds cinema operator": at most this many words between "the" and the organisation noun of a closing clause. */
const MAX_DESCRIPTOR_MODIFIERS = 2;
/** Words after the head noun of an apposition: "the pension fund that …", "a co-operative based in …". */
const APPOSITION_HEAD_FOLLOWERS = new Set(['that', 'which', 'whose', 'based', 'in', 'of', 'from', 'with']);
/** Determiners opening an apposition that says what a name is: "Parnell Yards, a rival app". */
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the']);
/**
 * Nouns for a place of business that, heading an apposition, say the name before it is the business: "Kestrel Glass,
 * the last glassworks in town", "Holm & Daughter, a family bakery". Any compound of "works" counts (steelworks, gasworks).
 */
const BUSINESS_PLACE_NOUNS = new Set(['factory', 'workshop', 'shop', 'store', 'mill', 'plant', 'brewery', 'bakery', 'foundry', 'works']);
const WORKS_COMPOUND = /^[a-z]{3,}works$/;

/** What an organisation speaks through: "said in a statement". */
/** Nouns of a body's site, which its own name may stand before ("the NAME yard", "the NAME plant"). */
const OWN_SITE_NOUNS: ReadonlySet<string> = new Set([
  ...BUSINESS_PLACE_NOUNS,
  'yard',
  'shipyard',
  'site',
  'depot',
  'warehouse',
  'office',
  'offices',
  'headquarters',
  'hall',
  'mine',
  'quarry',
  'terminal',
  'campus',
]);

const STATEMENT_NOUNS = new Set(['statement', 'release', 'communique', 'communiqué', 'note']);
/** Articles and possessives that, capitalised inside a run, belong to a title: "Keep The Meadow Wild", "Save Our Pool". */
/** Sectors' nouns that end a business's coined name but are no organisation word of their own (`ORGANISATION_CUES`). */
const SECTOR_NAME_ENDINGS = new Set(['health', 'medical']);

/** Nouns of a place a body runs that are surnames too ("Park", "Kitchen"): they end its name only after a common word. */
const PLACE_COMPOUND_HEADS = new Set(['park', 'kitchen', 'market', 'fridge', 'garden', 'gardens', 'farm']);

/** Verbs of running a body, whose object is the body: "runs X", "chairs the X". */
const RUNNING_VERBS = new Set(['runs', 'chairs', 'heads', 'manages', 'directs', 'co-founded', 'founded']);

/** Adjectives that open a body's name more often than a sentence: "United Bottlers of the North said". */
const NAME_OPENING_ADJECTIVES = new Set(['united']);

/** Prepositions that running text writes in lower case, so a capital marks a title's word: "Reporters Without Borders". */
const TITLE_PREPOSITIONS = new Set(['without', 'against', 'beyond']);
const TITLE_ARTICLES = new Set(['the', 'our', 'your', 'their', 'my', 'a']);

/** A capitalised word joined by a hyphen to a participle: "Oslo-based", "state-owned", "Lisbon-born". */
const PARTICIPLE_COMPOUND =
  /^[\p{L}.]+-(?:based|born|bred|owned|run|led|listed|registered|headquartered|made|built|backed|funded|flagged)$/u;

/** What stands between two names of a list: "A, B", "A and B", "A, and the B", "A & B". */
const LIST_LINK = /^(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/u;
/** A title or a role written right before a name: "Ms ", "Dr. ", "Councillor ", "chief executive ". */
const TITLED_BEFORE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Cllr|Councillor|Lord|Lady|chair|chairman|chairwoman|director|executive|manager|officer|secretary|president|founder|owner)\.?\s+$/u;

/** A locative preposition right before a name: "in Varden", "near Holby". */
const AFTER_LOCATIVE = /\b(?:in|near|at|outside|from|across|around)\s+$/iu;
/** The word before a closing "at": "opposite number at ", "director at ". */
const WORKPLACE_AT = /(\p{L}+)\s+at\s+$/u;

/** Words opening a broadcaster's name that a number may follow: "Channel 6", "Radio 4", "TV 2". */
const BROADCAST_WORDS = new Set(['channel', 'radio', 'tv', 'television']);

/**
 * People, organisations and places named in `text`, in text order, never
 * overlapping. Offsets are into `text`.
 *
 * 1. Gazetteer: sources (sources.json), other organisations and places are
 *    matched first, longest name first ("Northern Relief Agency" beats "Northern").
 * 2. Runs of capitalised words that no gazetteer knows are classified by cues:
 *    an organisation word ends an organisation ("Public Accounts Committee"),
 *    a role or title precedes a person ("Minister Jonas Berg", "General Colin
 *    Marlow"), a known first name or a following "said" marks a person,
 *    "in Saada" a place. A sentence's first word alone is not trusted: it is
 *    capitalised anyway.
 * 3. An organisation written right after another or after a possessive is one
 *    organisation: "Danish Parliament’s Public Accounts Committee" (it keeps
 *    the parent's source: a committee speaks for its parliament).
 * 4. A lone capitalised word that is the surname of a person found elsewhere
 *    in the text is that person ("Dahl said").
 *
 * Demonyms ("Norwegian", "Chileans") are never entities: they give the next
 * organisation a nationality. Linear in the length of the text.
 */
/** A post opening an organisation's run has at most this many words: "Chief Health Officer". */
const MAX_POST_WORDS = 3;

export function findEntities(text: string, sentences?: readonly Sentence[], options: FindEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const segments = sentences ?? segmentText(text).sentences;
  return findEntitiesInTokens(text, tokenizeSentences(text, segments), options.registry ?? defaultSourceRegistry);
}

/** `findEntities` for a text already tokenised by sentence (saves a second tokenisation in attribution). */
export function findEntitiesInTokens(text: string, sentenceTokens: SentenceTokens, registry: SourceRegistry): Entity[] {
  return new EntityFinder(text, sentenceTokens, registry).run();
}

interface Piece {
  first: number;
  last: number;
  type: EntityType;
  country?: string | null;
}

class EntityFinder {
  private readonly tokens: Token[];
  private readonly words: NameWord[];
  /** Index of the first name word of each token (words of token t are words[wordOf[t], wordOf[t + 1])). */
  private readonly wordOf: Int32Array;
  /** Entity index covering each token, or -1. */
  private readonly entityOf: Int32Array;
  private readonly entities: Entity[] = [];
  /** Lone capitalised words left open until every surname in the text is known. */
  private readonly surnameCandidates: number[] = [];
  /** Those of them that open their sentence (capitalised whatever they are). */
  private readonly sentenceOpeners = new Set<number>();
  /** Short title abbreviations the text wrote before a first name ("cr" in "Cr Aldo Tasselby"). */
  private readonly learnedTitles = new Set<string>();
  private abbreviations: { next: Set<string>; afterNext: Set<string> } | null = null;
  /** The sentence being read is a headline in title case ("Harbour Tolls To Rise As Ferry Operator Quits"). */
  private titleCaseLine = false;
  /** Words the text writes in lower case (`writtenInLowerCase`), read once. */
  private lowerCaseWords: Set<string> | null = null;
  /** Common nouns written after "the" as a body that speaks or owns ("the survey said", "the survey's"), for `speaksByLastWord`. */
  private bodyNouns: Set<string> | null = null;
  /** Capitalised words opening a clause alone somewhere in the text (`standsAloneElsewhere`), read once. */
  private loneSubjects: Set<string> | null = null;
  /** Mentions read as an organisation although a person of the text bears the word as her surname ("Koskinen said it …"). */
  private readonly mentionOrganisations = new Set<Entity>();
  /** Place nouns ending a name (`endsInPlaceCompound`) and whether the text writes a title before them ("Ms Park"). */
  private readonly titledHeads = new Map<string, boolean>();
  /** A lone surname and the person it was read as ("Falcons" → "Ashby Falcons"). */
  private readonly surnameOf = new Map<Entity, Entity>();
  /** The tokens of each word as written, in text order (`indexTokens`), built on first use by `inLongerNameElsewhere`. */
  private tokensByText: Map<string, number[]> | null = null;
  /**
   * The tokens of each word by `core` (lower case, no possessive), in text order, built on first use: the passes asking
   * whether a word is written elsewhere in a certain way read its mentions here, where a scan of every token at each
   * call made a long text quadratic.
   */
  private tokensByCore: Map<string, number[]> | null = null;
  /** `titledElsewhere`'s answer for each word as it reads it: its patterns run over the whole text. */
  private readonly titledWords = new Map<string, boolean>();
  /** Each word's first two mentions inside a longer capitalised name (`inLongerNameAt`), by the word as written. */
  private readonly inLongerNameMentions = new Map<string, number[]>();

  constructor(
    private readonly text: string,
    private readonly sentenceTokens: SentenceTokens,
    private readonly registry: SourceRegistry,
  ) {
    this.tokens = sentenceTokens.tokens;
    this.words = nameWordsOf(text, this.tokens);
    this.wordOf = new Int32Array(this.tokens.length + 1).fill(-1);
    for (let w = this.words.length - 1; w >= 0; w--) this.wordOf[(this.words[w] as NameWord).token] = w;
    let next = this.words.length;
    for (let t = this.tokens.length; t >= 0; t--) {
      if ((this.wordOf[t] as number) < 0) this.wordOf[t] = next;
      else next = this.wordOf[t] as number;
    }
    this.entityOf = new Int32Array(this.tokens.length).fill(-1);
  }

  run(): Entity[] {
    const { first, end } = this.sentenceTokens;
    for (let s = 0; s < first.length; s++) this.sentence(first[s] as number, end[s] as number);
    this.resolveSurnames();
    this.retypeByReferences();
    this.retypeNamesOfOrganisations();
    this.retypeListedBodies();
    this.retypeAcronymIntroductions();
    return this.entities.filter((entity) => entity.end > entity.start).sort((a, b) => a.start - b.start);
  }

  private sentence(from: number, to: number): void {
    if (from >= to) return;
    this.gazetteer(from, to);
    // "1,150 JOBS TO GO AS TESSARO PULLS OUT OF TOWN": a headline in capitals holds no acronyms, and its capitals mark
    // no names; only the gazetteer's are read there.
    if (this.allCapitals(from, to)) return;
    this.titleCaseLine = this.isTitleCaseHeadline(from, to);
    // "Q. Bills rose …": a transcript's question label opening the paragraph is no initial of a name; the sentence
    // starts after it.
    const start = this.opensWithQuestionLabel(from) ? from + 1 : from;
    let t = start;
    while (t < to) {
      if (!this.isNameToken(t)) {
        t++;
        continue;
      }
      const last = this.throughSlashedLegalForm(this.runEnd(t, to), to);
      this.splitRun(t, last, start);
      // ("Simon Adair KC": the letters after a name are no name of their own)
      t = last + (this.isPostNominal(last + 1, to) ? 2 : 1);
    }
  }

  /** Whether tokens[from, to) hold at least `MIN_CAPITALS_RUN` words of letters, all written in capitals. */
  private allCapitals(from: number, to: number): boolean {
    let words = 0;
    for (let t = from; t < to; t++) {
      const text = this.token(t).text;
      if (!/\p{L}/u.test(text)) continue;
      if (text !== text.toUpperCase()) return false;
      words++;
    }
    return words >= MIN_CAPITALS_RUN;
  }

  /**
   * "Harbour Bridge Tolls To Rise As Ferry Operator Quits", "Mayor Says Council Tax Will Stay Frozen": a line without
   * closing punctuation that capitalises a word running text never does (a preposition, an auxiliary, "says") is a headline
   * in title case, where capitals mark no names.
   */
  private isTitleCaseHeadline(from: number, to: number): boolean {
    if (to - from < MIN_TITLE_CASE_WORDS) return false;
    const after = this.text
      .slice(this.token(to - 1).end)
      .trimStart()
      .charAt(0);
    if (after !== '' && after !== '\n' && !/[\s\p{L}\p{N}]/u.test(after)) return false;
    const lineEnd = this.text.indexOf('\n', this.token(to - 1).end);
    if (this.text.slice(this.token(to - 1).end, lineEnd < 0 ? this.text.length : lineEnd).trim() !== '') return false;
    for (let t = from + 1; t < to; t++) {
      const token = this.token(t);
      if (token.capitalised && TITLE_CASE_MARKERS.has(token.lower) && !this.breakAt(t)) return true;
    }
    return false;
  }

  /** Token t opens its paragraph with "Q." and a space: a transcript's question label. */
  private opensWithQuestionLabel(t: number): boolean {
    const token = this.token(t);
    if (token.text !== 'Q' || this.text.charCodeAt(token.end) !== 0x2e || !/\s/u.test(this.text.charAt(token.end + 1))) return false;
    const lineStart = this.text.lastIndexOf('\n', token.start - 1) + 1;
    return this.text.slice(lineStart, token.start).trim() === '';
  }

  /** Step 1: gazetteer names in tokens[from, to). */
  private gazetteer(from: number, to: number): void {
    const matcher = gazetteerMatcher(this.registry);
    for (const match of matcher.scan(this.words, this.wordOf[from] as number, this.wordOf[to] as number)) {
      const firstWord = this.words[match.startWord] as NameWord;
      const lastWord = this.words[match.endWord - 1] as NameWord;
      if (
        firstWord.token === lastWord.token &&
        (this.isAdjectiveUse(firstWord.token, match.payload) ||
          this.isFirstName(firstWord.token, match.payload) ||
          this.isOtherPersonsFirstName(firstWord.token, match.payload))
      )
        continue;
      const entity = entityFromGazetteer(this.text, firstWord.start, lastWord.end, match.payload);
      this.addEntity(entity, firstWord.token, lastWord.token);
    }
  }

  /**
   * "Independent surveyor Karol Wisz said": a title whose name needs its article ("The Independent",
   * "The Guardian") met as one bare word before a lower-case noun is an adjective or a noun, not the title.
   */
  private isAdjectiveUse(t: number, entry: GazetteerEntry): boolean {
    const name = entry.source?.name ?? entry.organisation?.name;
    if (!name || !name.startsWith('The ') || name.indexOf(' ', 4) >= 0) return false;
    if (t > 0 && !this.breakAt(t) && this.token(t - 1).lower === 'the') return false;
    if (this.insideNameAfterOf(t)) return true;
    const next = this.tokens[t + 1];
    if (!next || next.capitalised || next.numeric || this.breakAt(t + 1)) return false;
    return !REPORTING_VERBS.has(next.lower) && ((WORD_CLASSES.get(next.lower) ?? 0) & WordClass.eventVerb) === 0;
  }

  /**
   * "the Union of Independent Kiln Workers": token t stands after a body's own "of" (a lower-case "of" right after a
   * capitalised organisation word) and before another capitalised word, all without a break, so it is a word of that
   * body's name ("Staff of Independent Radio Kelso" is no such name).
   */
  private insideNameAfterOf(t: number): boolean {
    if (t < 2 || this.breakAt(t) || this.breakAt(t - 1)) return false;
    const of = this.token(t - 1);
    const head = this.token(t - 2);
    if (of.lower !== 'of' || of.capitalised || !head.capitalised || !isOrganisationWord(core(head))) return false;
    const next = this.tokens[t + 1];
    return next !== undefined && next.capitalised && !this.breakAt(t + 1);
  }

  /** "Chief executive Sofia Varga", "Dr. Florence Achebe": a place's name after a role or title and before a surname is a first name. */
  private isFirstName(t: number, entry: GazetteerEntry): boolean {
    if (entry.type !== 'place' || t === 0) return false;
    const next = this.tokens[t + 1];
    if (!next || !next.capitalised || this.breakAt(t + 1) || ORGANISATION_CUES.has(core(next)) || STREET_WORDS.has(core(next)))
      return false;
    if (!this.breakAt(t) && this.isRoleWord(t - 1)) return true;
    // "the association's chair, Sofia Lindhagen", then "Lindhagen said": a first name before a surname the text uses alone.
    return isListedFirstName(core(this.token(t))) && this.standsAloneElsewhere(t + 1);
  }

  /**
   * "Kerry Dunmore" is not the known "John Kerry": a known person's surname alone, with another name word right after it
   * (no organisation's word), opens someone else's name; a surname is never followed by a second one.
   */
  private isOtherPersonsFirstName(t: number, entry: GazetteerEntry): boolean {
    const person = entry.source;
    if (entry.type !== 'person' || !person) return false;
    const words = person.name.toLowerCase().split(/\s+/u);
    if (words.length < 2 || core(this.token(t)) !== words[words.length - 1]) return false;
    const next = this.tokens[t + 1];
    if (!next || !next.capitalised || this.breakAt(t + 1) || ORGANISATION_CUES.has(core(next)) || words.includes(core(next))) return false;
    return this.isNameToken(t + 1);
  }

  /**
   * "Orrisdale Deer Park", "Faircombe Supper Kitchen", "Ambergate Cattle Market": a name of three words or more whose last two
   * are common words, a place's noun (`PLACE_COMPOUND_HEADS`) after a common word that is no first name, names the body
   * that runs the place, not a person, unless a first name of the hand list opens it, a title is written before its last
   * word ("Ms Park") or "in"/"near" place it.
   */
  private endsInPlaceCompound(first: number, to: number): boolean {
    if (to - first < 2 || to - first + 1 > MAX_PERSON_WORDS || !PLACE_COMPOUND_HEADS.has(core(this.token(to)))) return false;
    const modifier = core(this.token(to - 1));
    if (!isEnglishWord(modifier) || isListedFirstName(modifier) || this.isRoleWord(to - 1)) return false;
    if (isKnownFirstName(core(this.token(first))) || this.precededByPlaceOnlyPreposition(first)) return false;
    // (the text is searched once per word, however often the name comes back)
    const key = core(this.token(to));
    let titled = this.titledHeads.get(key);
    if (titled === undefined) this.titledHeads.set(key, (titled = this.titledElsewhere(to)));
    return !titled;
  }

  /** Whether the word at t, no English word, opens a clause alone elsewhere in the text as a surname does ("Lindhagen said"). */
  private standsAloneElsewhere(t: number): boolean {
    const key = core(this.token(t));
    if (isEnglishWord(key)) return false;
    if (!this.loneSubjects) {
      // Read once per text: the capitalised words after no capitalised word that open a clause.
      this.loneSubjects = new Set();
      for (let k = 0; k < this.tokens.length; k++) {
        const token = this.token(k);
        if (token.capitalised && (k === 0 || this.breakAt(k) || !this.token(k - 1).capitalised) && this.opensClauseAsSubject(k))
          this.loneSubjects.add(core(token));
      }
    }
    return this.loneSubjects.has(key);
  }

  /**
   * "Simon Adair KC", "Ilse Marr MP": letters written after a name for a rank or an honour (`POST_NOMINALS`) that close
   * the run, no name word after them; they are neither part of the person's name nor an acronym's organisation.
   */
  private isPostNominal(t: number, to: number): boolean {
    const token = this.tokens[t];
    if (!token || t >= to || this.breakAt(t) || !POST_NOMINALS.has(token.text)) return false;
    return t + 1 >= to || this.breakAt(t + 1) || !this.isNameToken(t + 1);
  }

  /** "Sørensen Kølefragt A/S": the run goes on through a legal form written with a slash (its last token), else ends at `last`. */
  private throughSlashedLegalForm(last: number, to: number): number {
    if (last + 2 >= to || !SLASHED_LEGAL_FORM.test(this.text.slice(this.token(last).end, this.token(last + 2).end))) return last;
    return last + 2;
  }

  /** A company's legal form as written ("GmbH", "Oy", "AB", the "S" of "A/S"): it closes an organisation's name. */
  private isLegalForm(t: number): boolean {
    const token = this.token(t);
    if (LEGAL_FORMS.has(token.text)) return true;
    // "Granite Mutual Insurance Co.": "Co" closes a company's name only after another of its words ("Co Durham" is a county).
    if (token.text === 'Co' && t > 0 && this.token(t - 1).capitalised && !this.breakAt(t)) return true;
    return token.text === 'S' && t > 0 && this.text.slice(this.token(t - 1).start, token.start) === 'A/';
  }

  /**
   * A kind word of another language ("Liga", "Instituto", "Stiftung") opening a run of two words or more, followed by a
   * particle or a word that is not English, no known first name or role in the run: "Club Deportivo Arenal", not "Club
   * President Ana Roe" nor "Union Street".
   */
  private opensForeignBodyName(first: number, to: number): boolean {
    if (first >= to) return false;
    if (foreignKindOf(core(this.token(first))) === undefined) return false;
    const next = first + 1;
    if (!this.isRunParticle(next) && isEnglishWord(core(this.token(next)))) return false;
    for (let t = next; t <= to; t++) if (this.isRoleWord(t) || isKnownFirstName(core(this.token(t)))) return false;
    return true;
  }

  /** The last token of the run of name words starting at t. */
  /** "Member of Parliament" at `post` (the post word) and `house` (the legislature word), alone or "for" a seat. */
  private isMemberOfParliament(post: number, house: number, to: number): boolean {
    if (core(this.token(post)) !== 'member' || !LEGISLATURE_WORDS.has(core(this.token(house)))) return false;
    return house === to || (house + 1 < to && this.token(house + 1).lower === 'for');
  }

  private runEnd(t: number, to: number): number {
    let last = t;
    for (;;) {
      let n = last + 1;
      let particles = 0;
      while (n < to && particles < MAX_PARTICLES && this.isRunParticle(n) && !this.breakAt(n)) {
        n++;
        particles++;
      }
      if (n < to && !this.breakAt(n) && this.isNameToken(n)) {
        if (particles === 0 && last > t && this.isPostNominal(n, to)) return last;
        last = n;
        continue;
      }
      const joined = Math.max(
        this.organisationAcrossAnd(t, last, to),
        this.nameAcrossAmpersand(t, last, to),
        this.portfolioListAfter(t, last, to),
      );
      if (joined < 0) return last;
      last = joined;
    }
  }

  /**
   * "Food and Drink Federation", "Fire and Rescue Service": "and" joins the words of one
   * organisation's name when the words before it name nothing yet (no organisation word, no known
   * first name, nothing the gazetteer knows) and the run after it ends in an organisation word;
   * "Nurses and Midwives' Association": so may a plural noun for people before it. "Ministry of
   * Health and Social Affairs", "Council for Culture and Heritage": after an organisation word and
   * "of"/"for", "and" joins the capitalised common words after it (no role, gazetteer name or
   * name of several words ending in an organisation word: "Ministry of Health and Kessvik Hospital",
   * "Ministry of Defence and Nato", "Ministry of Health and Ida Marsh" stay two).
   * Returns the last token of the joined run, or -1 ("Acme Foods and Kestrel Holdings" stay two).
   */
  private organisationAcrossAnd(first: number, last: number, to: number): number {
    const and = last + 1;
    const token = this.tokens[and];
    if (!token || and + 1 >= to || token.lower !== 'and' || token.capitalised || this.breakAt(and) || this.breakAt(and + 1)) return -1;
    // "Brundell and Sons", "Holm and Daughter": a lone name, "and", then the family that runs the firm is one firm's name, as
    // "Brundell & Sons" is.
    if (first === last && this.familyFirmAt(and + 1, to)) return and + 1;
    const headed = this.headedByOrganisationOf(first, last);
    // "Office of the Police and Crime Commissioner for Dunvarra and Dunmoor": the area a post is "for" may be two places.
    if (!headed && this.postAreaPairEnd(first, last, to) >= 0) return and + 1;
    // "Andre Bouchard of the Kelso Valley Fire and Rescue Service": the words after a person's "of the" are read alone.
    if (!headed)
      for (let t = last; t > first && last - t <= MAX_WORDS_BEFORE_AND; t--)
        if (this.isRunParticle(t)) return t + 1 <= last ? this.organisationAcrossAnd(t + 1, last, to) : -1;
    // "UN Refugee and Migration Office", "EU Fisheries and Oceans Agency": an acronym the gazetteer knows as an
    // organisation opening the run is the parent the name after it joins (step 3), no word the "and" is read on.
    if (!headed && first < last && this.isKnownOrganisationAcronym(first)) return this.organisationAcrossAnd(first + 1, last, to);
    if (isKnownFirstName(core(this.token(first)))) return -1;
    if (!headed && last - first + 1 > MAX_WORDS_BEFORE_AND) return -1;
    // "Freight and Logistics Union": a lone sector word that could end a business's name ("Kestrel
    // Freight") opens one when everything after the "and" is common words ending in an organisation word.
    const sectorWord =
      !headed && first === last && ORGANISATION_CUES.has(core(this.token(first))) && isEnglishWord(core(this.token(first)));
    if (!headed) {
      for (let t = first; t <= last; t++) {
        if ((this.entityOf[t] as number) >= 0 || (!sectorWord && ORGANISATION_CUES.has(core(this.token(t))))) return -1;
        if (this.isRoleWord(t) && !isPluralOfPersonNoun(core(this.token(t)))) return -1;
      }
    }
    // "Ashthorpe Wrenlets and Radwell Netball Club": a team's name ending in a coined plural, then a proper word opening the
    // run after "and", is one body named beside another, not the first words of one name.
    if (!headed && last > first && isCoinedPlural(core(this.token(last))) && !isEnglishWord(core(this.token(and + 1)))) return -1;
    let end = and + 1;
    while (end + 1 < to && !this.breakAt(end + 1) && this.isNameToken(end + 1) && end - and < MAX_WORDS_BEFORE_AND) end++;
    if (headed && end > and + 1 && this.fieldWordsAfterAnd(and + 1, end)) return end;
    if (isKnownFirstName(core(this.token(and + 1)))) return -1;
    for (let t = and + 1; t <= end; t++) {
      if (!this.isNameToken(t) || (this.entityOf[t] as number) >= 0) return -1;
      if (sectorWord && !isEnglishWord(core(this.token(t)))) return -1;
      // "Ministry of Commerce and Industry": one organisation word alone after "and" is a portfolio; more words
      // ending in one name an organisation of their own ("Ministry of Energy and Kelso Power Holdings").
      // ("Health and Safety Executive", "Health and Social Care Ombudsman": an office's name ends one as well)
      if (ORGANISATION_CUES.has(core(this.token(t))) || (!headed && OFFICE_NAME_CUES.has(core(this.token(t)))))
        return !headed ? t : end === and + 1 ? end : -1;
      // "Office of the Police and Crime Commissioner": a post's words, ending in its role, name the office of the post.
      if (headed && t === end && this.isRoleWord(t) && this.opensOfficeOfPost(this.firstOrganisationCue(first, last))) return end;
      // A portfolio is written in common words: "Social Affairs", "Infrastructure", not "Ida Marsh".
      if (headed && ((this.isRoleWord(t) && !isPluralOfPersonNoun(core(this.token(t)))) || !isEnglishWord(core(this.token(t))))) return -1;
    }
    if (headed) return end;
    // "Arnfield and Coverdale Fire and Rescue Service": after one word (two areas a body serves), the words after the "and"
    // may end in an organisation word only past another "and" that joins them, read by the same rule.
    return first === last && !sectorWord ? this.organisationAcrossAnd(and + 1, end, to) : -1;
  }

  /**
   * "Ministry of Forests and Coastal Management", "Guild of Kiln and Pottery Staff", "Bureau of Soil and Naval Surveys":
   * after a body's "of"/"for", the words after "and" continue its field when all of them are common words, none names a
   * kind of body (an organisation word other than a field's, `FIELD_CUES`: "Ministry of Health and Probation Board" are two)
   * and the last is no role; a noun for a person before another word modifies it ("Naval Surveys"). A common word that is
   * also a first name ("Rose", "Marine") counts only before a field's plural or a field word, never a surname ("… and Rose
   * Hall" are two).
   */
  private fieldWordsAfterAnd(from: number, end: number): boolean {
    const lastKey = core(this.token(end));
    const fieldEnd = FIELD_CUES.has(lastKey) || (lastKey.endsWith('s') && !lastKey.endsWith('ss'));
    // ("Union of Ferry and Dock Gate Workers": before the members' plural, a body's word names where they work)
    const members = isPluralOfPersonNoun(lastKey);
    for (let t = from; t <= end; t++) {
      const key = core(this.token(t));
      if (!this.token(t).capitalised || (this.entityOf[t] as number) >= 0 || !isEnglishWord(key)) return false;
      if (isKnownFirstName(key) && (t === end || !fieldEnd)) return false;
      if (ORGANISATION_CUES.has(key) && !FIELD_CUES.has(key) && !(members && t < end)) return false;
      // ("… and Finance Minister Tor Lind": a role before a word that is no field's plural is a post before its holder)
      if (this.isRoleWord(t) && !isPluralOfPersonNoun(key) && (t === end || !fieldEnd)) return false;
    }
    return true;
  }

  /**
   * "Roads and Bridges", "Canals and Harbours": tokens[from, to] are fields (`fieldWordsAfterAnd`), one or more
   * joined by a lower-case "and".
   */
  private fieldsAfter(from: number, to: number): boolean {
    let start = from;
    for (let t = from; t <= to + 1; t++) {
      if (t <= to && !(this.token(t).lower === 'and' && !this.token(t).capitalised)) continue;
      if (t === start || !this.fieldWordsAfterAnd(start, t - 1)) return false;
      start = t + 1;
    }
    return true;
  }

  /**
   * "Office of the Governor", "Office of the Auditor General", "Office of the Police and Crime Commissioner for X": an
   * organisation word, "of the"/"for the", then capitalised words ending in a role name the office of a post; the role is
   * the name's, and so is what the post is "for"/"of". `role` is the run's last role word. Returns the name's last token, or
   * undefined when the run is not so built ("Ministry of Health Minister Jonas Berg": no "the").
   */
  private officeOfPostEnd(cue: number, role: number, to: number): number | undefined {
    if (!this.opensOfficeOfPost(cue) || role < cue + 3) return undefined;
    for (let t = cue + 3; t <= role; t++) {
      const token = this.token(t);
      if (t < role && token.lower === 'and' && !token.capitalised) continue;
      if (!this.isNameToken(t) || (this.entityOf[t] as number) >= 0 || isKnownFirstName(core(token))) return undefined;
    }
    if (role === to || !this.isRunParticle(role + 1)) return role;
    // ("Office of the Commissioner for Dunvarra and Harbour Police": a body named after the post's "for" is one of its own)
    return this.firstOrganisationCue(role + 1, to) < 0 ? to : undefined;
  }

  /**
   * "… Commissioner for Dunvarra and Dunmoor": in the office of a post (`opensOfficeOfPost`), the post's role, "for", one
   * word, then "and" and one more word that ends the run and is no role, organisation word, first name or name the
   * gazetteer knows but a place: the area is two places. Returns the last token, or -1.
   */
  private postAreaPairEnd(first: number, last: number, to: number): number {
    const and = last + 1;
    const area = and + 1;
    if (last - 2 < first || this.token(last - 1).lower !== 'for' || !this.isRoleWord(last - 2)) return -1;
    if (!this.opensOfficeOfPost(this.firstOrganisationCue(first, last - 2))) return -1;
    if (area >= to || !this.isNameToken(area) || this.breakAt(area)) return -1;
    if (area + 1 < to && this.isNameToken(area + 1) && !this.breakAt(area + 1)) return -1;
    const key = core(this.token(area));
    if (this.isRoleWord(area) || ORGANISATION_CUES.has(key) || isKnownFirstName(key)) return -1;
    const entity = this.entityOf[area] as number;
    return entity < 0 || this.entities[entity]?.type === 'place' ? area : -1;
  }

  /** The first organisation word from `first` to `last`, or -1. */
  private firstOrganisationCue(first: number, last: number): number {
    for (let t = first; t <= last; t++) if (ORGANISATION_CUES.has(core(this.token(t)))) return t;
    return -1;
  }

  /** An organisation word at `cue`, then "of the" or "for the" ("Office of the …"): the office of a post may follow. */
  private opensOfficeOfPost(cue: number): boolean {
    if (cue < 0 || !ORGANISATION_CUES.has(core(this.token(cue))) || cue + 3 >= this.tokens.length) return false;
    const particle = this.token(cue + 1);
    const article = this.token(cue + 2);
    return (
      !particle.capitalised && (particle.lower === 'of' || particle.lower === 'for') && article.lower === 'the' && !article.capitalised
    );
  }

  /**
   * "Department for Environment, Food and Rural Affairs", "Ministry of Health, Welfare and Sport": after an organisation
   * word and "of"/"for", a list of capitalised common words set off by commas and closed by "and" is its portfolio. Returns
   * the last token of the list's last item, or -1.
   */
  private portfolioListAfter(first: number, last: number, to: number): number {
    if (last + 1 >= to || !/^,\s+$/u.test(this.text.slice(this.token(last).end, this.token(last + 1).start))) return -1;
    if (!this.headedByOrganisationOf(first, last)) return -1;
    let t = last + 1;
    for (let items = 0; items < MAX_PORTFOLIO_ITEMS; items++) {
      // one item: capitalised common words, no role, first name or name the gazetteer knows
      const itemFirst = t;
      while (
        t < to &&
        this.isNameToken(t) &&
        (this.entityOf[t] as number) < 0 &&
        isEnglishWord(core(this.token(t))) &&
        !this.isRoleWord(t)
      ) {
        if (isKnownFirstName(core(this.token(t)))) return -1;
        if (t + 1 < to && this.breakAt(t + 1)) break;
        if (t + 1 < to && !this.isNameToken(t + 1)) break;
        t++;
      }
      if (t >= to || t < itemFirst || !this.isNameToken(t) || (this.entityOf[t] as number) >= 0) return -1;
      const gap = t + 1 < to ? this.text.slice(this.token(t).end, this.token(t + 1).start) : '';
      if (/^,\s+$/u.test(gap)) {
        t += 1;
        continue;
      }
      // "… Food and Rural Affairs": the last item after "and" closes the list.
      const and = this.tokens[t + 1];
      // (nothing after the "and" inside the run: "Assembly of V, T and" ends the text)
      if (!and || and.lower !== 'and' || and.capitalised || t + 2 >= to || this.breakAt(t + 2)) return -1;
      let end = t + 2;
      if (end >= to || !this.isNameToken(end) || (this.entityOf[end] as number) >= 0 || !isEnglishWord(core(this.token(end)))) return -1;
      while (end + 1 < to && !this.breakAt(end + 1) && this.isNameToken(end + 1) && isEnglishWord(core(this.token(end + 1)))) end++;
      for (let k = t + 2; k <= end; k++) {
        if (this.isRoleWord(k)) return -1;
        // ("Department for Housing, Communities and Local Government": a portfolio of several words may end in one, when
        // no item before it holds one; "Department for Transport, Network Rail and Highways Agency" are three bodies)
        if (ORGANISATION_CUES.has(core(this.token(k))) && (k === t + 2 || this.firstOrganisationCue(last + 1, t) >= 0)) return -1;
      }
      return end;
    }
    return -1;
  }

  /**
   * "Ministry of Health", "Department of Fisheries", "National Council for Culture": the run is an
   * organisation word, "of"/"for", then capitalised words (its portfolio, which an "and" may continue)
   * that hold no role, known first name or gazetteer name.
   */
  private headedByOrganisationOf(first: number, last: number): boolean {
    let head = -1;
    for (let t = first; t < last; t++) {
      if (!ORGANISATION_CUES.has(core(this.token(t)))) continue;
      const particle = this.token(t + 1);
      if (particle.capitalised || (particle.lower !== 'of' && particle.lower !== 'for')) return false;
      head = t + 1;
      break;
    }
    if (head < 0 || head === last) return false;
    for (let t = head + 1; t <= last; t++) {
      const key = core(this.token(t));
      if (this.isRunParticle(t)) continue;
      // ("Union of Ship Officers", "Association of Tanker Owners": the plural of a person noun names the members)
      if ((this.entityOf[t] as number) >= 0 || (this.isRoleWord(t) && !isPluralOfPersonNoun(key)) || isKnownFirstName(key)) return false;
    }
    return true;
  }

  /**
   * "Orrin & Pask", "Tolvane Growers & Packers Association": an ampersand between two capitalised words that
   * name nothing the gazetteer knows and are no role joins them into one name. Returns the last token of
   * the run after it, or -1.
   */
  private nameAcrossAmpersand(first: number, last: number, to: number): number {
    const next = last + 1;
    if (next >= to || !/^\s+&\s+$/u.test(this.text.slice(this.token(last).end, this.token(next).start))) return -1;
    if (!this.isNameToken(next) || (this.entityOf[next] as number) >= 0 || this.isRoleWord(next)) return -1;
    // ("Saddler Orrin & Pask": a noun for a trade that opens the sentence is the firm's description, left to `classify`)
    const described = first < last && this.breakAt(first) && this.isRoleWord(first);
    for (let t = described ? first + 1 : first; t <= last; t++) if ((this.entityOf[t] as number) >= 0 || this.isRoleWord(t)) return -1;
    return next;
  }

  /** A noun for a kind of organisation ("carmaker", "charity", "haulier") that is never itself a word of a name. */
  private describesOrganisationAfter(t: number, to: number): boolean {
    const word = core(this.token(t));
    if (ORGANISATION_CUES.has(word) || LEADING_ORGANISATION_CUES.has(word)) return false;
    if (isOrganisationDescriptor(word) || TRADE_DESCRIPTORS.has(word) || WORDNET_ORGANISATION_NOUNS.has(word)) return true;
    // "Toymaker Brightfield", "Bootmaker Tolley & Sons": a closed compound whose head is a business's noun ("-maker");
    // "Saddler Penrose & Daughters": a noun for a trade's person before a name that an ampersand makes a firm's.
    const trade = compoundHead(word, BUSINESS_AGENT_NOUNS) !== null;
    if ((trade || PERSON_NOUNS.has(word) || compoundHead(word, PERSON_NOUNS) !== null) && this.holdsAmpersand(t + 1, to)) return true;
    return trade && !isKnownFirstName(core(this.token(t + 1)));
  }

  /** "Town of Pell River", "State of Ohio": a kind of government, "of", then a name no common word opens, ending the run. */
  private namesGovernmentOf(first: number, to: number): boolean {
    if (first + 2 > to || !GOVERNMENT_OF_WORDS.has(core(this.token(first))) || this.token(first + 1).lower !== 'of') return false;
    const name = this.token(first + 2);
    if (!name.capitalised || isEnglishWord(core(name))) return false;
    for (let t = first + 3; t <= to; t++) if (this.isRunParticle(t) || ORGANISATION_CUES.has(core(this.token(t)))) return false;
    return true;
  }

  /** Whether an ampersand stands between two of the tokens first..last. */
  /** Whether token t, before `end` (exclusive) and ending the run, is a capitalised word for a firm's family ("Sons"). */
  private familyFirmAt(t: number, end: number): boolean {
    const token = this.tokens[t];
    if (!token || t >= end || !token.capitalised || this.breakAt(t) || !FAMILY_FIRM_WORDS.has(token.lower)) return false;
    const next = this.tokens[t + 1];
    return t + 1 >= end || !next || this.breakAt(t + 1) || !next.capitalised;
  }

  private holdsAmpersand(first: number, last: number): boolean {
    for (let t = first; t < last; t++) if (/^\s+&\s+$/u.test(this.text.slice(this.token(t).end, this.token(t + 1).start))) return true;
    return false;
  }

  /** Step 2: one run of capitalised words, split into what the gazetteer matched and the gaps between. */
  private splitRun(first: number, last: number, sentenceStart: number): void {
    let t = first;
    while (t <= last) {
      const covered = this.entityOf[t] as number;
      let e = t;
      while (e < last && this.entityOf[e + 1] === covered) e++;
      if (covered < 0) this.gap(t, e, sentenceStart);
      t = e + 1;
    }
  }

  private gap(from: number, to: number, sentenceStart: number): void {
    let first = from;
    let last = to;
    while (first <= last && this.isRunParticle(first)) first++;
    while (last >= first && this.isRunParticle(last)) last--;
    if (first > last) return;
    // "Local 52 president Name said", "members of Local 903": a union's branch named by "Local" and its number alone.
    if (first === last && this.localBranchNumber(last)) {
      this.addPiece({ first, last: last + 1, type: 'organisation' });
      return;
    }
    if (this.isSentenceInitial(first, sentenceStart) && this.postOfStateEnd(first, last) < 0) {
      const token = this.token(first);
      // "Friends of the Avernish Burn chairman …": the body's name opening the sentence ("Friends of Jane Roe" are people).
      if (this.namesFriendsOf(first, last) || (!this.titleCaseLine && this.hasTitlePreposition(first, last))) {
        this.addPiece({ first, last, type: 'organisation' });
        return;
      }
      // "Retailer Pomfrey's said": a descriptor capitalised only because it opens the sentence says what the name is.
      if (first < last && isOrganisationDescriptor(core(token)) && !this.isRunParticle(first + 1)) {
        this.addPiece({ first: first + 1, last, type: 'organisation' });
        return;
      }
      // "Saddler Orrin & Pask said": a noun for a trade or its person before a name that an ampersand makes a firm's.
      if (first < last && this.holdsAmpersand(first + 1, last) && this.describesOrganisationAfter(first, last)) {
        this.addPiece({ first: first + 1, last, type: 'organisation' });
        return;
      }
      // "Prosecuting for X Borough Council, Name said", "Representing X Ltd, Name told …": a participle opening the
      // sentence before a preposition says what the person after the comma does; it is no word of the name after it.
      if (first < last && /ing$/u.test(token.lower) && this.isRunParticle(first + 1) && isEnglishWord(token.lower)) {
        while (++first <= last && this.isRunParticle(first));
        if (first > last) return;
        for (const piece of this.classify(first, last)) this.addPiece(piece);
        return;
      }
      // "Keep The Meadow Wild said": a capitalised article inside the run makes the opening word part of a title.
      if (isCommonWord(token) && !this.opensTitle(first, last) && !(first < last && NAME_OPENING_ADJECTIVES.has(token.lower))) {
        // "Fell rejected that.", "Hope said …", "Fell, who …": a common word alone before a verb of saying, a past form or a
        // comma is a surname when someone named in full bears it (step 4 leaves it unread otherwise).
        if (first === last && this.opensClauseAsSubject(last)) this.surnameCandidates.push(first);
        while (++first <= last && this.isRunParticle(first));
      } else if (GERMAN_ARTICLES.has(core(token)) || this.opensWithPeopleOf(first, last))
        while (++first <= last && this.isRunParticle(first));
      // "Neighbours Harbour Athletic said", "Rivals Kelby Town": a plural noun for people before a name of two words or
      // more describes the side the name is (`precededByPluralPersonNoun`), no word of it.
      // ("Tigers Supporters’ Trust": a plural for people after it makes both words of one name)
      else if (
        first + 2 <= last &&
        isEnglishWord(core(token)) &&
        this.precededByPluralPersonNoun(first + 1) &&
        !this.isRunParticle(first + 1) &&
        !isPeopleNoun(core(this.token(first + 1)))
      )
        first++;
      // "People say …", "Teachers said": a noun for people in the plural opening the sentence names no one, unless a
      // person named elsewhere bears it as a surname ("Sellers said").
      // ("CCC's coordinator, Jo Roe, said": an acronym's possessive opening the sentence owns what follows; it is a name)
      else if (
        first === last &&
        !(isAcronymToken(token) && possessiveLength(token.text) > 0) &&
        !(this.followedBySpeechVerb(last) && !this.opensNounCompound(last) && !ROLE_NOUNS.has(core(token)) && !isPeopleNoun(core(token)))
      ) {
        this.surnameCandidates.push(first);
        this.sentenceOpeners.add(first);
        return;
      }
      if (first > last) return;
    }
    // "Smelter Workers Local 77": a union's branch is named by "Local" and its number, the number part of the name.
    if (this.localBranchNumber(last)) {
      this.addPiece({ first, last: last + 1, type: 'organisation' });
      return;
    }
    for (const piece of this.classify(first, last)) this.addPiece(piece);
  }

  private classify(from: number, to: number): Piece[] {
    // "Engineers Without Frontiers", "Mothers Against Drunk Driving": a preposition capitalised between the words of a
    // run (never a headline's: `titleCaseLine`) makes the run a title, which names a body.
    if (!this.titleCaseLine && this.hasTitlePreposition(from, to)) return [{ first: from, last: to, type: 'organisation' }];
    // "Pelora's Ministry of Commerce", "Maelford's Orsk Municipal Gallery": a possessive opening a run of four or more
    // words is the owner (a place, mostly) of the organisation named after it, not part of its name.
    if (to - from >= 3 && /['’]s$/.test(this.token(from).text)) {
      const rest = this.classify(from + 1, to);
      if (rest.length === 1 && rest[0]!.type === 'organisation' && rest[0]!.first === from + 1) return rest;
    }
    // "Staff at NAME's Garvel office", "NAME's Leeds depot": a possessive inside the run, before words that only say
    // which of the owner's sites the lower-case noun after the run is: the owner's name ends at the possessive, and the
    // words after it are where the site is, no part of a body's name.
    const owner = this.ownerBeforeSitePlace(from, to);
    if (owner >= 0) return [...this.classify(from, owner), { first: owner + 1, last: to, type: 'place' }];
    // "Annual Meeting", "Press Briefing", "Annual General Meeting": a title ending in a noun of a gathering names an
    // occasion, not a person; an organisation's name before it in the run is kept ("Kessel Farmers' Union Annual Meeting").
    if (EVENT_TITLE_WORDS.has(core(this.token(to))) && !isKnownFirstName(core(this.token(from)))) {
      for (let t = to - 1; t >= from; t--)
        if (ORGANISATION_CUES.has(core(this.token(t))) || this.isLegalForm(t)) return this.classify(from, t);
      return [];
    }
    const owned = this.personOwnedByName(from, to);
    if (owned) return owned;
    let first = from;
    let nationality: string | null = null;
    while (first <= to && this.demonymCountry(first) !== null) {
      nationality ??= this.demonymCountry(first);
      first++;
    }
    if (first > to) return [];
    // "Friends of the Avernish Burn", "Friends of Hale Park": a supporters' body is named for what it befriends.
    if (this.namesFriendsOf(first, to)) return [{ first, last: to, type: 'organisation' }];
    // "Minister of State for Rail Annika Vesterholm", "Secretary of State Jo Marr": a post, then the holder's name.
    const post = this.postOfStateEnd(first, to);
    if (post >= 0) return post < to ? this.holderAfterPost(post + 1, to) : [];
    // "State Forester Ilse Marrow", "District Collector Ravi Sethna", "Councillors Ana Roe and …", "Minister for
    // Agriculture Petra Lindahl": a post written in capitals before a known first name and a surname is the holder's post.
    const holder = this.holderAfterCapitalisedPost(first, to);
    if (holder > first) return this.holderAfterPost(holder, to);
    // "Referee Jan Ilic said", "Festival-goer Ana Roe, 23, said": a noun for a person, capitalised only because it opens
    // the sentence, before a known first name is her description, not part of her name.
    if (first === from && to - first >= 2 && this.breakAt(first) && this.describesPersonBeforeName(first, to))
      return this.classify(first + 1, to);
    // "Carmaker Veltra Motors will cut …", "Charity Open Hands said": a noun for a kind of organisation, capitalised only
    // because it opens the sentence, describes the name after it (never a word of a name ending in it: "Union Pacific").
    if (first === from && to > first && this.breakAt(first) && this.describesOrganisationAfter(first, to))
      return [{ first: first + 1, last: to, type: 'organisation' }];
    // "Elm Road", "Maple Street": a street is a place (an address is never a speaker).
    if (first < to && STREET_WORDS.has(core(this.token(to)))) return [{ first: from, last: to, type: 'place' }];
    // "Keller County", "Brisco District": an administrative area is a place, whatever words come before it, unless an
    // organisation noun narrows it to the body that serves it ("Pine Vale Unified School District", "Ardle Hospital District").
    // ("Vaalrand Metropolitan Municipality", "Drakenstein Local Municipality": a municipality is the corporate body that
    // governs its area, as a council is)
    if (first < to && AREA_WORDS.has(core(this.token(to)))) {
      // ("Tansley Parish said", "Garvock County said": an area that speaks is the body that governs it; "officials in
      // Garvock County said" place the speakers there)
      const body =
        ORGANISATION_CUES.has(core(this.token(to - 1))) ||
        CORPORATE_AREA_WORDS.has(core(this.token(to))) ||
        this.bodyForArea(first, to) ||
        (this.followedBySpeechVerb(to) && !this.precededByLocative(from));
      return [{ first: from, last: to, type: body ? 'organisation' : 'place' }];
    }
    // "Town of Pell River", "County of Tilmouth", "State of Ohio": a kind of government, "of" and a place's name is the
    // body that governs the place (after "in" or "near", the place itself); "State of Emergency", "City of Culture" (a
    // common word after "of") and "State of the Union" are no body.
    if (first === from && this.namesGovernmentOf(first, to))
      return [{ first, last: to, type: this.placedByPreposition(first) ? 'place' : 'organisation' }];
    // "construction firm Delmar Built", "the charity Open Hands": the noun before the name says what it is.
    if (
      first === from &&
      (this.precededByOrganisationDescriptor(first) ||
        this.apposedToOrganisationDescriptor(first) ||
        this.ownedByNameBefore(first) ||
        (this.ledByVerbBefore(first) && !this.modifiesBodyNoun(first, to)))
    )
      return [{ first, last: to, type: 'organisation' }];
    // "the Save Oldham Baths group", "the Keep Rail Local campaign": the noun after the name says what it is.
    if (first === from && this.namesDescribedByNounAfter(first, to)) return [{ first, last: to, type: 'organisation' }];
    // "Local Government Ombudsman", "Pensions Regulator": an office's name is the body, not its holder.
    if (
      first === from &&
      first < to &&
      OFFICE_NAME_CUES.has(core(this.token(to))) &&
      !this.isRoleWord(first) &&
      !isKnownFirstName(core(this.token(first)))
    )
      return [{ first, last: to, type: 'organisation', country: nationality }];
    // "Liga Atlántica de Baloncesto", "Club Deportivo Arenal", "Institut für Agrarökologie": in other languages a body's kind
    // word opens its name, and the whole run is the body.
    if (first === from && this.opensForeignBodyName(first, to)) return [{ first, last: to, type: 'organisation', country: nationality }];
    let cue = -1;
    // ("Norbrook Power Networks": the plural of such a word too, inside a run or ending one of three words or more; a
    // two-word run ending in one is a person's name as often: "Hilary Banks")
    const pluralCues = to - first >= 2;
    for (let t = first; t <= to; t++)
      if (
        isOrganisationWord(core(this.token(t))) ||
        this.isLegalForm(t) ||
        ((t < to || pluralCues) && isPluralOrganisationCue(core(this.token(t))))
      )
        cue = t;
    // "Spokeswoman of the Fire Brigade", "Sprecherin der Feuerwehr": a role word opening the run is not part of the name;
    // nor is a post of several words ending in one ("Chief Executive of the Port Authority").
    const postEnd = this.postBeforeParticleEnd(first, cue);
    if (postEnd >= first) {
      // "Minister for Water", "Minister of Energy": a minister's portfolio is no organisation, whatever its words.
      if (cue === to && core(this.token(postEnd)) === 'minister') return [];
      const named = this.afterParticles(postEnd + 1, cue);
      // "Member of Parliament for Tartu", "Member of Parliament": the post of an elected member, whose "for" names her seat;
      // no body she speaks for (a member of the parliament of a named country keeps it: "Member of the Latvian Parliament").
      if (named === postEnd + 2 && this.isMemberOfParliament(postEnd, named, to)) return [];
      // "Head of Research", "Director of Surgery": a lone common noun after the role is her field, not a body's name.
      if (named === to && cue === to && isEnglishWord(core(this.token(to)))) return [];
      return this.classify(named, to);
    }
    let role = -1;
    // ("Care Workers United": a plural noun for people inside a run is a word of a name, never one person's role)
    for (let t = Math.max(first, cue + 1); t <= to; t++) if (this.isRoleWord(t) && !isPluralOfPersonNoun(core(this.token(t)))) role = t;

    // "Radio Ogdenville": an organisation word opening a run of unknown words names the whole run.
    if (cue === first && first < to && role < 0 && LEADING_ORGANISATION_CUES.has(core(this.token(first))))
      return [{ first: from, last: to, type: 'organisation', country: nationality }];
    // "Tom Haller of the Dunmore Gazette": a person's name, then the organisation they belong to.
    const belonging = this.personBeforeParticle(first, cue);
    if (belonging >= 0) {
      const nameFirst = this.pastRanksAndRoles(first, cue);
      return [{ first: nameFirst, last: belonging, type: 'person' }, ...this.classify(this.afterParticles(belonging + 1, cue), to)];
    }
    // "Brandauer Spedition GmbH of Bremen": a legal form ends the name; what it is "of" is where it is registered.
    if (cue >= first && cue < to && this.isLegalForm(cue) && this.isRunParticle(cue + 1)) {
      const rest = this.afterParticles(cue + 1, to + 1);
      const where = this.classify(rest, to).map((piece): Piece => (piece.type === 'person' ? { ...piece, type: 'place' } : piece));
      if (where.length === 0 && rest <= to) where.push({ first: rest, last: to, type: 'place' });
      return [{ first: from, last: cue, type: 'organisation', country: nationality }, ...where];
    }
    if (cue >= 0) {
      // "Ministry of Foreign Affairs": a particle after the cue continues the name up to a role word.
      let orgEnd = cue;
      // "Ministry of Energy and Water": an "and" inside the run was joined there as part of the name.
      // "Office of the Governor", "Office of the Police Commissioner": the post's role word ends the office's name.
      const office = role > first ? this.firstOrganisationCue(first, role) : -1;
      const officeEnd = office >= 0 ? this.officeOfPostEnd(office, role, to) : undefined;
      if (officeEnd !== undefined) orgEnd = officeEnd;
      else if (cue < to && (this.isRunParticle(cue + 1) || this.token(cue + 1).lower === 'and')) orgEnd = role > cue ? role - 1 : to;
      // "Federal Office for Railway Safety": a cue inside a name an earlier cue's particle continues does not end it.
      else if (cue < to && role < cue && this.particleAfterEarlierCue(first, cue) && this.nameWordsAfter(cue, to)) orgEnd = to;
      // "told the Daily Varnholt", "the Tessby Weekly Lantern": a word for how often a paper comes out, with capitalised
      // words after it in the run (no role, no first name opening them; never a headline's), does not end the title.
      else if (cue < to && role < 0 && this.periodicalInsideTitle(cue)) orgEnd = to;
      // "Pennine Dairy Farmers", "Lowmoor Bus Drivers": capitalised plurals for people after the organisation word, in the
      // run, name the members the body is made of (a co-operative, an association), not people of the body before them.
      while (orgEnd < to && orgEnd + 1 !== role && isPluralOfPersonNoun(core(this.token(orgEnd + 1)))) orgEnd++;
      // "Institute for Opinion Research for Channel 5": a second "for" opens a name of its own (after the first
      // organisation word: "Research" is one too).
      let firstCue = first;
      // ("Lornham University's Centre for Rural Economics": the name a possessive owns starts after it; its "for" is its first)
      for (let t = cue - 1; t >= first; t--)
        if (possessiveLength(this.token(t).text) > 0) {
          firstCue = t + 1;
          break;
        }
      while (firstCue < cue && !ORGANISATION_CUES.has(core(this.token(firstCue)))) firstCue++;
      for (let t = firstCue + 2; t < orgEnd; t++) {
        // ("Office of the Commissioner for Dunvarra": a post "for" an area is the office's; "Office of the Inspector General
        // for Roads and Bridges": so is a post "for" fields, when an organisation word after the post ends the run)
        if (this.token(t).lower !== 'for') continue;
        if (this.isRoleWord(t - 1) && (officeEnd !== undefined || (this.opensOfficeOfPost(firstCue) && this.fieldsAfter(t + 1, to))))
          continue;
        return [{ first: from, last: t - 1, type: 'organisation', country: nationality }, ...this.classify(t + 1, to)];
      }
      const pieces: Piece[] = [{ first: from, last: orgEnd, type: 'organisation', country: nationality }];
      const nameStart = role > orgEnd ? role + 1 : orgEnd + 1;
      if (nameStart <= to && this.looksLikePersonName(nameStart, to, role > orgEnd))
        pieces.push({ first: nameStart, last: to, type: 'person' });
      return pieces;
    }
    if (role >= 0) {
      if (role < to && this.looksLikePersonName(role + 1, to, true)) return this.personPieces(role + 1, to);
      // "Dr van der Molen said", "Professor ter Molen": a title, a surname's particles and one word is the surname of the
      // person named in full elsewhere ("Ilse van der Molen").
      let surname = role + 1;
      while (surname < to && !this.token(surname).capitalised && SURNAME_PARTICLES.has(this.token(surname).lower)) surname++;
      if (surname > role + 1 && surname === to) this.surnameCandidates.push(to);
      return [];
    }
    // "Carrick & Lowe", "Thwaite & Co": an ampersand joins the names of a firm or partnership, never one person's name.
    if (this.holdsAmpersand(first, to)) return [{ first, last: to, type: 'organisation' }];
    if (to === first + 2 && this.token(first + 1).lower === 'and' && this.familyFirmAt(to, to + 1))
      return [{ first, last: to, type: 'organisation' }];
    if (first !== from) return []; // "Norwegian Vostok": a demonym before unknown words tells nothing
    // "Cr Aldo Tasselby", then "Cr Tasselby": a short abbreviation before a known first name is a title the text uses,
    // not part of the name; met again before a surname, it is that title again.
    if (first < to && this.isShortTitle(first, to)) return this.classify(first + 1, to);
    if (isKnownFirstName(core(this.token(first))) && first < to) return this.personPieces(first, to);
    // "neighbours Morvah Vale", "rivals Kelby Town": a plural noun for people describes a side or a group, not one person.
    if (this.precededByPluralPersonNoun(first) && !CONJUNCTION_WORDS.has(this.tokens[to + 1]?.lower ?? ''))
      return [{ first, last: to, type: 'organisation' }];
    if (this.precededByRoleNoun(first)) return this.looksLikePersonName(first, to, true) ? this.personPieces(first, to) : [];
    if (first === to) {
      const token = this.token(first);
      // "an opposition MP", "the local MP": post-nominal letters after a lower-case word are a noun for a person (a member
      // of parliament), not an acronym's organisation.
      if (POST_NOMINALS.has(token.text) && first > 0 && !this.breakAt(first) && !this.token(first - 1).capitalised) return [];
      // "the Welshman said", "The Scot said": a noun for a person of a country after "the" describes someone met before.
      if (first > 0 && !this.breakAt(first) && this.token(first - 1).lower === 'the' && PERSON_NOUNS.has(core(token)))
        if (countryOfPersonDemonym(core(token)) !== null) return [];
      if (isAcronymToken(token) && this.modifiesThingAfter(first)) return [];
      if (isAcronymToken(token)) return [{ first, last: to, type: 'organisation' }];
      // "Calveri said in a statement": a lone word speaking through a statement is an organisation, unless it is a
      // person's surname (a first name, or a word of a longer name elsewhere: "Jo Calveri").
      if (this.saidInStatement(first, true) && !isKnownFirstName(core(token)) && !this.endsLongerNameElsewhere(first))
        return [{ first, last: to, type: 'organisation' }];
      // "Deputies said", "Paramedics said": the plural of a noun for people opening a sentence names people, not one
      // person, unless the text titles the word elsewhere ("Ms Quorvel").
      const people = this.breakAt(first) && isTeamPlural(core(token), false) && !this.titledElsewhere(first);
      // ("St. Anselm Medical Center in nearby Brookdale said": after "in" or "near", a place, whatever verb follows;
      // "The economist at NAME said" may name her employer)
      // ("In Reed's view": whose view, not where)
      const placed = this.precededByLocative(first) && !this.ownsViewAfter(first);
      if (placed && PLACE_ONLY_PREPOSITIONS.has(this.token(this.locativeBefore(first)).lower)) return [{ first, last: to, type: 'place' }];
      if (this.followedBySpeechVerb(first) && !ROLE_NOUNS.has(core(token)) && !people) return [{ first, last: to, type: 'person' }];
      if (placed) return [{ first, last: to, type: 'place' }];
      this.surnameCandidates.push(first);
      return [];
    }
    // "troopers with the Westmark Highway Patrol": "the" opens no person's name, and a run after it ending in a noun WordNet
    // gives as an organisation names one.
    if (first === from && this.afterDefiniteArticle(first) && WORDNET_ORGANISATION_NOUNS.has(core(this.token(to))))
      return [{ first, last: to, type: 'organisation' }];
    // "Jo Roe from the Tessby Debt Helpers Scheme said", "Al Ek with the Kelby Harbour Volunteers": after a person's name
    // and a preposition of belonging, "the" opens no person's name: a run of two words or more that no first name opens is
    // the body she comes from.
    if (first === from && first < to && this.afterDefiniteArticle(first) && this.belongingAfterPerson(first - 1))
      if (!isKnownFirstName(core(this.token(first)))) return [{ first, last: to, type: 'organisation' }];
    // "who chairs the Kelso Valley branch of …": after "the", a run no first name opens that modifies a body's noun names
    // where or whose that unit is, never a person.
    if (first === from && this.afterDefiniteArticle(first) && this.modifiesBodyNoun(first, to)) return [];
    // "NAME Yards said in a statement", "NAME Fair's founder": the context says organisation; "Save Our Pool" is a title.
    if ((this.namedAsOrganisation(first, to) && this.lastWordNeverAlone(first, to)) || this.holdsTitleArticle(first, to))
      return [{ first, last: to, type: 'organisation' }];
    // "Brackenridge Creamery", "Ashdown Tannery": no first name, then a noun WordNet puts under a place of work names the
    // business there (unless "in" or "near" make the run a place).
    if (first < to && isPlaceOfWorkNoun(core(this.token(to))) && !this.precededByPlaceOnlyPreposition(first))
      return [{ first, last: to, type: 'organisation' }];
    // "Harlow Rovers", "Pellingen Tigers": no first name, then the plural of a noun for people or creatures is a team.
    // (after "in", "near": "Police in Marrowby Sands" is a place)
    // (and "the union's Hemi Walters": a body's possessive owns a person, not a team)
    // ("Harlow United Women", "Kelby Town Reserves": a side of a club after its name)
    const side =
      first < to && to - first <= MAX_SIDE_NAME_WORDS && TEAM_SIDE_WORDS.has(core(this.token(to))) && this.clubNameBefore(first, to);
    if (
      (isTeamPlural(core(this.token(to))) || side || this.coinedPluralAfterArticle(first, to)) &&
      !this.precededByLocative(first) &&
      !this.titledElsewhere(to) &&
      !this.ownedByBodyNoun(first)
    )
      return [{ first, last: to, type: 'organisation' }];
    // "Corvane Health", "Halbrook Medical": a coined name (no English word, no first name) before a sector's noun that also
    // names portfolios and posts ("Health Minister", "Director of Public Health": never an organisation word) is a business.
    if (
      first < to &&
      SECTOR_NAME_ENDINGS.has(core(this.token(to))) &&
      this.token(first).capitalised &&
      !isEnglishWord(core(this.token(first))) &&
      !isKnownFirstName(core(this.token(first))) &&
      !this.precededByPlaceOnlyPreposition(first)
    )
      return [{ first, last: to, type: 'organisation' }];
    if (first === from && this.endsInPlaceCompound(first, to)) return [{ first, last: to, type: 'organisation' }];
    if (this.looksLikePersonName(first, to, false)) return this.personPieces(first, to);
    // "Anja Berg of Kessholm Container Terminal": too long for a name, a name before "of" and what she is of.
    const belongs = this.personBeforeParticle(first, to + 1);
    if (belongs < 0 || !this.looksLikePersonName(first, belongs, false)) return [];
    const after = this.classify(this.afterParticles(belongs + 1, to + 1), to);
    return [{ first, last: belongs, type: 'person' }, ...after];
  }

  /**
   * "Nordbank's Pia Sorensen", "Consumer group WaterWatch's Tom Beale", "Varden's Koski": a possessive name of one or two
   * words right before a person's name is the body she speaks for (news style for "Name of X"). Known places and
   * countries are the gazetteer's and never reach a run; a name used after "in" elsewhere in the text is a place, and a
   * known first name opens a person's name ("Anna's Tom" is no organisation). A lone word after it is a surname only when
   * someone of that surname is named in the text.
   */
  private personOwnedByName(from: number, to: number): Piece[] | null {
    for (let p = from; p < to && p <= from + 1; p++) {
      if (possessiveLength(this.token(p).text) === 0 && !this.pluralPossessiveOwnsName(p, to)) continue;
      // "Pugh’s Coaches", "Dean’s Motors": a plural common noun after the owner's possessive is a business named after
      // its owner (whose name may be a first name too); no person's name ends in one.
      const last = this.token(to).lower;
      if (p + 1 === to && last.endsWith('s') && !last.endsWith('ss') && isEnglishWord(last) && !isKnownFirstName(core(this.token(to))))
        return [{ first: from, last: to, type: 'organisation' }];
      if (isKnownFirstName(core(this.token(from))) || this.namesPlaceElsewhere(from, p)) return null;
      const owner: Piece = { first: from, last: p, type: 'organisation' };
      if (p + 1 === to && !isKnownFirstName(core(this.token(to)))) {
        this.surnameCandidates.push(to);
        return this.surnameNamedElsewhere(to) ? [owner] : null;
      }
      for (let t = p + 1; t <= to; t++) if (this.isRoleWord(t)) return null;
      return this.looksLikePersonName(p + 1, to, false) ? [owner, ...this.personPieces(p + 1, to)] : null;
    }
    return null;
  }

  /**
   * "Fjell Markets' Mari Solvang": a plural's possessive apostrophe, which the tokeniser leaves out of the token, right
   * after a word ending in "s" and before a space.
   */
  private pluralPossessiveAt(t: number): boolean {
    const token = this.token(t);
    const mark = this.text.charAt(token.end);
    return token.lower.endsWith('s') && (mark === "'" || mark === '’') && /\s/u.test(this.text.charAt(token.end + 1));
  }

  /**
   * A plural's possessive at p owns the person's name after it ("Fjell Markets' Mari Solvang"), not one of its own words
   * ("Marrowby Patients' Voice", "the Growers' Cooperative", "Farmers' Union Regional Office"): two words or more follow,
   * none of them an organisation word.
   */
  private pluralPossessiveOwnsName(p: number, to: number): boolean {
    if (!this.pluralPossessiveAt(p) || to - p < 2) return false;
    for (let t = p + 1; t <= to; t++) if (ORGANISATION_CUES.has(core(this.token(t)))) return false;
    return true;
  }

  /** Whether the words of tokens[from, p] (the last without its possessive) follow "in", "near", … elsewhere in the text. */
  private namesPlaceElsewhere(from: number, p: number): boolean {
    const words = [];
    for (let t = from; t <= p; t++) words.push(core(this.token(t)));
    const name = words.join(' ');
    // Only where the first word is written can the words be (`mentionsOf`).
    for (const t of this.mentionsOf(words[0]!)) {
      if (t < 1 || t + p - from >= this.tokens.length || !LOCATIVE_PREPOSITIONS.has(this.token(t - 1).lower)) continue;
      let same = true;
      for (let k = 0; k <= p - from && same; k++) same = core(this.token(t + k)) === words[k];
      // ("a partner at Harwood Ventures": the words open a longer name there, an organisation's, not a place)
      const after = t + p - from + 1;
      if (same && t !== from && after < this.tokens.length && !this.breakAt(after) && this.isNameToken(after)) continue;
      if (same && name.length > 0) return true;
    }
    return false;
  }

  /** Whether the word at t ends a name of two or more capitalised words elsewhere in the text ("Leena Koski" for "Koski"). */
  private surnameNamedElsewhere(t: number): boolean {
    for (const s of this.mentionsOf(core(this.token(t))))
      if (s >= 1 && s !== t && !this.breakAt(s) && this.isNameToken(s - 1) && possessiveLength(this.token(s - 1).text) === 0) return true;
    return false;
  }

  /**
   * Whether token `first` is a short title abbreviation ("Cr", "Insp", "Supt.") before a name in tokens[first + 1, to]:
   * two to four letters, no known first name, before a known first name and a surname (it is then learned), or before
   * one word when the text used it so before.
   */
  private isShortTitle(first: number, to: number): boolean {
    const token = this.token(first);
    const key = core(token).replace(/\.$/u, '');
    // ("CSP Jo Roe", "ACP Ana Ek": a rank written in capitals is read so only before a known first name and a surname, or
    // before a surname after the text wrote it so)
    const capitals = RANK_CAPITALS.test(token.text);
    if ((!SHORT_TITLE.test(token.text) && !capitals) || isKnownFirstName(key) || this.breakAt(first + 1)) return false;
    if (this.learnedTitles.has(key)) return true;
    // The same abbreviation before the full name and before the surname alone ("Cr Aldo Tasselby" … "Cr Tasselby").
    const surname = core(this.token(to));
    const usedSo = (to - first >= 2 ? this.abbreviationUses().next : this.abbreviationUses().afterNext).has(`${key} ${surname}`);
    const given = core(this.token(first + 1));
    // (capitals before a first name the lists lack: "CSP Ifeyinwa Roe", unless a word of the run names a body: "NHS Wendlecote Valley")
    const fullName =
      to - first >= 2 && (isKnownFirstName(given) || (capitals && !isEnglishWord(given) && !this.holdsOrganisationCue(first + 1, to)));
    if (!fullName && (capitals || !usedSo)) return false;
    this.learnedTitles.add(key);
    return true;
  }

  /** Whether a word of tokens[from, to] is a word that names a kind of body ("Trust", "Council", "Ltd"). */
  private holdsOrganisationCue(from: number, to: number): boolean {
    for (let t = from; t <= to; t++) if (ORGANISATION_CUES.has(core(this.token(t))) || this.isLegalForm(t)) return true;
    return false;
  }

  /**
   * Every short capitalised abbreviation of the text with the word right after it and the word after that ("cr whitlam",
   * "cr glenn" / "cr whitlam"), read once (`isShortTitle` asks about each name run).
   */
  private abbreviationUses(): { next: Set<string>; afterNext: Set<string> } {
    if (this.abbreviations) return this.abbreviations;
    const next = new Set<string>();
    const afterNext = new Set<string>();
    for (let t = 0; t + 1 < this.tokens.length; t++) {
      const token = this.token(t);
      if ((!SHORT_TITLE.test(token.text) && !RANK_CAPITALS.test(token.text)) || this.breakAt(t + 1)) continue;
      const key = core(token).replace(/\.$/u, '');
      next.add(`${key} ${core(this.token(t + 1))}`);
      if (t + 2 < this.tokens.length && !this.breakAt(t + 2)) afterNext.add(`${key} ${core(this.token(t + 2))}`);
    }
    this.abbreviations = { next, afterNext };
    return this.abbreviations;
  }

  /**
   * "Managing director Elke Vossberg", then "Vossberg's operations director": a full name the text opens with a role
   * or title is a person's, so her surname owning a role is her, not an organisation named like her.
   */
  private introducedAsPerson(person: Entity): boolean {
    const index = this.entities.indexOf(person);
    const first = this.entityOf.indexOf(index);
    if (first <= 0) return false;
    // ("tennis player Jo Roe" … "Roe's coach": a noun for a person right before her full name introduces her too)
    const previous = this.token(first - 1);
    return this.precededByRoleNoun(first) || (!this.breakAt(first) && !previous.capitalised && PERSON_NOUNS.has(previous.lower));
  }

  /** Whether the text puts an honorific before the word at t somewhere ("Ms Quorvel") or a person's role beside it: a surname. */
  /** Whether tokens [first, to) are a club's name alone: capitalised words, no first name, role, particle or name read before. */
  private clubNameBefore(first: number, to: number): boolean {
    if (isKnownFirstName(core(this.token(first)))) return false;
    for (let t = first; t < to; t++) {
      const token = this.token(t);
      if (!token.capitalised || this.isRunParticle(t) || this.isRoleWord(t) || (this.entityOf[t] as number) >= 0) return false;
    }
    return true;
  }

  /**
   * "Ashthorpe Wrenlets … the Wrenlets said": a name no first name opens ending in a coined plural (no English word, no
   * first name) that the text also writes after "the" is a team's, as "the Kestrels" is; no person's surname takes the
   * article alone.
   */
  private coinedPluralAfterArticle(first: number, to: number): boolean {
    if (first === to || !isCoinedPlural(core(this.token(to))) || isKnownFirstName(core(this.token(first)))) return false;
    const word = this.token(to).text.replace(/[^\p{L}'’-]/gu, '');
    return new RegExp(`\\b[Tt]he\\s+${word}\\b(?![’']s?\\s+(?:family|home|house)\\b)`, 'u').test(this.text);
  }

  private titledElsewhere(t: number): boolean {
    const word = this.token(t).text.replace(/[^\p{L}'’-]/gu, '');
    let titled = this.titledWords.get(word);
    if (titled === undefined) this.titledWords.set(word, (titled = this.titledWordElsewhere(word)));
    return titled;
  }

  /** Whether the text gives `word` a title ("Ms Quorvel") or an apposition of a person's role or kind anywhere (`titledElsewhere`). */
  private titledWordElsewhere(word: string): boolean {
    if (new RegExp(`\\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\\.?\\s+${word}\\b`, 'u').test(this.text)) return true;
    // "Ruth Danes, an independent councillor for …", and anywhere in the text "Danes, a retired fisherman,": an apposition
    // giving a person's role or what she is.
    const apposition = new RegExp(`\\b${word},\\s+(?:an?|the)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)`, 'gu');
    for (const match of this.text.matchAll(apposition))
      if (match[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()))) return true;
    return false;
  }

  /**
   * A person's name in tokens[first, to]; "Jane Roe of Tessin": a name of two or more words ends before
   * "of", and what follows is her place or organisation.
   */
  /**
   * "Minister of State", "Secretary of State for Health": a role word, "of State" and, after "for", its portfolio
   * (capitalised common words before the holder's name). Returns the post's last token, or -1.
   */
  private postOfStateEnd(first: number, to: number): number {
    if (first + 2 > to || !this.isRoleWord(first) || this.token(first + 1).lower !== 'of' || core(this.token(first + 2)) !== 'state')
      return -1;
    let end = first + 2;
    if (end + 2 <= to && this.token(end + 1).lower === 'for') {
      end += 2;
      // The portfolio's further words run until a known first name, leaving a first name and a surname.
      while (end + 3 <= to && !isKnownFirstName(core(this.token(end + 1))) && isEnglishWord(core(this.token(end + 1)))) end++;
    }
    return end;
  }

  /**
   * Where the holder's name starts after a capitalised post in the run tokens[first, to]: the first name (a surname after
   * it; a known one, or one no English word) right after a noun for a person or its plural ("State Forester", "District
   * Collector", "Councillors"), or after the portfolio of a post written before the run ("Minister for Agriculture");
   * else -1.
   */
  private holderAfterCapitalisedPost(first: number, to: number): number {
    // (a post, a first name and a surname: three words at least)
    if (to - first < 2) return -1;
    const portfolio =
      first >= 2 && PORTFOLIO_LINKS.has(this.token(first - 1).lower) && !this.breakAt(first - 1) && this.isRoleWord(first - 2);
    // (a body's name holds nouns for people too: "Saint Aldric's Hospital", "Association of Tanker Owners and Managers")
    for (let k = first; k <= to; k++) if (ORGANISATION_CUES.has(core(this.token(k))) || this.isRunParticle(k)) return -1;
    for (let k = first + 1; k < to; k++) {
      const word = core(this.token(k));
      const before = core(this.token(k - 1));
      const post = !isKnownFirstName(before) && (PERSON_NOUNS.has(before) || ROLE_NOUNS.has(before) || isPluralOfPersonNoun(before));
      // (a first name the short list does not know: the next to last word, right after the post's noun or the portfolio,
      // that is no English word or one the long list of first names holds: "State Forester Ramsey Cole", "Minister for
      // Health Carmel Ostby")
      const holderAt =
        k === to - 1 && (post || (portfolio && k === first + 1 && this.portfolioWord(first) && !this.token(k).lower.endsWith("'s")));
      const firstName = isKnownFirstName(word) || (holderAt && (!isEnglishWord(word) || isListedFirstName(word)));
      if (firstName) return post || portfolio ? k : -1;
    }
    return -1;
  }

  /**
   * Whether token t can be a one-word portfolio ("Health", "Fisheries"): an English word, no first name and no possessive
   * ("head teacher of St Ninian's Primary", "co-owner of Prell and Sons" name a place or a firm, not a portfolio).
   */
  private portfolioWord(t: number): boolean {
    const token = this.token(t);
    const word = core(token);
    return !token.lower.endsWith("'s") && isEnglishWord(word) && !isListedFirstName(word);
  }

  /** The holder's name after a post ("… for Rail Annika Vesterholm"), when it looks like a person's. */
  private holderAfterPost(first: number, to: number): Piece[] {
    return first === to || this.looksLikePersonName(first, to, true) ? this.personPieces(first, to) : [];
  }

  private personPieces(first: number, to: number): Piece[] {
    let of = first + 2;
    while (of < to && this.token(of).lower !== 'of') of++;
    if (of >= to) return [{ first, last: to, type: 'person' }];
    // What a person is "of" is never another person ("… of Tessin said" is no speaker Tessin).
    const after = this.classify(this.afterParticles(of + 1, to), to).map((piece): Piece =>
      piece.type === 'person' ? { ...piece, type: 'place' } : piece,
    );
    return [{ first, last: of - 1, type: 'person' }, ...after];
  }

  /** Step 3 happens here: an organisation right after an organisation or place of the same run joins it. */
  private addPiece(piece: Piece): void {
    // In a headline in title case only a known first name opens a person's name ("Dam Breach", "Two Years" are none).
    if (piece.type === 'person' && this.titleCaseLine && !isKnownFirstName(core(this.token(piece.first)))) return;
    const firstToken = this.token(piece.first);
    const lastToken = this.token(piece.last);
    // "the Harbour Clinic's director": the possessive ending is not part of the name; "a physicist at the University of
    // St Ronan's, built": a name of several words whose possessive owns nothing keeps it (a saint's or founder's name).
    const ownsNothing = piece.type === 'organisation' && piece.last > piece.first && this.bareOwner(piece.last);
    const end = lastToken.end - (piece.type === 'place' || ownsNothing ? 0 : possessiveLength(lastToken.text));
    const entity: Entity = {
      text: this.text.slice(firstToken.start, end),
      start: firstToken.start,
      end,
      type: piece.type,
    };
    if (piece.country) entity.country = piece.country;
    if (piece.type === 'organisation' && piece.first > 0) {
      const previousIndex = this.entityOf[piece.first - 1] as number;
      const previous = this.entities[previousIndex];
      // "Vardby's Town Gallery": a place's possessive says where the organisation is, not its name.
      const placeOwns = previous?.type === 'place' && possessiveLength(this.token(piece.first - 1).text) > 0;
      if (previous && previous.type !== 'person' && !placeOwns && !this.breakAt(piece.first)) {
        const qualifier = previous.type === 'place' ? this.qualifierBefore(piece.first - 1, previousIndex) : -1;
        const start = qualifier >= 0 ? this.token(qualifier).start : previous.start;
        const merged: Entity = {
          text: this.text.slice(start, entity.end),
          start,
          end: entity.end,
          type: 'organisation',
        };
        // ("Independent Hauliers' Federation": a known medium's word opening a body named for its members is no part of it)
        if (previous.type === 'organisation' && previous.sourceId && !namesBodyOfMembers(merged.text)) merged.sourceId = previous.sourceId;
        const country = previous.country ?? entity.country;
        if (country) merged.country = country;
        this.entities[previousIndex] = merged;
        for (let t = qualifier >= 0 ? qualifier : piece.first; t <= piece.last; t++) this.entityOf[t] = previousIndex;
        return;
      }
    }
    this.addEntity(entity, piece.first, piece.last);
  }

  /** Whether a preposition written with a capital (`TITLE_PREPOSITIONS`) stands inside tokens (from, to). */
  private hasTitlePreposition(from: number, to: number): boolean {
    for (let t = from + 1; t < to; t++) {
      const token = this.token(t);
      if (token.capitalised && TITLE_PREPOSITIONS.has(token.lower)) return true;
    }
    return false;
  }

  /**
   * "grown under UVB lamps", "fitted with ANPR cameras": an acronym the gazetteer does not know, after a preposition and
   * right before a lower-case plural that names no person, body or record, modifies that thing; it names no body.
   */
  private modifiesThingAfter(t: number): boolean {
    const before = this.tokens[t - 1];
    const after = this.tokens[t + 1];
    if (!before || !after || this.breakAt(t) || this.breakAt(t + 1) || this.isKnownOrganisationAcronym(t)) return false;
    if (!THING_PREPOSITIONS.has(before.lower) || after.capitalised || !/^[a-z]+s$/u.test(after.lower)) return false;
    // ("for KTV2 puts the Greens on 30 percent": a verb after the acronym, which is then its subject)
    const next = this.tokens[t + 2];
    if (next && !this.breakAt(t + 2) && !THING_FOLLOWERS.has(next.lower)) return false;
    const singular = after.lower.slice(0, -1);
    return (
      !isPluralOfPersonNoun(after.lower) &&
      !PERSON_NOUNS.has(singular) &&
      !ROLE_NOUNS.has(singular) &&
      !ORGANISATION_CUES.has(singular) &&
      !BODY_RECORD_PLURALS.has(after.lower)
    );
  }

  /** A lone acronym the gazetteer reads as an organisation ("UN", "EU"). */
  private isKnownOrganisationAcronym(t: number): boolean {
    const entity = this.entities[this.entityOf[t] as number];
    return (
      entity?.type === 'organisation' &&
      entity.start === this.token(t).start &&
      entity.end === this.token(t).end &&
      isAcronymToken(this.token(t))
    );
  }

  /**
   * "Rail Users' Forum for the Western Counties", "Health Board of Keller County": an organisation word before "for" or
   * "of" in a run that ends in an area's word names the body serving the area, not the area.
   */
  private bodyForArea(first: number, last: number): boolean {
    for (let t = first; t + 2 <= last; t++) {
      const particle = this.token(t + 1);
      if (ORGANISATION_CUES.has(core(this.token(t))) && !particle.capitalised && (particle.lower === 'for' || particle.lower === 'of'))
        return true;
    }
    return false;
  }

  /**
   * "Eastern Africa Development Bank", "Royal Norway Society": a capitalised qualifier (`NAME_QUALIFIERS`: a compass point,
   * "Central", "Royal") right before a place that opens an organisation's name, in the same run and read as nothing else,
   * is the name's first word. `placeLast` is the place's last token. Returns the qualifier's token, or -1.
   */
  private qualifierBefore(placeLast: number, place: number): number {
    let k = placeLast;
    while (k > 0 && this.entityOf[k - 1] === place) k--;
    const qualifier = k - 1;
    if (qualifier < 0 || this.breakAt(k) || (this.entityOf[qualifier] as number) >= 0) return -1;
    const token = this.token(qualifier);
    return token.capitalised && NAME_QUALIFIERS.has(token.lower) ? qualifier : -1;
  }

  private addEntity(entity: Entity, firstToken: number, lastToken: number): void {
    const index = this.entities.length;
    this.entities.push(entity);
    for (let t = firstToken; t <= lastToken; t++) this.entityOf[t] = index;
  }

  /** "TOWN, June 12 (SportsWire) - …": the agency in a wire's dateline is the publication, no source of its own. */
  private namesDatelineAgency(word: string): boolean {
    const written = `(${word.slice(0, word.length - possessiveLength(word))})`;
    for (let at = this.text.indexOf(written); at >= 0; at = this.text.indexOf(written, at + 1))
      if (/^\s*[-–—]/u.test(this.text.slice(at + written.length, at + written.length + 4))) return true;
    return false;
  }

  /** Step 4: "Dahl" alone is the Oskar Dahl named elsewhere in the text. */
  /**
   * "Connor Keane, known to fans as Sparky, … said Sparky": a one-word nickname the text gives a person stands for her
   * wherever it is written alone, as her surname does (`nicknameIntroductions`).
   */
  private addNicknames(bySurname: Map<string, Entity>): void {
    const candidates = new Set(this.surnameCandidates);
    const keyAt = (t: number): string => normaliseNameWord(this.token(t).text).key;
    const kindAt = (t: number): NameKind => {
      const index = this.entityOf[t] as number;
      if (index >= 0) return (this.entities[index] as Entity).type === 'person' ? 'person' : 'other';
      return candidates.has(t) && bySurname.has(keyAt(t)) ? 'person' : null;
    };
    const { first, end } = this.sentenceTokens;
    for (const { person, nickname } of nicknameIntroductions(this.tokens, first, end, kindAt)) {
      const index = this.entityOf[person] as number;
      const mention = index >= 0 ? (this.entities[index] as Entity) : undefined;
      // ("Moran, who is better known as Dekko": a surname alone stands for the person named in full)
      const entity = mention?.text.includes(' ') ? mention : bySurname.get(mention ? normaliseNameWord(mention.text).key : keyAt(person));
      const key = keyAt(nickname);
      if (entity && !bySurname.has(key)) bySurname.set(key, entity);
    }
  }

  private resolveSurnames(): void {
    if (this.surnameCandidates.length === 0) return;
    const bySurname = new Map<string, Entity>();
    for (const entity of this.entities) {
      if (entity.type !== 'person') continue;
      const lastSpace = entity.text.lastIndexOf(' ');
      if (lastSpace < 0) continue;
      const surname = normaliseNameWord(entity.text.slice(lastSpace + 1)).key;
      if (!bySurname.has(surname)) bySurname.set(surname, entity);
      // "Ho said" after "Ho Ka-yan": a family name written before a hyphenated given name.
      const family = familyNameBeforeGivenName(entity.text);
      if (family !== null && !bySurname.has(normaliseNameWord(family).key)) bySurname.set(normaliseNameWord(family).key, entity);
    }
    this.addNicknames(bySurname);
    // "Michelle disputes that." after "Michelle Wong": a listed first name alone is the one person named in full with it.
    const byFirstName = new Map<string, Entity | null>();
    for (const entity of this.entities) {
      if (entity.type !== 'person' || !entity.text.includes(' ')) continue;
      const first = normaliseNameWord(firstWord(entity.text)).key;
      if (!isListedFirstName(first) || isEnglishWord(first) || bySurname.has(first)) continue;
      const known = byFirstName.get(first);
      if (known === undefined) byFirstName.set(first, entity);
      else if (known !== null && known.text !== entity.text && !known.text.startsWith(entity.text) && !entity.text.startsWith(known.text))
        byFirstName.set(first, null);
    }
    // (only as a clause's subject, a lower-case verb right after it: "Bridget, how much …?" addresses her)
    const firstNames = new Map<string, Entity>();
    for (const [first, entity] of byFirstName) if (entity) firstNames.set(first, entity);
    // "Calveri, the country's third-largest bookmaker, … Calveri said in a statement": a one-word organisation's name.
    const organisationWords = new Set<string>();
    for (const entity of this.entities)
      if (entity.type === 'organisation' && !entity.text.includes(' ')) organisationWords.add(normaliseNameWord(entity.text).key);
    const organisationAt = (t: number, key: string): void => {
      const token = this.token(t);
      const end = token.start + token.text.length - possessiveLength(token.text);
      this.addEntity({ text: this.text.slice(token.start, end), start: token.start, end, type: 'organisation' }, t, t);
      learned.add(key);
    };
    const learned = new Set<string>();
    const unread: number[] = [];
    for (const t of this.surnameCandidates) {
      const token = this.token(t);
      const key = normaliseNameWord(token.text).key;
      const person = bySurname.get(key) ?? (/^ \p{Ll}/u.test(this.text.slice(token.end, token.end + 2)) ? firstNames.get(key) : undefined);
      if ((this.entityOf[t] as number) >= 0) continue;
      if (!person && organisationWords.has(key) && !this.modifiesPostAfter(t)) {
        organisationAt(t, key);
        continue;
      }
      // "KWTU organiser Tim Wale", "A Selvio spokesman", "Brenvik's chief technology officer": a lone word the
      // context shows to be an organisation, unless it is the surname of someone whose first name is known.
      // "RideNow", "PitchIQ": a capital inside a word, after a lower-case run no surname's particle is ("McKee",
      // "DeLuca", "MacLeod"), joins two words into a brand's name; no person of the text bears it as a surname.
      if (
        (!person && isJoinedBrandName(token.text) && !this.namesDatelineAgency(token.text)) ||
        (!isDictionaryNoun(core(token)) &&
          !isJobTitleWord(core(token)) &&
          !this.modifiesPostAfter(t) &&
          this.namedAsOrganisation(t, t) &&
          !(person && (isKnownFirstName(firstWord(person.text)) || this.introducedAsPerson(person) || this.titledElsewhere(t))))
      ) {
        organisationAt(t, key);
        continue;
      }
      if (!person) {
        unread.push(t);
        continue;
      }
      const end = token.start + token.text.length - possessiveLength(token.text);
      const entity: Entity = { text: this.text.slice(token.start, end), start: token.start, end, type: 'person' };
      if (person.sourceId) entity.sourceId = person.sourceId;
      if (person.country) entity.country = person.country;
      this.surnameOf.set(entity, person);
      this.addEntity(entity, t, t);
    }
    // "RideNow, a startup, … co-founded RideNow … RideNow's chief financial officer": a lone word read as an organisation
    // at a later mention is that organisation at the earlier ones too.
    // ("Rangers said" beside "Marlow Rangers", "Harlan" beside "Harlan Group": a word of a longer organisation's name is
    // read with that name, as before.)
    const inLongerNames = new Set<string>();
    // "the Kestrels said" after "the Dunmore Kestrels": a creature's plural alone is the team named in full before or after
    // (a plural for people alone, "Rangers", is read as before: it may be a surname); so is a coined plural ("Wrenlets").
    const teams = new Set<string>();
    for (const entity of this.entities)
      if (entity.type === 'organisation' && entity.text.includes(' ')) {
        inLongerNames.add(normaliseNameWord(firstWord(entity.text)).key);
        const last = normaliseNameWord(lastWord(entity.text)).key;
        inLongerNames.add(last);
        if ((isTeamPlural(last) && !isTeamPlural(last, false)) || isCoinedPlural(last)) teams.add(last);
      }
    for (const t of unread) {
      const key = normaliseNameWord(this.token(t).text).key;
      if ((this.entityOf[t] as number) >= 0 || this.modifiesPostAfter(t)) continue;
      if ((learned.has(key) && !inLongerNames.has(key)) || teams.has(key)) organisationAt(t, key);
    }
  }

  /**
   * How the article refers to a name it read as a person's for want of a cue: "NAME said its officers …", "NAME said it
   * would appeal. It said …", "NAME, which …", "NAME's said", "Jo Roe of NAME" make it a thing; "Mr NAME", "NAME said
   * she …" keep it a person's. A name some mention shows to be a thing and none a person's is an organisation at every
   * mention. A lone word that is also the surname of a person named in full is read mention by mention: a thing when
   * the words after it say so and an organisation's name opens with it ("Brandauer said it would appeal" after
   * "Brandauer Spedition GmbH", before "Matthias Brandauer"), else whichever of the two the text introduced first.
   */
  private retypeByReferences(): void {
    const spans = this.entityTokenSpans();
    // Organisations named in more than one word, by their first word ("Brandauer" → "Brandauer Spedition GmbH").
    const openedBy = new Set<string>();
    for (const entity of this.entities)
      if (entity.type === 'organisation' && entity.text.includes(' ')) openedBy.add(firstWord(entity.text));
    const firstPerson = new Map<string, number>();
    for (const entity of this.entities)
      if (entity.type === 'person' && entity.text.includes(' ')) {
        const surname = normaliseNameWord(lastWord(entity.text)).key;
        if (!firstPerson.has(surname)) firstPerson.set(surname, entity.start);
      }
    const evidence = new Map<string, Reference>();
    const mentions: Array<{ entity: Entity; key: string; reference: Reference }> = [];
    const sited = new Set<string>();
    const speaking = new Set<string>();
    let traded: Set<string> | undefined;
    for (let e = 0; e < this.entities.length; e++) {
      const entity = this.entities[e] as Entity;
      const span = spans[e];
      if (entity.type !== 'person' || entity.sourceId || !span) continue;
      const key = entity.text.replace(/['’]s?$/u, '');
      if (key.includes(' ') && isListedFirstName(firstWord(key))) continue;
      // "Jo Roe of Pellmoor Hill": a name ending in a landform's noun after a person's "of" is where she comes from.
      if (this.landformOfPerson(span[0], span[1])) {
        entity.type = 'place';
        continue;
      }
      let reference = this.referenceAt(span[0], span[1]);
      // "Shares in NAME fell": a name traded on a market is a company's.
      if (reference === null && (traded ??= this.tradedNames()).has(key)) reference = 'thing';
      // "told the Border Champion", "the Kestrels said": no person's name follows "the"; "Gardaí said" beside "… with
      // gardaí": a word of another language written in lower case elsewhere is a common noun, no person's name.
      if (reference === null && (this.theNameSpeaks(span[0], span[1]) || (!key.includes(' ') && this.writtenInLowerCase(key))))
        reference = 'thing';
      // "the National Geological Survey" … "the survey's director", "The railway said": the name's last word as a body.
      // (never after a first name: "Helen Marsh said the marsh's edge …" is a woman)
      if (
        reference === null &&
        key.includes(' ') &&
        !isKnownFirstName(firstWord(key)) &&
        this.actsAsSource(span[0], span[1]) &&
        this.speaksByLastWord(span[1])
      )
        reference = 'thing';
      // "NAME will close 64 branches, the bank said.", "NAME swung to a profit …, it said on Thursday.": the subject of a
      // sentence whose closing clause gives its words to a body.
      if (reference === null && key.includes(' ') && this.closedByBodysClause(span[0], span[1])) reference = 'thing';
      const bearerStart = key.includes(' ') ? undefined : firstPerson.get(normaliseNameWord(key).key);
      if (bearerStart !== undefined && bearerStart !== entity.start) {
        // A surname of someone named in full: this mention alone tells, beside an organisation opening with the word,
        // or written as a possessive that owns nothing ("Marlow's, which …", "Marlow's said"): a shop named after her.
        if (reference !== 'person' && reference !== null && (openedBy.has(key) || this.bareOwner(span[1]))) this.retypeMention(entity);
        continue;
      }
      mentions.push({ entity, key, reference });
      const known = evidence.get(key);
      if (known !== 'person' && reference !== null) evidence.set(key, reference === 'person' ? 'person' : (known ?? reference));
      // "Workers at the NAME yard", "the NAME plant": a name of two words or more, no first name opening it, written after
      // "the" before a noun of a site is the body that runs it; counted once the name also speaks somewhere ("NAME said").
      if (key.includes(' ') && !isKnownFirstName(firstWord(key))) {
        if (this.namesOwnSite(span[0], span[1])) sited.add(key);
        if (this.actsAsSource(span[0], span[1])) speaking.add(key);
      }
    }
    for (const key of sited) if (speaking.has(key) && !evidence.has(key)) evidence.set(key, 'thing');
    for (const { entity, key } of mentions) {
      // ("the track owner, Northline Infrastructure" … "Northline said it accepted": what its first word is, the name is)
      const reference = evidence.get(key) ?? (key.includes(' ') ? evidence.get(firstWord(key)) : undefined);
      if (reference === 'thing' || reference === 'its') entity.type = 'organisation';
    }
  }

  /**
   * "Jo Roe of Pellmoor Hill", "Ana Ruiz of Brindlemoor Beach": a name of two words or more at tokens[first, last], after a
   * person's name and "of", whose last word is a landform's noun (`LANDFORM_NOUNS`, WordNet's) and no organisation word
   * ("Bank"), names the place she comes from, not a body ("Jo Roe of Pellmoor Haulage" is one).
   */
  private landformOfPerson(first: number, last: number): boolean {
    if (last <= first || first < 2 || this.breakAt(first) || this.breakAt(first - 1)) return false;
    const of = this.token(first - 1);
    if (of.capitalised || of.lower !== 'of') return false;
    const key = core(this.token(last));
    if (!LANDFORM_NOUNS.has(key) || ORGANISATION_CUES.has(key)) return false;
    return this.entities[this.entityOf[first - 2] as number]?.type === 'person';
  }

  /** An organisation read from a mention that a person's surname could also be: "Aino Koskinen" does not end in it. */
  private retypeMention(entity: Entity): void {
    entity.type = 'organisation';
    this.mentionOrganisations.add(entity);
  }

  /**
   * "the NAME yard", "the NAME tool office": the name at tokens[first, last] stands after "the" and before a noun of a
   * site (at most one lower-case modifier between), which it names as its own; no person's name is written so.
   */
  private namesOwnSite(first: number, last: number): boolean {
    if (!this.afterDefiniteArticle(first) || possessiveLength(this.token(last).text) > 0) return false;
    for (let k = last + 1; k < this.tokens.length && k <= last + 2 && !this.breakAt(k); k++) {
      const token = this.token(k);
      if (token.capitalised || token.numeric) return false;
      if (OWN_SITE_NOUNS.has(token.lower)) return true;
    }
    return false;
  }

  /**
   * The possessive token inside tokens[from, to) after which the run's words, none an organisation's word nor a known first
   * name, modify a noun of a site right after the run ("NAME's Garvel office", "NAME's Leeds depot"); else -1.
   */
  private ownerBeforeSitePlace(from: number, to: number): number {
    const next = this.tokens[to + 1];
    if (!next || next.capitalised || this.breakAt(to + 1) || !OWN_SITE_NOUNS.has(next.lower)) return -1;
    for (let p = to - 1; p >= from; p--) {
      if (possessiveLength(this.token(p).text) === 0) continue;
      for (let t = p + 1; t <= to; t++) {
        const word = core(this.token(t));
        if (isOrganisationWord(word) || this.isLegalForm(t) || isKnownFirstName(word)) return -1;
      }
      return p;
    }
    return -1;
  }

  /** "Marlow's, which …", "Marlow's said": a possessive name before no noun it could own. */
  private bareOwner(last: number): boolean {
    if (possessiveLength(this.token(last).text) === 0) return false;
    const next = this.tokens[last + 1];
    return !next || this.breakAt(last + 1) || REPORTING_VERBS.has(next.lower);
  }

  /** "told the Border Champion", "The Dunmore Kestrels said": a name after "the", told or opening a sentence as its speaker. */
  private theNameSpeaks(first: number, last: number): boolean {
    if (!this.afterDefiniteArticle(first)) return false;
    if (this.opensSentenceAt(first - 1)) return this.followedBySpeechVerb(last);
    return first >= 2 && !this.breakAt(first - 1) && REPORTING_VERBS.has(this.token(first - 2).lower);
  }

  /**
   * Whether the name ending at token `last` is referred to by its last word as a common noun after "the" that speaks or
   * owns ("National Geological Survey" … "The survey said", "the survey's head"): a surname is never written so; a word
   * for a person ("the engineer") describes one.
   */
  private speaksByLastWord(last: number): boolean {
    const word = core(this.token(last));
    if (!isEnglishWord(word) || PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word)) return false;
    if (!this.bodyNouns) {
      this.bodyNouns = new Set();
      const tokens = this.tokens;
      for (let t = 0; t + 1 < tokens.length; t++) {
        const noun = tokens[t + 1] as Token;
        if ((tokens[t] as Token).lower !== 'the' || noun.capitalised || this.breakAt(t + 1)) continue;
        const next = tokens[t + 2];
        const speaks = next !== undefined && !this.breakAt(t + 2) && REPORTING_VERBS.has(next.lower);
        if (possessiveLength(noun.text) > 0 || speaks) this.bodyNouns.add(core(noun));
      }
    }
    return this.bodyNouns.has(word);
  }

  /**
   * Whether the name at tokens[first, last] is a source at this mention: it says something ("NAME said"), or stands after
   * "by" or "to" ("published by NAME", "according to NAME"), not a place someone works at or goes to.
   */
  private actsAsSource(first: number, last: number): boolean {
    if (this.followedBySpeechVerb(last)) return true;
    let before = first - 1;
    if (before >= 0 && !this.breakAt(first) && this.token(before).lower === 'the') before--;
    if (before < 0 || this.breakAt(before + 1)) return false;
    const word = this.token(before).lower;
    return word === 'by' || word === 'to';
  }

  /** Whether an organisation word in tokens[first, cue) is followed by a particle ("Office for …"), continuing the name. */
  private particleAfterEarlierCue(first: number, cue: number): boolean {
    for (let t = first; t < cue; t++) if (ORGANISATION_CUES.has(core(this.token(t))) && this.isRunParticle(t + 1)) return true;
    return false;
  }

  /** Whether tokens (cue, to] go on with the name: no possessive at the cue, no first name opening a person's name after it. */
  private nameWordsAfter(cue: number, to: number): boolean {
    if (possessiveLength(this.token(cue).text) > 0) return false;
    for (let t = cue + 1; t <= to; t++) if (isKnownFirstName(core(this.token(t)))) return false;
    return true;
  }

  /** Whether a word that is no English one is written in lower case elsewhere in the text ("gardaí" beside "Gardaí said"). */
  private writtenInLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    if (lower === word || isEnglishWord(lower)) return false;
    if (!this.lowerCaseWords) {
      this.lowerCaseWords = new Set();
      for (const token of this.tokens) if (!token.capitalised) this.lowerCaseWords.add(token.text);
    }
    return this.lowerCaseWords.has(lower);
  }

  /** The first and last token of each entity, by index. */
  private entityTokenSpans(): Array<[number, number] | undefined> {
    const spans: Array<[number, number] | undefined> = [];
    for (let t = 0; t < this.entityOf.length; t++) {
      const e = this.entityOf[t] as number;
      if (e < 0) continue;
      const span = spans[e];
      if (span) span[1] = t;
      else spans[e] = [t, t];
    }
    return spans;
  }

  /**
   * What the words around a name at tokens[first, last] refer to it as: `person` after a title ("Mr", "Dr") or when a
   * verb of saying after it goes on with "he", "she", "his", "her"; `its` when it goes on with "its" ("NAME said its
   * crews …") or a relative "which" or an apposition headed by an organisation's noun follows the name; `thing` when it
   * goes on with "it" ("NAME said it would appeal"), when the name is a possessive subject ("NAME's said"), when it
   * follows "of" after a person's name ("Jo Roe of NAME"), or when it opens its sentence and the next one opens with
   * "It said", "Its chief executive", "The firm said".
   */
  private referenceAt(first: number, last: number): Reference {
    const before = first > 0 && !this.breakAt(first) ? this.token(first - 1) : null;
    if (before && TITLE_WORDS.has(before.lower.replace(/\.$/u, ''))) return 'person';
    if (this.followedByWhich(last) || this.apposedOrganisationNoun(last) || this.saidInStatement(last, first === last)) return 'its';
    if (this.followedBySpeechVerb(last)) {
      if (possessiveLength(this.token(last).text) > 0) return 'thing';
      let k = last + 2;
      if (this.tokens[k]?.lower === 'that') k++;
      else k = this.thatAfterTimePhrase(last + 2) ?? k;
      const pronoun = this.tokens[k]?.lower ?? '';
      if (PERSONAL_PRONOUNS.has(pronoun)) return 'person';
      if (pronoun === 'its') return 'its';
      if (pronoun === 'it' && this.tokens[k + 1] && !this.tokens[k + 1]!.capitalised && !REPORTING_VERBS.has(this.token(k + 1).lower))
        return 'thing';
    }
    if (before?.lower === 'of' && first >= 2 && !this.breakAt(first - 1)) {
      const owner = this.entities[this.entityOf[first - 2] as number];
      if (owner?.type === 'person' && last > first) return 'thing';
    }
    return this.opensSentenceAt(first) ? this.nextSentenceReference(last) : null;
  }

  /**
   * "NAME said on Thursday that it …", "NAME said in March that its …": the token after a "that" closing a short phrase
   * of time right after the verb (lower-case words, a weekday's or a month's name, a number), else null. Only a time
   * phrase: a person or a body named between ("said to Jo Roe that she …") may be whom the pronoun stands for.
   */
  private thatAfterTimePhrase(from: number): number | null {
    for (let k = from; k < this.tokens.length && k < from + MAX_TIME_PHRASE_WORDS + 1; k++) {
      const token = this.token(k);
      if (this.breakAt(k)) return null;
      if (token.lower === 'that') return k > from ? k + 1 : null;
      const key = core(token);
      if (token.capitalised ? !WEEKDAYS.has(key) && !MONTHS.has(key) : !token.numeric && !TIME_PHRASE_WORDS.has(token.lower)) return null;
    }
    return null;
  }

  /**
   * Names traded on a market, read once per text: "Shares in NAME fell", "a stake in NAME", "NAME shares rose", "NAME's
   * shares", "NAME's share price". A name so traded is a company's.
   */
  private tradedNames(): Set<string> {
    const names = new Set<string>();
    const tokens = this.tokens;
    const runFrom = (t: number): number => {
      let last = t;
      while (
        last + 1 < tokens.length &&
        last - t < MAX_TRADED_NAME_WORDS - 1 &&
        this.token(last + 1).capitalised &&
        !this.breakAt(last + 1)
      )
        last++;
      return last;
    };
    const nameOf = (first: number, last: number): string =>
      this.text.slice(this.token(first).start, this.token(last).end).replace(/['’]s?$/u, '');
    for (let t = 0; t + 2 < tokens.length; t++) {
      const token = this.token(t);
      if (
        MARKET_NOUNS.has(token.lower) &&
        this.token(t + 1).lower === 'in' &&
        this.token(t + 2).capitalised &&
        !this.breakAt(t + 1) &&
        !this.breakAt(t + 2)
      ) {
        // ("Shares in Halloran & Sons": the name runs on past the ampersand, so its first word is no name of its own)
        const last = runFrom(t + 2);
        const next = tokens[last + 1];
        if (!next || !/^\s*&/u.test(this.text.slice(this.token(last).end, next.start))) names.add(nameOf(t + 2, last));
      }
      // "NAME shares rose", "NAME's shares fell", "NAME's share price": the run before the traded stock's noun.
      const after = this.token(t + 1);
      if (!token.capitalised || after.capitalised || this.breakAt(t + 1)) continue;
      const owned = possessiveLength(token.text) > 0 || this.text.charAt(token.end) === "'" || this.text.charAt(token.end) === '’';
      const verb = this.token(t + 2);
      const traded =
        (after.lower === 'shares' && (owned || /(?:ed|rose|fell|slid|sank)$/u.test(verb.lower))) ||
        (owned && after.lower === 'share' && verb.lower === 'price');
      if (!traded) continue;
      let first = t;
      while (first - 1 >= 0 && this.token(first - 1).capitalised && !this.breakAt(first) && t - first < MAX_TRADED_NAME_WORDS - 1) first--;
      names.add(nameOf(first, t));
    }
    return names;
  }

  /**
   * Whether the name at tokens[first, last] opens its sentence as the subject (a dateline's capitalised words before it
   * aside: "LONDON, Feb 26 (Reuters) - NAME swung …"), a lower-case word right after it, and the sentence closes with a
   * clause of saying whose subject is "it" or a noun for an organisation ("…, the company said.", "…, the cinema operator
   * said on Thursday.", "…, it announced."): what a body says of itself as the subject of its own sentence. A person's
   * words are never told back as "it said" or "the company said".
   */
  private closedByBodysClause(first: number, last: number): boolean {
    let start = first;
    while (start > 0 && !this.opensSentenceAt(start) && first - start <= MAX_DATELINE_TOKENS) start--;
    if (!this.opensSentenceAt(start)) return false;
    for (let k = start; k < first; k++) if (!this.token(k).capitalised && /\p{Ll}/u.test(this.token(k).text)) return false;
    const next = this.tokens[last + 1];
    if (!next || next.capitalised || this.breakAt(last + 1)) return false;
    let end = last + 1;
    while (end + 1 < this.tokens.length && !this.opensSentenceAt(end + 1) && end - last < MAX_SENTENCE_TOKENS) end++;
    if (end + 1 < this.tokens.length && !this.opensSentenceAt(end + 1)) return false;
    for (let verb = end; verb > last + 2 && end - verb <= MAX_CLOSING_TAIL; verb--) {
      if (!REPORTING_VERBS.has(this.token(verb).lower) || this.token(verb).capitalised) continue;
      const subject = verb - 1;
      if (this.token(subject).lower === 'it') return this.breakAt(subject);
      if (!isOrganisationDescriptor(this.token(subject).lower)) return false;
      for (let k = subject - 1; k > last && subject - k <= MAX_DESCRIPTOR_MODIFIERS + 1; k--) {
        const word = this.token(k);
        if (word.capitalised) return false;
        if (word.lower === 'the') return this.breakAt(k);
        if (this.breakAt(k + 1)) return false;
      }
      return false;
    }
    return false;
  }

  /** "NAME said … . It said …", "… . Its chief executive, …", "… . The firm said …": how the next sentence names its subject. */
  private nextSentenceReference(last: number): Reference {
    let k = last + 1;
    while (k < this.tokens.length && !this.opensSentenceAt(k)) k++;
    const opener = this.tokens[k];
    const next = this.tokens[k + 1];
    if (!opener || !next || next.capitalised) return null;
    if (opener.lower === 'it' && REPORTING_VERBS.has(next.lower)) return 'thing';
    if (opener.lower === 'its') {
      for (let r = k + 1; r <= k + MAX_ROLE_MODIFIERS + 1 && r < this.tokens.length && !this.token(r).capitalised; r++)
        if (ORGANISATION_ROLE_NOUNS.has(this.token(r).lower)) return 'thing';
      return null;
    }
    if ((opener.lower === 'he' || opener.lower === 'she') && REPORTING_VERBS.has(next.lower)) return 'person';
    const after = this.tokens[k + 2];
    if (opener.lower === 'the' && isOrganisationDescriptor(next.lower) && after && REPORTING_VERBS.has(after.lower)) return 'thing';
    return null;
  }

  /**
   * "The developer, Brindle Homes, said … Brindle Homes said": a name the text once showed to be an organisation
   * (an apposition, a descriptor before it) is one at its other mentions too, where nothing around it tells.
   */
  /**
   * "The Western Plains Local Health District (WPLHD) runs …": a name the text introduces with its acronym in brackets
   * is an organisation's, whatever its last word suggested (a district, a person's surname); places the gazetteer knows
   * ("… (UK)") keep their type.
   */
  private retypeAcronymIntroductions(): void {
    for (const entity of this.entities) {
      if (entity.type === 'organisation' || entity.sourceId || entity.country || entity.metonymFor) continue;
      const acronym = introducedAcronym(this.text, entity.end, entity.text);
      if (acronym && !isInitialledSpeaker(this.text, entity, acronym)) entity.type = 'organisation';
    }
  }

  private retypeNamesOfOrganisations(): void {
    const organisations = new Set<string>();
    for (const entity of this.entities)
      if (entity.type === 'organisation' && !entity.sourceId && !this.mentionOrganisations.has(entity)) organisations.add(entity.text);
    if (organisations.size === 0) return;
    // "Northline Infrastructure … Northline said": the first word of an organisation's name, alone, is its short name
    // when no person of the text bears it as a surname.
    const leading = new Set<string>();
    for (const name of organisations) if (name.includes(' ')) leading.add(firstWord(name));
    const surnames = new Set<string>();
    for (const entity of this.entities) if (entity.type === 'person' && entity.text.includes(' ')) surnames.add(lastWord(entity.text));
    for (const entity of this.entities) {
      // "Brightwater Coachworks … her opposite number at Brightwater": a name read as a place only by the "at" before it
      // (no gazetteer's country) is the short name of the organisation it opens when "at" follows a noun for a person.
      if (
        entity.type === 'place' &&
        !entity.sourceId &&
        !entity.country &&
        !entity.text.includes(' ') &&
        leading.has(entity.text) &&
        !surnames.has(entity.text) &&
        this.workplaceBefore(entity.start)
      ) {
        entity.type = 'organisation';
        continue;
      }
      if (entity.type !== 'person' || entity.sourceId) continue;
      // "Falcons owner …" then "the Ashby Falcons": a longer name ending in an organisation's name is that organisation.
      // "Rowley boss Name" then "the defeat at Rowley Town": a longer name opening with a one-word organisation's name.
      if (
        organisations.has(entity.text) ||
        (!isKnownFirstName(firstWord(entity.text)) &&
          (endsWithName(entity.text, organisations) || (entity.text.includes(' ') && organisations.has(firstWord(entity.text)))))
      )
        entity.type = 'organisation';
      else if (
        !entity.text.includes(' ') &&
        leading.has(entity.text) &&
        !surnames.has(entity.text) &&
        !isKnownFirstName(entity.text) &&
        // ("prosecutors in Varden" before "the Varden District Attorney's Office": a place)
        !AFTER_LOCATIVE.test(this.text.slice(Math.max(0, entity.start - 12), entity.start))
      )
        entity.type = 'organisation';
    }
    // "Falcons said" read as the surname of "Ashby Falcons": it follows the name it was read from.
    for (const [entity, person] of this.surnameOf)
      if (entity.type === 'person' && person.type === 'organisation') entity.type = 'organisation';
  }

  /**
   * "Tolvey Soup Kitchen, Brisk Valley Trust and the Quillet Youth Project": in a list of names joined by commas and "and" (an
   * "and" between two of them), a name read as a person's for want of a cue is an organisation when another of the list is
   * one, unless a first name opens it (of the hand list; of either list for a name of two words), a title or role stands
   * before it or a person of the text bears its last word alone ("Mr Project").
   */
  private retypeListedBodies(): void {
    const sorted = this.entities.filter((entity) => entity.end > entity.start).sort((a, b) => a.start - b.start);
    let lone: Set<string> | null = null;
    let from = 0;
    while (from < sorted.length) {
      // one list: names each linked to the next by a comma or "and" alone
      let to = from;
      let joined = false;
      while (to + 1 < sorted.length) {
        const gap = this.text.slice((sorted[to] as Entity).end, (sorted[to + 1] as Entity).start);
        if (!LIST_LINK.test(gap)) break;
        joined ||= /\band\b|&/u.test(gap);
        to++;
      }
      const members = sorted.slice(from, to + 1);
      from = to + 1;
      if (!joined || !members.some((entity) => entity.type === 'organisation')) continue;
      for (const entity of members) {
        if (entity.type !== 'person' || entity.sourceId || !entity.text.includes(' ')) continue;
        const opening = firstWord(entity.text);
        const words = entity.text.split(/\s+/u).length;
        if (isKnownFirstName(opening) || (words < 3 && isListedFirstName(opening))) continue;
        if (TITLED_BEFORE.test(this.text.slice(Math.max(0, entity.start - 24), entity.start))) continue;
        if (!lone) {
          lone = new Set();
          for (const other of this.entities) if (other.type === 'person' && !other.text.includes(' ')) lone.add(other.text);
        }
        if (!lone.has(lastWord(entity.text))) entity.type = 'organisation';
      }
    }
  }

  /** "her opposite number at NAME", "a director at NAME": "at" after a noun for a person, whose workplace follows. */
  private workplaceBefore(start: number): boolean {
    const before = WORKPLACE_AT.exec(this.text.slice(Math.max(0, start - 40), start));
    const word = before?.[1]?.toLowerCase() ?? '';
    return word === 'number' || ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word);
  }

  /**
   * Whether the words around tokens[first, last] say they name an organisation: the owner of a role only an
   * organisation has ("Brenvik's chief technology officer", "Dunwold Fair's founder"), the words before such a role
   * and a name or after "a" ("Quorra managing director Tim Wale", "A Selvio spokeswoman"), an apposition
   * headed by an organisation's noun ("Parnell Yards, a rival app launched last year,"), or the subject of "said in a
   * statement". A known first name opening the words, or a role or title before them, makes them a person's.
   */
  private namedAsOrganisation(first: number, last: number): boolean {
    if (isKnownFirstName(core(this.token(first))) || this.precededByRoleNoun(first)) return false;
    return (
      this.ownsOrganisationRole(last) ||
      this.modifiesOrganisationRole(first, last) ||
      this.apposedOrganisationNoun(last) ||
      this.followedByWhich(last) ||
      this.saidInStatement(last, first === last) ||
      this.ownerOfItsClause(first, last)
    );
  }

  /**
   * "Northgate Pottery will close in May, its owners said": a name opening the sentence that a later clause of it refers
   * to as "its" (no person's pronoun between) is a thing, not a person. Not right after the name: "NAME, its chairman,"
   * is an apposition about another owner.
   */
  private ownerOfItsClause(first: number, last: number): boolean {
    if (first > 0 && !this.breakAt(first)) return false;
    for (let k = last + 2; k < this.tokens.length && k <= last + MAX_ITS_DISTANCE; k++) {
      const token = this.token(k);
      // (a noun phrase between may be what "its" refers to: "NAME sold the shop in May, its new owner said")
      if (
        PERSONAL_PRONOUNS.has(token.lower) ||
        ARTICLES.has(token.lower) ||
        /[.!?;:]/u.test(this.text.slice(this.token(k - 1).end, token.start))
      )
        return false;
      if (token.lower === 'its') return this.text.slice(this.token(k - 1).end, token.start).includes(',');
    }
    return false;
  }

  /** "Brenvik's chief technology officer", "Falcons' captain": a possessive name, a few lower-case words, a role only an organisation has. */
  private ownsOrganisationRole(last: number): boolean {
    if (possessiveLength(this.token(last).text) === 0) return false;
    for (let k = last + 1; k < this.tokens.length && k <= last + MAX_ROLE_MODIFIERS + 1 && !this.breakAt(k); k++) {
      const token = this.token(k);
      if (token.capitalised || token.numeric) return false;
      if (ORGANISATION_ROLE_NOUNS.has(token.lower)) return true;
    }
    return false;
  }

  /** "Quorra managing director Tim Wale", "A Selvio spokesman": the name modifies a role only an organisation has. */
  private modifiesOrganisationRole(first: number, last: number): boolean {
    if (possessiveLength(this.token(last).text) > 0) return false;
    // The job title runs over its modifiers to its last word: "managing director", "chief executive", "spokesman".
    let k = last;
    while (k + 1 < this.tokens.length && k < last + MAX_ROLE_MODIFIERS + 1 && !this.breakAt(k + 1) && isJobTitleModifier(this.token(k + 1)))
      k++;
    // ("Kessel director general Jo Roe": the role noun need not be the title's last word)
    let owned = false;
    for (let r = last + 1; r <= k; r++) if (ORGANISATION_ROLE_NOUNS.has(this.token(r).lower)) owned = true;
    if (!owned) return false;
    const next = this.tokens[k + 1];
    if (next && next.capitalised && !this.breakAt(k + 1)) return true;
    const before = first > 0 && !this.breakAt(first) ? this.token(first - 1).lower : '';
    return before === 'a' || before === 'an';
  }

  /** "Parnell Yards, a rival app launched last year,", "Dunwold Fair, a children's charity that …": an apposition headed by an organisation's noun. */
  private apposedOrganisationNoun(last: number): boolean {
    const comma = this.text.slice(this.token(last).end, this.tokens[last + 1]?.start ?? this.text.length);
    if (!/^,\s+$/.test(comma)) return false;
    const determiner = this.tokens[last + 1];
    if (!determiner || !APPOSITION_DETERMINERS.has(determiner.lower)) return false;
    if (this.apposedBodyHead(last + 2)) return true;
    for (let k = last + 2; k < this.tokens.length && k <= last + 2 + MAX_ROLE_MODIFIERS && !this.breakAt(k); k++) {
      const token = this.token(k);
      if (token.capitalised || token.numeric) return false;
      // "Jane Roe, a lecturer at the institute": the apposition's head names a person; what follows its preposition
      // is where she works.
      if (this.headsPersonApposition(k)) return false;
      if (!isOrganisationDescriptor(token.lower) && !BUSINESS_PLACE_NOUNS.has(token.lower) && !WORKS_COMPOUND.test(token.lower)) continue;
      // "a charity worker": a noun naming people after it makes the organisation's noun a modifier; "in Hald, the
      // regulator said": a speech verb after it makes the phrase the subject, no apposition.
      const next = this.tokens[k + 1];
      if (next && !this.breakAt(k + 1) && REPORTING_VERBS.has(next.lower) && this.plainNounPhrase(last + 2, k)) return false;
      return !next || this.breakAt(k + 1) || !(PERSON_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower));
    }
    return false;
  }

  /**
   * "NAME, the Norwegian pension fund that owns …,", "NAME, a dairy co-operative based in …,": an apposition whose head,
   * the noun that closes it or that a relative pronoun or preposition follows, is an organisation's noun, after lower-case
   * modifiers or a demonym. The head only: "a former union official", "the nurse who heads the union" are people.
   */
  private apposedBodyHead(from: number): boolean {
    for (let k = from; k < this.tokens.length && k <= from + MAX_ROLE_MODIFIERS; k++) {
      const token = this.token(k);
      if (this.breakAt(k) || token.numeric || this.tokens[k + 1]?.lower === 'who') return false;
      if (token.capitalised) {
        // ("NAME, a Shenzhen company that …": a place's name right after the article, as a demonym, says where it is)
        if (this.demonymCountry(k) === null && k !== from) return false;
        continue;
      }
      // ("a spokesman for the army": a person's noun or a preposition before any body's noun makes it a person's)
      const word = core(token);
      const next = this.tokens[k + 1];
      const closes = !next || this.breakAt(k + 1) || APPOSITION_HEAD_FOLLOWERS.has(next.lower);
      // ("NAME, a Dutch manufacturer,", "NAME, a Canadian boatbuilder that …": a business by its trade heads it)
      if (closes && BUSINESS_AGENT_NOUNS.has(word)) return true;
      if (PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word) || !this.plainNounPhrase(k, k + 1) || word === 'for') return false;
      if (!closes) continue;
      return ORGANISATION_CUES.has(word) || WORDNET_ORGANISATION_NOUNS.has(word);
    }
    return false;
  }

  /** Tokens[first, last) hold no article or preposition: modifiers of one noun ("national energy" before "regulator"). */
  private plainNounPhrase(first: number, last: number): boolean {
    for (let k = first; k < last; k++) {
      const lower = this.token(k).lower;
      if (APPOSITION_DETERMINERS.has(lower) || LOCATIVE_PREPOSITIONS.has(lower) || EMPLOYER_PREPOSITIONS.has(lower) || lower === 'after')
        return false;
    }
    return true;
  }

  /** A noun naming a person ("lecturer", "nurse") followed by a preposition: the head of a person's apposition. */
  private headsPersonApposition(k: number): boolean {
    const lower = this.token(k).lower;
    if (ORGANISATION_DESCRIPTORS.has(lower) || !(PERSON_NOUNS.has(lower) || ROLE_NOUNS.has(lower))) return false;
    const next = this.tokens[k + 1];
    return next !== undefined && !this.breakAt(k + 1) && EMPLOYER_PREPOSITIONS.has(next.lower);
  }

  /** "Fair Wage Soon, which has campaigned for …": a relative clause for a thing, never for a person. */
  private followedByWhich(last: number): boolean {
    const next = this.tokens[last + 1];
    return next !== undefined && next.lower === 'which' && commaAfter(this.text, this.tokens, last);
  }

  /** "Dorrow Keel said in a statement": what speaks through a statement or a press release. */
  private saidInStatement(last: number, single: boolean): boolean {
    if (!this.followedBySpeechVerb(last)) return false;
    const words = this.tokens.slice(last + 2, last + 6).map((token) => token.lower);
    if (words[0] !== 'in' || (words[1] !== 'a' && words[1] !== 'its')) return false;
    // "said in a statement", "said in a market note": one lower-case modifier may stand before the noun.
    const noun = STATEMENT_NOUNS.has(words[2] ?? '') ? words[2] : this.tokens[last + 4]?.capitalised === false ? words[3] : undefined;
    if (noun === undefined || !STATEMENT_NOUNS.has(noun)) return false;
    // ("Ines Lowe said in a note to clients": an analyst writes notes too; only a name of one word is a body's by its note)
    return noun !== 'note' || single;
  }

  /**
   * Whether the last word of tokens[first, last] never stands alone elsewhere in the text: people are named again
   * by their surname ("Pike said"), organisations rarely by their last word ("Keel").
   */
  private lastWordNeverAlone(first: number, last: number): boolean {
    if (first === last) return true;
    const key = core(this.token(last));
    const before = core(this.token(last - 1));
    for (const t of this.mentionsOf(key)) {
      if (t === last || !this.token(t).capitalised) continue;
      // Inside another name, between two of its words ("… Studio Glass Association"), the word does not stand alone.
      const next = this.tokens[t + 1];
      if (t > 0 && !this.breakAt(t) && this.token(t - 1).capitalised && next?.capitalised && !this.breakAt(t + 1)) continue;
      if (t === 0 || this.breakAt(t) || core(this.token(t - 1)) !== before) return false;
    }
    return true;
  }

  /** Whether the word at t follows another capitalised word of a name elsewhere in the text ("Jo Calveri", "Ms Calveri"). */
  private endsLongerNameElsewhere(t: number): boolean {
    for (const k of this.mentionsOf(core(this.token(t)))) {
      if (k < 1 || k === t || this.breakAt(k)) continue;
      const previous = this.token(k - 1);
      if (previous.capitalised && !APPOSITION_DETERMINERS.has(previous.lower)) return true;
      // ("Marit van Hoek", "Owain ap Tudur": a surname's particle after her first name belongs to the longer name)
      if (k >= 2 && SURNAME_PARTICLES.has(core(previous)) && !this.breakAt(k - 1) && this.token(k - 2).capitalised) return true;
    }
    return false;
  }

  /** "Save Our Pool": a capitalised article or possessive inside the run, which no person's name holds. */
  private holdsTitleArticle(first: number, last: number): boolean {
    for (let t = first + 1; t < last; t++) if (this.token(t).capitalised && TITLE_ARTICLES.has(this.token(t).lower)) return true;
    return false;
  }

  /** "Keep The Meadow Wild": a capitalised article or possessive inside the run, right after its opening word. */
  private opensTitle(first: number, last: number): boolean {
    if (first >= last || this.breakAt(first + 1)) return false;
    const next = this.token(first + 1);
    return next.capitalised && TITLE_ARTICLES.has(next.lower) && !TITLE_ARTICLES.has(core(this.token(first)));
  }

  private looksLikePersonName(first: number, last: number, afterRole: boolean): boolean {
    if (last - first + 1 > MAX_PERSON_WORDS) return false;
    if (this.isRunParticle(first)) return false;
    for (let t = first; t <= last; t++) {
      const token = this.token(t);
      if (this.demonymCountry(t) !== null || isAcronymToken(token) || isOrganisationWord(core(token)) || this.isLegalForm(t)) return false;
    }
    if (first === last) return afterRole || this.followedBySpeechVerb(last) || isKnownFirstName(core(this.token(first)));
    return true;
  }

  private isNameToken(t: number): boolean {
    const token = this.token(t);
    // "Channel 6", "Radio 4": a short number after a broadcaster's opening word is part of its name.
    if (token.numeric)
      return (
        /^\d{1,3}$/u.test(token.text) &&
        t > 0 &&
        !this.breakAt(t) &&
        BROADCAST_WORDS.has(this.token(t - 1).lower) &&
        this.token(t - 1).capitalised
      );
    if (!token.capitalised) return isParticleName(this.text, token);
    // "HK$9.8 billion", "NZ$39", "C$4 million": letters glued to a dollar sign are a currency's code, no name.
    if (this.text.charCodeAt(token.end) === DOLLAR) return false;
    const key = core(token);
    // "the Stavanmark-based company", "a Lisbon-born chef": a name joined to a participle describes, it names nothing.
    // The pattern (Unicode classes, slow to run) is tried only on a word with a hyphen: most capitalised words have none.
    if (key.includes('-') && PARTICIPLE_COMPOUND.test(key)) return false;
    // "Keep The Meadow Wild", "Save Our Pool": an article or possessive capitalised between capitalised words is a title's.
    if (TITLE_ARTICLES.has(key) && this.isInsideTitle(t)) return true;
    if (WEEKDAYS.has(key)) return this.opensNewspaperName(t);
    return !CAPITALISED_NON_NAMES.has(key) && !MONTHS.has(key);
  }

  /**
   * "the Sunday Times", "The Saturday Echo": a weekday right before a newspaper's head noun opens its name, unless a word
   * that makes it a date stands before it ("on Sunday Times readers …", "last Saturday").
   */
  private opensNewspaperName(t: number): boolean {
    const next = this.tokens[t + 1];
    if (!next || !next.capitalised || this.breakAt(t + 1) || !MEDIA_NAME_WORDS.has(core(next))) return false;
    return t === 0 || this.breakAt(t) || !DATE_LEAD_WORDS.has(this.token(t - 1).lower);
  }

  /** A periodical word ("Daily", "Weekly") at t inside a title, before a word that opens no person's name (`classify`). */
  private periodicalInsideTitle(t: number): boolean {
    if (this.titleCaseLine || !PERIODICAL_WORDS.has(core(this.token(t))) || possessiveLength(this.token(t).text) > 0) return false;
    const next = this.token(t + 1);
    return next.capitalised && !isKnownFirstName(core(next));
  }

  /** Whether token t stands between two capitalised words with no break, not opening its sentence. */
  private isInsideTitle(t: number): boolean {
    const next = this.tokens[t + 1];
    if (t === 0 || !next || this.breakAt(t) || this.breakAt(t + 1) || !next.capitalised) return false;
    const previous = this.token(t - 1);
    return previous.capitalised && !TITLE_ARTICLES.has(previous.lower) && !CAPITALISED_NON_NAMES.has(previous.lower);
  }

  /**
   * "Investors of Kestrel Shipping": a plural noun naming people, then "of", opens the sentence rather than a name.
   * The "of" must be inside the run (t < last): a run's last word may be the text's last token.
   */
  private opensWithPeopleOf(t: number, last: number): boolean {
    const key = core(this.token(t));
    return t < last && this.isRunParticle(t + 1) && isPluralPersonNoun(key) && !isKnownFirstName(key);
  }

  /**
   * The last word of a post opening the run right before a particle, an organisation word after it (`cue`): a role word
   * ("Spokeswoman" of the Fire Brigade), or two or three capitalised words ending in one with no organisation word among
   * them ("Chief Executive" of the Port Authority, "Chief Medical Officer" of X); never a title ("President of …" is a
   * name's). Else -1.
   */
  private postBeforeParticleEnd(first: number, cue: number): number {
    if (cue <= first || TITLE_WORDS.has(core(this.token(first)))) return -1;
    for (let t = first + 1; t < cue && t - first <= MAX_POST_WORDS; t++) {
      if (!this.isRunParticle(t)) continue;
      if (!this.isRoleWord(t - 1)) return -1;
      for (let k = first; k < t && t > first + 1; k++)
        if (ORGANISATION_CUES.has(core(this.token(k))) || !this.token(k).capitalised) return -1;
      return t - 1;
    }
    return -1;
  }

  private isRunParticle(t: number): boolean {
    const token = this.token(t);
    return !token.capitalised && RUN_PARTICLES.has(token.lower);
  }

  private isRoleWord(t: number): boolean {
    const key = core(this.token(t));
    if (ROLE_NOUNS.has(key) || TITLE_WORDS.has(key)) return true;
    const hyphen = key.lastIndexOf('-'); // "Secretary-General"
    return hyphen > 0 && (ROLE_NOUNS.has(key.slice(hyphen + 1)) || TITLE_WORDS.has(key.slice(hyphen + 1)));
  }

  private demonymCountry(t: number): string | null {
    const key = core(this.token(t));
    const hyphen = key.indexOf('-'); // "Norwegian-backed"
    return countryOfDemonym(hyphen > 0 ? key.slice(0, hyphen) : key);
  }

  /**
   * A person noun (the last part of a hyphenated one too: "festival-goer") that is no first name, opening a run of at
   * least three words that holds no organisation word: a description before a first name and a surname.
   */
  private describesPersonBeforeName(t: number, to: number): boolean {
    const word = core(this.token(t));
    if (isKnownFirstName(word)) return false;
    for (let k = t; k <= to; k++) if (ORGANISATION_CUES.has(core(this.token(k)))) return false;
    if (this.holdsAmpersand(t + 1, to)) return false;
    const last = word.slice(word.lastIndexOf('-') + 1);
    // "Headteacher Ana Roe": a closed compound whose head is a noun for a person is one too.
    return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(last) || ROLE_NOUNS.has(last) || compoundHead(word, PERSON_NOUNS) !== null;
  }

  /** Whether "the" at token t follows "from", "at" or "with" right after a person's name ("Jo Roe from the …"). */
  private belongingAfterPerson(t: number): boolean {
    if (t < 2 || this.breakAt(t) || this.breakAt(t - 1) || !PERSON_BELONGING_PREPOSITIONS.has(this.token(t - 1).lower)) return false;
    const index = this.entityOf[t - 2] as number;
    return index >= 0 && (this.entities[index] as Entity).type === 'person';
  }

  private afterDefiniteArticle(t: number): boolean {
    return t > 0 && !this.breakAt(t) && this.token(t - 1).lower === 'the';
  }

  private breakAt(t: number): boolean {
    return t <= 0 || isBreakBetween(this.text, this.token(t - 1), this.token(t));
  }

  /** tokens[first, to] open with no known first name and stand right before a lower-case organisation noun ("… branch"). */
  private modifiesBodyNoun(first: number, to: number): boolean {
    const next = this.tokens[to + 1];
    if (!next || next.capitalised || this.breakAt(to + 1) || isKnownFirstName(core(this.token(first)))) return false;
    return ORGANISATION_CUES.has(next.lower) || WORDNET_ORGANISATION_NOUNS.has(next.lower);
  }

  /** "the union's NAME", "the club's NAME": a lower-case noun's possessive right before the run at `first`. */
  private ownedByBodyNoun(first: number): boolean {
    if (first === 0 || this.breakAt(first)) return false;
    const previous = this.token(first - 1);
    return !previous.capitalised && possessiveLength(previous.text) === 2;
  }

  /** "Friends of the X Burn", "Friends of Hale Park": tokens[first, last] name a supporters' body, not a person's friends. */
  private namesFriendsOf(first: number, last: number): boolean {
    if (core(this.token(first)) !== 'friends' || first + 1 >= last || this.token(first + 1).lower !== 'of') return false;
    const named = this.token(first + 2).lower === 'the' ? first + 3 : first + 2;
    return named <= last && !isListedFirstName(core(this.token(named))) && !this.isRoleWord(named);
  }

  private isSentenceInitial(t: number, sentenceStart: number): boolean {
    if (t === sentenceStart) return true;
    const before = this.token(t).start - 1;
    return before >= 0 && isOpener(this.text.charCodeAt(before));
  }

  private precededByRoleNoun(t: number): boolean {
    if (this.breakAt(t)) return false;
    const previous = this.token(t - 1);
    return !previous.capitalised && (ROLE_NOUNS.has(previous.lower) || TITLE_WORDS.has(previous.lower));
  }

  /** A lower-case plural of a noun for people right before token t ("neighbours", "rivals"), with no break between. */
  private precededByPluralPersonNoun(t: number): boolean {
    if (t === 0 || this.breakAt(t)) return false;
    const previous = this.token(t - 1);
    // ("Neighbours Harbour Athletic said": capitalised only because it opens the sentence)
    if (previous.capitalised && !this.opensSentenceAt(t - 1)) return false;
    return !PERSON_NOUNS.has(previous.lower) && isPluralOfPersonNoun(previous.lower) && !isKnownFirstName(previous.lower);
  }

  /**
   * "Ceri Vaughan runs Pellbridge Community Larder", "who chairs the Marl Valley Growers": what a verb of running a body
   * (`RUNNING_VERBS`) has for object is that body, never a person, unless a known first name opens it.
   */
  private ledByVerbBefore(t: number): boolean {
    if (t < 2 || this.breakAt(t) || isKnownFirstName(core(this.token(t)))) return false;
    const verb = this.token(t - 1).lower === 'the' && !this.breakAt(t - 1) ? t - 2 : t - 1;
    return verb >= 1 && RUNNING_VERBS.has(this.token(verb).lower) && !this.token(verb).capitalised;
  }

  private precededByOrganisationDescriptor(t: number): boolean {
    if (this.breakAt(t)) return false;
    const previous = this.token(t - 1);
    if (previous.capitalised) return false;
    if (isOrganisationDescriptor(previous.lower)) return true;
    // "the seafood processor NAME", "The haulier NAME": a trade's noun after a determiner (and its modifiers), before a
    // name that no known first name opens.
    if (!TRADE_DESCRIPTORS.has(previous.lower) || isKnownFirstName(core(this.token(t)))) return false;
    for (let k = t - 2; k >= 0 && k >= t - 4 && !this.breakAt(k + 1); k--) {
      const lower = this.token(k).lower;
      if (APPOSITION_DETERMINERS.has(lower) || lower.endsWith("'s")) return true;
      if (this.token(k).capitalised && k > 0) return false;
    }
    return false;
  }

  /**
   * "Marit Solvang has owned Solvang Marine since …", "Jo Ek founded Harbour Joinery": the object of a verb of owning whose
   * subject is a name is a business, even one named after its owner; never a name that a known first name opens.
   */
  private ownedByNameBefore(t: number): boolean {
    if (t < 2 || this.breakAt(t) || isKnownFirstName(core(this.token(t)))) return false;
    let verb = t - 1;
    if (!OWNING_VERBS.has(this.token(verb).lower)) return false;
    while (verb > 1 && OWNING_AUXILIARIES.has(this.token(verb - 1).lower) && !this.breakAt(verb)) verb--;
    return !this.breakAt(verb) && this.token(verb - 1).capitalised;
  }

  /** "the NAME group": a definite article before the name, a lower-case organisation descriptor right after it, no known first name. */
  private namesDescribedByNounAfter(first: number, last: number): boolean {
    const next = this.tokens[last + 1];
    if (first === 0 || !next || this.breakAt(first) || this.breakAt(last + 1) || next.capitalised) return false;
    if (!ORGANISATION_DESCRIPTORS.has(next.lower) || this.token(first - 1).lower !== 'the') return false;
    return !isKnownFirstName(core(this.token(first)));
  }

  /**
   * "the company, Pellworth Haulage", "The bakers' union, Flour Hands Together": a name set off by a
   * comma right after a definite description whose noun is an organisation's; a known first name opening it
   * ("After leaving the company, Jane Doe said") is still a person.
   */
  private apposedToOrganisationDescriptor(t: number): boolean {
    if (t < 2 || isKnownFirstName(core(this.token(t)))) return false;
    const between = this.text.slice(this.token(t - 1).end, this.token(t).start);
    if (!/^,\s+$/.test(between)) return false;
    // "The freight operator whose train derailed, Calder Bulk Rail": the description's noun comes before its relative clause.
    let head = t - 1;
    for (let k = t - 2; k > 0 && k >= t - MAX_RELATIVE_CLAUSE && !this.breakAt(k + 1); k--) {
      if (RELATIVE_PRONOUNS.has(this.token(k).lower)) {
        head = k - 1;
        break;
      }
    }
    const previous = this.token(head);
    // ("The organisers, NAME,", "the owners, NAME,": a name set beside a plural for people is a body of them, not one of them)
    const group = head === t - 1 && head > 0 && this.token(head - 1).lower === 'the' && isPluralOfPersonNoun(previous.lower);
    // ("the landlord, Harbour Lettings,", "the contractor, Fell Correctional Care,": a party to a lease or a contract set off
    // by commas is a business when no known first name or title opens its name)
    const party =
      head === t - 1 &&
      APPOSED_PARTY_NOUNS.has(previous.lower) &&
      !TITLE_WORDS.has(this.token(t).lower) &&
      !isListedFirstName(core(this.token(t))) &&
      // (its second word a common word, as a business's names are: "… Lettings", "… Housing"; "Jo Rees" is a person's)
      this.tokens[t + 1]?.capitalised === true &&
      isEnglishWord(core(this.tokens[t + 1] as Token));
    // ("Its auditors, NAME,", "the charity's auditor, NAME,", "the administrators, NAME,": a firm acting for another body,
    // named by two or more capitalised words; a plural noun is never one person, a singular one is unless a listed first
    // name or a title opens the name)
    const firm =
      head === t - 1 &&
      APPOSED_FIRM_NOUNS.has(previous.lower) &&
      !TITLE_WORDS.has(this.token(t).lower) &&
      (previous.lower.endsWith('s') || !isListedFirstName(core(this.token(t)))) &&
      this.tokens[t + 1]?.capitalised === true &&
      !this.breakAt(t + 1);
    if (firm && head > 0 && !this.breakAt(head)) {
      const owner = this.token(head - 1).lower;
      if (owner === 'the' || FIRM_OWNER_PRONOUNS.has(owner) || possessiveLength(owner) > 0) return true;
    }
    if (previous.capitalised || !(group || party || isOrganisationDescriptor(previous.lower))) return false;
    if (group) return this.tokens[t + 1]?.lower !== 'and';
    for (let k = head - 1; k >= 0 && k >= head - 3 && !this.breakAt(k + 1); k--) {
      const lower = this.token(k).lower;
      // "A spokeswoman for the agency, NAME", "Her co-author at the institute, NAME": the description is where a role or a
      // person belongs; the name is hers.
      if (
        lower === 'the' &&
        k >= 2 &&
        EMPLOYER_PREPOSITIONS.has(this.token(k - 1).lower) &&
        !this.breakAt(k - 1) &&
        (this.isRoleWord(k - 2) || PERSON_NOUNS.has(this.token(k - 2).lower))
      )
        return false;
      if (lower === 'the' || lower.endsWith("'s")) return true;
    }
    return false;
  }

  /**
   * The last token of a person's name opening tokens[first, cue) and followed by "of"/"at"/"from"
   * ("Tom Haller of the Dunmore Gazette"), or -1. The name must open with a known first name: an
   * organisation's own "of" ("Ministry of Transport", "Bank of Brackwell") never splits.
   */
  private personBeforeParticle(from: number, cue: number): number {
    // "Dr. Jane Doe of the …", "Deputy Minister Jane Doe of the …": ranks and roles are not part of the name.
    const first = this.pastRanksAndRoles(from, cue);
    if (cue <= first || !this.token(first).capitalised) return -1;
    for (let t = first + 1; t < cue && t - first <= MAX_PERSON_WORDS; t++) {
      if (this.token(t).capitalised) continue;
      if (t - 1 === first || this.token(t).lower !== 'of') return -1;
      // Two or more words before "of": a known first name or a role before them, or words that
      // no organisation or role would hold ("Friends of the Earth" has one word, "Bank of Brackwell" a cue).
      if (isKnownFirstName(core(this.token(first))) || this.precededByRoleNoun(first)) return t - 1;
      for (let k = first; k < t; k++) {
        if (ORGANISATION_CUES.has(core(this.token(k))) || this.isRoleWord(k) || this.demonymCountry(k) !== null) return -1;
      }
      return t - 1;
    }
    return -1;
  }

  /** The first token from t (before limit) that is no rank, role or role modifier ("Deputy Minister", "Dr."). */
  private pastRanksAndRoles(t: number, limit: number): number {
    while (t < limit && (this.isRoleWord(t) || ROLE_MODIFIERS.has(core(this.token(t))))) t++;
    return t;
  }

  private afterParticles(t: number, limit: number): number {
    while (t < limit && this.isRunParticle(t)) t++;
    return t;
  }

  /** "in Kessa", "in nearby Brookdale", "near neighbouring Tolby". */
  private precededByPlaceOnlyPreposition(t: number): boolean {
    return this.precededByLocative(t) && PLACE_ONLY_PREPOSITIONS.has(this.token(this.locativeBefore(t)).lower);
  }

  /** "in Pell River", "near the Town of Pell River": "in" or "near", with or without "the", before token t. */
  private placedByPreposition(t: number): boolean {
    return this.precededByPlaceOnlyPreposition(t) || (this.afterDefiniteArticle(t) && this.precededByPlaceOnlyPreposition(t - 1));
  }

  private precededByLocative(t: number): boolean {
    return !this.breakAt(t) && LOCATIVE_PREPOSITIONS.has(this.token(this.locativeBefore(t)).lower);
  }

  /** "Reed's view", "Reed's opinion": a possessive before a noun of view owns it (after "in", no place). */
  private ownsViewAfter(t: number): boolean {
    const next = this.tokens[t + 1];
    return next !== undefined && this.token(t).lower.endsWith("'s") && VIEW_NOUNS.has(next.lower) && !this.breakAt(t + 1);
  }

  /** The token where a locative preposition before t would stand, past an adjective of nearness ("in nearby"). */
  private locativeBefore(t: number): number {
    return NEARBY_WORDS.has(this.token(t - 1).lower) && t >= 2 && !this.breakAt(t - 1) ? t - 2 : t - 1;
  }

  /**
   * "Environmental health officer Name", "Energy economist Name" (after "Energy Minister Name" made "Energy" a
   * portfolio's name): an English word capitalised only because it opens the sentence, right before a lower-case noun
   * for a person (one word between at most), says what the post is about; it names no organisation.
   */
  private modifiesPostAfter(t: number): boolean {
    if (!this.sentenceOpeners.has(t) || !isEnglishWord(this.token(t).lower) || this.inLongerNameElsewhere(t)) return false;
    for (let k = t + 1; k <= t + 2 && k < this.tokens.length; k++) {
      const next = this.token(k);
      if (next.capitalised || isBreakBetween(this.text, this.token(k - 1), next)) return false;
      if (PERSON_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower)) return true;
    }
    return false;
  }

  /** The tokens whose `core` is `key`, in text order (`tokensByCore`). */
  private mentionsOf(key: string): readonly number[] {
    this.tokensByCore ??= indexTokens(this.tokens, core);
    return this.tokensByCore.get(key) ?? NO_MENTIONS;
  }

  /** Whether the word at t is written elsewhere inside a longer capitalised name ("Front" of "Southern Liberation Front"). */
  private inLongerNameElsewhere(t: number): boolean {
    // The word's mentions inside a longer name are read once per word: a scan of the whole text at every call made a long
    // text quadratic. Two of them are enough to know that one is not t.
    const word = this.token(t).text;
    let found = this.inLongerNameMentions.get(word);
    if (found === undefined) {
      this.tokensByText ??= indexTokens(this.tokens, (token) => token.text);
      found = [];
      for (const k of this.tokensByText.get(word) ?? []) {
        if (found.length === 2) break;
        if (this.inLongerNameAt(k)) found.push(k);
      }
      this.inLongerNameMentions.set(word, found);
    }
    return found.some((k) => k !== t);
  }

  /** Whether the token at k is written inside a longer capitalised name: a capitalised word before or after it, no break between. */
  private inLongerNameAt(k: number): boolean {
    const before = this.tokens[k - 1];
    const after = this.tokens[k + 1];
    if (before?.capitalised && !isBreakBetween(this.text, before, this.token(k))) return true;
    return !!after?.capitalised && !isBreakBetween(this.text, this.token(k), after) && !this.opensSentenceAt(k);
  }

  /** Whether the token at k is the first of its sentence (text start, or a full stop, a question or a line before it). */
  private opensSentenceAt(k: number): boolean {
    const previous = this.tokens[k - 1];
    if (!previous) return true;
    return /[.!?\n]/u.test(this.text.slice(previous.end, this.token(k).start)) || /[.!?]$/u.test(previous.text);
  }

  /** The word after t is a verb of saying, a past form ("rejected", "disagreed") or a comma: t is a clause's subject. */
  private opensClauseAsSubject(t: number): boolean {
    const next = this.tokens[t + 1];
    if (next === undefined) return false;
    if (commaAfter(this.text, this.tokens, t)) return true;
    return (
      !next.capitalised &&
      !isBreakBetween(this.text, this.token(t), next) &&
      (REPORTING_VERBS.has(next.lower) || /^[a-z]{3,}ed$/u.test(next.lower))
    );
  }

  /**
   * "Survey reports published in May show", "Board notes seen by … said": a word of speech after t that is a noun's
   * plural (its singular a WordNet noun), followed by a participle or a verb of showing, is the head of a noun phrase t
   * opens, not a verb t is the subject of ("Vossen reports that …"). "says" has no such reading.
   */
  private opensNounCompound(t: number): boolean {
    const head = this.tokens[t + 1];
    const after = this.tokens[t + 2];
    if (!head || !after || after.capitalised || isBreakBetween(this.text, head, after)) return false;
    if (head.lower === 'says' || !head.lower.endsWith('s') || !Object.hasOwn(NOUN_HYPERNYMS, head.lower.slice(0, -1))) return false;
    return NOUN_PHRASE_PREDICATES.has(after.lower) || (/[^e]ed$/u.test(after.lower) && !REPORTING_VERBS.has(after.lower));
  }

  /** Whether "Local" at t is followed by its number ("Local 77"), which belongs to the branch's name. */
  private localBranchNumber(t: number): boolean {
    return this.token(t).lower === 'local' && this.tokens[t + 1]?.numeric === true && !this.breakAt(t + 1);
  }

  private followedBySpeechVerb(t: number): boolean {
    const next = this.tokens[t + 1];
    return next !== undefined && !next.capitalised && REPORTING_VERBS.has(next.lower) && !isBreakBetween(this.text, this.token(t), next);
  }

  private token(t: number): Token {
    return this.tokens[t] as Token;
  }
}

function entityFromGazetteer(text: string, start: number, end: number, entry: GazetteerEntry): Entity {
  const entity: Entity = { text: text.slice(start, end), start, end, type: entry.type };
  if (entry.source) {
    entity.sourceId = entry.source.id;
    if (entry.source.country) entity.country = entry.source.country;
  } else if (entry.place) {
    if (entry.place.country) entity.country = entry.place.country;
    if (entry.place.government) entity.metonymFor = entry.place.government;
  } else if (entry.organisation?.country) {
    entity.country = entry.organisation.country;
  }
  return entity;
}

/** Verbs whose subject is a document, after its noun phrase: "Survey reports show …", "Board notes said …". */
const NOUN_PHRASE_PREDICATES = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'said',
  'say',
  'suggest',
  'suggested',
  'found',
  'reveal',
  'revealed',
]);

/** Prepositions after which a lone name is a place, even before a speech verb ("in Brookdale said"); "at" may name an employer. */
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'near']);

/** "NAME will close in May, its owners said": tokens after a name within which "its" may refer back to it. */
const MAX_ITS_DISTANCE = 14;
/** How the words around a name refer to it (`referenceAt`); `its` is the firmer of the two readings as a thing. */
type Reference = 'person' | 'its' | 'thing' | null;
/** Nouns of what is held in a company: "shares in NAME", "a stake in NAME". */
const MARKET_NOUNS = new Set(['shares', 'stake', 'stakes', 'stock']);
/** "Shares in Norse Ferry Group": a traded name is read up to this many capitalised words. */
const MAX_TRADED_NAME_WORDS = 4;

/** Parties to a lease or a contract that, set off by commas after "the", name a business as often as a person. */
const APPOSED_PARTY_NOUNS: ReadonlySet<string> = new Set(['landlord', 'contractor', 'subcontractor', 'employer']);

/**
 * Firms of a profession that act for another body ("Its auditors, NAME,", "the administrators, NAME,"): a name set off by
 * commas right after one of these nouns is the firm's, not a person's (see `apposedToOrganisationDescriptor`).
 */
const APPOSED_FIRM_NOUNS: ReadonlySet<string> = new Set([
  'auditor',
  'auditors',
  'administrator',
  'administrators',
  'liquidator',
  'liquidators',
  'receiver',
  'receivers',
  'accountants',
  'solicitors',
  'lawyers',
]);
/** Whether a noun names a firm of a profession that acts for another body ("auditors", "administrators"). */
export function isApposedFirmNoun(word: string): boolean {
  return APPOSED_FIRM_NOUNS.has(word);
}
/** Possessive pronouns that may own such a firm: "its auditors", "their solicitors". */
const FIRM_OWNER_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'our']);

/** Pronouns that refer to a person, which a name that "its" later refers to does not take first. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** The broader nouns of each common noun, from WordNet (`npm run build:noun-hypernyms`). */
const NOUN_HYPERNYMS: Readonly<Record<string, string>> = nounHypernymsJson;

/** The compass points as adjectives and nouns: "north", "eastern". */
const COMPASS_WORDS = ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western'];

/** Words of nearness or a compass point between a locative preposition and a place's name: "in nearby Brookdale", "in west Carrow". */
const NEARBY_WORDS = new Set(['nearby', 'neighbouring', 'neighboring', ...COMPASS_WORDS, 'central']);

/** Qualifiers that open an organisation's name before a place in it ("Eastern Africa …", "Royal Norway …"). */
const NAME_QUALIFIERS = new Set([...COMPASS_WORDS, 'central', 'upper', 'lower', 'greater', 'royal', 'imperial']);

/** An organisation word (`ORGANISATION_CUES`) or a closed compound of "works" ("Bodyworks", "Coachworks"), which no surname is. */
function isOrganisationWord(word: string): boolean {
  return ORGANISATION_CUES.has(word) || WORKS_COMPOUND.test(word);
}

/** A noun that, beside an unknown name, says it names an organisation ("firm", "charity", "regulator"). */
function isOrganisationDescriptor(word: string): boolean {
  if (ORGANISATION_DESCRIPTORS.has(word) || BODY_DESCRIPTORS.has(word)) return true;
  // ("the co-operative NAME": a descriptor written with a hyphen is the one written without)
  const joined = word.includes('-') ? word.replace(/-/gu, '') : word;
  return joined !== word && (ORGANISATION_DESCRIPTORS.has(joined) || BODY_DESCRIPTORS.has(joined));
}

/** Lower case without a possessive ending: "Parliament’s" → "parliament". */
/** The plural of a word that ends an organisation's name ("… Networks", "… Services"). */
function isPluralOrganisationCue(word: string): boolean {
  if (word.length <= 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  return ORGANISATION_CUES.has(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1));
}

const NO_MENTIONS: readonly number[] = [];

function core(token: Token): string {
  const lower = token.lower;
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  return lower.endsWith("'") ? lower.slice(0, -1) : lower;
}

function possessiveLength(word: string): number {
  if (word.endsWith("'s") || word.endsWith('’s')) return 2;
  return word.endsWith("'") || word.endsWith('’') ? 1 : 0;
}

/** A capitalised word that also starts ordinary sentences ("Previously", "Officials", "Over"). */
function isCommonWord(token: Token): boolean {
  const key = core(token);
  return SENTENCE_STARTERS.has(key) || CAPITALISED_NON_NAMES.has(key) || WORD_CLASSES.has(key) || ROLE_NOUNS.has(key);
}

/** "investors", "commuters": the plural of a noun naming people (a singular may be a surname: "Baker"). */
function isPluralPersonNoun(key: string): boolean {
  return key.endsWith('s') && !PERSON_NOUNS.has(key) && PERSON_NOUNS.has(key.slice(0, -1));
}

/** Irregular plurals for people in general. */
const PEOPLE_PLURALS = new Set(['people', 'folk', 'folks', 'children', 'men', 'women', 'locals']);

/** "People", "Locals", "Teachers": a plural noun for people (not a singular, which may be a surname: "Baker"). */
function isPeopleNoun(key: string): boolean {
  return PEOPLE_PLURALS.has(key) || RUNNING_GROUP_NOUNS.has(key) || isPluralOfPersonNoun(key);
}

/** Words between a post and its portfolio: "Minister for Agriculture", "Secretary of Health". */
const PORTFOLIO_LINKS = new Set(['for', 'of']);

/** A plural in "-es" after a sibilant: "bosses", "witnesses", "coaches", "hostesses". */
const SIBILANT_PLURAL = /(?:ss|sh|ch|x|z)es$/u;

/** "nurses", "teachers", "midwives": a plural whose singular names a person by what she does. */
/** "wrenlets", "stormfoxes": a plural ending no English word or first name has, as a team's nickname is coined. */
function isCoinedPlural(key: string): boolean {
  if (key.length <= 3 || !key.endsWith('s') || isKnownFirstName(key) || isPluralOfPersonNoun(key)) return false;
  // (no English word in any singular it may have: "midwives", "ferries", "boxes")
  const singulars = [
    key,
    key.slice(0, -1),
    key.replace(/es$/u, ''),
    key.replace(/ies$/u, 'y'),
    key.replace(/ves$/u, 'f'),
    key.replace(/ves$/u, 'fe'),
  ];
  return !singulars.some((word) => isEnglishWord(word));
}

export function isPluralOfPersonNoun(key: string): boolean {
  // ("fishermen", "businesswomen": "-men" for "-man")
  if (key.endsWith('men') && key.length > 5) return PERSON_NOUNS.has(`${key.slice(0, -3)}man`) || ROLE_NOUNS.has(`${key.slice(0, -3)}man`);
  if (!key.endsWith('s')) return false;
  // ("bosses", "witnesses", "coaches": "-es" after a sibilant)
  const singulars = [
    key.slice(0, -1),
    key.endsWith('ves') ? `${key.slice(0, -3)}fe` : '',
    key.endsWith('es') && SIBILANT_PLURAL.test(key) ? key.slice(0, -2) : '',
  ];
  return singulars.some((singular) => singular !== '' && (PERSON_NOUNS.has(singular) || ROLE_NOUNS.has(singular)));
}

/** "al-Hamra", "bin-Salman": a lower-case particle glued to a capitalised name part. */
function isParticleName(text: string, token: Token): boolean {
  const hyphen = token.text.indexOf('-');
  return (
    hyphen > 0 &&
    hyphen + 1 < token.text.length &&
    RUN_PARTICLES.has(token.lower.slice(0, hyphen)) &&
    isUpperAt(text, token.start + hyphen + 1)
  );
}

/** A lower-case word of a job title before its role noun: "managing", "chief", "technology", "finance". */
function isJobTitleModifier(token: Token): boolean {
  if (token.capitalised || token.numeric) return false;
  const word = token.lower;
  return ROLE_MODIFIERS.has(word) || ORGANISATION_ROLE_NOUNS.has(word) || JOB_TITLE_WORDS.has(word) || /^[a-z]{4,}ing$/.test(word);
}

/** "Finance director Jo Roe", "Managing director …", "Former chairman …": a title's own first word, capitalised only because it opens the sentence. */
function isJobTitleWord(word: string): boolean {
  return ROLE_MODIFIERS.has(word) || JOB_TITLE_WORDS.has(word) || /^[a-z]{4,}ing$/.test(word);
}

/** Fields a job title names before its role noun ("chief technology officer", "commercial director"). */
const JOB_TITLE_WORDS = new Set(['technology', 'financial', 'commercial', 'sales', 'communications', 'general', 'executive', 'co']);

/** "Campaign organiser Jo Roe": a noun capitalised at a sentence's start names a kind, not an organisation. */
function isDictionaryNoun(word: string): boolean {
  return ORGANISATION_DESCRIPTORS.has(word) || ORGANISATION_CUES.has(word) || PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word);
}

/**
 * "Katarina Horvath (KH), speaking through an interpreter; …" over turns labelled "KH:": a person's two or three words
 * with her initials in brackets after them, and a later paragraph opening with those initials as its label, is a
 * transcript's key to her turns, not a body's acronym ("Grace Housing Trust (GHT) said …" stays a body).
 */
function isInitialledSpeaker(text: string, entity: Entity, initials: string): boolean {
  if (entity.type !== 'person') return false;
  const words = entity.text.split(' ');
  const last = (words[words.length - 1] as string).toLowerCase();
  if (words.length < 2 || words.length > 3 || ORGANISATION_CUES.has(last) || WORDNET_ORGANISATION_NOUNS.has(last)) return false;
  // (a label: the initials at a line's start, then a colon, or a bracketed note and a colon)
  for (let at = text.indexOf(`\n${initials}`, entity.end); at >= 0; at = text.indexOf(`\n${initials}`, at + 1))
    if (/^[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:/u.test(text.slice(at + 1 + initials.length, at + 48 + initials.length))) return true;
  return false;
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** Whether `text` has more than one word and its last words are one of `names`: "Ashby Falcons" ends with "Falcons". */
function endsWithName(text: string, names: ReadonlySet<string>): boolean {
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) if (names.has(text.slice(space + 1))) return true;
  return false;
}

/** "RideNow", "PitchIQ", "VoltFleet": two words joined with the second's capital kept; not "McKee", "MacLeod", "DeLuca", "LeBlanc". */
function isJoinedBrandName(word: string): boolean {
  return /^[A-Z][a-z]{2,}[A-Z]/u.test(word) && !/^(?:Mac|Van|Von|Del|Della|Fitz|Ter)[A-Z]/u.test(word);
}

const DOLLAR = '$'.charCodeAt(0);

/** A legislature's word in "Member of Parliament": the post of an elected member, not a body's name. */
const LEGISLATURE_WORDS: ReadonlySet<string> = new Set(['parliament', 'parlament', 'assembly']);

function isAcronymToken(token: Token): boolean {
  let letters = 0;
  // ("CCC's coordinator": a possessive ending is no letter of the acronym)
  const end = token.text.length - possessiveLength(token.text);
  for (let i = 0; i < end; i++) {
    const ch = token.text[i] as string;
    if (ch === '.') continue;
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

/** Words that make a following weekday a date: "on Sunday", "last Saturday", "by Monday". */
/** A time phrase between a verb of saying and its "that" has at most this many words: "on Wednesday", "late last month". */
const MAX_TIME_PHRASE_WORDS = 4;

/** Lower-case words of a time phrase after a verb of saying ("said on Wednesday that", "said earlier this month that"). */
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'earlier',
  'late',
  'early',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'yesterday',
  'today',
  'previously',
  'separately',
  'also',
]);

const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'on',
  'by',
  'until',
  'till',
  'since',
  'from',
  'last',
  'next',
  'this',
  'every',
  'each',
  'before',
  'after',
  'that',
]);

/** Words naming a side of a club after the club's name: "… United Women", "… Town Reserves". */
const TEAM_SIDE_WORDS = new Set(['women', 'ladies', 'reserves', 'juniors', 'veterans', 'academy']);

/** Prepositions before an acronym that modifies a thing: "under UVB lamps", "with ANPR cameras". */
const THING_PREPOSITIONS = new Set(['under', 'with', 'using', 'without', 'by', 'from', 'of', 'on', 'in', 'for']);

/** Words a plural of things may be followed by inside its phrase: "under UVB lamps in a shed", "with ANPR cameras and …". */
const THING_FOLLOWERS = new Set(['in', 'on', 'at', 'and', 'or', 'to', 'for', 'from', 'with', 'that', 'which', 'of', 'across']);

/** Words of a club's name before the word of its side ("… United Women"). */
const MAX_SIDE_NAME_WORDS = 3;

/** Plurals after an acronym that are a body's people or records ("KMV officers", "ABC figures"): the acronym is the body's. */
const BODY_RECORD_PLURALS = new Set([
  'figures',
  'reports',
  'records',
  'documents',
  'papers',
  'accounts',
  'rules',
  'statements',
  'findings',
  'members',
  'officers',
  'officials',
  'sources',
  'services',
  'guidelines',
  'inspectors',
  'workers',
  'teams',
]);

/** A line of this many words all in capitals is a headline, not a run of acronyms. */
const MIN_CAPITALS_RUN = 4;

/** A short title abbreviation in title case ("Cr", "Insp", "Supt."). */
const SHORT_TITLE = /^[A-Z][a-z]{1,3}\.?$/u;

/** A rank or post abbreviated in capitals ("CSP", "ACP"): two to four letters, no dot. */
const RANK_CAPITALS = /^[A-Z]{2,4}$/u;
/** A headline in title case has at least this many words. */
const MIN_TITLE_CASE_WORDS = 4;
/**
 * Words running text writes in lower case, inside names too ("Ministry of Defence"): capitalised after a line's first word,
 * they mark a headline in title case.
 */
const TITLE_CASE_MARKERS: ReadonlySet<string> = new Set(
  `to as for after over with from into onto will would is are was were be been has have had says say said amid despite
  against on at in by of and but or than up out not no its their his her our this that these those after before while
  could can may might must should shall gets get set sets calls call vows warns faces face`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Words that join a list of names: "residents Jane Roe and Tom Hale" are people. */
const CONJUNCTION_WORDS = new Set(['and', '&', 'or']);

/** A plural whose singular WordNet gives a person sense and which is no name itself: "rovers", "tigers", not "banks" or "dumas". */
/** Kinds of place WordNet puts a workshop, a mill or a dairy under, within two links of the noun's first two senses. */
const PLACE_OF_WORK_KINDS = ['workplace', 'works', 'factory'];

/** "creamery", "tannery", "smithy", "distillery": a noun for a place where a trade is carried on (`noun-hypernyms.json`). */
function isPlaceOfWorkNoun(word: string): boolean {
  if (!Object.hasOwn(NOUN_HYPERNYMS, word)) return false;
  const broader = ` ${NOUN_HYPERNYMS[word] as string} `;
  return PLACE_OF_WORK_KINDS.some((kind) => broader.includes(` ${kind} `));
}

/** ("Deputies said": with `creatures` false, a plural for people only; "Hornets said" may name the team met before) */
function isTeamPlural(word: string, creatures = true): boolean {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || PERSON_NOUNS.has(word)) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  // "Ruth Danes": a nationality's plural is a surname as often; "Hemi Walters", "Ana Peters": so is a first name's.
  return (
    (PERSON_NOUNS.has(singular) || (creatures && isCreatureNoun(singular))) &&
    countryOfDemonym(singular) === null &&
    countryOfDemonym(word) === null &&
    !isKnownFirstName(singular)
  );
}

/** Kinds of animal WordNet puts a team's creature under, within two links: "hornet" (a wasp), "osprey" (a raptor). */
const CREATURE_KINDS = [
  'animal',
  'creature',
  'mammal',
  'bird',
  'raptor',
  'hawk',
  'insect',
  'wasp',
  'arachnid',
  'cat',
  'felid',
  'dog',
  'canid',
  'horse',
  'pony',
  'bovid',
  'cervid',
  'reptile',
  'snake',
  'serpent',
  'fish',
  'elasmobranch',
  'whale',
  'monster',
];

/** "falcon", "hornet", "panther", "cobra": a noun for an animal, which a team takes as its name in the plural. */
function isCreatureNoun(word: string): boolean {
  if (!Object.hasOwn(NOUN_HYPERNYMS, word)) return false;
  const broader = ` ${NOUN_HYPERNYMS[word] as string} `;
  return CREATURE_KINDS.some((kind) => broader.includes(` ${kind} `));
}

/** Words between an owner's name and a verb of owning: "Jo Ek has owned …". */
const OWNING_AUXILIARIES = new Set(['has', 'had', 'also']);
