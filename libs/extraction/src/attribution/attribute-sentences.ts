import { MIN_QUOTED_WORDS } from '../claim-type';
import { acronymExpansions, isAcronymWord, organisationOfInitials } from '../entities/acronyms';
import type { Entity } from '../entities/entity';
import type { SentenceTokens } from '../entities/sentence-tokens';
import { isKnownFirstName } from '../entities/gender';
import { isApposedFirmNoun } from '../entities/find-entities';
import { isNominal, Pos } from '../pos-tags';
import type { QuoteSpan, Sentence } from '../sentence';
import { commaAfter, type Token } from '../tokenizer';
import { normaliseName } from '../sources/name-words';
import { MONTHS } from '../lexicon';
import { toSourceRef, type Gender, type SourceRef } from '../sources/source';
import { defaultSourceRegistry, type SourceRegistry } from '../sources/source-registry';
import { readBriefingHeader, readRepresentedBodies, readTitleLineBodies, readWelcomedGroups, type BriefingHeader } from './briefing-header';
import { aboutAnotherBody, bodyNamedUnderAnotherWord, type BodyUnderAnotherWordReader } from './bodies-named-under-another-word';
import {
  breakAfter,
  buildArticleContext,
  entityAtToken,
  isOrganisationNounAt,
  organisationOpeningAt,
  isRoleNounAt,
  isTaggedSpeechVerb,
  isTitleAt,
  firstLineOf,
  firstTokenFrom,
  lastEntityBefore,
  organisationOpensAt,
  sentenceOfToken,
  sourceOfEntity,
  type ArticleContext,
} from './article-context';
import { confidenceOf, unattributed, type AttributedSpeaker, type Attribution, type AttributionMethod } from './attribution';
import {
  ORGANISATION_ROLE_NOUNS,
  PERSON_NOUNS,
  ROLE_EQUIVALENTS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  RUNNING_GROUP_NOUNS,
  TITLE_WORDS,
  WORDNET_ORGANISATION_NOUNS,
  BUSINESS_AGENT_NOUNS,
} from '../entities/roles';
import {
  DEFINITE_DETERMINERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  INSPECTING_LEMMAS,
  RECORD_NOUNS,
  ORGANISATION_NOUNS,
  RESEARCH_PAPER_NOUNS,
  STAFF_WORK,
  BODY_PEOPLE_NOUNS,
  SUBORDINATE_POST_WORDS,
} from './attribution-cues';
import { countryOfDemonym, countryOfPersonDemonym } from '../entities/gazetteer';
import {
  AREA_WORDS,
  COMPANY_TRADE_WORDS,
  LEGAL_FORMS,
  MAX_RELATIVE_CLAUSE,
  OFFICE_NAME_CUES,
  ORGANISATION_CUES,
  ORGANISATION_DESCRIPTORS,
  RELATIVE_PRONOUNS,
} from '../entities/name-cues';
import { denialNoteStart, FINDING_LEMMAS, findCues, type Cue } from './find-cues';
import { authorNamedAfter, speechOwnerPronoun } from './quote-owners';
import {
  addressedPerson,
  calledWitness,
  asksInTurn,
  asksQuestion,
  continuesTurn,
  dashTurns,
  isDescribed,
  interviewedPhrase,
  presentedMedium,
  saysInterviewed,
  firstAfterTimestamp,
  interviewLabelOf,
  narratesInterview,
  selfDeclaredOrganisation,
  recordListedPeople,
  sameCue,
  subtitleParagraphs,
  isReportingRole,
  isByline,
  leftAndJoined,
  isMediaRole,
  isPresentingRole,
  opensWithLabel,
  type InterviewLabel,
  unlabelledTurns,
} from './interview';
import {
  buildPersonProfiles,
  INDEFINITE_ARTICLES,
  introducedHolders,
  LEADS_VERBS,
  type HolderOwner,
  type PersonProfiles,
  type TokenRange,
} from './person-profiles';
import { bodyFitsPost, isWorkplacePost, latestBodyNamedBy, postBodyOf, postWorksIn } from './post-bodies';
import { broaderNouns } from '../conflicts/same-thing';
import { bodyEmploysStaffOf, staffKindOfPlural } from './staff-occupations';
import {
  ownPronounGender,
  outrankedByPronoun,
  pronounSpeakerBefore,
  resolveReference,
  subjectPerson,
  subjectPronoun,
  type AttributionEvent,
} from './references';
import {
  earlierOrganisationNamed,
  genderFromWords,
  headsOrganisationNamedBefore,
  holdsAll,
  isLocalGovernmentOf,
  isMediaOrganisation,
  outletNamedInFullBefore,
  mediumOwningName,
  nameHeadWord,
  ministryOfRole,
  namedAsPersonElsewhere,
  PAIR_MEMBER_WORDS,
  parseSpeakerPhrase,
  type Actor,
  type CountryContext,
  type PersonDraft,
  type SpeakerReference,
  isKinWord,
  portfolioRunsFrom,
} from './speaker-phrase';
import { endsWithPossessiveS, isPatternSpace, lowerCase } from '../text-chars';
import { isCommonWord as isEnglishWord } from '../matching/synonyms';
import { packedMap } from '../packed-map';
import { isArticleFurniture } from '../article-furniture';

export interface AttributeOptions {
  /** Sources to recognise (default: the curated list). */
  registry?: SourceRegistry;
  /** Entities of this text already found with `findEntities(text, sentences)`: saves finding them twice. */
  entities?: readonly Entity[];
  /** `tokenizeSentences(text, sentences)` when the caller has it: saves tokenising the article again. */
  sentenceTokens?: SentenceTokens;
}

/** An attribution with what later sentences need to refer back to it. */
interface Draft {
  attribution: Attribution;
  gender: Gender | null;
  countries: string[];
}

/** "Foreign Ministry" borrows the country of the last few speakers. */
const CONTEXT_EVENTS = 6;
/** The article's opening sentences (headline, standfirst, byline, lede): an organisation named there is its topic. */
const MAX_TOPIC_SENTENCES = 4;
/** Roles that name the person holding the same post on the other side ("his opposite number"), and the possessives that own them. */
const COUNTERPART_ROLES = new Set(['opposite number', 'counterpart']);
const COUNTERPART_OWNERS: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);
/** A description nothing explains ("The truce mission said …") may be named in this many sentences after it. */
const MAX_FORWARD_SENTENCES = 2;
/** How far on a headline's or a standfirst's bare description ("Ferry operator warns …") may find the body it stands for. */
const MAX_HEADLINE_FORWARD_SENTENCES = 24;
/**
 * A turn runs on over at most this many paragraphs after its label's with no label of their own, and only
 * when a label opens one of the paragraphs after them (a speaker's answer over three paragraphs, then the
 * next question); after a transcript's last label only a first-person answer carries on (`continuesTurn`).
 */
const MAX_CONTINUED_PARAGRAPHS = 3;
/** The interviewee of a transcript is named at most this many paragraphs before its first label. */
const MAX_INTRODUCTION_PARAGRAPHS = 4;
/** "the fisheries ministry" looks this many attributed sentences back for the ministry a fisheries minister spoke for. */
const MAX_NARROWED_EVENTS = 24;
/** How many attributed sentences back a definite description of a person looks for the one it describes. */
const MAX_DESCRIBED_EVENTS = 12;
/** "at Osterhavn", "from the Kelby Trust": a capitalised name after a preposition of working somewhere. */
const EMPLOYER_AFTER = /^\s+(?:at|of|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;
const MAX_EMPLOYER_CHARS = 80;
/** "she" may point to a person named (not quoted) this many paragraphs back. */
const MAX_MENTION_PARAGRAPHS = 2;
/** … and at most this many sentences back (keeps long single-paragraph texts linear). */
const MAX_MENTION_SENTENCES = 40;
/** Who writes a document: "its authors", "its lead author" (a body has staff, a study has authors). */
const AUTHOR_NOUNS = new Set(['author', 'authors', 'co-author', 'co-authors', 'coauthor', 'coauthors']);
/** Documents that are records or tallies, which no one writes as an author: "figures", "data", "statistics". */
const UNAUTHORED_DOCUMENT_NOUNS = new Set(['figures', 'data', 'statistics', 'records', 'count', 'counts', 'logs', 'accounts', 'minutes']);
/** "The latter said" looks for the two people it chooses from this many paragraphs back, no further. */
const MAX_PAIR_PARAGRAPHS = 3;
/** "the association": the organisation of that name named at most this many paragraphs back (transcripts have short paragraphs). */
const MAX_ORGANISATION_PARAGRAPHS = 12;
/** "the agency", "its director": any organisation, named at most this many paragraphs back. */
const MAX_GENERIC_PARAGRAPHS = 4;
/** "told the Gazette": the verb of an outlet a speaker talked to, around the outlet's cue. */
const TOLD_BEFORE_OUTLET = /\btold\b/iu;
/** Characters around an outlet's cue looked at for "told". */
const MAX_TOLD_CHARS = 12;
/** Letters of the shortest first word of an organisation's name that may stand for it alone ("Brightwell"). */
const MIN_SHORT_NAME_LETTERS = 4;
/** "the regional water authority's director": words between the article and a possessive organisation noun. */
const MAX_OWNER_MODIFIERS = 3;
/** … and at most this many entity mentions back (keeps long single-paragraph texts linear). */
const MAX_ORGANISATION_LOOKBACK = 60;
/** Verbs of a tie ended after "until she": "until he retired", "until she left". */
const LEAVING_VERBS = new Set(['left', 'quit', 'retired', 'resigned']);
/** Words of a post held once before the post or body in a person's description: "a former X manager", "an ex-chairman of X". */
const FORMER_POST_WORDS = new Set(['former', 'ex', 'erstwhile', 'one-time']);
/** Words of a post held now, after a post held once: "a former nurse who now runs X", "Name, now an MP". */
const PRESENT_POST_WORDS = new Set(['now', 'currently']);

/** A token that is a year of the last two centuries ("2017"). */
function isYear(token: Token | undefined): boolean {
  return token !== undefined && /^(?:19|20)\d\d$/u.test(token.text);
}
/** Subject pronouns after "until" ("until she retired"). */
const SUBJECT_PRONOUNS_OF_TIES = new Set(['he', 'she', 'they']);
/** Past forms of a job's verbs not ending in "-ed" ("ran the yard until 2019"). */
const PAST_TIE_VERBS = new Set(['ran', 'led', 'was', 'were', 'taught', 'held', 'built', 'kept']);
/** Words after "until" that date a past tie's end without a year: "until last year", "until recently", "until earlier this year". */
const ENDED_TIE_TIMES = new Set(['last', 'recently', 'earlier']);
/** Words between a verb of leading and the name it takes: "the 40-room" in "who runs the 40-room Hotel X". */
const MAX_LED_MODIFIERS = 3;
/** How many tokens back "The German team's leader" looks for the German team's body (`organisationOfDemonymBefore`). */
const MAX_DEMONYM_GROUP_LOOKBACK = 400;
/** "a German team from X", "the Danish crew of X": the prepositions tying a nationality's group to its body. */
const GROUP_ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of', 'at']);
/** "Port authority deputy spokesman Jane Roe": a role noun this many words at most after the organisation noun it belongs to. */
const MAX_ROLE_DISTANCE = 3;
/** A person introduced with an organisation's role and none named speaks for the organisation that spoke this many sentences back at most. */
const MAX_JUST_SPOKEN_SENTENCES = 2;
/** A body's name heads at most this many lines of officials listed under it. */
const MAX_LISTED_UNDER_HEADING = 8;
/** A line listing a person and her post has at most this many tokens. */
const MAX_LISTED_LINE_TOKENS = 14;
/** "The supporters' group NAME": lower-case words of a description before a subject's name, at most. */
const MAX_DESCRIPTOR_BEFORE_NAME = 3;
/** Possessives that say whose a role is: "its chief executive", "their spokesman". */
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her']);
/** Words that set a description's organisation apart from the one named before: "opposition party leader", "a former council official". */
const CONTRASTING_WORDS = new Set([
  'opposition',
  'rival',
  'former',
  'other',
  'another',
  'breakaway',
  'ex',
  'enlarged',
  'combined',
  'merged',
]);
/** Words before the verb of a clause about a post to come: "will", "is to", "is due to", "is set to", "would". */
const PROSPECTIVE_AUXILIARIES = new Set(['will', 'would', 'is', 'was', 'are', 'due', 'set', 'expected', 'to', 'then', 'later', 'also']);
const MAX_PROSPECTIVE_AUXILIARIES = 4;
/** Verbs of taking up a post: "who will become", "who is to take over as", "who is due to join". */
const PROSPECTIVE_VERBS = new Set(['become', 'take', 'join', 'succeed', 'replace', 'lead', 'run', 'head', 'chair']);
/** Nouns for the body that governs an organisation ("the board"), which speaks for it when no body of that name is met. */
const GOVERNING_NOUNS: ReadonlySet<string> = new Set(['board']);
/** A body's side or squad, named by the kind of body that fields it: "Team officials said" are a club's people. */
const FIELDED_BY: ReadonlyMap<string, string> = new Map([['team', 'club']]);
/** Bodies that run the organisation they sit in: "Cabinet members", "Board members" speak for the council, the company. */
const RUNNING_BODY_NOUNS: ReadonlySet<string> = new Set(['cabinet', 'board', 'executive']);
/** Bodies that sit to hear or judge, whose members speak for that body alone: "Panel members", "Committee members". */
const SITTING_BODY_NOUNS: ReadonlySet<string> = new Set(['panel', 'committee', 'commission', 'jury', 'tribunal', 'forum', 'assembly']);
/** Of those, the people who run a body, never a trade union's side. */
const MANAGING_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['directors', 'executives', 'administrators', 'managers']);
/** Words that set a body's people apart from it: "Independent councillors", "Local councillors", "former directors". */
const APART_FROM_BODY_WORDS: ReadonlySet<string> = new Set([
  'independent',
  'local',
  'ward',
  'opposition',
  'backbench',
  'rebel',
  'dissident',
  'former',
  'retired',
  'ex',
  'other',
  'some',
  'many',
  'several',
  'ordinary',
  'individual',
  'new',
]);

/** Words of "according to", "as quoted by", "citing" that open a source-phrase cue. */
const SOURCE_PHRASE_WORDS = new Set(['according', 'to', 'as', 'quoted', 'cited', 'reported', 'by', 'citing', 'quoting', 'laut']);
/** "head of surgery at the hospital", "a lawyer for the company": prepositions tying a person to an organisation. */
const ORGANISATION_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from']);
/** Verbs of belonging to a body before a preposition, in the present ("who worked at the agency" has left it): "who works for the board", "who sits on the council". */
const MEMBERSHIP_VERBS = new Set(['works', 'sits', 'serves', 'volunteers']);
/** "On the pitch in Harwick, …": words of a fronted adverbial before the subject of a sentence introducing a person. */
const MAX_FRONTED_WORDS = 8;
/** Tokens of the subject (with its appositions) of a sentence introducing a person, up to its verb. */
const MAX_INTRODUCED_SUBJECT = 24;
/** Participles naming a person inside an apposition: "a retired postman named Jo Roe". */
const NAMING_PARTICIPLES = new Set(['named', 'called']);
/** Words of a description before an organisation's name in apposition: "The hospital in her own town, X,". */
const MAX_APPOSITION_DESCRIPTION = 8;
/** Nouns that may stand for any organisation, not only one whose name has the word: "the agency" for the Northern Water Authority. */
const GENERIC_ORGANISATION_NOUNS = new Set([
  'agency',
  'company',
  'group',
  'organisation',
  'organization',
  'firm',
  'operator',
  'body',
  'charity',
]);

/** Plural outlets a chain's name ends with: "… Stores", "… Supermarkets", "… Hotels". */
const CHAIN_NAME_WORDS: ReadonlySet<string> = new Set([
  'stores',
  'supermarkets',
  'shops',
  'hotels',
  'restaurants',
  'pharmacies',
  'pubs',
  'inns',
  'cafes',
  'bakeries',
  'garages',
  'cinemas',
]);

/** Last words of a co-operative's name: its members ("… Farmers", "… Growers") or their trade ("… Dairy"). */
const COOPERATIVE_NAME_WORDS: ReadonlySet<string> = new Set(['farmers', 'growers', 'producers', 'fishermen', 'dairy', 'dairies']);

/** Public bodies by the last word of their names: what "the watchdog" or "the regulator" may stand for. */
const OVERSIGHT_BODIES = new Set(['authority', 'office', 'inspectorate', 'commission', 'agency', 'board', 'directorate', 'ombudsman']);
/**
 * Nouns that say what an organisation does, not what its name is made of: "the watchdog" may be the "Rivers
 * Inspectorate" or the "state audit office", "the force" a police force, "the airline" "… Air" or "… Airways",
 * "the hospital" "… Infirmary" or "… Medical Center".
 */
/** Company legal forms as `normaliseName` leaves them, which may close a name after its kind's word ("co" of "… Co."). */
const NAME_LEGAL_FORMS: ReadonlySet<string> = new Set([...[...LEGAL_FORMS].map((form) => normaliseName(form)), 'co']);
/** The words an insurer's name ends with (a legal form after them aside): "… Mutual", "… Insurance Co.". */
const INSURER_NAME_WORDS: ReadonlySet<string> = new Set(['mutual', 'insurance', 'assurance', 'insurers']);
const FUNCTION_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['watchdog', OVERSIGHT_BODIES],
  ['regulator', OVERSIGHT_BODIES],
  ['force', new Set(['police', 'constabulary'])],
  // "the utility" is a water, power or gas company: "… Bulk Water", "… Power", "… Gas".
  ['utility', new Set(['water', 'power', 'energy', 'gas', 'electric', 'electricity', 'utilities'])],
  ['airline', new Set(['air', 'airlines', 'airways'])],
  // "the metro" is the metropolitan municipality ("… Metropolitan Municipality").
  ['metro', new Set(['municipality'])],
  // ("the carrier" is an airline, or in insurance news an insurer: "… Mutual Insurance Co.")
  ['carrier', new Set(['air', 'airlines', 'airways', ...INSURER_NAME_WORDS])],
  // "the hospital" may be the "… Infirmary" or the "… Medical Center": a name's last two words count too.
  ['insurer', INSURER_NAME_WORDS],
  // "the lender" is a bank, a building society, a credit union: "… Savings Bank", "… Credit Union".
  ['lender', new Set(['bank', 'banks', 'bancorp', 'building society', 'credit union', 'savings', 'lending', 'finance', 'mortgages'])],
  ['hospital', new Set(['infirmary', 'medical center', 'medical centre', 'clinic', 'hospitals'])],
  // "Harbour City FC … the club": a football or rugby club named by its initials.
  ['club', new Set(['fc', 'afc', 'rfc'])],
  // "Castlegate Stores … the chain": a chain of shops, hotels or restaurants named by its outlets.
  ['chain', CHAIN_NAME_WORDS],
  // "Pennine Dairy Farmers … the co-operative": a co-operative named by its members or their trade.
  ['cooperative', COOPERATIVE_NAME_WORDS],
  ['co operative', COOPERATIVE_NAME_WORDS],
  ['co op', COOPERATIVE_NAME_WORDS],
  ['supermarket', CHAIN_NAME_WORDS],
]);

/** Heads of a public body's name that supplies what a utility does ("… Water Authority", "… Power District"), not one overseeing it. */
const UTILITY_BODY_HEADS: ReadonlySet<string> = new Set(['authority', 'district', 'board', 'corporation', 'department', 'cooperative']);

/** Function nouns whose kind may be any word of a name, not only its last: "the force" → "Oxley Police District". */
const KINDS_ANYWHERE = new Set(['force']);

/**
 * Whether a name (normalised words) fits the organisation noun `key`: it holds the noun, or ends in one (or two words)
 * the noun stands for ("the insurer" → "… Mutual", "the hospital" → "… Medical Center").
 */
function nameHoldsNoun(words: readonly string[], key: string): boolean {
  // "the service" → "… Health Services": the noun's plural as a word of the name.
  if (holdsNounWords(words, key) || words.includes(`${key}s`)) return !holdsKindAsTopic(words, key);
  // "the union" → "Pier Dockers' Association", "Foundry Employees Local 9": a body of workers by another kind's word.
  if (key === 'union') return words.some((word) => WORKER_WORDS.has(word)) && words.some((word) => WORKER_BODY_HEADS.has(word));
  const kinds = FUNCTION_NOUNS.get(key);
  if (!kinds) return false;
  // "the utility" → "Tarn Basin Water Authority", "Elm Creek Water District": a public body that supplies water or power.
  if (key === 'utility' && UTILITY_BODY_HEADS.has(headOfName(words)) && words.some((word) => kinds.has(word)))
    return !words.some((word) => word.startsWith('regulat'));
  // "the force" → "Oxley Police District", "Police Service of Kell": a police force holds its word anywhere in its name.
  if (KINDS_ANYWHERE.has(key)) return words.some((word) => kinds.has(word));
  // "the regulator" → "Territory Office of Quarry Regulation": a name with "of" is headed by the noun before it.
  if (words.includes('of') && kinds.has(headOfName(words))) return true;
  // ("… Mutual Insurance Co", "… Savings Bank Inc": a legal form after the kind's word is no part of it)
  const end = words.length > 1 && NAME_LEGAL_FORMS.has(words[words.length - 1] as string) ? words.length - 1 : words.length;
  return kinds.has(words[end - 1] ?? '') || kinds.has(words.slice(Math.max(0, end - 2), end).join(' '));
}

/**
 * Whether a name's words hold the noun `key` (normalised): as one of its words, or a hyphenated noun ("co operative" of
 * "the co-operative") as its words in a row; one written solid in one place and hyphenated in the other is the same noun
 * ("the cooperative" and "… Co-operative", "the co-operative" and "… Cooperative").
 */
function holdsNounWords(words: readonly string[], key: string): boolean {
  if (words.includes(key)) return true;
  const parts = key.split(' ');
  const solid = parts.join('');
  for (let i = 0; i < words.length; i++) {
    if (parts.length > 1 && words[i] === solid) return true;
    if (parts.length > 1 && parts.every((part, j) => words[i + j] === part)) return true;
    if (parts.length === 1 && i + 1 < words.length && `${words[i]}${words[i + 1]}` === key) return true;
  }
  return false;
}

/** Organisation nouns a business's name may end with: "the company" can be "… Haulage Group", not "… Water Authority". */
const COMMERCIAL_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'operator',
  'utility',
  'cooperative',
  'co-op',
  'bank',
  'insurer',
  'lender',
  ...CHAIN_NAME_WORDS,
  ...COMPANY_TRADE_WORDS,
]);

/**
 * "the company", "the firm" stand for a business: never an organisation whose name ends in another kind's noun
 * (an authority, a board, an association, a ministry). A name with no organisation noun at its end fits any.
 */
function fitsGenericNoun(noun: string | null, name: string): boolean {
  if (noun === 'agency') return fitsAgency(name);
  if (noun !== 'company' && noun !== 'firm' && noun !== 'operator' && noun !== 'charity') return true;
  const words = normaliseName(name).split(' ');
  const head = headOfName(words);
  // ("the company" after "Harbourside Riders' Group" spoke: a body of its members, not the business they deal with)
  if (noun !== 'charity' && isMembersBody(words, head)) return false;
  // "the charity" is never a public body, a union or a business by its legal form ("… Oversight Board", "… Ltd").
  if (noun === 'charity') return !PUBLIC_BODY_WORDS.has(head) && !NON_CHARITY_HEADS.has(head) && !NAME_LEGAL_FORMS.has(head);
  // "the operator" runs a service: a business, or a public body that runs one, never one that oversees, judges or campaigns.
  if (noun === 'operator') return !ORGANISATION_NOUNS.has(head) || COMMERCIAL_NOUNS.has(head) || OPERATING_BODY_HEADS.has(head);
  return !ORGANISATION_NOUNS.has(head) || COMMERCIAL_NOUNS.has(head);
}

/** Heads of a name of a body its members make up, which "the agency" never stands for (`fitsAgency`). */
const MEMBERSHIP_HEADS: ReadonlySet<string> = new Set([
  'association',
  'union',
  'federation',
  'guild',
  'society',
  'party',
  'club',
  'alliance',
  'coalition',
  'confederation',
]);

/** "the agency" is any public or private body acting for others, not an association, union or party of members. */
function fitsAgency(name: string): boolean {
  const words = normaliseName(name).split(' ');
  const head = headOfName(words);
  return words.includes('agency') || (!MEMBERSHIP_HEADS.has(head) && !isMembersBody(words, head));
}

/**
 * "the charity" is not the "Office of Charity Oversight" nor the "Charity Tribunal": a kind's noun (company, firm,
 * operator, charity) written inside a name that another kind's noun heads names what the body deals with, not what it is.
 */
function holdsKindAsTopic(words: readonly string[], key: string): boolean {
  return (
    (key === 'company' || key === 'firm' || key === 'operator' || key === 'charity') &&
    headOfName(words) !== key &&
    !fitsGenericNoun(key, words.join(' '))
  );
}

/** "Department of the Environment", "Ministry of Health": the noun before "of" heads the name, else its last word. */
function headOfName(words: readonly string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** Heads of a name that no charity has: oversight offices, unions, parties. */
const NON_CHARITY_HEADS: ReadonlySet<string> = new Set(['ombudsman', 'regulator', 'inspectorate', 'union', 'party', 'tribunal']);

/** Public bodies that run a service themselves, which "the operator" may stand for ("… Bus Authority", "… Port Corporation"). */
const OPERATING_BODY_HEADS: ReadonlySet<string> = new Set([
  'authority',
  'corporation',
  'council',
  'executive',
  'service',
  'services',
  'agency',
  'board',
  'municipality',
  'trust',
  'airport',
  'port',
  'harbour',
  'railway',
  'railways',
]);

/** Workers a union may be named for under another kind's word ("… Dockers' Association", "… Seafarers' Federation"). */
const WORKER_WORDS: ReadonlySet<string> = new Set([
  'workers',
  'employees',
  'drivers',
  'couriers',
  'nurses',
  'teachers',
  'teamsters',
  'tenants',
  'staff',
  'officers',
  'pilots',
  'doctors',
  'lecturers',
  'firefighters',
  'porters',
  'dockers',
  'miners',
  'seafarers',
]);

/** People a body of members is named for: "… Residents' Federation", "… Canal Users' Group", "… Employees Local 12". */
const MEMBER_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  ...WORKER_WORDS,
  'users',
  'riders',
  'passengers',
  'commuters',
  'residents',
  'parents',
  'patients',
  'traders',
  'members',
  'campaigners',
]);

/** Kind words a workers' union's name may hold besides "union": "… Association", "… Federation", "… Local 9". */
const WORKER_BODY_HEADS: ReadonlySet<string> = new Set(['association', 'federation', 'guild', 'alliance', 'local']);

/** Heads of a name that say it is a body of members speaking for them: a union, a federation, a guild. */
const MEMBERS_BODY_HEADS: ReadonlySet<string> = new Set(['union', 'federation', 'guild', 'confederation']);

/** Whether a name (normalised words, its head) is a body of members, who deal with a business rather than being one. */
function isMembersBody(words: readonly string[], head: string): boolean {
  return MEMBERS_BODY_HEADS.has(head) || words.some((word) => MEMBER_PEOPLE_WORDS.has(word));
}

/** How `ministryOfRole` names the ministry a minister's title implies. */
const DERIVED_MINISTRY = 'Ministry of ';

/** The words of a department's name that say what it is, not what it covers. */
const DEPARTMENT_NAME_WORDS = new Set(['department', 'ministry', 'of', 'for', 'the', 'and']);

/** Longest first line read as the text's heading. */
const MAX_HEADING_CHARS = 200;

/** "Department for Transport", "Ministry of Health", "Health Department": a government department's name. */
function isDepartmentName(name: string): boolean {
  const words = normaliseName(name).split(' ');
  return words.includes('department') || words.includes('ministry');
}

/** Nouns British and Irish news use for any public body, a council above all: "the authority", "the local authority". */
const PUBLIC_BODY_REFERENCE_NOUNS = new Set(['authority']);

/** Whether "the authority" may stand for the named organisation: a name headed by a public body's noun. */
function standsForPublicBody(noun: string | null, name: string): boolean {
  if (noun === null || !PUBLIC_BODY_REFERENCE_NOUNS.has(noun)) return false;
  return PUBLIC_BODY_WORDS.has(headOfName(normaliseName(name).split(' ')));
}

/**
 * "Veltra Motors is to shed 1,800 posts, the carmaker announced": a noun for a business by its trade (WordNet's
 * organisation nouns that no name carries as its own kind word: "carmaker", "automaker", "lender" is one too) stands
 * for a business subject of its own sentence, never a public body, a union or a party (`fitsGenericNoun`).
 */
function namesBusinessOf(noun: string, name: string): boolean {
  const trade = BUSINESS_AGENT_NOUNS.has(noun) || (WORDNET_ORGANISATION_NOUNS.has(noun) && !ORGANISATION_CUES.has(noun));
  return trade && !FUNCTION_NOUNS.has(noun) && !OVERSIGHT_BODIES.has(noun) && fitsGenericNoun('company', name);
}

/** The entry counted most (the first of equals) and the count of the next, for the story's organisation rules. */
function leaderOf<T extends { count: number }>(entries: Iterable<T>): { best: T | null; runnerUp: number } {
  let best: T | null = null;
  let runnerUp = 0;
  for (const entry of entries) {
    if (!best || entry.count > best.count) {
      runnerUp = best?.count ?? 0;
      best = entry;
    } else runnerUp = Math.max(runnerUp, entry.count);
  }
  return { best, runnerUp };
}

/** An outlet actor's medium as written, or the full name a short name stands for (`outletNamedInFullBefore`). */
function outletInFull(context: ArticleContext, actor: Actor): string | null {
  if (actor.outletSource !== null) return actor.outlet;
  return outletNamedInFullBefore(context, actor.outlet, actor.start) ?? actor.outlet;
}

/** Whether two names are one organisation's, one the other's opening words: "Ashby" and "Ashby Rovers". */
function isShortFormOf(a: string, b: string): boolean {
  const [short, long] = [normaliseName(a), normaliseName(b)].sort((x, y) => x.length - y.length) as [string, string];
  return short === long || long.startsWith(`${short} `);
}

/** Where `word` last occurs in `text` as a whole word, capitalised as given; -1 when it does not. */
function lastWordAt(text: string, word: string): number {
  let at = text.lastIndexOf(word);
  while (at >= 0) {
    const before = at === 0 ? '' : text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = at === 0 ? -1 : text.lastIndexOf(word, at - 1);
  }
  return -1;
}

/** "Athletic" of "Dunholm Athletic": the one name is the other's last words, the place before them left out. */
function isPlaceLessFormOf(a: string, b: string): boolean {
  const [short, long] = [normaliseName(a), normaliseName(b)].sort((x, y) => x.length - y.length) as [string, string];
  return long.endsWith(` ${short}`);
}

function lastWordOf(name: string): string {
  return name.split(/\s+/u).pop() ?? '';
}

/** Two or more words, no known first name, a plural last word: "Harwell Comets" may be a team the entity finder took for a person. */
function looksLikeNickname(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && !isKnownFirstName(words[0] as string) && /[a-z]s$/.test(words[words.length - 1] as string);
}

/** Last words of a sports club's name that name no other kind of body: "Dunholm Athletic", "Brackwell Albion", "X FC". */
const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set(['athletic', 'albion', 'united', 'fc', 'afc', 'rfc']);

/** Organisation words that also stand for a name holding none ("Brackwell Albion … the club said", "RideNow … the company said"). */
const KIND_NOUNS_OF_BARE_NAMES: ReadonlySet<string> = new Set(['club', 'company']);

/**
 * "the club", "the gallery", "the campaign", "the retailer": kinds of organisation often named by a proper name that
 * lacks the kind's word (the nouns that describe such a name: "the campaign NAME", "the club, NAME,") may stand for an
 * organisation whose name ends in no organisation word ("NAME Wanderers", "NAME Yards"). Kinds whose word names carry
 * ("union", "bank", "trust") need it, but for a club (a team is named by its nickname) and a company (a brand's name). "the
 * ministry" never fits.
 */
function fitsNamelessKind(noun: string | null, name: string): boolean {
  if (noun === null || !ORGANISATION_DESCRIPTORS.has(noun) || (ORGANISATION_CUES.has(noun) && !KIND_NOUNS_OF_BARE_NAMES.has(noun)))
    return false;
  const words = normaliseName(name).split(' ');
  const last = words[words.length - 1] ?? '';
  // ("… Athletic", "… United", "… FC": words that end only a sports club's name say it is one)
  if (noun === 'club' && CLUB_NAME_ENDINGS.has(last)) return true;
  // ("Institut für Agrarökologie", "Liga Atlántica de Baloncesto": a name its kind word opens says its kind too)
  const first = words.length > 1 ? (words[0] as string) : '';
  if (ORGANISATION_NOUNS.has(first) || ORGANISATION_CUES.has(first)) return false;
  // ("… Ombudsman", "… Regulator": an office's name says its kind)
  return !ORGANISATION_NOUNS.has(last) && !ORGANISATION_CUES.has(last) && !OFFICE_NAME_CUES.has(last);
}

/**
 * Who each sentence is attributed to, in the order of `sentences` (from
 * `segmentText(text)`; `quotes` from the same call). Never guesses: a sentence
 * with no attribution clause, quote, label or reference to an earlier speaker
 * is `unattributed` (the author's own claim).
 *
 * Per sentence, in text order:
 * 1. An interview label ("Q:", "A:", "Berg:") opening the paragraph: the
 *    paragraph is that speaker's own words, as if quoted, so an "according to"
 *    inside an answer stays the interviewee's.
 * 2. Attribution clauses outside quote marks: "X said (that)", "…, X said",
 *    "…,” said X", "according to X", "as quoted by X", "citing X", "X called on",
 *    "Kyiv has pointed out". A clause naming only a media source is the
 *    outlet ("…, Tagesblick Online reported"), so is "told Reuters"; the speaker
 *    stays the one who spoke. With several speaker clauses, one that closes the
 *    sentence wins ("Norway denied X, the minister said"), else the first; a
 *    person named in one and an organisation in another are combined.
 * 3. "he said", "the statement said", "the opposition lawmakers cited" point to
 *    an earlier sentence's speaker (references.ts); the outlet carries over
 *    when that sentence is in the same or the previous paragraph.
 * Then every sentence of a direct quote gets the attribution found in any
 * sentence of that quote, and a fully quoted sentence without one that follows
 * an attributed sentence continues it (`continued-quote`).
 */
export function attributeSentences(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  options: AttributeOptions = {},
): Attribution[] {
  if (!Array.isArray(sentences) || sentences.length === 0) return [];
  if (typeof text !== 'string' || text.length === 0) return sentences.map(() => unattributed());
  const context = buildArticleContext(
    text,
    sentences,
    Array.isArray(quotes) ? quotes : [],
    options.registry ?? defaultSourceRegistry,
    options.entities,
    options.sentenceTokens,
  );
  const profiles = buildPersonProfiles(context);
  recordListedPeople(context, profiles);
  readTitleLineBodies(context, profiles);
  readRepresentedBodies(context, profiles);
  readWelcomedGroups(context, profiles);
  const header = readBriefingHeader(context, profiles);
  return new Attributor(context, profiles, header).run();
}

/** Words of a spokesperson's post: "spokesman", "spokeswoman", "spokesperson", "spokespeople". */
const SPOKESPERSON_WORDS = /^spokes/u;
/** Words opening a fronted clause of a reporter's question before a spokesperson's answer: "When the Echo asked …". */
const FRONTED_ASKING_OPENERS: ReadonlySet<string> = new Set(['when', 'after']);
/** Verbs of asking a body in that clause: "asked X about", "contacted X", "put the figures to X". */
const ASKING_VERBS: ReadonlySet<string> = new Set(['asked', 'contacted', 'approached', 'emailed', 'put']);

/** Words of a police force's name. */
const POLICE_NAME_WORDS = new Set(['police', 'constabulary']);

/** Whether an organisation's name is a police force's. */
function isPoliceName(name: string): boolean {
  return normaliseName(name)
    .split(' ')
    .some((word) => POLICE_NAME_WORDS.has(word));
}

class Attributor {
  private readonly results: Array<Attribution | null>;
  private readonly history: AttributionEvent[] = [];
  /** The people some paragraph labels by name, for `labelledByName`; built on first use. */
  private namedLabels: ReadonlySet<PersonDraft> | null = null;
  /** Speakers of a transcript who said they moved to another organisation, and that organisation. */
  private readonly movedTo = new Map<string, { organisation: string; source: SourceRef | null }>();
  /** The interviewee of each "Q:"/"A:" transcript, by its first sentence. */
  private readonly interviewees = new Map<number, PersonDraft | null>();
  /** The post a "Q:"/"A:" transcript's introduction interviewed when it names no one, by the transcript's first sentence. */
  private readonly interviewedPosts = new Map<number, Attribution | null>();
  /** Offset of a fronted "Speaking for X," phrase the current sentence's speaker was read with, else -1. */
  private frontedSpokenFor = -1;
  /** First sentence of the current run of labelled paragraphs. */
  private transcriptStart = 0;
  /** The interview label of the current paragraph: it holds for all of its sentences. */
  private paragraphLabel: InterviewLabel | null = null;
  /** Sentences of a question turn that report someone ("Q: The board says …"): `asked` on their attribution. */
  private readonly askedSentences = new Set<number>();
  /** The person the latest question of the transcript addressed by name ("Q: Dr Roe, how …?"): she answers. */
  private addressee: PersonDraft | null = null;
  /** The turns of unlabelled print Q&As, by their paragraphs' first sentences (`unlabelledTurns`), read when first needed. */
  private unlabelled: Map<number, 'question' | 'answer'> | null = null;
  /** The person who answered the latest "A:" turn: a transcript that resumes after the author's paragraphs is still hers. */
  private lastAnswerer: PersonDraft | null = null;
  /** The person the last question addressed has answered under a label of her own since ("Minister: …"). */
  private addresseeAnswered = false;
  /**
   * The medium the transcript's interviewer asks for, "your paper" in an answer: an outlet's label ("COURIER:"), or
   * the organisation of an interviewer labelled by her name ("Piet Oldenkamp of the Aasby Herald").
   */
  private interviewerMedium: string | null = null;
  /** Paragraphs without a label of their own that the current turn has run over (`MAX_CONTINUED_PARAGRAPHS` at most). */
  private continuedParagraphs = 0;
  /** The turn before a subtitle file's cue number, timing line or sound, and its speaker: the next cue carries it on. */
  private heldTurn: { label: InterviewLabel; speaker: string | null } | null = null;
  private readonly countries: CountryContext = () => this.recentCountries();
  /** Which sentences are bylines (`isBylineSentence`), built on first use. */
  private bylines: Uint8Array | undefined = undefined;
  /** Head nouns of the descriptions set beside each organisation's name ("X, the industry regulator,"), by name; built on first use. */
  private apposedNouns: Map<string, Set<string>> | null = null;
  private underAnotherWordReader: BodyUnderAnotherWordReader | null = null;
  /** Every head noun of those descriptions ("manufacturer" of "X, a Dutch manufacturer,"), whatever name it describes. */
  private readonly apposedHeads = new Set<string>();
  /** The modifiers of those descriptions' heads, by the same name key: "players" of "X, the players' union,". */
  private readonly apposedWords = new Map<string, Set<string>>();
  /** What each earlier description of a person named as her organisation (see `organisationOfDescription`). */
  private readonly descriptionOrganisations = new Map<TokenRange, { organisation: string; source: SourceRef | null } | null>();
  /** Sentences whose spokesperson answered a body asked in a fronted clause (`organisationAskedBefore`). */
  private readonly askedBodies = new Set<number>();
  /** Speakers whose description told of a tie ended, with the organisation it had given them (`tieEndedInCue`). */
  private readonly endedTies = new Map<string, string | null>();
  /** Kin words set before each person's name ("His father, Jo Roe,"), read once when a description needs them. */
  private kinWords: Map<PersonDraft, string[]> | null = null;
  /** `indexLongerNames` and `indexNamesHoldingWord` of the article's entities, built on first use. */
  private longerNames: LongerNames | null = null;
  private namesHoldingWord: Map<string, NamesHoldingWord> | null = null;
  /** People the text has called "they" (singular "they"), so a later "they say" after their words is theirs again. */
  private readonly singularThey = new Set<string>();

  constructor(
    private readonly context: ArticleContext,
    private readonly profiles: PersonProfiles,
    private readonly header: BriefingHeader | null = null,
  ) {
    this.results = packedMap(context.sentences, () => null);
  }

  run(): Attribution[] {
    const { sentences } = this.context;
    for (let s = 0; s < sentences.length; s++) {
      if (s === 0 || (sentences[s] as Sentence).paragraph !== (sentences[s - 1] as Sentence).paragraph) this.readParagraphLabel(s);
      // A labelled interview paragraph is the speaker's own words, like a quote: cues inside it are theirs.
      const draft =
        this.fromInterviewTurn(s) ??
        this.fromCues(s, this.withoutInterviewNarration(findCues(this.context, s, this.profiles, this.countries))) ??
        this.fromQuoteAfterColon(s);
      if (draft) this.record(s, draft);
      this.tieIntroducedHolders(s);
    }
    this.spreadOverQuotes();
    this.continueQuotes();
    this.organisationsOwnedInTurns();
    this.carryIdentity();
    this.openingStatement();
    const acronyms = acronymExpansions(this.context.text, this.context.entities);
    const departments = this.namedDepartments();
    return packedMap(this.results, (attribution, s) => {
      if (!attribution) return unattributed();
      if (departments.length > 0) this.departmentAsNamed(attribution, departments);
      // A label is its own sentence's: a quote or reference carrying the attribution on leaves it behind.
      const sentence = this.context.sentences[s] as Sentence;
      if (attribution.label && (attribution.label.start < sentence.start || attribution.label.end > sentence.end)) delete attribution.label;
      // Set here, not on the draft: a reference back to the person a question names ("she said") asserts.
      if (this.askedSentences.has(s)) attribution.asked = true;
      // "A WPLHD spokesman said": an acronym the article introduced stands for the organisation's full name.
      if (acronyms.size > 0) expandAcronyms(attribution, acronyms);
      this.organisationInFull(attribution, sentence);
      // "Name, who left X in March, said" … "Surname said": the body she left speaks through none of her words.
      if (attribution.speaker !== null && attribution.organisation !== null) {
        const left = this.endedTies.get(attribution.speaker);
        if (left !== undefined && left === attribution.organisation) {
          attribution.organisation = null;
          attribution.source = null;
        }
      }
      // A label's cue is the interview turn's own: a quote or reference carrying the attribution on is not one.
      if (attribution.method !== 'interview') delete attribution.labelCue;
      const confidence = confidenceOf(attribution);
      if (confidence !== undefined) attribution.confidence = confidence;
      return inSharedShape(attribution);
    });
  }

  /**
   * An author's sentence that ties a person to a body with no verb of saying ("Its chair is Jo Roe", "The utility has been
   * run since 2019 by Jo Roe", "The X Board, whose director general is Jo Roe": `introducedHolders`) gives her profile that
   * body, read where the sentence stands (what "its" or "the trust's" points to there), so her later words speak for it.
   * Only a person nothing has tied to a body yet.
   */
  private tieIntroducedHolders(s: number): void {
    for (const { person, at, owner } of introducedHolders(this.context, s)) {
      const profile = this.profiles.lookupAt(person.text, at, null, person.sourceId);
      if (!profile || profile.organisation !== null) continue;
      const body = this.bodyOfHolderOwner(s, owner);
      if (!body) continue;
      profile.organisation = body.organisation;
      profile.organisationSource = body.source;
    }
  }

  /** The organisation a `HolderOwner` of sentence s names, or null. */
  private bodyOfHolderOwner(s: number, owner: HolderOwner): { organisation: string; source: SourceRef | null } | null {
    if (owner.kind === 'named') return { organisation: owner.entity.text, source: sourceOfEntity(this.context.registry, owner.entity) };
    const { tokens, entities, entityOf } = this.context;
    if (owner.kind === 'described') {
      const noun = tokens[owner.at] as Token;
      return this.organisationBefore(s, noun.lower, noun.start);
    }
    // "The row reached X Council, when its clerk, Jo Roe, …": "its" after a body named earlier in its sentence is that body.
    const first = this.context.first[s] as number;
    if (owner.at > first && POSSESSIVE_PRONOUNS_OF_BODIES.has((tokens[owner.at] as Token).lower)) {
      for (let k = owner.at - 1; k >= first; k--) {
        const entity = entities[entityOf[k] as number];
        if (entity?.type === 'person') break;
        if (entity?.type === 'organisation') return { organisation: entity.text, source: sourceOfEntity(this.context.registry, entity) };
      }
    }
    const body = this.possessiveAt(s, owner.at);
    // (a noun as written, "the board's chairman is Jo Roe" with no board named, is no body she can be tied to)
    return body && /^\p{Lu}/u.test(body.organisation) ? body : null;
  }

  /**
   * "The club's chief executive, Jo Roe, said" after "Harbrook United …" and "Harbrook said": whichever rule tied her
   * sentence to an organisation under a short form of its name ("Harbrook", "Albion" for "Brackwell Albion"), the
   * organisation is the one the article named in full before, the way an organisation speaking under its short form is.
   */
  private organisationInFull(attribution: Attribution, sentence: Sentence): void {
    const written = attribution.organisation;
    if (written === null || !/^\p{Lu}/u.test(written)) return;
    const full = this.fullNameBefore(written, sentence.end);
    if (!full) return;
    attribution.organisation = full.name;
    attribution.source ??= full.source;
  }

  /**
   * The organisation named before `offset` whose name opens (else ends) with the words of `written` and holds more
   * ("Harbrook United" for "Harbrook", "Brackwell Albion" for "Albion"), the one named first; a headline's short form
   * named before it is passed over. "Mabberly's" is the name of "Mabberly" written without its possessive.
   */
  private fullNameBefore(written: string, offset: number): { name: string; source: SourceRef | null } | null {
    const key = lowerCase(written);
    const names = (this.longerNames ??= indexLongerNames(this.context.entities));
    const opening = names.opening.get(key);
    const ending = names.ending.get(key);
    const entity =
      (opening && opening.start < offset ? opening : null) ??
      (ending && ending.start < offset ? ending : null) ??
      this.onlyNameHoldingWord(key, offset);
    if (!entity || normaliseName(entity.text) === normaliseName(written)) return null;
    // "Kestrel Radio's Morning Programme", "Brennock University Students' Union": a name holding another in a possessive
    // is a body of that one's, not its full name.
    if (possessiveWords(entity.text) > possessiveWords(written) && !/^['’]s$/u.test(entity.text.slice(written.length))) return null;
    const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
    return { name: entity.text, source: record ? toSourceRef(record) : null };
  }

  /**
   * "Roads chief Jo Roe" after "The Hochtal Roads Department said": an English word written alone as an organisation
   * (capitalised before a post) stands for the one organisation named before whose name holds it; null when none or
   * several different ones do.
   */
  private onlyNameHoldingWord(key: string, offset: number): Entity | null {
    if (key.includes(' ') || !isEnglishWord(key)) return null;
    const holding = (this.namesHoldingWord ??= indexNamesHoldingWord(this.context.entities)).get(key);
    if (!holding || holding.named[0]!.start >= offset || holding.otherNameAt < offset) return null;
    // the last one named before `offset`, as the article wrote it there
    let last = 0;
    for (let lo = 1, hi = holding.named.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (holding.named[mid]!.start < offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return holding.named[last]!;
  }

  /**
   * A briefing's opening statement: the paragraphs after its header (`readBriefingHeader`) that nothing attributes, up to
   * the transcript's first labelled turn, are the words of the person the header names, when a label later gives her
   * turns ("Briefer: Jane Roe, Press Secretary" … "Good morning. The minister met …" … "Q: …" "MS ROE: …").
   */
  private openingStatement(): void {
    const header = this.header;
    if (!header) return;
    const { sentences } = this.context;
    let firstTurn = -1;
    for (let s = header.last + 1; s < sentences.length && firstTurn < 0; s++) if (this.results[s]?.method === 'interview') firstTurn = s;
    const name = header.person.name;
    if (firstTurn < 0 || !this.results.some((attribution) => attribution?.method === 'interview' && attribution.speaker === name)) return;
    for (let s = header.last + 1; s < firstTurn; s++) {
      if (this.results[s] !== null) continue;
      const draft = fromPeople([header.person]);
      draft.attribution.method = 'interview';
      this.record(s, draft);
    }
  }

  // --- step 1 and 2: attribution clauses ----------------------------------------

  /**
   * "Tom Reed, the engineer, was blunt: “The bridge will fail.”", "Its chief engineer, Jo Roe, had a warning: “…”": a
   * quote a colon introduces, with no verb of saying, is the words of the person the clause before the colon opens with.
   */
  private fromQuoteAfterColon(s: number): Draft | null {
    const { tokens, inQuote, text } = this.context;
    const first = this.context.first[s] as number;
    const end = this.context.end[s] as number;
    if (!(this.context.sentences[s] as Sentence).quote || inQuote[first]) return null;
    let opening = first;
    while (opening < end && !inQuote[opening]) opening++;
    if (opening >= end || !/:\s*\S?$/u.test(text.slice((tokens[opening - 1] as Token).end, (tokens[opening] as Token).start))) return null;
    const person = this.subjectIntroduced(s);
    if (!person) {
      // "Her answer was immediate: “…”": the speaker the possessive stands for.
      const pronoun = speechOwnerPronoun(this.context, s);
      const event = pronoun ? pronounSpeakerBefore(pronoun, this.history, s) : null;
      if (!event?.attribution.speaker) return null;
      const attribution = {
        ...copyAttribution(event.attribution),
        method: 'direct-quote' as const,
        refersTo: event.sentence,
        outlet: null,
        outletSource: null,
      };
      return { attribution, gender: event.gender, countries: [...event.countries] };
    }
    const draft = fromPeople([person]);
    draft.attribution.method = 'direct-quote';
    if (draft.attribution.organisation === null) this.organisationOfDescription(s, null, draft.attribution);
    return draft;
  }

  /** The cues left when an interviewer's narration of her interview ("Presenter Ada Lunn spoke to …", `narratesInterview`) is none. */
  private withoutInterviewNarration(cues: Cue[]): Cue[] {
    const narration = (cue: Cue): boolean =>
      cue.kind === 'verb' &&
      cue.actor.kind === 'person' &&
      narratesInterview(this.context, cue.firstToken, cue.lastToken, cue.actor.people);
    return cues.some(narration) ? cues.filter((cue) => !narration(cue)) : cues;
  }

  private fromCues(s: number, cues: Cue[]): Draft | null {
    const speakers = withoutCitedEvidence(
      cues.filter((cue) => cue.actor.kind !== 'outlet'),
      this.context.text,
    );
    const outletCue = cues.find((cue) => cue.actor.kind === 'outlet');
    const main = pickMainCue(speakers);
    if (!main) return outletCue ? this.outletOnly(outletCue) : null;

    const draft = this.draftFromActor(s, main.actor);
    if (!draft) return outletCue ? this.outletOnly(outletCue) : null;
    this.completeFromOtherCues(draft.attribution, main, speakers);
    // "…, its chief executive said": a role with no name speaks for what the possessive points to, as a person does.
    // "The company's chief executive said" with no executive named before is a role too, not a reference.
    const roleOnly = main.actor.kind === 'back-reference' && draft.attribution.speaker === null && draft.attribution.role !== null;
    // "The committee's chair, Jo Roe, said" before "Roe, a Labour MP, said": the clause's own possessive comes before an
    // organisation her later description gave her.
    const inherited = main.actor.kind === 'person' && !this.clauseNames(main, draft.attribution.organisation);
    if ((main.actor.kind === 'person' || main.actor.kind === 'role' || roleOnly) && (draft.attribution.organisation === null || inherited))
      this.possessiveOrganisation(s, main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation !== null) this.ledOverMembership(main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationOfRoleReference(main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationOfDescription(s, main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationFronted(s, main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationSpokenFor(s, main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationDefended(s, main, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationPleadedFor(s, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.holderOfPostToldBefore(s, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationJustSpoken(s, draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationOfPostNamedBefore(draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationOfStory(draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationOfPostByWork(draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.organisationNamedNext(draft.attribution);
    if (main.actor.kind === 'person' && draft.attribution.organisation === null) this.councilOfCabinetPost(draft.attribution);
    if (main.actor.kind === 'role' && draft.attribution.organisation === null) this.organisationAskedBefore(s, main, draft.attribution);
    if (main.actor.kind === 'role' && draft.attribution.organisation === null) this.roleJustSpoken(s, main, draft.attribution);
    if (main.actor.kind === 'role' && draft.attribution.organisation === null)
      this.organisationOfGroupWrittenBefore(main, draft.attribution);
    // "Officials there said": the people of the organisation the text was just about.
    if (
      main.actor.kind === 'role' &&
      draft.attribution.organisation === null &&
      /^\s+there\b/iu.test(this.context.text.slice(main.actor.end))
    )
      this.organisationThere(s, main.actor.start, draft.attribution);
    if (main.actor.kind === 'role' && draft.attribution.organisation === null) this.officialsOfStory(s, main, draft.attribution);
    this.groupNamedInClause(s, main, draft.attribution);
    // "Her counterpart, Name, said": a counterpart holds the same post elsewhere, which is no post of her own.
    if (main.actor.kind === 'person' && COUNTERPART_ROLES.has(draft.attribution.role?.toLowerCase() ?? '')) draft.attribution.role = null;
    if (main.actor.kind === 'person' && draft.attribution.speaker !== null) this.tieEndedInCue(main, draft.attribution);
    if (main.actor.kind === 'person') this.teachProfile(draft.attribution);
    const outlet =
      outletCue?.actor ?? main.outlet ?? speakers.find((cue) => cue.outlet)?.outlet ?? (main.actor.outlet !== null ? main.actor : null);
    if (outlet) {
      draft.attribution.outlet = outletInFull(this.context, outlet);
      draft.attribution.outletSource = outlet.outletSource;
    }
    if (draft.attribution.method !== 'noun-phrase') draft.attribution.method = this.methodOf(s, main);
    // "Prosecuting for X, Name said": the fronted phrase naming whom she speaks for is attribution, not content.
    const fronted = this.frontedSpokenFor;
    this.frontedSpokenFor = -1;
    draft.attribution.cue = { start: fronted >= 0 && fronted < main.start ? fronted : main.start, end: main.end };
    if (outletCue) draft.attribution.outletCue = { start: outletCue.start, end: outletCue.end };
    else delete draft.attribution.outletCue;
    return draft;
  }

  /**
   * "The opposition Liberal Democrat group said", "Labour group members said", "Liberal Democrat group leader Name said":
   * a name written right before the lower-case noun "group" in the clause names that group (a council's party group),
   * whatever the name alone was read as (a person, a party) and whatever standing word opens the description ("ruling",
   * "opposition"). A word capitalised only because it opens the sentence counts when wink reads it as no common noun
   * ("Conservative group members", not "Campaign group members").
   */
  private groupNamedInClause(s: number, cue: Cue, attribution: Attribution): void {
    const { tokens, entityOf } = this.context;
    const opening = this.context.first[s] as number;
    for (let k = cue.firstToken + 1; k <= cue.lastToken; k++) {
      const head = tokens[k] as Token;
      if (head.lower !== 'group' || head.capitalised || breakAfter(this.context, k - 1)) continue;
      let from = k;
      while (
        from - 1 >= cue.firstToken &&
        (tokens[from - 1] as Token).capitalised &&
        (from - 1 === k - 1 || !breakAfter(this.context, from - 1))
      )
        from--;
      if (from < k && DEFINITE_DETERMINERS.has((tokens[from] as Token).lower)) from++;
      if (from === k) return;
      const named = (entityOf[from] as number) >= 0 || from !== opening || this.context.pos.tags[from] !== Pos.NOUN;
      if (!named) return;
      const name = this.context.text.slice((tokens[from] as Token).start, (tokens[k - 1] as Token).end);
      const key = normaliseName(name);
      const misread = attribution.speaker !== null && normaliseName(attribution.speaker) === key;
      if (misread) Object.assign(attribution, { speaker: null, role: null, title: null, speakerSource: null, coSpeakers: [] });
      // (a body's full name before "group" keeps its name: "who runs the Save X Pool group", "the X Independents group";
      // a party's one word does not: "Labour group members")
      const organisation = attribution.organisation === null ? null : normaliseName(attribution.organisation);
      const partyWord = organisation === key && !key.includes(' ');
      // ("The opposition Independent group has called …" after the council spoke: a reference resolved to another body)
      const clause = normaliseName(this.context.text.slice(cue.start, cue.end));
      const another = organisation !== null && !organisation.includes(key) && !clause.includes(organisation);
      if (organisation === null || misread || partyWord || another || organisation.endsWith(' group') || organisation === 'group') {
        attribution.organisation = `${name} group`;
        attribution.source = null;
      }
      return;
    }
  }

  /**
   * A description "X's Y" as written, by who speaks: a place owns the body ("the county's parks service", "Daravia's health
   * ministry" → the service, the ministry: the place says where, as "Pelora's Ministry of Commerce" does); an
   * organisation owns its unit ("the international federation's ethics unit" → the federation, as "the army's press
   * office" is the army).
   */
  private ownerOrOwned(written: string, from: number): string {
    const possessive = /^((?:[\p{L}-]+\s+)*?([\p{L}-]+))['’]s\s+(.+)$/u.exec(written);
    if (!possessive) return written;
    const [, owner, ownerLast, owned] = possessive as unknown as [string, string, string, string];
    const at = this.context.text.indexOf(owner, from);
    const entity = at < 0 ? undefined : this.context.entities.find((e) => e.start === at);
    if (isAreaWord(ownerLast.toLowerCase()) || entity?.type === 'place') return owned;
    const head = ownerLast.toLowerCase();
    return !entity && (ORGANISATION_NOUNS.has(head) || WORDNET_ORGANISATION_NOUNS.has(head)) ? owner : written;
  }

  /** Whether the organisation's name, or a word of it, is written in the cue's clause. */
  private clauseNames(cue: Cue, organisation: string | null): boolean {
    if (organisation === null) return true;
    const clause = normaliseName(this.context.text.slice(cue.start, cue.end)).split(' ');
    return normaliseName(organisation)
      .split(' ')
      .some((word) => clause.includes(word));
  }

  private draftFromActor(s: number, actor: Actor): Draft | null {
    switch (actor.kind) {
      case 'person':
        return fromPeople(actor.people);
      case 'pronoun':
        return this.fromReference(s, actor);
      case 'back-reference':
        return this.deniedByOther(s, actor, this.fromReference(s, actor));
      default: {
        const attribution: Attribution = {
          ...unattributed(),
          role: actor.role,
          organisation: actor.organisation,
          source: actor.organisationSource,
        };
        // "His opposite number said": the person on the other side who spoke before.
        if (
          actor.kind === 'role' &&
          actor.organisation === null &&
          actor.role !== null &&
          COUNTERPART_ROLES.has(actor.role.toLowerCase())
        ) {
          const counterpart = this.counterpartOf(s, actor);
          if (counterpart) {
            const copied = copyAttribution(counterpart.attribution);
            copied.refersTo = counterpart.sentence;
            copied.outlet = null;
            copied.outletSource = null;
            return { attribution: copied, gender: counterpart.gender, countries: [...counterpart.countries] };
          }
        }
        // "a harbour pilot said", "residents said": a role alone, with no organisation.
        // ("Shop stewards at the X site said": union representatives at a workplace speak for their union, when one is named)
        if (actor.kind === 'role' && (actor.organisation === null || representsUnion(actor.role))) {
          if (actor.organisation === null) attribution.method = 'noun-phrase';
          // "Prosecutors say", "County health officials said": the staff of an organisation the text names.
          const staff =
            this.organisationOfStaff(s, actor) ??
            this.organisationRunBy(s, actor) ??
            this.bodyOfItsMembers(s, actor) ??
            this.bodyOfItsStaff(s, actor);
          if (staff) {
            attribution.organisation = staff.organisation;
            attribution.source = staff.source;
          }
        }
        // "a ministry spokeswoman said": the bare noun is the ministry named or speaking before.
        const noun = actor.organisation?.toLowerCase();
        if (noun && !actor.organisationSource && ORGANISATION_NOUNS.has(noun)) {
          const named = this.organisationNamedBefore(s, noun, actor.start) ?? this.bodyOfItsPeople(s, noun, actor.start);
          if (named) {
            attribution.organisation = named.organisation;
            attribution.source = named.source;
          }
        } else if (noun && !actor.organisationSource && actor.kind === 'role') {
          // "a spokeswoman for the environment ministry": a description narrowed by its modifiers, resolved like "the
          // environment ministry said"; as written when nothing named fits.
          const head = noun.split(/\s+/).pop() as string;
          // Where the description is written: at the end ("a spokeswoman for the … ministry") or before the role
          // ("a revenue department spokesman").
          const written = this.context.text.lastIndexOf(actor.organisation as string, actor.end);
          const start = written >= actor.start ? written : actor.end - (actor.organisation as string).length;
          // ("a spokesperson for the corporation": WordNet's organisation nouns too, for a name described so before)
          const named =
            ORGANISATION_NOUNS.has(head) || WORDNET_ORGANISATION_NOUNS.has(head)
              ? this.organisationBefore(
                  s,
                  head,
                  actor.start,
                  this.modifiersOf(s, { start, end: start + (actor.organisation as string).length }),
                )
              : null;
          // ("Hospital board members said": the board of the kind of body its modifier names, which speaks for that body)
          const owner = noun.split(/\s+/).slice(-2, -1)[0];
          const governed =
            !named && GOVERNING_NOUNS.has(head) && owner !== undefined && ORGANISATION_NOUNS.has(owner)
              ? this.organisationNamedBefore(s, owner, actor.start)
              : null;
          if (governed) {
            attribution.organisation = governed.organisation;
            attribution.source = governed.source;
          }
          if (named) {
            attribution.organisation = named.organisation;
            attribution.source = named.source;
          }
        }
        // "a nurse at the village clinic": where she works, not whom she speaks for, unless it is one named before.
        if (actor.workplace && attribution.organisation === actor.organisation) attribution.organisation = null;
        // "a ministry spokeswoman said … She said": a role-only speaker still has the role's gender.
        const gender = genderFromWords(actor.role, null);
        return { attribution, gender, countries: compact([actor.organisationSource?.country, actor.nationality]) };
      }
    }
  }

  /**
   * "Board members said", "Team officials said" with no body of that word named before: the people of a body's governing
   * board are the body's, as "the board said" is (the body that spoke last, else the one named last); a team's are the
   * club's that fields it.
   */
  private bodyOfItsPeople(s: number, noun: string, before: number): { organisation: string; source: SourceRef | null } | null {
    if (GOVERNING_NOUNS.has(noun)) return this.latestSpokenOrganisation(s) ?? this.latestNamedOrganisation(s, before, () => true);
    const kind = FIELDED_BY.get(noun);
    return kind === undefined ? null : this.organisationNamedBefore(s, kind, before);
  }

  /**
   * "Members said", "Cabinet members said", "Executive directors said", "Town councillors said", "Security staff said", with
   * no body in their phrase: the people who sit on or run a body speak for the body the text is on at that point: the later of the
   * organisation that spoke last and the one named last (a round-up's subhead naming the council its item is about), else
   * the organisation the story is about (`storyOrganisationBefore`). Councillors speak only for a council; a word of an area
   * or a kind of body among the modifiers ("Town councillors", "County highways officers") must be in the body's name;
   * a word setting them apart from the body ("Independent councillors", "Local councillors", "Ward councillors") makes
   * them speak for none; managers and directors never for a trade union.
   */
  private bodyOfItsMembers(s: number, actor: Actor): { organisation: string; source: SourceRef | null } | null {
    const words = (actor.role ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    const head = words[words.length - 1];
    // ("Security staff said", "Nursery staff said": a body's staff named by their work, with a word before "staff", speak
    // for it as its members do; "Staff said" alone may be anyone's; an area's or a body's word before it, "County staff",
    // "Agency staff", is read by `organisationOfStaff` alone)
    const staff =
      head === 'staff' &&
      words.length > 1 &&
      !words.slice(0, -1).some((word) => isAreaWord(word) || ORGANISATION_NOUNS.has(word) || LOCAL_GOVERNMENT_WORDS.has(word));
    if (head === undefined || !(staff || BODY_PEOPLE_NOUNS.has(head)) || words.some((word) => APART_FROM_BODY_WORDS.has(word))) return null;
    // ("Members of the public said", "officers at the depot": a phrase naming where or whose they are is read elsewhere)
    if (/\s(?:of|at|in|for|from|with|on)\s/u.test(this.context.text.slice(actor.start, actor.end))) return null;
    // ("Police Scotland officers said": a name among the modifiers says whose they are)
    const written = this.context.text.slice(actor.start, actor.end).split(/\s+/u);
    if (written.slice(1, -1).some((word) => /^\p{Lu}/u.test(word))) return null;
    // ("Panel members", "Committee members": the body of that kind; a cabinet's or a board's is the body it runs)
    const kinds = words
      .slice(0, -1)
      .filter(
        (word) =>
          !RUNNING_BODY_NOUNS.has(word) &&
          (isAreaWord(word) || SITTING_BODY_NOUNS.has(word) || ORGANISATION_NOUNS.has(word) || WORDNET_ORGANISATION_NOUNS.has(word)),
      );
    if (head === 'councillors') kinds.push('council');
    // ("Officers said" after a police force was named: its officers)
    const police =
      head === 'officers' && words.length === 1
        ? this.latestNamedOrganisation(s, actor.start, (entity) => isPoliceName(entity.text))
        : null;
    if (police) {
      // ("X Police officers and Y Police officers closed the road. Officers said …": two forces, neither's)
      const key = normaliseName(police.organisation);
      const other = this.latestNamedOrganisation(
        s,
        actor.start,
        (entity) => isPoliceName(entity.text) && normaliseName(entity.text) !== key,
      );
      return other ? null : { organisation: police.organisation, source: police.source };
    }
    const fits = (name: string): boolean => {
      if (!/\p{Lu}/u.test(name)) return false;
      const nameWords = normaliseName(name).split(' ');
      if (!kinds.every((kind) => nameWords.includes(kind))) return false;
      return !(MANAGING_PEOPLE_NOUNS.has(head) && nameWords.includes('union'));
    };
    const spoken = this.latestSpokenOrganisation(s);
    // (a body named only as where something happened, "treated in corridors at X Hospital", is a place there)
    const found = this.latestNamedOrganisation(s, actor.start, (entity) => fits(entity.text) && !this.namedAsPlace(entity));
    // (one named paragraphs back is the item's only from a heading: a headline, a round-up's subhead)
    const named = found && (s - found.sentence <= MAX_JUST_SPOKEN_SENTENCES || this.isHeading(found.sentence)) ? found : null;
    const spokenFits = spoken && fits(spoken.organisation) ? spoken : null;
    const later = spokenFits && (!named || spokenFits.sentence >= named.sentence) ? spokenFits : named;
    if (later) return { organisation: later.organisation, source: later.source };
    const story = this.storyOrganisationBefore(actor.start);
    // ("Volunteers from the X Society helped. Members said …": the sentence before is about another body, not only where
    // something happened, "treated in corridors at X Hospital")
    if (story && s > 0 && this.nextParagraph(s - 1, s) && this.namesAnotherBodyNotAsPlace(s - 1, story.organisation)) return null;
    return story && fits(story.organisation) ? story : null;
  }

  /** Whether sentence s opens, before the actor, with a plural of people (a role) other than the group of `event`. */
  private opensWithAnotherGroup(s: number, actor: Actor, event: AttributionEvent): boolean {
    const t = this.context.first[s] as number;
    const token = this.context.tokens[t] as Token | undefined;
    if (!token || token.start >= actor.start || !token.capitalised || !token.lower.endsWith('s')) return false;
    if (!isRoleNounAt(this.context, t)) return false;
    const role = (event.attribution.role ?? '').toLowerCase().split(/\s+/u).pop();
    return role !== token.lower;
  }

  /**
   * "Orderlies said", "Midwives told the Gazette": a bare plural of an occupation whose holders are a body's staff
   * (`staffKindOfPlural`: WordNet puts it under caregiver, protector, attendant, custodian or lawman) speaks for the body of
   * the kind it works in (`bodyEmploysStaffOf`) that the text is on there: the later of the organisation that spoke last and
   * the one named in its sentence or the two before, as a place too ("Two were taken to X Infirmary. Nurses said …"); else
   * the story's organisation, when the sentence before names no other body. Lay plurals ("Ramblers said", "Tenants said")
   * have no such kind and speak for none.
   */
  private bodyOfItsStaff(s: number, actor: Actor): { organisation: string; source: SourceRef | null } | null {
    const written = this.context.text.slice(actor.start, actor.end).trim();
    if (!/^\p{L}+$/u.test(written)) return null;
    const kind = staffKindOfPlural(written);
    if (kind === null) return null;
    const fits = (name: string): boolean => /\p{Lu}/u.test(name) && bodyEmploysStaffOf(kind, name);
    const spoken = this.latestSpokenOrganisation(s);
    const spokenFits = spoken && fits(spoken.organisation) ? spoken : null;
    const found = this.latestNamedOrganisation(s, actor.start, (entity) => fits(entity.text));
    const named = found && s - found.sentence <= MAX_JUST_SPOKEN_SENTENCES ? found : null;
    const later = spokenFits && (!named || spokenFits.sentence >= named.sentence) ? spokenFits : named;
    if (later) return { organisation: later.organisation, source: later.source };
    const story = this.storyOrganisationBefore(actor.start);
    if (!story || !fits(story.organisation)) return null;
    if (s > 0 && this.namesAnotherBodyNotAsPlace(s - 1, story.organisation)) return null;
    return story;
  }

  /** Whether sentence k names, outside quotes, an organisation other than `organisation` (no medium), not as a place (`namedAsPlace`, "from" aside). */
  private namesAnotherBodyNotAsPlace(k: number, organisation: string): boolean {
    const { entities, entityQuoted } = this.context;
    const key = normaliseName(organisation);
    const sentence = this.context.sentences[k] as Sentence;
    for (let e = lastEntityBefore(entities, sentence.start) + 1; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      if (entity.start >= sentence.end) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      const name = normaliseName(entity.text);
      if (name === key || key.includes(name)) continue;
      const before = this.context.text.slice(Math.max(0, entity.start - 16), entity.start);
      if (this.namedAsPlace(entity) && !/\bfrom\s+(?:the\s+)?$/iu.test(before)) continue;
      return true;
    }
    return false;
  }

  /** Whether sentence k is a heading: a paragraph of its own, one line with no sentence's closing mark. */
  private isHeading(k: number): boolean {
    const { sentences, text } = this.context;
    const sentence = sentences[k] as Sentence;
    if (sentences[k - 1]?.paragraph === sentence.paragraph || sentences[k + 1]?.paragraph === sentence.paragraph) return false;
    const written = text.slice(sentence.start, sentence.end).trim();
    return !written.includes('\n') && !/[.!?"'”’]$/u.test(written);
  }

  /** Whether an organisation's name follows a preposition of place ("at X Hospital", "in X Council's car park"). */
  private namedAsPlace(entity: Entity): boolean {
    return /\b(?:at|in|near|outside|inside|to|from)\s+(?:the\s+)?$/iu.test(
      this.context.text.slice(Math.max(0, entity.start - 16), entity.start),
    );
  }

  /**
   * "His opposite number said", "Her counterpart said": the named speaker the possessive pronoun stands for is the latest
   * named one of that gender (or of none known); her counterpart is the latest other named speaker before, one holding a
   * post of the same word first ("Tarnside's manager" … "Bramley's manager"), in the last `CONTEXT_EVENTS` attributions.
   */
  private counterpartOf(s: number, actor: Actor): AttributionEvent | null {
    const { tokens } = this.context;
    let t = this.context.first[s] as number;
    while (t < (this.context.end[s] as number) && (tokens[t] as Token).start < actor.start) t++;
    const gender = COUNTERPART_OWNERS.get((tokens[t] as Token | undefined)?.lower ?? '');
    if (gender === undefined) return null;
    const recent: AttributionEvent[] = [];
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      if (event.sentence < s && event.attribution.speaker !== null) recent.push(event);
    }
    const owner = recent.find((event) => event.gender === null || event.gender === gender);
    if (!owner) return null;
    const others = recent.filter((event) => event.attribution.speaker !== owner.attribution.speaker);
    const posts = (event: AttributionEvent): string[] => (event.attribution.role ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    const ownPosts = posts(owner);
    return others.find((event) => posts(event).some((word) => ownPosts.includes(word))) ?? others[0] ?? null;
  }

  /**
   * "he said", "the statement said": a copy of the earlier attribution it
   * points to. Unresolved, "the spokesman said" still gives a role; "it said"
   * or "the government promised" with nothing to point to is left unattributed.
   */
  private fromReference(s: number, actor: Actor): Draft | null {
    if (actor.reference?.owner) return this.officeOfPerson(s, actor, actor.reference.owner);
    const isOrganisation = actor.reference?.category === 'organisation';
    // "the statistics agency" is not any agency: a candidate must hold one of the words before the noun.
    // "the council's environment committee" is the council: the words after a possessive are what it owns.
    const modifiers = isOrganisation && !actor.reference!.possessive ? this.modifiersOf(s, actor) : [];
    // "The city council" is not the "borough council" that spoke: another area's body, as written, is another body.
    const area = isOrganisation ? this.areaWordOf(s, actor) : null;
    const candidate = isOrganisation
      ? (this.subjectFitting(s, actor, modifiers) ??
        this.subjectBeforeFitting(s, actor, modifiers) ??
        // ("The county said": the "X County" named last, as a place or a body, not a body with the word inside its name)
        (actor.reference!.noun === 'county' && modifiers.length === 0
          ? (this.countyNamedBefore(actor.start) ??
            this.latestNamedOrganisation(s, actor.start, (entity) => isLocalGovernmentOf(entity.text, 'county')))
          : this.describedOrganisationNamedBefore(s, actor.reference!.noun, actor.start, actor, modifiers)))
      : null;
    const fitting = candidate && !otherArea(candidate.organisation, area) ? candidate : null;
    // "according to the university" after a second university's study was cited: the one the description stood for.
    const kept =
      fitting && modifiers.length === 0 && !actor.reference!.possessive
        ? (this.descriptionKeptFrom(s, actor.reference!.noun, fitting) ?? fitting)
        : fitting;
    // "The sanctuary, 800 acres of reed bed, is run by the X Trust. … The sanctuary said": a place the text
    // said another body runs speaks through that body.
    const named = kept && !actor.reference!.possessive ? (this.bodyRunning(s, kept) ?? kept) : kept;
    // "Aas and Reid plan … The latter said": the second of the last two people named; "the former", the first.
    if (actor.reference?.category === 'person' && PAIR_MEMBER_WORDS.has(actor.reference.noun)) {
      const member = this.pairMemberBefore(s, actor.reference.noun === 'latter');
      if (!member) return null;
      const attribution = copyAttribution(member.attribution);
      attribution.refersTo = member.sentence;
      this.describedOrganisationOf(s, attribution, true);
      return { attribution, gender: member.gender, countries: [...member.countries] };
    }
    // "according to its annual report": the organisation "its" stands for, read as in "its chairman".
    const owned = this.ownDocumentOf(s, actor);
    if (owned) {
      const attribution: Attribution = { ...unattributed(), organisation: owned.organisation, source: owned.source };
      return { attribution, gender: null, countries: compact([owned.source?.country]) };
    }
    // ("…, according to its accounts" with no organisation to be found: "its" is never a person who spoke before)
    if (actor.reference?.category === 'document' && this.ownedByPossessivePronoun(s, actor)) return null;
    // "The report gives …", "the report shows": a document's finding is the organisation's whose report the text named
    // (however long before); one named long before that no organisation owns is no one's, while one named in the last two
    // sentences may be a person's ("Jo Roe wrote a report. The report found …"). "The report says" goes by the recent
    // speakers, as "the statement said" does.
    if (actor.reference?.category === 'document' && !actor.reference.possessive && this.findingVerbAfter(s, actor)) {
      const owner = this.documentOwnerBefore(actor) ?? this.documentToldJustBefore(s) ?? this.reportOfInspectionBefore(s);
      if (owner) {
        const attribution: Attribution = {
          ...unattributed(),
          organisation: owner.attribution.organisation,
          source: owner.attribution.source,
          refersTo: owner.sentence,
        };
        return { attribution, gender: null, countries: [...owner.countries] };
      }
      // ("The paper found" after "A study by X found": research under another noun, as the references below read it)
      if (!this.namedRecently(s, actor.reference.noun) && !RESEARCH_PAPER_NOUNS.has(actor.reference.noun)) return null;
    }
    if (actor.reference?.category === 'document' && RECORD_NOUNS.has(actor.reference.noun)) return null;
    // "Survey reports published in May show … The reports say …": the document the sentence before put forward
    // with no owner (unattributed) is no one's at its next mention either, whoever spoke before it.
    if (actor.reference?.category === 'document' && !actor.reference.possessive && this.ownerlessDocumentBefore(s, actor.reference.noun))
      return null;
    // "The former chief executive said" with no one described as having held a post: not the present holder.
    const formerOnly = this.refersToFormerHolder(actor);
    let event = named
      ? null
      : formerOnly
        ? this.formerHolderBefore(s, actor)
        : (this.speakerOfEmployer(actor) ??
          this.documentIssuer(actor) ??
          (actor.reference?.category === 'person' ? this.leaderReferredTo(actor.reference) : null) ??
          resolveReference(actor, this.history) ??
          this.personMentionBefore(s, actor, false));
    // "Acme said … Jo Roe, Tallow's counsel, said … It said": the body of a person who spoke since, named after the other.
    if (actor.kind === 'pronoun' && actor.pronoun === 'it' && !named) event = this.organisationNamedLastOf(s, event) ?? event;
    // "Drayburn Bank will close 64 branches, it said on Thursday.": an "it" after the opening of its own sentence is the
    // organisation that sentence opens with as its subject, whoever spoke before.
    const own = actor.kind === 'pronoun' && actor.pronoun === 'it' && !named ? this.ownSubjectOrganisation(s, actor) : null;
    if (own) event = own;
    // "Mayor Jane Roe put it differently. “…,” she said": a woman named since the last speaker is "she".
    const mentioned = event && actor.kind === 'pronoun' ? this.personMentionBefore(s, actor, true, event.sentence + 1) : null;
    if (event && mentioned && mentioned.attribution.speaker !== event.attribution.speaker) event = mentioned;
    // "Captain Jo Whelan apologised to the fans. He said …": the person the sentence before opened with as its subject,
    // of any gender that fits, when that sentence is not itself a speaker's (it names who "he" goes on to be).
    const subject = actor.kind === 'pronoun' && !named ? this.subjectOfSentenceBefore(s, actor) : null;
    if (subject && subject.attribution.speaker !== event?.attribution.speaker) event = subject;
    // "“…,” she says. ¶ Jane Roe is 81 …": the speaker a feature names only after her quote.
    const introduced = actor.kind === 'pronoun' && !named ? this.personIntroducedAfterQuote(s, actor) : null;
    if (introduced) event = introduced;
    // "Jo Roe, 24, repairs bicycles. They say …": singular "they" for the one person just introduced.
    const singular = actor.kind === 'pronoun' && actor.pronoun === 'they' ? this.singularTheyBefore(s, actor) : null;
    if (singular) event = singular;
    // "Auditors checked …, they said": "they" after a plural of people opening its own sentence is that group, not another
    // group that spoke before ("Kitchen staff said …").
    if (event && actor.kind === 'pronoun' && actor.pronoun === 'they' && this.opensWithAnotherGroup(s, actor, event)) event = null;
    if (event && modifiers.length > 0 && !holdsAny(event.attribution.organisation ?? '', modifiers)) event = null;
    if (event && otherArea(event.attribution.organisation ?? '', area)) event = null;
    if (named) {
      const attribution: Attribution = {
        ...unattributed(),
        organisation: named.organisation,
        source: named.source,
        refersTo: named.sentence,
      };
      return { attribution, gender: null, countries: compact([named.source?.country]) };
    }
    if (!event && actor.reference?.category === 'organisation' && !actor.reference.plural && !actor.reference.possessive) {
      // "The truce mission said … The head of the Lakeland Truce Mission, …": a lede's description named just after.
      // ("Ferry operator warns …" over a story: a headline's or a standfirst's bare description, named further on)
      const ahead = this.organisationAfter(s, actor.reference.noun, modifiers, actor.reference.bare === true);
      if (ahead)
        return { attribution: { ...unattributed(), organisation: ahead.organisation, source: ahead.source }, gender: null, countries: [] };
    }
    if (!event && actor.reference?.category === 'organisation' && !actor.reference.possessive) {
      // "The island ferry operator will cut …, the company announced": the sentence's own subject, a description.
      const subject = this.subjectDescriptionOf(s, actor.reference.noun, actor.start);
      if (subject) return { attribution: { ...unattributed(), organisation: subject, method: 'noun-phrase' }, gender: null, countries: [] };
    }
    if (!event && actor.reference?.category === 'organisation') {
      // "The minister's office said", "the governor's spokesman": what the holder of that post, met before, speaks for.
      const held = this.organisationOfPostOwner(s, actor);
      if (held) return { attribution: { ...unattributed(), ...held }, gender: null, countries: compact([held.source?.country]) };
      // "The haulier's depot office said" after "The haulier, Tarn Freight, …": a part of the body the text described by the
      // owner's noun speaks for that body.
      const described = this.bodyDescribedAsOwner(s, actor);
      if (described) {
        const attribution: Attribution = { ...unattributed(), organisation: described.organisation, source: described.source };
        attribution.refersTo = described.sentence;
        return { attribution, gender: null, countries: compact([described.source?.country]) };
      }
    }
    if (!event && actor.reference?.category === 'organisation' && GOVERNING_NOUNS.has(actor.reference.noun)) {
      // "The board said" with no body called a board named before: the board of the organisation named last (a
      // co-operative's, a club's), which speaks for it.
      // (the body whose people spoke in the last sentences first: "its Felsham plant" named since is no body with a board)
      // "Board minutes record", "the board's audit panel reported": what the board owns is the board of the body the story
      // is about, when it has one, whoever spoke last (a ratings firm, a union quoted on it).
      const story = actor.reference.possessive ? this.storyOrganisationBefore(actor.start) : null;
      const governed = story
        ? { ...story, sentence: -1 }
        : (this.latestSpokenOrganisation(s) ?? this.latestNamedOrganisation(s, actor.start, () => true));
      if (governed) {
        const attribution: Attribution = { ...unattributed(), organisation: governed.organisation, source: governed.source };
        if (governed.sentence >= 0) attribution.refersTo = governed.sentence;
        return { attribution, gender: null, countries: compact([governed.source?.country]) };
      }
    }
    if (!event && actor.reference?.category === 'organisation') {
      // "the statistics office said", "The government says", "The police rejected it" with none named before: the
      // organisation as written. "Eastmere's transport committee said": a name's possessive opens it, and the
      // whole phrase is the name.
      const phrase = /^(?:the\s+((?:[\p{L}'’-]+\s+)*[\p{L}-]+)|([\p{L}-]+['’]s\s+(?:[\p{L}'’-]+\s+)*[\p{L}-]+))$/iu.exec(
        this.context.text.slice(actor.start, actor.end),
      );
      let written = actor.reference.possessive ? actor.reference.noun : (phrase?.[1] ?? phrase?.[2]);
      // "The national skating federation voted … the federation said": the fuller description written before.
      if (written && written.toLowerCase() === actor.reference.noun) written = this.descriptionBefore(s, actor.reference.noun) ?? written;
      // "Harwick Rovers agreed … (a dozen paragraphs on the buyers and the league) … The club said": a bare noun that no
      // organisation in the last paragraphs fits is the one of its kind the story named most before, beyond that window.
      if (written && written.toLowerCase() === actor.reference.noun && !actor.reference.plural) {
        // ("X Ferries will cut …, the operator said. … (paragraphs on its owner) … The operator said": the body an
        // earlier "the <noun> said" stood for, before the story's most named body of the kind)
        const story =
          this.latestReferredToAs(normaliseName(actor.reference.noun)) ?? this.storyOrganisationOfKind(actor.reference.noun, actor.start);
        if (story) {
          const attribution: Attribution = { ...unattributed(), organisation: story.organisation, source: story.source };
          attribution.refersTo = story.sentence;
          return { attribution, gender: null, countries: compact([story.source?.country]) };
        }
      }
      if (written) {
        const owner = this.ownerOrOwned(written, actor.start);
        // "The port authority's engineering department said": the part speaks for the body its owner's description
        // names before ("the Kessary Port Authority"), as "the authority's engineering department" does.
        const body = owner !== written ? this.bodyOfOwnerDescription(s, owner, actor.start) : null;
        if (body) {
          const attribution: Attribution = { ...unattributed(), organisation: body.organisation, source: body.source };
          attribution.refersTo = body.sentence;
          return { attribution, gender: null, countries: compact([body.source?.country]) };
        }
        written = owner;
      }
      if (written) return { attribution: { ...unattributed(), organisation: written, method: 'noun-phrase' }, gender: null, countries: [] };
    }
    if (!event && actor.reference?.category === 'person' && !actor.reference.plural) {
      // "The broadband provider, Quillnet Fibre, said … The provider said": a person noun the text set beside an
      // organisation's name, with no person of that role before, is that organisation.
      const key = normaliseName(actor.reference.noun);
      const described = this.latestNamedOrganisation(s, actor.start, (entity) => this.isDescribedAs(entity.text, key));
      if (described) {
        const attribution: Attribution = { ...unattributed(), organisation: described.organisation, source: described.source };
        attribution.refersTo = described.sentence;
        return { attribution, gender: null, countries: compact([described.source?.country]) };
      }
    }
    // "The chief executive said", "The CFO said", "The 47-year-old said", "The Italian researcher said": the person
    // introduced so, or the person the text is about.
    if (!event && actor.reference?.category === 'person' && !actor.reference.plural && !formerOnly)
      event = this.personReferredTo(s, actor.reference, true);
    if (!event && actor.reference?.category === 'person' && !actor.reference.plural && BUSINESS_AGENT_NOUNS.has(actor.reference.noun)) {
      // "Shares in X Packaging fell … The Leeds-based box maker said": a noun for a business by what it makes or sells,
      // with no person of that role before, is the business named in the last sentences.
      const business = this.latestNamedOrganisation(s, actor.start, (entity) => fitsGenericNoun('company', entity.text));
      if (business && s - business.sentence <= MAX_JUST_SPOKEN_SENTENCES) {
        const attribution: Attribution = { ...unattributed(), organisation: business.organisation, source: business.source };
        attribution.refersTo = business.sentence;
        return { attribution, gender: null, countries: compact([business.source?.country]) };
      }
    }
    if (!event) {
      const reference = actor.reference;
      if (reference?.category !== 'person') return null;
      // "The finance minister said", no minister named before: the role as written, and the ministry it names.
      // "The judges found that …", "the inspectors said": staff of a body the text names for their work speak for it.
      const role = reference.role ?? reference.noun;
      const staff = reference.plural ? this.organisationOfStaff(s, actor) : null;
      return {
        attribution: {
          ...unattributed(),
          role,
          organisation: staff?.organisation ?? ministryOfRole(role),
          source: staff?.source ?? null,
          method: 'noun-phrase',
        },
        gender: reference.gender,
        countries: compact([reference.nationality]),
      };
    }
    const attribution = copyAttribution(event.attribution);
    attribution.refersTo = event.sentence;
    const gender = this.learnGender(actor, event);
    // "The diner's owner, Jane Roe, closed it. She said …": a person met outside any attribution has her description's
    // organisation, also when a description or "the latter" finds her ("The 40-year-old said", "The Dane added").
    if (actor.kind === 'pronoun' || actor.reference?.category === 'person')
      this.describedOrganisationOf(s, attribution, actor.kind !== 'pronoun');
    // "The ministry said" after "Labour Minister Jane Roe said": the ministry speaks, not its minister; "the paper
    // found" after its authors' institute: the research speaks for the body it came from, not for one of its authors.
    const researchPaper =
      actor.reference?.category === 'document' && RESEARCH_PAPER_NOUNS.has(actor.reference.noun) && attribution.organisation !== null;
    if (actor.reference?.category === 'organisation' || researchPaper) {
      Object.assign(attribution, { speaker: null, role: null, title: null, speakerSource: null, coSpeakers: [] });
    }
    const paragraph = (this.context.sentences[s] as Sentence).paragraph;
    // An outlet that reported the story ("…, the Courier reported") covers what follows; one a
    // speaker talked to ("she told the Courier") was the channel of that statement only.
    // ("When the Echo asked X …, a spokeswoman said": the medium asked that statement only, `askedBodies`)
    if (event.paragraph < paragraph - 1 || !event.attribution.outletCue || this.askedBodies.has(event.sentence)) {
      attribution.outlet = null;
      attribution.outletSource = null;
    }
    return { attribution, gender, countries: [...event.countries] };
  }

  /**
   * "Her office said": the organisation of the person "she" would stand for here, her office speaking for it and not
   * she herself; nobody, when that person is unknown or speaks for no organisation.
   */
  private officeOfPerson(s: number, actor: Actor, pronoun: 'he' | 'she'): Draft | null {
    const person = this.fromReference(s, { ...actor, kind: 'pronoun', pronoun, reference: null });
    const { organisation, source, refersTo } = person?.attribution ?? unattributed();
    if (!person || person.attribution.speaker === null || organisation === null) return null;
    return { attribution: { ...unattributed(), organisation, source, refersTo }, gender: null, countries: [...person.countries] };
  }

  /**
   * "Brackwell Albion will stay at Millfield after talks with Morvah Vale broke down, the club said": a closing reference
   * to an organisation is the organisation the sentence opens with as its subject, when its name fits the noun, before any
   * named between them.
   */
  private subjectFitting(
    s: number,
    actor: Actor,
    modifiers: readonly string[],
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const reference = actor.reference;
    if (!reference || reference.possessive || reference.plural) return null;
    const subject = this.subjectOrganisationOf(s);
    if (!subject || actor.start <= (this.context.tokens[this.context.first[s] as number] as Token).end) return null;
    const words = normaliseName(subject.organisation).split(' ');
    const fits =
      nameHoldsNoun(words, normaliseName(reference.noun)) ||
      fitsNamelessKind(reference.noun, subject.organisation) ||
      namesBusinessOf(reference.noun, subject.organisation);
    return fits && (modifiers.length === 0 || holdsAny(subject.organisation, modifiers)) ? subject : null;
  }

  /**
   * "Ashthorpe Otters and Radwell Netball Club share the hall. … Radwell lost its own hall in 2021. The club said …": a
   * bare "The <noun> said" opening its sentence is the body of that kind the sentence before opens with as its subject,
   * under its full name or a short form given before (`bodyOfKindOpening`), though another body of the kind was named or
   * spoke earlier.
   */
  private subjectBeforeFitting(
    s: number,
    actor: Actor,
    modifiers: readonly string[],
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const reference = actor.reference;
    if (!reference || reference.possessive || reference.plural || modifiers.length > 0 || s === 0) return null;
    // ("The club said", the noun right after the sentence's article: "The weather service said" names its own kind)
    const first = this.context.first[s] as number;
    const { tokens } = this.context;
    if (!DEFINITE_DETERMINERS.has((tokens[first] as Token).lower) || tokens[first + 1]?.lower !== reference.noun) return null;
    if (actor.start > (tokens[first + 1] as Token).start) return null;
    const sentence = this.context.sentences[s] as Sentence;
    if (sentence.paragraph - (this.context.sentences[s - 1] as Sentence).paragraph > 1) return null;
    const body = this.bodyOfKindOpening(s - 1, reference.noun);
    // (the sentence before is the author's, or that body's own words: "X is 31% full, according to Y. The company said"
    // is Y's)
    const before = this.results[s - 1];
    if (!body || (before && before.organisation !== body.organisation)) return null;
    // ("X Comets beat Y Wanderers. The club said …": a second body of the kind in that sentence leaves the noun as written)
    const { entities, entityQuoted } = this.context;
    const previous = this.context.sentences[s - 1] as Sentence;
    const key = normaliseName(body.organisation);
    for (let e = lastEntityBefore(entities, previous.end); e >= 0 && (entities[e] as Entity).start >= previous.start; e--) {
      const entity = entities[e] as Entity;
      if (entityQuoted[e] || key.includes(normaliseName(entity.text))) continue;
      const other =
        (entity.type === 'organisation' && this.fitsKind(entity.text, reference.noun)) ||
        (entity.type === 'person' && looksLikeNickname(entity.text));
      if (other) return null;
    }
    return body;
  }

  /** The organisation sentence s opens with as its subject (`subjectOrganisationOf`) when `actor` comes after its opening, as an event. */
  private ownSubjectOrganisation(s: number, actor: Actor): AttributionEvent | null {
    if (actor.start <= (this.context.tokens[this.context.first[s] as number] as Token).end) return null;
    const subject = this.subjectOrganisationOf(s);
    if (!subject) return null;
    const attribution: Attribution = { ...unattributed(), organisation: subject.organisation, source: subject.source };
    return {
      sentence: s,
      paragraph: (this.context.sentences[s] as Sentence).paragraph,
      attribution,
      gender: null,
      countries: compact([subject.source?.country]),
    };
  }

  /**
   * "The economist at Osterhavn said", "the analyst from Kelby said": a person noun followed by where she works (a
   * name the subject phrase left out) is the recent named speaker whose organisation holds that name, whatever her role.
   */
  private speakerOfEmployer(actor: Actor): AttributionEvent | null {
    if (actor.reference?.category !== 'person') return null;
    const after = EMPLOYER_AFTER.exec(this.context.text.slice(actor.end, actor.end + MAX_EMPLOYER_CHARS));
    if (!after) return null;
    const words = normaliseName(after[1] as string).split(' ');
    const forms = postForms(actor.reference.role ?? actor.reference.noun);
    let unnamedRole: AttributionEvent | null = null;
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_DESCRIBED_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      const { speaker, organisation, role } = event.attribution;
      if (speaker === null || organisation === null || !words.every((word) => holdsAny(organisation, [word]))) continue;
      // One holding the post comes first; one described by no post may hold it; one holding another post does not.
      if (role !== null && forms.some((form) => role.toLowerCase().includes(form))) return event;
      if (role === null) unnamedRole ??= event;
    }
    return unnamedRole;
  }

  /**
   * The person the author's sentence right before s (or before the quote s belongs to) introduces as its subject, as an
   * event for "he"/"she" in s: "Captain Jo Whelan apologised to the fans. He said …", and across a paragraph break,
   * "Jane Roe, 81, has lived on the estate since 1971. ¶ “…,” she said."
   */
  private subjectOfSentenceBefore(s: number, actor: Actor): AttributionEvent | null {
    if (actor.pronoun !== 'he' && actor.pronoun !== 'she') return null;
    // ("Jane Roe runs the larder. ¶ She says …": a pronoun opening the paragraph's first sentence as its subject goes
    // back across the break, as a quote opening it does)
    const opening = actor.start === (this.context.tokens[this.context.first[s] as number] as Token).start;
    const before = this.introducingSentenceBefore(s, opening);
    const person = before < 0 ? null : this.subjectIntroduced(before);
    const wanted: Gender = actor.pronoun === 'he' ? 'male' : 'female';
    if (!person || (person.gender !== null && person.gender !== wanted)) return null;
    return { sentence: before, paragraph: (this.context.sentences[before] as Sentence).paragraph, ...fromPeople([person]) };
  }

  /**
   * What "it" in sentence s stands for when people spoke for an organisation since the organisation that spoke last
   * (`spoken`): of those organisations, the one the text named last before s (in full or by its first word), as an
   * organisation's event; null when that is `spoken`'s or none of theirs is named in the sentences between.
   */
  private organisationNamedLastOf(s: number, spoken: AttributionEvent | null): AttributionEvent | null {
    const since = spoken ? spoken.sentence : s - MAX_JUST_SPOKEN_SENTENCES - 1;
    const candidates: AttributionEvent[] = [];
    for (let i = this.history.length - 1; i >= 0; i--) {
      const event = this.history[i] as AttributionEvent;
      if (event.sentence <= since || event.sentence >= s) break;
      const { speaker, organisation } = event.attribution;
      if (speaker === null || organisation === null) continue;
      if (spoken?.attribution.organisation && isShortFormOf(organisation, spoken.attribution.organisation)) continue;
      if (!candidates.some((other) => other.attribution.organisation === organisation)) candidates.push(event);
    }
    if (candidates.length === 0) return null;
    const all = spoken?.attribution.organisation ? [...candidates, spoken] : candidates;
    const { sentences, text } = this.context;
    let best: AttributionEvent | null = null;
    let bestAt = -1;
    for (const event of all) {
      const name = event.attribution.organisation as string;
      const first = name.split(/\s+/u)[0] as string;
      const from = (sentences[Math.max(0, since + 1)] as Sentence).start;
      const stretch = text.slice(from, (sentences[s] as Sentence).start);
      const at = Math.max(lastWordAt(stretch, name), first.length > 2 ? lastWordAt(stretch, first) : -1);
      if (at > bestAt) {
        bestAt = at;
        best = event;
      }
    }
    if (!best || best === spoken) return null;
    const attribution: Attribution = {
      ...unattributed(),
      organisation: best.attribution.organisation,
      source: best.attribution.source,
      refersTo: best.sentence,
    };
    return { sentence: best.sentence, paragraph: best.paragraph, attribution, gender: null, countries: [...best.countries] };
  }

  /**
   * The one person "they" stands for in sentence s, or null: the person the author's sentence right before introduces
   * as its subject (opening a paragraph, "they" may look across the break as "she" does), alone among the people that
   * sentence names and speaking for no organisation (a plural "they" goes back to a group or a body); or, once the text
   * has called her "they", the person who spoke last when no group or body spoke since.
   */
  private singularTheyBefore(s: number, actor: Actor): AttributionEvent | null {
    const last = this.history[this.history.length - 1];
    if (last && last.attribution.speaker !== null && this.singularThey.has(last.attribution.speaker) && s - last.sentence <= 2) return last;
    const opening = actor.start === (this.context.tokens[this.context.first[s] as number] as Token).start;
    const before = this.introducingSentenceBefore(s, opening);
    if (before < 0 || this.peopleNamedIn(before) !== 1) return null;
    const person = this.subjectIntroduced(before);
    if (!person || person.organisation !== null) return null;
    this.singularThey.add(person.name);
    return { sentence: before, paragraph: (this.context.sentences[before] as Sentence).paragraph, ...fromPeople([person]) };
  }

  /** How many different people sentence s names outside quotes. */
  private peopleNamedIn(s: number): number {
    const { entities, entityQuoted, sentences } = this.context;
    const sentence = sentences[s] as Sentence;
    const seen = new Set<PersonDraft | string>();
    for (let e = lastEntityBefore(entities, sentence.end); e >= 0 && (entities[e] as Entity).start >= sentence.start; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e]) continue;
      seen.add(this.profiles.lookup(entity.text, entity.sourceId) ?? entity.text);
    }
    return seen.size;
  }

  /**
   * The unattributed sentence that may introduce the speaker of sentence s: the one right before s, or before the first
   * sentence of the quote s belongs to, in the same paragraph or, when that quote opens its paragraph, the paragraph
   * right before; -1 when there is none or it is attributed (a speaker's sentence introduces no one).
   */
  private introducingSentenceBefore(s: number, describing = false): number {
    const sentences = this.context.sentences;
    const quote = (sentences[s] as Sentence).quote?.id;
    let first = s;
    while (quote !== undefined && first > 0 && (sentences[first - 1] as Sentence).quote?.id === quote) first--;
    const before = first - 1;
    if (before < 0 || this.results[before]) return -1;
    const paragraph = (sentences[first] as Sentence).paragraph;
    const gap = paragraph - (sentences[before] as Sentence).paragraph;
    if (gap === 0) return before;
    // Across a paragraph break only from a quote's first sentence that opens its paragraph, or from a subject that
    // describes a person by what she is ("The veteran, who …, said" opening the paragraph after "Dufour set up both goals").
    return gap === 1 && (first === s ? describing || (sentences[s] as Sentence).quote !== null : true) ? before : -1;
  }

  /**
   * The person an author's sentence introduces as its subject, a verb following her name or its apposition: "Dersh
   * laughed", "Jane Roe, 81, has lived …", "Dr Jane Roe is the director of …", "Her neighbour, a retired postman named
   * Jo Roe, collects …", "Across the valley, the chairman of the X Council, Jo Roe, has started …", "Jo Roe's side
   * beat …" (a possessive name counts when no other person is the subject); else null.
   */
  private subjectIntroduced(s: number): PersonDraft | null {
    const opening = subjectPerson(this.context, s, this.profiles) ?? this.describedSubjectPerson(s);
    if (opening) return opening;
    const { tokens, entities, entityOf, inQuote, pos, text } = this.context;
    const end = this.context.end[s] as number;
    let t = this.pastFrontedPhrase(s);
    if (t < 0) return null;
    const limit = Math.min(end, t + MAX_INTRODUCED_SUBJECT);
    let person: Entity | null = null;
    let possessive: Entity | null = null;
    let apposition = false;
    for (; t < limit; t++) {
      if (inQuote[t]) return null;
      const entity = entities[entityOf[t] as number];
      let last = t;
      if (entity) {
        while (last + 1 < end && entityOf[last + 1] === entityOf[t]) last++;
        if (entity.type === 'person') {
          if ((tokens[last] as Token).lower.endsWith("'s") || (tokens[last] as Token).lower.endsWith('’s')) possessive ??= entity;
          else if (!person || apposition) person = entity;
        }
      } else {
        const tag = pos.tags[t];
        const lower = (tokens[t] as Token).lower;
        // "a retired postman named Jo Roe": a participle naming the person inside the apposition.
        // ("Roe's doubles partner, Jo Lee, …": the word a possessive name owns is a noun, whatever wink tags it)
        const owned =
          possessive !== null &&
          entities[entityOf[t - 1] as number] === possessive &&
          !commaAfter(text, tokens, t - 1) &&
          !breakAfter(this.context, t - 1);
        if ((tag === Pos.VERB || tag === Pos.AUX) && !(apposition && NAMING_PARTICIPLES.has(lower)) && !owned) {
          const subject = person ?? possessive;
          return subject ? (this.profiles.lookup(subject.text, subject.sourceId) ?? null) : null;
        }
      }
      t = last;
      if (commaAfter(text, tokens, last)) apposition = !apposition;
      else if (breakAfter(this.context, last)) return null;
    }
    return null;
  }

  /**
   * "Rangers captain Jo Whelan apologised …": the person whose name, after words describing her (no verb among them),
   * is the subject of sentence s, a verb following the name directly; else null.
   */
  private describedSubjectPerson(s: number): PersonDraft | null {
    const { tokens, entities, entityOf, inQuote, pos } = this.context;
    const end = this.context.end[s] as number;
    for (let t = this.context.first[s] as number; t < end; t++) {
      // (a token inside a name is the name's whatever wink tags it: "Josh" as a verb)
      const entity = entities[entityOf[t] as number];
      if (inQuote[t] || (!entity && (pos.tags[t] === Pos.VERB || pos.tags[t] === Pos.AUX))) return null;
      if (entity?.type !== 'person') continue;
      let last = t;
      while (last + 1 < end && entityOf[last + 1] === entityOf[t]) last++;
      if (breakAfter(this.context, last) || pos.tags[last + 1] !== Pos.VERB || (tokens[last + 1] as Token).capitalised) return null;
      // ("Roe's doubles partner, Jo Lee, …": a possessive name owns the noun after it, which wink may tag a verb)
      if (endsWithPossessiveS((tokens[last] as Token).text)) return null;
      return this.profiles.lookup(entity.text, entity.sourceId) ?? null;
    }
    return null;
  }

  /**
   * The named person a definite description points to when no speaker's role fits it as written:
   * - one whose own description holds the post, in any of its written forms ("Its chief executive, Dr Jane Roe," for
   *   "the chief executive"; "Finance chief Jane Roe" for "the CFO"), among the recent speakers;
   * - for a description by age or nationality ("the 47-year-old", "the Spaniard", "the Italian researcher"), the person
   *   who spoke last, in this paragraph or the one before, when nothing else spoke since.
   * An unnamed speaker holding the post ("a spokeswoman said … the spokeswoman said") is left to the role rules.
   */
  private personReferredTo(s: number, reference: SpeakerReference, introduced = false): AttributionEvent | null {
    // "the 58-year-old": the person given that age, wherever she was introduced.
    // ("the 29-year-old striker": an age before the noun describes her as the noun alone would)
    const age = /^(\d+)-year-old$/u.exec(reference.noun) ?? /\b(\d+)-year-old\b/u.exec(reference.role ?? '');
    const aged = age ? this.personOfAge(s, age[1] as string) : null;
    if (aged) return aged;
    const wanted = postForms(reference.role ?? reference.noun);
    const paragraph = (this.context.sentences[s] as Sentence).paragraph;
    const fitsGender = (event: AttributionEvent): boolean =>
      reference.gender === null || event.gender === null || event.gender === reference.gender;
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_DESCRIBED_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      const { speaker, role } = event.attribution;
      if (speaker === null) {
        if (role !== null && wanted.some((form) => role.toLowerCase().includes(form))) break;
        continue;
      }
      if (!fitsGender(event)) continue;
      const profile = this.profiles.lookup(speaker);
      const described = profile ? this.profiles.descriptionsOf(profile).map((range) => this.phraseOf(range).toLowerCase()) : [];
      // ("The company's boss, Jo Roe, said … The chief executive added": the role her attribution read counts too)
      described.push((role ?? '').toLowerCase());
      // ("His father, Jo Roe, said … The father of three said": a kin word apposed before her name describes her too)
      if (profile) described.push(...this.kinWordsOf(profile));
      if (described.some((phrase) => wanted.some((form) => holdsPost(phrase, form)) || describesKindOf(phrase, reference.noun)))
        return event;
    }
    const kin = this.kinNamedBefore(s, reference.noun);
    if (kin) return kin;
    // "Jo Roe's side won on Saturday. “…,” said the Portuguese, who took charge in August": "Captain Jo Roe scored the
    // winner. “…,” said the defender": the person the author's sentence just before introduced, when nobody was
    // described so before.
    // "Captain Jo Roe said … The defender said …": a noun describing a person that names no post ("defender",
    // "veteran") is the named person who spoke in the sentence just before, in the same paragraph.
    const describing = !ROLE_NOUNS.has(reference.noun) && PERSON_NOUNS.has(reference.noun);
    const descriptor = reference.nationality !== null || isDescriptorNoun(reference.noun) || describing || age !== null;
    const before = introduced ? this.introducingSentenceBefore(s, descriptor) : -1;
    const person = before >= 0 ? this.subjectIntroduced(before) : null;
    if (person && (reference.gender === null || person.gender === null || person.gender === reference.gender))
      return { sentence: before, paragraph: (this.context.sentences[before] as Sentence).paragraph, ...fromPeople([person]) };
    const last = this.history[this.history.length - 1];
    if (!descriptor || !last || last.attribution.speaker === null || last.paragraph < paragraph - 1 || !fitsGender(last)) return null;
    if (
      !isDescriptorNoun(reference.noun) &&
      age === null &&
      reference.nationality === null &&
      (last.sentence !== s - 1 || last.paragraph !== paragraph)
    )
      return null;
    if (reference.nationality !== null && last.countries.length > 0 && !last.countries.includes(reference.nationality)) return null;
    return last;
  }

  /**
   * The kin words set before a person's name by a comma where the text names her ("His father, Jo Roe,", "her sister,
   * Ama Roe,"): what she is to someone, which a later "the father of three" refers to; the profile's descriptions hold
   * only posts.
   */
  private kinWordsOf(profile: PersonDraft): readonly string[] {
    if (!this.kinWords) {
      // One pass over the article, the first time a description needs it.
      const { tokens, entityOf } = this.context;
      const found = new Map<PersonDraft, string[]>();
      for (let t = 1; t < tokens.length; t++) {
        const entity = entityAtToken(this.context, t);
        if (!entity || entity.type !== 'person' || entityOf[t - 1] === entityOf[t] || !breakAfter(this.context, t - 1)) continue;
        const kin = (tokens[t - 1] as Token).lower;
        if (!isKinWord(kin) || (tokens[t - 1] as Token).capitalised) continue;
        const owner = this.profiles.lookup(entity.text, entity.sourceId);
        if (owner) found.set(owner, [...(found.get(owner) ?? []), kin]);
      }
      this.kinWords = found;
    }
    return this.kinWords.get(profile) ?? [];
  }

  /**
   * "whose husband, Jo Roe, finished ninth. … Her husband said": the person named in the last sentences whom the text set
   * beside a name as that kin, when she has not spoken; null when none was.
   */
  private kinNamedBefore(s: number, noun: string): AttributionEvent | null {
    if (!isKinWord(noun)) return null;
    const { entities, entityQuoted, sentences } = this.context;
    const earliest = (sentences[Math.max(0, s - MAX_MENTION_SENTENCES)] as Sentence).start;
    for (let e = lastEntityBefore(entities, (sentences[s] as Sentence).start); e >= 0 && (entities[e] as Entity).start >= earliest; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e]) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (profile && this.kinWordsOf(profile).includes(noun)) return this.eventOfPerson(profile, this.sentenceAt(entity.start));
    }
    return null;
  }

  /**
   * "The federation chief blamed …", "the central bank chief has said": a word for whoever heads a body, after a noun
   * naming the body, is the latest speaker who spoke for an organisation whose name holds that noun and was introduced
   * with a post that heads it (president, governor, chair, …); else null.
   */
  private leaderReferredTo(reference: SpeakerReference): AttributionEvent | null {
    const words = (reference.role ?? '').toLowerCase().split(/\s+/u);
    if (!LEADER_WORDS.has(reference.noun) || words.length < 2 || words[words.length - 1] !== reference.noun) return null;
    const body = normaliseName(words[words.length - 2] as string);
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_DESCRIBED_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      const { speaker, organisation, role } = event.attribution;
      if (speaker === null || organisation === null || !normaliseName(organisation).split(' ').includes(body)) continue;
      if (reference.gender !== null && event.gender !== null && event.gender !== reference.gender) continue;
      const profile = this.profiles.lookup(speaker);
      const described = [role ?? '', ...(profile ? this.profiles.descriptionsOf(profile).map((range) => this.phraseOf(range)) : [])];
      const heads = described.some((phrase) => {
        const lower = phrase.toLowerCase();
        return !/\bformer\b/u.test(lower) && [...HEADING_POSTS].some((post) => holdsPost(lower, post));
      });
      if (heads) return event;
    }
    return null;
  }

  /**
   * "At NAME Securities, analyst Jane Roe said …": an organisation's name fronted with "at" or "for" before the clause
   * whose subject is a person with a role is where she works and whom she speaks for.
   */
  private organisationFronted(s: number, cue: Cue, attribution: Attribution): void {
    const { tokens, entities, entityOf, text } = this.context;
    const first = this.context.first[s] as number;
    const opener = (tokens[first] as Token | undefined)?.lower;
    if ((opener !== 'at' && opener !== 'for') || attribution.role === null) return;
    let t = first + 1;
    if (DETERMINERS.has((tokens[t] as Token | undefined)?.lower ?? '')) t++;
    const entity = entities[entityOf[t] as number];
    // (a name the entity finder read as a person's is a workplace after "At" too, unless a first name opens it)
    const workplace =
      entity?.type === 'organisation' ||
      (entity?.type === 'person' && entity.text !== attribution.speaker && !isKnownFirstName((tokens[t] as Token).lower));
    if (!entity || !workplace || entity.start !== (tokens[t] as Token).start) return;
    let last = t;
    while (entityOf[last + 1] === entityOf[t]) last++;
    // The name closes the fronted phrase, the speaker's clause opens right after its comma.
    if (!commaAfter(text, tokens, last) || cue.firstToken !== last + 1) return;
    attribution.organisation = entity.text;
    const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
    attribution.source ??= record ? toSourceRef(record) : null;
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    if (profile && profile.organisation === null) {
      profile.organisation = attribution.organisation;
      profile.organisationSource = attribution.source;
    }
  }

  /**
   * "Speaking for the opposition Social Democrats, Name said", "Name, replying for the committee, said", "Name, speaking on
   * behalf of X, said": a participle of speaking with "for" or "on behalf of", set off by commas around the speaker's name
   * or opening the sentence, names the body she speaks for (an organisation noun resolved to the one named before).
   */
  private organisationSpokenFor(s: number, cue: Cue, attribution: Attribution): void {
    const { tokens, entities, entityOf, text } = this.context;
    const first = this.context.first[s] as number;
    for (let t = first; t < cue.lastToken; t++) {
      const word = (tokens[t] as Token).lower;
      // "Name, representing X, said", "Name, on behalf of X, said": the same with the body right after.
      // "For the regulator, X, Name said", "Name, for the company, said": a court's advocate, "for" alone.
      const direct =
        word === 'representing' || word === 'for' || (word === 'on' && (tokens[t + 1] as Token | undefined)?.lower === 'behalf');
      if (!SPEAKING_PARTICIPLES.has(word) && !direct) continue;
      // Fronted ("Speaking for X, Name said") or set off right after the name ("Name, speaking for X, said").
      if (t !== first && !(t - 1 >= cue.firstToken && commaAfter(text, tokens, t - 1))) continue;
      let o = direct ? t : t + 1;
      if ((tokens[o] as Token | undefined)?.lower === 'on' && (tokens[o + 1] as Token | undefined)?.lower === 'behalf') o += 3;
      else if ((tokens[o] as Token | undefined)?.lower === 'for') o += 1;
      else if (word === 'representing') o += 1;
      else continue;
      if (DETERMINERS.has((tokens[o] as Token | undefined)?.lower ?? '')) o++;
      // "the opposition Social Democrats": lower-case words describing the body before its name.
      let name = o;
      while (
        name < cue.lastToken &&
        !(tokens[name] as Token).capitalised &&
        (entityOf[name] as number) < 0 &&
        !commaAfter(text, tokens, name)
      )
        name++;
      let entity = entities[entityOf[name] as number];
      // "For the regulator, Maritime Safety NZ, Name said": the body's name in apposition to the noun after "for".
      const apposed = entities[entityOf[name + 1] as number];
      if (
        word === 'for' &&
        entity === undefined &&
        commaAfter(text, tokens, name) &&
        apposed?.type === 'organisation' &&
        apposed.start === (tokens[name + 1] as Token).start
      )
        entity = apposed;
      // ("For Acme, the results were good, Name said": a fronted "for" names her body only right before her clause)
      let bodyLast = entity !== undefined && entity === apposed ? name + 1 : name;
      while (entity !== undefined && entityOf[bodyLast + 1] === entityOf[bodyLast]) bodyLast++;
      if (word === 'for' && t === first && !this.clauseRunsTo(bodyLast + 1, cue.firstToken)) return;
      if (entity?.type === 'organisation' && (entity === apposed || entity.start === (tokens[name] as Token).start)) {
        attribution.organisation = entity.text;
        const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
        attribution.source ??= record ? toSourceRef(record) : null;
      } else if (word === 'for' && entity === undefined && (tokens[name] as Token).capitalised && commaAfter(text, tokens, name)) {
        // "For the Crown, Name said": the body named before whose name holds the word ("the Crown Office …").
        const word = (tokens[name] as Token).lower;
        let named: Entity | undefined;
        const latest = lastEntityBefore(entities, (tokens[first] as Token).start);
        for (let e = latest; e >= 0 && latest - e < MAX_ORGANISATION_LOOKBACK && !named; e--) {
          const candidate = entities[e] as Entity;
          if (candidate.type === 'organisation' && normaliseName(candidate.text).split(' ').includes(word)) named = candidate;
        }
        if (!named) return;
        attribution.organisation = named.text;
        const record = named.sourceId ? this.context.registry.get(named.sourceId) : undefined;
        attribution.source ??= record ? toSourceRef(record) : null;
      } else if (name === o && ORGANISATION_NOUNS.has((tokens[o] as Token).lower) && commaAfter(text, tokens, o)) {
        const named = this.organisationBefore(s, (tokens[o] as Token).lower, (tokens[first] as Token).start);
        if (!named) return;
        attribution.organisation = named.organisation;
        attribution.source ??= named.source;
      } else return;
      if (t === first && cue.firstToken > first && commaAfter(text, tokens, cue.firstToken - 1))
        this.frontedSpokenFor = (tokens[first] as Token).start;
      const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
      if (profile && profile.organisation === null) {
        profile.organisation = attribution.organisation;
        profile.organisationSource = attribution.source;
      }
      return;
    }
  }

  /** Whether tokens[from, to) hold no punctuation between them ("For the Crown, fiscal depute Name said": her role). */
  private clauseRunsTo(from: number, to: number): boolean {
    if (to < from) return false;
    for (let t = from; t < to; t++) if (breakAfter(this.context, t)) return false;
    return true;
  }

  /**
   * A court's defence advocate speaks for the defendant when the defendant is an organisation: "Defending, Name said",
   * "Name, defending, said", "Defence lawyer Name said", "Name, for the defence, said". The defendant is the organisation
   * the latest sentence before that tells of a plea, a charge or a sentence opens with (also "pleaded guilty on behalf of
   * his company, X"); a defendant who is a person leaves her none. The tie holds for her later mentions.
   */
  private organisationDefended(s: number, cue: Cue, attribution: Attribution): void {
    if (attribution.speaker === null || !this.isDefenceAdvocate(s, cue, attribution)) return;
    const defendant = this.defendantOrganisation(s);
    if (!defendant) return;
    attribution.organisation = defendant.text;
    const record = defendant.sourceId ? this.context.registry.get(defendant.sourceId) : undefined;
    attribution.source ??= record ? toSourceRef(record) : null;
    const profile = this.profiles.lookup(attribution.speaker);
    if (profile && profile.organisation === null) {
      profile.organisation = attribution.organisation;
      profile.organisationSource = attribution.source;
    }
  }

  /** Whether the sentence, or the role it gives her, makes the speaker the defence's advocate. */
  private isDefenceAdvocate(s: number, cue: Cue, attribution: Attribution): boolean {
    const { tokens, text } = this.context;
    const first = this.context.first[s] as number;
    if (/\bdefen[cs]e\b/iu.test(attribution.role ?? '')) return true;
    // "Defending, Name said" (fronted) or "Name, defending, said" / "Name, for the defence, said" (set off after her name)
    if ((tokens[first] as Token).lower === 'defending' && commaAfter(text, tokens, first)) return true;
    for (let t = cue.firstToken; t < cue.lastToken; t++) {
      if (!commaAfter(text, tokens, t)) continue;
      const word = (tokens[t + 1] as Token).lower;
      if (word === 'defending' && commaAfter(text, tokens, t + 1)) return true;
      if (
        word === 'for' &&
        (tokens[t + 2] as Token | undefined)?.lower === 'the' &&
        /^defen[cs]e$/u.test((tokens[t + 3] as Token | undefined)?.lower ?? '')
      )
        return true;
    }
    return false;
  }

  /**
   * "Name, 46, of X Road, pleaded guilty on behalf of his company, X Ltd, to …": a defendant pleading for a company speaks
   * for it (the corpus's convention for pleas since branch attr-doc1).
   */
  private organisationPleadedFor(s: number, attribution: Attribution): void {
    if (!/\bon behalf of\b/iu.test((this.context.sentences[s] as Sentence).text)) return;
    const pleaded = this.defendantOfSentence(s);
    if (!pleaded) return;
    attribution.organisation = pleaded.text;
    const record = pleaded.sourceId ? this.context.registry.get(pleaded.sourceId) : undefined;
    attribution.source ??= record ? toSourceRef(record) : null;
  }

  /**
   * The organisation on trial: the first organisation (not a court) of the latest sentence before s that tells of a plea,
   * a charge or a sentence ("X Ltd admitted two breaches", "X was fined", "pleaded guilty on behalf of his company, X"),
   * before the word that tells it or after "on behalf of"; undefined when that sentence's defendant is no organisation.
   */
  private defendantOrganisation(s: number): Entity | undefined {
    for (let b = s - 1; b >= 0 && s - b <= MAX_DEFENDANT_SENTENCES; b--) {
      const defendant = this.defendantOfSentence(b);
      if (defendant !== null) return defendant;
    }
    return undefined;
  }

  /**
   * The organisation sentence b tells of a plea, a charge or a sentence of (as `defendantOrganisation` reads it);
   * undefined when its defendant is no organisation, null when it tells of none.
   */
  private defendantOfSentence(b: number): Entity | undefined | null {
    const { tokens, entities, entityOf } = this.context;
    const first = this.context.first[b] as number;
    const end = this.context.end[b] as number;
    let plea = -1;
    for (let t = first; t < end && plea < 0; t++) {
      const token = tokens[t] as Token;
      const negated = t > first && /^(?:not|never|n['’]t)$/u.test((tokens[t - 1] as Token).lower);
      if (DEFENDANT_WORDS.has(token.lower) && !negated && !this.context.inQuote[t]) plea = t;
    }
    if (plea < 0) return null;
    let behalf = -1;
    for (let t = plea; t + 2 < end && behalf < 0; t++)
      if ((tokens[t] as Token).lower === 'on' && (tokens[t + 1] as Token).lower === 'behalf' && (tokens[t + 2] as Token).lower === 'of')
        behalf = t + 3;
    const isParty = (entity: Entity | undefined): entity is Entity =>
      entity?.type === 'organisation' && !COURT_WORDS.has(lowerCase(entity.text).split(/\s+/u).pop() ?? '');
    // "on behalf of his company, Golden Grill (Colmere) Ltd": a name there is a body's, up to its legal form.
    for (let t = behalf; behalf >= 0 && t < end; t++) {
      const e = entityOf[t] as number;
      const entity = entities[e];
      if ((entity?.type === 'person' && !isKnownFirstName((tokens[t] as Token).lower)) || isParty(entity)) {
        const next = entities[e + 1];
        const joined = next?.type === 'organisation' && /^\s*(?:\([^()]*\)\s*)?$/u.test(this.context.text.slice(entity.end, next.start));
        return joined
          ? { ...next, start: entity.start, text: this.context.text.slice(entity.start, next.end) }
          : { ...entity, type: 'organisation' };
      }
    }
    for (let t = first; t < plea; t++) {
      const entity = entities[entityOf[t] as number];
      if (entity?.type === 'person') return undefined;
      if (isParty(entity)) return entity;
    }
    return undefined;
  }

  /** Whether a phrase that introduced the person gave her a post only an organisation has ("Its chief executive, Dr Name,"). */
  private describedWithOrganisationRole(speaker: string): boolean {
    const profile = this.profiles.lookup(speaker);
    return profile !== undefined && this.profiles.descriptionsOf(profile).some((range) => holdsOrganisationRole(this.phraseOf(range)));
  }

  /**
   * "the minister's office", "the mayor's press office": a phrase owned by a post is the organisation of the latest
   * speaker holding that post (her role, or a phrase that introduced her, holds the word), when she has one; else null.
   */
  private organisationOfPostOwner(s: number, actor: Actor): { organisation: string; source: SourceRef | null; refersTo: number } | null {
    const owner = /^the\s+([\p{L}-]+)['’]s\s/iu.exec(this.context.text.slice(actor.start, actor.end))?.[1]?.toLowerCase();
    if (!owner || !ROLE_NOUNS.has(owner)) return null;
    const event = this.personReferredTo(s, {
      noun: owner,
      category: 'person',
      plural: false,
      gender: null,
      nationality: null,
      role: owner,
    });
    const { organisation, source } = event?.attribution ?? { organisation: null, source: null };
    return event && organisation !== null ? { organisation, source, refersTo: event.sentence } : null;
  }

  /**
   * "The haulier's depot office", "the insurer's claims department": the organisation the text set a description headed by
   * the owner's noun beside ("The haulier, Tarn Freight, …", "insurer Velda Mutual"), the latest named before; an
   * organisation noun's possessive ("the council's") is read by the rules for that noun.
   */
  private bodyDescribedAsOwner(s: number, actor: Actor): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const owner = /^the\s+([\p{L}-]+)['’]s\s/iu.exec(this.context.text.slice(actor.start, actor.end))?.[1]?.toLowerCase();
    // ("the county's finance office": a place's part, read by the rules for areas, not a body the place was said to have)
    if (!owner || ORGANISATION_NOUNS.has(owner) || isAreaWord(owner)) return null;
    const key = normaliseName(owner);
    // ("the park's breeding committee" after "Hesketh Moth Park": a name the noun ends stands for it as well)
    return this.latestNamedOrganisation(
      s,
      actor.start,
      (entity) => this.isDescribedAs(entity.text, key) || nameHeadWord(entity.text) === key,
    );
  }

  /**
   * The organisation named before that a possessive owner's description written at `from` fits ("port authority" →
   * "Kestwick Port Authority"), its head an organisation noun and its modifiers narrowing it; null when none fits.
   */
  private bodyOfOwnerDescription(
    s: number,
    owner: string,
    from: number,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const head = owner.split(/\s+/u).pop()?.toLowerCase();
    const at = this.context.text.indexOf(owner, from);
    if (head === undefined || at < 0 || !ORGANISATION_NOUNS.has(head)) return null;
    const found = this.organisationBefore(s, head, from, this.modifiersOf(s, { start: at, end: at + owner.length }));
    // ("the world league's integrity unit" is not the national league named before: every word counts)
    return found && holdsAll(found.organisation, normaliseName(owner).split(' ')) ? found : null;
  }

  private phraseOf(range: TokenRange): string {
    const { tokens, text } = this.context;
    return text.slice((tokens[range.first] as Token).start, (tokens[range.last] as Token).end);
  }

  /** "its annual report", "their latest figures": the organisation an organisation's possessive before a document stands for. */
  private ownDocumentOf(s: number, actor: Actor): { organisation: string; source: SourceRef | null } | null {
    if (actor.kind !== 'back-reference' || actor.reference?.category !== 'document') return null;
    const { tokens } = this.context;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start < actor.start) continue;
      if (token.start > actor.start || (token.lower !== 'its' && token.lower !== 'their')) return null;
      // ("Complaints to the X Ombudsman rose …, according to its annual report": the organisation named before it in the
      // sentence; else, as for "its chairman", the one named or speaking before.)
      // ("The village council wrote to X. Its letter says": the description the sentence before opens with, as written.)
      const described = s > 0 ? this.subjectDescriptionOf(s - 1, '', Number.MAX_SAFE_INTEGER) : null;
      return (
        this.subjectOrganisationOf(s) ??
        this.organisationEarlierIn(s, token.start) ??
        this.shortNameOpening(s) ??
        (described ? { organisation: described, source: null } : null) ??
        this.possessiveAt(s, t) ??
        null
      );
    }
    return null;
  }

  /** Whether the document phrase of `actor` opens with "its" or "their" ("its annual report"). */
  private ownedByPossessivePronoun(s: number, actor: Actor): boolean {
    const { tokens } = this.context;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start === actor.start) return token.lower === 'its' || token.lower === 'their';
      if (token.start > actor.start) return false;
    }
    return false;
  }

  /**
   * "Brewline employs 5,800 people, according to its annual report": a capitalised word opening sentence s that the
   * entity finder left unread, which names an organisation named before (its short name), or null.
   */
  private shortNameOpening(s: number): { organisation: string; source: SourceRef | null } | null {
    const first = this.context.first[s] as number;
    const token = this.context.tokens[first] as Token | undefined;
    if (!token || !token.capitalised || (this.context.entityOf[first] as number) >= 0 || this.context.inQuote[first]) return null;
    const named = earlierOrganisationNamed(this.context, token.text, token.start);
    return named ? { organisation: named.name, source: named.source } : null;
  }

  /** The last organisation named outside quotes in sentence s before offset `before` (no medium), or null. */
  private organisationEarlierIn(s: number, before: number): { organisation: string; source: SourceRef | null } | null {
    const start = (this.context.sentences[s] as Sentence).start;
    const named = this.latestNamedOrganisation(s, before, (entity) => entity.start >= start);
    return named && { organisation: named.organisation, source: named.source };
  }

  /**
   * "The X Court said in a report … According to the report, …": "the report" (a document noun) is the attribution of
   * the latest sentence that put that document forward as its channel ("said in a report", "In a 64-page report, X
   * found"), when there is one among the recent attributions; else null.
   */
  private documentIssuer(actor: Actor): AttributionEvent | null {
    const reference = actor.reference;
    if (actor.kind !== 'back-reference' || reference?.category !== 'document' || reference.possessive) return null;
    const { tokens, inQuote } = this.context;
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_NARROWED_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      if (event.attribution.speaker === null && event.attribution.organisation === null) continue;
      const end = this.context.end[event.sentence] as number;
      for (let t = this.context.first[event.sentence] as number; t < end; t++) {
        if (inQuote[t] || (tokens[t] as Token).lower !== 'in') continue;
        for (let k = t + 1; k < end && k <= t + 1 + MAX_OWNER_MODIFIERS && !breakAfter(this.context, k - 1); k++) {
          if ((tokens[k] as Token).lower === reference.noun) return event;
        }
      }
    }
    return null;
  }

  /**
   * Whether the word after the actor's phrase is a verb by which a document states a finding ("the report shows") or a
   * grade ("the report rated the depot inadequate").
   */
  private findingVerbAfter(s: number, actor: Actor): boolean {
    const { tokens } = this.context;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      if ((tokens[t] as Token).start < actor.end) continue;
      const lemma = lowerCase(this.context.pos.lemmas[t] as string);
      return FINDING_LEMMAS.has(lemma) || lemma === 'rate';
    }
    return false;
  }

  /**
   * "The X Inspectorate inspected the depot in May. The report rated it poor.": a report right after a sentence that
   * opens with an organisation inspecting, auditing or reviewing something (`INSPECTING_LEMMAS`, its verb right after its
   * name) is that body's report, the sentence told as an event and attributed to no one; else null.
   */
  private reportOfInspectionBefore(s: number): AttributionEvent | null {
    const subject = this.subjectOrganisationOf(s - 1);
    if (!subject) return null;
    const { tokens } = this.context;
    const end = this.context.end[s - 1] as number;
    let t = this.context.first[s - 1] as number;
    while (t < end && DEFINITE_DETERMINERS.has((tokens[t] as Token).lower)) t++;
    while (t < end && (this.context.entityOf[t] as number) >= 0) t++;
    while (t < end && this.context.pos.tags[t] === Pos.AUX) t++;
    if (t >= end || !INSPECTING_LEMMAS.has(lowerCase(this.context.pos.lemmas[t] as string))) return null;
    const attribution: Attribution = { ...unattributed(), organisation: subject.organisation, source: subject.source };
    const paragraph = (this.context.sentences[s - 1] as Sentence).paragraph;
    return { attribution, sentence: s - 1, paragraph, gender: null, countries: compact([subject.source?.country]) };
  }

  /** Whether the word `noun` is written in the two sentences before sentence s. */
  private namedRecently(s: number, noun: string): boolean {
    const { tokens } = this.context;
    for (let t = this.context.first[Math.max(0, s - 2)] as number; t < (this.context.first[s] as number); t++)
      if ((tokens[t] as Token).lower === noun) return true;
    return false;
  }

  /**
   * "Profits fell, its annual report shows. … The report gives a profit of £2.1m": "the report" is the document of the
   * latest sentence attributed to an organisation that named that noun (its owner), however far back; else null.
   */
  private documentOwnerBefore(actor: Actor): AttributionEvent | null {
    const reference = actor.reference;
    if (actor.kind !== 'back-reference' || reference?.category !== 'document' || reference.possessive) return null;
    const { tokens, inQuote } = this.context;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const event = this.history[i] as AttributionEvent;
      if (event.attribution.organisation === null) continue;
      const end = this.context.end[event.sentence] as number;
      for (let t = this.context.first[event.sentence] as number; t < end; t++)
        if (!inQuote[t] && (tokens[t] as Token).lower === reference.noun) return event;
    }
    return null;
  }

  /**
   * Whether the latest of the `MAX_DOCUMENT_GAP` sentences before s that writes the document's noun outside quotes
   * ("Survey reports published in May show …") was attributed to no one: a document the text gives no owner.
   */
  private ownerlessDocumentBefore(s: number, noun: string): boolean {
    const { tokens, inQuote } = this.context;
    for (let k = s - 1; k >= 0 && k >= s - MAX_DOCUMENT_GAP; k--) {
      const end = this.context.end[k] as number;
      let names = false;
      for (let t = this.context.first[k] as number; t < end && !names; t++) names = !inQuote[t] && (tokens[t] as Token).lower === noun;
      if (!names) continue;
      const attribution = this.results[k];
      return !attribution || (attribution.speaker === null && attribution.organisation === null && attribution.source === null);
    }
    return false;
  }

  /**
   * "X lost £41m, according to its annual report. The accounts show …", "The bulletin shows …" after "The department's
   * statistics give …": a document under another noun, right after a sentence that gave an organisation's document as its
   * source, is read as that organisation's (the papers of one filing), as a reader reads it. The latest attribution must
   * be that document's, in one of the `MAX_DOCUMENT_GAP` sentences before: a person who spoke since, or an organisation
   * heard from in its own words, ends it.
   */
  private documentToldJustBefore(s: number): AttributionEvent | null {
    const event = this.history[this.history.length - 1];
    if (!event || event.sentence < s - MAX_DOCUMENT_GAP || event.attribution.speaker !== null || event.attribution.organisation === null)
      return null;
    const { tokens, inQuote } = this.context;
    // (the latest document named before s must be that attribution's: "The council's figures give … The department's
    // statistics give … The bulletin shows" is the department's bulletin, whoever the engine heard last)
    let latest = -1;
    for (let t = this.context.first[event.sentence] as number; t < (this.context.first[s] as number); t++)
      if (!inQuote[t] && DOCUMENT_NOUNS.has((tokens[t] as Token).lower)) latest = t;
    return latest >= 0 && latest < (this.context.end[event.sentence] as number) ? event : null;
  }

  /**
   * "said Dr. Lorraine Vale, … She said": a speaker of unknown gender whom "she" or "he" points to has that gender from
   * then on, in her earlier sentences and her profile too, so a later "he" looks past her.
   */
  private learnGender(actor: Actor, event: AttributionEvent): Gender | null {
    const speaker = event.attribution.speaker;
    if (event.gender !== null || speaker === null || actor.kind !== 'pronoun' || (actor.pronoun !== 'he' && actor.pronoun !== 'she'))
      return event.gender;
    const gender: Gender = actor.pronoun === 'he' ? 'male' : 'female';
    for (const earlier of this.history) if (earlier.gender === null && earlier.attribution.speaker === speaker) earlier.gender = gender;
    const profile = this.profiles.lookup(speaker);
    if (profile && profile.gender === null) profile.gender = gender;
    return gender;
  }

  /**
   * "Anna Petrova, the director of …, has worked through two winters. She spoke
   * to …": with no earlier speaker, "he" / "she" is the nearest person named
   * outside quotes in this or the previous paragraphs whose gender fits.
   */
  /**
   * "The former chief executive said", "the former mayor said": the nearest person named before whose description tells
   * of a post held once ("Name, who was mayor when …", "who ran the firm for eleven years", "a former director"), one
   * whose description holds the noun first; never the post's present holder, whom the role alone would pick. Null when
   * the phrase says no "former" or nobody was so described.
   */
  private formerHolderBefore(s: number, actor: Actor): AttributionEvent | null {
    const reference = actor.reference;
    if (!reference || !this.refersToFormerHolder(actor)) return null;
    const { entities, entityQuoted, sentences } = this.context;
    const earliest = (sentences[Math.max(0, s - MAX_MENTION_SENTENCES)] as Sentence).start;
    const seen = new Set<PersonDraft>();
    let fallback: AttributionEvent | null = null;
    for (let e = lastEntityBefore(entities, (sentences[s] as Sentence).start); e >= 0 && (entities[e] as Entity).start >= earliest; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e]) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (!profile || seen.has(profile)) continue;
      if (reference.gender !== null && profile.gender !== null && profile.gender !== reference.gender) continue;
      const post = this.pastPostAt(e);
      if (post === null) continue;
      seen.add(profile);
      const mentionedIn = this.sentenceAt(entity.start);
      const event = { sentence: mentionedIn, paragraph: (sentences[mentionedIn] as Sentence).paragraph, ...fromPeople([profile]) };
      if (holdsPhrase(post, reference.noun)) return event;
      fallback ??= event;
    }
    return fallback;
  }

  /**
   * "was working as an accountant in Leeds", "worked as a nurse for 20 years": the words of the work a past verb right
   * after a name (token `last`) says she did, up to the clause's end; null for anything else.
   */
  private pastWorkAfter(last: number): string | null {
    const { tokens, text } = this.context;
    let t = last + 1;
    const verb = (tokens[t] as Token | undefined)?.lower ?? '';
    if (verb === 'was' && (tokens[t + 1] as Token | undefined)?.lower === 'working') t++;
    else if (verb !== 'worked') return null;
    if ((tokens[t + 1] as Token | undefined)?.lower !== 'as') return null;
    const first = t + 2;
    if (first >= tokens.length || this.sentenceAt((tokens[first] as Token).start) !== this.sentenceAt((tokens[last] as Token).start))
      return null;
    let end = first;
    while (end + 1 < tokens.length && end - first < MAX_PAST_POST_TOKENS && !breakAfter(this.context, end)) end++;
    return text.slice((tokens[first] as Token).start, (tokens[end] as Token).end).toLowerCase();
  }

  /** "The former mayor said", "an ex-chairman": a singular description of a person by a post held once. */
  private refersToFormerHolder(actor: Actor): boolean {
    const reference = actor.reference;
    if (actor.kind !== 'back-reference' || reference?.category !== 'person' || reference.plural) return false;
    return PAST_POST_WORD.test(this.context.text.slice(actor.start, actor.end));
  }

  /**
   * The words of a post the person named by entity e held once, as this mention describes it: "former chief executive
   * Name", "Name, a former director of …", "Name, who was mayor when …", "Name, who ran the firm …"; null when it
   * describes none.
   */
  private pastPostAt(e: number): string | null {
    const { tokens, entityOf, text } = this.context;
    const entity = this.context.entities[e] as Entity;
    const sentenceFirst = this.context.first[this.sentenceAt(entity.start)] as number;
    let first = sentenceFirst;
    while (first < tokens.length && entityOf[first] !== e) first++;
    let last = first;
    while (last + 1 < tokens.length && entityOf[last + 1] === e) last++;
    // Before the name: "former chief executive Name", "The club's former chairman, Name,".
    for (let k = first - 1; k >= sentenceFirst && k >= first - MAX_PAST_POST_TOKENS; k--) {
      if (PAST_POST_WORD.test((tokens[k] as Token).text))
        return text.slice((tokens[k] as Token).start, (tokens[first - 1] as Token).end).toLowerCase();
      if (breakAfter(this.context, k) && k !== first - 1) break;
    }
    // After it, as the sentence's verb: "Name was working as an accountant in Leeds when …", "Name worked as a nurse".
    if (!breakAfter(this.context, last)) return this.pastWorkAfter(last);
    // After it, between commas: "Name, a former director of …", "Name, who was mayor when …".
    first = last + 1;
    const lead = (tokens[first] as Token | undefined)?.lower ?? '';
    const second = (tokens[first + 1] as Token | undefined)?.lower ?? '';
    const past =
      ((lead === 'a' || lead === 'the') && PAST_POST_WORD.test(second)) ||
      PAST_POST_WORD.test(lead) ||
      (lead === 'who' && PAST_POST_VERBS.has(second));
    if (!past) return null;
    let end = first;
    while (end + 1 < tokens.length && end - first < MAX_PAST_POST_TOKENS && !breakAfter(this.context, end)) end++;
    return text.slice((tokens[first] as Token).start, (tokens[end] as Token).end).toLowerCase();
  }

  /**
   * "Quinlan … Aske … The former wants …", "Aas and Reid plan … The latter said": the last two different people named
   * outside quotes before sentence s, in its paragraph and the few before; the more recent one is "the latter", the
   * other "the former". Their latest attribution when they spoke, else what the text said of them; null with fewer
   * than two.
   */
  private pairMemberBefore(s: number, latter: boolean): AttributionEvent | null {
    const { entities, entityQuoted, sentences } = this.context;
    const sentence = sentences[s] as Sentence;
    let from = s;
    while (
      from > 0 &&
      s - from < MAX_MENTION_SENTENCES &&
      sentence.paragraph - (sentences[from - 1] as Sentence).paragraph <= MAX_PAIR_PARAGRAPHS
    )
      from--;
    const earliest = (sentences[from] as Sentence).start;
    const pair: { profile: PersonDraft; offset: number }[] = [];
    for (let e = lastEntityBefore(entities, sentence.start); e >= 0 && (entities[e] as Entity).start >= earliest && pair.length < 2; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e]) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (profile && !pair.some((met) => met.profile === profile)) pair.push({ profile, offset: entity.start });
    }
    // "Tallowby rose 4 per cent, while Sennet Logic fell 2 per cent. The latter said": two organisations named after the
    // last person named are the pair meant.
    const bodies: Entity[] = [];
    for (
      let e = lastEntityBefore(entities, sentence.start);
      e >= 0 && (entities[e] as Entity).start >= earliest && bodies.length < 2;
      e--
    ) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      if (!bodies.some((met) => isShortFormOf(met.text, entity.text))) bodies.push(entity);
    }
    // (named after both people, so no body one of them was said to be of: "Dr Jo Roe, of X, … Al Ek, of Y, … The latter")
    const newerPerson = pair.length > 0 ? (pair[0] as { offset: number }).offset : -1;
    if (bodies.length === 2 && (bodies[1] as Entity).start > newerPerson) {
      const body = bodies[latter ? 0 : 1] as Entity;
      const record = body.sourceId ? this.context.registry.get(body.sourceId) : undefined;
      const at = this.sentenceAt(body.start);
      const attribution: Attribution = { ...unattributed(), organisation: body.text, source: record ? toSourceRef(record) : null };
      return { sentence: at, paragraph: (sentences[at] as Sentence).paragraph, attribution, gender: null, countries: [] };
    }
    const chosen = pair.length === 2 ? pair[latter ? 0 : 1] : undefined;
    return chosen ? this.eventOfPerson(chosen.profile, this.sentenceAt(chosen.offset)) : null;
  }

  /** The latest attribution to this person among the recent ones, else one made of what the text said of her at sentence `at`. */
  private eventOfPerson(profile: PersonDraft, at: number): AttributionEvent {
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_DESCRIBED_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      if (event.attribution.speaker !== null && this.profiles.lookup(event.attribution.speaker) === profile) return event;
    }
    return { sentence: at, paragraph: (this.context.sentences[at] as Sentence).paragraph, ...fromPeople([profile]) };
  }

  /**
   * "Captain Jo Roe, 58, has skippered …" then "the 58-year-old says": the one person the text gave that age before
   * sentence s ("Name, 58," or "58-year-old Name"); null when none or several.
   */
  private personOfAge(s: number, age: string): AttributionEvent | null {
    const { entities, entityOf, tokens, text } = this.context;
    const end = this.context.first[s] as number;
    let found: PersonDraft | undefined;
    let at = -1;
    for (let t = 0; t < end; t++) {
      const entity = entities[entityOf[t] as number];
      if (!entity) continue;
      const first = t;
      while (t + 1 < end && entityOf[t + 1] === entityOf[first]) t++;
      if (entity.type !== 'person') continue;
      const after = tokens[t + 1];
      const stated =
        (after !== undefined && after.text === age && commaAfter(text, tokens, t)) || tokens[first - 1]?.lower === `${age}-year-old`;
      const profile = stated ? this.profiles.lookup(entity.text, entity.sourceId) : undefined;
      if (!profile || profile === found) continue;
      if (found) return null;
      found = profile;
      at = this.sentenceAt(entity.start);
    }
    return found ? this.eventOfPerson(found, at) : null;
  }

  /**
   * "“If the bus goes, I go,” she says. ¶ Jane Roe is 81 …", "“…,” she said. Dr Jane Roe, who led the study, said …": a
   * quote opening its paragraph, tagged by a pronoun that nobody of that gender in the paragraph before can be, is the
   * words of the person the next sentence opens on (a title before the name allowed), named there for the first time.
   */
  private personIntroducedAfterQuote(s: number, actor: Actor): AttributionEvent | null {
    if (actor.kind !== 'pronoun' || (actor.pronoun !== 'he' && actor.pronoun !== 'she')) return null;
    const { entities, sentences, tokens } = this.context;
    const sentence = sentences[s] as Sentence;
    if (!sentence.quote) return null;
    // The quoted sentences before and after the tag open the paragraph; the sentence after them names her.
    let first = s;
    while (first > 0 && (sentences[first - 1] as Sentence).paragraph === sentence.paragraph) {
      if (!(sentences[first - 1] as Sentence).quote) return null;
      first--;
    }
    let after = s + 1;
    while (
      after < sentences.length &&
      (sentences[after] as Sentence).paragraph === sentence.paragraph &&
      sentences[after]?.quote?.coverage === 'full'
    )
      after++;
    const next = sentences[after];
    if (!next || next.paragraph - sentence.paragraph > 1 || next.quote) return null;
    const wanted: Gender = actor.pronoun === 'he' ? 'male' : 'female';
    const fits = (gender: Gender | null): boolean => gender === null || gender === wanted;
    // Someone of that gender in the paragraph before (named, or speaking) is who the pronoun goes back to.
    const last = this.history[this.history.length - 1];
    if (last && last.attribution.speaker !== null && sentence.paragraph - last.paragraph <= 1 && fits(last.gender)) return null;
    let opening = -1;
    for (let e = lastEntityBefore(entities, next.end); e >= 0; e--) {
      const entity = entities[e] as Entity;
      if (entity.start < next.start) {
        if ((sentences[this.sentenceAt(entity.start)] as Sentence).paragraph < sentence.paragraph - 1) break;
        if (entity.type !== 'person' || isByline(this.context, e)) continue;
        const profile = this.profiles.lookup(entity.text, entity.sourceId);
        if (profile && fits(profile.gender)) return null;
        continue;
      }
      opening = e;
    }
    const entity = entities[opening];
    if (!entity || entity.type !== 'person') return null;
    // The name opens the sentence, after at most a title ("Dr", "Professor").
    let t = this.context.first[after] as number;
    if (TITLE_WORDS.has((tokens[t] as Token).lower.replace(/\.$/u, ''))) t++;
    if ((tokens[t] as Token | undefined)?.start !== entity.start) return null;
    const profile = this.profiles.lookup(entity.text, entity.sourceId);
    if (!profile || !fits(profile.gender)) return null;
    // Named before: the quote's pronoun would have had her to go back to.
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < sentence.start; e++) {
      const earlier = entities[e] as Entity;
      if (earlier.type === 'person' && this.profiles.lookup(earlier.text, earlier.sourceId) === profile) return null;
    }
    return { sentence: after, paragraph: next.paragraph, ...fromPeople([profile]) };
  }

  /** Whether entity e's mention is outranked by a subject pronoun of `gender` before it in its sentence (`outrankedByPronoun`). */
  private mentionOutranked(e: number, gender: Gender): boolean {
    const { tokens, entityOf } = this.context;
    const entity = this.context.entities[e] as Entity;
    let first = this.context.first[this.sentenceAt(entity.start)] as number;
    while (first < tokens.length && (tokens[first] as Token).start < entity.start) first++;
    if (entityOf[first] !== e) return false;
    let last = first;
    while (entityOf[last + 1] === e) last++;
    return outrankedByPronoun(this.context, first, last, gender);
  }

  private personMentionBefore(s: number, actor: Actor, knownGender: boolean, notBefore = 0): AttributionEvent | null {
    if (actor.kind !== 'pronoun' || (actor.pronoun !== 'he' && actor.pronoun !== 'she')) return null;
    const wanted: Gender = actor.pronoun === 'he' ? 'male' : 'female';
    const { entities, entityQuoted, sentences } = this.context;
    const sentence = sentences[s] as Sentence;
    // A bounded look-back keeps one-paragraph texts linear.
    const lowest = Math.max(notBefore, s - MAX_MENTION_SENTENCES);
    let from = s;
    while (from > lowest && sentence.paragraph - (sentences[from - 1] as Sentence).paragraph <= MAX_MENTION_PARAGRAPHS) from--;
    const earliest = (sentences[from] as Sentence).start;
    for (let e = lastEntityBefore(entities, sentence.start); e >= 0 && (entities[e] as Entity).start >= earliest; e--) {
      const entity = entities[e] as Entity;
      // (a byline's author writes the piece: "she says" is never her)
      if (entity.type !== 'person' || entityQuoted[e] || isByline(this.context, e)) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (!profile || (profile.gender !== null && profile.gender !== wanted) || (knownGender && profile.gender === null)) continue;
      if (this.mentionOutranked(e, wanted)) continue;
      const mentionedIn = this.sentenceAt(entity.start);
      return { sentence: mentionedIn, paragraph: (sentences[mentionedIn] as Sentence).paragraph, ...fromPeople([profile]) };
    }
    return null;
  }

  /**
   * "Gary Roe, who managed the mill for the trust until he retired, said", "Ann Tedworth, a nurse at the trust for 22 years
   * until she left, said", "who worked at X until 2022": a description that tells of a tie ended ("until" and a pronoun
   * that retired, left, quit or resigned, or a year after a past verb) speaks for no organisation, and neither do her
   * later words with the organisation it had given her (`endedTies`, read where the attributions are handed out).
   */
  private tieEndedInCue(cue: Cue, attribution: Attribution): void {
    const { tokens } = this.context;
    let pastVerb = false;
    let ended = false;
    // (whether the body she speaks for was named before token t in the clause: "Jo Roe, chair of X, who used to teach")
    const namedBefore = (t: number): boolean =>
      attribution.organisation !== null &&
      this.context.text.slice((tokens[cue.firstToken] as Token).start, (tokens[t] as Token).start).includes(attribution.organisation);
    for (let t = cue.firstToken; t < cue.lastToken && !ended; t++) {
      const lower = (tokens[t] as Token).lower;
      // "Jo Roe, who used to work for Tesmond Lettings, said": a habit of the past, a tie that has ended, unless the body
      // she speaks for was named before it ("Jo Roe, chair of X, who used to teach, said").
      if (lower === 'used' && tokens[t + 1]?.lower === 'to' && tokens[t - 1]?.lower === 'who') {
        ended = !namedBefore(t);
        continue;
      }
      // "Jo Roe, a fitter who left Tesmond Rail in March, said", "who retired from the board": she left the body; the same
      // exception.
      if (LEAVING_VERBS.has(lower) && tokens[t - 1]?.lower === 'who') {
        ended = attribution.organisation !== null && !namedBefore(t);
        continue;
      }
      // "A former Tesmond area manager, Jo Roe,", "Jo Roe, a former leader of the borough council,": a post held once, the
      // body she held it in named after "former"; not when she holds a post now ("a former nurse who now runs X").
      if (FORMER_POST_WORDS.has(lower) && attribution.organisation !== null) {
        ended = !namedBefore(t) && !this.heldNowAfter(t, cue.lastToken) && this.formerPostNames(t, cue.lastToken, attribution.organisation);
        continue;
      }
      if (/^[a-z]+ed$/u.test(lower) || PAST_TIE_VERBS.has(lower)) pastVerb = true;
      // "who worked at the firm's depot from 2015 to 2019": a past verb and the years the tie ran.
      if (pastVerb && lower === 'from' && isYear(tokens[t + 1]) && tokens[t + 2]?.lower === 'to' && isYear(tokens[t + 3])) {
        ended = true;
        continue;
      }
      if (lower !== 'until' && lower !== 'till') continue;
      const next = tokens[t + 1] as Token;
      // "who chaired the group until last year", "until March", "until recently": a past verb and the time its tie ended.
      ended =
        (SUBJECT_PRONOUNS_OF_TIES.has(next.lower) && LEAVING_VERBS.has(tokens[t + 2]?.lower ?? '')) ||
        (pastVerb && (/^(?:19|20)\d\d$/u.test(next.text) || ENDED_TIE_TIMES.has(next.lower) || MONTHS.has(next.lower)));
    }
    if (!ended) return;
    const profile = this.profiles.lookup(attribution.speaker as string);
    this.endedTies.set(attribution.speaker as string, attribution.organisation ?? profile?.organisation ?? null);
    attribution.organisation = null;
    attribution.source = null;
  }

  /**
   * Whether the phrase of a post held once, from "former" at token t to the next comma, "who" or token last, names the
   * organisation: in full, by its first word ("a former Orvelby area manager" for Orvelby Foods) or as the words written ("a
   * former leader of the borough council"). "a former international who joined X" held no post in X.
   */
  private formerPostNames(t: number, last: number, organisation: string): boolean {
    const { tokens, text } = this.context;
    let end = t;
    while (end < last && !breakAfter(this.context, end) && (tokens[end + 1] as Token).lower !== 'who') end++;
    const phrase = text.slice((tokens[t] as Token).start, (tokens[end] as Token).end);
    if (phrase.includes(organisation)) return true;
    const firstWord = organisation.split(' ')[0] as string;
    return organisation.includes(' ') && /^\p{Lu}\p{L}{2,}$/u.test(firstWord) && phrase.split(/[^\p{L}]+/u).includes(firstWord);
  }

  /**
   * Whether a post held now follows token t up to token last: "now", "currently", or "who" and a verb of leading in the
   * present ("a former nurse who chairs X").
   */
  private heldNowAfter(t: number, last: number): boolean {
    const { tokens } = this.context;
    for (let k = t + 1; k <= last; k++) {
      const lower = (tokens[k] as Token).lower;
      if (PRESENT_POST_WORDS.has(lower)) return true;
      if (lower === 'who' && k < last && LEADS_VERBS.has((tokens[k + 1] as Token).lower) && /s$/u.test((tokens[k + 1] as Token).lower))
        return true;
    }
    return false;
  }

  /**
   * "Tom Imbry, a Labour MP who chairs the Commons Canals Committee, said": a body she is a member of, named before a
   * role noun after "a" ("a Labour MP", "a Green councillor"), gives way to the body her relative clause says she leads;
   * she speaks for what she chairs, and her later mentions inherit it.
   */
  private ledOverMembership(cue: Cue, attribution: Attribution): void {
    const { tokens, entities, entityOf } = this.context;
    const member = attribution.organisation;
    for (let t = cue.firstToken + 1; t + 1 < cue.lastToken; t++) {
      if ((tokens[t] as Token).lower !== 'who' || !LEADS_VERBS.has((tokens[t + 1] as Token).lower)) continue;
      const led = organisationOpeningAt(this.context, t + 2);
      if (!led || led.text === member) return;
      // The member body: an organisation entity before "who" in the clause, after "a"/"an" and before a role noun.
      let membership = false;
      for (let k = cue.firstToken + 1; k < t && !membership; k++) {
        const entity = entities[entityOf[k] as number];
        if (entity?.text !== member || entity.start !== (tokens[k] as Token).start) continue;
        let end = k;
        while (end + 1 < t && entityOf[end + 1] === entityOf[k]) end++;
        membership = INDEFINITE_ARTICLES.has((tokens[k - 1] as Token).lower) && isRoleNounAt(this.context, end + 1);
      }
      if (!membership) return;
      attribution.organisation = led.text;
      attribution.source = this.context.registry.resolve(led.text);
      const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
      if (profile && profile.organisation === member) {
        profile.organisation = led.text;
        profile.organisationSource = attribution.source;
      }
      return;
    }
  }

  /**
   * "Its country director, Maria Lopez, said", "the foundation's medical director, …":
   * the person works for the organisation the possessive points to; later mentions of her inherit it.
   */
  private possessiveOrganisation(s: number, cue: Cue, attribution: Attribution): void {
    const tokens = this.context.tokens;
    let at = cue.firstToken;
    // "according to their commander, …", "as quoted by its director …": past the source phrase.
    while (at < cue.lastToken && SOURCE_PHRASE_WORDS.has(tokens[at]?.lower ?? '')) at++;
    // The possessive may open the phrase ("Its director, Jane Doe, said") or its apposition
    // ("said Jane Doe, the board's chief engineer"); the speaker's own name is skipped.
    let relative = false;
    for (let t = at; t <= cue.lastToken; t++) {
      const token = tokens[t];
      if (token?.lower === 'who') relative = true;
      if (!token || (this.context.entityOf[t] as number) >= 0 || (token.capitalised && t !== at)) continue;
      // "Name, a hydrogeologist who reviewed the company's data,": in her relative clause a possessive owning no post
      // ("who is the union's treasurer" owns one) tells what she did, not whom she speaks for.
      if (relative && this.possessiveOfDeed(t, cue.lastToken)) continue;
      const found = this.possessiveAt(s, t);
      if (found === undefined) continue;
      if (found === null) return;
      attribution.organisation = found.organisation;
      attribution.source ??= found.source;
      const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
      if (profile && profile.organisation === null) {
        profile.organisation = found.organisation;
        profile.organisationSource = found.source;
      }
      return;
    }
  }

  /**
   * What the possessive at token t points to: "its"/"their" and "the bureau's" to an organisation
   * named before; "his"/"her" ("His spokeswoman, Jane Doe") to the organisation of the latest speaker
   * of that gender (a spokesperson speaks for her principal's organisation). Undefined when t is no
   * possessive; null when it is one that points nowhere.
   */
  private possessiveAt(s: number, t: number): { organisation: string; source: SourceRef | null } | null | undefined {
    const tokens = this.context.tokens;
    const lower = tokens[t]?.lower ?? '';
    // "The federation's former treasurer", "its former chairman": a post held before speaks for no one now.
    if (this.ownsFormerPost(t)) return null;
    if (lower === 'its' || lower === 'their') {
      // "The report, by X, found … Its authors say": authors write a document, so "its" is the study the latest
      // attribution with an organisation reported, as "the study's lead author" is.
      const authored =
        AUTHOR_NOUNS.has(tokens[t + 1]?.lower ?? '') || AUTHOR_NOUNS.has(tokens[t + 2]?.lower ?? '') ? this.latestOrganisation(true) : null;
      if (authored) return authored;
      // The most recent of: an organisation named before, one that spoke ("The port authority said … its director"),
      // one a definite description stood for ("The watchdog did not reply. Its director …").
      const named = this.organisationBefore(s, null);
      const spoke = this.organisationSpeakerBefore(null);
      const latest = spoke && (!named || spoke.sentence >= named.sentence) ? spoke : named;
      const described = this.describedOrganisationBefore(s, t);
      // "The committee took evidence from the X Association, which … Its chief executive": an organisation named after
      // the description in the same sentence is the newer, and "its" points to it.
      const namedAfter =
        described !== null && latest !== null && this.lastMentionIn(latest.sentence, latest.organisation) > described.offset;
      const found = described && !namedAfter && (!latest || described.sentence >= latest.sentence) ? described : latest;
      // "Acme Water's profits fell, its chief executive said": the subject of this sentence, when "its" comes after it;
      // "Acme Water, which bought the plant from Kestrel Energy, said … Its director": else the subject of the sentence before, not its last name.
      const subject = this.subjectOrganisationOf(s);
      if (subject && t > (this.context.first[s] as number) && (this.context.entityOf[t] as number) < 0) return subject;
      const topic = this.subjectOrganisationOf(s - 1);
      return topic && (!found || found.sentence <= topic.sentence) ? topic : found;
    }
    if (lower === 'his' || lower === 'her') {
      const next = tokens[t + 1]?.lower ?? '';
      // ("Her colleague Tom Reed": a colleague works where she does)
      if (!ROLE_NOUNS.has(next) && !ROLE_NOUNS.has(tokens[t + 2]?.lower ?? '') && !COLLEAGUE_NOUNS.has(next)) return undefined;
      const wanted: Gender = lower === 'his' ? 'male' : 'female';
      for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
        const event = this.history[i] as AttributionEvent;
        if (event.attribution.speaker === null || (event.gender !== null && event.gender !== wanted)) continue;
        return event.attribution.organisation === null
          ? null
          : { organisation: event.attribution.organisation, source: event.attribution.source };
      }
      return null;
    }
    if (lower !== 'the') return undefined;
    const next = tokens[t + 1]?.lower ?? '';
    if (/['’]s$/u.test(next)) {
      const base = next.slice(0, -2);
      // "The study's lead author": the study is the one the latest attribution with an organisation reported.
      if (DOCUMENT_NOUNS.has(base)) return this.latestOrganisation() ?? undefined;
      if (!ORGANISATION_NOUNS.has(base) && !isOrganisationNounAt(this.context, t + 1) && !headsOrganisationNamedBefore(this.context, t + 1))
        return (
          this.bodyOfPlaceBefore(s, t + 1) ?? this.bodyHeadedByNounBefore(s, t + 1) ?? this.bodyUnderAnotherWord(s, t + 1) ?? undefined
        );
      // "the coastguard's duty officer" with no coastguard named: the description met before ("the village council"),
      // else the noun as written, as "the government promised" is; "the company's", "the club's" (kinds usually
      // known by a name) say nothing by themselves.
      const bare = GENERIC_ORGANISATION_NOUNS.has(base) || ORGANISATION_DESCRIPTORS.has(base) ? null : tokens[t + 1]!.text.slice(0, -2);
      const written = this.descriptionBefore(s, base) ?? bare;
      // ("At X Hospital, …, according to the hospital's director": a name earlier in the same sentence counts)
      const before = this.organisationBefore(s, base, tokens[t]?.start);
      if (before && before.sentence === s) return before;
      const inSentence = this.bodyOfKindInSentence(s, base, tokens[t]!.start);
      if (inSentence) return inSentence;
      // "The Wasps train at X. The club's chair, Name, said": the body of the kind that the sentence before opens with,
      // under its name or a short form of it, whichever of its kind was named or spoke last.
      return (
        this.bodyOfKindOpening(s - 1, base) ??
        before ??
        this.bodyHeadedByNounBefore(s, t + 1) ??
        (written === null ? null : { organisation: written, source: null })
      );
    }
    // "The central bank's chief economist", "the regional water authority's director": a narrowed description owns the
    // role; the organisation named before that fits it, else the description as written.
    for (let k = t + 2; k <= t + 1 + MAX_OWNER_MODIFIERS && tokens[k] && !breakAfter(this.context, k - 1); k++) {
      const owner = tokens[k] as Token;
      if (owner.capitalised || (this.context.entityOf[k] as number) >= 0) break;
      if (!owner.lower.endsWith("'s")) continue;
      const base = owner.lower.slice(0, -2);
      if (!ORGANISATION_NOUNS.has(base)) break;
      const modifiers: string[] = [];
      for (let m = t + 1; m < k; m++) if (!this.isDescribingWord(m)) modifiers.push((tokens[m] as Token).lower);
      const written = this.context.text.slice((tokens[t + 1] as Token).start, owner.end - 2);
      const described = { start: (tokens[t] as Token).start, end: owner.end };
      return (
        this.describedOrganisationNamedBefore(s, base, undefined, described, modifiers) ??
        this.organisationOfDemonymBefore(t + 1, k) ?? { organisation: written, source: null }
      );
    }
    // "…, head of emergency medicine at the hospital, said": a definite organisation noun after a preposition.
    const preposition = tokens[t - 1]?.lower ?? '';
    // ("the state secretary in the ministry": a post that exists only inside a body holds it "in" that body too)
    const inside = preposition === 'in' && ORGANISATION_ROLE_NOUNS.has(tokens[t - 2]?.lower ?? '');
    if (
      !ORGANISATION_NOUNS.has(next) ||
      (!ORGANISATION_PREPOSITIONS.has(preposition) && !inside) ||
      (tokens[t + 2] && !breakAfter(this.context, t + 1))
    ) {
      return undefined;
    }
    return this.organisationBefore(s, next) ?? undefined;
  }

  /**
   * "The pool's manager, Name," after "X Lido will not open …": a venue's or a venture's noun owning a post, heading no
   * name the text gave, stands for the body the text calls so (`bodyNamedUnderAnotherWord`).
   */
  private bodyUnderAnotherWord(s: number, owner: number): { organisation: string; source: SourceRef | null } | null {
    this.underAnotherWordReader ??= {
      describedOtherwise: (name, noun) => this.isDescribedOtherwise(name, normaliseName(noun)),
      heading: (k) => this.isHeading(k),
      subjectOf: (k) => this.subjectOrganisationOf(k, true),
      bylineSentence: (k) => this.isBylineSentence(k),
      media: (entity) => isMediaOrganisation(this.context, entity),
      sentenceAt: (at) => this.sentenceAt(at),
      bodyOf: (entity) => {
        const full = earlierOrganisationNamed(this.context, entity.text, entity.start);
        return full
          ? { organisation: full.name, source: full.source }
          : { organisation: entity.text, source: sourceOfEntity(this.context.registry, entity) };
      },
      postFollows: (t) => this.roleFollows(t, (this.context.end[this.sentenceAt((this.context.tokens[t] as Token).start)] as number) - 1),
    };
    return bodyNamedUnderAnotherWord(this.context, this.underAnotherWordReader, s, owner);
  }

  /**
   * The organisation sentence s opens with as its subject (past a determiner or a fronted phrase), written in full, by a
   * short form of a name given before ("the Wasps" for "Loxley Wasps", "Quorn" for "Quorn Haulage Ltd") or by its
   * acronym, when its name fits the organisation noun `noun` ("club", "firm", "charity"); else null.
   */
  private bodyOfKindOpening(s: number, noun: string): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { tokens, inQuote, entities, entityOf, registry } = this.context;
    if (s < 0) return null;
    const end = this.context.end[s] as number;
    let t = this.pastFrontedPhrase(s);
    if (t < 0 || t >= end) return null;
    if (DEFINITE_DETERMINERS.has((tokens[t] as Token).lower)) t++;
    const first = tokens[t];
    if (!first?.capitalised || inQuote[t]) return null;
    const index = entityOf[t] as number;
    const entity = index >= 0 ? (entities[index] as Entity) : undefined;
    if (entity && (entity.type !== 'organisation' || entity.start !== first.start || isMediaOrganisation(this.context, entity)))
      return null;
    // the words as written: the entity's name, else the run of capitalised words the entity finder left unread
    let last = t;
    if (!entity) while (last + 1 < end && (tokens[last + 1] as Token).capitalised && !breakAfter(this.context, last)) last++;
    const written = entity?.text ?? this.context.text.slice(first.start, (tokens[last] as Token).end).replace(/['’]s$/u, '');
    const initials = isAcronymWord(written) ? organisationOfInitials(written, entities, first.start) : null;
    const full = initials
      ? { name: initials.text, source: null }
      : (earlierOrganisationNamed(this.context, written, first.start) ??
        (entity ? { name: entity.text, source: sourceOfEntity(registry, entity) } : null));
    if (!full || !this.fitsKind(full.name, noun)) return null;
    return { organisation: full.name, source: full.source, sentence: s };
  }

  /** The last organisation of the kind `noun` names that sentence s names outside quotes before offset `before`, else null. */
  private bodyOfKindInSentence(
    s: number,
    noun: string,
    before: number,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, registry } = this.context;
    const start = (this.context.sentences[s] as Sentence).start;
    for (let e = lastEntityBefore(entities, before); e >= 0; e--) {
      const entity = entities[e] as Entity;
      if (entity.start < start) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      const full = earlierOrganisationNamed(this.context, entity.text, entity.start) ?? {
        name: entity.text,
        source: sourceOfEntity(registry, entity),
      };
      if (this.fitsKind(full.name, noun)) return { organisation: full.name, source: full.source, sentence: s };
    }
    return null;
  }

  /** Whether an organisation's name fits the noun a reference gives its kind by ("club", "company", "trust", "charity"). */
  private fitsKind(name: string, noun: string): boolean {
    const key = normaliseName(noun);
    if (nameHoldsNoun(normaliseName(name).split(' '), key) && !holdsNounAsOwner(name, key)) return true;
    if (this.isDescribedAs(name, key)) return true;
    if (this.isDescribedOtherwise(name, key)) return false;
    if (BUSINESS_REFERENCE_NOUNS.has(noun) || noun === 'charity') return fitsGenericNoun(noun === 'charity' ? noun : 'company', name);
    return fitsNamelessKind(noun, name);
  }

  /**
   * "The sanctuary's director" after "Welbeck Donkey Sanctuary", "the shire's chief executive" after "Shire of Wandabri",
   * "the estate's land agent" after "Pumbry Estates": the latest name, within the organisation look-back, that the
   * possessive noun at `owner` heads (its last word, or its first before "of"; a plural head for a name read as an
   * organisation). A name of two or more words that the entity finder read as a person's counts when the noun heads it,
   * for no person's name ends in "Sanctuary" or opens "Shire of". Null when none does, or when the noun is a person's.
   */
  private bodyHeadedByNounBefore(s: number, owner: number): { organisation: string; source: SourceRef | null } | null {
    const { tokens, entities, entityQuoted, sentences, registry } = this.context;
    const token = tokens[owner] as Token;
    const tag = this.context.pos.tags[owner];
    if (token.capitalised || (tag !== Pos.NOUN && tag !== Pos.ADJ) || isRoleNounAt(this.context, owner)) return null;
    const noun = token.lower.replace(/['’]s$/u, '');
    if (noun.length < 3) return null;
    const paragraph = (sentences[s] as Sentence).paragraph;
    const last = lastEntityBefore(entities, token.start);
    for (let e = last; e >= 0 && last - e < MAX_ORGANISATION_LOOKBACK; e--) {
      const entity = entities[e] as Entity;
      if ((sentences[this.sentenceAt(entity.start)] as Sentence).paragraph < paragraph - MAX_ORGANISATION_PARAGRAPHS) break;
      if (entityQuoted[e] || entity.type === 'place') continue;
      const words = normaliseName(entity.text).split(' ');
      if (words.length < 2) continue;
      const head = words[words.length - 1];
      // ("the state's commissioner" after "Ostwick State": an area's name is a place, whatever the entity finder read)
      const headed =
        (head === noun && !AREA_NOUNS.has(noun)) ||
        (words[0] === noun && words[1] === 'of') ||
        (entity.type === 'organisation' && head === `${noun}s`);
      if (!headed || (entity.type === 'organisation' && isMediaOrganisation(this.context, entity))) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    return null;
  }

  /**
   * "The German team's leader" after "A German team from the University of Halden", "The Estonian team's coach" after
   * "entered by the Estonian Rowing Association": a demonym among the words before the possessive noun (tokens[first,
   * owner)) narrows it to the organisation the text named before as that nationality's group ("a German team from X")
   * or as that country's body (a name of that country). The latest such, within `MAX_DEMONYM_GROUP_LOOKBACK` tokens.
   */
  private organisationOfDemonymBefore(first: number, owner: number): { organisation: string; source: SourceRef | null } | null {
    const { tokens, entities, entityOf } = this.context;
    let country: string | null = null;
    for (let m = first; m < owner && country === null; m++) country = countryOfDemonym((tokens[m] as Token).lower);
    if (country === null) return null;
    const group = (tokens[owner] as Token).lower.slice(0, -2);
    for (let k = first - 1; k > 0 && k >= first - MAX_DEMONYM_GROUP_LOOKBACK; k--) {
      const index = entityOf[k] as number;
      if (index < 0 || entityOf[k - 1] === index) continue;
      const entity = entities[index] as Entity;
      if (entity.type !== 'organisation') continue;
      // ("a German team from the University of Halden": the group, its preposition, the body)
      let p = k - 1;
      if ((tokens[p] as Token).lower === 'the') p--;
      const from = p >= 2 && GROUP_ORIGIN_PREPOSITIONS.has((tokens[p] as Token).lower) && (tokens[p - 1] as Token).lower === group;
      if ((from && countryOfDemonym((tokens[p - 2] as Token).lower) === country) || entity.country === country)
        return { organisation: entity.text, source: this.context.registry.resolve(entity.text) };
    }
    return null;
  }

  /**
   * "who reviewed the company's data": a possessive at token t, inside a relative clause, as the object of a verb that
   * is no verb of leading or working ("who runs the institute's lab" is), owning no post within `last` ("who is the
   * union's treasurer" owns one): it tells what she did, not whom she speaks for.
   */
  private possessiveOfDeed(t: number, last: number): boolean {
    const tokens = this.context.tokens;
    const lower = tokens[t]?.lower ?? '';
    const owner = lower === 'the' && /['’]s$/u.test(tokens[t + 1]?.lower ?? '') ? t + 1 : POSSESSIVE_WORDS.has(lower) ? t : -1;
    const verb = t - 1;
    if (owner < 0 || verb < 0 || this.context.pos.tags[verb] !== Pos.VERB) return false;
    return !LEADS_VERBS.has((tokens[verb] as Token).lower) && !this.roleFollows(owner, last);
  }

  /** Whether token t opens a possessive ("its", "the union's") owning a post held before ("former treasurer"). */
  private ownsFormerPost(t: number): boolean {
    const tokens = this.context.tokens;
    const lower = tokens[t]?.lower ?? '';
    const owned = lower === 'the' && /['’]s$/u.test(tokens[t + 1]?.lower ?? '') ? t + 2 : POSSESSIVE_WORDS.has(lower) ? t + 1 : -1;
    return owned > 0 && tokens[owned]?.lower === 'former';
  }

  /**
   * "the county's health officer" after "the Okanee County Health Department": a place noun's possessive before a role
   * whose modifiers name a body ("health") is the organisation named before whose name holds the place noun and every
   * such modifier; undefined when none does (the possessive then says nothing).
   */
  private bodyOfPlaceBefore(s: number, owner: number): { organisation: string; source: SourceRef | null } | undefined {
    const { tokens } = this.context;
    const words = [normaliseName((tokens[owner] as Token).lower.replace(/['’]s$/u, ''))];
    for (let k = owner + 1; k <= owner + MAX_OWNER_MODIFIERS && tokens[k] && !breakAfter(this.context, k - 1); k++) {
      if (isRoleNounAt(this.context, k)) {
        const offset = (tokens[owner] as Token).start;
        const body = words.length < 2 ? null : this.latestNamedOrganisation(s, offset, (entity) => holdsAll(entity.text, words));
        // "The shire's roads engineer" after "Walcha Shire Council": else the area's own council or government, named
        // before with the area's noun in it.
        // ("the county's emergency director" after "X County" named as a place only: the county, governed as one)
        return (
          body ??
          this.latestNamedOrganisation(s, offset, (entity) => isLocalGovernmentOf(entity.text, words[0] as string)) ??
          (words[0] === 'county' ? this.countyNamedBefore(offset) : null) ??
          undefined
        );
      }
      const token = tokens[k] as Token;
      if (token.capitalised || this.context.pos.tags[k] !== Pos.NOUN) return undefined;
      words.push(normaliseName(token.lower));
    }
    return undefined;
  }

  /**
   * "Vantrel said it had received 17 reports. … chief operating officer Hanne Solberg told …": a person introduced
   * with a role that exists only inside an organisation and none named speaks for the organisation that spoke just
   * before (an organisation alone, at most `MAX_JUST_SPOKEN_SENTENCES` back in the same or the previous paragraph).
   * Only at her first description, so a later "Solberg said" inherits it rather than re-reading it.
   */
  private organisationJustSpoken(s: number, attribution: Attribution): void {
    const introduced = this.introducedByOrganisationPost(attribution);
    if (!introduced) return;
    // "X reported results. Chief executive Jo Roe spent an hour with analysts. … Roe said": introduced in an author's
    // sentence before she speaks, she speaks for what was said or written about just before that introduction.
    const at = this.sentenceAt((this.context.tokens[introduced.first] as Token).start);
    if (at === s || (at < s && !this.results[at])) this.takeOrganisationJustSpoken(at, introduced, attribution);
  }

  /**
   * "Gorrick Tiles will shut its kiln in June, its kiln manager told the Clarion. Ina Yelland said the gas bill had
   * doubled.": a post told with no name right before ("its kiln manager", "a director at the firm"), then a person named
   * for the first time, bare, with nothing describing her anywhere in the text: she is that post's holder. She speaks for
   * the post's organisation (her later words inherit it through her profile), and the sentence that told the post is
   * hers. A spokesperson's words stay the post's (a body's spokesman is seldom named after it).
   */
  private holderOfPostToldBefore(s: number, attribution: Attribution): void {
    const before = s > 0 ? this.results[s - 1] : null;
    if (!before || before.speaker !== null || before.organisation === null || before.role === null || attribution.speaker === null) return;
    if (before.method === 'interview' || before.coSpeakers.length > 0) return;
    const role = before.role.toLowerCase().split(/\s+/u);
    if (role.some((word) => SPOKESPERSON_WORDS.test(word)) || !role.some((word) => ORGANISATION_ROLE_NOUNS.has(word))) return;
    const sentence = this.context.sentences[s] as Sentence;
    const previous = this.context.sentences[s - 1] as Sentence;
    if (sentence.paragraph - previous.paragraph > 1) return;
    const profile = this.profiles.lookup(attribution.speaker);
    if (!profile || profile.role !== null || profile.organisation !== null) return;
    // (each mention her profile kept is her name alone, with at most a title: "Ms Roe")
    const { tokens } = this.context;
    const described = (range: TokenRange): boolean => {
      for (let t = range.first; t <= range.last; t++) if (!(tokens[t] as Token).capitalised) return true;
      return false;
    };
    if (this.profiles.descriptionsOf(profile).some(described)) return;
    // named here first: no word of her name written before this sentence
    const words = profile.name.split(/\s+/u);
    if (words.length < 2 || words.some((word) => this.context.text.lastIndexOf(word, sentence.start - 1) >= 0)) return;
    attribution.organisation = before.organisation;
    attribution.source ??= before.source;
    attribution.role = before.role;
    profile.organisation = before.organisation;
    profile.organisationSource = before.source;
    profile.role = before.role;
    before.speaker = profile.name;
    before.speakerSource = attribution.speakerSource;
  }

  /** The first description of a speaker whose role or title is a post that exists only inside an organisation, or undefined. */
  private introducedByOrganisationPost(attribution: Attribution): TokenRange | undefined {
    // ("Captain Jo Roe": a rank that is also a post in a club is read as her title)
    const role = compact([attribution.role, attribution.title]).join(' ').toLowerCase().split(/\s+/u);
    // ("Head of libraries and culture Jo Roe": the head of a portfolio heads it inside a body)
    const portfolio = role.length > 2 && PORTFOLIO_HEADS.has(role[0] as string) && (role[1] === 'of' || role[1] === 'for');
    if (!portfolio && !role.some((word) => ORGANISATION_ROLE_NOUNS.has(word))) return undefined;
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    return profile ? this.profiles.descriptionsOf(profile)[0] : undefined;
  }

  /**
   * "Harbour Cold Storage runs 46 warehouses. Managing director Elke Voss talked to us about …", then her turns: an
   * interviewee introduced by a post inside an organisation, none named in her description, speaks for the organisation
   * the author's sentence right before her introduction is about, as a post-holder quoted next to it would.
   */
  private organisationOfIntroducedPost(attribution: Attribution): void {
    const introduced = this.introducedByOrganisationPost(attribution);
    if (!introduced || this.ownerNamedIn(introduced)) return;
    const s = this.sentenceAt((this.context.tokens[introduced.first] as Token).start);
    const topic = this.topicOrganisationBefore(s);
    if (!topic) return;
    attribution.organisation = topic.organisation;
    attribution.source ??= topic.source;
  }

  /**
   * "Chief Fire Officer Jo Roe" after "Wealdshire Fire and Rescue Service says", "District Attorney Jo Roe" after "the
   * Brandt County District Attorney's Office said", "The firm's lead partner" after "Halvorsen Audit Partners said",
   * "Governor Jo Roe" after "The Bank of Veldria kept its rate and said …": a person whose post names no owner speaks for
   * the latest organisation that spoke before her first description whose name holds a word of her post (or its stem:
   * "auditor", "Audit") other than the words any post has ("chief", "officer", "director"), or the body that post heads
   * ("governor": a bank). Read at her first description; later mentions inherit it through her profile.
   */
  private organisationOfPostNamedBefore(attribution: Attribution): void {
    const post = compact([attribution.title, attribution.role]).join(' ').toLowerCase();
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    const introduced = profile ? this.profiles.descriptionsOf(profile)[0] : undefined;
    if (!post || !introduced || this.ownerNamedIn(introduced) || this.indefinitelyDescribed(introduced)) return;
    // A councillor, a mayor or a coroner speaks for no body by holding the post (a council's name holds the word).
    if (post.split(/\s+/u).some((word) => UNAFFILIATED_POSTS.has(word))) return;
    const all = post.split(/[\s-]+/u);
    // ("Doncaster Central MP": a seat's or a place's name in the post is where she serves, no word of a body's)
    const words = all.filter((word) => word.length >= MIN_POST_WORD && !GENERIC_POST_WORDS.has(word) && isEnglishWord(word));
    const bodies = all.flatMap((word) => BODIES_HEADED[word] ?? []);
    if (words.length === 0 && bodies.length === 0) return;
    // "Referee Jo Roe" is a member of the "Referees' Association", a body named for the people who hold the post (a
    // plural possessive), not one of its post-holders.
    const fits = (organisation: string): boolean =>
      organisation.split(/\s+/u).some((written) => {
        const name = normaliseName(written);
        if (bodies.includes(name)) return true;
        return !/s['’]$/u.test(written) && words.some((word) => sameStem(word, name));
      });
    const s = this.sentenceAt((this.context.tokens[introduced.first] as Token).start);
    // A body that spoke before her, not one only mentioned ("Crews from the X Fire Department arrived"): its post-holders
    // speak for it.
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - MAX_POST_BODY_EVENTS; i--) {
      const { attribution: earlier, sentence } = this.history[i] as AttributionEvent;
      if (sentence >= s || earlier.organisation === null || !fits(earlier.organisation)) continue;
      attribution.organisation = earlier.organisation;
      attribution.source ??= earlier.source;
      return;
    }
  }

  /**
   * "Corran Group shareholders voted against the pay report … (paragraphs on the vote) … Chief executive Jo Roe said": a
   * person introduced with a post that exists only inside an organisation, naming neither its owner nor a kind of body,
   * whom no rule before tied to one, speaks for the organisation the story is about: the one the text named or heard
   * from most before her introduction, by a clear margin (`STORY_ORGANISATION_MARGIN`), as a reader takes "chief
   * executive" to be the company's whose story it is. Read at her first description; later mentions inherit it.
   */
  private organisationOfStory(attribution: Attribution): void {
    const introduced = this.introducedByOrganisationPost(attribution);
    if (!introduced || this.ownerNamedIn(introduced) || this.indefinitelyDescribed(introduced) || !this.postNamesNoBody(introduced)) return;
    // "café owner Jo Roe" owns a business of her own; a bare "Director" may direct a play or a film.
    const post = compact([attribution.title, attribution.role]).join(' ').toLowerCase().split(/\s+/u);
    if (post.some((word) => OWN_BUSINESS_POSTS.has(word)) || (post.length === 1 && post[0] === 'director')) return;
    const story = this.storyOrganisationBefore((this.context.tokens[introduced.first] as Token).start, true);
    if (!story) return;
    // "Councillors voted seven to two. Planning officer Jo Roe told the meeting …": the sentence before her introduction
    // is about another body (`aboutAnotherBody`), whose post she likelier holds than the story's; not when the story's
    // body is that sentence's subject ("The district pays X to run its buses. Transportation director Jo Roe said …").
    const at = this.sentenceAt((this.context.tokens[introduced.first] as Token).start);
    if (at > 0 && this.nextParagraph(at - 1, at) && aboutAnotherBody(this.context, at - 1, story.organisation)) {
      if (!this.opensWithBody(at - 1, story.organisation)) return;
      // ("The garden is owned by X Council, which … Parks manager Jo Roe said": the body that owns or runs the story's
      // body, named after "by", holds the posts the story's body does not)
      const owner = this.ownerNamedAfterBy(at - 1);
      if (owner) {
        attribution.organisation = owner.organisation;
        attribution.source ??= owner.source;
        return;
      }
    }
    attribution.organisation = story.organisation;
    attribution.source ??= story.source;
  }

  /**
   * "The sanctuary, …, is run by the X Trust": the body a sentence between the one naming `named` and
   * sentence s, opening with it as its subject, says runs it (`RUN_BY_PARTICIPLES`: not a mere owner, as a parent group
   * owns a company that still speaks for itself); else null.
   */
  private bodyRunning(
    s: number,
    named: { organisation: string; source: SourceRef | null; sentence: number },
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    for (let k = Math.max(named.sentence, s - MAX_RUNNER_SENTENCES); k < s; k++) {
      if (!this.opensWithBody(k, named.organisation)) continue;
      const runner = this.ownerNamedAfterBy(k, RUN_BY_PARTICIPLES);
      if (runner && normaliseName(runner.organisation) !== normaliseName(named.organisation)) return { ...runner, sentence: k };
    }
    return null;
  }

  /** The organisation sentence k names right after a participle of owning or running and "by" ("is owned by X", "run by the X"); else null. */
  private ownerNamedAfterBy(k: number, participles = OWNED_BY_PARTICIPLES): { organisation: string; source: SourceRef | null } | null {
    const { tokens } = this.context;
    for (let t = (this.context.first[k] as number) + 1; t + 1 < (this.context.end[k] as number); t++) {
      if ((tokens[t] as Token).lower !== 'by' || !participles.has((tokens[t - 1] as Token).lower) || this.context.inQuote[t]) continue;
      const at = DEFINITE_DETERMINERS.has((tokens[t + 1] as Token).lower) ? t + 2 : t + 1;
      const entity = entityAtToken(this.context, at);
      if (entity?.type !== 'organisation' || isMediaOrganisation(this.context, entity)) return null;
      const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    return null;
  }

  /**
   * "Hail hits X Botanic Garden … Head gardener Jo Roe said", "Archivist Jo Roe said" in a story about "X County
   * Archives", "Deputy clerk Jo Roe said" in one about "X County Clerk's Office": a person introduced with a post naming
   * no owner, whose work fits a body's name (`postWorksIn`: a word of the post sharing its stem with a word of the name, or
   * a post done in that kind of body, "Curator" in a garden), speaks for that body though it was never heard from: the
   * one named in the story's opening sentences (`MAX_TOPIC_SENTENCES`) or in the sentences just before her
   * (`MAX_JUST_SPOKEN_SENTENCES`), when no other body her post fits was named between. Not a post naming a body or a kind
   * of body itself (`postBodyOf`: "Fire Chief Jo Roe"). Read at her first description; later mentions inherit it through
   * her profile.
   */
  private organisationOfPostByWork(attribution: Attribution): void {
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    const introduced = profile ? this.profiles.descriptionsOf(profile)[0] : undefined;
    if (!introduced || this.ownerNamedIn(introduced) || this.indefinitelyDescribed(introduced)) return;
    // ("Fire Chief Jo Roe", "army spokesman Jo Roe": a post that names a kind of body or a body of its own is tied to one
    // by `latestBodyNamedBy`, within its own reach, never by the opening sentences' body alone)
    if (postBodyOf(this.context, introduced) !== null) return;
    const post = this.postWordsOf(attribution, introduced);
    if (post.length === 0 || post.some((word) => UNAFFILIATED_POSTS.has(word) || OWN_BUSINESS_POSTS.has(word))) return;
    const at = (this.context.tokens[introduced.first] as Token).start;
    const s = this.sentenceAt(at);
    // (a court's judge, "Sheriff Jo Roe" at "X Sheriff Court", speaks for no body)
    const fits = (entity: Entity): boolean =>
      !this.isBylineSentence(this.sentenceAt(entity.start)) &&
      !normaliseName(entity.text)
        .split(' ')
        .some((word) => JUDGING_BODY_WORDS.has(word)) &&
      postWorksIn(post, entity.text);
    const latest = this.latestNamedOrganisation(s, at, fits);
    const earliest = this.earliestNamedOrganisation(at, fits);
    const found =
      latest && s - latest.sentence <= MAX_JUST_SPOKEN_SENTENCES
        ? latest
        : earliest &&
            earliest.sentence < MAX_TOPIC_SENTENCES &&
            (!latest || normaliseName(latest.organisation) === normaliseName(earliest.organisation))
          ? earliest
          : null;
    if (!found) return;
    attribution.organisation = found.organisation;
    attribution.source ??= found.source;
  }

  /**
   * The words of a person's post that may say whose it is, lower case, the words any post holds left out ("Deputy clerk" →
   * "clerk"): her role and title, else the common nouns written right before her name in her first description
   * ("Curator Jo Roe", which the role nouns lack).
   */
  private postWordsOf(attribution: Attribution, introduced: TokenRange): string[] {
    const { tokens, entityOf, entities } = this.context;
    const kept = (words: readonly string[]): string[] =>
      words.filter((word) => word.length >= MIN_POST_WORD && !GENERIC_POST_WORDS.has(word));
    // ("Ms Jo Roe" later: an honorific is no post)
    const written = kept(
      compact([attribution.title, attribution.role])
        .join(' ')
        .toLowerCase()
        .split(/[\s-]+/u),
    );
    if (written.length === 0) {
      const words: string[] = [];
      for (let t = introduced.first; t <= introduced.last; t++) {
        const index = entityOf[t] as number;
        if (index >= 0 && (entities[index] as Entity).type === 'person') break;
        const token = tokens[t] as Token;
        if (!/^\p{L}+$/u.test(token.text) || !isNominal(this.context.pos.tags[t] as number)) return [];
        words.push(token.lower);
      }
      const head = words[words.length - 1];
      if (head === undefined || (!PERSON_NOUNS.has(head) && !isWorkplacePost(head))) return [];
      return kept(words);
    }
    return written;
  }

  /** Whether sentence k has for subject the organisation `organisation`, by its name or by the noun heading it ("The district pays …"). */
  private opensWithBody(k: number, organisation: string): boolean {
    const subject = this.subjectOrganisationOf(k, true);
    if (subject) return normaliseName(subject.organisation) === normaliseName(organisation);
    let t = this.pastFrontedPhrase(k);
    if (t < 0 || t >= (this.context.end[k] as number)) return false;
    if (DEFINITE_DETERMINERS.has((this.context.tokens[t] as Token).lower)) t++;
    const token = this.context.tokens[t];
    return token !== undefined && !token.capitalised && token.lower === nameHeadWord(organisation);
  }

  /**
   * "Chief executive Jo Roe said on Monday that the depot would close. Harnock Buses, which runs 90 buses, said …": a
   * person introduced with a post that exists only inside an organisation, naming no owner, before the text has named
   * any organisation, speaks for the one the next sentence (in her paragraph or the next) opens with as its subject, as
   * a reader takes the lead's post-holder to be of the body the story goes on with. Read at her first description; later
   * mentions inherit it through her profile.
   */
  private organisationNamedNext(attribution: Attribution): void {
    const introduced = this.introducedByOrganisationPost(attribution);
    if (!introduced || this.ownerNamedIn(introduced) || this.indefinitelyDescribed(introduced) || !this.postNamesNoBody(introduced)) return;
    const post = compact([attribution.title, attribution.role]).join(' ').toLowerCase().split(/\s+/u);
    if (post.some((word) => OWN_BUSINESS_POSTS.has(word)) || (post.length === 1 && post[0] === 'director')) return;
    const at = (this.context.tokens[introduced.first] as Token).start;
    const s = this.sentenceAt(at);
    if (s + 1 >= this.context.sentences.length || !this.nextParagraph(s, s + 1)) return;
    // (an organisation named before her introduction is the story's or another's: the rules before decide; a byline's
    // line, "By Jo Roe, Business Reporter", names none)
    const { entities, entityQuoted } = this.context;
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < at; e++) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      if (!this.isBylineSentence(this.sentenceAt(entity.start))) return;
    }
    const next = this.subjectOrganisationOf(s + 1);
    if (!next) return;
    attribution.organisation = next.organisation;
    attribution.source ??= next.source;
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    if (profile && profile.organisation === null) {
      profile.organisation = next.organisation;
      profile.organisationSource = next.source;
    }
  }

  /**
   * "Wendlecote District Council's cabinet met on Tuesday. … The cabinet member for parks, Cllr Jo Roe, said": a member of a
   * local council's cabinet ("cabinet member for …", "portfolio holder", "executive member") whose description names no
   * owner speaks for the council the text named before her first description, when it named only one (a town council and
   * a county council: neither). A councillor without such a post speaks for none (`UNAFFILIATED_POSTS`). Read at her
   * first description; later mentions inherit it through her profile.
   */
  private councilOfCabinetPost(attribution: Attribution): void {
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    const introduced = profile ? this.profiles.descriptionsOf(profile)[0] : undefined;
    // (the post as her first description writes it: "The cabinet member for parks, Cllr Jo Roe," or after her name;
    // a description that named its owner gave her that body before this rule)
    if (!introduced || this.indefinitelyDescribed(introduced) || !COUNCIL_CABINET_POST.test(this.phraseOf(introduced).toLowerCase()))
      return;
    const at = (this.context.tokens[introduced.first] as Token).start;
    const s = this.sentenceAt(at);
    const council = (entity: Entity): boolean => normaliseName(entity.text).split(' ').includes('council');
    const found = this.latestNamedOrganisation(s, at, council);
    if (!found) return;
    const key = normaliseName(found.organisation);
    if (this.latestNamedOrganisation(s, at, (entity) => council(entity) && normaliseName(entity.text) !== key)) return;
    attribution.organisation = found.organisation;
    attribution.source ??= found.source;
  }

  /**
   * "Harland Build said the floors were cracking. The company denies that …": a body that denies or rejects what was
   * just said is not the body that said it. When "the <noun>" opening a denial resolves to the organisation of the
   * last attributed sentence, it stands for the other one of its kind the story named most (`storyOrganisationOfKind`).
   */
  private deniedByOther(s: number, actor: Actor, draft: Draft | null): Draft | null {
    const reference = actor.reference;
    const organisation = draft?.attribution.organisation ?? null;
    if (!draft || organisation === null || !reference || reference.possessive || reference.plural) return draft;
    // ("The main contractor rejected that": a business by its trade, as the organisation category's nouns)
    if (reference.category !== 'organisation' && !(reference.category === 'person' && BUSINESS_AGENT_NOUNS.has(reference.noun)))
      return draft;
    if (draft.attribution.speaker !== null || !this.deniesAfter(actor.end, (this.context.sentences[s] as Sentence).end)) return draft;
    // ("The bakery disputed the co-op's account of the fire": what it denies is the owner's, not its own last statement; a
    // reference that found the owner itself is the other body of its kind)
    const owner = this.deniedOwner(actor.end, (this.context.sentences[s] as Sentence).end, reference.noun);
    const ownOwner = owner !== null && ` ${normaliseName(organisation)} `.includes(` ${owner} `);
    if (owner !== null && !ownOwner) return draft;
    let i = this.history.length - 1;
    while (i >= 0 && (this.history[i] as AttributionEvent).sentence >= s) i--;
    const last = this.history[i];
    if (!ownOwner && (!last || s - last.sentence > 1 || last.attribution.organisation === null)) return draft;
    if (!ownOwner && normaliseName(last?.attribution.organisation ?? '') !== normaliseName(organisation)) return draft;
    const other =
      this.storyOrganisationOfKind(reference.noun, actor.start, organisation) ??
      (ownOwner ? this.otherSpokenBefore(s, organisation) : null);
    if (!other) return draft;
    const attribution: Attribution = { ...unattributed(), organisation: other.organisation, source: other.source };
    attribution.refersTo = other.sentence;
    return { attribution, gender: null, countries: compact([other.source?.country]) };
  }

  /** The latest organisation but `organisation` that spoke in the last few sentences before s, else null. */
  private otherSpokenBefore(s: number, organisation: string): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const key = normaliseName(organisation);
    for (let i = this.history.length - 1; i >= 0; i--) {
      const { attribution, sentence } = this.history[i] as AttributionEvent;
      if (sentence >= s) continue;
      if (s - sentence > MAX_JUST_SPOKEN_SENTENCES + 1) return null;
      if (attribution.organisation !== null && normaliseName(attribution.organisation) !== key)
        return { organisation: attribution.organisation, source: attribution.source, sentence };
    }
    return null;
  }

  /**
   * The last word of the possessive owning the object of the denial after offset `from` ("co op" of "The firm
   * rejected the co-op's tally", "tolvane" of "disputed Tolvane's count"), normalised; null when there is none or it is the
   * subject's own noun.
   */
  private deniedOwner(from: number, end: number, noun: string): string | null {
    const words = this.context.text.slice(from, Math.min(end, from + DENIAL_LOOKAHEAD));
    const owner = DENIED_OWNER.exec(words)?.[1];
    return owner === undefined || owner.toLowerCase() === noun ? null : normaliseName(owner);
  }

  /** Whether a verb of denial follows offset `from` directly ("denied", "rejects", "did not dispute"), before `end`. */
  private deniesAfter(from: number, end: number): boolean {
    const words = this.context.text.slice(from, Math.min(end, from + DENIAL_LOOKAHEAD)).toLowerCase();
    return DENIAL_AFTER_SUBJECT.test(words);
  }

  /**
   * The organisation of the kind `noun` names ("the club", "the company", "the railroad") that the text named most
   * before `before` (an offset), as far back as `MAX_STORY_KIND_ENTITIES` names: one whose name holds the noun or its
   * function's word, one the text described so, or a bare name the noun may stand for ("Harwick Rovers" for "the
   * club", "Penhallow Coaches" for "the company"); a short form counts for the name it shortens. Null when two of that
   * kind were named as often, or none.
   */
  private storyOrganisationOfKind(
    noun: string,
    before: number,
    other: string | null = null,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted } = this.context;
    const key = normaliseName(noun);
    // ("the firm", "the business": the company's other words)
    const bare =
      BUSINESS_REFERENCE_NOUNS.has(noun) || BUSINESS_AGENT_NOUNS.has(noun) || noun === 'operator'
        ? 'company'
        : KIND_NOUNS_OF_BARE_NAMES.has(noun)
          ? noun
          : null;
    const tally = new Map<string, { organisation: string; source: SourceRef | null; sentence: number; count: number }>();
    const looseTally = new Map<string, { organisation: string; source: SourceRef | null; sentence: number; count: number }>();
    // (the other party to a denial is one the last paragraphs named: not a headline's label read as a name)
    const paragraph = (this.context.sentences[this.sentenceAt(before)] as Sentence).paragraph;
    const last = lastEntityBefore(entities, before);
    for (let e = last; e >= 0 && last - e < MAX_STORY_KIND_ENTITIES; e--) {
      const entity = entities[e] as Entity;
      if (
        other !== null &&
        (this.context.sentences[this.sentenceAt(entity.start)] as Sentence).paragraph < paragraph - MAX_GENERIC_PARAGRAPHS
      )
        break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity) || this.namesAThingAt(entity))
        continue;
      const full = entity.sourceId ? null : earlierOrganisationNamed(this.context, entity.text, entity.start);
      const name = full?.name ?? entity.text;
      const words = normaliseName(name).split(' ');
      const fits =
        (nameHoldsNoun(words, key) && !holdsNounAsOwner(name, key)) ||
        this.isDescribedAs(name, key) ||
        (bare !== null &&
          (fitsNamelessKind(bare, name) ||
            (bare === 'company' && fitsGenericNoun(bare, name) && COMMERCIAL_NOUNS.has(words[words.length - 1] ?? ''))) &&
          (!this.isDescribedOtherwise(name, key) || (bare === 'company' && this.isDescribedAsTrade(name))));
      // ("Orlent Packaging will shut …, the company said": a name of two words or more that no body's word heads, the
      // business the story is about when no name fits more plainly)
      const loose =
        !fits &&
        other === null &&
        bare === 'company' &&
        words.length > 1 &&
        fitsGenericNoun(bare, name) &&
        !this.isDescribedOtherwise(name, key);
      if ((!fits && !loose) || (other !== null && normaliseName(name) === normaliseName(other))) continue;
      const into = fits ? tally : looseTally;
      const entry = into.get(normaliseName(name));
      if (entry) {
        entry.count++;
        continue;
      }
      const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
      const source = full ? full.source : record ? toSourceRef(record) : null;
      into.set(normaliseName(name), { organisation: name, source, sentence: this.sentenceAt(entity.start), count: 1 });
    }
    const { best, runnerUp } = leaderOf((tally.size > 0 ? tally : looseTally).values());
    return best && best.count > runnerUp ? best : null;
  }

  /**
   * Whether a one-word name unknown to the registry is written as the modifier of a thing, not as a body: after a
   * determiner, a possessive or a lower-case word and before a common noun ("its Quentby depot", "the Fernlow app",
   * "to shut Quentby depot"), or right after a number as a clock's or a unit's word ("6:40 PM"). Such a mention is
   * no company "the company" may stand for.
   */
  private namesAThingAt(entity: Entity): boolean {
    if (entity.sourceId || entity.text.includes(' ')) return false;
    const { text, tokens, pos } = this.context;
    const before = text.slice(Math.max(0, entity.start - ATTRIBUTIVE_LOOKBEHIND), entity.start);
    if (/\d\s*$/u.test(before)) return true;
    // (after a determiner, a possessive or any lower-case word: not the subject opening a sentence)
    if (!/(?:\p{Ll}|\b(?:The|Its|Their|His|Her|Our|An?))\s+$/u.test(before)) return false;
    // (the token after the name: the first one starting at or after its end)
    const after = firstTokenFrom(this.context, entity.end);
    const next = tokens[after];
    return next !== undefined && !next.capitalised && /^\s+$/u.test(text.slice(entity.end, next.start)) && pos.tags[after] === Pos.NOUN;
  }

  /**
   * The organisation a story is about before `before` (an offset): the one the text named or heard from most, at least
   * `MIN_STORY_ORGANISATION_MENTIONS` times and by a clear margin (`STORY_ORGANISATION_MARGIN`); else null. With
   * `sparse` (a post-holder's body, `organisationOfStory`), a short story's body named fewer times counts too when it is
   * the one the text names first, the subject of one of its opening sentences (`opensTheStory`), it spoke before her itself (no
   * person speaking for it) and no other body was named or heard from (a byline's line left aside): "Kessop Engineering
   * said its loss had doubled. Revenue fell. Chief executive Jo Roe said …": the lead's body is the only one.
   */
  private storyOrganisationBefore(before: number, sparse = false): { organisation: string; source: SourceRef | null } | null {
    const { entities, entityQuoted } = this.context;
    const s = this.sentenceAt(before);
    const tally = new Map<string, { organisation: string; source: SourceRef | null; count: number }>();
    // Each organisation's name by the sentences that write it ("sentence name").
    const named = new Set<string>();
    // The organisation the text names first (its headline's or its lead's, as a rule).
    let first: string | null = null;
    const count = (organisation: string, source: SourceRef | null): void => {
      const key = normaliseName(organisation);
      first ??= key;
      const entry = tally.get(key);
      if (entry) entry.count++;
      else tally.set(key, { organisation, source, count: 1 });
    };
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      if (entity.start >= before) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      // (a byline's line, "By Jo Roe, Business Reporter", names no body of the story's)
      if (sparse && this.isBylineSentence(this.sentenceAt(entity.start))) continue;
      // A short form counts for the name it shortens ("Corran" for "Corran Group").
      const full = entity.sourceId ? null : earlierOrganisationNamed(this.context, entity.text, entity.start);
      const record = entity.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
      const name = full?.name ?? entity.text;
      named.add(`${this.sentenceAt(entity.start)} ${normaliseName(name)}`);
      count(name, full ? full.source : record ? toSourceRef(record) : null);
    }
    // ("the company said", "it said": heard from without its name written; "the company" as written is no name)
    const heard = new Set<string>();
    for (const event of this.history) {
      const { speaker, organisation, source } = event.attribution;
      if (event.sentence >= s || organisation === null || !/\p{Lu}/u.test(organisation)) continue;
      // (the body itself, no person speaking for it: "X said", "according to its accounts")
      if (speaker === null) heard.add(normaliseName(organisation));
      // ("Chairman Jo Roe told shareholders": a person speaking for it is the organisation heard from too, once where
      // her sentence names it already: "Jo Roe of the Water Board said")
      if (speaker !== null && named.has(`${event.sentence} ${normaliseName(organisation)}`)) continue;
      count(organisation, source);
    }
    const { best, runnerUp } = leaderOf(tally.values());
    if (!best || best.count <= runnerUp) return null;
    if (best.count < MIN_STORY_ORGANISATION_MENTIONS)
      return sparse && normaliseName(best.organisation) === first && runnerUp === 0 && heard.has(first) && this.opensTheStory(first, s)
        ? best
        : null;
    // ("Corran Group shareholders rebel …" seven times against an adviser's four: the one the story opened with leads
    // by any margin)
    if (best.count < runnerUp * STORY_ORGANISATION_MARGIN && normaliseName(best.organisation) !== first) return null;
    return best;
  }

  /** Whether an opening sentence (`MAX_TOPIC_SENTENCES`) before sentence `before` has for subject the body normalised `key`. */
  private opensTheStory(key: string, before: number): boolean {
    for (let k = 0; k < Math.min(before, MAX_TOPIC_SENTENCES); k++) {
      if (this.isBylineSentence(k)) continue;
      const subject = this.subjectOrganisationOf(k, true);
      if (subject && normaliseName(subject.organisation) === key) return true;
    }
    return false;
  }

  /** "Tom Ek, a grower near Cedar Forks": an indefinite article in the description says what she does, not a post in a body. */
  private indefinitelyDescribed(description: TokenRange): boolean {
    for (let t = description.first; t <= description.last; t++)
      if (INDEFINITE_ARTICLES.has((this.context.tokens[t] as Token).lower)) return true;
    return false;
  }

  /** "The league's chief executive", "a spokeswoman for Maelford police", "former chairman": the description names its own owner, or no longer speaks for one. */
  private ownerNamedIn(description: TokenRange): boolean {
    for (let t = description.first; t <= description.last; t++) {
      const word = (this.context.tokens[t] as Token).lower;
      // ("the director of children's services", "head of libraries and culture": the portfolio a post is of or for, no owner)
      if (this.portfolioFrom(t, description)) return false;
      if (OWNER_WORDS.has(word) || ORGANISATION_PREPOSITIONS.has(word) || CONTRASTING_WORDS.has(word) || /['’]s$/u.test(word)) return true;
    }
    return false;
  }

  /** Whether "of" or "for" at t joins a post inside an organisation ("director", "head") to its portfolio (`portfolioRunsFrom`). */
  private portfolioFrom(t: number, description: TokenRange): boolean {
    const post = this.context.tokens[t - 1]?.lower ?? '';
    if (t <= description.first || (!ORGANISATION_ROLE_NOUNS.has(post) && !PORTFOLIO_HEADS.has(post))) return false;
    return portfolioRunsFrom(this.context, t, description.last);
  }

  /** "On the pitch, Albion are fourth.": the organisation an unattributed author's sentence right before s (same or previous paragraph) has as its subject. */
  private topicOrganisationBefore(s: number): { organisation: string; source: SourceRef | null } | null {
    // "Department of X / Ms Jo Roe, Secretary / Mr Al Ek, Deputy Secretary": a list of officials on lines of their own
    // under their body's name, the later ones too.
    let before = s - 1;
    if (this.listedPersonLine(s))
      while (
        before > 0 &&
        s - before <= MAX_LISTED_UNDER_HEADING &&
        this.listedPersonLine(before) &&
        this.nextParagraph(before - 1, before)
      )
        before--;
    if (before < 0 || this.results[before]) return null;
    const topic = this.subjectOrganisationOf(before, true);
    return topic && this.nextParagraph(before, before + 1) ? topic : null;
  }

  /** Sentence b's paragraph is sentence a's or the one after it. */
  private nextParagraph(a: number, b: number): boolean {
    return (this.context.sentences[a] as Sentence).paragraph >= (this.context.sentences[b] as Sentence).paragraph - 1;
  }

  /**
   * "Ms Jo Roe, Secretary", "Dr Al Ek, Chief Executive, Investigations": a line that lists a person and her post, as
   * a hearing's list of those in attendance does: no mark ending a sentence, a person named within its first words
   * (after a title) and a comma right after her name, `MAX_LISTED_LINE_TOKENS` at most.
   */
  private listedPersonLine(s: number): boolean {
    const { entities, entityOf, text } = this.context;
    const first = this.context.first[s] as number;
    const end = this.context.end[s] as number;
    const sentence = this.context.sentences[s] as Sentence;
    if (end - first > MAX_LISTED_LINE_TOKENS || /[.!?:;]\s*$/u.test(sentence.text)) return false;
    for (let t = first; t < end && t - first <= 2; t++) {
      const index = entityOf[t] as number;
      if (index < 0) continue;
      const entity = entities[index] as Entity;
      return entity.type === 'person' && /^\s*,/u.test(text.slice(entity.end, entity.end + 3)) && !this.context.inQuote[t];
    }
    return false;
  }

  /**
   * "The ministry said it had paid. A spokesperson said …": a role with no name that exists only inside an
   * organisation, and none named in its phrase, speaks for the organisation that spoke just before, as a person
   * introduced so does (`organisationJustSpoken`).
   */
  private roleJustSpoken(s: number, cue: Cue, attribution: Attribution): void {
    const role = attribution.role?.toLowerCase().split(/\s+/u) ?? [];
    if (attribution.speaker !== null || !role.some((word) => ORGANISATION_ROLE_NOUNS.has(word))) return;
    // ("Hotel owners in the valley said": owners of businesses of their own, not the body that spoke before)
    if (role.some((word) => OWN_BUSINESS_POSTS.has(word))) return;
    this.takeOrganisationJustSpoken(s, { first: cue.firstToken, last: cue.lastToken }, attribution);
  }

  /**
   * "When the Echo asked Olvery Homes about the survey, a spokeswoman said …", "After the Post put the figures to the
   * council, a spokesman said …": a spokesperson with no body of her own, after a fronted clause in which someone asks a
   * body, speaks for the body asked (the object of the verb of asking, or after "to" with "put"), by its name or a
   * description that stands for one named before ("the trust").
   */
  private organisationAskedBefore(s: number, cue: Cue, attribution: Attribution): void {
    const role = attribution.role?.toLowerCase().split(/\s+/u) ?? [];
    if (attribution.speaker !== null || !role.some((word) => SPOKESPERSON_WORDS.test(word))) return;
    const { tokens } = this.context;
    const first = this.context.first[s] as number;
    if (!FRONTED_ASKING_OPENERS.has((tokens[first] as Token).lower)) return;
    for (let t = first + 1; t + 1 < cue.firstToken && !breakAfter(this.context, t - 1); t++) {
      const verb = (tokens[t] as Token).lower;
      if (!ASKING_VERBS.has(verb)) continue;
      let object = t + 1;
      if (verb === 'put') {
        while (object < cue.firstToken && (tokens[object] as Token).lower !== 'to' && !breakAfter(this.context, object - 1)) object++;
        object++;
      }
      if (object >= cue.firstToken) return;
      const named = organisationOpeningAt(this.context, object);
      if (named) {
        if (isMediaOrganisation(this.context, named)) return;
        const record = named.sourceId ? this.context.registry.get(named.sourceId) : undefined;
        attribution.organisation = named.text;
        attribution.source ??= record ? toSourceRef(record) : null;
        this.askedBodies.add(s);
        return;
      }
      const noun = tokens[object + 1] as Token | undefined;
      if ((tokens[object] as Token).lower !== 'the' || !noun || noun.capitalised || !ORGANISATION_NOUNS.has(noun.lower)) return;
      const described = this.organisationBefore(s, noun.lower, (tokens[object] as Token).start);
      if (!described) return;
      attribution.organisation = described.organisation;
      attribution.source ??= described.source;
      this.askedBodies.add(s);
      return;
    }
  }

  /**
   * "NSW Ambulance paramedics were called … Paramedics said", "officers from the Oxley Police District … Officers said": a
   * group named by a bare plural role, with no organisation of its own, is of the one organisation the text wrote
   * before beside the same noun (its name right before it, or after "from", "of", "with" or "at" right after it).
   */
  private organisationOfGroupWrittenBefore(cue: Cue, attribution: Attribution): void {
    const role = attribution.role?.toLowerCase() ?? '';
    if (attribution.speaker !== null || !/^\p{L}{3,}s$/u.test(role) || cue.actor.start !== cue.start) return;
    const { tokens, entityOf, entities } = this.context;
    let found: Entity | null = null;
    for (let t = 0; t < cue.firstToken; t++) {
      if ((tokens[t] as Token).lower !== role || this.context.inQuote[t]) continue;
      let index = t > 0 ? (entityOf[t - 1] as number) : -1;
      if (index < 0 || (entityOf[t] as number) === index) {
        index = -1;
        let next = t + 1;
        if (GROUP_EMPLOYER_PREPOSITIONS.has(tokens[next]?.lower ?? '')) {
          next++;
          while (next < cue.firstToken && DETERMINERS.has((tokens[next] as Token).lower)) next++;
          index = next < cue.firstToken ? (entityOf[next] as number) : -1;
        } else if (next < cue.firstToken && commaAfter(this.context.text, tokens, t)) {
          // "The organisers, Norbridge Running Events, confirmed …": the name in apposition to the noun.
          index = entityOf[next] as number;
        }
      }
      const entity = index >= 0 ? (entities[index] as Entity) : null;
      if (!entity) continue;
      // ("Kell Police officers and Dunmore Fire officers": another name beside the noun, whatever it was read as)
      if (entity.type !== 'organisation' || (found && found.text !== entity.text)) return;
      found = entity;
    }
    if (!found) return;
    const record = found.sourceId ? this.context.registry.get(found.sourceId) : undefined;
    attribution.organisation = found.text;
    attribution.source ??= record ? toSourceRef(record) : null;
  }

  /**
   * "Officials said" opening a sentence, with no body named beside it or written beside the word before: the officials of
   * the organisation the story is about (`storyOrganisationBefore`), as a reader takes them. Not "…, officials said" after
   * a clause that may name whose ("State inspectors visited …, officials said"), nor "Officials there".
   */
  private officialsOfStory(s: number, cue: Cue, attribution: Attribution): void {
    if (attribution.speaker !== null || attribution.role?.toLowerCase() !== 'officials') return;
    const { text, tokens } = this.context;
    if (cue.actor.start !== (tokens[this.context.first[s] as number] as Token).start) return;
    if (text.slice(cue.actor.start, cue.actor.end) !== 'Officials' || /^\s+there\b/iu.test(text.slice(cue.actor.end))) return;
    // ("The X Directorate has opened a review. Officials said …": the body the sentence before names, not as a place,
    // is the one whose officials speak next, over the story's)
    const before =
      s > 0 && this.nextParagraph(s - 1, s)
        ? this.latestNamedOrganisation(s, cue.actor.start, (entity) => !this.namedAsPlace(entity))
        : null;
    const story = before && before.sentence === s - 1 ? before : this.storyOrganisationBefore(cue.actor.start);
    if (!story) return;
    attribution.organisation = story.organisation;
    attribution.source ??= story.source;
  }

  /** The organisation that spoke alone just before sentence s, for a description (tokens) that names no owner of its own. */
  private takeOrganisationJustSpoken(s: number, description: TokenRange, attribution: Attribution): void {
    // "The league's chief executive, Jane Roe", "a spokeswoman for Maelford police": the description names its own
    // owner; "former chairman Jane Roe" no longer speaks for it.
    if (this.ownerNamedIn(description)) return;
    // "Fire Chief Jo Roe", "army spokesman Jo Roe", "Varnholt chief executive Jo Roe": a post that names a kind of body or a
    // body's name of its own is held in a body that fits it, not in whichever spoke or was written about just before.
    const post = postBodyOf(this.context, description);
    const take = (found: { organisation: string; source: SourceRef | null }): void => {
      const fitting = post && !bodyFitsPost(found.organisation, post) ? latestBodyNamedBy(this.context, post, description.first) : found;
      if (!fitting) return;
      attribution.organisation = fitting.organisation;
      attribution.source ??= fitting.source;
    };
    // "Brewline closed 8 outlets over the year, finance director Jo Roe said": a post-holder introduced in the closing
    // clause of a sentence that opens with an organisation as its subject speaks for it, when no word of her post names
    // another kind of body ("union organiser Jo Roe").
    const subject = this.subjectOrganisationOf(s);
    const { entityOf, first } = this.context;
    if (subject && entityOf[first[s] as number] !== entityOf[description.first] && this.postNamesNoBody(description)) {
      take(subject);
      return;
    }
    const paragraph = (this.context.sentences[s] as Sentence).paragraph;
    // "On the pitch, Albion are fourth. Manager Jo Roe said …": an author's sentence right before about an organisation,
    // its subject, is whom a post-holder introduced next speaks for, whoever spoke before it.
    const topic = this.topicOrganisationBefore(s);
    if (topic) {
      take(topic);
      return;
    }
    // "The warning came a day after the X Federation said …": a body whose words the author's sentence only dates or
    // explains (its clause subordinate) is not the one a post-holder introduced next works for; the speaker before it is.
    let i = this.history.length - 1;
    // (an introduction read after later sentences were: only what came before it)
    while (i >= 0 && (this.history[i] as AttributionEvent).sentence >= s) i--;
    let reach = s;
    let reachParagraph = paragraph;
    while (i >= 0 && this.saidInSubordinateClause(this.history[i] as AttributionEvent)) {
      const skipped = this.history[i] as AttributionEvent;
      if (reach - skipped.sentence > MAX_JUST_SPOKEN_SENTENCES || skipped.paragraph < reachParagraph - 1) return;
      reach = skipped.sentence;
      reachParagraph = skipped.paragraph;
      i--;
    }
    const event = this.history[i];
    if (!event || reach - event.sentence > MAX_JUST_SPOKEN_SENTENCES) return;
    if (event.paragraph < reachParagraph - 1 && !(event.paragraph === reachParagraph - 2 && this.onlyAuthorBetween(event.sentence, reach)))
      return;
    const { speaker, organisation, source, role } = event.attribution;
    if (organisation === null) return;
    // "Its chief executive, Jane Roe, said … Finance director Tom Hale said": a colleague introduced right after someone
    // who speaks for an organisation from a post inside it holds a post in the same one.
    if (speaker !== null && !holdsOrganisationRole(role) && !this.describedWithOrganisationRole(speaker)) return;
    // "The group's auditors, X, say … Finance director Jo Roe said": a firm acting for another body is not where its
    // client's post-holders work; the body it acts for is.
    const client = speaker === null ? this.clientOfFirm(event.sentence, organisation) : null;
    take(client ?? { organisation, source });
  }

  /**
   * The body a firm named in sentence s acts for, when the sentence sets the firm's name off after a possessive and a noun
   * of a firm of that kind ("The group's auditors, X,", "its administrators, X,": `isApposedFirmNoun`); else null.
   */
  private clientOfFirm(s: number, firm: string): { organisation: string; source: SourceRef | null } | null {
    const { tokens, entities, entityOf } = this.context;
    for (let t = (this.context.first[s] as number) + 2; t < (this.context.end[s] as number); t++) {
      const entity = entities[entityOf[t] as number];
      if (entity?.text !== firm || entity.start !== (tokens[t] as Token).start) continue;
      if (!isApposedFirmNoun((tokens[t - 1] as Token).lower) || !breakAfter(this.context, t - 1)) return null;
      const owner = (tokens[t - 2] as Token).lower;
      const at = owner === 'its' || owner === 'their' ? t - 2 : /['’]s$/u.test(owner) && tokens[t - 3]?.lower === 'the' ? t - 3 : -1;
      return at >= 0 ? (this.possessiveAt(s, at) ?? null) : null;
    }
    return null;
  }

  /** "finance director Jo Roe" names no body; "union organiser Jo Roe", "council spokesman" do. */
  private postNamesNoBody(description: TokenRange): boolean {
    for (let t = description.first; t <= description.last; t++) {
      const word = (this.context.tokens[t] as Token).lower;
      if (ORGANISATION_NOUNS.has(word) || ORGANISATION_CUES.has(word)) return false;
    }
    return true;
  }

  /**
   * "X have sacked their manager, the club said. ¶ Hale, 46, was appointed in 2024. ¶ "…," said chairman Jo Roe": the
   * sentences strictly between from and to are the author's about a person (named as their subject), naming no
   * organisation, so a post-holder introduced after them still follows the organisation that spoke before (news copy
   * runs one sentence to a paragraph).
   */
  private onlyAuthorBetween(from: number, to: number): boolean {
    const { entities, entityOf } = this.context;
    for (let k = from + 1; k < to; k++) {
      const first = this.context.first[k] as number;
      if (this.results[k] || (entities[entityOf[first] as number] as Entity | undefined)?.type !== 'person') return false;
      for (let t = first; t < (this.context.end[k] as number); t++) {
        const index = entityOf[t] as number;
        if (index >= 0 && (entities[index] as Entity).type === 'organisation') return false;
      }
    }
    return true;
  }

  /**
   * Whether the event's attribution clause is a subordinate one inside an author's sentence: "The warning came a day
   * after the X Federation said …", "Shares fell when the regulator said …" (a conjunction right before its subject,
   * words of the main clause before that).
   */
  private saidInSubordinateClause(event: AttributionEvent): boolean {
    const cue = event.attribution.cue;
    if (!cue || event.attribution.method !== 'reported-speech') return false;
    const { tokens } = this.context;
    const first = this.context.first[event.sentence] as number;
    let t = first;
    while (t < (this.context.end[event.sentence] as number) && (tokens[t] as Token).start < cue.start) t++;
    if (t - 1 <= first) return false;
    const opener = tokens[t - 1] as Token;
    const tag = this.context.pos.tags[t - 1];
    return SUBORDINATING_OPENERS.has(opener.lower) && (tag === Pos.SCONJ || tag === Pos.ADP) && !breakAfter(this.context, t - 2);
  }

  /**
   * "Prosecutors say", "investigators said", "County health officials said": people named by what they do for an
   * organisation, with none named in their phrase. The organisation the text names (most recently before, else in the
   * next sentences) whose name shows that work ("prosecutors" → "… Prosecution Service", "… District Attorney's Office";
   * "inspectors" → "… Inspectorate"), or, for any staff noun, one whose name holds every noun before it ("county health
   * officials" → "… County Health Department"); else null.
   */
  private organisationOfStaff(s: number, actor: Actor): { organisation: string; source: SourceRef | null } | null {
    const { tokens } = this.context;
    let head = -1;
    const modifiers: string[] = [];
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start < actor.start) continue;
      if (token.end > actor.end) break;
      // ("Prosecutors" opening a sentence is tagged a proper noun: its written form says what it is.)
      if (isRoleNounAt(this.context, t) || STAFF_WORK.has(token.lower.replace(/s$/u, ''))) {
        head = t;
        break;
      }
      if (this.context.pos.tags[t] === Pos.ADP) return null;
      if (!DETERMINERS.has(token.lower) && !this.isDescribingWord(t) && isNominal(this.context.pos.tags[t] as number))
        modifiers.push(normaliseName(token.lower));
    }
    if (head < 0) return null;
    const work =
      STAFF_WORK.get(lowerCase(this.context.pos.lemmas[head] as string)) ??
      STAFF_WORK.get((tokens[head] as Token).lower.replace(/s$/u, ''));
    if (!work && modifiers.length === 0 && !LOCAL_GOVERNMENT_WORDS.has((tokens[Math.max(0, head - 1)] as Token).lower)) return null;
    // ("County commissioners said": an area's word alone fits a public body of the area, not its hospital)
    const areaOnly = modifiers.length > 0 && modifiers.every((modifier) => isAreaWord(modifier));
    const fits = (name: string): boolean => {
      const words = normaliseName(name).split(' ');
      if (
        modifiers.length > 0 &&
        modifiers.every((modifier) => words.includes(modifier)) &&
        (!areaOnly || words.some((word) => PUBLIC_BODY_WORDS.has(word)))
      )
        return true;
      return work !== undefined && words.some((word) => work.some((stem) => word.startsWith(stem)));
    };
    const found = this.staffOrganisation(s, actor, fits);
    if (found) return found;
    // "Metro officials said", "City officials said", "Civic officials said", "Metro finance officials said": the staff of
    // the local government the text names ("… Metropolitan Municipality", "… Municipal Corporation", "… City Council").
    // (the first word of the phrase, which may be one that describes: "City officials")
    let opening = this.context.first[s] as number;
    while (opening < head && ((tokens[opening] as Token).start < actor.start || DETERMINERS.has((tokens[opening] as Token).lower)))
      opening++;
    if (opening >= head || !LOCAL_GOVERNMENT_WORDS.has((tokens[opening] as Token).lower)) return null;
    const word = (tokens[opening] as Token).lower;
    const local = (name: string): boolean => isLocalGovernment(normaliseName(name).split(' '), word);
    const staff = this.staffOrganisation(s, actor, local);
    if (staff) return staff;
    const earliest = this.earliestNamedOrganisation(actor.start, (entity) => local(entity.text));
    if (earliest) return { organisation: earliest.organisation, source: earliest.source };
    // ("Tilmouth County maintains the roads. County staff said …": a county the text names as a place is governed as one)
    // (its staff only: "County commissioners" or "County officials" may be a county's elected board the text never named)
    return word === 'county' && (tokens[head] as Token).lower === 'staff' ? this.countyNamedBefore(actor.start) : null;
  }

  /** The last "X County" the text named outside quotes before offset `before`, of any type but a person, and its sentence; else null. */
  private countyNamedBefore(before: number): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted } = this.context;
    const last = lastEntityBefore(entities, before);
    // (a bounded look back: an article of many such sentences stays linear)
    for (let e = last; e >= 0 && e > last - MAX_COUNTY_LOOKBACK; e--) {
      const entity = entities[e] as Entity;
      if (entity.type === 'person' || entityQuoted[e]) continue;
      const words = normaliseName(entity.text).split(' ');
      if (words.length > 1 && words[words.length - 1] === 'county')
        return { organisation: entity.text, source: null, sentence: this.sentenceAt(entity.start) };
    }
    return null;
  }

  /**
   * "Management said", "Bosses said", "Organisers said": the people who run a body speak for the organisation named or
   * speaking last (else named in the next sentences); management and bosses never for a trade union (the staff's side).
   * Organisers speak for the body described as the organisers ("The organisers, X,"), else for one named in their own
   * sentence or the one before, never the police (who keep order at an event, not run it): the body a march went to
   * is no organiser of it.
   */
  private organisationRunBy(s: number, actor: Actor): { organisation: string; source: SourceRef | null } | null {
    const group = actor.role?.toLowerCase();
    if (group === undefined || !RUNNING_GROUP_NOUNS.has(group)) return null;
    const words = (name: string): string[] => normaliseName(name).split(' ');
    if (group === 'management' || group === 'bosses') return this.staffOrganisation(s, actor, (name) => !words(name).includes('union'));
    const described = this.staffOrganisation(s, actor, (name) => this.isDescribedAs(name, group));
    if (described) return described;
    const named = this.latestNamedOrganisation(s, actor.start, (entity) => !isPoliceName(entity.text));
    return named && named.sentence >= s - 1 ? { organisation: named.organisation, source: named.source } : null;
  }

  /**
   * The first organisation (no media outlet) named outside quotes before offset `before` that fits, however far back
   * ("the" local government of the article, the article's topic), with the sentence it is named in; else null.
   */
  private earliestNamedOrganisation(
    before: number,
    fits: (entity: Entity) => boolean,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, registry } = this.context;
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < before; e++) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity) || !fits(entity)) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null, sentence: this.sentenceAt(entity.start) };
    }
    return null;
  }

  /**
   * The organisation whose name fits that was named (before the actor, else later in its sentence or the next ones) or
   * spoke most recently.
   */
  private staffOrganisation(
    s: number,
    actor: Actor,
    fits: (name: string) => boolean,
  ): { organisation: string; source: SourceRef | null } | null {
    const named = this.latestNamedOrganisation(s, actor.start, (entity) => fits(entity.text));
    let spoke: { organisation: string; source: SourceRef | null; sentence: number } | null = null;
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      const { attribution, sentence } = this.history[i] as AttributionEvent;
      if (attribution.organisation !== null && fits(attribution.organisation)) {
        spoke = { organisation: attribution.organisation, source: attribution.source, sentence };
        break;
      }
    }
    const latest = spoke && (!named || spoke.sentence >= named.sentence) ? spoke : named;
    if (latest) return latest;
    return this.organisationNamedAfter(s, fits, actor.end);
  }

  /** The organisation named outside quotes in the next sentences (at most `MAX_FORWARD_SENTENCES`, same or next paragraph) that fits. */
  private organisationNamedAfter(
    s: number,
    fits: (name: string) => boolean,
    from?: number,
  ): { organisation: string; source: SourceRef | null } | null {
    const { entities, entityQuoted, sentences, registry } = this.context;
    const sentence = sentences[s] as Sentence;
    const last = Math.min(sentences.length - 1, s + MAX_FORWARD_SENTENCES);
    // ("District officials said the bus was one of 42 the X School District runs": later in its own sentence too)
    // ("Ferry officials said …, a claim the Tolvane Quay Trust denies": not a body in the note naming who denies it)
    const note = denialNoteStart(this.context, s);
    for (let e = lastEntityBefore(entities, from ?? sentence.end) + 1; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      const at = this.sentenceAt(entity.start);
      if (at > last || (sentences[at] as Sentence).paragraph > sentence.paragraph + 1) break;
      if (at === s && note >= 0 && entity.start >= note) continue;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity) || !fits(entity.text)) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    return null;
  }

  /**
   * "Officials there said", "Investigators there are examining": the organisation the sentence before named or
   * spoke for (the most recent of the two, in this or the previous paragraph); nothing when there is none.
   */
  private organisationThere(s: number, before: number, attribution: Attribution): void {
    const paragraph = (this.context.sentences[s] as Sentence).paragraph;
    const named = this.latestNamedOrganisation(s, before, () => true);
    const spoke = this.organisationSpeakerBefore(null);
    let latest = spoke && (!named || spoke.sentence >= named.sentence) ? spoke : named;
    // "The regulator can suspend its permit, but officials there say …": a definite description just before.
    let first = this.context.first[s] as number;
    while (first < (this.context.end[s] as number) && (this.context.tokens[first] as Token).start < before) first++;
    const described = this.describedOrganisationBefore(s, first);
    if (described && (!latest || described.sentence >= latest.sentence)) latest = described;
    if (
      !latest ||
      s - latest.sentence > MAX_JUST_SPOKEN_SENTENCES ||
      (this.context.sentences[latest.sentence] as Sentence).paragraph < paragraph - 1
    )
      return;
    attribution.organisation = latest.organisation;
    attribution.source ??= latest.source;
  }

  /**
   * "A spokeswoman for the Fire Service said … ‘…,’ the spokeswoman, Mary Major, told reporters":
   * a definite role naming a person is the role-only speaker met just before; she keeps its organisation.
   */
  private organisationOfRoleReference(cue: Cue, attribution: Attribution): void {
    const tokens = this.context.tokens;
    if (tokens[cue.firstToken]?.lower !== 'the' || attribution.role === null) return;
    const role = attribution.role.toLowerCase();
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      const earlier = (this.history[i] as AttributionEvent).attribution;
      if (earlier.speaker !== null || earlier.organisation === null || earlier.role === null) continue;
      if (!earlier.role.toLowerCase().includes(role) && !role.includes(earlier.role.toLowerCase())) continue;
      attribution.organisation = earlier.organisation;
      attribution.source ??= earlier.source;
      return;
    }
  }

  /**
   * "Port authority spokesman Jane Roe", "Jane Roe, a spokeswoman for the port authority", "Jane Roe, who
   * leads the union", "Kestrel's lawyer, Jane Roe": the organisation a description gives by a noun or a short
   * name, resolved to the one named more fully before. Read in the attribution clause, then in every
   * earlier phrase that described her ("Roe said" after "Jane Roe, a spokeswoman for …, was at the gates").
   */
  /**
   * A person found by a reference back, with no organisation: the one her descriptions name, learnt for her later
   * mentions. `ownedOnlyByNames`: a description of an earlier sentence whose post is owned by a pronoun ("its finance
   * director, Name") is passed over, as "its" read now would point to the latest body, not to the one it stood for there.
   */
  private describedOrganisationOf(s: number, attribution: Attribution, ownedOnlyByNames = false): void {
    if (attribution.speaker === null || attribution.organisation !== null) return;
    this.organisationOfDescription(s, null, attribution, ownedOnlyByNames);
    this.teachProfile(attribution);
  }

  private organisationOfDescription(s: number, cue: Cue | null, attribution: Attribution, ownedOnlyByNames = false): void {
    const profile = attribution.speaker ? this.profiles.lookup(attribution.speaker) : undefined;
    const clause = cue ? [{ first: cue.firstToken, last: cue.lastToken }] : [];
    const ranges = [...clause, ...(profile ? this.profiles.descriptionsOf(profile) : [])];
    const sentenceEnd = this.context.end[s] as number;
    for (const range of ranges) {
      if (range.first >= sentenceEnd) break;
      if (ownedOnlyByNames && range.first < (this.context.first[s] as number) && this.ownedByPronoun(range)) continue;
      // An earlier description reads the same each time the person speaks again.
      let found = this.descriptionOrganisations.get(range);
      if (found === undefined) {
        found = this.organisationInDescription(sentenceOfToken(this.context, range.first), range.first, range.last);
        if (!cue || range.first < cue.firstToken) this.descriptionOrganisations.set(range, found);
      }
      if (!found) continue;
      attribution.organisation = found.organisation;
      attribution.source ??= found.source;
      return;
    }
  }

  /** Whether a possessive pronoun ("its", "their", "his", "her") stands in a description's tokens. */
  private ownedByPronoun(range: { first: number; last: number }): boolean {
    for (let t = range.first; t <= range.last; t++) if (POSSESSIVE_WORDS.has((this.context.tokens[t] as Token).lower)) return true;
    return false;
  }

  /** The organisation a person's description (tokens[first, last] of sentence s) names, or null; see `organisationOfDescription`. */
  private organisationInDescription(s: number, first: number, last: number): { organisation: string; source: SourceRef | null } | null {
    const { tokens, entities, entityOf } = this.context;
    // "The X Party, whose economic spokesman Jane Roe …": the organisation "whose" follows is the one her role is in.
    const whose = first - 1;
    const owner = whose - 1 >= 0 && (tokens[whose] as Token).lower === 'whose' ? entities[entityOf[whose - 1] as number] : undefined;
    if (owner?.type === 'organisation' && breakAfter(this.context, whose - 1) && this.roleFollows(whose, last))
      return { organisation: owner.text, source: this.context.registry.resolve(owner.text) };
    // Past "who", a possessive tells whom she speaks for only as a post's owner ("who is the union's treasurer").
    let relative = false;
    for (let t = first; t <= last; t++) {
      const token = tokens[t] as Token;
      const entity = entities[entityOf[t] as number];
      // "Brisk Harbour’s finance chief" after "Brisk Harbour Port Trust": the leading words of an organisation
      // named in full before, as an owner or before a role, even when the entity finder read them as a person.
      if (entity && entity.type !== 'organisation' && entity.start === token.start) {
        const short = this.shortOrganisationName(t, last, entity);
        if (short) return short;
      }
      // "Jane Roe, who runs Elm House, said": the name a verb of leading takes is her organisation, whatever the entity
      // finder took it for, unless a first name opens it or the text gives it to a person.
      // ("who runs the 40-room Hotel X", "who runs the X Pantry at …": an article and modifiers may stand between)
      const leads = entity && entity.start === token.start && t > first ? this.leadingVerbBefore(t, first) : -1;
      if (leads >= 0 && entity?.type === 'person' && this.leadsName(leads, entity)) return { organisation: entity.text, source: null };
      if (leads >= 0 && entity?.type === 'organisation' && (tokens[leads - 1] as Token | undefined)?.lower === 'who')
        return { organisation: entity.text, source: this.context.registry.resolve(entity.text) };
      // "Abel's operations director, Tom Wiel": a post owned by a person of the text is held in her organisation.
      if (entity?.type === 'person' && entity.start === token.start) {
        const colleague = this.organisationOfOwner(t, last, entity);
        if (colleague) return colleague;
      }
      if (entity?.type === 'person' || entity?.type === 'organisation') continue;
      // "Jo Roe, who will become deputy chief executive of the enlarged group,": a post still to come speaks for no one now.
      if (token.lower === 'who' && this.prospectiveClause(t + 1, last)) break;
      if (token.lower === 'who') relative = true;
      // "Kelby's mayor", "Kelby councillor Jo Roe": a capitalised word before a post that speaks for no body is her town.
      if (token.capitalised && this.unaffiliatedPostFollows(t, last)) continue;
      // "heads research at the consortium's lead partner, X": a possessive description in apposition to a name describes
      // that organisation, which is hers, not a post of hers in the owner.
      if (token.lower === 'the' && t > first && (tokens[t - 1] as Token).lower !== 'of') {
        const apposed = organisationOpeningAt(this.context, t);
        if (apposed && this.context.text.slice(token.end, apposed.start).includes(','))
          return { organisation: apposed.text, source: this.context.registry.resolve(apposed.text) };
      }
      // "the department's chief engineer", "its regional organiser" (in a relative clause only as a post's owner).
      const owner =
        (token.capitalised && t !== first) || (relative && this.possessiveOfDeed(t, last)) ? undefined : this.possessiveAt(s, t);
      if (owner) return owner;
      if (owner === null && this.ownsFormerPost(t)) return null;
      // "Kestrel's lawyer", "Kestrel chairwoman": the short form of an organisation named in full before.
      const contrasted = t > first && CONTRASTING_WORDS.has((tokens[t - 1] as Token).lower);
      // ("Energy analyst Name": an English word capitalised only because it opens the sentence, which the entity finder
      // left unread, is what the post is about, not the short name of "Energy" read from "Energy Minister Name")
      const sentenceOpener = t === this.context.first[s] && !entity && isEnglishWord(token.lower);
      // ("Athletic captain Name" after "Kenmoor Athletic": a club's name without its place, a word of it all the same)
      // ("Wasps coach Name" after "Loxley Wasps": a team's plural nickname, the last word of a name given in full before)
      const nickname =
        sentenceOpener && /[a-z]s$/u.test(token.text) && !ORGANISATION_NOUNS.has(token.lower) && !ORGANISATION_CUES.has(token.lower);
      if (sentenceOpener && (CLUB_NAME_ENDINGS.has(token.lower) || nickname) && this.roleFollows(t, last)) {
        const club = earlierOrganisationNamed(this.context, token.text, token.start);
        if (club && (!nickname || isPlaceLessFormOf(token.text, club.name))) return { organisation: club.name, source: club.source };
      }
      if (token.capitalised && !contrasted && !sentenceOpener && this.roleFollows(t, last)) {
        const named = this.organisationStartingWith(s, token.text.replace(/['’]s$/u, ''), (tokens[first] as Token).start);
        if (named) return named;
      }
      // "Fire Chief Jane Roe" right after "the Lakeby Fire Department" is named: a noun before her role that is a word
      // of an organisation named in the last sentences is that organisation.
      if (!ORGANISATION_NOUNS.has(token.lower) && !entity && this.isRoleModifierNoun(t) && this.roleFollows(t, last)) {
        const recent = this.recentOrganisationHolding(s, token.lower, (tokens[first] as Token).start);
        if (recent) return recent;
      }
      // "Ombudsman Jo Roe" after "the Office of the Provincial Ombudsman", "Commissioner Jo Roe" after "the Office of the
      // Water Commissioner": the post itself, written as a title before her name, is a word of the organisation named
      // just before (the office she holds).
      if (token.capitalised && !entity && this.titlesNameAfter(t, last) && (ROLE_NOUNS.has(token.lower) || PERSON_NOUNS.has(token.lower))) {
        const recent = this.recentOrganisationHolding(s, token.lower, (tokens[first] as Token).start);
        if (recent) return recent;
      }
      // ("a spokesman for the manufacturer, Name," after "X, a Dutch manufacturer,": a noun the text set beside an
      // organisation's name stands for that organisation after a role's "for", as an organisation noun does)
      if (entity || !(ORGANISATION_NOUNS.has(token.lower) || this.describesOrganisationForRole(t, first))) continue;
      const premodifier = this.roleFollows(t, last);
      const opener = premodifier ? -1 : this.organisationObjectOpener(t, first);
      if (!premodifier && opener < 0) continue;
      // "a lawyer for a group of 340 policyholders": an indefinite article brings in an organisation not met before.
      if (opener >= 0 && INDEFINITE_ARTICLES.has((tokens[opener] as Token).lower)) continue;
      const modifiers: string[] = [];
      let from = t;
      while (from - 1 >= first && (this.isNounModifier(from - 1) || this.isPluralPossessive(from - 1))) {
        from--;
        if (this.isPluralPossessive(from) || !this.isDescribingWord(from)) modifiers.push((tokens[from] as Token).lower);
      }
      // "opposition party leader", "a former council official": not the party or council named before.
      if (tokens.slice(Math.max(first, from - 1), t).some((word) => CONTRASTING_WORDS.has(word.lower))) continue;
      const named = this.organisationBefore(s, token.lower, (tokens[first] as Token).start, modifiers);
      if (named) return { organisation: named.organisation, source: named.source };
      // "a spokesman for the regional government", "who leads the union": nothing named fits, so the organisation
      // is as written; "a nurse at the main clinic" works at a place and speaks for none.
      const linkedBy = opener > 0 ? (tokens[opener - 1] as Token).lower : '';
      // ("the head of the district health department": a role of it, as "a spokesman for" is)
      // ("the mayor of the Vresno municipality": a post that speaks for no body is only held in its place)
      const roleOf =
        linkedBy === 'of' &&
        opener > 1 &&
        isRoleNounAt(this.context, opener - 2) &&
        !UNAFFILIATED_POSTS.has((tokens[opener - 2] as Token).lower);
      if (linkedBy === 'for' || roleOf || LEADS_VERBS.has(linkedBy))
        return { organisation: this.context.text.slice((tokens[from] as Token).start, token.end), source: null };
    }
    return null;
  }

  /** Whether token t, after a role's "for the", is a business's trade noun or a noun the article set beside an organisation's name. */
  private describesOrganisationForRole(t: number, first: number): boolean {
    const { tokens } = this.context;
    if (t - 3 < first || !DEFINITE_DETERMINERS.has((tokens[t - 1] as Token).lower) || (tokens[t - 2] as Token).lower !== 'for')
      return false;
    if (!isRoleNounAt(this.context, t - 3)) return false;
    const noun = (tokens[t] as Token).lower;
    if (BUSINESS_AGENT_NOUNS.has(noun)) return true;
    this.apposedNouns ??= this.collectApposedNouns();
    return this.apposedHeads.has(normaliseName(noun));
  }

  /** Whether a relative clause opening at token t tells of a post to come: "will become", "is to take over as", "is due to join". */
  private prospectiveClause(t: number, last: number): boolean {
    const { tokens } = this.context;
    let k = t;
    while (k <= last && k < t + MAX_PROSPECTIVE_AUXILIARIES && PROSPECTIVE_AUXILIARIES.has((tokens[k] as Token).lower)) k++;
    return k > t && k <= last && PROSPECTIVE_VERBS.has((tokens[k] as Token).lower);
  }

  /** The organisation of the person whose possessive (entity at token t) opens a role ("Abel's deputy"), or null. */
  private organisationOfOwner(t: number, last: number, entity: Entity): { organisation: string; source: SourceRef | null } | null {
    const { entityOf, text } = this.context;
    let end = t;
    while (end + 1 <= last && entityOf[end + 1] === entityOf[t]) end++;
    if (!/^['’]s\b/u.test(text.slice(entity.end, entity.end + 3)) || !this.roleFollows(end, last)) return null;
    const owner = this.profiles.lookup(entity.text, entity.sourceId);
    return owner?.organisation ? { organisation: owner.organisation, source: owner.organisationSource } : null;
  }

  /**
   * The verb of leading a name at token t is the object of ("runs" in "who runs the 40-room Hotel X"): right before it,
   * or before "the" and up to `MAX_LED_MODIFIERS` lower-case or numeric modifiers; -1 when there is none.
   */
  private leadingVerbBefore(t: number, first: number): number {
    const { tokens } = this.context;
    let k = t - 1;
    while (k > first && t - k <= MAX_LED_MODIFIERS && !(tokens[k] as Token).capitalised && !LEADS_VERBS.has((tokens[k] as Token).lower)) {
      const word = tokens[k] as Token;
      const modifier =
        word.numeric || word.lower.includes('-') || isNominal(this.context.pos.tags[k] as number) || this.context.pos.tags[k] === Pos.ADJ;
      if (breakAfter(this.context, k) || (word.lower !== 'the' && !modifier)) return -1;
      k--;
    }
    if (!LEADS_VERBS.has((tokens[k] as Token).lower) || breakAfter(this.context, k)) return -1;
    return k === t - 1 || (tokens[k + 1] as Token).lower === 'the' ? k : -1;
  }

  /** Whether token t is a verb of leading in a relative clause ("who runs"), and the name after it no person's. */
  private leadsName(t: number, name: Entity): boolean {
    const { tokens } = this.context;
    if (!LEADS_VERBS.has((tokens[t] as Token).lower) || (tokens[t - 1] as Token | undefined)?.lower !== 'who') return false;
    return !isKnownFirstName(name.text.split(/\s+/u)[0] as string) && !namedAsPersonElsewhere(this.context, name);
  }

  /** A noun written right before a role noun, naming what the role is in charge of ("Fire" in "Fire Chief"), no rank or title. */
  private isRoleModifierNoun(t: number): boolean {
    const tag = this.context.pos.tags[t];
    const word = (this.context.tokens[t] as Token).lower;
    return (tag === Pos.NOUN || tag === Pos.PROPN) && !ROLE_NOUNS.has(word) && !TITLE_WORDS.has(word) && !ROLE_MODIFIERS.has(word);
  }

  /** Whether a person's name follows token t directly, past other capitalised words of a title ("Ombudsman Jo Roe"). */
  private titlesNameAfter(t: number, last: number): boolean {
    for (let k = t + 1; k <= last && k <= t + MAX_ROLE_DISTANCE; k++) {
      if (breakAfter(this.context, k - 1) || !(this.context.tokens[k] as Token).capitalised) return false;
      const entity = entityAtToken(this.context, k);
      if (entity) return entity.type === 'person';
    }
    return false;
  }

  /** The organisation named outside quotes in sentence s or the `MAX_JUST_SPOKEN_SENTENCES` before it whose name holds `word`. */
  private recentOrganisationHolding(s: number, word: string, before: number): { organisation: string; source: SourceRef | null } | null {
    const key = normaliseName(word);
    const found = this.latestNamedOrganisation(
      s,
      before,
      // (a name of that word alone is no fuller name: "Energy" of "Energy Minister Name" is her portfolio)
      (entity) =>
        this.sentenceAt(entity.start) >= s - MAX_JUST_SPOKEN_SENTENCES &&
        normaliseName(entity.text) !== key &&
        normaliseName(entity.text).split(' ').includes(key),
    );
    return found && { organisation: found.organisation, source: found.source };
  }

  /** The organisation named in full before whose name opens with the entity at token t, written as an owner ("X’s") or before a role. */
  private shortOrganisationName(t: number, last: number, entity: Entity): { organisation: string; source: SourceRef | null } | null {
    const { entityOf, text } = this.context;
    let end = t;
    while (end + 1 <= last && entityOf[end + 1] === entityOf[t]) end++;
    const owner = /^['’]s\b/u.test(text.slice(entity.end, entity.end + 3));
    if ((!owner && !this.roleFollows(end, last)) || this.unaffiliatedPostFollows(end, last)) return null;
    const named = earlierOrganisationNamed(this.context, entity.text, entity.start);
    return named ? { organisation: named.name, source: named.source } : null;
  }

  /** A role noun within the next few words of t, in one unbroken phrase: "authority spokesman", "company chief executive". */
  private roleFollows(t: number, last: number): boolean {
    for (let k = t + 1; k <= last && k <= t + MAX_ROLE_DISTANCE; k++) {
      // "a group of 340 policyholders": a preposition ends the phrase the organisation's noun modifies.
      if (breakAfter(this.context, k - 1) || (this.context.entityOf[k] as number) >= 0 || this.context.pos.tags[k] === Pos.ADP)
        return false;
      if (isRoleNounAt(this.context, k)) return true;
    }
    return false;
  }

  /**
   * "Kelby's mayor", "Kelby councillor Jo Roe": a post that speaks for no body follows token t in its phrase, so the
   * name before it is her town, not the short name or a word of an organisation named before.
   */
  private unaffiliatedPostFollows(t: number, last: number): boolean {
    for (let k = t + 1; k <= last && k <= t + MAX_ROLE_DISTANCE; k++) {
      if (breakAfter(this.context, k - 1) || (this.context.entityOf[k] as number) >= 0) return false;
      if (UNAFFILIATED_POSTS.has((this.context.tokens[k] as Token).lower)) return true;
    }
    return false;
  }

  /**
   * The first token of "the" / "a" opening the noun phrase that ends at the organisation noun t, when the
   * phrase is what a role belongs to ("a spokeswoman for the port authority") or what the person leads
   * ("who leads the union"); else -1. The noun must end its phrase ("the union's chairman" is a possessive).
   */
  private organisationObjectOpener(t: number, first: number): number {
    const { tokens } = this.context;
    const next = tokens[t + 1];
    if (next && !breakAfter(this.context, t) && (this.context.pos.tags[t + 1] === Pos.NOUN || ORGANISATION_NOUNS.has(next.lower)))
      return -1;
    let k = t - 1;
    // ("the players' union": a plural's possessive narrows the noun as a modifier does)
    while (k > first && (this.isNounModifier(k) || this.isPluralPossessive(k))) k--;
    if (k <= first || !DETERMINERS.has((tokens[k] as Token).lower)) return -1;
    const before = (tokens[k - 1] as Token).lower;
    if (LEADS_VERBS.has(before)) return k;
    // "who works for the water board", "who sits on the board": a verb of membership and its preposition.
    if (
      (ORGANISATION_PREPOSITIONS.has(before) || before === 'on') &&
      MEMBERSHIP_VERBS.has((tokens[k - 2] as Token | undefined)?.lower ?? '')
    )
      return k;
    if (!ORGANISATION_PREPOSITIONS.has(before)) return -1;
    for (let r = k - 2; r >= first && r >= k - 2 - MAX_ROLE_DISTANCE; r--) if (isRoleNounAt(this.context, r)) return k;
    // "Jo Roe of the players' union", "Jo Roe, from the union,": a person's name right before "of" or "from" is a member.
    const name = entityAtToken(this.context, k - 2);
    return (before === 'of' || before === 'from') && k - 2 >= first && name?.type === 'person' ? k : -1;
  }

  /** "players'" in "the players' union": a plural ending in "s" and written with an apostrophe after it (not a token's). */
  private isPluralPossessive(t: number): boolean {
    const token = this.context.tokens[t] as Token;
    const after = this.context.text.charCodeAt(token.end);
    return token.lower.endsWith('s') && (after === 0x27 || after === 0x2019);
  }

  /** A word inside a description's noun phrase before its head: "port", "regional", "Transit" (no determiner, role or name). */
  private isNounModifier(t: number): boolean {
    const token = this.context.tokens[t] as Token;
    if (breakAfter(this.context, t) || (this.context.entityOf[t] as number) >= 0 || DETERMINERS.has(token.lower)) return false;
    if (token.lower.endsWith("'s") || token.lower.endsWith('’s') || isRoleNounAt(this.context, t)) return false;
    const tag = this.context.pos.tags[t];
    return tag === Pos.NOUN || tag === Pos.ADJ || tag === Pos.PROPN || tag === Pos.VERB;
  }

  /** The organisation named outside quotes before `before` whose name opens with `word` and goes on ("Kestrel" → "Kestrel Shipping") or is it. */
  private organisationStartingWith(s: number, word: string, before: number): { organisation: string; source: SourceRef | null } | null {
    const key = normaliseName(word);
    return this.latestNamedOrganisation(s, before, (entity) => {
      const words = normaliseName(entity.text).split(' ');
      // "Tidewell’s head of research" after "the charity Tidewell": the whole name too.
      // "Kelby's vice-chancellor" after "the University of Kelby": the place a body "of" a place is named for.
      const ofPlace = words.length > 2 && words[words.length - 2] === 'of' && words[words.length - 1] === key;
      // "Arenal's president" after "Club Deportivo Arenal": a name its kind word opens is called by its last word.
      const kindFirst = words.length > 1 && ORGANISATION_CUES.has(words[0] as string) && words[words.length - 1] === key;
      return (words.length > 1 && words[0] === key) || words.join(' ') === key || ofPlace || kindFirst;
    });
  }

  /**
   * The latest organisation (no media outlet) named outside quotes before offset `before`, at most
   * `MAX_ORGANISATION_PARAGRAPHS` back, that `fits`, with the sentence it is named in; else null.
   */
  /** The organisation of the latest attribution in the last `MAX_JUST_SPOKEN_SENTENCES` sentences before s, else null. */
  private latestSpokenOrganisation(s: number): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const event = this.history[this.history.length - 1];
    if (!event || event.attribution.organisation === null || s - event.sentence > MAX_JUST_SPOKEN_SENTENCES) return null;
    return { organisation: event.attribution.organisation, source: event.attribution.source, sentence: event.sentence };
  }

  private latestNamedOrganisation(
    s: number,
    before: number,
    fits: (entity: Entity) => boolean,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, sentences, registry } = this.context;
    const paragraph = (sentences[s] as Sentence).paragraph;
    const last = lastEntityBefore(entities, before);
    for (let e = last; e >= 0 && last - e < MAX_ORGANISATION_LOOKBACK; e--) {
      const entity = entities[e] as Entity;
      const at = this.sentenceAt(entity.start);
      if ((sentences[at] as Sentence).paragraph < paragraph - MAX_ORGANISATION_PARAGRAPHS) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity) || !fits(entity)) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null, sentence: at };
    }
    return null;
  }

  /** What a sentence taught about a person (her organisation) holds for her later mentions: one person, one identity. */
  private teachProfile(attribution: Attribution): void {
    if (attribution.speaker === null || attribution.organisation === null) return;
    const profile = this.profiles.lookup(attribution.speaker);
    if (!profile) return;
    if (profile.organisation === null) {
      profile.organisation = attribution.organisation;
      profile.organisationSource = attribution.source;
    }
    profile.role ??= attribution.role;
  }

  /**
   * The organisation a definite description or possessive points to: the most
   * recent organisation named outside quotes before sentence s (a few
   * paragraphs back at most) whose name has the noun ("the bureau" → National
   * Statistics Bureau), or any for a generic noun ("the agency") or none ("its").
   * Media outlets are never meant. Else the latest attributed organisation that fits.
   */
  private organisationBefore(
    s: number,
    noun: string | null,
    before?: number,
    modifiers: readonly string[] = [],
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const found = this.latestOrganisationBefore(s, noun, before, modifiers);
    if (noun === null || modifiers.length > 0) return found;
    // "Name, the first union's president, said … The union said": the body of the sentence right before, which the noun
    // fits, over another of its kind named before that sentence (a second union, a charity that spoke in between).
    const previous = found ? this.previousSpeakerFitting(s, noun) : null;
    if (
      previous &&
      found &&
      found.sentence < previous.sentence &&
      !isShortFormOf(found.organisation, previous.organisation) &&
      // ("Fisheries inspectors found …, the service said": a word of the other's name in the sentence makes it that one)
      !this.sentenceHoldsOwnWordOf(s, found.organisation, previous.organisation)
    )
      return previous;
    if (found && found.sentence >= s - 1) return found;
    // "Staff at the hospital said" three sentences after a second hospital was named in passing: the hospital the article
    // is about (named in its opening sentences, mentioned and speaking more often) is the one meant.
    const topic = this.topicOrganisation(normaliseName(noun), before ?? (this.context.sentences[s] as Sentence).start);
    if (!topic || (found && isShortFormOf(found.organisation, topic.organisation))) return found;
    // (one named in the topic's own sentence is as much the article's own: "X Town Council voted to ask Y County Council …")
    if (found && found.sentence === topic.sentence) return found;
    if (found && this.weightOf(found.organisation) > this.weightOf(topic.organisation)) return found;
    return topic;
  }

  /**
   * The organisation the sentence right before s spoke for (by a person or as itself) when the noun fits its name by its
   * words (not as an owner's) or by how the text described it; else null.
   */
  private previousSpeakerFitting(s: number, noun: string): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const event = this.history[this.history.length - 1];
    if (!event || event.sentence !== s - 1) return null;
    const { organisation, source } = event.attribution;
    if (organisation === null) return null;
    const key = normaliseName(noun);
    const fits =
      (nameHoldsNoun(normaliseName(organisation).split(' '), key) && !holdsNounAsOwner(organisation, key)) ||
      this.isDescribedAs(organisation, key) ||
      this.referredToAs(organisation, key);
    return fits ? { organisation, source, sentence: event.sentence } : null;
  }

  /** Whether an earlier sentence's cue stood for the organisation by the noun ("The charity said" read as NAME Trust). */
  private referredToAs(organisation: string, key: string): boolean {
    const { text } = this.context;
    for (const event of this.history) {
      const { cue } = event.attribution;
      const { method, speaker } = event.attribution;
      if (!cue || method !== 'back-reference' || event.attribution.organisation !== organisation || speaker !== null) continue;
      // (the description itself opens the cue: "The charity said", not "X, which works with the charity, said")
      const words = normaliseName(text.slice(cue.start, cue.end)).split(' ');
      if ((words[0] === 'the' ? words[1] : words[0]) === key) return true;
    }
    return false;
  }

  /** The organisation of the latest sentence whose cue was "the <key>" standing for it alone ("The operator said"); else null. */
  private latestReferredToAs(key: string): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { text } = this.context;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const event = this.history[i] as AttributionEvent;
      const { cue, method, speaker, organisation, source } = event.attribution;
      if (!cue || method !== 'back-reference' || organisation === null || speaker !== null) continue;
      const words = normaliseName(text.slice(cue.start, cue.end)).split(' ');
      if ((words[0] === 'the' ? words[1] : words[0]) === key && normaliseName(organisation) !== key)
        return { organisation, source, sentence: event.sentence };
    }
    return null;
  }

  /** Whether sentence s holds a word of `name` (lower case, three letters or more) that `other` does not hold. */
  private sentenceHoldsOwnWordOf(s: number, name: string, other: string): boolean {
    const { tokens } = this.context;
    const own = new Set(
      normaliseName(name)
        .split(' ')
        .filter((word) => word.length >= 3),
    );
    for (const word of normaliseName(other).split(' ')) own.delete(word);
    if (own.size === 0) return false;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++)
      if (own.has((tokens[t] as Token).lower)) return true;
    return false;
  }

  /** The first organisation named in the article's opening sentences (`MAX_TOPIC_SENTENCES`) before `before` whose name has the noun or fits it by function. */
  private topicOrganisation(key: string, before: number): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const afterOpening = this.context.sentences[MAX_TOPIC_SENTENCES];
    return this.earliestNamedOrganisation(afterOpening ? Math.min(before, afterOpening.start) : before, (entity) => {
      // (a headline's capitalised "Union says …" is the noun itself, no name)
      const name = normaliseName(entity.text);
      return name !== key && nameHoldsNoun(name.split(' '), key) && !holdsNounAsOwner(entity.text, key);
    });
  }

  /** How present an organisation is in the article so far: its mentions (full or short), and twice the attributions it speaks in. */
  private weightOf(organisation: string): number {
    let weight = 0;
    for (const entity of this.context.entities) if (entity.type === 'organisation' && isShortFormOf(entity.text, organisation)) weight++;
    for (const event of this.history)
      if (event.attribution.organisation !== null && isShortFormOf(event.attribution.organisation, organisation)) weight += 2;
    return weight;
  }

  private latestOrganisationBefore(
    s: number,
    noun: string | null,
    before?: number,
    modifiers: readonly string[] = [],
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, sentences, registry } = this.context;
    const sentence = sentences[s] as Sentence;
    const key = noun === null ? null : normaliseName(noun);
    const generic = modifiers.length === 0 && (noun === null || GENERIC_ORGANISATION_NOUNS.has(noun));
    let fallback: Entity | null = null;
    let nameless: Entity | null = null;
    let namelessAmbiguous = false;
    // "the club" between a team named by its nickname ("… Kestrels") and a business ("… Leisure"): the team.
    const teams = new Set<string>();
    let team: Entity | null = null;
    let functional: Entity | null = null;
    let nicknames = 0;
    // Organisations named earlier in the same sentence count too: "Acme Foods is recalling …, the company said".
    const last = lastEntityBefore(entities, before ?? sentence.start);
    for (let e = last; e >= 0 && last - e < MAX_ORGANISATION_LOOKBACK; e--) {
      const entity = entities[e] as Entity;
      const at = this.sentenceAt(entity.start);
      const paragraph = (sentences[at] as Sentence).paragraph;
      if (paragraph < sentence.paragraph - MAX_ORGANISATION_PARAGRAPHS) break;
      // ("By Jo Roe, Business Desk": a byline's names are its writer's and her desk, no body a noun refers back to)
      if (this.isBylineSentence(at)) continue;
      // "Harwell Comets beat Lanton Wanderers … the club": a nickname read as a person's name may be the other club.
      if (entity.type === 'person' && !entityQuoted[e] && noun === 'club' && looksLikeNickname(entity.text)) nicknames++;
      if (entity.type !== 'organisation' || entityQuoted[e]) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      if (isMediaOrganisation(this.context, entity)) continue;
      const words = normaliseName(entity.text).split(' ');
      if (modifiers.length > 0 && !holdsAny(entity.text, modifiers) && !this.isDescribedWith(entity.text, modifiers)) continue;
      // "the watchdog" fits a name by what the body does ("… Inspectorate"): a fit that spoke is likelier, so it only stands by.
      if (
        key !== null &&
        !functional &&
        !holdsNounWords(words, key) &&
        nameHoldsNoun(words, key) &&
        // ("The union that represents the staff, NAME Local 9, said": a body the text calls so is that one, found below)
        !this.isDescribedAs(entity.text, key)
      ) {
        functional = entity;
        continue;
      }
      if (
        key !== null &&
        ((holdsNounWords(words, key) && !holdsNounAsOwner(entity.text, key) && !holdsKindAsTopic(words, key)) ||
          this.isDescribedAs(entity.text, key) ||
          normaliseName(record?.name ?? '')
            .split(' ')
            .includes(key))
      ) {
        return { organisation: entity.text, source: record ? toSourceRef(record) : null, sentence: this.sentenceAt(entity.start) };
      }
      if (paragraph < sentence.paragraph - MAX_GENERIC_PARAGRAPHS) continue;
      // ("the water company" for "Dalby Water": a generic noun narrowed by words the name holds, checked above)
      const narrowedGeneric = modifiers.length > 0 && noun !== null && GENERIC_ORGANISATION_NOUNS.has(noun);
      if ((generic || narrowedGeneric) && !fallback && fitsGenericNoun(noun, entity.text)) fallback = entity;
      // "released by the authority" after "X Borough Council": "the authority" is any public body.
      if (!fallback && modifiers.length === 0 && standsForPublicBody(noun, entity.text)) fallback = entity;
      // "the manufacturer" after "made by X, a Shenzhen company,": a business by its trade is the one described as a business.
      if (!fallback && modifiers.length === 0 && key !== null && BUSINESS_AGENT_NOUNS.has(key) && this.isDescribedAsBusiness(entity.text))
        fallback = entity;
      // "the club" with two clubs' names before it is neither: only one name of no kind may stand for it.
      // ("NAME, the country's largest bookmaker," is no club: a name described as another kind fits no nameless kind)
      // ("the board" is a body's governing board, never a bare name: see the governing nouns in fromReference)
      if (
        !generic &&
        modifiers.length === 0 &&
        !GOVERNING_NOUNS.has(noun ?? '') &&
        fitsNamelessKind(noun, entity.text) &&
        !this.isDescribedOtherwise(entity.text, key)
      ) {
        if (nameless === null) nameless = entity;
        // ("Athletic" after "Dunholm Athletic": a club's name without its place is the same club)
        else if (!isShortFormOf(nameless.text, entity.text) && !isPlaceLessFormOf(nameless.text, entity.text)) namelessAmbiguous = true;
        if (noun === 'club' && /[a-z]s$/u.test(lastWordOf(entity.text))) {
          team ??= entity;
          if (![...teams].some((name) => isShortFormOf(name, entity.text) || normaliseName(name).endsWith(normaliseName(entity.text))))
            teams.add(entity.text);
        }
      }
    }
    if (functional) {
      const spoke = this.organisationSpeakerBefore(noun, modifiers, true, MAX_NARROWED_EVENTS);
      if (spoke) return spoke;
      fallback = functional;
    }
    if (nicknames > 0) namelessAmbiguous = true;
    if (!fallback && nameless && !namelessAmbiguous) fallback = nameless;
    if (!fallback && namelessAmbiguous && nicknames === 0 && teams.size === 1 && team) {
      // (by the fullest name: "Kestrels" stands for "the Dunmore Kestrels" named first)
      const full = earlierOrganisationNamed(this.context, team.text, team.start);
      if (full) return { organisation: full.name, source: full.source, sentence: this.sentenceAt(team.start) };
      fallback = team;
    }
    if (!fallback)
      return (
        this.organisationSpeakerBefore(noun, modifiers, !namelessAmbiguous) ??
        (modifiers.length === 0 && key !== null ? this.organisationByShortNameBefore(s, key, before ?? sentence.start) : null)
      );
    const spoke = noun === null ? null : this.organisationSpeakerBefore(noun, modifiers, !namelessAmbiguous);
    if (spoke && spoke.sentence >= this.sentenceAt(fallback.start)) return spoke;
    const record = fallback.sourceId ? registry.get(fallback.sourceId) : undefined;
    return { organisation: fallback.text, source: record ? toSourceRef(record) : null, sentence: this.sentenceAt(fallback.start) };
  }

  /**
   * "Reader Jo Roe pays Brightwell Energy … (six paragraphs on) I put her case to Brightwell. A spokeswoman for the
   * company said": an organisation named in full before the generic look-back, whose first word (a name, no English word)
   * the text wrote alone since then, outside quotes, is the one "the company" stands for when the noun fits it; the one so
   * mentioned last. Null when none is.
   */
  private organisationByShortNameBefore(
    s: number,
    key: string,
    before: number,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, inQuote, sentences, tokens, registry } = this.context;
    const paragraph = (sentences[s] as Sentence).paragraph;
    let from = s;
    while (from > 0 && paragraph - (sentences[from - 1] as Sentence).paragraph <= MAX_GENERIC_PARAGRAPHS) from--;
    const firstToken = this.context.first[from] as number;
    const candidates = new Map<string, Entity>();
    const last = lastEntityBefore(entities, before);
    for (let e = last; e >= 0 && last - e < MAX_ORGANISATION_LOOKBACK; e--) {
      const entity = entities[e] as Entity;
      if ((sentences[this.sentenceAt(entity.start)] as Sentence).paragraph < paragraph - MAX_ORGANISATION_PARAGRAPHS) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      const words = entity.text.split(/\s+/u);
      const first = words[0] as string;
      const lastWord = words[words.length - 1] as string;
      if (words.length < 2) continue;
      const fits =
        normaliseName(entity.text).split(' ').includes(key) ||
        (GENERIC_ORGANISATION_NOUNS.has(key) && fitsGenericNoun(key, entity.text)) ||
        (key === 'club' && fitsNamelessKind(key, entity.text));
      if (!fits) continue;
      if (first.length >= MIN_SHORT_NAME_LETTERS && !isEnglishWord(first.toLowerCase()) && !candidates.has(first))
        candidates.set(first, entity);
      // ("Athletic rebutted …" for "Dunholm Athletic": a club's name without its place)
      if (key === 'club' && CLUB_NAME_ENDINGS.has(lastWord.toLowerCase()) && !candidates.has(lastWord)) candidates.set(lastWord, entity);
    }
    if (candidates.size === 0) return null;
    for (let t = tokens.length - 1; t >= firstToken; t--) {
      const token = tokens[t] as Token;
      if (token.start >= before || inQuote[t]) continue;
      const entity = candidates.get(token.text.replace(/['’]s$/u, ''));
      // (a token inside another name is no mention of this one: "Brightwell" in "Brightwell Energy Trust")
      const inside = entityAtToken(this.context, t);
      if (!entity || (inside && normaliseName(inside.text) !== normaliseName(token.text.replace(/['’]s$/u, '')))) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null, sentence: this.sentenceAt(token.start) };
    }
    return null;
  }

  /**
   * "The island ferry operator will cut …, the company said": the definite description opening sentence s as its
   * subject (an article, modifiers, an organisation noun, then a verb), as written without its article, when it
   * ends before `before` and the reference's noun fits it (the same noun, or "the company" for any business); else null.
   */
  private subjectDescriptionOf(s: number, noun: string, before: number): string | null {
    const { tokens, inQuote } = this.context;
    const first = this.context.first[s] as number;
    const end = this.context.end[s] as number;
    if (first >= end || inQuote[first] || !DEFINITE_DETERMINERS.has((tokens[first] as Token).lower)) return null;
    let head = first + 1;
    while (head + 1 < end && !breakAfter(this.context, head) && isNominal(this.context.pos.tags[head + 1] as number)) head++;
    const next = this.context.pos.tags[head + 1];
    const headToken = tokens[head] as Token | undefined;
    if (!headToken || headToken.end > before || (this.context.entityOf[head] as number) >= 0) return null;
    if (!ORGANISATION_NOUNS.has(headToken.lower) || (next !== Pos.VERB && next !== Pos.AUX)) return null;
    const written = this.context.text.slice((tokens[first + 1] as Token).start, headToken.end);
    return headToken.lower === noun || fitsGenericNoun(noun, written) ? written : null;
  }

  /**
   * The latest definite description outside quotes before sentence s (a few paragraphs back at most) headed by `noun`
   * and narrowed by words before it ("the national skating federation" for "the federation"), as written without its
   * article; else null.
   */
  private descriptionBefore(s: number, noun: string): string | null {
    const { tokens, inQuote, sentences } = this.context;
    const paragraph = (sentences[s] as Sentence).paragraph;
    let from = s;
    while (from > 0 && (sentences[from - 1] as Sentence).paragraph >= paragraph - MAX_GENERIC_PARAGRAPHS) from--;
    for (let t = (this.context.first[s] as number) - 1; t > (this.context.first[from] as number); t--) {
      const token = tokens[t] as Token;
      if (inQuote[t] || token.lower !== noun) continue;
      let first = t;
      while (first - 1 >= 0 && !breakAfter(this.context, first - 1) && this.isNounModifier(first - 1)) first--;
      const article = tokens[first - 1];
      if (first === t || !article || !DEFINITE_DETERMINERS.has(article.lower) || (this.context.entityOf[first] as number) >= 0) continue;
      return this.context.text.slice((tokens[first] as Token).start, token.end);
    }
    return null;
  }

  /**
   * Whether the text set a description headed by `key` (normalised) beside the organisation's name: "The Office of
   * Rail Safety, the industry regulator, said … the regulator", "The launch provider, Corvane Aerospace, … the provider".
   */
  private isDescribedAs(name: string, key: string): boolean {
    this.apposedNouns ??= this.collectApposedNouns();
    const nouns = this.apposedNouns.get(normaliseName(name));
    if (nouns === undefined) return false;
    if (nouns.has(key)) return true;
    // ("The regulator, NAME, said … The watchdog said": nouns for one function, which fit the same names, describe alike)
    const kinds = FUNCTION_NOUNS.get(key);
    if (kinds === undefined) return false;
    for (const noun of nouns) if (FUNCTION_NOUNS.get(noun) === kinds) return true;
    return false;
  }

  /** Whether a description set beside the name holds one of `modifiers` before its head ("the players' union"). */
  private isDescribedWith(name: string, modifiers: readonly string[]): boolean {
    this.apposedNouns ??= this.collectApposedNouns();
    const words = this.apposedWords.get(normaliseName(name));
    return words !== undefined && modifiers.some((word) => words.has(normaliseName(word)));
  }

  /** Whether the text set a noun for a business by its trade beside the name ("flooring subcontractor X", "X, a box maker,"). */
  private isDescribedAsTrade(name: string): boolean {
    this.apposedNouns ??= this.collectApposedNouns();
    const nouns = this.apposedNouns.get(normaliseName(name));
    if (nouns === undefined) return false;
    for (const noun of nouns) if (BUSINESS_AGENT_NOUNS.has(noun) || COMMERCIAL_NOUNS.has(noun)) return true;
    return false;
  }

  /** Whether the text set a description headed by a business's noun beside the name ("X, a Shenzhen company,"). */
  private isDescribedAsBusiness(name: string): boolean {
    this.apposedNouns ??= this.collectApposedNouns();
    const nouns = this.apposedNouns.get(normaliseName(name));
    if (nouns === undefined) return false;
    for (const noun of nouns) if (COMMERCIAL_NOUNS.has(noun)) return true;
    return false;
  }

  /** Whether the text set a description beside the name whose head is some noun other than `key`. */
  private isDescribedOtherwise(name: string, key: string | null): boolean {
    this.apposedNouns ??= this.collectApposedNouns();
    const nouns = this.apposedNouns.get(normaliseName(name));
    return nouns !== undefined && nouns.size > 0 && (key === null || !nouns.has(key));
  }

  /** Whether the token after `last` is a lone word in brackets right after it: the acronym of "Name (ABC)". */
  private bracketedAfter(last: number): boolean {
    const { tokens, text } = this.context;
    const word = tokens[last + 1];
    if (!word || !(tokens[last] as Token).capitalised || !/^\s*\($/u.test(text.slice((tokens[last] as Token).end, word.start)))
      return false;
    return text.charCodeAt(word.end) === 0x29; // ")"
  }

  /** One pass over the article: every organisation mention outside quotes and the head noun of a description beside it. */
  private collectApposedNouns(): Map<string, Set<string>> {
    const { tokens, entities, entityOf, inQuote } = this.context;
    const found = new Map<string, Set<string>>();
    const add = (entity: Entity, head: number): void => {
      const token = tokens[head];
      if (!token || token.capitalised || inQuote[head] || !isNominal(this.context.pos.tags[head] as number)) return;
      const name = normaliseName(entity.text);
      const nouns = found.get(name) ?? new Set<string>();
      nouns.add(normaliseName(token.lower));
      found.set(name, nouns);
      this.apposedHeads.add(normaliseName(token.lower));
      // ("X, the players' union,": the words narrowing the head describe the name too, as a later "the players' union" does)
      const words = this.apposedWords.get(name) ?? new Set<string>();
      for (let k = head - 1; k >= 0 && !breakAfter(this.context, k) && !DETERMINERS.has((tokens[k] as Token).lower); k--) {
        if (!isNominal(this.context.pos.tags[k] as number) || (tokens[k] as Token).capitalised) break;
        words.add(normaliseName((tokens[k] as Token).lower));
      }
      this.apposedWords.set(name, words);
    };
    for (let t = 0; t < tokens.length; t++) {
      const index = entityOf[t] as number;
      if (index < 0 || entityOf[t - 1] === index || inQuote[t]) continue;
      const entity = entities[index] as Entity;
      if (entity.type !== 'organisation') continue;
      let last = t;
      while (entityOf[last + 1] === index) last++;
      // ("X (XYZ), the players' union,": the acronym in brackets after the name stands between it and the description)
      const bracketed = this.bracketedAfter(last);
      if (bracketed) last++;
      // "X, the industry regulator,": the noun before the next break or preposition after an article.
      // (a comma, not a sentence's end: "… as quoted by Radio Ostby. The authority said" describes nothing)
      const next = tokens[last + 1];
      const comma =
        next !== undefined &&
        (bracketed
          ? /^\),\s*$/u.test(this.context.text.slice((tokens[last] as Token).end, next.start))
          : commaAfter(this.context.text, tokens, last));
      if (comma && DETERMINERS.has(next.lower)) {
        let k = last + 2;
        // "X, the community gallery that opened in …": the head ends before a relative clause or a verb too.
        while (
          k + 1 < tokens.length &&
          !breakAfter(this.context, k) &&
          this.context.pos.tags[k + 1] !== Pos.ADP &&
          this.context.pos.tags[k + 1] !== Pos.VERB &&
          this.context.pos.tags[k + 1] !== Pos.AUX &&
          !RELATIVE_PRONOUNS.has(tokens[k + 1]!.lower) &&
          tokens[k + 1]!.lower !== 'who'
        )
          k++;
        // ("…, sold by X, the group said": a description the verb of saying follows is the sentence's subject, not X's)
        if (!isTaggedSpeechVerb(this.context, k + 1) || breakAfter(this.context, k)) add(entity, k);
      }
      // "The launch provider, X", "The operator whose train derailed, X": the noun before the comma or the relative clause
      // (a comma: the noun closing the sentence before describes nothing).
      // ("The regulator, the X Office, said": an article opening the apposed name stands right after the comma)
      const at = t > 1 && tokens[t - 1]!.lower === 'the' && breakAfter(this.context, t - 2) ? t - 1 : t;
      const gap = at > 0 ? this.context.text.slice(tokens[at - 1]!.end, tokens[at]!.start) : '';
      if (at > 0 && breakAfter(this.context, at - 1) && !/[.!?\n]/u.test(gap)) {
        let head = at - 1;
        for (let k = at - 2; k > 0 && at - k <= MAX_RELATIVE_CLAUSE && !breakAfter(this.context, k); k--) {
          if (!RELATIVE_PRONOUNS.has(tokens[k]!.lower)) continue;
          head = k - 1;
          break;
        }
        add(entity, head);
        // "The school on the hill, X Academy,", "The consortium building the line, X,": the description's head is the
        // last noun of the run after its opening article, before what qualifies it.
        for (let k = at - 2; k >= 0 && at - k <= MAX_APPOSITION_DESCRIPTION && !breakAfter(this.context, k); k--) {
          if (!DETERMINERS.has(tokens[k]!.lower) || (k > 0 && !breakAfter(this.context, k - 1))) continue;
          let head = k + 1;
          // (an "-ing" word before an article is a participle wink may tag a noun: "the consortium building the line")
          while (
            head + 1 < at - 1 &&
            isNominal(this.context.pos.tags[head + 1] as number) &&
            !(tokens[head + 1]!.lower.endsWith('ing') && DETERMINERS.has(tokens[head + 2]!.lower))
          )
            head++;
          // "The court found that the main contractor, X,": a that-clause between them; the description is "the main contractor".
          const clause = tokens
            .slice(head + 1, at - 1)
            .some((token, i) => token.lower === 'that' || this.context.pos.tags[head + 1 + i] === Pos.SCONJ);
          if (head < at - 1 && !clause) add(entity, head);
          break;
        }
      } else if (t > 0 && !breakAfter(this.context, t - 1) && !inQuote[t - 1]) {
        // "Farmers' union Agrolink", "Safety watchdog the National Product Safety Office": a descriptor right before the name.
        const head = tokens[t - 1]!.lower === 'the' && t > 1 && !breakAfter(this.context, t - 2) ? t - 2 : t - 1;
        if (this.context.pos.tags[head] === Pos.NOUN) add(entity, head);
      }
      t = last;
    }
    return found;
  }

  /**
   * The organisation sentence s opens with as its subject ("The Harbour Trust, which …, said", "Acme Water
   * bought …"), named outside quotes and not a media outlet, or null.
   */
  private subjectOrganisationOf(
    s: number,
    pastFronted = false,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { tokens, entities, entityOf, inQuote, registry } = this.context;
    if (s < 0) return null;
    let t = pastFronted ? this.pastFrontedPhrase(s) : (this.context.first[s] as number);
    if (t < 0) return null;
    if (t < (this.context.end[s] as number) && DEFINITE_DETERMINERS.has((tokens[t] as Token).lower)) t++;
    // "The operator, Vessel Lines, will add …": the name in apposition to the opening description is the subject.
    const described = tokens[t];
    if (described && !described.capitalised && breakAfter(this.context, t) && (entityOf[t + 1] as number) >= 0) t++;
    // "The supporters' group Peña Marea said", "The charity Open Hands said": a descriptor before the name is not the subject.
    else if (t > (this.context.first[s] as number)) {
      let k = t;
      while (k - t < MAX_DESCRIPTOR_BEFORE_NAME && this.describesNameAfter(k)) k++;
      if (k > t && (entityOf[k] as number) >= 0) t = k;
    }
    const entity = entities[entityOf[t] as number];
    if (
      t >= (this.context.end[s] as number) ||
      inQuote[t] ||
      entity?.type !== 'organisation' ||
      entity.start !== (tokens[t] as Token).start
    )
      return null;
    if (isMediaOrganisation(this.context, entity)) return null;
    const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
    return { organisation: entity.text, source: record ? toSourceRef(record) : null, sentence: s };
  }

  /** Whether token k is a lower-case word of a description right before a name: "supporters'", "group", "charity". */
  private describesNameAfter(k: number): boolean {
    const token = this.context.tokens[k];
    if (!token || token.capitalised || breakAfter(this.context, k) || (this.context.entityOf[k] as number) >= 0) return false;
    return this.isPluralPossessive(k) || isNominal(this.context.pos.tags[k] as number);
  }

  /**
   * The first token of sentence s after a fronted adverbial up to its comma ("Across the valley in Thornby, …", "On the
   * pitch, …"), its first token when it opens with none, -1 when its opening adverbial runs on with no comma.
   */
  private pastFrontedPhrase(s: number): number {
    const { tokens, entityOf, pos, text } = this.context;
    const first = this.context.first[s] as number;
    const end = this.context.end[s] as number;
    const tag = pos.tags[first];
    if (first >= end || (entityOf[first] as number) >= 0 || (tag !== Pos.ADP && tag !== Pos.ADV)) return first;
    let k = first;
    while (k < end - 1 && k - first < MAX_FRONTED_WORDS && !breakAfter(this.context, k)) k++;
    return k < end - 1 && commaAfter(text, tokens, k) ? k + 1 : -1;
  }

  /**
   * The organisation the latest definite description before token t stands for ("the inspectorate",
   * "the agency"), written outside quotes in this sentence or the one before it, with the sentence it is in.
   */
  private describedOrganisationBefore(
    s: number,
    t: number,
  ): { organisation: string; source: SourceRef | null; sentence: number; offset: number } | null {
    const { tokens, inQuote, sentences } = this.context;
    const from = s > 0 && (sentences[s - 1] as Sentence).paragraph === (sentences[s] as Sentence).paragraph ? s - 1 : s;
    for (let k = t - 1; k > (this.context.first[from] as number); k--) {
      const noun = tokens[k] as Token;
      if (inQuote[k] || tokens[k - 1]?.lower !== 'the' || noun.capitalised || !ORGANISATION_NOUNS.has(noun.lower)) continue;
      if (!breakAfter(this.context, k) && !(tokens[k + 1]?.lower ?? '').match(/^[a-z]/)) continue;
      const at = this.sentenceAt(noun.start);
      const found = this.organisationBefore(at, noun.lower, tokens[k - 1]!.start);
      return found ? { ...found, sentence: at, offset: noun.start } : null;
    }
    return null;
  }

  /** Where the organisation is last named outside quotes in sentence s (its full name or a short form of it), else -1. */
  private lastMentionIn(s: number, organisation: string): number {
    const { entities, entityQuoted, sentences } = this.context;
    const sentence = sentences[s] as Sentence;
    let found = -1;
    for (let e = lastEntityBefore(entities, sentence.end); e >= 0; e--) {
      const entity = entities[e] as Entity;
      if (entity.start < sentence.start) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || entity.start <= found) continue;
      if (entity.text === organisation || isShortFormOf(entity.text, organisation)) found = entity.start;
    }
    return found;
  }

  /**
   * The organisation named outside quotes in the next sentences (at most `MAX_FORWARD_SENTENCES`, in the
   * same or the next paragraph) whose name has the noun and every modifier, or null. Only for a
   * description nothing before it explains.
   */
  private organisationAfter(
    s: number,
    noun: string,
    modifiers: readonly string[],
    headline = false,
  ): { organisation: string; source: SourceRef | null } | null {
    const { entities, entityQuoted, sentences, registry } = this.context;
    const sentence = sentences[s] as Sentence;
    const last = Math.min(sentences.length - 1, s + (headline ? MAX_HEADLINE_FORWARD_SENTENCES : MAX_FORWARD_SENTENCES));
    const key = normaliseName(noun);
    for (let e = lastEntityBefore(entities, sentence.end) + 1; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      const at = this.sentenceAt(entity.start);
      if (at > last || (!headline && (sentences[at] as Sentence).paragraph > sentence.paragraph + 1)) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      // "the financial regulator said … the Financial Conduct Office": the noun, or the kind of body it stands for.
      // ("Orchard charity says …" over a story about "X Orchard Society": a headline's kind of body narrowed by a word of the name)
      const kindFits = headline && modifiers.length > 0 && GENERIC_ORGANISATION_NOUNS.has(key) && fitsGenericNoun(key, entity.text);
      if (
        (!nameHoldsNoun(normaliseName(entity.text).split(' '), key) && !kindFits) ||
        holdsNounAsOwner(entity.text, key) ||
        (modifiers.length > 0 && !holdsAny(entity.text, modifiers))
      )
        continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    return null;
  }

  /** The word of an area written before the head of a description ("the city council": "city"), else null. */
  private areaWordOf(s: number, actor: Pick<Actor, 'start' | 'end'>): string | null {
    const { tokens } = this.context;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start < actor.start) continue;
      if (token.end >= actor.end) break; // the head noun
      if (isAreaWord(token.lower)) return token.lower;
    }
    return null;
  }

  /** The nouns written between the determiner and the head of "the national statistics agency": ["statistics"]. */
  private modifiersOf(s: number, actor: Pick<Actor, 'start' | 'end'>, describing = false): string[] {
    const { tokens } = this.context;
    const modifiers: string[] = [];
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start < actor.start) continue;
      if (token.end >= actor.end) break; // the head noun
      if (DETERMINERS.has(token.lower) || token.lower.endsWith("'s")) {
        modifiers.length = 0;
        // "the county attorney's office", "the mayor's office": a post's holder owns the office; a body meant must be
        // named for that post ("… Sheriff's Office" for "the sheriff's office"), not any office named before.
        const post = token.lower.slice(0, -2);
        if (!describing && !token.capitalised && isPostWord(post)) modifiers.push(post);
        continue;
      }
      if (this.isDescribingWord(t) === describing && (!describing || this.isClassifyingWord(t))) modifiers.push(token.lower);
    }
    return modifiers;
  }

  /**
   * A describing word that may still be a word of the body's name: "weather" and "meteorological" (tagged adjectives) in
   * "the weather service", unlike "the regional agency" or "the Danish ministry". Such a word does not rule a name out,
   * but one holding it is the body meant over a nearer one with the same head ("the ambulance service").
   */
  private isClassifyingWord(t: number): boolean {
    const lower = (this.context.tokens[t] as Token).lower;
    return !DESCRIBING_WORDS.has(lower) && countryOfDemonym(lower) === null && !lower.includes('-');
  }

  /**
   * The organisation named before that a description's head and modifiers fit (see `organisationBefore`); among those, one
   * whose name holds a classifying describing word of the description ("the weather service" → "… Weather Service", not
   * the nearer "… Ambulance Service").
   */
  private describedOrganisationNamedBefore(
    s: number,
    noun: string,
    before: number | undefined,
    span: Pick<Actor, 'start' | 'end'>,
    modifiers: readonly string[],
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const classifying = modifiers.length === 0 ? this.modifiersOf(s, span, true) : [];
    return (
      (classifying.length > 0 ? this.organisationBefore(s, noun, before, classifying) : null) ??
      this.organisationBefore(s, noun, before, modifiers)
    );
  }

  /** An adjective or participle by wink's tag ("the regional agency", "the state-owned company"), or a noun that describes rather than names ("the city council"). */
  private isDescribingWord(t: number): boolean {
    const tag = this.context.pos.tags[t];
    const lower = (this.context.tokens[t] as Token).lower;
    return tag === Pos.ADJ || tag === Pos.VERB || DESCRIBING_WORDS.has(lower) || countryOfDemonym(lower) !== null || lower.includes('-');
  }

  /**
   * The organisation of the latest attribution that has one. `authored`: past one read from figures alone ("Official
   * figures published by X rated …"): records have no authors, so "its authors" is the study before them.
   */
  private latestOrganisation(authored = false): { organisation: string; source: SourceRef | null } | null {
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      const event = this.history[i] as AttributionEvent;
      const { organisation, source } = event.attribution;
      if (organisation !== null && !(authored && this.namesOnlyUnauthoredDocuments(event.sentence))) return { organisation, source };
    }
    return null;
  }

  /** Whether sentence s names documents outside quotes, none of them one with authors ("figures", "data", not "report"). */
  private namesOnlyUnauthoredDocuments(s: number): boolean {
    const { tokens, inQuote } = this.context;
    let unauthored = false;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const word = (tokens[t] as Token).lower;
      if (inQuote[t] || !DOCUMENT_NOUNS.has(word)) continue;
      if (!UNAUTHORED_DOCUMENT_NOUNS.has(word)) return false;
      unauthored = true;
    }
    return unauthored;
  }

  /** The organisation "the <noun>" points to: one that spoke or was speakers' most recently, else one named outside quotes. */
  private organisationNamedBefore(s: number, noun: string, before?: number): { organisation: string; source: SourceRef | null } | null {
    const key = normaliseName(noun);
    // "The X Rowing Federation suspended …, a federation spokesperson said": a name holding the noun earlier in the
    // same sentence is the one meant, over any that spoke before.
    if (before !== undefined) {
      const named = this.latestNamedOrganisation(s, before, (entity) => normaliseName(entity.text).split(' ').includes(key));
      if (named && named.sentence === s) return named;
    }
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      const { organisation, source } = (this.history[i] as AttributionEvent).attribution;
      if (organisation === null) continue;
      const words = `${normaliseName(organisation)} ${normaliseName(source?.name ?? '')}`.split(' ');
      if (words.includes(key) && normaliseName(organisation) !== key && !holdsNounAsOwner(organisation, key))
        return { organisation, source };
    }
    return this.organisationBefore(s, noun);
  }

  /**
   * "The nurses' union rejected the plan. Its general secretary, …": an organisation that spoke
   * without a name the entity finder knows is still the nearest one for "its" or "the union".
   */
  private organisationSpeakerBefore(
    noun: string | null,
    modifiers: readonly string[] = [],
    nameless = true,
    // A description narrowed by its modifiers ("the fisheries ministry") may point further back than a bare noun.
    lookBack = modifiers.length > 0 ? MAX_NARROWED_EVENTS : CONTEXT_EVENTS,
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    // "The X Waterways Agency said … The Y Anglers' Trust said … The agency says": a generic noun that the name of a body
    // that spoke holds is that body's, before a later speaker it merely fits.
    if (noun !== null && GENERIC_ORGANISATION_NOUNS.has(noun) && modifiers.length === 0) {
      const key = normaliseName(noun);
      for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - lookBack; i--) {
        const { attribution, sentence } = this.history[i] as AttributionEvent;
        const { organisation, source } = attribution;
        if (organisation === null || normaliseName(organisation) === key || holdsNounAsOwner(organisation, key)) continue;
        const words = normaliseName(organisation).split(' ');
        if (holdsNounWords(words, key) && !holdsKindAsTopic(words, key)) return { organisation, source, sentence };
      }
    }
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - lookBack; i--) {
      const event = this.history[i] as AttributionEvent;
      const { organisation, source, speaker } = event.attribution;
      // "The fisheries ministry" is also the ministry a fisheries minister spoke for; a bare "the ministry" is not.
      if ((speaker !== null && modifiers.length === 0) || organisation === null) continue;
      if (modifiers.length > 0 && !holdsAny(`${organisation} ${source?.name ?? ''}`, modifiers)) continue;
      // "the relief agency" is one of them, not "Relief agencies" that spoke together.
      if (noun !== null && !noun.endsWith('s') && namesPluralGroup(organisation)) continue;
      if (
        noun !== null &&
        !GENERIC_ORGANISATION_NOUNS.has(noun) &&
        (!nameHoldsNoun(normaliseName(organisation).split(' '), normaliseName(noun)) ||
          holdsNounAsOwner(organisation, normaliseName(noun))) &&
        !this.isDescribedAs(organisation, normaliseName(noun)) &&
        // ("Council officers said … The authority said": a council that spoke is the public body "the authority" means)
        !(modifiers.length === 0 && standsForPublicBody(noun, organisation)) &&
        !(
          nameless &&
          modifiers.length === 0 &&
          fitsNamelessKind(noun, organisation) &&
          !this.isDescribedOtherwise(organisation, normaliseName(noun))
        )
      )
        continue;
      if (!fitsGenericNoun(noun, organisation)) continue;
      return { organisation, source, sentence: event.sentence };
    }
    return null;
  }

  /** Whether sentence s is a byline ("By Jo Roe, Business Desk"), read once per article. */
  private isBylineSentence(s: number): boolean {
    if (this.bylines === undefined) {
      const { sentences, text } = this.context;
      this.bylines = new Uint8Array(sentences.length);
      for (let k = 0; k < sentences.length; k++) {
        const { start, end } = sentences[k] as Sentence;
        if (text.startsWith('By', start) && isArticleFurniture(text.slice(start, end))) this.bylines[k] = 1;
      }
    }
    return this.bylines[s] === 1;
  }

  private sentenceAt(offset: number): number {
    const { sentences } = this.context;
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((sentences[mid] as Sentence).start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * "The Saudi-led coalition denied …, citing coalition spokesman Col. Turki
   * al-Malki": the person from one clause, the organisation from the other.
   */
  private completeFromOtherCues(attribution: Attribution, main: Cue, speakers: readonly Cue[]): void {
    if (main.actor.kind !== 'person' && main.actor.kind !== 'organisation' && main.actor.kind !== 'role') return;
    const others = speakers.filter((cue) => cue !== main);
    if (attribution.speaker === null) {
      const person = others.find((cue) => cue.actor.kind === 'person')?.actor.people[0];
      if (person && (person.organisation === null || attribution.organisation === null)) {
        const organisation = attribution.organisation;
        const source = attribution.source;
        Object.assign(attribution, fromPeople([person]).attribution);
        if (organisation !== null) {
          attribution.organisation = organisation;
          attribution.source = source;
        }
      }
    }
    if (attribution.organisation === null) {
      const organisation = others.find((cue) => cue.actor.kind === 'organisation')?.actor;
      if (organisation) {
        attribution.organisation = organisation.organisation;
        if (organisation.organisationSource) attribution.source = organisation.organisationSource;
      }
    }
  }

  private outletOnly(cue: Cue): Draft {
    const attribution: Attribution = {
      ...unattributed(),
      outlet: outletInFull(this.context, cue.actor),
      outletSource: cue.actor.outletSource,
      method: cue.kind === 'source-phrase' ? 'according-to' : 'reported-speech',
      outletCue: { start: cue.start, end: cue.end },
    };
    return { attribution, gender: null, countries: compact([cue.actor.outletSource?.country]) };
  }

  private methodOf(s: number, main: Cue): AttributionMethod {
    if (main.actor.kind === 'pronoun') return 'pronoun';
    if (main.actor.kind === 'back-reference') return 'back-reference';
    if (main.kind === 'source-phrase') return 'according-to';
    const quote = (this.context.sentences[s] as Sentence).quote;
    return quote && (quote.coverage === 'full' || quote.quotedWords >= MIN_QUOTED_WORDS) ? 'direct-quote' : 'reported-speech';
  }

  // --- step 3: interview labels --------------------------------------------------

  /** Called at the first sentence of each paragraph. */
  private readParagraphLabel(s: number): void {
    // A subtitle file's cue number, timing line or sound holds the turn for the cue after it; a caption ends it.
    const subtitles = subtitleParagraphs(this.context);
    const subtitle = subtitles.get(s);
    if (subtitle) {
      if (subtitle === 'caption') this.heldTurn = null;
      else if (this.paragraphLabel) this.heldTurn = { label: this.paragraphLabel, speaker: this.results[s - 1]?.speaker ?? null };
      this.paragraphLabel = null;
      this.continuedParagraphs = 0;
      return;
    }
    const held = this.heldTurn;
    this.heldTurn = null;
    const previous = held?.label ?? this.paragraphLabel;
    this.paragraphLabel = this.labelOf(s);
    // A label on a line of its own is the next paragraph's; a turn may run over several paragraphs (see `continuesTurn`).
    const afterLabelLine = previous?.alone === true && previous.start >= (this.context.sentences[s - 1] as Sentence).start;
    // "Q: How many?" then a paragraph with no label that asks nothing: the answer, though nobody labelled it.
    if (!this.paragraphLabel && previous && asksQuestion(previous) && !afterLabelLine && this.answersQuestion(s))
      this.paragraphLabel = { kind: 'answer', ...this.emptyLabelSpan(s), cue: 'unlabelled' };
    const continued =
      !this.paragraphLabel &&
      previous !== null &&
      !opensWithLabel(this.context, s) &&
      (afterLabelLine ||
        // Subtitles label a cue only when the speaker changes: a cue with none carries the turn on, however many there are.
        (subtitles.size > 0 &&
          (held !== null || sameCue(this.context, s)) &&
          continuesTurn(
            this.context,
            s,
            previous,
            held ? held.speaker : (this.results[s - 1]?.speaker ?? null),
            this.profiles,
            () => true,
          )) ||
        (subtitles.size === 0 &&
          this.continuedParagraphs < MAX_CONTINUED_PARAGRAPHS &&
          continuesTurn(
            this.context,
            s,
            previous,
            this.results[s - 1]?.speaker ?? null,
            this.profiles,
            () => this.labelWithin(s, MAX_CONTINUED_PARAGRAPHS - this.continuedParagraphs),
            (person) => this.labelledByName().has(person),
          )));
    if (continued) this.paragraphLabel = previous;
    // The paragraph after a label on its own line is the label's first, not a continued one.
    this.continuedParagraphs = continued && !afterLabelLine ? this.continuedParagraphs + 1 : 0;
    if (this.paragraphLabel && !previous) {
      this.transcriptStart = s;
      this.addressee = null;
      this.interviewerMedium = null;
    }
    if (this.paragraphLabel && asksQuestion(this.paragraphLabel) && this.paragraphLabel !== previous) {
      this.addressee = addressedPerson(this.context, s, this.paragraphLabel, this.profiles) ?? this.addressee;
      this.addresseeAnswered = false;
    } else if (this.paragraphLabel?.kind === 'speaker' && this.paragraphLabel !== previous && this.addressee) {
      const addressed = normaliseName(this.addressee.name);
      if (this.paragraphLabel.actor.people.some((person) => normaliseName(person.name) === addressed)) this.addresseeAnswered = true;
    }
    // "MR. BRAND: The prosecution calls Constable Mia Dorn.": the "A." turns after it are the witness's.
    if (this.paragraphLabel?.kind === 'speaker') this.addressee = calledWitness(this.context, s, this.profiles) ?? this.addressee;
  }

  /**
   * Whether a label opens one of the `paragraphs` paragraphs after that of sentence s: a turn runs on over
   * paragraphs with no label of their own only when another turn opens soon after.
   */
  private labelWithin(s: number, paragraphs: number): boolean {
    const { sentences } = this.context;
    let next = s;
    for (let p = 0; p < paragraphs; p++) {
      const paragraph = (sentences[next] as Sentence).paragraph;
      while (next < sentences.length && (sentences[next] as Sentence).paragraph === paragraph) next++;
      if (next >= sentences.length) return false;
      if (this.labelOf(next) !== null) return true;
    }
    return false;
  }

  /**
   * The label opening the paragraph of sentence s, or the turn an unlabelled print Q&A gives it
   * (`unlabelledTurns`: a question, or an answer with no label of its own, whose span is empty).
   */
  private labelOf(s: number): InterviewLabel | null {
    const label = interviewLabelOf(this.context, s, this.profiles, this.countries);
    if (label) return label;
    const dashed = dashTurns(this.context).get(s);
    if (dashed) return { kind: dashed, ...this.emptyLabelSpan(s), cue: 'unlabelled' };
    this.unlabelled ??= unlabelledTurns(this.context);
    const kind = this.unlabelled.get(s);
    return kind ? { kind, ...this.emptyLabelSpan(s), cue: 'unlabelled' } : null;
  }

  /** Where the words of sentence s start, after a time code: the empty span of a turn that has no label. */
  private emptyLabelSpan(s: number): { start: number; end: number } {
    const token = this.context.tokens[firstAfterTimestamp(this.context, s)] as Token | undefined;
    const start = token?.start ?? (this.context.sentences[s] as Sentence).start;
    return { start, end: start };
  }

  /** The paragraph of sentence s has no label and asks nothing, and the paragraph before it ended with a question. */
  private answersQuestion(s: number): boolean {
    const { sentences } = this.context;
    if (s === 0 || !asksInTurn(this.context, s - 1) || opensWithLabel(this.context, s)) return false;
    const paragraph = (sentences[s] as Sentence).paragraph;
    for (let k = s; k < sentences.length && (sentences[k] as Sentence).paragraph === paragraph; k++)
      if (asksInTurn(this.context, k)) return false;
    return true;
  }

  /**
   * A sentence of a labelled paragraph. The interviewer's question may itself
   * report someone ("Q: The residents' committee says …"): a cue naming a
   * person, an organisation or an unnamed role ("The governor says …") then wins
   * over the "Q:" label, also over an outlet's ("THE COURIER:").
   */
  private fromInterviewTurn(s: number): Draft | null {
    const label = this.paragraphLabel;
    if (!label) return null;
    const asks = asksQuestion(label);
    const reported = asks ? this.reportedInQuestion(s, label) : this.reportedInAnswer(s, label);
    if (reported) {
      if (asks) this.askedSentences.add(s);
      // The label still opens the paragraph, and is no part of the claim.
      const sentence = this.context.sentences[s] as Sentence;
      if (label.end > label.start && label.start >= sentence.start && label.end <= sentence.end)
        reported.attribution.label = { start: label.start, end: label.end };
      return reported;
    }
    return this.fromInterviewLabel(s);
  }

  private reportedInQuestion(s: number, label: InterviewLabel): Draft | null {
    // "Q. Staff have told …": a subject the label's own letter opens (read as an initial) names no one.
    const cues = findCues(this.context, s, this.profiles, this.countries).filter(
      (cue) => (this.context.tokens[cue.firstToken] as Token).start >= label.end,
    );
    const reported = this.fromCues(s, cues);
    return reported &&
      (reported.attribution.speaker !== null || reported.attribution.organisation !== null || reported.attribution.role !== null)
      ? reported
      : null;
  }

  /**
   * A sentence of an answer that reports someone else by a speech verb: "Our treasurer, Hal Brandt, put it
   * best: '…'", "Nordrail has told the Ministry that …", "The agency says that …". The claim is theirs, as it
   * would be in a question. Only a person other than the turn's speaker, or an organisation other than hers;
   * "according to" and references back stay the speaker's own ("according to our figures"). "He said: '…'" is the
   * person the turn named last, when one of that gender was named in it; else the speaker's. An organisation only
   * described ("The council says …") stays the speaker's: tried, it took one more answer from its speaker than it gave.
   */
  private reportedInAnswer(s: number, label: InterviewLabel): Draft | null {
    // "They say what Dr Roe said, …": a free relative's verb is the object's, not the sentence's frame.
    const found = findCues(this.context, s, this.profiles, this.countries).filter(
      (cue) => cue.kind === 'verb' && !FREE_RELATIVES.has(this.context.tokens[cue.firstToken - 1]?.lower ?? ''),
    );
    const colleague = this.colleagueQuoted(s, found);
    if (colleague) return colleague;
    const speakers = this.turnSpeakers(s, label);
    const own = new Set(speakers.map((person) => normaliseName(person.name)));
    const ownOrganisations = new Set(compact(speakers.map((person) => person.organisation)).map(normaliseName));
    // "He said: '…'" in a turn in the first person: a third person, the one the turn named last.
    const pronounCue = found.find((cue) => cue.actor.kind === 'pronoun' && (cue.actor.pronoun === 'he' || cue.actor.pronoun === 'she'));
    const named = pronounCue ? this.personNamedInTurn(s, label, pronounCue.actor.pronoun as 'he' | 'she', own) : null;
    if (pronounCue && named) {
      const draft = fromPeople([named]);
      draft.attribution.method = 'pronoun';
      this.organisationOfDescription(s, null, draft.attribution);
      return draft;
    }
    const read = this.documentRead(s, label, found);
    if (read) return read;
    // ("The Government's own figures show …" in an answer: the speaker cites a document, her words all the same)
    const cues = found.filter((cue) => (cue.actor.kind === 'person' || cue.actor.kind === 'organisation') && !cue.document);
    if (cues.length === 0) return null;
    // Someone else by a full name ("People say" opening a sentence is read as a name, and is none; nor is "Forty-one
    // said", one word however its hyphen normalises).
    const someoneElse = (person: PersonDraft): boolean => {
      const written = this.profiles.lookup(person.name)?.name ?? person.name;
      return /\s/u.test(written) && !own.has(normaliseName(written));
    };
    const others = cues.filter((cue) =>
      cue.actor.kind === 'person'
        ? cue.actor.people.length > 0 && cue.actor.people.every(someoneElse)
        : cue.actor.organisation !== null && this.namesOrganisation(cue) && !ownOrganisations.has(normaliseName(cue.actor.organisation)),
    );
    if (others.length === 0) return null;
    const reported = this.fromCues(s, others);
    if (!reported || (reported.attribution.speaker === null && reported.attribution.organisation === null)) return null;
    // "… told your paper last month": the interviewer's medium.
    if (reported.attribution.outlet === null && YOUR_MEDIUM.test(this.unquotedText(s))) {
      if (this.interviewerMedium) reported.attribution.outlet = this.interviewerMedium;
    }
    // "Our treasurer, Hal Brandt": a colleague of the speaker speaks for her organisation.
    const main = others[others.length - 1]?.trailing ? others[others.length - 1] : others[0];
    const opening = main ? (this.context.tokens[main.firstToken] as Token).lower : '';
    const speaker = speakers[0];
    if (reported.attribution.organisation === null && (opening === 'our' || opening === 'my') && speaker?.organisation) {
      reported.attribution.organisation = speaker.organisation;
      reported.attribution.source = speaker.organisationSource;
    }
    return reported;
  }

  /**
   * "I have the X Authority's letter here. It says: '…'": a turn's "it" quoting words right after a sentence of the turn
   * that names a document of an organisation ("X's letter", "a letter from X", "the report by X") reads that document:
   * the words are the organisation's, not the speaker's. Null otherwise.
   */
  private documentRead(s: number, label: InterviewLabel, found: readonly Cue[]): Draft | null {
    const cue = found.find((candidate) => candidate.actor.kind === 'pronoun' && candidate.actor.pronoun === 'it');
    const quote = (this.context.sentences[s] as Sentence).quote;
    if (!cue || !quote || quote.quotedWords < MIN_QUOTED_WORDS || this.context.inQuote[cue.firstToken]) return null;
    const before = s - 1;
    if (before < 0 || (this.context.sentences[before] as Sentence).end <= label.start) return null;
    const owner = documentOwnerIn(this.context, before);
    if (!owner) return null;
    const attribution: Attribution = {
      ...unattributed(),
      organisation: owner.text,
      source: this.context.registry.resolve(owner.text),
      method: 'pronoun',
    };
    attribution.cue = { start: cue.start, end: cue.end };
    return { attribution, gender: null, countries: [] };
  }

  /**
   * "One of our members told us: '…'", "Our head teacher put it to me: '…'": an answer quoting one colleague it does
   * not name, by a speech verb whose subject opens with "our" (or "one of our"), is the words of someone unnamed who
   * speaks for the answerer's organisation. "Our members tell us that …" (many, no quote) stays the answerer's own.
   */
  private colleagueQuoted(s: number, found: readonly Cue[]): Draft | null {
    const { tokens } = this.context;
    const quote = (this.context.sentences[s] as Sentence).quote;
    if (!quote || quote.quotedWords < MIN_QUOTED_WORDS) return null;
    const cue = found.find((candidate) => candidate.actor.kind === 'role' && tokens[candidate.firstToken]?.lower === 'our');
    const role = cue?.actor.role?.toLowerCase();
    if (!cue || !role || this.context.inQuote[cue.firstToken]) return null;
    const oneOf = tokens[cue.firstToken - 1]?.lower === 'of' && tokens[cue.firstToken - 2]?.lower === 'one';
    if (!oneOf && /[^s]s$/u.test(role.split(/\s+/u).pop() as string)) return null;
    const own = this.fromInterviewLabel(s);
    if (!own || own.attribution.organisation === null) return null;
    const { organisation, source } = own.attribution;
    const attribution: Attribution = {
      ...unattributed(),
      role: oneOf ? `one of ${role}` : role,
      organisation,
      source,
      method: 'reported-speech',
    };
    attribution.cue = { start: cue.start, end: cue.end };
    return { attribution, gender: null, countries: [] };
  }

  /**
   * The person a turn's "he" or "she" stands for: the last one named outside quotes in the turn's sentences before s,
   * not the turn's own speaker, of no other gender.
   */
  private personNamedInTurn(s: number, label: InterviewLabel, pronoun: 'he' | 'she', own: ReadonlySet<string>): PersonDraft | null {
    const { entities, entityQuoted } = this.context;
    const from = this.sentenceAt(label.start);
    const gender = pronoun === 'he' ? 'male' : 'female';
    const last = lastEntityBefore(entities, (this.context.sentences[s] as Sentence).start);
    for (let e = last; e >= 0 && this.sentenceAt((entities[e] as Entity).start) >= from; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e]) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (!profile || own.has(normaliseName(profile.name)) || !profile.name.includes(' ')) continue;
      return profile.gender === null || profile.gender === gender ? profile : null;
    }
    return null;
  }

  /** The cue's words hold an organisation's name ("Nordrail", "the National Rail Infrastructure Agency"), not a common noun ("Local authorities"). */
  private namesOrganisation(cue: Cue): boolean {
    const { entities, entityOf } = this.context;
    for (let t = cue.firstToken; t <= cue.lastToken; t++) if (entities[entityOf[t] as number]?.type === 'organisation') return true;
    return false;
  }

  /** Sentence s up to its first quote mark: its words outside a quote that follows. */
  private unquotedText(s: number): string {
    const text = (this.context.sentences[s] as Sentence).text;
    const quote = text.search(/["“”«»]/u);
    return quote < 0 ? text : text.slice(0, quote);
  }

  /** The people a labelled turn is by, as `fromInterviewLabel` will read them, without its side effects. */
  private turnSpeakers(s: number, label: InterviewLabel): PersonDraft[] {
    if (label.kind === 'speaker') return label.actor.people;
    if (label.kind !== 'answer') return [];
    const person = this.answerer(s);
    return person ? [person] : [];
  }

  /**
   * Whom an answer's label ("A:", "Guest:") stands for: the person the last question addressed, else the one the
   * introduction names, else the last answerer. Once the addressed person has answered under a label of her own
   * ("Presenter: Minister, …?" "Minister: …"), an answer's label after it is another voice cutting in ("Guest: That isn't
   * so."): the last answerer or the introduced person, when she has no label of her own.
   */
  private answerer(s: number): PersonDraft | null {
    const addressed = this.addressee;
    if (addressed && this.addresseeAnswered) {
      const unlabelled = [this.lastAnswerer, this.introducedPerson(s)].find(
        (person) => person !== null && person !== addressed && !this.labelledByName().has(person),
      );
      if (unlabelled) return unlabelled;
    }
    return addressed ?? this.introducedPerson(s) ?? this.lastAnswerer;
  }

  private fromInterviewLabel(s: number): Draft | null {
    const label = this.paragraphLabel;
    if (!label) return null;
    let draft: Draft | null = null;
    // A reporter's narration ("NAME, CORRESPONDENT (voice-over):", then "NAME:") is the report's own voice, like a
    // question's; a presenter named by her label keeps her name on her questions.
    if (label.kind === 'question' || (label.kind === 'speaker' && label.actor.people.some((person) => isReportingRole(person.role)))) {
      draft = { attribution: { ...unattributed(), role: 'interviewer' }, gender: null, countries: [] };
    } else if (label.kind === 'answer') {
      // "A:" answers for the interviewee: the person the introduction names, else the first person quoted.
      const introduced = this.answerer(s);
      this.lastAnswerer = introduced;
      // "We put our questions to the chief executive of the X Port Authority": a post, no name, when the introduction
      // describes no one it names (a place read as a name is no interviewee).
      const unnamed = introduced && isDescribed(introduced) ? null : this.introducedPost(s);
      // An unlabelled answer is someone's only when the introduction names her.
      const interviewee =
        introduced || unnamed || label.cue === 'unlabelled' ? null : this.history.find((event) => event.attribution.speaker !== null);
      if (unnamed)
        draft = {
          attribution: { ...unattributed(), role: unnamed.role, organisation: unnamed.organisation, source: unnamed.source },
          gender: null,
          countries: [],
        };
      else if (introduced) draft = fromPeople([introduced]);
      else if (interviewee)
        draft = {
          attribution: copyAttribution(interviewee.attribution),
          gender: interviewee.gender,
          countries: [...interviewee.countries],
        };
    } else if (label.actor.kind === 'organisation') {
      // "STATEMENT, X AIRLINES (voiceover):": a body's written statement read as a turn is the body's, no one's.
      draft = {
        attribution: { ...unattributed(), organisation: label.actor.organisation, source: label.actor.organisationSource },
        gender: null,
        countries: [],
      };
    } else if (label.actor.kind === 'role') {
      // "[Resident]": a role nobody named holds speaks, and no one the text names.
      draft = { attribution: { ...unattributed(), role: label.actor.role }, gender: null, countries: [] };
    } else if (label.actor.kind === 'person') {
      draft = fromPeople(label.actor.people);
      // "NAME (Head of Grid Planning, Nordvik Power):", "The Minister for Transport (Name):": the label's post.
      if (label.role) draft.attribution.role ??= label.role;
      if (label.organisation || label.role)
        draft.attribution.organisation ??= label.organisation ?? (label.role ? ministryOfRole(label.role) : null);
    } else {
      draft = {
        attribution: { ...unattributed(), role: 'interviewer', outlet: label.actor.outlet, outletSource: label.actor.outletSource },
        gender: null,
        countries: [],
      };
    }
    if (!draft) return null;
    // "Its director, Jane Roe" in the introduction: her turns speak for the organisation it names, as her quotes would.
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null)
      this.organisationOfDescription(s, null, draft.attribution);
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null) this.organisationOfIntroducedPost(draft.attribution);
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null)
      this.organisationOfPostNamedBefore(draft.attribution);
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null && label.kind === 'speaker')
      this.organisationOfPresenter(label, draft.attribution);
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null && label.kind === 'speaker' && !label.asks)
      this.organisationOfHeading(label, draft.attribution);
    if (draft.attribution.speaker !== null && draft.attribution.organisation === null && label.kind === 'speaker' && label.chairs === true)
      this.organisationOfChair(draft.attribution);
    if (draft.attribution.speaker !== null && label.kind !== 'question') this.organisationMovedTo(s, draft.attribution);
    // Who asks, by her label or by asking: her medium is the one an answer's "your paper" means.
    if (label.kind === 'speaker' && (label.asks || asksInTurn(this.context, s)))
      this.interviewerMedium = draft.attribution.outlet ?? draft.attribution.organisation;
    else if (label.kind === 'speaker' && label.actor.kind === 'outlet') this.interviewerMedium = label.actor.outlet;
    // What the label or the introduction taught holds for her later turns ("Rachel Deane:", "The Minister for Transport:").
    this.teachProfile(draft.attribution);
    draft.attribution.method = 'interview';
    draft.attribution.labelCue = this.continuedParagraphs > 0 ? 'continued' : label.cue;
    draft.attribution.cue = { start: label.start, end: label.end };
    delete draft.attribution.outletCue;
    delete draft.attribution.refersTo;
    return draft;
  }

  /**
   * "Westmark Public Radio - Morning Line" … "AMARA OSEI, HOST:": a broadcast transcript's presenter speaks for the
   * medium its heading names, the first medium named outside quotes before her label (the heading may itself read as
   * the medium's label). Only a presenting role (host, presenter, anchor): a reporter's narration is the report's own
   * voice.
   */
  private organisationOfPresenter(label: InterviewLabel, attribution: Attribution): void {
    if (label.kind !== 'speaker') return;
    const presents = isPresentingRole(label.role ?? null) || label.actor.people.some((person) => isPresentingRole(person.role));
    // "On Kestrel Radio's Morning Programme, Amal Haddad asked …": whoever the introduction has interviewing the guests
    // speaks for the medium named before her label too, as a presenter does (her statements are the programme's).
    if (!presents && (!label.asks || label.chairs === true)) return;
    const { entities, entityQuoted, registry } = this.context;
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < label.start; e++) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || entityQuoted[e]) continue;
      const owner = isMediaOrganisation(this.context, entity) ? null : mediumOwningName(entity.text);
      if (!owner && !isMediaOrganisation(this.context, entity)) continue;
      const record = entity.sourceId && !owner ? registry.get(entity.sourceId) : undefined;
      attribution.organisation = owner ?? entity.text;
      attribution.source ??= record ? toSourceRef(record) : null;
      return;
    }
    if (!presents) return;
    // "GRETA HOLM, HALDOR TONIGHT ANCHOR:" under a heading no medium's name was read in: the show her post names.
    const post = label.role ?? label.actor.people.find((person) => isPresentingRole(person.role))?.role ?? null;
    attribution.organisation = presentedMedium(post);
  }

  /**
   * "Osterhavn Port Holdings Q3 Earnings Call Transcript" … "Ilse Brandvold -- Chief Executive Officer", "Daily press
   * briefing by …, Spokesperson for the X Commission, and Marek Tuul, Deputy Spokesperson" … "Deputy Spokesperson:": a
   * transcript's speaker whose post names no owner speaks for the one organisation its heading (the text's first
   * paragraph) names outside quotes, a medium's name excluded. A post that ties her to no body (a councillor, a mayor)
   * and a heading naming two organisations or none say nothing.
   */
  private organisationOfHeading(label: InterviewLabel, attribution: Attribution): void {
    const post = compact([label.kind === 'speaker' ? label.role : null, attribution.title, attribution.role])
      .join(' ')
      .toLowerCase();
    if (!post || post.split(/\s+/u).some((word) => UNAFFILIATED_POSTS.has(word)) || isMediaRole(post)) return;
    // A head of government ("Prime Minister", "Premier") speaks for no body her heading names (the house she answers in).
    if (HEAD_OF_GOVERNMENT.test(post)) return;
    const { entities, entityQuoted, registry, sentences } = this.context;
    // A heading is a line of its own with no sentence's end: a title, not an introduction's first paragraph. A title block
    // of such lines counts whole ("BOROUGH COUNCIL" over "PLANNING COMMITTEE: VERBATIM RECORD" over the date).
    let last = -1;
    while (
      sentences[last + 1]?.paragraph === sentences[0]?.paragraph &&
      !/[.!?]["”’]?$/u.test((sentences[last + 1] as Sentence).text.trimEnd()) &&
      (sentences[last + 1] as Sentence).text.trimEnd().indexOf('\n') < 0
    )
      last++;
    const heading = sentences[last];
    if (!heading || sentences[last + 1]?.paragraph === heading.paragraph) return;
    if (label.start < heading.end) return;
    let found: Entity | null = null;
    let named = label.kind === 'speaker' && label.role !== undefined;
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < heading.end; e++) {
      const entity = entities[e] as Entity;
      if (entityQuoted[e]) continue;
      // The post the label gives, or the speaker named in the heading itself ("…, and Marek Tuul, Deputy Spokesperson").
      if (entity.type === 'person' && this.profiles.lookup(entity.text, entity.sourceId)?.name === attribution.speaker) named = true;
      if (entity.type !== 'organisation' || isMediaOrganisation(this.context, entity)) continue;
      if (found && normaliseName(found.text) !== normaliseName(entity.text)) return;
      found = entity;
    }
    if (!found || !named) return;
    const record = found.sourceId ? registry.get(found.sourceId) : undefined;
    attribution.organisation = found.text;
    attribution.source ??= record ? toSourceRef(record) : null;
  }

  /**
   * "X County Council" over "Planning Committee" … "Chair: …": a chair named as chairing, with no body of her own, speaks
   * for the body that meets, the one organisation the text's title lines name by a noun of a body that meets ("Committee",
   * "Panel", "Board"); none or two, nothing.
   */
  private organisationOfChair(attribution: Attribution): void {
    const { entities, entityQuoted, registry, sentences } = this.context;
    // The title lines: the text's first lines with no sentence's end ("X County Council", "Planning Committee", a date).
    let lines = 0;
    while (lines < MAX_TITLE_LINES && lines < sentences.length && !/[.!?:]["”’]?$/u.test((sentences[lines] as Sentence).text.trimEnd()))
      lines++;
    const titleEnd = lines > 0 ? (sentences[lines - 1] as Sentence).end : 0;
    let found: Entity | null = null;
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      if (entity.start >= titleEnd) break;
      if (entity.type !== 'organisation' || entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      const head = entity.text.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
      if (!MEETING_BODIES.has(head)) continue;
      if (found && normaliseName(found.text) !== normaliseName(entity.text)) return;
      found = entity;
    }
    if (!found) {
      // "JOINT COMMITTEE ON HARBOURS AND FERRIES": a title line in capitals naming the body that meets, which the
      // entity finder reads no name in, written in title case.
      attribution.organisation = meetingBodyInCapitals(sentences.slice(0, lines).map((sentence) => sentence.text.trim()));
      return;
    }
    const record = found.sourceId ? registry.get(found.sourceId) : undefined;
    attribution.organisation = found.text;
    attribution.source ??= record ? toSourceRef(record) : null;
  }

  /**
   * "I left the ferry company in June, and I started at the association in September.": a turn's speaker who says
   * she left one organisation and joined another speaks for the one she joined from that sentence on, in all her
   * later turns, whatever the introduction tied her to.
   */
  private organisationMovedTo(s: number, attribution: Attribution): void {
    const speaker = attribution.speaker as string;
    const joined = leftAndJoined(this.context, s);
    if (joined >= 0) {
      const found = this.organisationJoinedAt(s, joined);
      if (found && normaliseName(found.organisation) !== normaliseName(attribution.organisation ?? '')) this.movedTo.set(speaker, found);
    }
    const moved = this.movedTo.get(speaker);
    if (!moved) return;
    // The post the introduction gave her was held in the organisation she left.
    if (normaliseName(attribution.organisation ?? '') !== normaliseName(moved.organisation)) attribution.role = null;
    attribution.organisation = moved.organisation;
    attribution.source = moved.source;
  }

  /** The organisation named at token t ("the X Association", "Y Ltd") or described there ("the association"), resolved. */
  private organisationJoinedAt(s: number, t: number): { organisation: string; source: SourceRef | null } | null {
    const { tokens, entities, entityOf, registry } = this.context;
    const opening = (tokens[t] as Token).lower === 'the' ? t + 1 : t;
    if (organisationOpensAt(this.context, t)) {
      const entity = entities[entityOf[opening] as number] as Entity;
      if (isMediaOrganisation(this.context, entity)) return null;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    if (opening === t || !isOrganisationNounAt(this.context, opening)) return null;
    const noun = normaliseName((tokens[opening] as Token).text);
    // The one named earlier whose name holds the noun, however far back (an introduction several turns before).
    const before = (this.context.sentences[s] as Sentence).start;
    for (let e = lastEntityBefore(entities, before); e >= 0; e--) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || this.context.entityQuoted[e] || isMediaOrganisation(this.context, entity)) continue;
      if (!normaliseName(entity.text).split(' ').includes(noun)) continue;
      const record = entity.sourceId ? registry.get(entity.sourceId) : undefined;
      return { organisation: entity.text, source: record ? toSourceRef(record) : null };
    }
    return null;
  }

  /**
   * The interviewee of a "Q:"/"A:" transcript: the first person named outside
   * quotes in the paragraphs before the transcript began ("We spoke to Deputy
   * Mayor Alex Kim, … and later to …"). Found once per transcript.
   */
  private introducedPerson(s: number): PersonDraft | null {
    const { sentences, entities, entityQuoted } = this.context;
    const first = Math.min(this.transcriptStart, s);
    const cached = this.interviewees.get(first);
    if (cached !== undefined) return cached;
    let found: PersonDraft | null = null;
    if (first > 0) {
      const blockStart = (sentences[first] as Sentence).start;
      const introParagraph = (sentences[first - 1] as Sentence).paragraph;
      let from = first - 1;
      while (from > 0 && (sentences[from - 1] as Sentence).paragraph > introParagraph - MAX_INTRODUCTION_PARAGRAPHS) from--;
      const earliest = (sentences[from] as Sentence).start;
      // The paragraph right before the transcript first, then those before it (a byline or an editor's note may come between).
      let foundParagraph = -1;
      for (let e = lastEntityBefore(entities, blockStart); e >= 0 && (entities[e] as Entity).start >= earliest; e--) {
        const entity = entities[e] as Entity;
        if (entity.type !== 'person' || entityQuoted[e] || isByline(this.context, e)) continue;
        const paragraph = (sentences[this.sentenceAt(entity.start)] as Sentence).paragraph;
        if (found && paragraph < foundParagraph) break;
        const profile = this.profiles.lookup(entity.text, entity.sourceId);
        // The interviewer is not the interviewee ("Our reporter Tom Ek spoke to …"), nor is a guest the transcript
        // labels by her own name ("… and then to Al Ek." … "EK: …"): "A:" answers for someone else.
        if (!profile || isMediaRole(profile.role) || this.labelledByName().has(profile)) continue;
        // The first one named, preferring one the introduction gives a role or an organisation ("Deputy Mayor Alex Kim").
        if (introductionWeight(profile) >= introductionWeight(found)) {
          found = profile;
          foundParagraph = paragraph;
        }
      }
    }
    found ??= this.introducedAfter(first) ?? this.introducedAtEnd(first);
    this.interviewees.set(first, found);
    return found;
  }

  /**
   * "We put our readers' questions to the chief executive of the X Port Authority, who answered in writing.": the
   * interviewee of a "Q:"/"A:" transcript introduced by a post in an organisation and no name, in a sentence of the
   * `MAX_INTRODUCTION_PARAGRAPHS` paragraphs before the transcript that says she was interviewed and whose own
   * attribution is that post, no speaker. Found once per transcript.
   */
  private introducedPost(s: number): Attribution | null {
    const first = Math.min(this.transcriptStart, s);
    const cached = this.interviewedPosts.get(first);
    if (cached !== undefined) return cached;
    let found: Attribution | null = null;
    const { sentences } = this.context;
    const opening = (sentences[first] as Sentence).paragraph;
    for (let k = first - 1; k >= 0 && (sentences[k] as Sentence).paragraph > opening - 1 - MAX_INTRODUCTION_PARAGRAPHS; k--) {
      const attribution = this.results[k];
      if (!saysInterviewed(this.context, k)) continue;
      if (attribution && attribution.speaker === null && attribution.role !== null && attribution.organisation !== null) {
        found = attribution;
        break;
      }
      // "We spoke to the head of the X Authority.": no frame attributes the sentence; whom it interviewed is read alone.
      const phrase = attribution?.speaker ? null : interviewedPhrase(this.context, k);
      const actor = phrase ? parseSpeakerPhrase(this.context, phrase[0], phrase[1], this.profiles, this.countries) : null;
      if (actor?.kind !== 'role' || actor.role === null || actor.organisation === null || actor.workplace) continue;
      found = { ...unattributed(), role: actor.role, organisation: actor.organisation, source: actor.organisationSource };
      break;
    }
    this.interviewedPosts.set(first, found);
    return found;
  }

  /**
   * "… / A: Read the bag. / Dr Jo Roe is head of soil science at the X Institute.": a magazine Q&A whose introduction
   * names no one gives the interviewee in a closing bio, an author's paragraph after the last turn that opens with
   * her name and describes her by a post or an organisation. Only the last `MAX_INTRODUCTION_PARAGRAPHS` paragraphs.
   */
  private introducedAtEnd(first: number): PersonDraft | null {
    const { sentences, entities, entityQuoted } = this.context;
    const lastSentence = sentences[sentences.length - 1];
    if (!lastSentence) return null;
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'person' || entityQuoted[e] || entity.start < (sentences[first] as Sentence).start) continue;
      const s = this.sentenceAt(entity.start);
      const sentence = sentences[s] as Sentence;
      if (sentence.paragraph <= lastSentence.paragraph - MAX_INTRODUCTION_PARAGRAPHS) continue;
      // Her name opens the sentence (a title before it at most), and the paragraph is the author's, after the turns.
      if (!this.opensWithName(s, entity.start)) continue;
      let paragraphStart = s;
      while (paragraphStart > 0 && (sentences[paragraphStart - 1] as Sentence).paragraph === sentence.paragraph) paragraphStart--;
      if (paragraphStart <= first || this.labelOf(paragraphStart) !== null || this.continuesAnyTurn(paragraphStart)) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (profile && !isMediaRole(profile.role) && introductionWeight(profile) > 0) return profile;
    }
    return null;
  }

  /** Sentence s opens with the name at offset `start`, a rank or title before it at most ("Dr Jo Roe is …"). */
  private opensWithName(s: number, start: number): boolean {
    const { tokens } = this.context;
    for (let t = this.context.first[s] as number; t < (this.context.end[s] as number); t++) {
      const token = tokens[t] as Token;
      if (token.start >= start) return token.start === start;
      if (!isTitleAt(this.context, t)) return false;
    }
    return false;
  }

  /** A labelled turn's later paragraphs run on until the next label: a paragraph with one after it carries a turn on. */
  private continuesAnyTurn(paragraphStart: number): boolean {
    const { sentences } = this.context;
    for (let s = paragraphStart + 1; s < sentences.length; s++) {
      const sentence = sentences[s] as Sentence;
      if ((sentences[s - 1] as Sentence).paragraph !== sentence.paragraph && this.labelOf(s) !== null) return true;
    }
    return false;
  }

  /** The people whose turns some paragraph of the article labels by name ("EK:", "Al Ek:"), read once. */
  private labelledByName(): ReadonlySet<PersonDraft> {
    if (this.namedLabels) return this.namedLabels;
    const named = new Set<PersonDraft>();
    const { sentences } = this.context;
    for (let s = 0; s < sentences.length; s++) {
      if (s > 0 && (sentences[s - 1] as Sentence).paragraph === (sentences[s] as Sentence).paragraph) continue;
      const label = interviewLabelOf(this.context, s, this.profiles, this.countries);
      if (label?.kind !== 'speaker' || label.actor.kind !== 'person') continue;
      for (const person of label.actor.people) {
        const profile = this.profiles.lookup(person.name, person.personSource?.id);
        if (profile) named.add(profile);
      }
    }
    this.namedLabels = named;
    return named;
  }

  /**
   * "Q: How busy is the clinic? / A: … / Dr Jo Roe has run the Elm Park Clinic since 2019.": a transcript that opens
   * before anyone is introduced answers for the first person an author's paragraph (no label) names outside quotes
   * within `MAX_INTRODUCTION_PARAGRAPHS` paragraphs after its first turn.
   */
  private introducedAfter(first: number): PersonDraft | null {
    const { sentences, entities, entityQuoted } = this.context;
    const opening = sentences[first] as Sentence;
    for (let e = lastEntityBefore(entities, opening.start) + 1; e < entities.length; e++) {
      const entity = entities[e] as Entity;
      const s = this.sentenceAt(entity.start);
      const sentence = sentences[s] as Sentence;
      if (sentence.paragraph > opening.paragraph + MAX_INTRODUCTION_PARAGRAPHS) break;
      if (entity.type !== 'person' || entityQuoted[e] || isByline(this.context, e)) continue;
      let paragraphStart = s;
      while (paragraphStart > 0 && (sentences[paragraphStart - 1] as Sentence).paragraph === sentence.paragraph) paragraphStart--;
      // A turn's own words ("A: The mayor, Jo Ek, …") or an answer's later paragraph name someone, not introduce her.
      if (this.labelOf(paragraphStart) !== null || asksInTurn(this.context, paragraphStart - 1)) continue;
      const profile = this.profiles.lookup(entity.text, entity.sourceId);
      if (profile && !isMediaRole(profile.role)) return profile;
    }
    return null;
  }

  /**
   * "A: I run the Harbour Food Bank, and we …": an interviewee nobody tied to an organisation who ties herself to one
   * in her own turns (`selfDeclaredOrganisation`) speaks for it in all of them, those before the words too.
   */
  private organisationsOwnedInTurns(): void {
    const declared = new Map<string, { organisation: string; source: SourceRef | null }>();
    const unowned: number[] = [];
    this.results.forEach((attribution, s) => {
      if (attribution?.method !== 'interview' || attribution.speaker === null || attribution.organisation !== null) return;
      unowned.push(s);
      if (declared.has(attribution.speaker)) return;
      const entity = selfDeclaredOrganisation(this.context, s);
      const record = entity?.sourceId ? this.context.registry.get(entity.sourceId) : undefined;
      if (entity) declared.set(attribution.speaker, { organisation: entity.text, source: record ? toSourceRef(record) : null });
    });
    for (const s of unowned) {
      const attribution = this.results[s] as Attribution;
      const found = declared.get(attribution.speaker as string);
      if (!found) continue;
      attribution.organisation = found.organisation;
      attribution.source ??= found.source;
    }
  }

  /**
   * One person, one identity: an organisation her profile learned only after some of her sentences were read ("She
   * told the call …" before "Hartwell said", where her post was read) holds for those sentences too, the quotes and
   * turns they were copied to included. An organisation a sentence already has is kept.
   */
  private carryIdentity(): void {
    // (one lookup per speaker: a name's normalising is the costly part)
    const profiles = new Map<string, PersonDraft | undefined>();
    for (const attribution of this.results) {
      if (!attribution || attribution.speaker === null || attribution.organisation !== null) continue;
      if (!profiles.has(attribution.speaker)) profiles.set(attribution.speaker, this.profiles.lookup(attribution.speaker));
      const profile = profiles.get(attribution.speaker);
      if (!profile?.organisation) continue;
      attribution.organisation = profile.organisation;
      attribution.source ??= profile.organisationSource;
    }
  }

  // --- quotes ---------------------------------------------------------------------

  /** Every sentence of a quote gets the attribution found in one of them (usually the last: "…,” Marlow said"). */
  private spreadOverQuotes(): void {
    const attributed = new Map<number, Attribution>();
    this.context.sentences.forEach((sentence, s) => {
      const result = this.results[s];
      if (sentence.quote && result && !attributed.has(sentence.quote.id)) attributed.set(sentence.quote.id, result);
    });
    this.context.sentences.forEach((sentence, s) => {
      const from = sentence.quote ? attributed.get(sentence.quote.id) : undefined;
      if (from && !this.results[s]) this.results[s] = copyAttribution(from);
    });
  }

  /**
   * "The university said … A similar study at Kirkdale University put … according to the university": a definite
   * description the text already used for one body stays with it when the body it would now fit was named once, in
   * passing (after a preposition: "a study at X", "figures from X"), and never so described. The earlier body's
   * attribution, else null.
   */
  private descriptionKeptFrom(
    s: number,
    noun: string,
    newcomer: { organisation: string; sentence: number },
  ): { organisation: string; source: SourceRef | null; sentence: number } | null {
    const { entities, entityQuoted, tokens, inQuote } = this.context;
    const key = normaliseName(newcomer.organisation);
    const before = (this.context.sentences[s] as Sentence).start;
    let mentions = 0;
    for (let e = 0; e < entities.length && (entities[e] as Entity).start < before; e++) {
      const entity = entities[e] as Entity;
      if (entity.type !== 'organisation' || entityQuoted[e] || normaliseName(entity.text) !== key) continue;
      if (++mentions > 1) return null;
      let t = this.context.first[this.sentenceAt(entity.start)] as number;
      while (t < tokens.length && this.context.entityOf[t] !== e) t++;
      if (t <= 0 || t >= tokens.length || this.context.pos.tags[t - 1] !== Pos.ADP) return null;
    }
    if (mentions !== 1) return null;
    const described = (event: AttributionEvent): boolean => {
      const end = this.context.end[event.sentence] as number;
      for (let t = (this.context.first[event.sentence] as number) + 1; t < end; t++)
        if (!inQuote[t] && (tokens[t] as Token).lower === noun && (tokens[t - 1] as Token).lower === 'the') return true;
      return false;
    };
    for (let i = this.history.length - 1; i >= 0; i--) {
      const event = this.history[i] as AttributionEvent;
      const organisation = event.attribution.organisation;
      if (organisation === null || event.sentence >= s) continue;
      if (normaliseName(organisation) === key) {
        if (described(event)) return null;
        continue;
      }
      if (normaliseName(organisation).split(' ').includes(noun) && described(event))
        return { organisation, source: event.attribution.source, sentence: event.sentence };
    }
    return null;
  }

  /** The government departments and ministries the text names ("Department for Rural Communities", "Ministry of Health"). */
  private namedDepartments(): Entity[] {
    return this.context.entities.filter(
      (entity, e) => entity.type === 'organisation' && !this.context.entityQuoted[e] && isDepartmentName(entity.text),
    );
  }

  /**
   * "Rural Communities Minister Jo Roe" read as "Ministry of Communities" in a text that names the "Department for Rural
   * Communities": a ministry made from a minister's title is the one department named whose name holds its portfolio.
   */
  private departmentAsNamed(attribution: Attribution, departments: readonly Entity[]): void {
    const derived = attribution.organisation;
    if (!derived || !derived.startsWith(DERIVED_MINISTRY) || this.context.text.includes(derived)) return;
    const portfolio = normaliseName(derived.slice(DERIVED_MINISTRY.length)).split(' ');
    // Every word of the department's name but its kind is one of the title's: "Korovan Interior Ministry" is not the
    // ministry of "Dalmir's deputy interior minister".
    const title = normaliseName(attribution.role ?? '').split(' ');
    const heading = this.headingWords();
    const fitting = departments.filter((entity) => {
      const words = normaliseName(entity.text).split(' ');
      // "West Harrowby Department of Health" under a transcript headed "PREMIER OF WEST HARROWBY": the place the heading
      // names, before the department's kind, is the government the text is about, not another country's.
      const kind = words.findIndex((word) => word === 'department' || word === 'ministry');
      const place = kind > 0 && words.slice(0, kind).every((word) => heading.has(word)) ? kind : 0;
      return (
        portfolio.every((word) => words.includes(word)) &&
        words.every((word, i) => i < place || DEPARTMENT_NAME_WORDS.has(word) || title.includes(word))
      );
    });
    const names = new Set(fitting.map((entity) => normaliseName(entity.text)));
    const department = fitting[0];
    if (!department || names.size !== 1) return;
    attribution.organisation = department.text;
    const record = department.sourceId ? this.context.registry.get(department.sourceId) : undefined;
    if (record) attribution.source = toSourceRef(record);
  }

  private headingWordsCache: ReadonlySet<string> | undefined;

  /** The words of the text's first line (normalised, function words left out): a transcript's heading names its government. */
  private headingWords(): ReadonlySet<string> {
    if (this.headingWordsCache) return this.headingWordsCache;
    const line = firstLineOf(this.context.text);
    if (line === null) return (this.headingWordsCache = new Set());
    const words = normaliseName(line.slice(0, MAX_HEADING_CHARS))
      .split(' ')
      .filter((word) => word !== '' && !DEPARTMENT_NAME_WORDS.has(word));
    return (this.headingWordsCache = new Set(words));
  }

  /** Whether sentence s names its attribution's outlet as the one its speaker "told" ("told the Gazette", "told Radio X"). */
  private toldOutlet(attribution: Attribution, s: number): boolean {
    if (attribution.outlet === null) return false;
    const sentence = this.context.sentences[s] as Sentence;
    const text = this.context.text.slice(sentence.start, sentence.end);
    const at = text.indexOf(attribution.outlet);
    return at >= 0 && TOLD_BEFORE_OUTLET.test(text.slice(Math.max(0, at - MAX_TOLD_CHARS), at));
  }

  /** “Hospitals are full,” said Dr. Haddad. “We are running out of fuel.” — the second quote is hers too. */
  private continueQuotes(): void {
    const { sentences } = this.context;
    for (let s = 1; s < sentences.length; s++) {
      const sentence = sentences[s] as Sentence;
      const previous = this.results[s - 1];
      if (this.results[s] || sentence.quote?.coverage !== 'full') continue;
      // "“It is the best I have tasted.” That was the verdict of Jo Roe": the author the sentence after names.
      if (this.quoteNamedAfter(s)) continue;
      if (!previous || (previous.speaker === null && previous.organisation === null)) {
        // "Dersh laughed. “They were new …”": a quote right after what its subject did is hers.
        // "Jane Roe, 44, runs the village shop. ¶ “People come in asking …”": a quote opening the paragraph after one
        // that introduced a person is hers.
        const before = this.introducingSentenceBefore(s);
        const actor = before >= 0 ? this.subjectIntroduced(before) : null;
        if (actor) this.results[s] = { ...fromPeople([actor]).attribution, method: 'continued-quote', refersTo: before };
        // "She laughs. “She'd have hated it.”": a quote right after what "she" did is the words of the speaker she is.
        const pronoun = !actor && before >= 0 ? subjectPronoun(this.context, before) : null;
        const event = pronoun ? pronounSpeakerBefore(pronoun, this.history, before) : null;
        if (event?.attribution.speaker)
          this.results[s] = { ...copyAttribution(event.attribution), method: 'continued-quote', refersTo: event.sentence };
        continue;
      }
      if (sentence.paragraph - (sentences[s - 1] as Sentence).paragraph > 1) continue;
      const continued: Attribution = { ...copyAttribution(previous), method: 'continued-quote', refersTo: s - 1 };
      // "She told the Gazette that … ¶ “He thinks …”": the paper she talked to was the channel of that sentence; a quote
      // opening the next paragraph is hers, not said to it.
      if (sentence.paragraph > (sentences[s - 1] as Sentence).paragraph && this.toldOutlet(previous, s - 1)) {
        continued.outlet = null;
        continued.outletSource = null;
        delete continued.outletCue;
      }
      this.results[s] = continued;
    }
  }

  /**
   * "“It is the best I have tasted.” That was the verdict of Jo Roe, who …": an unattributed quote whose author the
   * sentence right after its last one, in the same paragraph, names; that sentence stays the author's own.
   */
  private quoteNamedAfter(s: number): boolean {
    const { sentences } = this.context;
    const quote = (sentences[s] as Sentence).quote?.id;
    let last = s;
    while (last + 1 < sentences.length && (sentences[last + 1] as Sentence).quote?.id === quote) last++;
    const next = last + 1;
    if (next >= sentences.length || this.results[next] || (sentences[next] as Sentence).paragraph !== (sentences[s] as Sentence).paragraph)
      return false;
    const author = authorNamedAfter(this.context, next);
    const person = author ? this.profiles.lookup(author.text, author.sourceId) : undefined;
    if (!person) return false;
    this.results[s] = { ...fromPeople([person]).attribution, method: 'continued-quote', refersTo: next };
    return true;
  }

  // --- history ----------------------------------------------------------------------

  private record(s: number, draft: Draft): void {
    // The later rules read the history's attributions many times over: in shared shapes, as `run` returns them.
    const attribution = inSharedShape(draft.attribution);
    this.results[s] = attribution;
    const { speaker, organisation, source } = attribution;
    if (speaker === null && organisation === null && source === null) return;
    this.history.push({
      sentence: s,
      paragraph: (this.context.sentences[s] as Sentence).paragraph,
      attribution,
      gender: draft.gender ?? this.genderAfterCue(s, attribution),
      countries: draft.countries,
    });
  }

  /**
   * "The latter says she has not seen a valuation": a named speaker of unknown gender has the gender of the pronoun right
   * after her clause's verb ("says she", "said that he"), from then on and in her profile; else null.
   */
  private genderAfterCue(s: number, attribution: Attribution): Gender | null {
    const { speaker, cue } = attribution;
    if (speaker === null || !cue || attribution.method === 'interview') return null;
    const { tokens, first, end } = this.context;
    let t = first[s] as number;
    while (t < (end[s] as number) && (tokens[t] as Token).start < cue.end) t++;
    if (t >= (end[s] as number) || (tokens[t] as Token).start - cue.end > 1) return null;
    if ((tokens[t] as Token).lower === 'that') t++;
    const word = (tokens[t] as Token | undefined)?.lower;
    if (t >= (end[s] as number) || (word !== 'he' && word !== 'she')) return null;
    const gender = ownPronounGender(this.context, s, t);
    const profile = gender ? this.profiles.lookup(speaker) : undefined;
    if (profile && profile.gender === null) profile.gender = gender;
    return gender;
  }

  private recentCountries(): string[] {
    const countries: string[] = [];
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - CONTEXT_EVENTS; i--) {
      for (const country of (this.history[i] as AttributionEvent).countries) if (!countries.includes(country)) countries.push(country);
    }
    return countries;
  }
}

/** An answer speaking of the interviewer's medium: "told your paper", "said on this programme". */
const YOUR_MEDIUM =
  /\b(?:told|said (?:to|in|on)|wrote (?:to|in)) (?:your|this) (?:paper|newspaper|magazine|programme|program|show|station|channel|podcast|website)\b/iu;

/** How often the story's organisation must have been named or heard from before a post-holder is tied to it (`organisationOfStory`). */
const MIN_STORY_ORGANISATION_MENTIONS = 3;

/** A verb of denial right after a subject ("denies", "flatly rejected", "did not dispute": agreeing answers a claim too). */
const DENIAL_AFTER_SUBJECT =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:flatly|strongly|firmly|categorically|also)\s+)?(?:denie[sd]|deny|reject(?:s|ed)?|disput(?:es|ed)|refut(?:es|ed)|dismiss(?:es|ed)|(?:did|does|has) not (?:dispute|deny|contest|challenge))\b/u;
/** A denial verb's object opening with a possessive: "refuted the co-op's account", "disputed Tolvane's tally" (the owner's last word). */
const DENIED_OWNER =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:flatly|strongly|firmly|categorically|also)\s+)?(?:denie[sd]|deny|reject(?:s|ed)?|disput(?:es|ed)|refut(?:es|ed)|dismiss(?:es|ed))\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)*?([\p{L}-]+)['’]s?\s/u;
/** How many characters after the subject `deniesAfter` reads. */
const DENIAL_LOOKAHEAD = 60;

/** Nouns that stand for a business as "the company" does (`storyOrganisationOfKind`). */
const BUSINESS_REFERENCE_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'business']);

/** How many characters before a name `namesAThingAt` reads for its determiner or number. */
const ATTRIBUTIVE_LOOKBEHIND = 8;

/** How many names back "the club" looks for the club the story named most (`storyOrganisationOfKind`). */
const MAX_STORY_KIND_ENTITIES = 400;

/** Words of a judging body's name, whose judges speak for none (`organisationOfPostByWork`). */
const JUDGING_BODY_WORDS = new Set(['court', 'tribunal']);

/** Participles before "by" naming the body that owns or runs another: "is owned by X", "run by the X" (`ownerNamedAfterBy`). */
const OWNED_BY_PARTICIPLES = new Set(['owned', 'run', 'managed', 'operated']);
/** Participles before "by" naming the body that runs a place or a service for it (`bodyRunning`); "owned" alone is not one. */
const RUN_BY_PARTICIPLES = new Set(['run', 'managed', 'operated']);
/** How many sentences back a sentence saying who runs a body may stand (`bodyRunning`). */
const MAX_RUNNER_SENTENCES = 10;

/** Posts whose holder runs a business of her own ("café owner Jo Roe"), not one of the story's (`organisationOfStory`). */
const OWN_BUSINESS_POSTS = new Set(['owner', 'owners', 'founder', 'co-founder', 'cofounder']);

/** How many times as often as any other the story's organisation must have been named or heard from (`organisationOfStory`). */
const STORY_ORGANISATION_MARGIN = 2;

/** How many earlier attributions `organisationOfPostNamedBefore` looks back over for the body that spoke. */
const MAX_POST_BODY_EVENTS = 30;

/** Shortest word of a post compared with an organisation's name (`organisationOfPostNamedBefore`). */
const MIN_POST_WORD = 4;

/** Posts that head a portfolio inside a body ("head of libraries"), beside `ORGANISATION_ROLE_NOUNS` (`portfolioFrom`). */
const PORTFOLIO_HEADS = new Set(['head']);

/** Words any post may hold, which say nothing of the body it is in: "Chief Fire Officer" is compared by "fire" alone. */
const GENERIC_POST_WORDS = new Set([
  ...ROLE_MODIFIERS,
  ...TITLE_WORDS,
  // the area a post serves, which many bodies' names hold too: "Provincial Governor" is not the provincial health office's
  'provincial',
  'county',
  'district',
  'city',
  'municipal',
  'borough',
  'metropolitan',
  // a regional governor speaks for no office by its name ("the governor's office"); a bank's is read by `BODIES_HEADED`
  'governor',
  'officer',
  'director',
  'executive',
  'managing',
  'manager',
  'head',
  'president',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'member',
  'minister',
  'official',
  'adviser',
  'advisor',
  'commissioner',
  'representative',
  'coordinator',
  'operations',
  'programme',
  'program',
]);

/** A post in a local council's cabinet: "cabinet member for parks", "portfolio holder for parks", "executive member". */
const COUNCIL_CABINET_POST = /\b(?:cabinet\s+(?:member|lead)|portfolio\s+holder|executive\s+member)\b/u;

/** Posts held in no body's name (the annotation's convention): "Councillor Jo Roe" beside "Ashby Borough Council". */
const UNAFFILIATED_POSTS = new Set(['councillor', 'councilor', 'mayor', 'coroner']);

/** At most this many lines open a text as its title: a body, its committee, the record's name, a date and room to spare. */
const MAX_TITLE_LINES = 6;

/** Nouns of a body whose meetings a chair chairs: "Planning Committee", "Licensing Panel", "Moorings Board". */
const MEETING_BODIES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'sub-committee', 'panel', 'board', 'commission']);

/** Words a body's name keeps in lower case inside it: "Committee on Harbours and Ferries". */
const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', 'the', 'in']);

/**
 * The one title line in capitals of letters and spaces alone whose last word or one before it is a noun of a body that
 * meets ("JOINT COMMITTEE ON HARBOURS AND FERRIES", "LICENSING PANEL"), in title case; null when none or two are.
 */
function meetingBodyInCapitals(lines: readonly string[]): string | null {
  const found = lines.filter(
    (line) =>
      /^\p{Lu}+(?:[ \t]+\p{Lu}+){1,8}$/u.test(line) &&
      line
        .toLowerCase()
        .split(/[ \t]+/u)
        .some((word) => MEETING_BODIES.has(word)),
  );
  if (found.length !== 1) return null;
  return (found[0] as string)
    .toLowerCase()
    .split(/[ \t]+/u)
    .map((word, k) => (k > 0 && NAME_FUNCTION_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A head of government's post: "prime minister", "premier". */
const HEAD_OF_GOVERNMENT = /\b(?:prime\s+minister|premier)\b/u;

/** Nouns for someone who works where the possessive's person does: "her colleague", "his co-workers". */
const COLLEAGUE_NOUNS = new Set(['colleague', 'colleagues', 'co-worker', 'co-workers', 'coworker', 'coworkers']);

/**
 * Posts that exist in a kind of body whose name need not hold the post's word: a governor heads a (central) bank; the
 * ranks of a fire brigade or service ("Deputy Commander Name" after "X Volunteer Fire Brigade said") and of a police
 * force ("Superintendent Name" after "X Police said") are held in the body of that kind that spoke before.
 */
const FIRE_SERVICE_BODIES = ['brigade', 'fire', 'rescue'];
const POLICE_BODIES = ['police', 'constabulary', 'gardai', 'garda', 'sheriff', 'sheriffs'];
const BODIES_HEADED: Readonly<Record<string, readonly string[]>> = {
  governor: ['bank'],
  commander: FIRE_SERVICE_BODIES,
  superintendent: POLICE_BODIES,
  inspector: POLICE_BODIES,
  constable: POLICE_BODIES,
  sergeant: POLICE_BODIES,
  detective: POLICE_BODIES,
};

/** Whether two words are one word or share a stem of five letters or more ("auditor" and "audit"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && a.slice(0, 5) === b.slice(0, 5) && (a.startsWith(b) || b.startsWith(a));
}

function introductionWeight(person: PersonDraft | null): number {
  if (!person) return -1;
  return (person.role !== null ? 1 : 0) + (person.organisation !== null ? 1 : 0);
}

/** Words before an organisation noun that describe it rather than name it, adjectives and nouns alike: "the central bank", "the city council". */
const DESCRIBING_WORDS = new Set([
  'new',
  'same',
  'other',
  'local',
  'national',
  'regional',
  'federal',
  'state',
  'central',
  'main',
  'private',
  'public',
  'former',
  'independent',
  'big',
  'largest',
  'biggest',
  'small',
  'own',
  'opposition',
  'ruling',
  'city',
  'town',
  // "the trade body", "the industry association": what a body speaks for, not a word of its name.
  'trade',
  'industry',
]);

function isAreaWord(word: string): boolean {
  return AREA_WORDS.has(word) || word === 'city' || word === 'town';
}

/** Whether an organisation written as a lower-case description ("borough council") is of an area other than `area`. */
function otherArea(organisation: string, area: string | null): boolean {
  if (area === null || organisation !== organisation.toLowerCase()) return false;
  const words = organisation.split(' ');
  return !words.includes(area) && words.some(isAreaWord);
}

/** "Rights groups", "Parish councils": a bare plural organisation noun ends the name. */
function namesPluralGroup(organisation: string): boolean {
  const last = organisation.toLowerCase().split(' ').pop() ?? '';
  if (!last.endsWith('s') || ORGANISATION_NOUNS.has(last)) return false;
  return ORGANISATION_NOUNS.has(last.replace(/(?:ies|s)$/, (end) => (end === 'ies' ? 'y' : '')));
}

/** The last words of the names of an area's own government: "… Shire Council", "… Municipal Corporation". */

/** A noun for the holder of a post ("attorney", "mayor", "sheriff"), not an organisation's. */
function isPostWord(lower: string): boolean {
  return (ROLE_NOUNS.has(lower) || PERSON_NOUNS.has(lower)) && !ORGANISATION_NOUNS.has(lower);
}

function holdsAny(name: string, words: readonly string[]): boolean {
  const names = normaliseName(name).split(' ');
  // ("the network operator" and "… Networks": a modifier noun is singular, the name's word may be its plural)
  // ("the ferry company" and "… Ferries": a consonant's "y" plural)
  return words.some((word) => {
    const key = normaliseName(word);
    const plural = /[^aeiou]y$/u.test(key) ? `${key.slice(0, -1)}ies` : `${key}s`;
    return names.includes(key) || names.includes(plural);
  });
}

/** A closing clause is the outermost attribution ("Norway denied it, the minister said"); else the first. */
function pickMainCue(speakers: readonly Cue[]): Cue | undefined {
  const last = speakers[speakers.length - 1];
  return last?.trailing ? last : speakers[0];
}

/**
 * "Name said …, citing data from X": the organisation whose figures a named speaker cites is her evidence, not whom
 * she speaks for; such a clause is left out when a person's own clause attributes the sentence.
 */
function withoutCitedEvidence(speakers: readonly Cue[], text: string): readonly Cue[] {
  if (!speakers.some((cue) => cue.kind === 'verb' && cue.actor.kind === 'person')) return speakers;
  const kept = speakers.filter(
    (cue) =>
      !(
        cue.kind === 'source-phrase' &&
        (cue.actor.kind === 'organisation' || cue.actor.reference?.category === 'organisation') &&
        /^citing\b/iu.test(text.slice(cue.start, cue.end))
      ),
  );
  return kept.length > 0 ? kept : speakers;
}

/** Words before a verb of saying that make its clause an object: "what Dr Roe said", "whatever the board says". */
const FREE_RELATIVES = new Set(['what', 'whatever']);

function fromPeople(people: readonly PersonDraft[]): Draft {
  const [first, ...rest] = people;
  if (!first) return { attribution: unattributed(), gender: null, countries: [] };
  const attribution: Attribution = {
    ...unattributed(),
    ...speakerFields(first),
    speakerSource: first.personSource ? toSourceRef(first.personSource) : null,
    coSpeakers: packedMap(rest, speakerFields).map((speaker): AttributedSpeaker => ({
      name: speaker.speaker,
      role: speaker.role,
      title: speaker.title,
      organisation: speaker.organisation,
      source: speaker.source,
    })),
  };
  const countries = compact([first.organisationSource?.country, first.personSource?.country, first.nationality]);
  return { attribution, gender: first.gender, countries };
}

function speakerFields(person: PersonDraft): Pick<Attribution, 'role' | 'title' | 'organisation' | 'source'> & { speaker: string } {
  return {
    speaker: person.name,
    role: person.role,
    title: person.title,
    organisation: person.organisation,
    source: person.organisationSource ?? (person.personSource ? toSourceRef(person.personSource) : null),
  };
}

/** The written forms of a post: "cfo" → "cfo", "chief financial officer", "finance chief", …; else the words themselves. */
function postForms(role: string): readonly string[] {
  const key = role.toLowerCase().trim();
  const group = ROLE_EQUIVALENTS.find((forms) => forms.includes(key));
  return group ?? [key];
}

/** Whether a phrase holds the words of `form` as whole words. */
/** Conjunctions opening a clause that dates or explains the main one: "… came a day after X said". */
const SUBORDINATING_OPENERS = new Set(['after', 'before', 'since', 'until', 'when', 'while', 'because', 'as', 'once']);

/** "the former mayor", "an ex-chairman": a phrase naming a post held once. */
const PAST_POST_WORD = /\b(?:former|ex-|one-time|erstwhile)/iu;

/** Verbs after "who" telling of a post held once: "who was mayor when …", "who ran the firm for eleven years". */
const PAST_POST_VERBS = new Set(['was', 'ran', 'led', 'headed', 'chaired', 'managed', 'directed']);

/** How far a past post's words reach from the name ("The club's former chairman, Name"; "Name, who was mayor …"). */
const MAX_PAST_POST_TOKENS = 8;

function holdsPhrase(phrase: string, form: string): boolean {
  return ` ${phrase.replace(/[^\p{L}\p{N}'’-]+/gu, ' ')} `.includes(` ${form} `);
}

/** Whether a phrase holds the post `form` itself, not a deputy's ("the chief executive" is no "deputy chief executive"). */
function holdsPost(phrase: string, form: string): boolean {
  const words = ` ${phrase.replace(/[^\p{L}\p{N}'’-]+/gu, ' ')} `;
  const key = ` ${form} `;
  for (let at = words.indexOf(key); at >= 0; at = words.indexOf(key, at + 1)) {
    const before = words.slice(0, at).trim().split(' ').pop() ?? '';
    if (form.split(' ')[0] === before || !SUBORDINATE_POST_WORDS.has(before)) return true;
  }
  return false;
}

/** Nouns too broad to pick one person by what she is: "the man said" names no post. */
const BROAD_PERSON_NOUNS = new Set(['man', 'woman', 'person', 'individual', 'adult', 'worker', 'expert', 'professional']);

/**
 * "Dr Jo Roe, a consultant neurosurgeon, …" then "the surgeon said": a word of a person's description that WordNet puts
 * under the noun (a neurosurgeon is a kind of surgeon and of doctor), so the narrower word written first is the same post.
 */
function describesKindOf(phrase: string, noun: string): boolean {
  if (BROAD_PERSON_NOUNS.has(noun)) return false;
  return phrase.split(/[^\p{L}-]+/u).some((word) => word.length > 0 && word !== noun && broaderNouns(word).includes(noun));
}

/** "47-year-old", "spaniard": nouns for a person by age or nationality (see `isDescriptorNounAt`). */
function isDescriptorNoun(noun: string): boolean {
  return /^\d+-year-old$/u.test(noun) || countryOfPersonDemonym(noun) !== null;
}

/** Whether a role holds a post that exists only inside an organisation ("chief executive", "finance director"). */
function holdsOrganisationRole(role: string | null): boolean {
  return (role ?? '')
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ORGANISATION_ROLE_NOUNS.has(word));
}

/** Writes an organisation given by an acronym the article introduced ("NNF") under the name it stands for. */
function expandAcronyms(attribution: Attribution, acronyms: ReadonlyMap<string, string>): void {
  const full = (name: string | null): string | null => (name === null ? null : (acronyms.get(name.trim()) ?? name));
  attribution.organisation = full(attribution.organisation);
  for (const other of attribution.coSpeakers) other.organisation = full(other.organisation);
}

/**
 * `attribution` rebuilt property by property, in its own order (so its JSON is the same): built by spreads, drafts and
 * `delete`, one article's attributions had as many hidden classes (V8 maps) as sentences, and each read of their fields
 * downstream (extract.ts, per claim) missed V8's megamorphic property cache; added one by one to an empty object, the
 * properties follow one tree of map transitions, and attributions with the same fields in the same order share a map.
 */
function inSharedShape(attribution: Attribution): Attribution {
  const rebuilt: Record<string, unknown> = {};
  for (const key of Object.keys(attribution)) rebuilt[key] = attribution[key as keyof Attribution];
  return rebuilt as unknown as Attribution;
}

function copyAttribution(attribution: Attribution): Attribution {
  return { ...attribution, coSpeakers: packedMap(attribution.coSpeakers, (speaker) => ({ ...speaker })) };
}

/**
 * "Brennock University Students' Union" for "the university": the name holds the noun only in the name of the body that
 * owns it, before a possessive ("Students'", "Radio's"), so it is a body of that one's, not one of the noun's kind.
 */
function holdsNounAsOwner(name: string, key: string): boolean {
  const words = name.split(/\s+/u);
  const at = words.findIndex((word) => normaliseName(word) === key);
  return (
    at >= 0 &&
    words.slice(at).some((word, i) => (i > 0 || at < words.length - 1) && /(?:['’]s|s['’])$/u.test(word)) &&
    !/(?:['’]s|s['’])$/u.test(words[words.length - 1] ?? '')
  );
}

/** The first organisation (in text order) under each run of its leading words, and under each run of its trailing words. */
interface LongerNames {
  opening: Map<string, Entity>;
  ending: Map<string, Entity>;
}

/**
 * One pass over the entities for `fullNameBefore`: each organisation's lower-case name under every run of its leading
 * words that more words follow ("harbrook" for "Harbrook United"; "mabberly" for "Mabberly's") and every run of its
 * trailing words after more, the first named kept. A lookup per attributed sentence then scans nothing: a 5 MB text
 * names tens of thousands.
 */
function indexLongerNames(entities: readonly Entity[]): LongerNames {
  const opening = new Map<string, Entity>();
  const ending = new Map<string, Entity>();
  const keepFirst = (map: Map<string, Entity>, words: string, entity: Entity): void => {
    if (!map.has(words)) map.set(words, entity);
  };
  // A name met again adds nothing: every key it gives is already there, for the one named first.
  const seen = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'organisation') continue;
    const name = lowerCase(entity.text);
    if (seen.has(name)) continue;
    seen.add(name);
    for (let i = 1; i < name.length; i++) {
      if (isPatternSpace(name.charCodeAt(i))) keepFirst(opening, name.slice(0, i), entity);
      if (isPatternSpace(name.charCodeAt(i - 1))) keepFirst(ending, name.slice(i), entity);
    }
    if (/['’]s$/u.test(name)) keepFirst(opening, name.slice(0, -2), entity);
  }
  return { opening, ending };
}

/** The organisations of two or more words holding one word: those named as the first was, up to another name's first. */
interface NamesHoldingWord {
  named: Entity[];
  otherNameAt: number;
}

/** One pass over the entities for `onlyNameHoldingWord`, by each word of a name of two or more (normalised) words. */
function indexNamesHoldingWord(entities: readonly Entity[]): Map<string, NamesHoldingWord> {
  const byWord = new Map<string, NamesHoldingWord & { name: string }>();
  for (const entity of entities) {
    if (entity.type !== 'organisation') continue;
    const name = normaliseName(entity.text);
    const words = name.split(' ');
    if (words.length < 2) continue;
    for (const word of new Set(words)) {
      const holding = byWord.get(word);
      if (!holding) byWord.set(word, { name, named: [entity], otherNameAt: Infinity });
      else if (holding.otherNameAt !== Infinity) continue;
      else if (holding.name === name) holding.named.push(entity);
      else holding.otherNameAt = entity.start;
    }
  }
  return byWord;
}

/** How many words of `name` end in a possessive ("Radio's", "Students'"). */
function possessiveWords(name: string): number {
  return name.split(/\s+/u).filter((word) => /(?:['’]s|s['’])$/u.test(word)).length;
}

function compact(values: ReadonlyArray<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const value of values) if (value && !out.includes(value)) out.push(value);
  return out;
}

/** Prepositions tying a group to the body it works for, written right after it: "officers from the X", "staff at the X". */
const GROUP_EMPLOYER_PREPOSITIONS = new Set(['from', 'of', 'with', 'at']);

/** Words for whoever heads a body, written after the body's noun ("the federation chief", "the bank boss"). */
const LEADER_WORDS = new Set(['chief', 'boss', 'head', 'leader']);

/** Posts that head a body: the person "the federation chief" may stand for. */
const HEADING_POSTS = new Set([
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'governor',
  'chief executive',
  'managing director',
  'director general',
  'director-general',
  'secretary general',
  'secretary-general',
  'leader',
  'head',
  'boss',
  'chief',
  'commissioner',
]);

/** Possessive pronouns that may own a post ("its former chairman"). */
const POSSESSIVE_WORDS = new Set(['its', 'their', 'his', 'her']);
/** Possessive pronouns that stand for a body: "its clerk", "their director". */
const POSSESSIVE_PRONOUNS_OF_BODIES = new Set(['its', 'their']);

/** Participles that say whom a speaker speaks for with "for" or "on behalf of" ("speaking for the party"). */
// (a court's advocates: "Prosecuting for the X Council, Name said", "Name, appearing for the company, said")
const SPEAKING_PARTICIPLES = new Set([
  'speaking',
  'replying',
  'responding',
  'answering',
  'writing',
  'prosecuting',
  'appearing',
  'acting',
  'defending',
]);

/** Words telling that someone is on trial or was sentenced: the defendant is their sentence's subject. */
const DEFENDANT_WORDS = new Set([
  'pleaded',
  'pled',
  'admitted',
  'admits',
  'denied',
  'denies',
  'fined',
  'sentenced',
  'convicted',
  'prosecuted',
  'charged',
  'pleading',
]);
/** Last words of a court's name, never the defendant: "Elgin Sheriff Court", "the Employment Tribunal". */
const COURT_WORDS = new Set(['court', 'tribunal', 'bench']);
/** A defence advocate's defendant is told of at most this many sentences before her. */
const MAX_DEFENDANT_SENTENCES = 12;

/** How many names back "County staff" looks for the county it works for. */
const MAX_COUNTY_LOOKBACK = 200;

/** Words before "officials" or "staff" that name the local government ("Metro officials", "Civic officials"). */
const LOCAL_GOVERNMENT_WORDS = new Set(['city', 'metro', 'civic', 'municipal', 'municipality', 'town', 'borough', 'county']);
/** Area words that, before "council", make it a local government's ("… District Council", "… City Council"). */
const COUNCIL_AREA_WORDS = new Set([
  'city',
  'town',
  'borough',
  'district',
  'county',
  'shire',
  'metropolitan',
  'municipal',
  'regional',
  'village',
  'parish',
]);
/** Nouns of an area: a name they head ("Ostwick State", "Faldon County") is a place, not a body (`bodyHeadedByNounBefore`). */
const AREA_NOUNS = new Set([...COUNCIL_AREA_WORDS, 'state', 'region', 'province', 'country', 'territory', 'island']);

/**
 * Whether a name's words (normalised) are the local government `word` ("metro", "city", "civic") stands for: "…
 * Metropolitan Municipality", "… Municipal Corporation", or a council of that kind of area ("City officials": "… City
 * Council", never "… Shire Council").
 */
function isLocalGovernment(words: readonly string[], word: string): boolean {
  const head = words[words.length - 1];
  if (head === 'municipality') return true;
  // ("Town staff said" of the "Town of Quarley", "County staff" of the "County of Tilmouth" or the body "Tilmouth County")
  if (words.length > 2 && words[0] === word && words[1] === 'of') return true;
  if (word === 'county' && head === word && words.length > 1) return true;
  if (head === 'corporation') return words.includes('municipal');
  if (head !== 'council') return false;
  const areas = words.slice(0, -1);
  return areas.includes(word) || ((word === 'civic' || word === 'municipal') && areas.some((area) => COUNCIL_AREA_WORDS.has(area)));
}

/** Words of a public body's name: what an area's word alone before "officials" may stand for ("County officials"). */
const PUBLIC_BODY_WORDS = new Set([
  'council',
  'commission',
  'commissioners',
  'board',
  'department',
  'government',
  'office',
  'administration',
  'authority',
  'agency',
  'municipality',
  'corporation',
  'ministry',
  'police',
  'sheriff',
  'court',
  'district',
  'service',
]);

/** "shop stewards", "the union convenor": a role whose holders speak for a union (`STAFF_WORK`), not their workplace. */
function representsUnion(role: string | null): boolean {
  const head = role?.toLowerCase().split(/\s+/u).pop()?.replace(/s$/u, '') ?? '';
  return STAFF_WORK.get(head)?.includes('union') ?? false;
}

/** How many sentences back a document told under another noun may be (`documentToldJustBefore`). */
const MAX_DOCUMENT_GAP = 2;

/** Words between an owner's possessive and its document: "X's latest letter", "X's own annual report". */
const MAX_DOCUMENT_MODIFIERS = 2;

/**
 * The organisation whose document sentence s names outside quotes: "the X Authority's letter", "a letter from X", "the
 * report by X", "X's latest report"; null when it names none, or two.
 */
function documentOwnerIn(context: ArticleContext, s: number): Entity | null {
  const { tokens, entityOf, inQuote } = context;
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  let owner: Entity | null = null;
  for (let t = first; t < end; t++) {
    if (inQuote[t] || !DOCUMENT_NOUNS.has((tokens[t] as Token).lower)) continue;
    let found: Entity | undefined;
    for (let k = t - 1; k >= first && k >= t - 1 - MAX_DOCUMENT_MODIFIERS && !found; k--) {
      const entity = entityAtToken(context, k);
      if (entity?.type === 'organisation' && /['’]s$/u.test((tokens[k] as Token).text)) found = entity;
      else if ((entityOf[k] as number) >= 0 || (tokens[k] as Token).capitalised) break;
    }
    const particle = tokens[t + 1]?.lower;
    if (!found && (particle === 'from' || particle === 'of' || particle === 'by')) {
      const at = tokens[t + 2]?.lower === 'the' ? t + 3 : t + 2;
      const entity = at < end ? entityAtToken(context, at) : undefined;
      if (entity?.type === 'organisation') found = entity;
    }
    if (!found) continue;
    if (owner && owner !== found) return null;
    owner = found;
  }
  return owner;
}
