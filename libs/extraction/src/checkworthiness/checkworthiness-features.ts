import {
  COPULA_ADVERBS,
  IRREGULAR_PARTICIPLES,
  PHRASES_BY_FIRST_WORD,
  PhraseKind,
  WORD_CLASSES,
  WordClass,
  isPresentCopula,
} from '../lexicon';
import { irregularVerbLemma } from '../matching/synonyms';
import { endsWithText } from '../text-chars';
import { tokenize, type Token } from '../tokenizer';
import { wordMemo } from '../word-ids';
import stateOfMindVerbsJson from './state-of-mind-verbs.json';

/**
 * What the heuristic sees in a sentence. Every value is in [0, 1] except
 * `entities` (0–3). Computed on the sentence's *content*: attribution clauses
 * ("…,” Marlow said on Tuesday", "according to Reuters", "Tagesblick Online
 * reported on Monday") are set aside first, because who said a thing and when
 * they said it is not what a fact-checker checks; only `attributed` records
 * that they were there. A trained model can take this vector as input.
 */
export interface CheckworthinessFeatures {
  /** A number or amount that is not a date, time or duration (2,480; one percent; thousands). */
  quantity: number;
  /** Two or more such amounts. */
  multipleQuantities: number;
  /** An amount without a number: many, most, several. */
  vagueQuantity: number;
  /** Comparisons and superlatives: more than, at least, over 65,000, largest. */
  comparative: number;
  /** Runs of capitalised words (names) not at the sentence start, at most 3. */
  entities: number;
  /** A date or time anchor: Monday, mid-October, 2016, this week, past 24 hours. */
  dateOrTime: number;
  /** A verb of something that happened or was done: killed, freed, left, paused, set up. */
  eventVerb: number;
  /** Past tense or perfect: was, were, had, did, -ed forms, "has"/"have"/"had" with an irregular participle; not a participle after a present "is"/"are" ("is based") or after "what"/"how"/"why". */
  pastOrPerfect: number;
  /** Cause or blame: because, caused, due to, led to, responsibility, accused. */
  causal: number;
  /** The sentence names a source: reporting verb, "according to". */
  attributed: number;
  /** Contains a question mark. */
  question: number;
  /** Reports an open question: asked if, whether or not, unclear whether. */
  indirectQuestion: number;
  /** First or second person belief or wish: I think, we hope, we need to, you should. */
  firstPersonOpinion: number;
  /** I, we, you, my, our … in the content. */
  personalPronoun: number;
  /** Modal and hedging words: may, might, could, would, perhaps, hope. */
  hedge: number;
  /** Future or intention: will, going to, expected to, hopes to, by the end of the year. */
  forwardLooking: number;
  /** 1 below 5 content words, 0.5 below 8. */
  shortness: number;
}

export const CHECKWORTHINESS_FEATURE_NAMES: ReadonlyArray<keyof CheckworthinessFeatures> = [
  'quantity',
  'multipleQuantities',
  'vagueQuantity',
  'comparative',
  'entities',
  'dateOrTime',
  'eventVerb',
  'pastOrPerfect',
  'causal',
  'attributed',
  'question',
  'indirectQuestion',
  'firstPersonOpinion',
  'personalPronoun',
  'hedge',
  'forwardLooking',
  'shortness',
];

const MAX_ENTITY_RUNS = 3;
/** A clause with a reporting verb longer than this is content, not attribution. */
const MAX_ATTRIBUTION_TOKENS = 14;
const LEADING_ATTRIBUTION_WINDOW = 15;
const QUOTE_ATTRIBUTION_WINDOW = 8;
const OPINION_WINDOW = 3;
/** Adverbs that may stand between a present copula and its participle. */
const MAX_COPULA_ADVERBS = 2;
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't"]);
/** A participle right after one of these is an indirect question's or a free relative's ("people know what happened"), not the claim's own tense. */
const WH_WORDS = new Set(['what', 'how', 'why']);
/** An -ed word right after one of these is an adjective ("every affected customer", "the injured"), not a past verb. */
const DETERMINERS = new Set(['a', 'an', 'the', 'every', 'each', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those']);
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', "i'm", "we're", "i've", "we've", 'you']);

/** Two more flags beside the lexicon's word classes, so that one lookup per token answers all three questions. */
const STARTS_PHRASE = 1 << 29;
const FIRST_PERSON_SUBJECT = 1 << 30;
const TOKEN_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map(WORD_CLASSES);
  for (const word of PHRASES_BY_FIRST_WORD.keys()) flags.set(word, (flags.get(word) ?? 0) | STARTS_PHRASE);
  for (const word of FIRST_PERSON_SUBJECTS) flags.set(word, (flags.get(word) ?? 0) | FIRST_PERSON_SUBJECT);
  return flags;
})();
/** `TOKEN_FLAGS` by the word's id (word-ids.ts): an array read per token, not a Map lookup by its string. */
const tokenFlags = wordMemo((lower: string): number => TOKEN_FLAGS.get(lower) ?? 0);
const COPULAS = new Set(['am', 'are', "'m", "'re"]);
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const DECADE = /^(?:(?:1[5-9]|20)\d0|\d0)'?s$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Per-token buffers reused from call to call (scoring is synchronous and never re-entered):
 * only the first n entries of each are read.
 */
const scratch = {
  classBuffer: new Int32Array(64),
  maskBuffer: new Uint8Array(64),
  classes(n: number): Int32Array {
    if (this.classBuffer.length < n) this.classBuffer = new Int32Array(n * 2);
    return this.classBuffer;
  },
  mask(n: number): Uint8Array {
    if (this.maskBuffer.length < n) this.maskBuffer = new Uint8Array(n * 2);
    return this.maskBuffer.fill(0, 0, n);
  },
};

/** `tokens`, when given, must be `tokenize(sentence)`: callers that already have them save a pass. */
export function extractCheckworthinessFeatures(sentence: string, tokens?: readonly Token[]): CheckworthinessFeatures {
  const text = typeof sentence === 'string' ? sentence : '';
  tokens ??= tokenize(text);
  const n = tokens.length;
  const classes = classesOf(tokens);
  const attribution = markAttribution(text, tokens, classes);
  const content = (i: number): boolean => i >= 0 && i < n && !attribution[i];
  /** Classes of the token at i if it is content, else 0. */
  const cls = (i: number): number => (content(i) ? classes[i]! : 0);
  const lowerAt = (i: number): string => (content(i) ? (tokens[i] as Token).lower : '');
  const numericAt = (i: number): boolean => content(i) && (tokens[i] as Token).numeric;

  let quantities = 0;
  let contentWords = 0;
  let entityRuns = 0;
  let inEntity = false;
  let phraseKinds = 0;
  const f: CheckworthinessFeatures = {
    quantity: 0,
    multipleQuantities: 0,
    vagueQuantity: 0,
    comparative: 0,
    entities: 0,
    dateOrTime: 0,
    eventVerb: 0,
    pastOrPerfect: 0,
    causal: 0,
    attributed: 0,
    question: text.includes('?') ? 1 : 0,
    indirectQuestion: 0,
    firstPersonOpinion: 0,
    personalPronoun: 0,
    hedge: 0,
    forwardLooking: 0,
    shortness: 0,
  };

  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    const w = token.lower;
    const c = classes[i]!;
    if (c & WordClass.reporting || attribution[i]) f.attributed = 1;
    if (!content(i)) {
      inEntity = false;
      continue;
    }
    contentWords++;
    const prevClass = cls(i - 1);
    const nextClass = cls(i + 1);

    const phrases = c & STARTS_PHRASE ? PHRASES_BY_FIRST_WORD.get(w) : undefined;
    if (phrases) {
      for (let p = 0; p < phrases.length; p++) {
        const phrase = phrases[p]!;
        let k = 1;
        while (k < phrase.words.length && lowerAt(i + k) === phrase.words[k]) k++;
        if (k === phrase.words.length) phraseKinds |= phrase.kind;
      }
    }

    // Amounts, dates and durations.
    if (token.numeric) {
      if (
        YEAR.test(w) ||
        DECADE.test(w) ||
        (prevClass | nextClass) & WordClass.month ||
        nextClass & WordClass.timeUnit ||
        isClockTime(text, token)
      ) {
        f.dateOrTime = 1;
      } else if (!ORDINAL.test(w)) {
        quantities++;
      }
    } else if (c & WordClass.magnitude || (w === 'cent' && lowerAt(i - 1) === 'per')) {
      // "5 percent", "two thousand", "tens of thousands": count the amount once.
      if (!numericAt(i - 1) && !(prevClass & (WordClass.numberWord | WordClass.magnitude))) quantities++;
    } else if (c & WordClass.numberWord) {
      if (nextClass & WordClass.timeUnit) f.dateOrTime = 1;
      else if (!(nextClass & WordClass.magnitude)) quantities++;
    }
    if (c & WordClass.vague) f.vagueQuantity = 1;
    if (
      c & WordClass.superlative ||
      (c & WordClass.approximator && (numericAt(i + 1) || nextClass & (WordClass.numberWord | WordClass.magnitude)))
    ) {
      f.comparative = 1;
    }
    if (
      (token.capitalised && c & WordClass.weekday) ||
      (token.capitalised &&
        c & WordClass.month &&
        (numericAt(i + 1) || numericAt(i - 1) || (w !== 'may' && !opensPersonName(tokens, i, cls)))) ||
      c & WordClass.timeWord ||
      (w.startsWith('mid-') && (WORD_CLASSES.get(w.slice(4)) ?? 0) & WordClass.month) ||
      (c & WordClass.timeModifier && (nextClass & WordClass.timeUnit || (numericAt(i + 1) && cls(i + 2) & WordClass.timeUnit)))
    ) {
      f.dateOrTime = 1;
    }

    // Names: runs of capitalised words, not the first word, not function words or dates.
    const isName = i > 0 && token.capitalised && !token.numeric && !(c & (WordClass.notName | WordClass.weekday | WordClass.month));
    if (isName && !(inEntity && !(tokens[i - 1] as Token).breakAfter)) entityRuns++;
    inEntity = isName;

    // What happened, and why.
    if (c & WordClass.eventVerb) f.eventVerb = 1;
    if (
      c & WordClass.pastAuxiliary ||
      w === 'did' ||
      w === "didn't" ||
      ((IRREGULAR_PARTICIPLES.has(w) || (endsWithText(w, 'ed') && !(c & WordClass.notPast))) &&
        afterAuxiliary(i, lowerAt, isPerfectAuxiliary)) ||
      ((w.length >= 5 || c & WordClass.eventVerb) &&
        endsWithText(w, 'ed') &&
        !w.includes('-') &&
        !(c & WordClass.notPast) &&
        // A capitalised word in -ed is a name's, or, opening the sentence, an adjective or a participle's before the
        // subject ("Tinned fish and rice.", "Asked about the fire, …") as often as the sentence's own past verb.
        !token.capitalised &&
        !afterAuxiliary(i, lowerAt, isPresentCopula) &&
        !afterAuxiliary(i, lowerAt, isBareBe) &&
        !DETERMINERS.has(lowerAt(i - 1)) &&
        !WH_WORDS.has(lowerAt(i - 1))) ||
      // "said", "told", "wrote" report the claim (often a forecast: "said it would …"), they tell no past event of their own.
      (!token.capitalised &&
        !(c & WordClass.reporting) &&
        isIrregularSimplePastWord(token) &&
        mayBeFiniteVerb(i, lowerAt) &&
        (!(token.breakAfter || i === n - 1) || endsSubject(tokens[i - 1] as Token)))
    ) {
      f.pastOrPerfect = 1;
    }
    if (c & WordClass.causal) f.causal = 1;

    // Opinion, hedging and intention.
    if (c & WordClass.pronoun) f.personalPronoun = 1;
    if (c & FIRST_PERSON_SUBJECT && opinionFollows(i, cls, lowerAt)) f.firstPersonOpinion = 1;
    if (
      w === 'in' &&
      (lowerAt(i + 1) === 'my' || lowerAt(i + 1) === 'our') &&
      (lowerAt(i + 2) === 'opinion' || lowerAt(i + 2) === 'view')
    ) {
      f.firstPersonOpinion = 1;
    }
    if (c & WordClass.hedge && (w !== 'may' || token.text === 'may')) f.hedge = 1;
    if (c & WordClass.future || endsWithText(w, "'ll")) f.forwardLooking = 1;
  }

  if (phraseKinds & PhraseKind.comparative) f.comparative = 1;
  if (phraseKinds & PhraseKind.event) f.eventVerb = 1;
  if (phraseKinds & PhraseKind.causal) f.causal = 1;
  if (phraseKinds & PhraseKind.forward) f.forwardLooking = 1;
  if (phraseKinds & PhraseKind.indirectQuestion) f.indirectQuestion = 1;
  if (phraseKinds & PhraseKind.time) f.dateOrTime = 1;
  f.quantity = quantities > 0 ? 1 : 0;
  f.multipleQuantities = quantities > 1 ? 1 : 0;
  f.entities = Math.min(entityRuns, MAX_ENTITY_RUNS);
  f.shortness = contentWords < 5 ? 1 : contentWords < 8 ? 0.5 : 0;
  return f;
}

/**
 * The participle at i follows an auxiliary `isAuxiliary` accepts, maybe past an adverb or two: "has never said" (a
 * perfect), "is based", "are not yet finished" (a present state, not a past event).
 */
function afterAuxiliary(i: number, lowerAt: (i: number) => string, isAuxiliary: (word: string) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(i - 1 - MAX_COPULA_ADVERBS, 0); k--) {
    const w = lowerAt(k);
    if (isAuxiliary(w)) return true;
    if (!isAdverb(w)) return false;
  }
  return false;
}

/**
 * Lemmas whose irregular forms are auxiliaries, not a past event: presents of "be" ("is", "are", "am", whose pasts are the
 * word classes' auxiliaries) and modals WordNet lists as pasts ("would" of "will", "could" of "can", "might" of "may").
 */
const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'will', 'can', 'may', 'shall']);
/**
 * Endings of irregular forms that are only participles ("given", "drawn", "sworn", "begun", "sunk", "swum", "gone"): without
 * an auxiliary they are a passive or an adjective ("the figures given by …", "a borrowed ladder"), not the sentence's past.
 */
const PARTICIPLE_ONLY = /(?:en|wn|rn|un|unk|um|one)$/;

/**
 * An irregular simple past by WordNet's verb exceptions (`irregularVerbLemma`: "went", "gave", "began", "threw", "rose"),
 * which the "-ed" test above cannot see: not a participle-only form, an auxiliary (`AUXILIARY_LEMMAS`), a verb of feeling or thought, an "-s" or
 * "-ing" form.
 */
function isIrregularSimplePast(w: string): boolean {
  if (endsWithText(w, 's') || endsWithText(w, 'ing') || PARTICIPLE_ONLY.test(w) || w.includes('-')) return false;
  const lemma = irregularVerbLemma(w);
  // ("felt", "thought", "knew", "chose" tell a state of mind, which the rules judge as such, not an event)
  return lemma !== undefined && !AUXILIARY_LEMMAS.has(lemma) && !EMOTION_VERBS.has(lemma) && !COGNITION_VERBS.has(lemma);
}

/** `isIrregularSimplePast` of a token, read by the word's id: its pattern and four look-ups ran for every word of every claim. */
const isIrregularSimplePastWord = wordMemo(isIrregularSimplePast);

/** WordNet's verbs whose most frequent sense is one of emotion or of cognition (scripts/build-state-of-mind-verbs.ts). */
export const EMOTION_VERBS: ReadonlySet<string> = new Set(stateOfMindVerbsJson.emotion.split(' '));
export const COGNITION_VERBS: ReadonlySet<string> = new Set(stateOfMindVerbsJson.cognition.split(' '));

/**
 * Words after which an irregular past form is no finite verb: a determiner or possessive makes it a noun or an adjective
 * ("the ground", "a saw", "the fell runners", "its found objects"), a preposition a noun ("on ground", "of felt"), "to" or a
 * modal a base form ("to fell trees", "would lay"), a "wh" word an indirect question ("what went wrong"), "who" or "which" a
 * relative clause describing a noun ("Tenants who left are waiting"), not the sentence's own tense.
 */
const NO_FINITE_VERB_AFTER: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...WH_WORDS,
  ...`who which of for in on at by with from into onto over under about to will would can could may might must shall should`.split(' '),
]);

/** Forms of "be" two words before a participle: "would be better spent", "was then paid" (a passive, judged by its "be"). */
const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are']);
/** Pronouns that end a subject: "They fell.", "It rose." */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** The irregular past form at i may be the sentence's finite verb: nothing before it makes it a noun, an adjective or a base form. */
function mayBeFiniteVerb(i: number, lowerAt: (i: number) => string): boolean {
  return (
    i > 0 &&
    !NO_FINITE_VERB_AFTER.has(lowerAt(i - 1)) &&
    !BE_FORMS.has(lowerAt(i - 2)) &&
    !afterAuxiliary(i, lowerAt, isPresentCopula) &&
    !afterAuxiliary(i, lowerAt, isBareBe)
  );
}

/**
 * A token that may end the subject of a verb closing its clause ("Prices rose.", "They fell,", "Shares in Norvale fell."): a
 * plural, a pronoun or a name. A singular common word before a clause's last word is as often an adjective before a noun
 * that is also an irregular past ("the easy bit.", "a long saw,"), which the engine, without tags here, cannot tell apart.
 */
function endsSubject(token: Token): boolean {
  const w = token.lower;
  return token.capitalised || SUBJECT_PRONOUNS.has(w) || (endsWithText(w, 's') && !endsWithText(w, "'s") && !endsWithText(w, 'ss'));
}

/** "be" (after a modal or "to"): a participle after it is a passive still to come ("would be published"), not a past event. */
function isBareBe(word: string): boolean {
  return word === 'be';
}

function isPerfectAuxiliary(word: string): boolean {
  return PERFECT_AUXILIARIES.has(word) || endsWithText(word, "'ve");
}

/** A word that may stand between an auxiliary and its participle. */
export function isAdverb(word: string): boolean {
  return COPULA_ADVERBS.has(word) || (word.length > 4 && endsWithText(word, 'ly'));
}

/** After "I" / "we" / "you": a belief or wish verb, or "are hoping", "am sure", within a few words. */
function opinionFollows(i: number, cls: (i: number) => number, lowerAt: (i: number) => string): boolean {
  const first = lowerAt(i);
  for (let k = i + 1; k <= i + OPINION_WINDOW; k++) {
    const c = cls(k);
    if (c & WordClass.opinionVerb) return true;
    if (c & WordClass.opinionState && (k === i + 1 || COPULAS.has(lowerAt(k - 1)))) {
      // "I'm sure" / "we're hoping": the copula is inside the subject token.
      if (k > i + 1 || first.endsWith("'m") || first.endsWith("'re")) return true;
    }
  }
  return false;
}

function isClockTime(text: string, token: Token): boolean {
  const after = text.charCodeAt(token.end);
  const before = text.charCodeAt(token.start - 1);
  return (
    (after === 0x3a && isAsciiDigit(text.charCodeAt(token.end + 1))) || (before === 0x3a && isAsciiDigit(text.charCodeAt(token.start - 2)))
  );
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Marks the tokens that name a source rather than state the claim:
 * - "according to …", "(as) quoted by …", "cited by …" up to the end of the clause;
 * - everything after a quote closed with ,” ?” !” .” when a reporting verb
 *   follows within a few words ("…,” Dahl said on Wednesday, as quoted by Kestrel"),
 *   up to the next opening quote mark;
 * - a leading "X reported that";
 * - a short last clause with a reporting verb (", Tagesblick Online reported on Monday").
 */
/**
 * Which of `tokens` (`tokenize(text)`) belong to an attribution clause, as the features set them aside (1) or to the content
 * (0): a new array, the caller's to keep.
 */
export function attributionTokens(text: string, tokens: readonly Token[]): Uint8Array {
  return markAttribution(text, tokens, classesOf(tokens)).slice(0, tokens.length);
}

/** Each token's `TOKEN_FLAGS`, in the scratch buffer (read before the next call). */
function classesOf(tokens: readonly Token[]): Int32Array {
  const classes = scratch.classes(tokens.length);
  for (let i = 0; i < tokens.length; i++) classes[i] = tokenFlags(tokens[i] as Token);
  return classes;
}

function markAttribution(text: string, tokens: readonly Token[], classes: Int32Array): Uint8Array {
  const n = tokens.length;
  const mask = scratch.mask(n);

  for (let i = 0; i < n; i++) {
    const phrases = classes[i]! & STARTS_PHRASE ? PHRASES_BY_FIRST_WORD.get((tokens[i] as Token).lower) : undefined;
    if (!phrases) continue;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (!(phrase.kind & PhraseKind.source) || !phraseAt(tokens, i, phrase.words)) continue;
      if (tokens[i - 1]?.lower === 'as') mask[i - 1] = 1;
      for (let j = i; j < n; j++) {
        mask[j] = 1;
        if ((tokens[j] as Token).breakAfter) break;
      }
    }
  }

  for (let i = 0; i < n - 1; i++) {
    if (!(tokens[i] as Token).breakAfter || !closesQuoteWithPunctuation(text, (tokens[i] as Token).end, (tokens[i + 1] as Token).start))
      continue;
    let verb = -1;
    for (let k = i + 1; k < n && k <= i + QUOTE_ATTRIBUTION_WINDOW && verb < 0; k++) {
      if (classes[k]! & WordClass.reporting) verb = k;
    }
    if (verb < 0) continue;
    for (let k = i + 1; k < n; k++) {
      mask[k] = 1;
      if (k >= verb && opensQuote(text, (tokens[k] as Token).end, tokens[k + 1]?.start ?? text.length)) break;
    }
  }

  for (let i = 0; i < Math.min(n - 1, LEADING_ATTRIBUTION_WINDOW); i++) {
    if (classes[i]! & WordClass.reporting && (tokens[i + 1] as Token).lower === 'that') {
      for (let k = 0; k <= i + 1; k++) mask[k] = 1;
      break;
    }
  }

  // The last clause not yet marked, if short, carrying a reporting verb, and not the only clause.
  let end = n;
  while (end > 0 && mask[end - 1]) end--;
  let start = Math.max(end - 1, 0);
  while (start > 0 && !(tokens[start - 1] as Token).breakAfter && !mask[start - 1]) start--;
  if (start > 0 && end > start && end - start <= MAX_ATTRIBUTION_TOKENS) {
    let verb = -1;
    for (let k = start; k < end && verb < 0; k++) if (classes[k]! & WordClass.reporting) verb = k;
    // "Its chair, Ana Berg, said the group had not been consulted.": a verb of its own after the reporting verb makes the
    // clause what was said, not who said it ("…, she said on Tuesday", "…, said Ana Berg").
    let content = false;
    for (let k = verb + 1; k < end && verb >= 0 && !content; k++) content = FINITE_AUXILIARIES.has((tokens[k] as Token).lower);
    if (verb >= 0 && !content) for (let k = start; k < end; k++) mask[k] = 1;
  }
  return mask;
}

/** Auxiliaries and forms of "be" that give a clause its own finite verb (`markAttribution`). */
const FINITE_AUXILIARIES = new Set(
  `is are was were isn't aren't wasn't weren't has have had hasn't haven't hadn't will would won't wouldn't can could
   cannot can't couldn't did does do didn't doesn't don't`.split(/\s+/),
);

/** tokens[i…] are the words of the phrase. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** text[from, to) holds , ? ! . or … directly followed (maybe after a single quote) by a closing double quote. */
function closesQuoteWithPunctuation(text: string, from: number, to: number): boolean {
  for (let p = from; p < to - 1; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x2c && c !== 0x3f && c !== 0x21 && c !== 0x2e && c !== 0x2026) continue;
    let q = p + 1;
    if (text.charCodeAt(q) === 0x27 || text.charCodeAt(q) === 0x2019) q++;
    const mark = text.charCodeAt(q);
    if (mark === 0x201d || mark === 0x22 || mark === 0xbb) return true;
  }
  return false;
}

function opensQuote(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x201c || c === 0x201e || c === 0xab) return true;
  }
  return false;
}

/** Words that put a month in time before it: "in June", "since Jan", "last April", "between Aug and Oct". */
const MONTH_LEADERS: ReadonlySet<string> = new Set(
  'in on by since until till from to of last next early late this before after during through between'.split(' '),
);

/**
 * At `i`, a month's name or short form with no number beside it, read as a person's first name: a capitalised word that is no
 * month, weekday or function word follows it and no word of time leads it ("Councillor Jan Threlkeld said", "June Allott, 62,"),
 * as "in June Councillor X said" is not.
 */
function opensPersonName(tokens: readonly Token[], i: number, cls: (i: number) => number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !next.capitalised || next.numeric || (tokens[i] as Token).breakAfter) return false;
  if (cls(i + 1) & (WordClass.notName | WordClass.weekday | WordClass.month)) return false;
  return i === 0 || !MONTH_LEADERS.has((tokens[i - 1] as Token).lower);
}
