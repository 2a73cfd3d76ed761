import { introducedAcronym } from '../entities/acronyms';
import type { Entity } from '../entities/entity';
import { isPluralOfPersonNoun } from '../entities/find-entities';
import { isKnownFirstName } from '../entities/gender';
import { LOCATIVE_PREPOSITIONS, NAME_PARTICLES, ORGANISATION_DESCRIPTORS, RELATIVE_PRONOUNS } from '../entities/name-cues';
import { PERSON_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from '../entities/roles';
import {
  APOLOGY_LEMMAS,
  MONTHS,
  NO_COMMENT_VERBS,
  REACTION_LEMMAS,
  REPORTING_VERBS,
  TIME_MODIFIERS,
  TIME_UNITS,
  TIME_WORDS,
  VIEW_NOUNS,
  WEEKDAYS,
} from '../lexicon';
import { isNominal, isNounPhraseWord, Pos } from '../pos-tags';
import type { Token } from '../tokenizer';
import {
  breakAfter,
  firstLineOf,
  isOrganisationNounAt,
  isRoleNounAt,
  isTitleAt,
  isTaggedSpeechVerb,
  lastWordBefore,
  organisationOpensAt,
  type ArticleContext,
} from './article-context';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  INQUIRY_NOUNS,
  ISSUED_STATEMENT_NOUNS,
  INSPECTING_LEMMAS,
  RECORDED_WORK_LEMMAS,
  RECORDED_WORK_PARTICLES,
  REVISED_JUDGEMENT_NOUNS,
  REVISING_LEMMAS,
  RESEARCH_FINDING_LEMMAS,
  SPEAKER_STOP_WORDS,
  GERMAN_INVERTIBLE_VERBS,
  GERMAN_SPEECH_VERBS,
  INVERTIBLE_LEMMAS,
  ORGANISATION_NOUNS,
  RESEARCH_PAPER_NOUNS,
  OUTLET_PREPOSITIONS,
  PHRASAL_SPEECH_VERBS,
  SOURCE_PHRASES,
  SPEECH_LEMMAS,
  STAFF_WORK,
  TIME_FILLERS,
} from './attribution-cues';
import {
  commonNounOutlet,
  emptyActor,
  isMediaOrganisation,
  MEDIA_NOUNS,
  outletNamedInFullBefore,
  namedOrganisation,
  namesGroupsBody,
  namesOutsidersOfOwner,
  organisationActorOf,
  parseSpeakerPhrase,
  type Actor,
  type CountryContext,
  type PersonProfileLookup,
} from './speaker-phrase';
import { endsWithPossessiveS, isApostrophe, lowerCase, withoutPossessiveS } from '../text-chars';
import { CURRENCY_SYMBOLS } from '../quantities/units';
import { boundedMemo } from '../bounded-memo';
import { wordMemo } from '../word-ids';
import { REFERENTS } from '../conflicts/disagreement-lexicon';

/** An attribution clause: "Dahl said", "according to Reuters", "as quoted by Kestrel news agency". */
export interface Cue {
  kind: 'verb' | 'source-phrase';
  actor: Actor;
  /** Span of the clause in the article. */
  start: number;
  end: number;
  /** Indices of the cue's first and last tokens. */
  firstToken: number;
  lastToken: number;
  /** The clause closes the sentence ("…, the statement said."): the outermost attribution when there are several. */
  trailing: boolean;
  /** An outlet after the verb: "told Reuters", "in an interview with the BBC". */
  outlet: Actor | null;
  /** The subject is a document ("the council's own figures show"): its owner's finding, not a person's words. */
  document?: boolean;
}

/** A speaker's noun phrase is at most this long ("the head of the Danish Parliament’s … Ulrike Sommer" is 16). */
const MAX_SPEAKER_TOKENS = 24;
/** Words between a relative clause's "who" and the name it ends with: "who has long run Elm House". */
const MAX_RELATIVE_OBJECT_DISTANCE = 4;
/** "Farmers near Tessin said", "a fishmonger on Quay Row": prepositions before where a speaker is. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVE_PREPOSITIONS, 'on']);
/** "Jane Doe, now a senior adviser, said": adverbs of time that may open an apposition describing a person. */
const APPOSITION_TIME_ADVERBS: ReadonlySet<string> = new Set(['now', 'then']);

/**
 * "The survey, carried out by X, found", "The report, published on Monday by X, found": participles of making or putting out
 * a document, before "by" and its authors.
 */
const AUTHORING_PARTICIPLES: ReadonlySet<string> = new Set([
  'carried',
  'conducted',
  'written',
  'compiled',
  'prepared',
  'produced',
  'published',
  'released',
  'filed',
]);
/** "by X after a three-day visit": a preposition after the authors that opens what is no part of their name. */
const AFTER_AUTHORS_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'following']);

/** "energy drink maker NAME": at most this many words of a description before a name in apposition. */
const MAX_DESCRIPTOR_WORDS = 4;
/** "largest", "third-biggest": a superlative of size ranking a trade among businesses. */
const SIZE_SUPERLATIVE = /^(?:[a-z]+-)?(?:largest|biggest)$/u;
/** "on Monday evening": the part of a day after a weekday. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const TIME_PREPOSITIONS = new Set(['on', 'by', 'until']);
/** "last week", "earlier this month". */
const PERIOD_NOUNS = new Set(['week', 'weekend', 'month', 'year']);
/** Pronouns that show a subject is a person. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);
/** The object of "according to" … */
const MAX_OBJECT_TOKENS = 16;
/** After a verb, only a time or place ("on Monday", "in a statement") may follow in a trailing clause. */
const MAX_TRAILING_TAIL = 8;
/** Verbs that attribute a figure to their subject when "at"/"on" and a number follow: "the bureau put inflation at 4 percent". */
const FIGURE_VERBS = new Set(['put', 'puts']);
/**
 * Verbs that, negated, accept what was said or leave it standing: "did not dispute", "did not contest", "did not
 * question", "did not deny". What the subject does not contradict is its position, the subject the source.
 */
const AGREEING_WHEN_NEGATED = new Set(['dispute', 'contest', 'question', 'challenge', 'deny']);
const NEGATIONS = new Set(['not', "n't"]);
/** Conjunctions that may open a sentence before its subject: "But the ministry said". */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet']);
/** "put youth unemployment among those under 25 at 14 percent": the figure comes within a few words. */
const MAX_FIGURE_DISTANCE = 8;
/** "puts the cost of all reported casualties last year at …": the object of "put" before its figure may run longer. */
const MAX_PUT_OBJECT = 12;
/** "at less than $300,000", "at roughly 30 percent": words between "at" and the number. */
const MAX_HEDGE_WORDS = 3;
/** "said in an interview with the BBC": the outlet comes within a few words of the verb. */
const MAX_OUTLET_DISTANCE = 6;
/** "in an interview with", "in remarks to", "in comments to": how a source spoke to an outlet. */
const CHANNEL_NOUNS = new Set(['interview', 'remarks', 'comments']);
/** The outlet prepositions that make a medium the addressee: "spoke to state radio", "in an interview with local television". */
const ADDRESSEE_PREPOSITIONS = new Set(['to', 'with']);
/** Participles that open a sentence with the medium a speaker talked to: "Speaking to the Courier, …". */
const FRONTED_CHANNEL_PARTICIPLES = new Set(['speaking', 'talking', 'writing']);
/** How many person mentions of each text hold each word of a name, read once per article. */
const PERSON_NAME_WORDS = new WeakMap<ArticleContext, Map<string, number>>();

function personNameWords(context: ArticleContext): Map<string, number> {
  let counts = PERSON_NAME_WORDS.get(context);
  if (!counts) {
    counts = new Map();
    for (const entity of context.entities)
      if (entity.type === 'person')
        for (const word of new Set(lowerCase(entity.text).split(/\s+/u))) counts.set(word, (counts.get(word) ?? 0) + 1);
    PERSON_NAME_WORDS.set(context, counts);
  }
  return counts;
}

/** Prepositions after "argue" that make it a quarrel told, not a claim reported ("argued over the figures"). */
const QUARREL_PREPOSITIONS = new Set(['over', 'about', 'with', 'among', 'between']);
/** "Name, for the company, said": the words after "for" that may name whom she appears for. */
const MAX_APPEARING_FOR_WORDS = 4;
/** A residence between commas is a street and a town at most ("of Mill Road, Tolbridge,"), each of a few words. */
const MAX_RESIDENCE_SEGMENTS = 2;
const MAX_RESIDENCE_WORDS = 4;
/** "human resources director Name": at most this many lower-case nouns before the role noun of a title. */
const MAX_ROLE_MODIFIERS = 3;
/** Lemmas of telling: the medium is their first object ("told Cargo Week that …"). */
const TELLING_LEMMAS = new Set(['tell']);
/** A medium's name with no media word is at most this many words ("Full Time Focus"). */
const MAX_UNKNOWN_OUTLET_WORDS = 4;
/** Days and months: "told Tuesday's meeting", "told May …" are no media. */
const CALENDAR_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Participles of broadcasting before "by" and a medium: "a news conference aired by X". */
const BROADCAST_PARTICIPLES = new Set(['broadcast', 'aired', 'televised', 'streamed']);
/** Journalists told, before the medium they work for: "told reporters from X". */
const JOURNALIST_NOUNS = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents']);
const JOURNALIST_PREPOSITIONS = new Set(['from', 'of', 'for', 'at']);
/** A medium's programmes and desks, told by a definite noun: "told the evening show". */
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'show', 'bulletin', 'newscast', 'desk']);
/** "X's evening show", "X's late bulletin", "X's weather desk": what a medium runs, a possessive and a few words before it. */
const PROGRAMME_AFTER_POSSESSIVE = new RegExp(
  `^['’]s?[ \\t]+(?:\\p{Ll}[\\p{Ll}-]*[ \\t]+){0,2}?(?:${[...PROGRAMME_NOUNS].join('|')})s?\\b`,
  'u',
);

/** Whether the name ending at `end` owns a programme: "… Service's late bulletin". */
function ownsProgramme(text: string, end: number): boolean {
  return PROGRAMME_AFTER_POSSESSIVE.test(text.slice(end, end + 60));
}
/** "told the Lark": a masthead's short form is its last word or two. */
const MAX_MASTHEAD_SHORT_FORM_WORDS = 2;
/** "told the regional radio station": lower-case words between "the" and the media noun. */
const MAX_MEDIA_NOUN_MODIFIERS = 2;
/** "told the newspaper" looks this many tokens back for the outlet named before. */
const MAX_OUTLET_LOOKBACK = 400;
/** Prepositions that tie a noun phrase to the noun before it inside a subject: "head of the agency", "researchers at X". */
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);

/** "Jane Roe of the Green Party", "Jane Roe at X": a preposition after a person's name that names her organisation. */
const POST_MODIFIER_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);
/** Possessive pronouns open a noun phrase as a determiner does: "its director", "their lawyer". */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** What a reaction may be to, besides a document ("the report", "the statement"): "welcomed the decision". */
const DECISION_NOUNS = new Set([
  'decision',
  'ruling',
  'verdict',
  'judgment',
  'judgement',
  'move',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'announcement',
  'news',
  'deal',
  'agreement',
  'result',
  'results',
  'outcome',
]);
/** "welcomed the long-awaited report": at most this many words between a reaction and the head of its object. */
const MAX_REACTION_OBJECT = 4;
/**
 * Verbs that report a statement only with a that-clause: "the inquiry found that …" (not "rescuers found two bodies"),
 * a court's "ruled that …", "The judges held that …" (not "ruled out", "held talks"), a witness's "accepted that …"
 * (not "accepted the offer") or "agreed that …" (not "agreed a deal", "agreed to pay"), a member's "moved that …" (not
 * "moved to Leeds").
 */
const THAT_CLAUSE_LEMMAS = new Set(['find', 'rule', 'hold', 'accept', 'agree', 'move']);
/** "about 300", "around 40 percent": prepositions wink tags ADP that approximate the figure after them. */
const APPROXIMATING_PREPOSITIONS = new Set(['about', 'around', 'over', 'under', 'some']);
/** "declined to comment", "refused to say": a verb of refusing before the verb of answering it governs. */
const REFUSING_LEMMAS = new Set(['decline', 'refuse']);
/** Words of a time phrase that may stand between a finding verb and its "that": "found in early January that". */
const MAX_TIME_BEFORE_THAT = 4;
/** Words between the determiner and the noun of a document a finding was set out in: "in its annual review that". */
const MAX_DOCUMENT_PHRASE_MODIFIERS = 2;
/** Verbs by which a document states its findings ("The report counted 930 glassworks", "the study also found 40 cases"). */
export const FINDING_LEMMAS: ReadonlySet<string> = new Set([
  'find',
  'count',
  'show',
  'record',
  'identify',
  'list',
  'give',
  'disclose',
  'reveal',
]);
/** Verbs by which inspectors, auditors or investigators report what they found ("Inspectors found mould in two wards"). */
const STAFF_FINDING_LEMMAS = new Set(['find', 'identify', 'uncover', 'discover']);
/** Verbs by which a body pursues a sum in its own name, in the progressive: "is claiming £2m", "is appealing for £45,000". */
const CLAIMING_LEMMAS = new Set(['claim', 'appeal']);
/** "Investigators from the X Office", "inspectors at the agency": what ties staff to their body before their verb. */
const STAFF_BODY_PREPOSITIONS = new Set(['from', 'at', 'of', 'with']);
/** "in the city's far east end": at most this many words from a place's preposition to the noun heading it. */
const MAX_PLACE_DESCRIPTION = 5;
/**
 * Verbs by which a body reports a figure it measured: "The agency has counted 212 homes". Not "recorded": "Police
 * recorded 37 crashes" is the writer's statement of a record (the corpus annotates it so).
 */
const COUNTING_LEMMAS = new Set(['count']);
/**
 * Verbs by which a body states its own judgement as an act, an organisation's only (see verbCueOf): "The agency attributed
 * 4,300 deaths to heat" (a figure after it), "The bureau gave an 80 percent chance that …" (a figure inside its object's
 * noun phrase, not an amount given), "The X Office has issued a yellow warning" (a statement's noun as its object).
 */
const STATING_ACT_LEMMAS = new Set(['attribute', 'give', 'issue']);
/** "lowered the port's long-term credit rating": at most this many words from the verb to the judgement's noun. */
const MAX_REVISED_OBJECT = 5;
/** "issued an amber warning for wind": at most this many words between "issued" and the head of what it issued. */
const MAX_ISSUED_MODIFIERS = 3;
/**
 * The lists of lemmas `speechVerbAt` reads, one bit each, looked up once per lemma: most nouns, verbs and adjectives
 * are in none of them, and one lookup rules them out of six.
 */
const Lemma = { reaction: 1, finding: 2, staffFinding: 4, counting: 8, thatClause: 16, speech: 32 } as const;
const lemmaClasses = boundedMemo(
  (lemma: string): number =>
    (REACTION_LEMMAS.has(lemma) ? Lemma.reaction : 0) |
    (FINDING_LEMMAS.has(lemma) ? Lemma.finding : 0) |
    (STAFF_FINDING_LEMMAS.has(lemma) ? Lemma.staffFinding : 0) |
    (COUNTING_LEMMAS.has(lemma) ? Lemma.counting : 0) |
    (THAT_CLAUSE_LEMMAS.has(lemma) ? Lemma.thatClause : 0) |
    (SPEECH_LEMMAS.has(lemma) ? Lemma.speech : 0),
);
/** The lists of written words `speechVerbAt` reads, one bit each, read by the word's id. */
const Word = { phrasal: 1, figure: 2, german: 4, reporting: 8, continuing: 16 } as const;
const wordClasses = wordMemo(
  (lower: string): number =>
    (PHRASAL_SPEECH_VERBS.has(lower) ? Word.phrasal : 0) |
    (FIGURE_VERBS.has(lower) ? Word.figure : 0) |
    (GERMAN_SPEECH_VERBS.has(lower) ? Word.german : 0) |
    (REPORTING_VERBS.has(lower) ? Word.reporting : 0) |
    (CONTINUING_FORMS.has(lower) ? Word.continuing : 0),
);
/** What ties a document to its owner after it: "figures from X", "a report by X", "data of X". */
const OWNER_PREPOSITIONS = new Set(['from', 'by', 'of']);
/** "figures released by X" / "obtained from X": the preposition after a document's participle that names its owner. */
const PARTICIPLE_OWNER_PREPOSITIONS = new Set(['by', 'from']);
/** "Notes of the X's planning panel", "a memo from X's stores department": a document's link to the part of a body that made it. */
const DOCUMENT_OWNER_LINKS = new Set(['of', 'from']);
/** "… under the Freedom of Information Act", "… through a records request": the way a document came out, not its owner. */
const RELEASE_ROUTE_PREPOSITIONS = new Set(['under', 'through', 'via', 'using']);
/** "the council's own annual traffic survey": at most this many words between an owner and its document. */
const MAX_DOCUMENT_MODIFIERS = 3;
/** Determiners of a document that was named before: "the report", "its survey". */
const DOCUMENT_DETERMINERS = new Set(['the', 'this', 'its', 'their']);
/** Words that open a clause, never part of the subject's noun phrase even where wink tags them determiners. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Possessive pronouns that own a view ("in her view") and the speaker each stands for. */
const VIEW_POSSESSIVES: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it'> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);
/** Pronouns after a sentence's opening "For": "For her, the question is …". */
const VIEW_PRONOUNS = new Set(['him', 'her', 'them']);
/** Words of the owner's name in "in Jo Roe's view" at most. */
const MAX_VIEW_OWNER_TOKENS = 5;
/** Forms of "go" that continue a speaker's words: "He went on to say that …", "She goes on to warn …" ("going" is no finite verb). */
const CONTINUING_FORMS = new Set(['go', 'goes', 'went']);
/** Participles whose passive names the speaker as its subject before "as saying": "X was quoted as saying", "X is reported as saying". */
const QUOTED_PARTICIPLES = new Set(['quoted', 'reported']);
/** Modals that make a speech verb an obligation, a possibility or a future ("must report", "will announce"); "would say" and "can confirm" report. */
const UNREPORTING_MODALS = new Set(['must', 'should', 'shall', 'will', 'may', 'might', 'could', 'ought', "'ll"]);

/** Lemmas of verbs by which a reporter's note after a claim says who denies it ("…, a charge the quay trust rebutted."). */
const DENYING_LEMMAS = new Set(['deny', 'reject', 'refute', 'dispute', 'dismiss', 'contest', 'challenge', 'rebut', 'contradict']);

/** Nouns a note gives the claim before it as ("…, an allegation the mill denies"): a denial's referents, and a charge. */
const NOTED_STATEMENT_NOUNS: ReadonlySet<string> = new Set([...REFERENTS, 'charge', 'charges']);

/** Adjectives at most between a note's determiner and its noun ("a further claim", "an earlier figure"). */
const MAX_NOTE_ADJECTIVES = 2;

/**
 * Every attribution clause of sentence s outside its quote marks, in text
 * order. Each is read at most once; the cost is linear in the sentence with
 * a bounded look-back per speech verb.
 */
export function findCues(context: ArticleContext, s: number, profiles: PersonProfileLookup, countries: CountryContext): Cue[] {
  return new CueFinder(context, s, profiles, countries).find();
}

/** Per article, the offset where a sentence's note naming who denies its claim opens (`notesDenial`), by sentence. */
const DENIAL_NOTES = new WeakMap<ArticleContext, Map<number, number>>();

/**
 * Where sentence s's closing note naming who denies its claim opens ("…, a charge the quay trust rebutted."), once `findCues`
 * has read the sentence; else -1. A body named in the note is the other side, no source of the sentence.
 */
export function denialNoteStart(context: ArticleContext, s: number): number {
  return DENIAL_NOTES.get(context)?.get(s) ?? -1;
}

class CueFinder {
  private readonly from: number;
  private readonly to: number;
  /** The first token of the sentence two before this one: where a document it refers to may have been named. */
  private readonly recentFrom: number;
  /** The first token of the sentence before this one (this one's own first token when it opens the text). */
  private readonly previousFrom: number;
  /** The last token of an inverted speaker's phrase read so far ("…,” said Jane Roe, the trust's director"), else -1. */
  private invertedSpeakerEnd = -1;

  constructor(
    private readonly context: ArticleContext,
    private readonly s: number,
    private readonly profiles: PersonProfileLookup,
    private readonly countries: CountryContext,
  ) {
    let from = context.first[s] as number;
    this.to = context.end[s] as number;
    // "But the regulator, the X Authority, says …": a conjunction opening the sentence is no part of its subject.
    if (
      from + 1 < this.to &&
      !context.inQuote[from] &&
      SENTENCE_CONJUNCTIONS.has((context.tokens[from] as Token).lower) &&
      !breakAfter(context, from)
    )
      from++;
    this.from = from;
    this.recentFrom = context.first[Math.max(0, s - 2)] as number;
    this.previousFrom = context.first[Math.max(0, s - 1)] as number;
  }

  find(): Cue[] {
    const cues: Cue[] = [];
    let unreadSpeaker = false;
    let unreadSubject = false;
    for (let t = this.from; t < this.to; t++) {
      if (this.context.inQuote[t]) continue;
      // "In Jo Roe's view, …", "in her opinion", "For Jo Roe, …": whose view the sentence gives.
      const view = this.viewPhraseAt(t);
      if (view) {
        cues.push(view);
        t = view.lastToken;
        continue;
      }
      const phraseLength = this.sourcePhraseAt(t);
      // "X said it had not been told before it was reported by the Echo": a passive inside what a speaker said tells
      // of the story, not the channel of the sentence.
      if (phraseLength > 0 && t > this.from && this.isPassiveMarker(t - 1) && cues.some((cue) => cue.kind === 'verb')) continue;
      if (phraseLength > 0) {
        const cue = this.sourcePhraseCue(t, phraseLength);
        if (cue) {
          cues.push(cue);
          t = cue.lastToken;
        }
        continue;
      }
      const verbLast = this.speechVerbAt(t);
      if (verbLast < 0) continue;
      const cue = this.verbCue(t, verbLast);
      // "Anglers say X, a claim the mill disputes.": a note naming who denies the sentence's claim is no source of it.
      if (cue && this.notesDenial(cue, t, verbLast)) {
        let notes = DENIAL_NOTES.get(this.context);
        if (!notes) DENIAL_NOTES.set(this.context, (notes = new Map()));
        notes.set(this.s, Math.min(cue.start, this.token(t).start));
        t = verbLast;
        continue;
      }
      // "Residents near the garage said they had complained", "Farmers said the creamery had warned them": a speaker inside
      // what an unread subject said is reported by that subject, not the sentence's source.
      // (a closing "…, she said" is the sentence's own clause, never inside another's)
      // Any other speaker only when the unread subject opens the sentence ("Farmers near X said"), not inside an aside
      // ("Mr Barr, whose group asked for it, said"); an outlet is the channel of the whole sentence wherever it is named.
      const inside = unreadSpeaker && (cue?.actor.kind === 'pronoun' || (unreadSubject && cue?.actor.kind !== 'outlet'));
      if (cue && !(inside && !cue.trailing)) cues.push(cue);
      if (!cue && cues.length === 0 && this.tag(t) === Pos.VERB && !this.startsClause(t) && this.isNominalAt(t - 1)) {
        unreadSpeaker = true;
        unreadSubject = !this.breakBefore(t);
      }
      if (cue && cue.lastToken > verbLast) this.invertedSpeakerEnd = cue.lastToken;
      t = verbLast;
    }
    return cues;
  }

  // --- "…, a charge the quay trust rebutted." -----------------------------------------

  /**
   * Whether the clause of a denying verb closes the sentence as a reporter's note on the claim before it, naming who
   * denies that claim: "…, a charge the Tolvane Quay Trust rebutted within hours.", "…, an allegation that the mill denies.",
   * "…, which the harbour office contested.", "…, which was rejected by the ferry line." The claim is what the note follows (its
   * speaker's, or the author's when nobody else speaks), not the denier's: the note tells what the denier answered.
   */
  private notesDenial(cue: Cue, verb: number, verbLast: number): boolean {
    if (cue.kind !== 'verb' || !DENYING_LEMMAS.has(this.lemma(verb)) || !this.onlyAdjunctsAfter(verbLast)) return false;
    // (the passive: "…, which was denied by the quay trust")
    if (cue.firstToken === verb) {
      let k = verb - 1;
      while (k > this.from && this.tag(k) === Pos.AUX && !breakAfter(this.context, k)) k--;
      return k < verb - 1 && this.lower(k) === 'which' && this.commaBefore(k);
    }
    const first = cue.firstToken;
    if (first <= this.from) return false;
    const opener = this.lower(first - 1);
    if (opener === 'which' && !breakAfter(this.context, first - 1)) return this.commaBefore(first - 1);
    // ("…, a charge that the quay trust rebutted": the noun before the relative pronoun)
    if (opener === 'that' && !breakAfter(this.context, first - 1)) {
      const determiner = this.noteOpeningBefore(first - 2);
      return determiner > this.from && this.commaBefore(determiner);
    }
    // ("…, a charge the quay trust rebutted": the note's noun opens the verb's subject phrase, the denier after it)
    if (!this.commaBefore(first) || !DETERMINERS.has(this.lower(first))) return false;
    let noun = first + 1;
    while (noun < verb && noun - first <= MAX_NOTE_ADJECTIVES && this.tag(noun) === Pos.ADJ) noun++;
    return noun + 1 < verb && NOTED_STATEMENT_NOUNS.has(this.lower(noun)) && !breakAfter(this.context, noun);
  }

  /** The determiner opening "a charge" / "an earlier claim" whose noun is at `noun`, else -1. */
  private noteOpeningBefore(noun: number): number {
    if (noun <= this.from || !NOTED_STATEMENT_NOUNS.has(this.lower(noun)) || breakAfter(this.context, noun)) return -1;
    let k = noun - 1;
    while (k > this.from && noun - k <= MAX_NOTE_ADJECTIVES && this.tag(k) === Pos.ADJ && !breakAfter(this.context, k)) k--;
    return DETERMINERS.has(this.lower(k)) && !breakAfter(this.context, k) ? k : -1;
  }

  /** A comma (or a dash) stands right before token t, inside the sentence. */
  private commaBefore(t: number): boolean {
    if (t <= this.from || !breakAfter(this.context, t - 1)) return false;
    return /^\s*[,–—]\s*$/u.test(this.context.text.slice(this.token(t - 1).end, this.token(t).start));
  }

  /** Only a short tail of adjuncts ("within hours", "as baseless", "on Monday") follows token t to the sentence's end. */
  private onlyAdjunctsAfter(t: number): boolean {
    if (this.to - 1 - t > MAX_TRAILING_TAIL) return false;
    for (let k = t + 1; k < this.to; k++) {
      const tag = this.tag(k);
      if (this.context.inQuote[k] || tag === Pos.VERB || tag === Pos.AUX || (k < this.to - 1 && breakAfter(this.context, k))) return false;
    }
    return true;
  }

  // --- "in X's view", "in the opinion of X", "For X," ---------------------------

  /**
   * A phrase giving whose view the sentence states, at a clause's start: "In Jo Roe's view," "in her opinion",
   * "in the view of the auditors", and "For Jo Roe," opening the sentence before a comma (a person's name or "him"/"her":
   * "For the region, the plant is vital" is the author's). Its cue, else null.
   */
  private viewPhraseAt(t: number): Cue | null {
    const word = this.lower(t);
    if ((word !== 'in' && word !== 'for') || t + 2 >= this.to || !this.startsClause(t)) return null;
    let first = t + 1;
    let last: number;
    if (word === 'for') {
      if (t !== this.from) return null;
      last = first;
      const entity = this.context.entityOf[first] as number;
      if (entity >= 0 && this.entityAt(first)?.type === 'person')
        while (last + 1 < this.to && this.context.entityOf[last + 1] === entity) last++;
      else if (!VIEW_PRONOUNS.has(this.lower(first))) return null;
      if (!breakAfter(this.context, last) || !this.context.text.slice(this.token(last).end, this.token(last + 1).start).includes(','))
        return null;
    } else if (this.lower(first) === 'the' && VIEW_NOUNS.has(this.lower(first + 1)) && this.lower(first + 2) === 'of') {
      // "in the view of the auditors": the object of "of" up to the clause's end.
      first += 3;
      if (first >= this.to || breakAfter(this.context, first - 1)) return null;
      last = this.clauseEnd(first, MAX_SPEAKER_TOKENS);
    } else {
      // "in Jo Roe's view", "in her opinion": a possessive, then a noun of view.
      let noun = first;
      while (noun < this.to && noun - first < MAX_VIEW_OWNER_TOKENS && !VIEW_NOUNS.has(this.lower(noun)) && !breakAfter(this.context, noun))
        noun++;
      if (noun >= this.to || noun === first || !VIEW_NOUNS.has(this.lower(noun))) return null;
      last = noun - 1;
      const owner = this.lower(last);
      if (!owner.endsWith("'s") && !owner.endsWith("s'") && !VIEW_POSSESSIVES.has(owner)) return null;
      // ("in the company's view" stays whole; "in her view" is the pronoun)
      const pronoun = VIEW_POSSESSIVES.get(owner);
      if (pronoun && last !== first) return null;
      // the phrase ends with the noun: "in her view the council should …"
      const actor = pronoun
        ? { ...emptyActor('pronoun', this.token(first).start, this.token(first).end), pronoun }
        : this.viewOwner(first, last);
      return actor ? this.phraseCue(t, noun, actor) : null;
    }
    const actor = this.viewOwner(first, last);
    return actor ? this.phraseCue(t, last, actor) : null;
  }

  private viewOwner(first: number, last: number): Actor | null {
    const actor = parseSpeakerPhrase(this.context, first, last, this.profiles, this.countries);
    return actor && actor.kind !== 'outlet' ? actor : null;
  }

  /** A source phrase's cue over tokens[first, last]: "according to X", "in X's view". */
  private phraseCue(first: number, last: number, actor: Actor, trailing = false, outlet: Actor | null = null): Cue {
    return this.cueOver('source-phrase', first, last, actor, trailing, outlet);
  }

  /** The cue of a clause over tokens[first, last]. */
  private cueOver(kind: Cue['kind'], first: number, last: number, actor: Actor, trailing: boolean, outlet: Actor | null): Cue {
    return {
      kind,
      actor,
      start: this.token(first).start,
      end: this.token(last).end,
      firstToken: first,
      lastToken: last,
      trailing,
      outlet,
    };
  }

  // --- "according to X", "as quoted by X", "citing X" ------------------------

  private sourcePhraseAt(t: number): number {
    for (const phrase of SOURCE_PHRASES) {
      let i = 0;
      while (i < phrase.length && t + i < this.to && this.lower(t + i) === phrase[i] && !this.context.inQuote[t + i]) {
        if (i > 0 && breakAfter(this.context, t + i - 1)) break;
        i++;
      }
      if (i === phrase.length) return i;
    }
    return 0;
  }

  private sourcePhraseCue(t: number, length: number): Cue | null {
    const objectFirst = t + length;
    if (objectFirst >= this.to || breakAfter(this.context, objectFirst - 1)) return null;
    let objectLast = this.clauseEnd(objectFirst, MAX_OBJECT_TOKENS);
    // "according to their commander, John Doe, …": the name in apposition is the source.
    let next = objectLast + 1;
    // ("…, Dr Jane Doe": a title before the name)
    while (next + 1 < this.to && TITLE_WORDS.has(this.lower(next).replace(/\.$/u, '')) && !breakAfter(this.context, next)) next++;
    if (next < this.to && breakAfter(this.context, objectLast) && this.isPersonToken(next) && this.hasRoleNoun(objectFirst, objectLast)) {
      let nameLast = next;
      while (nameLast + 1 < this.to && this.context.entityOf[nameLast + 1] === this.context.entityOf[next]) nameLast++;
      if (breakAfter(this.context, nameLast) || nameLast === this.to - 1) objectLast = nameLast;
    }
    // "according to Jo Roe in an interview with the Courier", "according to Jo Roe, speaking to the Courier": the medium
    // she spoke through is the outlet, not a part of her description.
    const channel = this.channelAfterSource(objectFirst, objectLast);
    if (channel >= 0 && channel <= objectLast) objectLast = channel - 1;
    const outlet = channel >= 0 ? this.outletAfter(channel) : null;
    const actor = parseSpeakerPhrase(this.context, objectFirst, objectLast, this.profiles, this.countries);
    if (!actor) return null;
    const first = t > this.from && this.lower(t - 1) === 'as' && !breakAfter(this.context, t - 1) ? t - 1 : t;
    return this.phraseCue(first, objectLast, actor, this.startsClause(first) && objectLast === this.to - 1, outlet);
  }

  /**
   * The token opening "in an interview with", "in remarks to", "speaking to", "talking to" within a source phrase's object
   * tokens[first, last], right after it, or after the apposition that follows it between commas; -1 when none.
   */
  private channelAfterSource(first: number, last: number): number {
    const opensChannel = (k: number): boolean => {
      const word = this.lower(k);
      if (k + 1 >= this.to || this.context.inQuote[k]) return false;
      if (word === 'speaking' || word === 'talking') return this.lower(k + 1) === 'to' || this.lower(k + 1) === 'with';
      // "in remarks to", "in an interview with"
      return word === 'in' && (CHANNEL_NOUNS.has(this.lower(k + 1)) || (k + 2 < this.to && CHANNEL_NOUNS.has(this.lower(k + 2))));
    };
    for (let k = first + 1; k <= last + 1 && k < this.to; k++) if (opensChannel(k)) return k;
    if (!breakAfter(this.context, last)) return -1;
    // ", the fund's former treasurer, in an interview with …": past one apposition.
    for (let k = last + 1; k < this.to && k <= last + MAX_SPEAKER_TOKENS; k++) {
      if (opensChannel(k)) return k;
      if (breakAfter(this.context, k)) return k + 1 < this.to && opensChannel(k + 1) ? k + 1 : -1;
    }
    return -1;
  }

  // --- "X said", "…,” said X" ---------------------------------------------------

  /** The last token of a speech verb starting at t ("pointed out" is two), or -1. */
  private speechVerbAt(t: number): number {
    const token = this.token(t);
    // Every way below needs a verb's, a noun's or an adjective's tag but a German verb's: one test spares most words the lookups.
    const tag = this.tag(t);
    const words = wordClasses(token);
    if (tag !== Pos.VERB && tag !== Pos.NOUN && tag !== Pos.ADJ && (words & Word.german) === 0) return -1;
    if ((words & Word.phrasal) !== 0) {
      const particles = PHRASAL_SPEECH_VERBS.get(token.lower)!;
      if (this.tag(t) !== Pos.VERB) return -1;
      const next = this.context.tokens[t + 1];
      if (next && t + 1 < this.to && particles.has(next.lower) && !breakAfter(this.context, t)) return t + 1;
      // "Jane Doe called the offer “an insult”": naming something in quoted words is speaking, and so is
      // judging it in the author's words ("called the figures false").
      return this.quoteFollows(t) || this.callsItSomething(t) ? t : -1;
    }
    // "He went on to say that …": continuing to say is saying; the subject is the verb's before "went".
    if ((words & Word.continuing) !== 0) return tag === Pos.VERB ? this.continuedSpeechAt(t) : -1;
    // "X put it best: “…”": putting it some way is saying what follows.
    // (wink may read "put" after a number as a noun, "in 2019 put the saving at £3": a figure after its object says verb)
    if ((words & Word.figure) !== 0)
      return (this.tag(t) === Pos.VERB && (this.putsAFigure(t) || this.putsItInWords(t))) ||
        (this.tag(t) === Pos.NOUN && this.opensObjectOrEnds(t) && this.putsAFigure(t))
        ? t
        : -1;
    const lemmas = lemmaClasses(this.lemma(t));
    if ((lemmas & Lemma.reaction) !== 0)
      return this.tag(t) === Pos.VERB && !token.lower.endsWith('ing') && this.reactionIsStatement(t) ? t : -1;
    // "The report counted 930 glassworks", "…, the report shows.": what a document named before finds is what its issuer
    // says (wink reads "shows" after a noun as a noun; the object or the end says, as below).
    // (a noun's tag only for a document named further back or owned by "its": one just named may be a person's, whose
    // finding a verb's tag is surer of)
    if ((lemmas & Lemma.finding) !== 0) {
      const verbTagged = tag === Pos.VERB;
      // ("The accounts show revenue of …": a noun right after is the object, as for "X's data show" below)
      const objectAfter = this.opensObjectOrEnds(t) || isNominal(this.tag(t + 1));
      if ((verbTagged || (!token.capitalised && objectAfter)) && this.documentSubjectBefore(t, !verbTagged)) return t;
    }
    // "Inspectors found mould in two wards": what the staff of an inspecting or auditing body find is its finding.
    if ((lemmas & Lemma.staffFinding) !== 0 && this.tag(t) === Pos.VERB && this.staffSubjectBefore(t)) return t;
    // "X's data show …", "…, figures from X show.": wink reads "show" after a noun as a noun; the object or the end says.
    if (
      (lemmas & Lemma.finding) !== 0 &&
      !token.capitalised &&
      (tag === Pos.VERB || this.opensObjectOrEnds(t) || isNominal(this.tag(t + 1))) &&
      this.ownedDocumentBefore(t)
    )
      return t;
    // "The agency has counted 212 homes flooded": a figure a body measured (an organisation's only, see verbCueOf).
    // (a document's count goes by the rules for documents above)
    // (a text may open with the verb: no word before it)
    if ((lemmas & Lemma.counting) !== 0 && tag === Pos.VERB && this.numberFollows(t) && !(t > 0 && DOCUMENT_NOUNS.has(this.lower(t - 1))))
      return t;
    // "The agency attributed 4,300 deaths to heat", "The bureau gave an 80 percent chance": a body's judgement stated as
    // its act (an organisation's only, see verbCueOf).
    if (tag === Pos.VERB && STATING_ACT_LEMMAS.has(this.lemma(t)) && this.statesJudgement(t)) return t;
    if (tag === Pos.VERB && this.statesOwnAct(t)) return t;
    // "The board found that the rail had cracked": a finding reported with its that-clause is what the finder says.
    // The next token is read only inside the sentence: past the text's last token there is none.
    if ((lemmas & Lemma.thatClause) !== 0)
      return this.tag(t) === Pos.VERB && (this.thatClauseFollows(t) || this.closesTrailingClause(t)) ? t : -1;
    // A verb of saying needs a lemma of saying, a German verb or a reporting verb's written form (`isSpeechVerb`).
    if ((lemmas & Lemma.speech) === 0 && (words & (Word.german | Word.reporting)) === 0) return this.pleaAt(t);
    // "members argued for three hours over cancelled operations": a quarrel told, nothing it claimed.
    if (this.lemma(t) === 'argue' && this.quarrelWithoutClaim(t)) return -1;
    // "X has asked for a valuation twice": a request names what was wanted, no claim of the asker's.
    if (this.lemma(t) === 'ask' && t + 1 < this.to && this.lower(t + 1) === 'for' && !breakAfter(this.context, t)) return -1;
    // "X was quoted as saying": the speech is the gerund after "as"; the passive's subject is the speaker.
    const asSaying = this.quotedAsSaying(t);
    if (asSaying >= 0) return asSaying;
    return this.isSpeechVerb(t) ? t : -1;
  }

  /**
   * "pleaded guilty", "pleads not guilty": a defendant's plea is her statement to the court, as "admitted" and "denies"
   * are (the corpus's convention); the verb runs to "guilty". Else -1 ("pleaded with residents" asks, see speech lemmas).
   */
  private pleaAt(t: number): number {
    // ("was sentenced after earlier pleading guilty": a gerund tells the plea as background to another event)
    if (
      this.tag(t) !== Pos.VERB ||
      this.lemma(t) !== 'plead' ||
      this.lower(t).endsWith('ing') ||
      t + 1 >= this.to ||
      breakAfter(this.context, t)
    )
      return -1;
    if (this.lower(t + 1) === 'guilty') return t + 1;
    const negated = this.lower(t + 1) === 'not' && t + 2 < this.to && !breakAfter(this.context, t + 1) && this.lower(t + 2) === 'guilty';
    return negated ? t + 2 : -1;
  }

  /** "went on to say", "goes on to add": the speech verb after "on to" (the clause's last token), else -1. */
  private continuedSpeechAt(t: number): number {
    const verb = t + 3;
    if (verb >= this.to || this.lower(t + 1) !== 'on' || this.lower(t + 2) !== 'to') return -1;
    for (let k = t; k < verb; k++) if (breakAfter(this.context, k) || this.context.inQuote[k + 1]) return -1;
    return this.tag(verb) === Pos.VERB && SPEECH_LEMMAS.has(this.lemma(verb)) ? verb : -1;
  }

  /** "quoted as saying", "reported as telling": the gerund after "as" when token t is such a participle after "be", else -1. */
  private quotedAsSaying(t: number): number {
    if (!QUOTED_PARTICIPLES.has(this.lower(t)) || t + 2 >= this.to || this.lower(t + 1) !== 'as') return -1;
    const gerund = t + 2;
    if (breakAfter(this.context, t) || breakAfter(this.context, t + 1) || this.context.inQuote[gerund]) return -1;
    if (!this.lower(gerund).endsWith('ing') || !SPEECH_LEMMAS.has(this.lemma(gerund))) return -1;
    let be = t - 1;
    while (be > this.from && this.tag(be) === Pos.ADV && !breakAfter(this.context, be)) be--;
    return be >= this.from && this.isPassiveMarker(be) && this.lower(be) !== 'to' ? gerund : -1;
  }

  /**
   * "It was pointed out by Jo Roe that …", "it has been claimed by the union that …": a dummy "it" before the passive of
   * a speech verb, whose agent after "by" is the speaker: the agent's tokens (up to "that", a break or a quote), else null.
   */
  private passiveAgent(be: number, verbLast: number): [number, number] | null {
    const by = verbLast + 1;
    if (by + 1 >= this.to || this.lower(by) !== 'by' || breakAfter(this.context, verbLast) || breakAfter(this.context, by)) return null;
    let it = be - 1;
    while (it >= this.from && !breakAfter(this.context, it) && (this.isFiller(it) || this.isPassiveMarker(it))) it--;
    if (it < this.from || !((this.lower(it) === 'it' && this.startsClause(it)) || this.opensWithPlainSubject(it))) return null;
    let last = by + 1;
    while (
      last + 1 < this.to &&
      last - by < MAX_SPEAKER_TOKENS &&
      !breakAfter(this.context, last) &&
      !this.context.inQuote[last + 1] &&
      this.lower(last + 1) !== 'that'
    )
      last++;
    // "It was announced by the council last month that …": the time after the agent says when, not who.
    const time = this.timePhraseStartingBefore(last);
    if (time > by + 1) last = time - 1;
    return [by + 1, last];
  }

  /**
   * "A dividend of 3p a share was announced by the board": the sentence opens with a noun phrase, no verb, comma or
   * relative word in it, ending at token t (a relative clause's passive, "The plan, which was announced by X", is not the
   * sentence's frame).
   */
  private opensWithPlainSubject(t: number): boolean {
    if (!isNominal(this.tag(t))) return false;
    for (let k = t; k >= this.from; k--) {
      if (this.context.inQuote[k] || (k < t && breakAfter(this.context, k))) return false;
      const tag = this.tag(k);
      if (tag === Pos.VERB || tag === Pos.AUX || tag === Pos.PRON || tag === Pos.SCONJ || CLAUSE_OPENERS.has(this.lower(k))) return false;
    }
    return true;
  }

  /**
   * "figures released by the council under the Freedom of Information Act show", "Figures obtained from X show": the
   * owner named after the document's participle (up to the route it came out by, a time after it left out) is the subject
   * that speaks, never the law it was released under. Null when the subject ending at j is no such document.
   */
  private documentOwnerAfterParticiple(j: number, verb: number): [number, number] | null {
    for (let k = j - 2; k >= this.from && j - k < MAX_SPEAKER_TOKENS; k--) {
      if (this.context.inQuote[k] || breakAfter(this.context, k) || SPEAKER_STOP_WORDS.has(this.lower(k))) return null;
      const preposition = this.ownerPrepositionAfter(k);
      if (!this.isDocumentNoun(k, verb) || preposition === k + 1) continue;
      for (let b = k + 1; b <= preposition; b++) if (breakAfter(this.context, b)) return null;
      const first = preposition + 1;
      let last = j;
      for (let r = first + 1; r <= j; r++)
        if (RELEASE_ROUTE_PREPOSITIONS.has(this.lower(r))) {
          last = r - 1;
          break;
        }
      const time = this.timePhraseStartingBefore(last);
      if (time > first) last = time - 1;
      return first <= last ? [first, last] : null;
    }
    return null;
  }

  /**
   * "Notes of the club's rowing panel record …", "A memo from the guild's stores department warned …": a document
   * opening the subject, "of" or "from" after it and a possessive owning the part of a body the object names. The object
   * (to the subject's end, a time after it left out) speaks: the part of the body is the body. Null for any other subject
   * ("A memo from the club" goes by the subject as a whole; "Copies of a letter" names no owner).
   */
  private documentOwnedInPreposition(j: number, verb: number): [number, number] | null {
    for (let k = j - 2; k >= this.from && j - k < MAX_SPEAKER_TOKENS; k--) {
      if (this.context.inQuote[k] || breakAfter(this.context, k) || SPEAKER_STOP_WORDS.has(this.lower(k))) return null;
      if (!this.isDocumentNoun(k, verb)) continue;
      const preposition = k + 1;
      if (!DOCUMENT_OWNER_LINKS.has(this.lower(preposition))) return null;
      // (the document opens the subject: "Notes of …", "A leaked memo from …")
      let opener = k - 1;
      while (opener >= this.from && !breakAfter(this.context, opener) && (this.tag(opener) === Pos.DET || this.tag(opener) === Pos.ADJ))
        opener--;
      if (opener >= this.from && !breakAfter(this.context, opener)) return null;
      const first = preposition + 1;
      let last = j;
      const time = this.timePhraseStartingBefore(last);
      if (time > first) last = time - 1;
      // (an organisation noun's possessive, "the council's", which the attribution resolves to the body named before;
      // "Orlwick's rowing panel" is read whole, as a name, by the subject's own rules)
      // "A notice from the warden's office", "from the haulier's depot office": a post's or a kind of body's
      // possessive in lower case owning a body's part speaks as that part does, which the subject's rules resolve.
      let owned = false;
      for (let r = first; r < last && !owned; r++) {
        const word = this.lower(r);
        owned =
          endsWithPossessiveS(word) &&
          isOrganisationNounAt(this.context, last) &&
          (ORGANISATION_NOUNS.has(withoutPossessiveS(word)) || (!this.token(r).capitalised && (this.context.entityOf[r] as number) < 0));
      }
      return owned ? [first, last] : null;
    }
    return null;
  }

  /** "argued over / about / with …", "argued for almost three hours": the verb tells of a dispute and reports no claim. */
  private quarrelWithoutClaim(t: number): boolean {
    if (t + 1 >= this.to || breakAfter(this.context, t)) return false;
    const next = this.lower(t + 1);
    if (QUARREL_PREPOSITIONS.has(next)) return true;
    if (next !== 'for') return false;
    for (let k = t + 2; k < this.to && k <= t + 1 + MAX_TIME_BEFORE_THAT && !breakAfter(this.context, k - 1); k++)
      if (TIME_UNITS.has(this.lower(k))) return true;
    return false;
  }

  /**
   * "Inspectors found", "Auditors have identified", "Investigators also found": the plural of a noun for staff whose work
   * is finding things out (`STAFF_WORK`) opening the clause right before the verb (past auxiliaries and adverbs).
   */
  private staffSubjectBefore(t: number): boolean {
    if (t <= this.from) return false;
    let k = t - 1;
    while (k > this.from && (this.tag(k) === Pos.AUX || this.tag(k) === Pos.ADV) && !breakAfter(this.context, k - 1)) k--;
    if (this.opensStaffSubject(k)) return true;
    // "Investigators from the X Office found no fault", "Inspectors at the agency found mould": the staff noun before
    // a preposition naming their body, the body's phrase (names, nouns, determiners, possessives) up to the verb.
    for (let j = k; j > this.from && k - j < MAX_SPEAKER_TOKENS; j--) {
      if (this.context.inQuote[j] || (j < k && breakAfter(this.context, j))) return false;
      if (STAFF_BODY_PREPOSITIONS.has(this.lower(j))) return j - 1 >= this.from && this.opensStaffSubject(j - 1);
      const tag = this.tag(j);
      const nominal = tag === Pos.DET || tag === Pos.PROPN || tag === Pos.NOUN || tag === Pos.ADJ || tag === Pos.PART || tag === Pos.CCONJ;
      // (a name's words whatever wink tags them: "Grants" of "X Grants Office" read as a verb)
      if (!nominal && this.entityAt(j)?.type !== 'organisation') return false;
    }
    return false;
  }

  /** Token k is the plural of a staff noun of `STAFF_WORK` ("inspectors") opening its clause or after a determiner. */
  private opensStaffSubject(k: number): boolean {
    const word = this.lower(k);
    if (!word.endsWith('s') || !STAFF_WORK.has(word.slice(0, -1))) return false;
    return k === this.from || breakAfter(this.context, k - 1) || DETERMINERS.has(this.lower(k - 1));
  }

  /**
   * "found that …", "found in January that …", "has found over the past year that …": the verb's that-clause, after a
   * short time phrase at most.
   */
  private thatClauseFollows(t: number): boolean {
    let limit = t + 1 + MAX_TIME_BEFORE_THAT;
    for (let k = t + 1; k < this.to && k <= limit; k++) {
      if (breakAfter(this.context, k - 1) || this.context.inQuote[k]) return false;
      const word = this.lower(k);
      if (word === 'that') return true;
      // "found in an audit this spring that …", "concluded in its annual review that …": the document the finding was
      // set out in, then a time phrase at most.
      const document = word === 'in' ? this.documentPhraseEnd(k + 1) : -1;
      if (document > k) {
        k = document;
        limit = document + 1 + MAX_TIME_BEFORE_THAT;
        continue;
      }
      if (!this.isTimeWord(k)) return false;
    }
    return false;
  }

  /**
   * The last token of a short document phrase starting at k: a determiner or possessive pronoun, at most
   * `MAX_DOCUMENT_PHRASE_MODIFIERS` adjectives or nouns, then a document's or an inquiry's noun ("a report", "its annual
   * review", "a 2023 inspection"); -1 when none starts there.
   */
  private documentPhraseEnd(k: number): number {
    if (k >= this.to || !(DETERMINERS.has(this.lower(k)) || this.tag(k) === Pos.DET)) return -1;
    for (let j = k + 1; j < this.to && j <= k + 1 + MAX_DOCUMENT_PHRASE_MODIFIERS; j++) {
      if (breakAfter(this.context, j - 1) || this.context.inQuote[j]) return -1;
      const word = this.lower(j);
      if (DOCUMENT_NOUNS.has(word) || INQUIRY_NOUNS.has(word)) return j;
      const tag = this.tag(j);
      if (tag !== Pos.ADJ && tag !== Pos.NOUN && tag !== Pos.NUM) return -1;
    }
    return -1;
  }

  /** A word of a time phrase: "in", "last", "the", "past", "2024", "January", "Monday", "year", "earlier". */
  private isTimeWord(k: number): boolean {
    const word = this.lower(k);
    const tag = this.tag(k);
    if (tag === Pos.ADP || tag === Pos.DET || tag === Pos.NUM) return true;
    return (
      MONTHS.has(word) || WEEKDAYS.has(word) || TIME_UNITS.has(word) || TIME_MODIFIERS.has(word) || TIME_WORDS.has(word) || word === 'also'
    );
  }

  /**
   * "…, the environment watchdog has found.", "…, inspectors found.": a finding verb that ends the sentence, its subject
   * opening a clause after a comma, reports what goes before it.
   */
  private closesTrailingClause(t: number): boolean {
    if (t !== this.to - 1 || this.context.inQuote[t]) return false;
    for (let k = t - 1; k >= this.from && k >= t - MAX_SPEAKER_TOKENS; k--) {
      if (this.context.inQuote[k]) return false;
      if (breakAfter(this.context, k)) return k < t - 1;
    }
    return false;
  }

  /**
   * A verb of saying by wink-nlp's tag and lemma ("insists", "tweeted"). wink reads an "-s" or
   * "-ed" form right after a noun as a plural noun or an adjective when the word can be one
   * ("the official claims that", "the bureau estimates 4,000", "X alleged that"): such a word
   * is the verb when what follows opens its object (that, a determiner, a number, a pronoun)
   * or nothing does (a break, a quote, the end); "media reports say" stays a noun before a verb.
   * German verbs are known by their written forms: the model is English.
   */
  private isSpeechVerb(t: number): boolean {
    if (isTaggedSpeechVerb(this.context, t)) return true;
    const token = this.token(t);
    const tag = this.tag(t);
    if ((tag !== Pos.NOUN && tag !== Pos.ADJ) || token.capitalised) return false;
    // "The police strongly contested that account": an adverb may stand between the subject and the verb.
    let before = t - 1;
    while (before > this.from && this.tag(before) === Pos.ADV && !breakAfter(this.context, before)) before--;
    // "Drew said ratepayers could not …": wink reads "said" after a surname it tags a verb as the adjective of "the said
    // ratepayers" (lemma "said"); a person's name right before takes no such adjective.
    const afterPerson = before >= this.from && this.isPersonToken(before) && !this.lower(before).endsWith("'s");
    if (!SPEECH_LEMMAS.has(this.lemma(t)) && !(afterPerson && t === before + 1 && REPORTING_VERBS.has(token.lower))) return false;
    // "Jane Doe's claims that …" are a noun after a possessive.
    if (before < this.from || !this.isNominalAt(before) || this.lower(before).endsWith("'s")) return false;
    // "NAME, the loss adjusters, estimates the cost at …": after the comma closing an apposition, only with its object.
    const afterApposition = breakAfter(this.context, before);
    if (afterApposition && this.context.text.slice(this.token(before).end, token.start).trim() !== ',') return false;
    if (afterApposition) return !this.endsClause(t) && this.opensObjectOrEnds(t);
    return this.opensObjectOrEnds(t) || afterPerson || this.closesClauseBeforeAdjuncts(t);
  }

  /**
   * "…, inspectors alleged at the hearing on Monday.": the word at t closes a trailing clause that a comma opens, and only
   * adjuncts follow it to the sentence's end (a preposition or a word of time first, no verb, no that-clause, no break).
   */
  private closesClauseBeforeAdjuncts(t: number): boolean {
    if (t + 1 >= this.to || this.context.inQuote[t] || (this.tag(t + 1) !== Pos.ADP && !this.isTimeWord(t + 1))) return false;
    for (let k = t + 1; k < this.to; k++) {
      const tag = this.tag(k);
      if (this.context.inQuote[k] || tag === Pos.VERB || tag === Pos.AUX || tag === Pos.SCONJ || this.lower(k) === 'that') return false;
      if (k < this.to - 1 && breakAfter(this.context, k)) return false;
    }
    for (let k = t - 1; k >= this.from && k >= t - MAX_SPEAKER_TOKENS; k--) {
      if (this.context.inQuote[k]) return false;
      if (breakAfter(this.context, k))
        return k < t - 1 && this.context.text.slice(this.token(k).end, this.token(k + 1).start).trim() === ',';
    }
    return false;
  }

  /** Nothing follows the word at t in its clause (a break, a quote, the end). */
  private endsClause(t: number): boolean {
    return t + 1 >= this.to || breakAfter(this.context, t) || (this.context.inQuote[t + 1] as number) > 0;
  }

  /** What follows the word at t opens its object (that, a determiner, a number, a pronoun), or nothing does. */
  private opensObjectOrEnds(t: number): boolean {
    if (this.endsClause(t)) return true;
    const nextTag = this.tag(t + 1);
    if (nextTag === Pos.DET || nextTag === Pos.NUM || nextTag === Pos.PRON || nextTag === Pos.SCONJ || this.lower(t + 1) === 'that')
      return true;
    // "claim nearly 2,000 homes …", "estimate about 300": an approximation opening a figure opens the object too.
    return (
      (nextTag === Pos.ADV || APPROXIMATING_PREPOSITIONS.has(this.lower(t + 1))) &&
      t + 2 < this.to &&
      !breakAfter(this.context, t + 1) &&
      this.tag(t + 2) === Pos.NUM
    );
  }

  /**
   * Whether "the report", "its survey" (adverbs between) is the subject right before the verb at t, a document the last
   * two sentences named ("according to a report by X. The report counted …"): one never named is nobody's finding.
   */
  private documentSubjectBefore(t: number, notJustNamed = false): boolean {
    let noun = t - 1;
    while (noun > this.from && this.tag(noun) === Pos.ADV && !breakAfter(this.context, noun)) noun--;
    if (noun - 1 < this.from || !DOCUMENT_NOUNS.has(this.lower(noun)) || breakAfter(this.context, noun)) return false;
    // ("its annual report shows", "the society's accounts show" go by ownedDocumentBefore: adjectives and nouns between)
    let determiner = noun - 1;
    while (determiner > this.from && noun - determiner <= MAX_DOCUMENT_MODIFIERS && this.modifiesDocument(determiner)) determiner--;
    const opener = this.lower(determiner);
    if (!DOCUMENT_DETERMINERS.has(opener) || breakAfter(this.context, determiner)) return false;
    // "its annual report shows": the organisation "its" stands for owns it, named before or not at all.
    if (opener === 'its' || opener === 'their') return true;
    // "The report gives …" eight sentences after "its annual report shows": a document the text named before, anywhere.
    const named = lastWordBefore(this.context, this.lower(noun), this.from);
    // ("…, according to its annual report. The accounts show …": one of the papers of a document the last two sentences
    // named under another noun; whose it is, the attribution decides)
    // ("The X Inspectorate inspected the home in May. The report rated it poor.": the report of that inspection, whose
    // owner the attribution reads from the sentence before)
    if (named < 0) return opener === 'the' && (this.documentNamedRecently() || this.inspectionTold());
    if (!notJustNamed || named < this.recentFrom) return true;
    // "…, figures released by X show. ¶ … , the figures show.": closing its sentence, the verb whatever wink's tag, of a
    // document just named with its owner ("figures from X", "a report by X").
    return this.closesTrailingClause(t) && this.ownerNamedAfterDocument(named);
  }

  /** Whether the sentence before this one tells of an inspection, an audit or a review outside quotes (a verb of `INSPECTING_LEMMAS`). */
  private inspectionTold(): boolean {
    for (let k = this.previousFrom; k < this.from; k++)
      if (!this.context.inQuote[k] && this.tag(k) === Pos.VERB && INSPECTING_LEMMAS.has(this.lemma(k))) return true;
    return false;
  }

  /** Whether the two sentences before this one name a document outside quotes ("its annual report", "the statistics"). */
  private documentNamedRecently(): boolean {
    for (let k = this.recentFrom; k < this.from; k++) if (!this.context.inQuote[k] && DOCUMENT_NOUNS.has(this.lower(k))) return true;
    return false;
  }

  /** The document noun at k is followed by its owner: "figures from X", "a report by X", "figures released by X". */
  private ownerNamedAfterDocument(k: number): boolean {
    const preposition = this.ownerPrepositionAfter(k);
    return OWNER_PREPOSITIONS.has(this.lower(preposition)) && this.tag(preposition + 1) !== Pos.NUM;
  }

  /**
   * Where the preposition naming the owner of the document noun at k would be: after its participle ("figures released
   * by", "surveys carried out by"), else right after it ("figures from").
   */
  private ownerPrepositionAfter(k: number): number {
    if (k + 2 >= this.to || this.tag(k + 1) !== Pos.VERB) return k + 1;
    const preposition = this.lower(k + 2) === 'out' ? k + 3 : k + 2;
    return preposition < this.to && PARTICIPLE_OWNER_PREPOSITIONS.has(this.lower(preposition)) ? preposition : k + 1;
  }

  /**
   * Whether the subject right before the verb at t (adverbs and auxiliaries between) is a document its owner's name
   * goes with: "the Millers' Federation's data show", "figures from the X Agency show", "records held by the
   * department show", "a report by X found". Its findings are the owner's ("the figures show" alone is nobody's).
   */
  private ownedDocumentBefore(t: number): boolean {
    let j = t - 1;
    while (j > this.from && (this.tag(j) === Pos.ADV || this.tag(j) === Pos.AUX) && !breakAfter(this.context, j)) j--;
    // ("A report by X in 2022 found": the year after the owner)
    const time = this.timePhraseStartingBefore(j);
    if (time > this.from) j = time - 1;
    // ("Accounts filed by the operator, NAME Ltd, show": the owner's name in apposition)
    if (this.entityAt(j)?.type === 'organisation' && this.documentOwnerNamedInApposition(j, t)) return true;
    for (let k = j; k >= this.from && j - k < MAX_SPEAKER_TOKENS; k--) {
      if (this.context.inQuote[k] || SPEAKER_STOP_WORDS.has(this.lower(k)) || (k < j && this.breaksName(k))) return false;
      if (!this.isDocumentNoun(k, t) || breakAfter(this.context, k)) continue;
      // ("the council's traffic survey": modifiers between the owner and the document)
      let owner = k - 1;
      while (owner > this.from && k - owner <= MAX_DOCUMENT_MODIFIERS && this.modifiesDocument(owner)) owner--;
      if (owner >= this.from && /(?:'s|s')$/u.test(this.lower(owner)) && !breakAfter(this.context, owner)) return true;
      // ("League records show", "Environment Agency figures show", "council records show": the body's name or noun
      // modifying its document)
      if (owner >= this.from && owner < k && !breakAfter(this.context, owner) && this.namesBodyAt(owner)) return true;
      // ("figures from X", "a report by X", "records held by X"; not "a report from 2023")
      const preposition = this.ownerPrepositionAfter(k);
      if (
        preposition < j &&
        OWNER_PREPOSITIONS.has(this.lower(preposition)) &&
        !breakAfter(this.context, preposition) &&
        this.tag(preposition + 1) !== Pos.NUM
      )
        return true;
    }
    return false;
  }

  /** Token k is an organisation noun ("council") or the last word of an organisation's name ("Agency" of "X Agency"). */
  private namesBodyAt(k: number): boolean {
    return ORGANISATION_NOUNS.has(this.lower(k)) || this.entityAt(k)?.type === 'organisation';
  }

  /**
   * A word between a document's owner and the document: an adjective or a noun ("traffic", "annual", "own"). "The
   * company's own figures show" is the company's figure, whoever turns it against the company: a fact-checker checks it
   * with the company (the corpus's convention since branch attr-doc1).
   */
  private modifiesDocument(k: number): boolean {
    if (breakAfter(this.context, k) || /(?:'s|s')$/u.test(this.lower(k))) return false;
    const tag = this.tag(k);
    return tag === Pos.ADJ || tag === Pos.NOUN;
  }

  private verbCue(verb: number, verbLast: number): Cue | null {
    // Skip adverbs and auxiliaries ("also", "has", "would"); give up on passives ("had been asked") and infinitives ("declined to say").
    let j = verb - 1;
    // "The ministry declined to comment", "A spokeswoman refused to say": declining to comment is the subject's own
    // statement (never a denial, see saysNoComment), the subject before "declined".
    if (this.declinesTo(j, verb)) j -= 2;
    // "The airline did not dispute the figures": not disputing a claim is accepting it, a statement of the subject's.
    const negated = AGREEING_WHEN_NEGATED.has(this.lemma(verb));
    // "X is claiming £2m": the progressive's "is" before a sum pursued (`statesOwnAct`).
    if (
      j >= this.from &&
      this.lemma(j) === 'be' &&
      this.tag(j) === Pos.AUX &&
      CLAIMING_LEMMAS.has(this.lemma(verb)) &&
      this.lower(verb).endsWith('ing')
    )
      j--;
    while (
      j >= this.from &&
      !this.context.inQuote[j] &&
      !breakAfter(this.context, j) &&
      (this.isFiller(j) || (negated && NEGATIONS.has(this.lower(j)) && j - 1 >= this.from && this.tag(j - 1) === Pos.AUX))
    ) {
      // "Hauliers must report every crash", "The ministry will announce the figures": an obligation or a future, nothing said yet.
      if (this.tag(j) === Pos.AUX && UNREPORTING_MODALS.has(this.lower(j))) return null;
      j--;
    }
    // "X was quoted as saying", "X has been reported as saying": the passive's auxiliaries stand between subject and verb.
    if (verbLast > verb && this.lower(verbLast - 1) === 'as')
      while (
        j >= this.from &&
        !this.context.inQuote[j] &&
        !breakAfter(this.context, j) &&
        (this.isFiller(j) || (this.isPassiveMarker(j) && this.lower(j) !== 'to'))
      )
        j--;
    // "X, the country's largest grocer, on Wednesday denied", "X last week rejected": a time phrase before the verb.
    // (after the subject or its apposition, not a participle's: "a rival app launched last year, said")
    const time = this.timePhraseStartingBefore(j);
    if (time > this.from && (breakAfter(this.context, time - 1) || isNominal(this.tag(time - 1)))) {
      j = time - 1;
      while (j >= this.from && !this.context.inQuote[j] && !breakAfter(this.context, j) && this.isFiller(j)) j--;
    }
    // "Jane Doe (Labour, Westford) said", "Sen. Jane Doe (D-Ohio) said": a bracketed party or seat between
    // the name and its verb belongs to the subject; the name before the bracket is where the subject ends.
    const bracketed = this.bracketBefore(j);
    if (bracketed !== null) {
      const subject = this.subjectEndingAt(bracketed);
      if (subject) return this.verbCueOf([subject[0], j], null, false, verb, verbLast);
    }
    // "Officials there said": "there" after the subject's noun says where they are (the organisation just named), not who.
    if (
      j - 1 >= this.from &&
      this.lower(j) === 'there' &&
      !this.context.inQuote[j - 1] &&
      !breakAfter(this.context, j) &&
      !breakAfter(this.context, j - 1) &&
      this.isNominalAt(j - 1)
    )
      j--;
    const adjacent = j >= this.from && !this.context.inQuote[j] && !breakAfter(this.context, j);
    if (adjacent && this.isPassiveMarker(j)) {
      // "It was pointed out by Jo Roe that …": the agent of the passive speaks.
      const agent = this.lower(j) === 'to' ? null : this.passiveAgent(j, verbLast);
      return agent ? this.verbCueOf(agent, null, true, verb, verbLast) : null;
    }
    if (adjacent && this.tag(j) === Pos.DET) return null;

    let agent: [number, number] | null = null;
    let inverted = false;
    let named: Actor | null = null;
    if (adjacent && this.lower(j) === 'and' && this.tag(j) === Pos.CCONJ) {
      // The clause is "and said" alone: the words between the subject and it are the sentence's own claim.
      const subject = this.coordinatedSubject(j);
      return subject ? this.verbCueOf(subject, null, false, verb, verbLast, j) : null;
    }
    if (adjacent && this.lower(j) === 'who') {
      agent = this.antecedentOf(j);
      // "…,” said Jane Roe, the trust's director, who wrote the report": a relative clause describing the speaker
      // just named says how she is known, not who speaks.
      if (agent && agent[1] <= this.invertedSpeakerEnd) return null;
    } else if (adjacent)
      agent =
        this.documentOwnerAfterParticiple(j, verb) ??
        this.documentOwnedInPreposition(j, verb) ??
        this.withoutPlaceAfterHead(this.subjectEndingAt(j));
    else if (j >= this.from && !this.context.inQuote[j]) {
      const organisation =
        this.organisationBesideApposition(j, verbLast) ?? this.documentByAuthors(j) ?? this.documentOwnerNamedInApposition(j, verb);
      if (organisation) [agent, named] = organisation;
      else agent = this.interruptedSubject(j);
    }
    // ("Asked by Jo Roe whether …, she says": a passive participle's agent asked; it is no inverted speaker)
    if (!agent && this.isInvertible(verb) && this.startsClause(verb) && verbLast + 1 < this.to && this.lower(verbLast + 1) !== 'by') {
      agent = this.invertedSubject(verbLast + 1);
      inverted = agent !== null;
    }
    if (!agent) return null;
    return this.verbCueOf(agent, named, inverted, verb, verbLast);
  }

  private verbCueOf(
    agent: [number, number],
    named: Actor | null,
    inverted: boolean,
    verb: number,
    verbLast: number,
    clauseFirst?: number,
  ): Cue | null {
    const outlet = this.outletAfter(verbLast) ?? this.frontedOutlet(agent[0]) ?? this.outletOfAside(agent[0], verb);
    // "She spoke to Deutsche Welle in March": an outlet as the addressee is the channel of what follows.
    if (!outlet && !inverted && agent[0] === this.from && this.onlyAddresseeFollows(verbLast)) return null;
    const actor =
      named ?? parseSpeakerPhrase(this.context, agent[0], agent[1], this.profiles, this.countries) ?? this.thingNamed(agent, verbLast);
    if (!actor) return outlet && !inverted ? this.outsidersTelling(agent, verb, verbLast, outlet) : null;
    // "Volunteers counted 300 birds", "She recorded 9.8 seconds": a figure counted is a body's report, not a person's;
    // "She gave an 80 percent chance" is a person's guess, reported by a verb of saying when it is one.
    // ("The shelter's vets treated 40 dogs", "Brokers at X lowered their target": a body's people doing its work do its act)
    const ownAct = this.tag(verb) === Pos.VERB && this.statesOwnAct(verb);
    if (
      (COUNTING_LEMMAS.has(this.lemma(verb)) || (STATING_ACT_LEMMAS.has(this.lemma(verb)) && this.statesJudgement(verb)) || ownAct) &&
      !isOrganisationActor(actor) &&
      !(ownAct && isStaffOfBody(actor, this.ownedPhrase(agent))) &&
      !this.documentSubjectBefore(verb) &&
      !this.ownedDocumentBefore(verb)
    )
      return null;
    const first = clauseFirst ?? Math.min(agent[0], verb);
    const last = Math.max(agent[1], verbLast);
    const trailing = this.startsClause(inverted ? verb : agent[0]) && this.endsSentence(inverted ? agent[1] : verbLast);
    const cue = this.cueOver('verb', first, last, actor, trailing, outlet);
    if (!inverted && (this.ownedDocumentBefore(verb) || this.documentSubjectBefore(verb))) cue.document = true;
    return cue;
  }

  /** "Its wardens", "the shelter's vets", "Kelby's inspectors": "its" or a possessive before the head of the phrase. */
  private ownedPhrase(agent: [number, number]): boolean {
    for (let k = agent[0]; k < agent[1]; k++) {
      const lower = this.lower(k);
      if (lower === 'its' || endsWithPossessiveS(lower) || isApostrophe(lower.charCodeAt(lower.length - 1))) return true;
    }
    return false;
  }

  /** "Their competitors told the paper …", "Dock workers told the paper …": outsiders of a body or a group of people with no name are no source, but spoke through the medium they told. */
  private outsidersTelling(agent: [number, number], verb: number, verbLast: number, outlet: Actor): Cue | null {
    if (!TELLING_LEMMAS.has(this.lemma(verb))) return null;
    if (!namesOutsidersOfOwner(this.context, agent[0], agent[1]) && !this.unnamedGroup(agent)) return null;
    return this.cueOver('verb', Math.min(agent[0], verb), Math.max(agent[1], verbLast), outlet, false, outlet);
  }

  /** "Fishermen", "Some commuters", "Many older residents": a short plural of people with no name among its words. */
  private unnamedGroup(agent: [number, number]): boolean {
    if (agent[1] - agent[0] > 3 || !isPluralOfPersonNoun(this.lower(agent[1]))) return false;
    for (let t = agent[0]; t <= agent[1]; t++) if ((this.context.entityOf[t] as number) >= 0) return false;
    return true;
  }

  /**
   * The token before a bracket that closes right after token j and opens, in the same sentence
   * and outside quotes, right after a person's name ("Jane Doe (Labour, Westford)") or right after an organisation's
   * name with its acronym alone inside ("officials of the Pollution Control Board (PCB)"); else null.
   */
  private bracketBefore(j: number): number | null {
    if (j < this.from || j + 1 >= this.to || this.context.inQuote[j]) return null;
    const text = this.context.text;
    if (!/^\s*\)\s*$/.test(text.slice(this.token(j).end, this.token(j + 1).start))) return null;
    for (let t = j; t > this.from && j - t < MAX_SPEAKER_TOKENS; t--) {
      if (this.context.inQuote[t - 1]) return null;
      const gap = text.slice(this.token(t - 1).end, this.token(t).start);
      if (gap.includes(')')) return null;
      if (/^\s*\($/.test(gap)) return this.isPersonToken(t - 1) || this.acronymAfterOrganisation(t - 1, t, j) ? t - 1 : null;
    }
    return null;
  }

  /** Whether tokens[first, last] are the acronym ("PCB") of the organisation's name ending at `nameLast`, in brackets after it. */
  private acronymAfterOrganisation(nameLast: number, first: number, last: number): boolean {
    const entity = this.entityAt(nameLast);
    return (
      first === last &&
      entity?.type === 'organisation' &&
      entity.end === this.token(nameLast).end &&
      introducedAcronym(this.context.text, entity.end, entity.text) === this.token(first).text
    );
  }

  /**
   * The noun phrase ending at token j, chunked by wink-nlp's tags: determiners, possessive
   * pronouns, adjectives, nouns, proper nouns and numbers, joined by a preposition to the noun
   * before it ("the head of the agency", "researchers at the university") or by "and" ("X and
   * Y"). A word inside a name the entity finder found belongs to the phrase whatever wink's tag
   * (wink tags "Will" or "May" in a name as a verb). A participle after the head ("commuters
   * interviewed at the station said") makes the noun before it the speaker.
   */
  private subjectEndingAt(j: number): [number, number] | null {
    let k = j;
    while (k - 1 >= this.from && j - k + 1 < MAX_SPEAKER_TOKENS && this.continuesPhraseBack(k - 1)) k--;
    const participle = k - 2;
    if (
      participle - 1 >= this.from &&
      this.tag(k - 1) === Pos.ADP &&
      this.tag(participle) === Pos.VERB &&
      /(?:ed|en|ing)$/.test(this.lower(participle)) &&
      !breakAfter(this.context, participle) &&
      !breakAfter(this.context, participle - 1) &&
      this.isNominalAt(participle - 1)
    ) {
      return this.subjectEndingAt(participle - 1);
    }
    // "The union representing the dockers said": a present participle with its object after the head.
    const gerund = k - 1;
    if (
      gerund - 1 >= this.from &&
      this.tag(gerund) === Pos.VERB &&
      this.lower(gerund).endsWith('ing') &&
      this.tag(k) === Pos.DET &&
      !breakAfter(this.context, gerund) &&
      !breakAfter(this.context, gerund - 1) &&
      this.isNominalAt(gerund - 1)
    ) {
      return this.subjectEndingAt(gerund - 1);
    }
    return [k, j];
  }

  /**
   * Whether tokens[first, last] are a name (capitalised, no person's) set beside a place described by the phrase ending at
   * `before`: "in the provincial capital", "in the city's east end" (a locative preposition, a determiner or
   * possessive, a common noun heading it).
   */
  private namesPlaceDescribedBefore(first: number, last: number, before: number): boolean {
    // ("Nurses at X in the county town, NAME, said": people speaking together are no one person the name could be)
    const subject = this.subjectEndingAt(before);
    const group = subject !== null && isPluralOfPersonNoun(this.lower(subject[0]));
    for (let t = first; t <= last; t++) if (!this.token(t).capitalised || (this.isPersonToken(t) && !group)) return false;
    if (this.token(before).capitalised || this.tag(before) !== Pos.NOUN) return false;
    for (let k = before - 1; k >= this.from && before - k <= MAX_PLACE_DESCRIPTION; k--) {
      if (breakAfter(this.context, k)) return false;
      if (PLACE_PREPOSITIONS.has(this.lower(k))) return k + 1 < before && (this.tag(k + 1) === Pos.DET || this.lower(k + 1).endsWith("'s"));
    }
    return false;
  }

  /**
   * "A fishmonger on Quay Row said": a name after "on", "in" or "at" that follows a common noun
   * is where the speaker is, not who speaks (the entity finder may read a street as a person).
   */
  private withoutPlaceAfterHead(subject: [number, number] | null): [number, number] | null {
    if (!subject) return null;
    const [first, last] = subject;
    // "Farmers near Tessin said", "Residents of Kessa said", "relatives of Jane Roe said": the phrase stopped at a
    // preposition after a common noun; the name after it is where or whose the speakers are, and they are the noun.
    const preposition = first - 1;
    if (
      preposition - 1 >= this.from &&
      !this.describesBodyOf(preposition) &&
      (PLACE_PREPOSITIONS.has(this.lower(preposition)) || this.lower(preposition) === 'of') &&
      (this.isPersonToken(first) || this.entityAt(first)?.type === 'place') &&
      !breakAfter(this.context, preposition - 1) &&
      (isNominal(this.tag(preposition - 1)) || isOrganisationNounAt(this.context, preposition - 1)) &&
      (this.context.entityOf[preposition - 1] as number) < 0
    ) {
      return this.withoutPlaceAfterHead(this.subjectEndingAt(preposition - 1));
    }
    for (let t = first + 1; t < last; t++) {
      const lower = this.lower(t);
      if (!PLACE_PREPOSITIONS.has(lower) && lower !== 'of') continue;
      const before = t - 1;
      // "Police in Harrow Bay said": wink tags a capitalised organisation noun opening the sentence as a name.
      // (a common noun opening the sentence may be tagged a name: "Residents of Kessa said")
      const noun = isNominal(this.tag(before)) || isOrganisationNounAt(this.context, before);
      if (!noun || (this.context.entityOf[before] as number) >= 0) return subject;
      if (this.describesBodyOf(t)) return subject;
      let name = t + 1;
      while (name < last && this.tag(name) === Pos.DET) name++;
      // ("Campaigners at NAME claim": the body a group works with stays in the phrase)
      const named = this.entityAt(name);
      if (named && this.context.entityOf[last] === this.context.entityOf[name] && namesGroupsBody(this.context, named, name))
        return subject;
      if (this.isPersonToken(name)) return [first, before];
      // "Parents' groups in Brockside said": a body of a place is the body ("officials in Kyiv" stay whole: its government).
      if (this.entityAt(name)?.type === 'place' && isOrganisationNounAt(this.context, before)) return [first, before];
      // "Union officials at the depot in Harwick said": a later preposition may still bring the place.
    }
    return subject;
  }

  /**
   * Whether "of" at t closes a definite description of a body by its kind ("the regional government of …", "the
   * district council of …"): the name after it is what the body governs or serves, part of its name, not where its
   * people are ("Residents of Harrowgate Fen" has no article and no body’s noun).
   */
  private describesBodyOf(t: number): boolean {
    if (this.lower(t) !== 'of' || !isOrganisationNounAt(this.context, t - 1) || breakAfter(this.context, t - 1)) return false;
    let k = t - 2;
    while (
      k >= this.from &&
      !this.token(k).capitalised &&
      (this.tag(k) === Pos.ADJ || this.tag(k) === Pos.NOUN) &&
      !breakAfter(this.context, k)
    )
      k--;
    return k < t - 2 && k >= this.from && this.lower(k) === 'the' && !breakAfter(this.context, k);
  }

  /** Whether token t, right before a noun phrase's first word, belongs to it. */
  private continuesPhraseBack(t: number): boolean {
    if (this.context.inQuote[t] || this.breaksName(t)) return false;
    if ((this.context.entityOf[t] as number) >= 0) return true;
    const lower = this.lower(t);
    if (CLAUSE_OPENERS.has(lower)) return false;
    const tag = this.tag(t);
    if (isNounPhraseWord(tag)) return true;
    if (tag === Pos.PRON) return POSSESSIVE_PRONOUNS.has(lower);
    // wink tags a modifier that can be a verb as one ("the study's lead author", "an acting director");
    // after a determiner or a possessive no finite verb can stand.
    // "NAME managing director Jane Roe": a participle between a name and a role noun is part of the job title.
    // "the company's chief operating officer": so is one after a modifier of the title.
    if (
      tag === Pos.VERB &&
      lower.endsWith('ing') &&
      isRoleNounAt(this.context, t + 1) &&
      ((this.context.entityOf[t - 1] as number) >= 0 || this.tag(t - 1) === Pos.ADJ || this.tag(t - 1) === Pos.NOUN)
    )
      return !breakAfter(this.context, t - 1);
    if (tag === Pos.VERB) return t - 1 >= this.from && !breakAfter(this.context, t - 1) && this.opensNounPhrase(t - 1);
    // "head of the agency", "Weidner and Sommer": a preposition or "and" between two nominal words.
    if ((tag === Pos.ADP && PHRASE_PREPOSITIONS.has(lower)) || (tag === Pos.CCONJ && (lower === 'and' || lower === '&'))) {
      return t - 1 >= this.from && !breakAfter(this.context, t - 1) && this.isNominalAt(t - 1);
    }
    return false;
  }

  /**
   * "the organisers X Events", "the promoters X": a determiner, a plural noun for people and an organisation's name
   * ending at token j at most (what the body is to the story, then its name).
   */
  private namedGroupOpensAt(t: number, j: number): boolean {
    const k = DETERMINERS.has(this.lower(t)) ? t + 1 : t;
    if (k >= j || this.token(k).capitalised || breakAfter(this.context, k) || !isPluralOfPersonNoun(this.lower(k))) return false;
    const entity = this.entityAt(k + 1);
    return entity?.type === 'organisation' && this.context.entityOf[j] === this.context.entityOf[k + 1];
  }

  /** "Petrova, who said …": the name before the comma. */
  private antecedentOf(who: number): [number, number] | null {
    const before = who - 1;
    if (before < this.from || !breakAfter(this.context, before) || this.context.inQuote[before]) return null;
    return this.subjectEndingAt(before);
  }

  /**
   * A subject cut off from its verb by a clause between commas:
   * "Minister Jonas Berg, who has run Norway's energy ministry since 2021, spoke …" or
   * "John Smith, a spokesman for the ministry, said …" (the apposition is kept: it holds the role).
   */
  private interruptedSubject(j: number): [number, number] | null {
    const resident = this.residentBefore(j);
    if (resident) return resident;
    const clauseFirst = this.clauseFirstBefore(j);
    if (clauseFirst < 0) return null;
    let before = clauseFirst - 1;
    if (before < this.from || this.context.inQuote[before]) return null;
    // "Jane Doe, 54, a nurse at the clinic, said": an age between commas before the apposition.
    if (clauseFirst < j && this.isAgeAfterName(before)) before--;
    const opener = this.lower(clauseFirst);
    // "A study by X, commissioned by the council, found", "Jane Roe, asked about the fees, said": a participle clause
    // between commas describes the subject before it and says nothing of who speaks.
    // (a preposition after the participle: "left the road, said NAME" is a clause of its own, its verb with an object)
    if (
      clauseFirst < j &&
      this.isPastParticiple(clauseFirst) &&
      this.tag(clauseFirst + 1) === Pos.ADP &&
      this.isNominalAt(before) &&
      !this.context.inQuote[clauseFirst]
    ) {
      return this.subjectEndingAt(before);
    }
    // "Jo Roe of X Metals, a recycler, said", "Jo Roe of the X Trust, one of the partners, said": an apposition after the
    // body a person is of describes the body; the person is the subject.
    if (DETERMINERS.has(opener) || (opener === 'one' && this.lower(clauseFirst + 1) === 'of')) {
      const subject = this.entityAt(before)?.type === 'organisation' ? this.subjectEndingAt(before) : null;
      if (subject && this.personOfBodyRun(subject[0], before)) return subject;
    }
    // "NAME, whose software …, denied": a relative clause between a subject and its verb.
    if (opener === 'who' || opener === 'which' || opener === 'whose' || opener === 'where') {
      // "Jane Roe, head of Elm School, where the tests were run, said": the clause is about the apposition's last
      // noun; the person the apposition describes is the subject.
      const subject = this.subjectEndingAt(before);
      const apposed = subject !== null && subject[0] - 1 >= this.from && breakAfter(this.context, subject[0] - 1);
      // ("The chief executive of X, Jane Roe, who …, said": the name is apposed to a role phrase ending in an organisation)
      if (apposed && (this.isPersonToken(subject[0] - 1) || this.entityAt(subject[0] - 1)?.type === 'organisation')) {
        const outer = this.interruptedSubject(before);
        if (outer) return outer;
      }
      // "X Medical Center, where she worked, said": an organisation's place clause; elsewhere "where" opens none.
      return opener === 'where' && !(subject && this.entityAt(subject[1])?.type === 'organisation') ? null : subject;
    }
    // "Jane Doe, now an opposition MP, said", "Jane Doe, then a junior engineer, said": an apposition opened by a time
    // adverb before its article or role noun describes the name before it; so does one before a state ("Jane Doe, now
    // retired in Leeds, says", "Jane Doe, now living abroad, said").
    if (
      APPOSITION_TIME_ADVERBS.has(opener) &&
      clauseFirst + 1 < j &&
      this.isPersonToken(before) &&
      (DETERMINERS.has(this.lower(clauseFirst + 1)) ||
        isRoleNounAt(this.context, clauseFirst + 1) ||
        this.tag(clauseFirst + 1) === Pos.ADJ ||
        this.tag(clauseFirst + 1) === Pos.VERB)
    ) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "Jane Doe, of the Tenants' Union, said": the organisation she is of, between commas.
    // "Jane Doe, of the organisers X Events, said": a plural noun for the people a body is made of, then its name.
    if (
      (opener === 'of' || opener === 'from') &&
      this.isPersonToken(before) &&
      (organisationOpensAt(this.context, clauseFirst + 1) || this.namedGroupOpensAt(clauseFirst + 1, j))
    ) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "Jane Doe, Harbour Trust chair, said": an organisation's name and her post in it, with no article.
    if (this.isPersonToken(before) && this.isOrganisationPost(clauseFirst, j)) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "Jane Doe, on behalf of the Tenants' Union, said": the body she speaks for, between commas.
    if (
      opener === 'on' &&
      this.lower(clauseFirst + 1) === 'behalf' &&
      this.lower(clauseFirst + 2) === 'of' &&
      this.isPersonToken(before) &&
      organisationOpensAt(this.context, clauseFirst + 3)
    ) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "Jane Doe, for the company, said", "Jane Doe, for the Crown, said": whom an advocate appears for, between commas.
    if (opener === 'for' && j - clauseFirst <= MAX_APPEARING_FOR_WORDS && this.isPersonToken(before)) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "Jane Doe, 23, from Tolbridge, said": where she comes from, between commas after her name (and age).
    if (opener === 'from' && this.isPersonToken(before)) return this.subjectEndingAt(before);
    // "Dr Roe, to his credit, has told staff", "Jane Doe, for her part, said": a short aside opening with a preposition and
    // holding a possessive pronoun, between commas after a name, says nothing of who speaks.
    if (this.isPersonAside(clauseFirst, j) && this.isPersonToken(before)) return this.subjectEndingAt(before);
    // "Jane Doe, 81, said": an age between commas.
    if (clauseFirst === j && this.tag(j) === Pos.NUM && this.isPersonToken(before)) return this.subjectEndingAt(before);
    // "Jane Doe, speaking in parliament, said", "Jane Doe, asked about the figures, said": a participle clause.
    if (this.isParticipleOpener(clauseFirst) && !this.token(clauseFirst).capitalised) {
      const subject = this.subjectEndingAt(before);
      return subject && this.startsClause(subject[0]) ? subject : null;
    }
    // "Staff at X in the provincial capital, NAME, said": a name alone between commas after a place described in the
    // subject's last phrase says which place it is; the subject is the phrase before it.
    if (this.namesPlaceDescribedBefore(clauseFirst, j, before)) return this.subjectEndingAt(before);
    // "Dr. Jane Doe, head of surgery at the hospital, said": a role opening the apposition after a name.
    // "Jane Doe, one of the trust's directors, said", "one of three founders of X": one of the holders of a role.
    // "Jane Doe, Kelby's cabinet member for planning, said": an owner's possessive, then nouns of what the role is over.
    if (
      this.isPersonToken(before) &&
      (isRoleNounAt(this.context, clauseFirst) ||
        isRoleNounAt(this.context, clauseFirst + 1) ||
        (this.isPossessiveAt(clauseFirst) && this.modifiesRoleAfter(clauseFirst + 1)) ||
        this.isOneOfRole(clauseFirst, j) ||
        this.isOwnedRole(clauseFirst, j))
    ) {
      const subject = this.subjectEndingAt(before);
      return subject ? [subject[0], j] : null;
    }
    // "the group's director, Jane Doe, said": a name alone between commas after a role phrase.
    // "…, Dr. Erika Mustermann, said", "an expert witness for the defence, retired engineer Jane Doe, said": a title or role before the name.
    // "The committee's vice-chair, Conservative MP Jane Doe, said": a party or affiliation modifying the role before the name.
    let nameFirst = clauseFirst;
    while (
      nameFirst < j &&
      !this.isPersonToken(nameFirst) &&
      (isTitleAt(this.context, nameFirst) ||
        isRoleNounAt(this.context, nameFirst) ||
        this.tag(nameFirst) === Pos.ADJ ||
        this.modifiesRoleAfter(nameFirst))
    )
      nameFirst++;
    if (
      this.isPersonToken(nameFirst) &&
      (this.context.entityOf[nameFirst] === this.context.entityOf[j] || this.isOfOrganisationAfter(nameFirst, j))
    ) {
      const subject = this.subjectEndingAt(before);
      if (
        subject &&
        (this.hasRoleNoun(subject[0], subject[1]) || this.isDescriptionHead(subject[0], this.headOf(subject[0], subject[1])))
      ) {
        return [subject[0], j];
      }
    }
    // "The 29-year-old, a former electrician, said", "The veteran, a father of three from X, said": an apposition on a
    // definite description of a person (an age, a role, a noun for people) that opens the clause; the description
    // speaks, and refers back as it would alone (the apposition's own words, a place among them, name no one).
    if (DETERMINERS.has(opener) && !this.isPersonToken(before)) {
      const subject = this.subjectEndingAt(before);
      if (subject && this.lower(subject[0]) === 'the' && subject[0] < before && this.startsClause(subject[0])) {
        const head = this.token(before);
        if (/^\d+-year-old$/u.test(head.lower) || isRoleNounAt(this.context, before) || PERSON_NOUNS.has(head.lower)) return subject;
      }
    }
    if (DETERMINERS.has(opener) && this.isPersonToken(before)) {
      const subject = this.subjectEndingAt(before);
      // "Jane Roe, who runs Elm House, a care home, said": the name before the apposition is the object of a
      // relative clause; the one "who" stands for speaks.
      const relative = subject ? this.relativeClauseBefore(subject[0]) : -1;
      if (relative >= 0) return this.antecedentOf(relative);
      return subject ? [subject[0], j] : null;
    }
    // "Officials at the X Board, the region's supplier, said": a description set beside the organisation that closes the
    // subject ("officials at X") opening the clause; the subject is the phrase before it.
    if ((DETERMINERS.has(opener) || opener === 'one') && this.entityAt(before)?.type === 'organisation') {
      // "Jane Roe, 61, a nurse at the X Centre, one of the practices in the trial, said": the second apposition
      // describes X; the person the first one describes is the subject.
      const outer = this.interruptedSubject(before);
      if (outer && this.isPersonToken(outer[0])) return outer;
      const subject = this.subjectEndingAt(before);
      // ("Jo Roe from X, a volunteer group, said": a person of the organisation the apposition describes)
      if (
        subject &&
        subject[0] < before &&
        this.startsClause(subject[0]) &&
        (isRoleNounAt(this.context, this.headOf(subject[0], subject[1])) || this.isPersonToken(subject[0]))
      )
        return subject;
    }
    return null;
  }

  /**
   * "The Bank of X kept its rate at 4 percent and said …", "Kelby Foods cut 40 jobs on Monday and said …": a speech verb
   * joined by "and" (token `and`) to the sentence's first verb shares its subject, the noun phrase opening the sentence
   * right before that verb (not a passive's: "The man was arrested and said nothing" reports no speaker of it).
   */
  private coordinatedSubject(and: number): [number, number] | null {
    for (let v = this.from + 1; v < and; v++) {
      if (this.context.inQuote[v]) return null;
      const tag = this.tag(v);
      if ((tag !== Pos.VERB && tag !== Pos.AUX) || (this.context.entityOf[v] as number) >= 0) continue;
      // A passive, a modal ("Banks must report … and …"), or a first verb that is itself the subject's statement.
      if (this.isPassiveMarker(v) || this.isPassiveMarker(v - 1) || UNREPORTING_MODALS.has(this.lower(v)) || this.speechVerbAt(v) >= 0)
        return null;
      // The "and" joins the first verb's clause, not a relative clause's ("…, who worked at X and now advises …").
      for (let k = v + 1; k < and; k++) if (CLAUSE_OPENERS.has(this.lower(k)) || this.lower(k) === 'according') return null;
      let end = v - 1;
      while (end > this.from && this.isFiller(end) && !breakAfter(this.context, end)) end--;
      if (breakAfter(this.context, end)) return null;
      const subject = this.subjectEndingAt(end);
      return subject && subject[0] === this.from ? subject : null;
    }
    return null;
  }

  /** The "who" opening a relative clause between a comma and token t ("…, who runs Elm House"), else -1. */
  private relativeClauseBefore(t: number): number {
    for (let k = t - 1; k >= this.from && t - k <= MAX_RELATIVE_OBJECT_DISTANCE; k--) {
      if (this.context.inQuote[k] || breakAfter(this.context, k)) return -1;
      if (this.lower(k) === 'who') return k;
    }
    return -1;
  }

  /**
   * Tokens [first, j] open with a name of several words in the possessive and a role: "Vessant Tankers' head of
   * chartering", "the Harbour Trust's chief engineer" (a one-word owner is read with its role already).
   */
  private isOwnedRole(first: number, j: number): boolean {
    let t = first;
    if (this.tag(t) === Pos.DET) t++;
    const index = this.context.entityOf[t] as number;
    if (index < 0) return false;
    while (t < j && this.context.entityOf[t + 1] === index) t++;
    return this.isPossessiveAt(t) && t < j && (isRoleNounAt(this.context, t + 1) || this.modifiesRoleAfter(t + 1));
  }

  /** Tokens [first, j] are an organisation's name and lower-case words ending in a role noun: "Harbour Trust chief executive". */
  private isOrganisationPost(first: number, j: number): boolean {
    const index = this.context.entityOf[first] as number;
    if (index < 0 || this.entityAt(first)?.type !== 'organisation' || !isRoleNounAt(this.context, j)) return false;
    let t = first;
    while (t < j && this.context.entityOf[t] === index) t++;
    if (t === first || t > j) return false;
    for (let k = t; k <= j; k++) if (this.token(k).capitalised || (this.context.entityOf[k] as number) >= 0) return false;
    return true;
  }

  /** "one of the founders", "one of three directors", "one of the trust's two doctors": "one of" and a role within a few words. */
  private isOneOfRole(first: number, j: number): boolean {
    if (this.lower(first) !== 'one' || this.lower(first + 1) !== 'of') return false;
    for (let t = first + 2; t <= j && t <= first + 1 + MAX_DESCRIPTOR_WORDS; t++) {
      if (breakAfter(this.context, t - 1)) return false;
      if (isRoleNounAt(this.context, t)) return true;
    }
    return false;
  }

  /**
   * "…, Jane Roe of the Green Party, said": the person's name starting at `nameFirst` is followed by a preposition and
   * the name of her organisation, which ends at token j.
   */
  private isOfOrganisationAfter(nameFirst: number, j: number): boolean {
    const index = this.context.entityOf[nameFirst] as number;
    let preposition = nameFirst;
    while (this.context.entityOf[preposition] === index) preposition++;
    return (
      preposition < j &&
      !breakAfter(this.context, preposition - 1) &&
      POST_MODIFIER_PREPOSITIONS.has(this.lower(preposition)) &&
      organisationOpensAt(this.context, preposition + 1) &&
      this.entityAt(j)?.type === 'organisation' &&
      !breakAfter(this.context, preposition)
    );
  }

  /**
   * "Jane Doe, 44, of Mill Road, Tolbridge, pleaded guilty", "Jane Doe, 67, of Market Street, said": the name before an
   * age and a residence between commas (how a court report names a defendant or a witness), a street and a town of
   * capitalised words after "of" or "from", ending at token j. The residence is where she lives, not who speaks.
   */
  private residentBefore(j: number): [number, number] | null {
    let last = j;
    for (let segment = 0; segment < MAX_RESIDENCE_SEGMENTS; segment++) {
      let first = last;
      while (first - 1 >= this.from && !breakAfter(this.context, first - 1) && last - first < MAX_RESIDENCE_WORDS) first--;
      if (first - 1 < this.from || !breakAfter(this.context, first - 1) || this.context.inQuote[first - 1]) return null;
      const opener = this.lower(first);
      const residence = opener === 'of' || opener === 'from';
      for (let t = residence ? first + 1 : first; t <= last; t++)
        if (this.context.inQuote[t] || !(this.token(t).capitalised || this.tag(t) === Pos.NUM)) return null;
      if (residence) return first + 1 <= last && this.isAgeAfterName(first - 1) ? this.subjectEndingAt(first - 2) : null;
      last = first - 1;
    }
    return null;
  }

  /** A number alone between commas right after a person's name: her age ("Jane Doe, 54, …"). */
  private isAgeAfterName(t: number): boolean {
    const name = t - 1;
    return (
      this.tag(t) === Pos.NUM &&
      breakAfter(this.context, t) &&
      name >= this.from &&
      breakAfter(this.context, name) &&
      !this.context.inQuote[name] &&
      this.isPersonToken(name)
    );
  }

  /**
   * An organisation subject cut off from its verb by a clause between commas, named by a capitalised name
   * whatever the entity finder took it for (a name with no organisation word reads like a person's):
   * - "Ferry Staff United, the union representing deckhands, said", "Bright Kettle, a food bank network, said":
   *   an apposition whose head noun is an organisation's;
   * - "Tavrin, which makes tiles, said": "which" stands for a thing, not a person;
   * - "The grain company, Oskeld Milling, said", "The bakers' union, Flour Hands Together, said": a name
   *   in apposition to an organisation noun, or an organisation's name in apposition to any description
   *   ("the biggest tile maker in the north, Kelso Ceramics").
   * Returns the subject's span and the organisation speaking, or null.
   */
  /**
   * "The report, by researchers at X, found …", "A study, by X, shows …": a document opening the clause with its authors
   * between commas after it; the authors speak through it. Returns the subject's span and the authors' phrase, or null.
   */
  private documentByAuthors(j: number): [[number, number], Actor] | null {
    const clauseFirst = this.clauseFirstBefore(j);
    if (clauseFirst < 0) return null;
    const before = clauseFirst - 1;
    // ("The survey, carried out by X for the council, concluded": a participle of making the document before "by")
    let by = clauseFirst;
    if (AUTHORING_PARTICIPLES.has(this.lower(by))) {
      by += this.lower(by + 1) === 'out' ? 2 : 1;
      // ("published on Monday by X": a time phrase between the participle and its agent)
      for (const from = by; by < j && by - from < MAX_TIME_BEFORE_THAT && this.lower(by) !== 'by' && this.isTimeWord(by);) by++;
    }
    if (this.lower(by) !== 'by' || by + 1 > j || before < this.from || this.context.inQuote[before]) return null;
    // ("The audit, by X, found": a piece of finding-out work with its authors is their document)
    if (!(this.isDocumentNoun(before, j + 1) || INQUIRY_NOUNS.has(this.lower(before))) || !breakAfter(this.context, before)) return null;
    const subject = this.subjectEndingAt(before);
    if (!subject || !this.startsClause(subject[0])) return null;
    // (the authors end before "for" or "on behalf of" naming whom the document was made for)
    // (and before "after a three-day visit", "in November": what the authors did and when, no part of their name)
    let authorsLast = j;
    for (let k = by + 2; k <= j; k++)
      if (
        (this.context.entityOf[k] as number) < 0 &&
        (this.lower(k) === 'for' ||
          AFTER_AUTHORS_PREPOSITIONS.has(this.lower(k)) ||
          (this.tag(k) === Pos.ADP &&
            k < j &&
            (MONTHS.has(this.lower(k + 1)) || WEEKDAYS.has(this.lower(k + 1)) || this.tag(k + 1) === Pos.NUM)))
      ) {
        authorsLast = k - 1;
        break;
      }
    const authors = parseSpeakerPhrase(this.context, by + 1, authorsLast, this.profiles, this.countries);
    return authors ? [[subject[0], j], authors] : null;
  }

  /**
   * "Accounts filed by the bridge operator, NAME Ltd, show …": a document's owner named after its participle and "by", its
   * name in apposition after it; the named organisation speaks through the document. Null for any other subject.
   */
  private documentOwnerNamedInApposition(j: number, verb: number): [[number, number], Actor] | null {
    const clauseFirst = this.clauseFirstBefore(j);
    const before = clauseFirst - 1;
    if (clauseFirst < 0 || before < this.from || this.context.inQuote[before] || !breakAfter(this.context, before)) return null;
    const nameFirst = this.nameRunEndingAt(j);
    const nameStart = DETERMINERS.has(this.lower(clauseFirst)) ? clauseFirst + 1 : clauseFirst;
    if (nameFirst !== nameStart || this.entityAt(j)?.type !== 'organisation') return null;
    const owner = this.documentOwnerAfterParticiple(before, verb);
    if (!owner || owner[1] !== before) return null;
    let first = owner[0];
    while (first > this.from && !breakAfter(this.context, first - 1)) first--;
    return first === this.from || this.startsClause(first) ? this.namedOrganisationActor(nameFirst, j, j, first) : null;
  }

  private organisationBesideApposition(j: number, verbLast: number): [[number, number], Actor] | null {
    const clauseFirst = this.clauseFirstBefore(j);
    if (clauseFirst < 0) return null;
    const before = clauseFirst - 1;
    if (before < this.from || this.context.inQuote[before] || !breakAfter(this.context, before)) return null;
    const nameFirst = this.nameRunEndingAt(before);
    // ("The retailer NAME, the plant's largest customer, said": a descriptor before the name opens the clause)
    if (nameFirst >= 0 && (this.startsClause(nameFirst) || this.descriptorOpensClauseBefore(nameFirst))) {
      const opener = this.lower(clauseFirst);
      // "NAME, one of the country's largest unions, said" describes it as "NAME, the union …" does; so does a possessive
      // opening the apposition, a determiner of its noun phrase ("NAME, Veskar's biggest lender, said").
      const described =
        DETERMINERS.has(opener) || (opener === 'one' && this.lower(clauseFirst + 1) === 'of') || this.isPossessiveAt(clauseFirst);
      // (a name the entity finder read as an organisation's needs no organisation noun: "NAME, the country's largest grocer,")
      // ("Jo Roe of X Metals, a recycler, said": a person's name and the body she is of; the apposition describes the body
      // and she speaks)
      const organisation = this.entityAt(before)?.type === 'organisation' && !this.personOfBodyRun(nameFirst, before);
      // "NAME, a rival bookmaker, has denied reports that it is …": a lone name the rest of the sentence calls "it".
      const thing = nameFirst === before && this.isUnknownName(before) && this.callsSubjectIt(verbLast);
      if (opener === 'which' || (described && (organisation || thing || this.headsOrganisationApposition(clauseFirst + 1, j, nameFirst)))) {
        return this.namedOrganisationActor(nameFirst, before, j);
      }
    }
    const appositionName = this.nameRunEndingAt(j);
    // "The landlord, property company NAME, said": the apposition's own noun says the name is an organisation's.
    const described = appositionName > clauseFirst && this.describedByNounBefore(clauseFirst, appositionName);
    if (appositionName !== clauseFirst && !described) return null;
    const subject = this.subjectEndingAt(this.beforeRelativeClause(before));
    if (!subject || !this.startsClause(subject[0])) return null;
    const head = this.headOf(subject[0], subject[1]);
    const nameStart = DETERMINERS.has(this.lower(appositionName)) ? appositionName + 1 : appositionName;
    const organisationName = (described || this.entityAt(nameStart)?.type === 'organisation') && this.isCommonNounHead(head);
    if (!isOrganisationNounAt(this.context, head) && !organisationName) return null;
    return this.namedOrganisationActor(nameStart, j, j, subject[0]);
  }

  /** Whether only a determiner and common nouns or adjectives stand between the clause's start and the name at t. */
  private descriptorOpensClauseBefore(t: number): boolean {
    let k = t - 1;
    while (k >= this.from && !breakAfter(this.context, k) && (this.context.entityOf[k] as number) < 0 && !this.token(k).capitalised) {
      const tag = this.tag(k);
      if (tag !== Pos.NOUN && tag !== Pos.ADJ) return false;
      k--;
    }
    // ("The retailer": the capitalised determiner opening the sentence)
    if (k >= this.from && this.tag(k) === Pos.DET && !breakAfter(this.context, k)) k--;
    return k < t - 1 && (k < this.from || breakAfter(this.context, k));
  }

  /**
   * The first token of a time phrase ending at token j between a subject and its verb ("on Wednesday", "late on
   * Tuesday", "on Monday evening", "last week", "earlier this month"), or -1.
   */
  private timePhraseStartingBefore(j: number): number {
    // (right before the verb: "fell 38 cents last week, said NAME" is no subject's time)
    if (j - 1 < this.from || this.context.inQuote[j] || breakAfter(this.context, j) || breakAfter(this.context, j - 1)) return -1;
    let k = j;
    if (DAY_PARTS.has(this.lower(k)) && WEEKDAYS.has(this.lower(k - 1))) k--;
    if (WEEKDAYS.has(this.lower(k))) {
      if (k - 1 >= this.from && !breakAfter(this.context, k - 1) && TIME_PREPOSITIONS.has(this.lower(k - 1))) k--;
      if (k - 1 >= this.from && !breakAfter(this.context, k - 1) && (this.lower(k - 1) === 'late' || this.lower(k - 1) === 'early')) k--;
      return k;
    }
    // "A study at X in 2019 put the saving at …": a year after the subject.
    if (/^(?:19|20)\d\d$/u.test(this.lower(k)) && this.lower(k - 1) === 'in' && !breakAfter(this.context, k - 1)) return k - 1;
    if (PERIOD_NOUNS.has(this.lower(k)) && (this.lower(k - 1) === 'last' || this.lower(k - 1) === 'this')) {
      k--;
      if (this.lower(k) === 'this' && k - 1 >= this.from && this.lower(k - 1) === 'earlier' && !breakAfter(this.context, k - 1)) k--;
      return k;
    }
    return -1;
  }

  /**
   * "NAME has denied that the branch was profitable, saying … that it had lost money": a capitalised subject no entity
   * reading covers (a lone word opening the sentence), not a known first name, that the rest of the sentence calls
   * "it" or "its" before any "he" or "she", is an organisation; else null.
   */
  private thingNamed(agent: [number, number], verbLast: number): Actor | null {
    const [first, last] = agent;
    for (let t = first; t <= last; t++) if (!this.isUnknownName(t)) return null;
    if (!this.startsClause(first) || !this.callsSubjectIt(verbLast)) return null;
    return organisationActorOf(namedOrganisation(this.context, first, last), this.token(first).start, this.token(last).end);
  }

  /** A capitalised word wink tags a proper noun that no entity covers and no first name opens. */
  private isUnknownName(t: number): boolean {
    return (
      this.token(t).capitalised &&
      this.tag(t) === Pos.PROPN &&
      ((this.context.entityOf[t] as number) < 0 || this.entityAt(t)?.type === 'organisation') &&
      !isKnownFirstName(this.lower(t))
    );
  }

  /** Whether the first personal pronoun after the verb, outside quotes, is "it" or "its" (not "he", "she", "his", "her"). */
  private callsSubjectIt(verbLast: number): boolean {
    for (let t = verbLast + 1; t < this.to; t++) {
      if (this.context.inQuote[t]) continue;
      const lower = this.lower(t);
      if (lower === 'it' || lower === 'its') return true;
      if (PERSONAL_PRONOUNS.has(lower)) return false;
    }
    return false;
  }

  /** "property company NAME", "energy drink maker NAME": lower-case words before a name, the last an organisation's noun. */
  private describedByNounBefore(first: number, name: number): boolean {
    if (name - first > MAX_DESCRIPTOR_WORDS) return false;
    for (let t = first; t < name; t++) if (this.token(t).capitalised || this.tag(t) === Pos.VERB || this.tag(t) === Pos.ADP) return false;
    const noun = this.lower(name - 1);
    return ORGANISATION_DESCRIPTORS.has(noun) || isOrganisationNounAt(this.context, name - 1);
  }

  /**
   * The last token of the noun a relative clause ending at token t describes ("The operator whose train derailed"
   * → "operator"), or t when no relative clause ends there.
   */
  private beforeRelativeClause(t: number): number {
    for (let k = t - 1; k > this.from && t - k < MAX_SPEAKER_TOKENS && !breakAfter(this.context, k - 1); k--) {
      if (RELATIVE_PRONOUNS.has(this.lower(k)) && isNominal(this.tag(k - 1))) return k - 1;
    }
    return t;
  }

  /**
   * "The village council wrote to the inspectorate in April.": a verb of saying whose sentence opens with its
   * subject and goes on only to an addressee (no clause, no quote, no verb) reports an act, not what was said
   * (unless the addressee is an outlet: the caller keeps that).
   */
  private onlyAddresseeFollows(verbLast: number): boolean {
    if (verbLast + 1 >= this.to || this.lower(verbLast + 1) !== 'to') return false;
    // ("pleaded guilty to two offences": a plea's "to" opens the charge, see pleaAt)
    if (this.lower(verbLast) === 'guilty') return false;
    for (let k = verbLast + 2; k < this.to; k++) {
      if (this.context.inQuote[k] || breakAfter(this.context, k - 1)) return false;
      const tag = this.tag(k);
      if (tag === Pos.VERB || tag === Pos.AUX || tag === Pos.SCONJ || this.lower(k) === 'that') return false;
    }
    return true;
  }

  /** The first token of a run of capitalised words (an article before it included) ending at token `last`, or -1. */
  private nameRunEndingAt(last: number): number {
    if (!this.token(last).capitalised || this.tag(last) === Pos.PRON) return -1;
    let first = last;
    while (first - 1 >= this.from && !this.context.inQuote[first - 1]) {
      if (this.breaksName(first - 1)) break;
      const previous = this.token(first - 1);
      // "Friends of the Earth": a particle between capitalised words.
      const particle = NAME_PARTICLES.has(previous.lower) && first - 2 >= this.from && this.token(first - 2).capitalised;
      if (!previous.capitalised && !particle) break;
      first--;
    }
    if (first - 1 >= this.from && !breakAfter(this.context, first - 1) && this.tag(first - 1) === Pos.DET) first--;
    return first;
  }

  /**
   * "the union representing dockers", "a charity that runs two kitchens", "the smaller of the two unions": an
   * organisation noun heads the apposition (no noun after it, no role noun or clause before it); "a charity
   * worker", "the union's chairman" and "a spokesman for the group" are people.
   */
  private headsOrganisationApposition(first: number, last: number, nameFirst: number): boolean {
    // ("Jo Roe, the Society for the Protection of X' head of science, said": a post the body's possessive owns is hers)
    for (let t = first; t < last; t++) if (this.isPossessiveAt(t) && isRoleNounAt(this.context, t + 1)) return false;
    for (let t = first; t <= last; t++) {
      if (CLAUSE_OPENERS.has(this.lower(t)) || (this.tag(t) === Pos.VERB && t > first)) return false;
      if (this.lower(t).endsWith("'s")) continue;
      // A noun before another noun only describes it ("a volunteer network", "a charity worker").
      const head = t === last || !isNominal(this.tag(t + 1));
      if (head && isOrganisationNounAt(this.context, t)) return true;
      // "the country's third-largest bookmaker": a trade ranked by size is a business's, not a person's.
      if (head && isNominal(this.tag(t)) && t > first && SIZE_SUPERLATIVE.test(this.lower(t - 1)))
        return !this.opensWithFirstName(nameFirst);
      // "the country's biggest retailer": a noun that names a company, a person's trade too ("a cheese maker"),
      // unless the name opens with a known first name.
      if (head && (ORGANISATION_DESCRIPTORS.has(this.lower(t)) || ORGANISATION_DESCRIPTORS.has(lowerCase(this.lemma(t)))))
        return !this.opensWithFirstName(nameFirst);
      if (head && isRoleNounAt(this.context, t)) return false;
    }
    return false;
  }

  /** "the board's", "the Society for X' ": token t is a possessive, its apostrophe in the token or right after it. */
  private isPossessiveAt(t: number): boolean {
    if (/['’]s$/u.test(this.lower(t))) return true;
    return (
      t + 1 < this.to && this.lower(t).endsWith('s') && /^['’]\s/u.test(this.context.text.slice(this.token(t).end, this.token(t + 1).start))
    );
  }

  private opensWithFirstName(t: number): boolean {
    const at = this.tag(t) === Pos.DET ? t + 1 : t;
    const entity = this.entityAt(at);
    return isKnownFirstName(this.lower(at)) || (entity?.type === 'person' && entity.sourceId !== undefined);
  }

  /** "Jo Roe of X Metals": a run of names from `first` to `last` that opens with a person and ends in another entity. */
  private personOfBodyRun(first: number, last: number): boolean {
    return this.entityAt(first)?.type === 'person' && this.context.entityOf[first] !== this.context.entityOf[last];
  }

  private namedOrganisationActor(nameFirst: number, nameLast: number, last: number, first = nameFirst): [[number, number], Actor] {
    // "Retailer NAME, one of …": a descriptor capitalised only because it opens the sentence is not part of the name.
    if (
      nameFirst < nameLast &&
      (this.context.entityOf[nameFirst] as number) < 0 &&
      (this.context.entityOf[nameFirst + 1] as number) >= 0 &&
      ORGANISATION_DESCRIPTORS.has(this.lower(nameFirst))
    )
      nameFirst++;
    const organisation = namedOrganisation(this.context, nameFirst, nameLast);
    return [[first, last], organisationActorOf(organisation, this.token(first).start, this.token(last).end)];
  }

  /** "…,” said Dr. Amal Haddad, a World Health Organization official in Sanaa." */
  private invertedSubject(first: number): [number, number] | null {
    if (this.context.inQuote[first]) return null;
    let last = this.clauseEnd(first, MAX_SPEAKER_TOKENS);
    const next = last + 1;
    if (
      next < this.to &&
      this.isPersonToken(last) &&
      (DETERMINERS.has(this.lower(next)) || this.opensPostOfOrganisation(next)) &&
      !this.context.inQuote[next]
    ) {
      last = this.clauseEnd(next, MAX_SPEAKER_TOKENS);
    } else if (next < this.to && !this.context.inQuote[next] && (this.hasRoleNoun(first, last) || this.hasOrganisationNoun(first, last))) {
      // "…,” said the union's chairman, Jane Doe." — the name in apposition is the speaker.
      let nameFirst = next;
      // Ranks and capitalised posts before the name: "Dr", "Commander", "Senior Officer".
      while (nameFirst < this.to - 1 && (isTitleAt(this.context, nameFirst) || this.isCapitalisedPost(nameFirst))) nameFirst++;
      if (this.isPersonToken(nameFirst) || this.isAppositiveOrganisation(first, last, nameFirst)) {
        if (!this.isPersonToken(nameFirst) && DETERMINERS.has(this.lower(nameFirst))) nameFirst++;
        let nameLast = nameFirst;
        while (nameLast + 1 < this.to && this.context.entityOf[nameLast + 1] === this.context.entityOf[nameFirst]) nameLast++;
        if (nameLast === this.to - 1 || breakAfter(this.context, nameLast)) last = nameLast;
      }
    }
    return [first, last];
  }

  /** "…,” said Jane Roe, UNICEF Representative in X": an organisation's name right before a role noun opens the apposition. */
  private opensPostOfOrganisation(t: number): boolean {
    const entity = this.entityAt(t);
    if (entity?.type !== 'organisation') return false;
    let end = t;
    while (end + 1 < this.to && this.context.entityOf[end + 1] === this.context.entityOf[t]) end++;
    const role = end + 1;
    return role < this.to && !breakAfter(this.context, end) && (ROLE_NOUNS.has(this.lower(role)) || isRoleNounAt(this.context, role));
  }

  /** A capitalised role word outside any name, written as a rank before one: "Commander", "Senior", "Officer". */
  private isCapitalisedPost(t: number): boolean {
    const token = this.token(t);
    return (
      token.capitalised && (this.context.entityOf[t] as number) < 0 && (ROLE_NOUNS.has(token.lower) || ROLE_MODIFIERS.has(token.lower))
    );
  }

  /**
   * "Speaking to the Harbour Courier, Jo Roe said …", "In an interview with the Courier, she said …": the medium of a
   * participle or an interview fronted before the subject, ended by a comma right before it.
   */
  private frontedOutlet(agentFirst: number): Actor | null {
    const t = this.from;
    if (agentFirst <= t + 2 || !breakAfter(this.context, agentFirst - 1)) return null;
    const word = this.lower(t);
    if (FRONTED_CHANNEL_PARTICIPLES.has(word)) return this.outletAfter(t);
    if (word === 'in' && this.lower(t + 1) === 'an' && this.lower(t + 2) === 'interview') return this.outletAfter(t + 2);
    return null;
  }

  /**
   * "Name, speaking to CJVX on Tuesday, said …", "Name, speaking on Channel X's evening show, said …": a participle of
   * speaking set off by a comma between the subject and its verb names the medium she spoke to or on.
   */
  private outletOfAside(first: number, verb: number): Actor | null {
    for (let t = first + 1; t + 1 < verb; t++)
      if (FRONTED_CHANNEL_PARTICIPLES.has(this.lower(t)) && breakAfter(this.context, t - 1) && !this.context.inQuote[t])
        return ADDRESSEE_PREPOSITIONS.has(this.lower(t + 1)) || this.lower(t + 1) === 'on' ? this.outletAfter(t) : null;
    return null;
  }

  /** "told Reuters", "said in an interview with the BBC", "wrote in the Guardian". */
  private outletAfter(verbLast: number): Actor | null {
    const limit = Math.min(this.to - 1, verbLast + MAX_OUTLET_DISTANCE);
    for (let k = verbLast + 1; k <= limit; k++) {
      if (this.context.inQuote[k] || breakAfter(this.context, k - 1)) return null;
      const entity = this.entityAt(k);
      // "told Cargo Week", "Speaking to Tidewatch, …": a name right after the verb of telling or "to" that no word of
      // its own, and nothing else in the text, makes a person's or a body's is the medium spoken to.
      const medium =
        this.unknownNameOutlet(verbLast, k, entity) ?? this.titleLineOutlet(verbLast, k) ?? this.mastheadShortForm(verbLast, k);
      if (medium) return medium;
      if (!entity) {
        // "told this newspaper", "in an interview with this paper": the publication's own medium, named in its masthead.
        if (MEDIA_NOUNS.has(this.lower(k)) && k - 1 > verbLast && this.lower(k - 1) === 'this')
          return k - 2 === verbLast || OUTLET_PREPOSITIONS.has(this.lower(k - 2)) ? this.mastheadOutlet() : null;
        // "he told the newspaper", "told the paper that …", "told the regional radio station last week that …": a definite
        // media noun with no name is the outlet named before, else the publication's own.
        const article = this.definiteMediaNounArticle(verbLast, k);
        if (article >= 0)
          return article - 1 === verbLast || OUTLET_PREPOSITIONS.has(this.lower(article - 1))
            ? (this.outletNamedBefore() ?? this.mastheadOutlet())
            : null;
        const medium = this.commonNounOutletEndingAt(verbLast, k) ?? this.programmeNamedBefore(verbLast, k);
        if (medium) return medium;
        continue;
      }
      // "told the broadcaster RNV", "told national broadcaster RNV": a media noun (its adjectives before it) before a
      // name the entity finder does not know as media.
      let p = k - 1;
      let mediaNoun = -1;
      while (p > verbLast && (DETERMINERS.has(this.lower(p)) || MEDIA_NOUNS.has(this.lower(p)) || this.mediaNounAdjective(p, mediaNoun))) {
        if (MEDIA_NOUNS.has(this.lower(p))) mediaNoun = p;
        p--;
      }
      // "in an interview with the X Broadcasting Service's late bulletin": a body whose programme it is is a medium.
      const programme = mediaNoun < 0 && entity.type === 'organisation' && ownsProgramme(this.context.text, entity.end);
      if (mediaNoun < 0 && !programme && (entity.type !== 'organisation' || !isMediaOrganisation(this.context, entity))) return null;
      if (!OUTLET_PREPOSITIONS.has(this.lower(p)) && !this.broadcastBy(verbLast, p) && !this.journalistsOf(verbLast, p)) return null;
      let last = k;
      while (last + 1 < this.to && this.context.entityOf[last + 1] === this.context.entityOf[k]) last++;
      if (programme && !isMediaOrganisation(this.context, entity))
        return { ...emptyActor('outlet', entity.start, entity.end), outlet: entity.text };
      const actor = parseSpeakerPhrase(this.context, mediaNoun < 0 ? k : mediaNoun, last, this.profiles, this.countries);
      return actor?.kind === 'outlet' ? actor : null;
    }
    return null;
  }

  /**
   * "told the evening show that …" after "X's evening show" earlier: a definite programme noun told, with the words
   * before it, is the programme of the medium whose possessive came before those words last. Else null.
   */
  private programmeNamedBefore(verbLast: number, k: number): Actor | null {
    const article = this.definiteMediaNounArticle(verbLast, k, PROGRAMME_NOUNS);
    if (article < 0 || (article - 1 !== verbLast && !OUTLET_PREPOSITIONS.has(this.lower(article - 1)))) return null;
    const words: string[] = [];
    for (let t = article + 1; t <= k; t++) words.push(this.lower(t).replace(/[^\p{L}-]/gu, ''));
    const pattern = new RegExp(`['’]s[ \\t]+${words.join('[ \\t]+')}\\b`, 'giu');
    const before = this.context.text.slice(0, this.token(this.from).start);
    let end = -1;
    for (let match = pattern.exec(before); match; match = pattern.exec(before)) end = match.index;
    if (end < 0) return null;
    const owner = this.context.entities.find((entity) => entity.end === end && entity.type === 'organisation');
    return owner ? { ...emptyActor('outlet', this.token(article).start, this.token(k).end), outlet: owner.text } : null;
  }

  /** "told a news conference aired by X": "by" after a participle of broadcasting past the verb names the medium. */
  private broadcastBy(verbLast: number, p: number): boolean {
    return this.lower(p) === 'by' && p - 1 > verbLast && BROADCAST_PARTICIPLES.has(this.lower(p - 1));
  }

  /** "told reporters from X", "spoke to a correspondent of X": journalists right after the verb, and the medium they are of. */
  private journalistsOf(verbLast: number, p: number): boolean {
    if (!JOURNALIST_PREPOSITIONS.has(this.lower(p)) || p - 1 <= verbLast || !JOURNALIST_NOUNS.has(this.lower(p - 1))) return false;
    for (let t = verbLast + 1; t < p - 1; t++)
      if (!DETERMINERS.has(this.lower(t)) && !ADDRESSEE_PREPOSITIONS.has(this.lower(t))) return false;
    return true;
  }

  /**
   * "told Cargo Week", "speaking to Tidewatch", "told CJVX": capitalised words right after a verb of telling or after the
   * "to"/"with" of a participle of speaking, read as a person's name for want of a cue or not read at all, are the
   * medium's name when nothing says they are someone: no known first name, title or role opens them, no word of them is
   * in a person's name elsewhere in the text, none is a possessive, a day or a
   * month, and no noun follows them ("told Harbour staff"). Else null.
   */
  private unknownNameOutlet(verbLast: number, k: number, entity: Entity | undefined): Actor | null {
    // (a call sign in capitals, "CJVX", is read as an acronym's organisation)
    const callSign = entity?.type === 'organisation' && entity.sourceId === undefined && /^[A-Z]{3,5}$/u.test(entity.text);
    if (entity && entity.type !== 'person' && !callSign) return null;
    const before = this.lower(k - 1);
    const afterVerb = k - 1 === verbLast && TELLING_LEMMAS.has(this.lemma(verbLast));
    const afterTo = k - 2 === verbLast && ADDRESSEE_PREPOSITIONS.has(before) && FRONTED_CHANNEL_PARTICIPLES.has(this.lower(verbLast));
    if (!afterVerb && !afterTo) return null;
    let last = k;
    while (last + 1 < this.to && !breakAfter(this.context, last) && this.isBareNameWord(last + 1)) last++;
    if (last - k >= MAX_UNKNOWN_OUTLET_WORDS) return null;
    for (let t = k; t <= last; t++) {
      if (!this.isBareNameWord(t) || this.context.inQuote[t]) return null;
      if (entity && (this.context.entityOf[t] as number) !== (this.context.entityOf[k] as number)) return null;
      if (!entity && (this.context.entityOf[t] as number) >= 0) return null;
    }
    const first = this.token(k);
    if (isKnownFirstName(first.lower) || TITLE_WORDS.has(first.lower.replace(/\.$/u, '')) || ROLE_NOUNS.has(first.lower)) return null;
    if (entity && (entity.start !== first.start || entity.end !== this.token(last).end)) return null;
    if (
      last + 1 < this.to &&
      !breakAfter(this.context, last) &&
      isNominal(this.context.pos.tags[last + 1] as number) &&
      !this.token(last + 1).capitalised
    )
      return null;
    if (this.namesSomeoneElsewhere(k, last)) return null;
    const outlet = this.context.text.slice(first.start, this.token(last).end);
    return { ...emptyActor('outlet', first.start, this.token(last).end), outlet };
  }

  /**
   * "X told The Fever Ledger that …" in a podcast's transcript headed "The Fever Ledger": the capitalised words right
   * after a verb of telling that spell the text's own title (its first line, or the first line up to a "|") are the medium
   * itself, named as any other outlet.
   */
  private titleLineOutlet(verbLast: number, k: number): Actor | null {
    if (k - 1 !== verbLast || !TELLING_LEMMAS.has(this.lemma(verbLast)) || !this.token(k).capitalised) return null;
    const title = this.titleLineWords();
    if (title.length === 0) return null;
    let last = k - 1;
    while (last + 1 < this.to && last + 1 - k < title.length && this.token(last + 1).capitalised && !this.context.inQuote[last + 1]) {
      last++;
      if (breakAfter(this.context, last)) break;
    }
    if (last - k + 1 !== title.length) return null;
    // "told The Fever Ledger Weekly": a longer name is another medium.
    if (last + 1 < this.to && !breakAfter(this.context, last) && this.token(last + 1).capitalised) return null;
    for (let t = k; t <= last; t++) if (this.lower(t) !== title[t - k]) return null;
    const first = this.token(k);
    return {
      ...emptyActor('outlet', first.start, this.token(last).end),
      outlet: this.context.text.slice(first.start, this.token(last).end),
    };
  }

  /**
   * "told the Lark", "speaking to the Lark": "the" and one or two capitalised words that close the publication's own name
   * on the text's first line with no media word ("The Tessford Lark", `titleLineMasthead`; a media name is `outletInFull`'s),
   * or a medium's name given before (`outletNamedInFullBefore`: "the Tessby Weekly Lantern"), no capitalised word after
   * them, are that medium, named in full. Else null.
   */
  private mastheadShortForm(verbLast: number, k: number): Actor | null {
    if (k - 2 <= verbLast - 1 || this.lower(k - 1) !== 'the' || !this.isBareNameWord(k) || this.context.inQuote[k]) return null;
    if (!(k - 2 === verbLast && TELLING_LEMMAS.has(this.lemma(verbLast))) && !OUTLET_PREPOSITIONS.has(this.lower(k - 2))) return null;
    let last = k;
    while (
      last + 1 < this.to &&
      last + 1 - k < MAX_MASTHEAD_SHORT_FORM_WORDS &&
      !breakAfter(this.context, last) &&
      this.isBareNameWord(last + 1)
    )
      last++;
    if (last + 1 < this.to && !breakAfter(this.context, last) && this.token(last + 1).capitalised) return null;
    const start = this.token(k).start;
    const end = this.token(last).end;
    const masthead = this.titleLineMasthead()?.outlet;
    if (masthead) {
      const full = masthead.replace(/^the\s+/iu, '');
      const words = lowerCase(full).split(/\s+/u);
      const short = last - k + 1;
      if (words.length > short && words.slice(-short).every((word, i) => word === this.lower(k + i)))
        return { ...emptyActor('outlet', start, end), outlet: full };
    }
    // "told the Lantern" after "the Tessby Weekly Lantern": the closing words of a medium named in full before.
    const named = outletNamedInFullBefore(this.context, this.context.text.slice(start, end), start);
    return named ? { ...emptyActor('outlet', start, end), outlet: named } : null;
  }

  /**
   * "the paper", "the regional radio station": the index of the "the" that opens a media noun at k with at most
   * `MAX_MEDIA_NOUN_MODIFIERS` lower-case adjectives or nouns between, when nothing names or owns it after (the sentence
   * ends, punctuation, or after a verb of telling or an outlet preposition a word that is no noun: "told the paper that",
   * "told the station last week"; not "the paper mill", "the paper's editor", "said the paper would …"); else -1.
   */
  private definiteMediaNounArticle(verbLast: number, k: number, heads: ReadonlySet<string> = MEDIA_NOUNS): number {
    if (!heads.has(this.lower(k)) || this.context.inQuote[k] || isApostrophe(this.context.text.charCodeAt(this.token(k).end))) return -1;
    const closed = k === this.to - 1 || breakAfter(this.context, k);
    if (!closed && (isNominal(this.tag(k + 1)) || this.token(k + 1).capitalised)) return -1;
    let p = k - 1;
    while (
      p > verbLast &&
      k - p <= MAX_MEDIA_NOUN_MODIFIERS &&
      !this.token(p).capitalised &&
      (this.context.entityOf[p] as number) < 0 &&
      !breakAfter(this.context, p) &&
      (this.tag(p) === Pos.ADJ || this.tag(p) === Pos.NOUN)
    )
      p--;
    if (p <= verbLast - 1 || this.lower(p) !== 'the' || breakAfter(this.context, p)) return -1;
    // With words after the noun it is the addressee of a verb of telling or of an outlet preposition only: "said the
    // paper would …" opens what was said.
    if (closed || (p - 1 === verbLast && TELLING_LEMMAS.has(this.lemma(verbLast)))) return p;
    return p - 1 > verbLast && OUTLET_PREPOSITIONS.has(this.lower(p - 1)) ? p : -1;
  }

  /** The words, in lower case, of the text's first line up to a "|"; empty when they are too many or not all words, or the text has one line. */
  private titleLineWords(): readonly string[] {
    const line = firstLineOf(this.context.text);
    if (line === null) return [];
    // A rubric before a colon or a dash ("FACT CHECK: Did …") is no title; a masthead before "|" is.
    const title = (/^[^|]*/u.exec(line)?.[0] ?? '').trim();
    const words = title.toLowerCase().split(/[ \t]+/u);
    return words.length > MAX_UNKNOWN_OUTLET_WORDS || !words.every((word) => /^\p{L}[\p{L}'’.&-]*$/u.test(word)) ? [] : words;
  }

  /** A capitalised word that may be part of a medium's name: no possessive, no day or month, no plural acronym ("MPs"). */
  private isBareNameWord(t: number): boolean {
    const token = this.token(t);
    if (!token.capitalised || /['’]/u.test(token.text) || /^[A-Z]+s$/u.test(token.text)) return false;
    const next = this.context.text.charAt(token.end);
    return next !== "'" && next !== '’' && !CALENDAR_WORDS.has(token.lower);
  }

  /** Whether a word of tokens[k, last] is a word of a person's name elsewhere in the text. */
  private namesSomeoneElsewhere(k: number, last: number): boolean {
    const own = this.context.entities[this.context.entityOf[k] as number];
    const ownWords = own?.type === 'person' ? lowerCase(own.text).split(/\s+/u) : [];
    const counts = personNameWords(this.context);
    for (let t = k; t <= last; t++) {
      const word = this.token(t).lower;
      // (the name's own mention counts once for each of its words)
      if ((counts.get(word) ?? 0) > (ownWords.includes(word) ? 1 : 0)) return true;
    }
    return false;
  }

  /**
   * "public" in "told the public broadcaster X", "state" in "speaking to the state broadcaster X": an uncapitalised
   * adjective or noun right before the media noun found so far.
   */
  private mediaNounAdjective(p: number, mediaNoun: number): boolean {
    const tag = this.context.pos.tags[p];
    return mediaNoun === p + 1 && (tag === Pos.ADJ || tag === Pos.NOUN) && !this.token(p).capitalised;
  }

  /**
   * "told state television that …", "in an interview with local radio": a medium named by common nouns alone, ending at
   * k, as the addressee; "wrote on social media" names where something was posted, not a medium that reported it.
   */
  private commonNounOutletEndingAt(verbLast: number, k: number): Actor | null {
    if (k + 1 < this.to && !breakAfter(this.context, k) && isNominal(this.context.pos.tags[k + 1] as number)) return null;
    let first = k;
    while (first - 1 > verbLast && !OUTLET_PREPOSITIONS.has(this.lower(first - 1)) && !breakAfter(this.context, first - 1)) first--;
    if (first - 1 !== verbLast && !ADDRESSEE_PREPOSITIONS.has(this.lower(first - 1))) return null;
    const outlet = commonNounOutlet(this.context, first, k);
    return outlet ? { ...emptyActor('outlet', this.token(first).start, this.token(k).end), outlet } : null;
  }

  /** The medium named on the text's first line that holds words ("Thessaly Gazette — Business"), as an outlet actor. */
  private mastheadOutlet(): Actor | null {
    const text = this.context.text;
    let lineStart = 0;
    while (lineStart < text.length && /\s/u.test(text.charAt(lineStart))) lineStart++;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    for (let t = 0; t < this.context.tokens.length && this.token(t).start < lineEnd; t++) {
      const entity = this.entityAt(t);
      if (!entity || entity.type !== 'organisation' || !isMediaOrganisation(this.context, entity)) continue;
      let last = t;
      while (last + 1 < this.context.tokens.length && this.context.entityOf[last + 1] === this.context.entityOf[t]) last++;
      const actor = parseSpeakerPhrase(this.context, t, last, this.profiles, this.countries);
      if (actor?.kind !== 'outlet') return null;
      // "Dale & Fell Monthly": a capitalised word and an ampersand (no token) before the name found are the title's first words.
      let first = t;
      while (
        first >= 1 &&
        this.token(first - 1).capitalised &&
        this.token(first - 1).start >= lineStart &&
        /^[ \t]*&[ \t]*$/u.test(text.slice(this.token(first - 1).end, this.token(first).start))
      )
        first--;
      if (first === t) return actor;
      const start = this.token(first).start;
      const end = this.token(last).end;
      return { ...emptyActor('outlet', start, end), outlet: text.slice(start, end) };
    }
    return this.titleLineMasthead();
  }

  /**
   * "The Tessford Lark" alone on the first line: a title of two to four capitalised words is the publication's name
   * though no media word ends it ("By Name", a known first name or a label in capitals is none). Else null.
   */
  private titleLineMasthead(): Actor | null {
    const text = this.context.text;
    const line = firstLineOf(text);
    if (line === null) return null;
    const lineStart = text.indexOf(line);
    const title = (/^[^|]*/u.exec(line)?.[0] ?? '').trim();
    const words = title.split(/[ \t]+/u);
    if (this.titleLineWords().length !== words.length || words.length < 2) return null;
    if (!words.every((word) => /^\p{Lu}/u.test(word)) || words.every((word) => word === word.toUpperCase())) return null;
    const opening = lowerCase(words[0] === 'The' ? (words[1] as string) : (words[0] as string));
    if (opening === 'by' || isKnownFirstName(opening) || TITLE_WORDS.has(opening)) return null;
    const name = title.replace(/^The[ \t]+/u, '');
    return { ...emptyActor('outlet', lineStart + title.length - name.length, lineStart + title.length), outlet: name };
  }

  /** The latest media outlet named outside quotes before this sentence (`MAX_OUTLET_LOOKBACK` tokens back at most), as an outlet actor. */
  private outletNamedBefore(): Actor | null {
    for (let t = this.from - 1; t >= 0 && this.from - t <= MAX_OUTLET_LOOKBACK; t--) {
      const entity = this.entityAt(t);
      if (!entity || this.context.inQuote[t] || entity.type !== 'organisation' || !isMediaOrganisation(this.context, entity)) continue;
      let first = t;
      while (first - 1 >= 0 && this.context.entityOf[first - 1] === this.context.entityOf[t]) first--;
      const actor = parseSpeakerPhrase(this.context, first, t, this.profiles, this.countries);
      return actor?.kind === 'outlet' ? actor : null;
    }
    return null;
  }

  // --- helpers ----------------------------------------------------------------

  /** Whether punctuation breaks the sentence anywhere before token t. */
  private breakBefore(t: number): boolean {
    for (let k = this.from; k < t - 1; k++) if (breakAfter(this.context, k)) return true;
    return false;
  }

  /** Last token of the clause starting at `first`: up to punctuation, a quote or the sentence end. */
  private clauseEnd(first: number, max: number): number {
    let last = first;
    while (last + 1 < this.to && last - first + 1 < max && !breakAfter(this.context, last) && !this.context.inQuote[last + 1]) last++;
    return last;
  }

  /** Token t opens the sentence or follows punctuation or a closing quote. */
  private startsClause(t: number): boolean {
    return t === this.from || breakAfter(this.context, t - 1) || this.context.inQuote[t - 1] === 1;
  }

  /** Only a short tail ("on Monday"), then an "according to" / "as quoted by" clause or the end, follows token t. */
  private endsSentence(t: number): boolean {
    if (t >= this.to - 1) return true;
    const tailEnd = this.clauseEnd(t + 1, MAX_TRAILING_TAIL + 1);
    if (breakAfter(this.context, t)) return this.opensSourcePhrase(t + 1) || this.verblessTail(t + 1);
    if (tailEnd - t > MAX_TRAILING_TAIL) return false;
    return tailEnd >= this.to - 1 || this.opensSourcePhrase(tailEnd + 1);
  }

  /**
   * "…, spokesman Jo Roe said, after receiving 2,300 comments.": a tail opening with a preposition whose words hold no
   * finite verb (a gerund at most) and no quote adds to the speech clause and leaves it the sentence's outermost.
   */
  private verblessTail(from: number): boolean {
    if (from >= this.to || this.tag(from) !== Pos.ADP || this.to - from > MAX_TRAILING_TAIL) return false;
    for (let k = from; k < this.to; k++) {
      if (this.context.inQuote[k]) return false;
      const tag = this.tag(k);
      if ((tag === Pos.VERB || tag === Pos.AUX) && !this.lower(k).endsWith('ing')) return false;
    }
    return true;
  }

  private opensSourcePhrase(t: number): boolean {
    if (t >= this.to) return true;
    const start = this.lower(t) === 'as' ? t + 1 : t;
    return start < this.to && this.sourcePhraseAt(start) > 0;
  }

  private quoteFollows(verb: number): boolean {
    for (let k = verb + 1; k < this.to && k <= verb + MAX_FIGURE_DISTANCE; k++) if (this.context.inQuote[k]) return true;
    return false;
  }

  /**
   * "The bureau put unemployment at 14 percent", "the poll puts the party on 33 percent", "put the toll at
   * nine", "put the sum at less than $300,000": a number follows "at"/"on", after at most a hedge and a
   * currency sign.
   */
  private putsAFigure(verb: number): boolean {
    for (let k = verb + 1; k < this.to - 1 && k <= verb + MAX_PUT_OBJECT; k++) {
      if (this.context.inQuote[k] || breakAfter(this.context, k - 1)) return false;
      const lower = this.lower(k);
      if ((lower === 'at' || lower === 'on') && this.numberFollows(k)) return true;
    }
    return false;
  }

  /**
   * "X put it best: “…”", "put it this way:", "as Y put it, “…”": "it" right after the verb, then a colon or a quote
   * within a few words.
   */
  private putsItInWords(verb: number): boolean {
    if (verb + 1 >= this.to || this.lower(verb + 1) !== 'it' || breakAfter(this.context, verb)) return false;
    return this.quoteFollows(verb) || this.colonFollows(verb + 1, MAX_HEDGE_WORDS) || this.putsItToSomeone(verb + 1);
  }

  /** "Counsel put it to her that the defects were minor": a court's way of asserting to a witness, a that-clause after the addressee. */
  private putsItToSomeone(it: number): boolean {
    // (a text may end on "put it": no word after it)
    if (it + 1 >= this.to || this.lower(it + 1) !== 'to' || breakAfter(this.context, it)) return false;
    for (let k = it + 2; k < this.to && k <= it + 1 + MAX_HEDGE_WORDS; k++) {
      if (breakAfter(this.context, k - 1) || this.context.inQuote[k]) return false;
      if (this.lower(k) === 'that') return k > it + 2;
    }
    return false;
  }

  /**
   * Whether a verb of reacting ("welcomed", "praised", "apologised") states something of its subject's: an apology
   * does; others when what was said follows (", saying …", a colon, a quote) or their object is something said or
   * decided ("welcomed the report", "praised the ruling"), not "welcomed 2,000 visitors".
   */
  private reactionIsStatement(verb: number): boolean {
    if (APOLOGY_LEMMAS.has(this.lemma(verb))) return true;
    if (this.quoteFollows(verb) || this.colonFollows(verb, MAX_FIGURE_DISTANCE)) return true;
    for (let k = verb + 1; k < this.to; k++) {
      if (this.context.inQuote[k]) return true;
      if (this.lower(k) === 'saying' && breakAfter(this.context, k - 1)) return true;
      if (isTaggedSpeechVerb(this.context, k)) return false;
    }
    for (let k = verb + 1; k < this.to && k <= verb + MAX_REACTION_OBJECT; k++) {
      if (breakAfter(this.context, k - 1)) return false;
      const lower = this.lower(k);
      if (DOCUMENT_NOUNS.has(lower) || DECISION_NOUNS.has(lower)) return true;
    }
    return false;
  }

  /** A colon right after one of the `within` tokens after t, with no other break before it. */
  private colonFollows(t: number, within: number): boolean {
    for (let k = t; k < this.to - 1 && k <= t + within; k++) {
      const between = this.context.text.slice(this.token(k).end, this.token(k + 1).start);
      if (/^\s*:/u.test(between)) return true;
      if (breakAfter(this.context, k)) return false;
    }
    return false;
  }

  /** A number (digits or a word wink tags as one) within a hedge's length after token t: "at roughly 30", "at less than $3m". */
  private numberFollows(t: number): boolean {
    for (let k = t + 1; k < this.to && k <= t + MAX_HEDGE_WORDS + 1; k++) {
      if (breakAfter(this.context, k - 1) && !this.currencySignBefore(k)) return false;
      if (this.token(k).numeric || this.tag(k) === Pos.NUM) return true;
      const tag = this.tag(k);
      if (tag !== Pos.ADV && tag !== Pos.ADJ && tag !== Pos.ADP) return false;
    }
    return false;
  }

  /**
   * Whether the verb at t, of `STATING_ACT_LEMMAS`, states a judgement: "attributed" with a figure after it, "gave" with a
   * figure inside a noun phrase its article opens ("an 80 percent chance", "a one in four chance"; not "gave £2m"), "issued"
   * with the noun of a statement heading its object ("an orange warning", "a correction"; not "issued 412 notices").
   */
  private statesJudgement(t: number): boolean {
    if (t + 1 >= this.to || breakAfter(this.context, t) || this.context.inQuote[t + 1]) return false;
    const lemma = this.lemma(t);
    if (lemma === 'attribute') return this.numberFollows(t);
    const article = this.lower(t + 1);
    if (lemma === 'give') return (article === 'a' || article === 'an') && this.numberFollows(t + 1);
    let k = t + 1;
    if (this.tag(k) === Pos.DET || POSSESSIVE_PRONOUNS.has(this.lower(k))) k++;
    for (let modifiers = 0; k < this.to && modifiers <= MAX_ISSUED_MODIFIERS; k++, modifiers++) {
      if (breakAfter(this.context, k - 1) || this.context.inQuote[k] || this.tag(k) === Pos.NUM) return false;
      if (ISSUED_STATEMENT_NOUNS.has(this.lower(k))) return this.tag(k) === Pos.NOUN;
      if (this.tag(k) !== Pos.ADJ && this.tag(k) !== Pos.NOUN) return false;
    }
    return false;
  }

  /**
   * Whether the verb at t states a body's own act of record (`verbCueOf` keeps it for an organisation only): a judgement
   * revised ("trimmed its outlook for exports", "lowered the port's credit rating", `REVISED_JUDGEMENT_NOUNS` heading
   * the object), an aim ("aims to reopen both piers"), a figure of its own care ("its clinic treated 40 patients",
   * `RECORDED_WORK_LEMMAS`, in a past form: "treats 40 patients a week" describes a practice), or a ruling on
   * something ("ruled the fire arson").
   */
  private statesOwnAct(t: number): boolean {
    if (t + 1 >= this.to || this.context.inQuote[t + 1]) return false;
    if (breakAfter(this.context, t) && !this.currencySignBefore(t + 1)) return false;
    const lemma = this.lemma(t);
    if (REVISING_LEMMAS.has(lemma)) return this.revisedJudgementFollows(t);
    if (lemma === 'aim') return this.lower(t + 1) === 'to' && t + 2 < this.to && this.tag(t + 2) === Pos.VERB;
    if (lemma === 'rule') return this.callsItSomething(t);
    if (lemma === 'rate') return this.gradesItSomething(t);
    // "is claiming £2m from the builder", "is appealing for £45,000": a sum a body is pursuing, in its own name
    if (CLAIMING_LEMMAS.has(lemma)) return this.lower(t).endsWith('ing') && this.numberFollows(t);
    const word = this.lower(t);
    const past = word !== lemma && word !== `${lemma}s` && word !== `${lemma}es` && !word.endsWith('ing');
    // "took in 90 cats", "has handed out 3,000 blankets": the figure after the particle
    const particle = RECORDED_WORK_PARTICLES.get(lemma);
    if (particle !== undefined)
      return past && this.lower(t + 1) === particle && !breakAfter(this.context, t + 1) && this.numberFollows(t + 1);
    return RECORDED_WORK_LEMMAS.has(lemma) && past && this.numberFollows(t);
  }

  /**
   * "rated the depot inadequate", "rated two of the beaches as poor", "rated its kitchens “good”": "rate" with an object
   * and the grade given it (an adjective, "as", a quoted grade) states a body's verdict on its inspection; "rated" after
   * a form of "be" is the verdict told of the thing rated ("the depot was rated inadequate"), not its rater's act.
   */
  private gradesItSomething(t: number): boolean {
    if (t > this.from && this.lemma(t - 1) === 'be') return false;
    for (let k = t + 2; k < this.to && k <= t + MAX_FIGURE_DISTANCE; k++) {
      if (breakAfter(this.context, k - 1) && !this.context.inQuote[k]) return false;
      if (this.context.inQuote[k]) return !this.context.inQuote[k - 1];
      if (this.lower(k) === 'as') return true;
      if (this.tag(k) === Pos.SCONJ || this.tag(k) === Pos.AUX || this.tag(k) === Pos.PART || this.tag(k) === Pos.VERB) break;
    }
    return this.callsItSomething(t);
  }

  /** "trimmed its outlook", "lowered the port's credit rating": a judgement's noun heading the object of the verb at t. */
  private revisedJudgementFollows(t: number): boolean {
    for (let k = t + 1, words = 0; k < this.to && words <= MAX_REVISED_OBJECT; k++, words++) {
      if (breakAfter(this.context, k - 1) || this.context.inQuote[k] || this.tag(k) === Pos.NUM) return false;
      if (REVISED_JUDGEMENT_NOUNS.has(this.lower(k))) return this.tag(k) === Pos.NOUN;
      const tag = this.tag(k);
      const determiner = tag === Pos.DET || tag === Pos.PART || POSSESSIVE_PRONOUNS.has(this.lower(k));
      if (!determiner && tag !== Pos.ADJ && tag !== Pos.NOUN && tag !== Pos.PROPN) return false;
    }
    return false;
  }

  /** "at $300,000": only a currency sign between the word before and the number. */
  private currencySignBefore(k: number): boolean {
    const between = this.context.text.slice(this.token(k - 1).end, this.token(k).start);
    return /^\s*\p{Sc}$/u.test(between);
  }

  /**
   * "The coalition called the figures false", "called the offer an insult to teachers": "call" with an
   * object and a complement (an adjective or a second noun phrase after the object's noun) judges; "called
   * a meeting", "called the police to the scene" do not.
   */
  private callsItSomething(verb: number): boolean {
    for (let k = verb + 1; k < this.to && k <= verb + MAX_FIGURE_DISTANCE; k++) {
      if (this.context.inQuote[k] || breakAfter(this.context, k - 1)) return false;
      const tag = this.tag(k);
      const lower = this.lower(k);
      // (after a determiner, the object's words are its whatever wink tags them: "that finding", "the overspend")
      const determined = k - 1 > verb + 1 && (this.tag(verb + 1) === Pos.DET || this.lower(verb + 1).endsWith("'s"));
      const afterObject = k - 1 > verb && (isNominal(this.tag(k - 1)) || this.tag(k - 1) === Pos.PRON || determined);
      if (afterObject && (tag === Pos.ADJ || lower === 'a' || lower === 'an')) return true;
      // "completely untrue": an adverb before the judging adjective.
      if (afterObject && tag === Pos.ADV && this.tag(k + 1) === Pos.ADJ) return true;
      if (tag === Pos.SCONJ || tag === Pos.AUX || tag === Pos.PART) return false;
    }
    return false;
  }

  /** "said the region's water authority, the NWA": an organisation's name in apposition to an organisation noun. */
  private isAppositiveOrganisation(first: number, last: number, t: number): boolean {
    const at = DETERMINERS.has(this.lower(t)) ? t + 1 : t;
    return at < this.to && this.entityAt(at)?.type === 'organisation' && this.hasOrganisationNoun(first, last);
  }

  private hasOrganisationNoun(first: number, last: number): boolean {
    for (let t = first; t <= last; t++) if (ORGANISATION_NOUNS.has(this.lower(t))) return true;
    return false;
  }

  /** Tokens[first, last] are an aside such as "to his credit", "for her part": a preposition, at most three words, a possessive pronoun. */
  private isPersonAside(first: number, last: number): boolean {
    if (this.tag(first) !== Pos.ADP || last - first > 2 || last === first) return false;
    for (let t = first + 1; t <= last; t++) if (POSSESSIVE_PRONOUNS.has(this.lower(t))) return true;
    return false;
  }

  /** "speaking in parliament", "asked about the figures": a verb opening the clause. */
  private isParticipleOpener(t: number): boolean {
    return this.tag(t) === Pos.VERB;
  }

  private hasRoleNoun(first: number, last: number): boolean {
    for (let t = first; t <= last; t++) if (isRoleNounAt(this.context, t)) return true;
    return false;
  }

  /** "has", "would", "also", "yesterday" between a speaker and the verb; not a form of "be" (a passive), not a negation. */
  private isFiller(t: number): boolean {
    const tag = this.tag(t);
    // Not a negation: "Jane Doe did not say how many" reports no claim of hers.
    if (tag === Pos.ADV) return !CLAUSE_OPENERS.has(this.lower(t)) && this.lower(t) !== 'never';
    // "The regulator has since said": "since" after a perfect's auxiliary is an adverb of time, whatever wink's tag.
    if (this.lower(t) === 'since' && t - 1 >= this.from && this.tag(t - 1) === Pos.AUX && this.lemma(t - 1) === 'have') return true;
    if (tag === Pos.AUX) return this.lemma(t) !== 'be';
    return TIME_FILLERS.has(this.lower(t));
  }

  /** "declined to comment", "refused to say": token j is the "to" after a verb of refusing, before a verb of answering. */
  private declinesTo(j: number, verb: number): boolean {
    return (
      j - 1 >= this.from &&
      this.lower(j) === 'to' &&
      REFUSING_LEMMAS.has(this.lemma(j - 1)) &&
      NO_COMMENT_VERBS.has(this.lower(verb)) &&
      !breakAfter(this.context, j - 1) &&
      !breakAfter(this.context, j)
    );
  }

  /** "had been asked", "declined to say": the verb has no speaker of its own. */
  private isPassiveMarker(t: number): boolean {
    return (this.tag(t) === Pos.AUX && this.lemma(t) === 'be') || (this.tag(t) === Pos.PART && this.lower(t) === 'to');
  }

  private isInvertible(t: number): boolean {
    return INVERTIBLE_LEMMAS.has(this.lemma(t)) || GERMAN_INVERTIBLE_VERBS.has(this.lower(t));
  }

  /** The head of the noun phrase tokens[first, last]: the last word before its first preposition ("the head of the agency" → head). */
  private headOf(first: number, last: number): number {
    for (let t = first + 1; t <= last; t++) if (this.tag(t) === Pos.ADP && PHRASE_PREPOSITIONS.has(this.lower(t))) return t - 1;
    return last;
  }

  /** "The harbourmaster, Jane Doe, said": a common noun that names no organisation or document describes the name after it. */
  private isCommonNounHead(t: number): boolean {
    const lower = this.lower(t);
    return this.tag(t) === Pos.NOUN && !this.token(t).capitalised && !ORGANISATION_NOUNS.has(lower) && !DOCUMENT_NOUNS.has(lower);
  }

  /**
   * The head of a description before a name in apposition: a common noun, or a word wink tags as a verb that ends
   * a possessive's chunk of nouns ("the council's culture lead, Jane Doe,"): after a possessive and a noun no finite
   * verb stands.
   */
  private isDescriptionHead(first: number, head: number): boolean {
    if (this.isCommonNounHead(head)) return true;
    return (
      this.tag(head) === Pos.VERB &&
      !this.token(head).capitalised &&
      head - 1 > first &&
      this.tag(head - 1) === Pos.NOUN &&
      this.opensNounPhrase(head - 2)
    );
  }

  /** A capitalised word outside any name right before a role or title: "Conservative MP", "Labour councillor". */
  private modifiesRoleAfter(t: number): boolean {
    const next = t + 1;
    if ((this.context.entityOf[t] as number) >= 0 || next >= this.to || breakAfter(this.context, t)) return false;
    if (this.token(t).capitalised) return isTitleAt(this.context, next) || isRoleNounAt(this.context, next);
    // "…, human resources director Jane Roe, said": lower-case nouns naming what the role is in charge of.
    let k = t;
    while (k < this.to && k - t < MAX_ROLE_MODIFIERS && this.tag(k) === Pos.NOUN && !breakAfter(this.context, k)) {
      if (isRoleNounAt(this.context, k + 1)) return true;
      k++;
    }
    return false;
  }

  private opensNounPhrase(t: number): boolean {
    const lower = this.lower(t);
    return this.tag(t) === Pos.DET || POSSESSIVE_PRONOUNS.has(lower) || lower.endsWith("'s");
  }

  /** A noun or a name (the entity finder's names count whatever wink's tag). */
  private isNominalAt(t: number): boolean {
    return isNominal(this.tag(t)) || (this.context.entityOf[t] as number) >= 0;
  }

  private tag(t: number): number {
    return this.context.pos.tags[t] as number;
  }

  /**
   * A noun for a document at token k, its verb at `verb`: "report", "survey"; "paper" only with a verb of finding
   * ("Roe's paper found", "The paper, by X, shows"), as "the paper said" is a newspaper.
   */
  private isDocumentNoun(k: number, verb: number): boolean {
    const lower = this.lower(k);
    return DOCUMENT_NOUNS.has(lower) || (RESEARCH_PAPER_NOUNS.has(lower) && RESEARCH_FINDING_LEMMAS.has(lowerCase(this.lemma(verb))));
  }

  /** "commissioned", "published", "written": a verb's past participle (tagged a verb, not its lemma, no "-ing" or "-s"). */
  private isPastParticiple(t: number): boolean {
    const lower = this.lower(t);
    return this.tag(t) === Pos.VERB && lowerCase(this.lemma(t)) !== lower && !lower.endsWith('ing') && !lower.endsWith('s');
  }

  private lemma(t: number): string {
    return this.context.pos.lemmas[t] as string;
  }

  private isPersonToken(t: number): boolean {
    return this.entityAt(t)?.type === 'person';
  }

  /**
   * The first token of the clause between commas that ends at token j: the walk back stops after a break
   * (`endsClauseBackwards`) or `MAX_SPEAKER_TOKENS` words back; -1 where it meets a quote.
   */
  private clauseFirstBefore(j: number): number {
    let first = j;
    while (first - 1 >= this.from && j - first < MAX_SPEAKER_TOKENS && !this.endsClauseBackwards(first - 1)) {
      if (this.context.inQuote[first - 1]) return -1;
      first--;
    }
    return first;
  }

  /**
   * Whether walking back over a clause between commas stops after token k: a break that is not a currency sign before a
   * number or a percent sign after one ("X, which gave the theatre $150,000, said": the sign is part of the amount).
   */
  private endsClauseBackwards(k: number): boolean {
    return this.breaksName(k) && !amountSignBetween(this.context, k);
  }

  /** A break after token k that is not inside one entity's name ("Brandt & Holm": the ampersand is none). */
  private breaksName(k: number): boolean {
    if (!breakAfter(this.context, k)) return false;
    const entity = this.context.entityOf[k] as number;
    return entity < 0 || this.context.entityOf[k + 1] !== entity;
  }

  private entityAt(t: number): Entity | undefined {
    const index = this.context.entityOf[t] as number;
    return index >= 0 ? this.context.entities[index] : undefined;
  }

  private lower(t: number): string {
    return this.token(t).lower;
  }

  private token(t: number): Token {
    return this.context.tokens[t] as Token;
  }
}

/**
 * A group of people the phrase ties to a body, doing its work: "the shelter's vets", "Its crews", "Analysts at the bank" (a
 * plural role with an organisation in its phrase, or owned by "its" or a possessive); one person, or people with no body, are not.
 */
function isStaffOfBody(actor: Actor, owned: boolean): boolean {
  // ("the shelter's vets": a possessive's people are read as a reference to them, their body the owner's)
  if (actor.kind === 'back-reference') return owned && actor.reference?.category === 'person' && actor.reference.plural;
  if (actor.kind !== 'role' || actor.role === null) return false;
  const role = actor.role.toLowerCase();
  const head = role.slice(role.lastIndexOf(' ') + 1);
  if (head !== 'staff' && !isPluralOfPersonNoun(head)) return false;
  return actor.organisation !== null || owned;
}

/** An actor that is an organisation: named, a bare organisation noun, or a reference back to one ("the agency", "it"). */
function isOrganisationActor(actor: Actor): boolean {
  if (actor.kind === 'organisation') return true;
  if (actor.kind === 'back-reference') return actor.reference?.category === 'organisation';
  return actor.kind === 'pronoun' && actor.pronoun === 'it';
}

/** Only a currency sign before a number ("$150,000") or a percent sign after one ("40%") stands between tokens k and k + 1. */
function amountSignBetween(context: ArticleContext, k: number): boolean {
  const token = context.tokens[k] as Token;
  const next = context.tokens[k + 1];
  if (!next) return false;
  const gap = context.text.slice(token.end, next.start).trim();
  if (gap.length !== 1) return false;
  const code = gap.charCodeAt(0);
  return (
    (CURRENCY_SYMBOLS.has(code) && next.numeric && context.text.charCodeAt(next.start - 1) === code) ||
    (code === 0x25 && token.numeric && context.text.charCodeAt(token.end) === code)
  );
}
