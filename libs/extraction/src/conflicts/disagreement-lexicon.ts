import { HAPPENINGS, sameThingOf } from './same-thing';
import { boundedMemo } from '../bounded-memo';
import { wordMemo, type WordRef } from '../word-ids';
import adjectiveAntonymsJson from './adjective-antonyms.json';
import wordAntonymsJson from './word-antonyms.json';
/**
 * Generic English words for disagreement: denial verbs, negations, words of contrast,
 * casualty words, people counted, events. None names a source or a story. Every list is
 * matched against lower-case tokens.
 */

/** Stems of verbs and nouns that deny or reject what another says ("denied", "rejected", "dismissed … as", "disagreed"). */
export const DENIAL_ROOTS = ['deni', 'deny', 'reject', 'dismiss', 'disput', 'refut', 'contradict', 'rebut', 'contest', 'disagre'] as const;

export function isDenialWord(lower: string): boolean {
  const c = lower.charCodeAt(0);
  // Every root starts with d, r or c: most words are ruled out by their first letter.
  if (c !== 100 && c !== 114 && c !== 99) return false;
  return DENIAL_ROOTS.some((root) => lower.startsWith(root));
}

/** Words that negate the statement they are in ("its auditors had never signed", "did not"). */
export const NEGATIONS = new Set(['not', 'never', 'nothing', 'neither', 'nor']);

/** Whether a word negates its clause: one of NEGATIONS or any contraction of "not" ("didn't", "couldn't"). */
export function negatesClause(lower: string): boolean {
  return NEGATIONS.has(lower) || lower.endsWith("n't");
}

/** Words that call a statement untrue: "that was wrong", "the figures are false". */
export const UNTRUE_WORDS = new Set([
  'wrong',
  'false',
  'untrue',
  'baseless',
  'unfounded',
  'incorrect',
  'inaccurate',
  'misleading',
  'fabricated',
  'nonsense',
  'groundless',
  'lies',
  'lie',
  'propaganda',
  'fiction',
  'invented',
  'exaggerated',
  'inflated',
  'overstated',
  'distorted',
  'fake',
  'rubbish',
  'absurd',
  'ridiculous',
  'erroneous',
  'mistaken',
  'bogus',
  'falsehood',
  'falsehoods',
  'fabrication',
  'fabrications',
  'misinformation',
  'disinformation',
  'unsubstantiated',
  'defamatory',
  'libellous',
  'slanderous',
  'biased',
]);

/** A negation or a word calling something untrue. */
export function isNegation(lower: string): boolean {
  return NEGATIONS.has(lower) || UNTRUE_WORDS.has(lower) || (lower.endsWith("n't") && !MODAL_NEGATIONS.has(lower));
}

/** Modals: "could not prove", "cannot say" deny nothing, they hedge. */
export const MODALS = new Set(['could', 'can', 'may', 'might', 'would', 'should', 'must']);
const MODAL_NEGATIONS = new Set(["couldn't", "can't", 'cannot', "wouldn't", "shouldn't", "mightn't", "mustn't"]);

/**
 * What a denial can point back at: "denied the claims", "rejected the report", "dismissed the
 * figures as", "rejected that calculation", "the samples were misleading". Singular and plural forms.
 * ("the post", "the complaints" name one kind of statement and are left out: tried, they answered another
 * source's statement right before them.)
 */
export const REFERENTS = new Set(
  `claim claims allegation allegations accusation accusations report reports figure figures account accounts
   suggestion suggestions assertion assertions statement statements version estimate estimates number numbers criticism
   assessment finding findings conclusion conclusions story stories rumour rumours rumor rumors criticisms
   description portrayal characterisation characterization interpretation results comparison comparisons calculation
   calculations samples readings`.split(/\s+/),
);

/**
 * Statements a denial names by the kind of statement they are, and the words that give a statement as one of
 * that kind: "the story was untrue" answers what a paper "reported", "rejected the findings" what inspectors
 * "found", "the allegations" what someone "alleged" or "accused" another of, however far back it was said.
 */
export const STATEMENT_KINDS = byKind({
  report: 'report reports story stories article articles',
  finding: 'finding findings conclusion conclusions',
  allegation: 'allegation allegations accusation accusations claim claims',
  rumour: 'rumour rumours rumor rumors',
  criticism: 'criticism criticisms',
});

/** The words giving a statement as one of a kind (`STATEMENT_KINDS`), its frame: "reported", "the report said", "found", "alleged". */
export const STATEMENT_FRAMES = byKind({
  report: 'report reports reported reporting story article',
  finding: 'found finds finding findings concluded concludes conclusion',
  allegation: 'alleged alleges alleging allegation allegations accused accuses accusing claimed claiming',
  rumour: 'rumoured rumored rumour rumours rumor rumors speculated',
  criticism: 'criticised criticized criticises criticizes criticising criticizing complain complains complained complaining',
});

/**
 * Statements that are no statement of fact, which a denial may name by their kind: "denied giving any such undertaking",
 * "rejected that warning as alarmist", "disputed the projection", "said no such offer was ever tabled". A denial
 * naming one answers a statement of that kind (`NAMED_KIND_FRAMES`), not a figure or an account given near it.
 */
export const NAMED_KINDS = byKind({
  undertaking: `promise promises pledge pledges commitment commitments assurance assurances undertaking undertakings guarantee
    guarantees vow vows offer offers`,
  warning: 'warning warnings threat threats ultimatum',
  forecast: 'forecast forecasts prediction predictions projection projections estimate estimates',
});

/** The words giving a statement as one of a kind (`NAMED_KINDS`): "promised", "pledged", "warned", "forecast", "estimated". */
export const NAMED_KIND_FRAMES = byKind({
  undertaking: `promise promised promises promising pledge pledged pledges pledging commit commits committed commitment
    assured assures assurance guarantee guaranteed guarantees undertook undertaken vow vowed offer offered offers offering`,
  warning: 'warn warned warns warning warnings threatened threatens threatening threat threats cautioned ultimatum',
  forecast: `forecast forecasts forecasting predicted predicts predicting prediction projected projection estimated
    estimating estimate estimates expected expects`,
});

/** Each word of each kind's list, mapped to its kind. */
function byKind(lists: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const kinds = new Map<string, string>();
  for (const [kind, list] of Object.entries(lists)) for (const word of list.split(/\s+/)) if (word) kinds.set(word, kind);
  return kinds;
}

/** Words a denial points back with: "denied that", "rejected it", "said that was wrong". */
export const ANAPHORS = new Set(['that', 'this', 'it', 'these', 'those', 'them']);

/**
 * Words of change and the direction they name, verbs and nouns: "grew by 2.4 percent" and
 * "growth of 0.8 percent" both measure an increase.
 */
export const CHANGE_WORDS: ReadonlyMap<string, 'increase' | 'decrease'> = (() => {
  const words = new Map<string, 'increase' | 'decrease'>();
  const add = (direction: 'increase' | 'decrease', list: string): void => {
    for (const word of list.split(/\s+/)) if (word) words.set(word, direction);
  };
  add(
    'increase',
    `rise rises rose risen rising increase increases increased grow grows grew grown growth expand expands expanded expansion
     climb climbs climbed jump jumps jumped gain gains gained`,
  );
  add(
    'decrease',
    `fall falls fell fallen falling decrease decreases decreased decline declines declined drop drops dropped shrink shrinks
     shrank shrunk contraction contracted cut cuts slump slumped eased eases`,
  );
  return words;
})();

/** Words that mark a statement as answering or correcting another. */
export const CONTRAST_WORDS = new Set([
  'only',
  'actually',
  'however',
  'but',
  'instead',
  'contrary',
  'merely',
  'just',
  'nearer',
  'barely',
  'scarcely',
  'hardly',
]);
/** Two-word contrast phrases, by first word: "in fact", "far fewer", "as few as", "closer to" (a figure set against another). */
export const CONTRAST_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['in', ['fact', 'reality']],
  ['closer', ['to']],
  ['far', ['fewer', 'more', 'less', 'lower', 'higher']],
  ['much', ['lower', 'higher', 'fewer']],
]);

/**
 * What happened to the people a figure counts: killed, hurt (`any`: either, "no one was hurt"
 * answers both), driven from their homes, arrested, or what they took part in (a march, a
 * meeting). Figures of two classes count different people.
 */
export type CasualtyClass = 'death' | 'injury' | 'any' | 'displaced' | 'detained' | 'attended';

/** Casualty words by prefix, and the class they count; a zero of `any' ("no one was hurt") answers both. */
const CASUALTY_ROOTS: ReadonlyArray<readonly [string, CasualtyClass]> = [
  ['kill', 'death'],
  ['death', 'death'],
  ['fatalit', 'death'],
  ['fatally', 'death'],
  // Ways of dying WordNet gives as kinds of "die": "41 people had drowned", "two firemen perished".
  ['drown', 'death'],
  ['perish', 'death'],
  ['injur', 'injury'],
  ['wound', 'injury'],
  ['casualt', 'any'],
  ['displac', 'displaced'],
  ['evacu', 'displaced'],
  ['detain', 'detained'],
  ['detention', 'detained'],
  ['arrest', 'detained'],
];
/** Casualty words matched whole, where a prefix would catch other words ("deadline", "diesel", "harmony"). */
const CASUALTY_WORDS: ReadonlyMap<string, CasualtyClass> = new Map([
  ['dead', 'death'],
  ['die', 'death'],
  ['dies', 'death'],
  ['died', 'death'],
  ['dying', 'death'],
  ['toll', 'death'],
  ['bodies', 'death'],
  ['lives', 'death'],
  ['hurt', 'any'],
  ['harmed', 'any'],
  ['fled', 'displaced'],
  ['flee', 'displaced'],
  ['fleeing', 'displaced'],
  ['homeless', 'displaced'],
  ['uprooted', 'displaced'],
]);

/** As `casualtyClassOf`, for the word beside a count: "12 people were hurt" counts the injured. */
export function countedCasualtyClassOf(lower: string): CasualtyClass | null {
  const cls = casualtyClassOf(lower);
  return cls === 'any' && (lower === 'hurt' || lower === 'harmed') ? 'injury' : cls;
}

export const casualtyClassOf = boundedMemo((lower: string): CasualtyClass | null => {
  const whole = CASUALTY_WORDS.get(lower);
  if (whole) return whole;
  const c = lower.charCodeAt(0);
  // Most words start with none of the roots' letters.
  if (c !== 107 && c !== 100 && c !== 102 && c !== 105 && c !== 119 && c !== 99 && c !== 101 && c !== 97 && c !== 112) return null;
  for (const [root, cls] of CASUALTY_ROOTS) if (lower.startsWith(root)) return cls;
  return null;
});

/** Nouns that are counts of casualties themselves: "12 deaths", "30 injuries", "17 bodies". */
export const CASUALTY_NOUNS = new Set([
  'dead',
  'death',
  'deaths',
  'bodies',
  'body',
  'casualties',
  'casualty',
  'fatalities',
  'fatality',
  'injuries',
  'injury',
  'injured',
  'wounded',
  'lives',
  'toll',
  'evacuees',
  'evacuee',
  'displaced',
  'arrests',
  'detainees',
  'detentions',
]);

/**
 * Words that count people taking part: "20,000 people marched", "had attended", "joined the rally" ("took part", "turned out"
 * too); a crowd at a match or a show is counted as it "watched" or came "through the turnstiles".
 */
export const ATTENDANCE_WORDS = new Set(
  'attended attend attending attendance joined marched rallied gathered protested demonstrated drew attracted watched turnstiles'.split(
    ' ',
  ),
);
/** Nouns that are people taking part: "the number of marchers", "12,000 spectators". */
export const ATTENDANCE_NOUNS = new Set(['marchers', 'participants', 'attendees', 'demonstrators', 'protesters', 'crowd', 'spectators']);

/**
 * "had left the town", "forced to leave their homes": leaving counts the displaced only with
 * where from ("left the party" does not). Words that name a home or a place left.
 */
export const LEAVE_WORDS = new Set(['left', 'leave', 'leaving']);
export const LEFT_PLACES = new Set(
  'home homes house houses town towns city village villages area areas region district country island valley camp'.split(' '),
);

/** Nouns for people counted (singular and plural); capitalised plurals (demonyms) count as people too. */
export const PEOPLE_NOUNS = new Set(
  `people person persons civilian civilians resident residents inhabitant inhabitants child children adult adults man men woman women
   boy boys girl girls baby babies infant infants soldier soldiers troops fighter fighters militant militants officer officers police
   policeman policemen worker workers employee employees staff miner miners passenger passengers pupil pupils student students patient
   patients protester protesters demonstrator demonstrators migrant migrants refugee refugees villager villagers shopper shoppers trader
   traders vendor vendors tourist tourists visitor visitors guest guests firefighter firefighters journalist journalists member members
   fan fans spectator spectators pedestrian pedestrians driver drivers crew prisoner prisoners inmate inmates detainee detainees
   pilgrim pilgrims worshipper worshippers farmer farmers fishermen fisherman sailor sailors rescuer rescuers volunteer volunteers
   victim victims others`.split(/\s+/),
);

/** Words that are a zero count of people on their own: "nobody was hurt", "none of the miners died". */
export const ZERO_WORDS = new Set(['nobody', 'none', 'no-one', 'noone', 'zero']);

/**
 * A map from each word of a group to the group's name: `{ budget: 'budget budgets', cost: 'cost costs' }`
 * gives budget → budget, budgets → budget, cost → cost, costs → cost.
 */
function wordGroups(groups: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [name, list] of Object.entries(groups)) for (const word of list.split(/\s+/)) if (word) map.set(word, name);
  return map;
}

/** The happenings one of whose words ties two claims as one word would (`HAPPENINGS` in same-thing.ts): they set no events apart (`EVENT_KINDS` does that). */
export const SAME_EVENT_HEADS: ReadonlySet<string> = HAPPENINGS;

/** Words before "strike" that make it an attack from the air, not a walkout: "an air strike", "drone strikes". */
const AERIAL = new Set(['air', 'drone', 'missile', 'rocket', 'aerial']);

/** The head of the group of the event noun at `i` ("attack" of "raid", "strike" of "walkout"), or undefined. */
export function eventNounAt(words: readonly WordRef[], i: number): string | undefined {
  const word = words[i]!;
  const lower = word.lower;
  // Not `words[i - 1]` at i = 0: index -1 is a megamorphic property lookup (tokenizer.ts `lowerAt`).
  if ((lower === 'strike' || lower === 'strikes') && i > 0 && AERIAL.has(words[i - 1]!.lower)) return 'attack';
  return happeningOf(word);
}

/** The happening a word names in other words ("raid" → attack), by its id (word-ids.ts): asked of every content word. */
const happeningOf = wordMemo((lower: string): string | undefined => {
  const same = sameThingOf(lower);
  return same !== undefined && HAPPENINGS.has(same) ? same : undefined;
});

/**
 * Kinds of event: two claims that name events of different kinds ("the fire" and "the
 * flood") are about different events. Words of one kind name the same event ("blast",
 * "explosion").
 */
export const EVENT_KINDS: ReadonlyMap<string, string> = wordGroups({
  explosion: 'blast blasts explosion explosions bomb bombs bombing bombings detonation',
  fire: 'fire fires blaze blazes',
  crash: 'crash crashes collision collisions derailment',
  flood: 'flood floods flooding',
  storm: 'storm storms hurricane typhoon cyclone tornado',
  quake: 'earthquake earthquakes quake tremor',
  shooting: 'shooting shootings gunfire shootout',
  collapse: 'collapse collapsed landslide landslides',
  epidemic: 'outbreak outbreaks epidemic epidemics',
});

/**
 * Words that set an event apart from the article's own: "in a separate attack", "another
 * fire", "a year earlier", "two weeks ago", "last month", "the previous flood", "in the neighbouring
 * district" (another place the article's event is compared with).
 */
export const OTHER_EVENT_WORDS = new Set([
  'separate',
  'another',
  'earlier',
  'previous',
  'ago',
  'former',
  'prior',
  'neighbouring',
  'neighboring',
]);
/** "last" and "past" set an event apart before a unit of time: "last year", "the past month". */
export const OTHER_EVENT_BEFORE_TIME = new Set(['last', 'past']);

/**
 * What happens to a thing that is not safe, said as its verb ("the tank leaked", "the site had flooded twice", "the
 * wall collapsed"): against "the tank is safe" of another source, the contrary. Read only as a verb (`harmVerbAt`).
 */
const HARM_EVENTS = 'leaked flooded collapsed exploded spilled overflowed burst cracked subsided crumbled';
export const HARM_VERBS = new Set(HARM_EVENTS.split(' '));

/** Adverbs of the lawful state: said of the act they follow ("fishing legally"), not of a subject before a copula. */
const MANNER_LAWFUL = 'legally lawfully';
const MANNER_UNLAWFUL = 'illegally unlawfully';
/** "the tenants had left voluntarily" / "had been forced out": WordNet's voluntary / involuntary said of the act. */
const MANNER_VOLUNTARY = 'voluntarily willingly';
const MANNER_FORCED = 'forcibly';
export const MANNER_STATES = new Set(`${MANNER_LAWFUL} ${MANNER_UNLAWFUL} ${MANNER_VOLUNTARY} ${MANNER_FORCED}`.split(' '));
/** WordNet's state of a thing done of one's own will (pole 1) or not (pole 0), as `adjective-antonyms.json` keys it. */
export const VOLUNTARY_STATE = 'involuntary/voluntary';

/** The state of work done to its schedule (pole 0) or late (pole 1). */
export const SCHEDULE_STATE = 'schedule';

/** WordNet's state of what goes on (pole 0: "continuing", "ongoing" after a copula) or has stopped (pole 1). */
export const CONTINUED_STATE = 'continued/discontinued';

/**
 * Nouns of something that goes on for a while and may stop going on: negotiations, trials, searches, strikes, schemes.
 * Only these are said to have "collapsed" or been "abandoned" in the sense of `CONTINUED_STATE`.
 */
export const PROCESS_NOUNS: ReadonlySet<string> = new Set(
  'talks negotiations discussions trial trials pilot scheme search inquiry investigation strike ceasefire truce process programme program project operation campaign mission hunt'.split(
    ' ',
  ),
);

/**
 * The state of a barrier against water or a crowd (a levee, a flood wall, a dam, a cordon): it held (pole 0) or the water
 * or the crowd got past it (pole 1: breached, overtopped). "held" is read only with no object and not as a passive
 * ("the embankment held overnight", not "held talks", "was held"); the other pole only after a copula ("was breached").
 */
export const HELD_STATE = 'held';

/** WordNet's state of a thing dry or wet (`adjective-antonyms.json`): a place that flooded or stood under water was not dry. */
export const DRY_STATE = 'dry/wet';

/** WordNet's state of a thing full (pole 1) or empty (pole 0): a ward with beds free is not full. */
export const FULL_STATE = 'empty/full';

/** The state of a thing done on purpose (pole 0) or by accident (pole 1). */
export const INTENT_STATE = 'intent';

/**
 * Contrary states a thing is said to be in, as two poles: "the depot was open" against "the
 * depot had been shut", "the press had halted" against "the press ran as usual". Only states
 * that exclude each other at one time; said of one thing by two sources close together in an
 * article, they contradict.
 */
export const CONTRARY_STATES: ReadonlyMap<string, { state: string; pole: 0 | 1 }> = (() => {
  const states = new Map<string, { state: string; pole: 0 | 1 }>();
  const add = (state: string, first: string, second: string): void => {
    for (const word of first.split(/\s+/)) if (word) states.set(word, { state, pole: 0 });
    for (const word of second.split(/\s+/)) if (word) states.set(word, { state, pole: 1 });
  };
  // "the fire exits were locked" / "the gates stayed open throughout": a locked door or gate is closed.
  add('open', 'open opened reopened unlocked', 'closed shut locked');
  add('running', 'running ran run operating operated working worked functioning functioned produced producing', 'stopped halted idle');
  add('present', 'present', 'absent');
  // "had been fishing legally" / "was caught fishing illegally": the adverbs say it of the act they follow.
  add('lawful', `legal lawful ${MANNER_LAWFUL}`, `illegal unlawful ${MANNER_UNLAWFUL}`);
  add(VOLUNTARY_STATE, MANNER_FORCED, MANNER_VOLUNTARY);
  add('safe', 'safe', `unsafe dangerous ${HARM_EVENTS}`);
  add('intact', 'intact undamaged', 'damaged destroyed');
  add('clean', 'clean', 'polluted contaminated');
  add('peaceful', 'peaceful', 'violent');
  // "had deliberately switched off the alarm" / "the alarm was silenced in error": done on purpose or by accident.
  add(INTENT_STATE, 'deliberately intentionally purposely deliberate intentional', 'accidental accidentally inadvertently unintentionally');
  // Work kept to its schedule ("on schedule", "on track": `PHRASE_STATES`) or not.
  add(SCHEDULE_STATE, '', 'delayed postponed');
  add(HELD_STATE, 'held', 'breached overtopped');
  return states;
})();

/**
 * States said by a preposition and a noun after a copula, which no single word names: "the bridge is at risk of
 * collapse", "the wall was in danger of giving way" (not safe), "the signs had been out of action", "out of order",
 * "out of service" (not running), "the work is on schedule", "on track" or "behind schedule". `opener` is the word or
 * two words right before the noun.
 */
export const PHRASE_STATES: ReadonlyMap<string, ReadonlyArray<{ opener: string; state: string; pole: 0 | 1 }>> = new Map([
  ['risk', [{ opener: 'at', state: 'safe', pole: 1 }]],
  ['danger', [{ opener: 'in', state: 'safe', pole: 1 }]],
  ['action', [{ opener: 'out of', state: 'running', pole: 1 }]],
  ['order', [{ opener: 'out of', state: 'running', pole: 1 }]],
  ['service', [{ opener: 'out of', state: 'running', pole: 1 }]],
  [
    'schedule',
    [
      { opener: 'on', state: SCHEDULE_STATE, pole: 0 },
      { opener: 'behind', state: SCHEDULE_STATE, pole: 1 },
    ],
  ],
  ['track', [{ opener: 'on', state: SCHEDULE_STATE, pole: 0 }]],
  // "the underpass was under water by dawn": not dry.
  ['water', [{ opener: 'under', state: DRY_STATE, pole: 1 }]],
]);

/**
 * Nouns saying how a thing was done only after their preposition ("by mistake", "in error", "by accident", "on
 * purpose"): the state of intent `CONTRARY_STATES` gives its adverbs. Alone they name other things ("the accident
 * happened at 7pm", "an error in the figures").
 */
export const INTENT_PHRASES: ReadonlyMap<string, { preposition: string; pole: 0 | 1 }> = new Map([
  ['mistake', { preposition: 'by', pole: 1 }],
  ['accident', { preposition: 'by', pole: 1 }],
  ['error', { preposition: 'in', pole: 1 }],
  ['purpose', { preposition: 'on', pole: 0 }],
]);
export interface ContraryState {
  state: string;
  pole: 0 | 1;
  /** Only said of a thing after a copula ("the driver was sober"), not as a modifier ("a sober assessment"). */
  predicative: boolean;
}

/**
 * The contrary states of adjectives from WordNet (built by `npm run build:adjective-antonyms`): two
 * head synsets that are antonyms are the poles of one state ("sober" / "drunk", "profitable" /
 * "unprofitable"). An adjective has many senses and modifies nouns far more often than it states
 * something of them, so these count only after a copula.
 */
const ADJECTIVE_ANTONYMS: Readonly<Record<string, string>> = adjectiveAntonymsJson;

/**
 * A second state some words of `CONTRARY_STATES` name: a works, a line or a plant that was shut or closed was not
 * running ("the plant was shut" against "the plant is operating normally"), as one that had halted was not.
 */
const ALSO_STATES: ReadonlyMap<string, { state: string; pole: 0 | 1 }> = new Map([
  ['shut', { state: 'running', pole: 1 }],
  ['closed', { state: 'running', pole: 1 }],
  // Negotiations, a trial or a search that collapsed is not going on (WordNet's "continued" / "discontinued", which
  // "continuing" and "ongoing" say after a copula): "the wage talks collapsed on Friday" against "the wage talks are continuing".
  ['collapsed', { state: CONTINUED_STATE, pole: 1 }],
  // A cellar or a road that flooded was not dry (WordNet gives "flooded" only as a pole of "full"): "the underpass had
  // flooded" against "the underpass stayed dry".
  ['flooded', { state: DRY_STATE, pole: 1 }],
]);

/**
 * Poles of WordNet's states that its head synsets lack, in its entries' form, said only after a copula like them:
 * "the evacuation was forced" against "the evacuation was voluntary" (WordNet's pole of "voluntary" is "involuntary").
 */
const PREDICATIVE_STATES: ReadonlyMap<string, string> = new Map([
  ...['forced', 'compulsory', 'mandatory', 'coerced'].map((word): [string, string] => [word, 'involuntary/voluntary:0']),
  // "the pilot scheme was abandoned in May" / "the pilot is continuing": WordNet's "discontinued" in other words.
  ...['abandoned', 'scrapped'].map((word): [string, string] => [word, `${CONTINUED_STATE}:1`]),
  ['ongoing', `${CONTINUED_STATE}:0`],
  // WordNet lists "operational" only as the other pole of "nonoperational": "the plant is fully operational" is running.
  ['operational', 'running:0'],
  ['nonoperational', 'running:1'],
  // A building or a wall "still standing" after a storm is intact, which one that collapsed or crumbled is not (the
  // harm verbs' state); said only after a copula ("the barn is still standing"), not "a standing order".
  ['standing', 'safe:0'],
]);

/**
 * The states a word names: `CONTRARY_STATES` first (verbs and participles WordNet's adjectives lack:
 * "halted", "ran", "polluted"; read wherever they stand), else its WordNet adjective states.
 */
export const contraryStatesOf = boundedMemo((lower: string): readonly ContraryState[] => {
  const own = CONTRARY_STATES.get(lower);
  const also = ALSO_STATES.get(lower);
  if (own)
    return also
      ? [
          { ...own, predicative: false },
          { ...also, predicative: false },
        ]
      : [{ ...own, predicative: false }];
  const listed =
    PREDICATIVE_STATES.get(lower) ?? (Object.prototype.hasOwnProperty.call(ADJECTIVE_ANTONYMS, lower) ? ADJECTIVE_ANTONYMS[lower]! : '');
  if (listed === '') return [];
  return listed.split(' ').flatMap((entry) => {
    const colon = entry.lastIndexOf(':');
    const state = { state: entry.slice(0, colon), pole: entry.slice(colon + 1) === '1' ? (1 as const) : (0 as const), predicative: true };
    const also = WORDNET_ALSO_STATES.get(state.state);
    const pole = WORDNET_POLE_STATES.get(`${state.state}:${state.pole}`);
    return [
      state,
      ...(also === undefined ? [] : [{ ...state, state: also }]),
      ...(pole === undefined ? [] : [{ ...pole, predicative: true }]),
    ];
  });
});

/**
 * WordNet states that are also a state of `CONTRARY_STATES`, pole for pole: a structure "sound" (WordNet: "in good
 * condition; free from defect or damage or decay") is safe, one "structurally unsound" is not ("the dam is safe" against
 * "the dam is structurally unsound").
 */
const WORDNET_ALSO_STATES: ReadonlyMap<string, string> = new Map([
  ['sound/unsound', 'safe'],
  // "the hoist is functional" (WordNet: "designed for or capable of a particular function or use") is running, one
  // "nonfunctional" is not: "the hoist was functional" against "the hoist had failed".
  ['functional/nonfunctional', 'running'],
  // A structure "stable" (WordNet: "resistant to change of position or condition") is safe, one "unstable" is not: "the
  // embankment was stable" against "the embankment was in danger of giving way".
  ['stable/unstable', 'safe'],
]);

/**
 * The adjective a degree is formed from, given the degree's ending: its stem as written, with an "e" ("safer"), with
 * "i" read as "y" ("noisier") or with a doubled last consonant undone ("hotter"), the first that `isBase` accepts.
 */
function baseOfDegree(lower: string, ending: string, minLength: number, isBase: (base: string) => boolean): string | null {
  if (!lower.endsWith(ending) || lower.length < minLength) return null;
  const stem = lower.slice(0, -ending.length);
  const bases = [
    stem,
    `${stem}e`,
    stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '',
    stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '',
  ];
  return bases.find((base) => base !== '' && isBase(base)) ?? null;
}

/**
 * The word of states a superlative is the most of ("safest" of "safe", "dirtiest" of "dirty", "hottest" of "hot"): null
 * for a word that is none, or whose base names no state ("modest", "honest": "mode" and "hone" are no adjectives).
 */
export const baseOfSuperlative = boundedMemo((lower: string): string | null =>
  baseOfDegree(lower, 'est', 6, (base) => contraryStatesOf(base).length > 0),
);

/** The adjective of states a comparative is more of ("lower" of "low", "noisier" of "noisy", "safer" of "safe"), or null. */
export const baseOfComparative = boundedMemo((lower: string): string | null =>
  baseOfDegree(lower, 'er', 5, (base) => contraryStatesOf(base).some((state) => state.predicative)),
);

/** Reads a list of states as the antonym files write them ("failure/success:1 …"). */
function parsedStates(listed: string): Array<{ state: string; pole: 0 | 1 }> {
  return listed.split(' ').map((entry) => {
    const colon = entry.lastIndexOf(':');
    return { state: entry.slice(0, colon), pole: entry.slice(colon + 1) === '1' ? 1 : 0 };
  });
}

/**
 * The contrary states of nouns and verbs from WordNet (`word-antonyms.json`, built with the adjectives'):
 * "success" / "failure", "victory" / "defeat" as nouns; "succeeded" / "failed", "won" / "lost" as verbs, in
 * the verb files of outcomes and changes. Words of change that `measures.ts` reads as directions ("rose", "fell",
 * "increased") are left to it.
 */
const WORD_ANTONYMS: Readonly<{ nouns: Record<string, string>; verbs: Record<string, string> }> = wordAntonymsJson;

/** The states a noun names when said of a subject ("the pilot was a success"): empty for most nouns. */
export const nounStatesOf = boundedMemo((lower: string): ReadonlyArray<{ state: string; pole: 0 | 1 }> => {
  const listed = Object.prototype.hasOwnProperty.call(WORD_ANTONYMS.nouns, lower) ? WORD_ANTONYMS.nouns[lower]! : '';
  return listed === '' ? [] : parsedStates(listed);
});

/**
 * The states a verb form names of its subject ("the trial had failed"): empty for most words and for words of change.
 * A pole that also says a pole of another state (`WORDNET_POLE_STATES`) names that one too.
 */
export const verbStatesOf = boundedMemo((lower: string): ReadonlyArray<{ state: string; pole: 0 | 1 }> => {
  if (CHANGE_WORDS.has(lower) || !Object.prototype.hasOwnProperty.call(WORD_ANTONYMS.verbs, lower)) return [];
  const states = parsedStates(WORD_ANTONYMS.verbs[lower]!);
  return states.flatMap((state) => {
    const pole = WORDNET_POLE_STATES.get(`${state.state}:${state.pole}`);
    return pole === undefined ? [state] : [state, pole];
  });
});

/**
 * One pole of a WordNet antonym pair that is also one pole of another state, the other pole saying nothing of it: a
 * thing that failed (WordNet's "stop operating or functioning", whose kind "malfunction" is the antonym of "function,
 * work, operate, run") or is broken is not running, while one that succeeded or is unbroken may stand idle. So "the
 * ski lift had failed" / "the ski lift was operating" and "the hoist was broken" / "the hoist was running" are contrary
 * states.
 */
const WORDNET_POLE_STATES: ReadonlyMap<string, { state: string; pole: 0 | 1 }> = new Map([
  ['fail/succeed:0', { state: 'running', pole: 1 }],
  ['broken/unbroken:0', { state: 'running', pole: 1 }],
]);

/**
 * What a sum of money is, by the noun it quantifies or the verb it is the object of: "a budget
 * of 700 million", "fined 2 million", "at a cost of 90 million". Sums of two kinds (a budget and a
 * cost, a fine and a salary) are two measures, whatever the currency. Words of one kind answer
 * each other ("spent 14 million" / "put the investment at 15 million", "cost" / "losses").
 */
export const MONEY_KINDS: ReadonlyMap<string, string> = wordGroups({
  budget: 'budget budgets budgeted allocation allocated earmarked',
  cost: 'cost costs costing price prices priced bill bills spent spend spends spending expenditure outlay outlays invest invests investing investment investments invested paid payment payments fee fees loss losses damage',
  fine: 'fine fines fined penalty penalties',
  revenue: 'revenue revenues turnover sales income earnings raise raises raised raising',
  profit: 'profit profits gain gains',
  salary: 'salary salaries wage wages',
  aid: 'aid grant grants subsidy subsidies donation donations',
  debt: 'debt debts loan loans borrowing',
  tax: 'tax taxes',
  compensation: 'compensation',
  bonus: 'bonus bonuses',
  rent: 'rent rents',
  // What a body holds back and what it saves are neither what it spends nor a sum it is owed: "reserves stood at
  // 11.3 million" / "savings of 2.4 million had been found" / "spent 6m of our reserves".
  reserves: 'reserve reserves',
  savings: 'saving savings',
  // What one side offers is not what a thing costs: "the offer was 12 million" / "the cost to the town at 48 million".
  offer: 'offer offers offered bid bids',
});

/** Currencies the quantities stage leaves as counted nouns ("700 million crowns"): a count of them is a sum of money. */
export const CURRENCY_NOUNS = new Set(
  'crown crowns krone kroner krona kronor koruna korun franc francs peso pesos dinar dinars zloty zlotys forint lira lire shekel shekels rand ringgit baht'.split(
    ' ',
  ),
);

/** Words of posts lost: "jobs would be lost", "with the loss of", "made redundant", "laid off", "will go", "cut", "axed", "shed". */
export const JOB_LOSS_WORDS = new Set([
  'lost',
  'lose',
  'losing',
  'loss',
  'losses',
  'redundant',
  'redundancies',
  'laid',
  'cut',
  'cuts',
  'axed',
  'axe',
  'shed',
  'go',
  'eliminate',
  'eliminated',
  'eliminating',
  'scrap',
  'scrapped',
  'scrapping',
]);
