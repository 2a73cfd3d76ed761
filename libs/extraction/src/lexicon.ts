import { endsWithText } from './text-chars';

// English word lists behind the check-worthiness features and claim types.
// Lower case; curly apostrophes are straightened by the tokenizer.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Nouns of a person's view: "in her view", "in Jo Roe's opinion", "in the estimation of X" (whose view, not where). */
export const VIEW_NOUNS = set(`view opinion estimation judgement judgment assessment words`);

/** Verbs that introduce what someone said; used to find attribution clauses. */
export const REPORTING_VERBS = set(`
  said says say told tells reported reports noted notes stated states announced announces claimed claims
  added adds wrote writes explained explains confirmed confirms insisted insists argued argues warned warns
  declared declares quoted tweeted posted acknowledged acknowledges asserted asserts commented comments
  stressed stresses emphasised emphasized emphasises emphasizes underlined alleged alleges testified
`);

/** Phrases after which the rest of the clause names a source: "according to Reuters", "as quoted by Kestrel". */
export const SOURCE_PREPOSITIONS: ReadonlyArray<readonly string[]> = [
  ['according', 'to'],
  ['quoted', 'by'],
  ['cited', 'by'],
  ['reported', 'by'],
];

/** Hundred to trillions, singular and plural: shared with the check-worthiness model's features. */
export const SCALE_WORDS = `hundred hundreds thousand thousands million millions billion billions trillion trillions`;

/** Two to ninety, spelled out ("one" is left out: "one of", "no one"): shared with the model's features. */
export const CARDINAL_WORDS = `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety`;

/** The days of the week: shared with the model's features. */
export const WEEKDAY_WORDS = `monday tuesday wednesday thursday friday saturday sunday`;

/** Amount words: "tens of thousands", "one percent", "dozens". */
export const MAGNITUDE_WORDS = set(`${SCALE_WORDS} dozen dozens score percent percentage per-cent bn mn tn`);

/** Spelled-out cardinals that state a quantity on their own. */
export const NUMBER_WORDS = set(`${CARDINAL_WORDS} half twice triple double`);

/** Quantifiers without a number: the sentence is about an amount but does not state it. */
export const VAGUE_QUANTIFIERS = set(`many most some several few numerous majority minority countless multiple`);

/** Superlatives and amount comparisons (two-word comparisons are in COMPARATIVE_PHRASES). */
export const SUPERLATIVES = set(`
  largest biggest highest lowest smallest worst best least fewest greatest longest shortest fastest
  slowest deadliest strongest weakest richest poorest oldest youngest record record-high record-low
  doubled tripled quadrupled halved
`);

export const COMPARATIVE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['greater', 'than'],
  ['higher', 'than'],
  ['lower', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'little', 'as'],
  ['as', 'few', 'as'],
  ['up', 'to'],
];

/** Words that compare when they come right before a number: "over 65,000", "nearly 500". */
export const APPROXIMATORS = set(`over under nearly almost roughly approximately about around some circa`);

export const WEEKDAYS = set(WEEKDAY_WORDS);

/** What "declined to" / "refused to" is followed by in a non-answer: "declined to comment", "refused to say". */
export const NO_COMMENT_VERBS = set(`comment answer respond say elaborate`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks weekend month months year years decade decades
  century centuries
`);

/** Words that anchor a claim in time on their own. */
export const TIME_WORDS = set(`
  today yesterday tomorrow tonight ago since previously earlier recently recent formerly currently
  annually daily weekly monthly
`);

/** "this week", "last year", "past 24 hours": a modifier followed by a time unit. */
export const TIME_MODIFIERS = set(`this last next past previous coming following recent`);

/**
 * Verbs of things that happen or are done: the backbone of checkable event
 * claims. Mostly past and -ing forms: base and -s forms that double as nouns
 * ("the end", "strikes", "a cut") are left out on purpose.
 */
export const EVENT_VERBS = set(`
  kill kills killed killing freed freeing left leaving flee flees fled fleeing die dies died dying
  wounded injured attacked attacking captured recaptured retake retook retaken seize seized surrendered
  evacuate evacuated launched bombed shelled struck destroy destroys destroyed damaged pardoned paused
  resumed stopped started began begun ended opened closed signed passed approved rejected voted won
  lost elected appointed resigned arrested detained charged convicted sentenced banned imposed lifted
  delivered sent received built reached increased decreased rose risen fell fallen grew grown dropped
  spent paid invested funded earned sold bought hired fired moved arrived returned bring brings brought
  served serving used using targeted targeting take takes took taken controlled controlling besieged
  shot invade invaded occupy occupied withdraw withdraws withdrew withdrawn deploy deployed escaped
  prevent prevents prevented blocked allowed provide provides provided supplied get gets got directed
  choose chooses chose retreated advanced entered visited met operated rescued collapsed stepped
`);

/** Two-word event verbs: "set up", "stepped up". The first word alone is too vague. */
export const EVENT_PHRASES: ReadonlyArray<readonly string[]> = [
  ['set', 'up'],
  ['step', 'up'],
  ['stepped', 'up'],
  ['pulled', 'out'],
  ['broke', 'out'],
  ['carried', 'out'],
];

/** Words ending in -ed that are not past participles. */
export const NOT_PAST = set(
  `need indeed hundred speed seed feed deed breed greed weed creed bred embed shed united red bed exceed proceed succeed`,
);

/** Irregular past participles: after "has", "have" or "had" they make a perfect ("has said", "have never given"). */
export const IRREGULAR_PARTICIPLES = set(`
  been done gone said told made given taken seen known shown written won lost paid sold bought built held found
  left brought thought fought met run begun become come spent sent kept led put set cut hit struck grown risen
  fallen driven broken chosen spoken stolen frozen forgotten eaten beaten hidden ridden sunk drunk swum sung
  thrown drawn worn torn sworn born borne shot lent bent dealt felt heard meant read slept stood understood
`);

/** A present "is"/"are" before a participle: "is based", "are concerned", "isn't finished" state the present, not the past. */
export const PRESENT_COPULAS = set(`am is are isn't aren't 's 're 'm`);

/** A present "is"/"are", also inside a contraction ("it's", "they're"; an "'s" may be "has", so a participle after it is not taken for past). */
export function isPresentCopula(word: string): boolean {
  return PRESENT_COPULAS.has(word) || endsWithText(word, "'s") || endsWithText(word, "'re") || endsWithText(word, "'m");
}

/** Words that may stand between a copula and its participle: "is not finished", "are still closed", "is being built" (and any word in -ly). */
export const COPULA_ADVERBS = set(`not never yet still also now already quite very so too often always being just`);

export const PAST_AUXILIARIES = set(`was were had`);
/** The forms of "be", before a state or a participle: "is open", "were leaving", "were let". */
export const BE_FORMS = set(`be is are was were been being`);

/**
 * Auxiliaries and modals: after a speech verb they open a reported clause of its own ("said his client would appeal"),
 * where a trailing attribution has only a time, place or audience ("said on Monday"); in a denied clause they stand
 * between its subject and its act ("denied that it had ever …").
 */
export const AUXILIARIES = set(`would will could can may might should must shall had has have was were is are did does do`);

export const CAUSAL_WORDS = set(`
  because caused causes causing responsibility responsible blame blamed blames blaming accused accuses
  accusing fault consequence consequences therefore consequently hence
`);

export const CAUSAL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['due', 'to'],
  ['led', 'to'],
  ['leads', 'to'],
  ['lead', 'to'],
  ['leading', 'to'],
  ['resulted', 'in'],
  ['result', 'in'],
  ['results', 'in'],
  ['as', 'a', 'result'],
  ['thanks', 'to'],
  ['owing', 'to'],
  ['because', 'of'],
];

export const PERSONAL_PRONOUNS = set(
  `i me my mine myself we us our ours ourselves you your yours yourself i'm we're i've we've you're let's`,
);

/** Verbs of belief and wish that turn a first-person sentence into an opinion. */
export const OPINION_VERBS = set(`think believe feel hope want need wish guess suppose expect doubt fear consider must should`);

/** Adjectives after "I am" / "we are" with the same effect: "we are hoping", "I'm sure". */
export const OPINION_STATES = set(`hoping sure convinced confident certain hopeful worried afraid glad happy sorry determined`);

export const HEDGES = set(`
  may might could would should perhaps maybe possibly probably likely unlikely hope hopes hoped hoping
  wish wishes seem seems seemingly apparently presumably
`);

/**
 * Lemmas (wink-nlp's) of verbs of reacting: a statement of the subject's when they introduce what was said (", saying
 * …", a colon, a quote), when their object is something said or decided ("welcomed the report", "praised the
 * ruling"), and always for an apology, itself a statement.
 */
export const REACTION_LEMMAS = new Set<string>([
  'welcome',
  'praise',
  'hail',
  'applaud',
  'commend',
  'thank',
  'congratulate',
  'regret',
  'lament',
  'slam',
  'apologise',
  'apologize',
]);
export const APOLOGY_LEMMAS = new Set(['apologise', 'apologize']);

export const FUTURE_WORDS = set(`will shall won't 'll forecast forecasts predict predicts predicted projected`);

export const FORWARD_PHRASES: ReadonlyArray<readonly string[]> = [
  ['going', 'to', 'be'],
  ['hopes', 'to'],
  ['hope', 'to'],
  ['hoping', 'to'],
  ['expected', 'to'],
  ['expects', 'to'],
  ['plans', 'to'],
  ['plan', 'to'],
  ['planning', 'to'],
  ['aims', 'to'],
  ['intends', 'to'],
  ['is', 'set', 'to'],
  ['are', 'set', 'to'],
  ['by', 'the', 'end', 'of'],
  ['in', 'the', 'coming'],
  ['next', 'year'],
  ['next', 'month'],
  ['next', 'week'],
];

/** Time anchors of more than one word ("by the end of the year" also points ahead: see FORWARD_PHRASES). */
export const TIME_PHRASES: ReadonlyArray<readonly string[]> = [
  ['by', 'the', 'end', 'of'],
  ['at', 'the', 'end', 'of'],
  ['at', 'the', 'start', 'of'],
  ['at', 'the', 'beginning', 'of'],
  ['in', 'the', 'past'],
];

export const INDIRECT_QUESTION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['asked', 'if'],
  ['asked', 'whether'],
  ['wondered', 'if'],
  ['wondered', 'whether'],
  ['unclear', 'whether'],
  ['unclear', 'if'],
  ['whether', 'or', 'not'],
];

/** Capitalised words that are not names: function words after an opening quote or colon, pronouns. */
export const CAPITALISED_NON_NAMES = set(`
  a an the this that these those it its it's he she they we i you there here his her their our my your
  in on at by for from with of to and but or so as if when while after before during since until
  many most some several few all any each every both no not one yes however meanwhile also still then
  despite although though because according what why how who where which such other another
`);

/** Bit flags for the word classes above: one Map lookup per token gives all of them. */
export const WordClass = {
  reporting: 1 << 0,
  magnitude: 1 << 1,
  numberWord: 1 << 2,
  vague: 1 << 3,
  superlative: 1 << 4,
  approximator: 1 << 5,
  weekday: 1 << 6,
  month: 1 << 7,
  timeUnit: 1 << 8,
  timeWord: 1 << 9,
  timeModifier: 1 << 10,
  eventVerb: 1 << 11,
  notPast: 1 << 12,
  pastAuxiliary: 1 << 13,
  causal: 1 << 14,
  pronoun: 1 << 15,
  opinionVerb: 1 << 16,
  opinionState: 1 << 17,
  hedge: 1 << 18,
  future: 1 << 19,
  notName: 1 << 20,
} as const;

export const PhraseKind = {
  source: 1 << 0,
  comparative: 1 << 1,
  event: 1 << 2,
  causal: 1 << 3,
  forward: 1 << 4,
  indirectQuestion: 1 << 5,
  time: 1 << 6,
} as const;

export interface Phrase {
  words: readonly string[];
  kind: number;
}

function buildWordClasses(): ReadonlyMap<string, number> {
  const classes = new Map<string, number>();
  const add = (words: ReadonlySet<string>, flag: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | flag);
  };
  add(REPORTING_VERBS, WordClass.reporting);
  add(MAGNITUDE_WORDS, WordClass.magnitude);
  add(NUMBER_WORDS, WordClass.numberWord);
  add(VAGUE_QUANTIFIERS, WordClass.vague);
  add(SUPERLATIVES, WordClass.superlative);
  add(APPROXIMATORS, WordClass.approximator);
  add(WEEKDAYS, WordClass.weekday);
  add(MONTHS, WordClass.month);
  add(TIME_UNITS, WordClass.timeUnit);
  add(TIME_WORDS, WordClass.timeWord);
  add(TIME_MODIFIERS, WordClass.timeModifier);
  add(EVENT_VERBS, WordClass.eventVerb);
  add(NOT_PAST, WordClass.notPast);
  add(PAST_AUXILIARIES, WordClass.pastAuxiliary);
  add(CAUSAL_WORDS, WordClass.causal);
  add(PERSONAL_PRONOUNS, WordClass.pronoun);
  add(OPINION_VERBS, WordClass.opinionVerb);
  add(OPINION_STATES, WordClass.opinionState);
  add(HEDGES, WordClass.hedge);
  add(FUTURE_WORDS, WordClass.future);
  add(CAPITALISED_NON_NAMES, WordClass.notName);
  return classes;
}

function buildPhraseIndex(): ReadonlyMap<string, readonly Phrase[]> {
  const index = new Map<string, Phrase[]>();
  const add = (phrases: ReadonlyArray<readonly string[]>, kind: number): void => {
    for (const words of phrases) {
      const first = words[0] as string;
      const list = index.get(first) ?? [];
      list.push({ words, kind });
      index.set(first, list);
    }
  };
  add(SOURCE_PREPOSITIONS, PhraseKind.source);
  add(COMPARATIVE_PHRASES, PhraseKind.comparative);
  add(EVENT_PHRASES, PhraseKind.event);
  add(CAUSAL_PHRASES, PhraseKind.causal);
  add(FORWARD_PHRASES, PhraseKind.forward);
  add(INDIRECT_QUESTION_PHRASES, PhraseKind.indirectQuestion);
  add(TIME_PHRASES, PhraseKind.time);
  return index;
}

export const WORD_CLASSES = buildWordClasses();
export const PHRASES_BY_FIRST_WORD = buildPhraseIndex();
