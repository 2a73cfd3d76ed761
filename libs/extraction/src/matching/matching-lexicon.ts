// Word lists for claim matching. Lower case, apostrophes already split off by
// the normaliser. They decide which words two rewordings of a claim must share.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Words that carry no claim content, or that rewordings change freely: function
 * words, auxiliaries, reporting verbs, days and relative time ("on Monday" in one
 * article is "yesterday" in the next), approximators ("over 3,000" / "more than
 * 3,000" / "some 3,000"). Negations are NOT here: "not" must stay.
 */
export const MATCHING_STOP_WORDS = set(`
  a an the this that these those there here such
  i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
  is are was were be been being am do does did doing done have has had having will would shall should can could may might must
  of in on at to from by for with within into onto upon about above below over under through via across along
  between among amongst after before during since until till against toward towards around near off out up down per
  and or but nor so yet also too as if than then because while whereas although though however meanwhile
  all any each every both either neither some more most other another own same only just even still already now again
  very much many further furthermore including among
  said says say saying told tell tells reported reports report noted notes stated states announced announces claimed claims
  added adds wrote writes explained explains confirmed confirms insisted insists argued argues warned warns declared
  declares quoted tweeted posted acknowledged acknowledges asserted asserts commented comments stressed stresses
  emphasised emphasized underlined alleged alleges testified according citing cited statement
  one
  show shows showed
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight earlier later recently currently
  nearly almost roughly approximately around some least estimated reportedly apparently
  mr mrs ms dr
`);

/** Words that reverse a claim: "X did not happen" must not confirm "X happened". */
export const NEGATIONS = set(`not no never nobody nothing none without`);

/** Spelled-out cardinals below a hundred. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Multipliers: "3 million", "two hundred", "1.6bn". Plurals ("thousands of") are vague amounts, not numbers. */
export const MAGNITUDE_VALUES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['bln', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/** One spelling for words that rewordings write in several ways. Applied before stemming. */
export const WORD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'],
  ['pct', 'percent'],
  ['percentage', 'percent'],
  ['$', 'dollar'],
  ['usd', 'dollar'],
  ['€', 'euro'],
  ['eur', 'euro'],
  ['£', 'pound'],
  ['gbp', 'pound'],
  ['u.s', 'usa'],
  ['u.s.a', 'usa'],
  ['u.k', 'uk'],
  ['u.n', 'un'],
  ['e.u', 'eu'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['centre', 'center'],
  ['centres', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['metres', 'meter'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometer'],
  ['litre', 'liter'],
  ['litres', 'liter'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['programme', 'program'],
  ['programmes', 'program'],
  ['airstrike', 'strike'],
  ['airstrikes', 'strike'],
  ['died', 'die'],
  ['dies', 'die'],
  ['dying', 'die'],
  ['dead', 'die'],
  ['deaths', 'die'],
  ['death', 'die'],
  // "were killed" / "died" / "lost her life" (normalise.ts losesLife): one word for a death, as the story counts it.
  ['killed', 'die'],
  ['fled', 'flee'],
  ['flees', 'flee'],
  ['fleeing', 'flee'],
  ['rose', 'rise'],
  ['risen', 'rise'],
  ['rising', 'rise'],
  ['fell', 'fall'],
  ['fallen', 'fall'],
  ['grew', 'grow'],
  ['grown', 'grow'],
  ['won', 'win'],
  ['winning', 'win'],
  ['lost', 'lose'],
  ['losing', 'lose'],
  ['took', 'take'],
  ['taken', 'take'],
  ['taking', 'take'],
  ['retook', 'retake'],
  ['retaken', 'retake'],
  ['made', 'make'],
  ['making', 'make'],
  ['gave', 'give'],
  ['given', 'give'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['sold', 'sell'],
  ['bought', 'buy'],
  ['paid', 'pay'],
  ['spent', 'spend'],
  ['sent', 'send'],
  ['shot', 'shoot'],
  ['struck', 'strike'],
  ['seen', 'see'],
  ['saw', 'see'],
  ['held', 'hold'],
  ['led', 'lead'],
  ['met', 'meet'],
  ['came', 'come'],
  ['went', 'go'],
  ['gone', 'go'],
  ['withdrew', 'withdraw'],
  ['withdrawn', 'withdraw'],
  ['broke', 'break'],
  ['broken', 'break'],
  ['built', 'build'],
  // British words for a thing American English names otherwise (wire copy from both sides).
  ['lorry', 'truck'],
  ['lorries', 'truck'],
  ['petrol', 'gasoline'],
  ['motorway', 'highway'],
  ['motorways', 'highway'],
  ['pavement', 'sidewalk'],
  ['pavements', 'sidewalk'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplane'],
  ['tyre', 'tire'],
  ['tyres', 'tire'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  // Informal and headline words for the standard word ("flu jabs" / "doses", "axe 600 jobs" / "cut 600 jobs"), and nouns
  // and forms WordNet groups apart from their verb ("savings" / "saved", "additional" in no group, "saved" an adjective's).
  ['jab', 'dose'],
  ['jabs', 'dose'],
  ['axe', 'cut'],
  ['axes', 'cut'],
  ['axed', 'cut'],
  ['axing', 'cut'],
  ['additional', 'extra'],
  ['saving', 'save'],
  ['savings', 'save'],
  ['saved', 'save'],
  // Words WordNet groups with no other for the story's one thing: "employees" / "workers", "a blaze" / "a fire".
  ['employee', 'worker'],
  ['employees', 'worker'],
  ['blaze', 'fire'],
  ['blazes', 'fire'],
  // A legislature's draft law: "passed a bill" / "approved legislation" (WordNet groups "legislation" with "statute law").
  ['legislation', 'bill'],
  // One measure under the words news uses for it, which WordNet groups apart (branch matching33): the money a business or a
  // venue takes in ("turnover" / "gate receipts" / "takings" / "sales"), and the people without work ("jobless" / "unemployed").
  ['revenues', 'revenue'],
  ['turnover', 'revenue'],
  ['sales', 'revenue'],
  ['takings', 'revenue'],
  ['receipts', 'revenue'],
  ['income', 'revenue'],
  ['jobless', 'unemployed'],
  ['unemployment', 'unemployed'],
]);

/**
 * "admitted to hospital", "hospital admissions": admitting into a place of care, not acknowledging (WordNet's first
 * sense of "admit", with which it groups "acknowledge"): an admit-word next to one of CARE_PLACES (normalise.ts:
 * intoCarePlace) reads as "hospitalise", as "hospitalised" does.
 */
export const ADMIT_WORDS = set(`admit admits admitted admitting admission admissions`);
export const CARE_PLACES = set(`hospital hospitals ward wards clinic clinics infirmary icu`);
/** How many words after "admitted to" the place of care may come ("admitted to its 74 hospitals"). */
export const ADMISSION_CONTEXT = 4;
/**
 * Verbs that carry or keep a person somewhere: before "to", "into", "at" or "in" and one of CARE_PLACES ("were taken to the
 * hospital", "put 14 employees in hospital", "treated in hospital", "rushed to a clinic") they read as "hospitalise", as
 * "hospitalised" does (normalise.ts intoCarePlace).
 */
export const CARRY_WORDS = set(
  `take takes taking taken took treat treats treating treated rush rushes rushing rushed send sends sending sent fly flies flying
  flew flown airlift airlifts airlifting airlifted carry carries carrying carried ferry ferries ferrying ferried put puts putting`,
);

/**
 * A form of "let" within JOB_CONTEXT words before "go" lets go of people ("letting 40 temps go"), as conflict detection's
 * JOB_LOSS_WORDS lose posts (normalise.ts losesJob).
 */
export const LET_WORDS = set(`let lets letting`);
/**
 * Nouns of change that a noun may stand before as its modifier ("cost reductions", "price rises", "cost cutting"): the word
 * before them is that noun, not a verb ("cost" is then no "price" as the verb "to cost" is). A closed list of the common ones.
 */
export const CHANGE_NOUNS = set(`reduction reductions cuts cutting rises increases decreases falls drops declines`);
/** How far from its job noun a job-loss word, or a number from a post, may stand ("600 administrative roles would go": 3). */
export const JOB_CONTEXT = 3;

/**
 * Nouns a count of homes is written in (normalise.ts isCountedHome): counted, each is the one word "household". A
 * property counted is one where people live, as conflict detection reads it (figure-pairing.ts propertiesAndHomes).
 */
export const HOME_NOUNS = set(`home house household dwelling flat apartment property`);

/**
 * Prefixes that stand before a hyphen and are no word of their own ("Pre-tax profit", "ex-minister",
 * "non-executive"): never a name, even opening a claim; those a restatement writes as a word are read
 * as that word ("pre-tax" / "before tax", "ex-minister" / "former minister").
 */
export const BOUND_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['pre', 'before'],
  ['post', 'after'],
  ['ex', 'former'],
  ['non', 'non'],
  ['anti', 'anti'],
  ['co', 'co'],
  ['mid', 'mid'],
  ['semi', 'semi'],
  ['multi', 'multi'],
  ['sub', 'sub'],
]);

/** Two-word names and units written as one word elsewhere ("United States" / "U.S."). */
export const PHRASE_ALIASES: ReadonlyArray<readonly [string, string, string]> = [
  ['united', 'states', 'usa'],
  ['united', 'kingdom', 'uk'],
  ['great', 'britain', 'uk'],
  ['united', 'nations', 'un'],
  ['european', 'union', 'eu'],
  ['per', 'cent', 'percent'],
  ['air', 'strike', 'strike'],
  ['air', 'strikes', 'strike'],
  // "signed off the accounts" / "approved the accounts": the phrasal verb of consent WordNet lacks (its "sign off" ends a broadcast).
  ['sign', 'off', 'approve'],
  ['signs', 'off', 'approve'],
  ['signed', 'off', 'approve'],
  ['signing', 'off', 'approve'],
];

/** Upper-case abbreviations that are also ordinary lower-case words ("US" / "us", "UN" / "un"). */
export const UPPER_CASE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['US', 'usa'],
  ['USA', 'usa'],
  ['UK', 'uk'],
  ['UN', 'un'],
  ['EU', 'eu'],
]);

/** Words that end in -s, -ed or -ing but are not plurals or verb forms. */
export const STEM_EXCEPTIONS = set(`
  news series species means bus gas lens chaos
  bed red shed need speed seed feed hundred indeed united
  during king ring thing nothing something anything everything evening morning spring string wing ceiling sibling
`);

/**
 * Verbs that introduce who said a claim. Only forms that are not also common
 * nouns ("states", "claims", "reports" are left out: "member states agreed").
 */
export const ATTRIBUTION_VERBS = set(`
  said says told tells reported noted stated announced announces claimed added adds wrote writes explained
  confirmed insisted argued warned declared quoted tweeted posted acknowledged asserted commented stressed
  emphasised emphasized underlined alleged testified estimated estimates show shows showed
  conceded concedes announce briefed
`);

/**
 * Speech verbs that also say something else ("was admitted to hospital", "tests revealed
 * cracks"): attribution only at the end of a claim ("…, the company's director admitted").
 */
export const TRAILING_ATTRIBUTION_VERBS = set(`admitted admits revealed reveal reveals disclosed`);

/** Currency words, which go after the amount ("$30" and "30 dollars" both become "30 dollar"). */
export const CURRENCIES = set(`dollar euro pound`);

/** Words that open a source phrase: "according to Reuters", "citing officials", "as quoted by Kestrel". */
export const SOURCE_OPENERS = set(`according citing quoting`);

/** Pronouns that point back to the speaker: in "Turkey said it shot down a jet" the speaker is the subject. */
export const SPEAKER_PRONOUNS = set(`he she it they we i`);
