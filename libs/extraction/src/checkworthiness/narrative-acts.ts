import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../lexicon';
import { broaderNouns } from '../conflicts/same-thing';
import { ORGANISATION_ROLE_NOUNS, PERSON_NOUNS, ROLE_NOUNS, WORDNET_ORGANISATION_NOUNS } from '../entities/roles';
import { irregularVerbLemma, isCommonWord } from '../matching/synonyms';
import { endsWithText } from '../text-chars';
import { lowerAt as tokenLowerAt, type Token } from '../tokenizer';
import { isAdverb } from './checkworthiness-features';
import narrativeActVerbsJson from './narrative-act-verbs.json';

/**
 * Verbs of what a person does with her body: WordNet's verbs whose most frequent sense is one of motion, of the body or of
 * consumption (`narrative-act-verbs.json`, scripts/build-narrative-act-verbs.ts: "go", "jump", "wheel", "laugh", "wake",
 * "eat"), and the verbs of posture, which WordNet files under contact with "hit" and "kill" ("sit", "stand", "kneel").
 */
const BODY_ACT_VERBS: ReadonlySet<string> = new Set([
  ...narrativeActVerbsJson.motion.split(' '),
  ...narrativeActVerbsJson.body.split(' '),
  ...narrativeActVerbsJson.consumption.split(' '),
  ...`sit stand kneel lie lean crouch squat`.split(' '),
]);

/**
 * Verbs of motion or of the body that tell an incident, not a narrative's colour: a fall, a crash, a flight from the scene, a
 * collapse, an injury, a death, a rescue or an evacuation is what a report's readers want checked ("A worker fell from the
 * scaffold.", "The driver fled.").
 */
const INCIDENT_VERBS: ReadonlySet<string> = new Set(
  `fall crash flee escape collapse evacuate injure bleed faint choke drown die overdose abscond smuggle trespass stray
   march storm invade raid charge attack ram plunge sink capsize derail skid overturn limp`.split(/\s+/),
);
/**
 * Verbs of motion that tell a move of record, not a person's own steps: a move of home or premises, a lead in a contest, a
 * resignation ("stepped down"), a transfer of things ("sent", "shipped", "brought in").
 */
const RECORD_MOTION_VERBS: ReadonlySet<string> = new Set(
  `move relocate emigrate migrate lead step send ship bring deliver transport export import withdraw advance retreat
   enter exit pass halt launch return hike`.split(/\s+/),
);
/**
 * Phrasal verbs of motion that tell an event of record: a strike ("walked out"), a shortage ("ran out", "ran short"), a
 * statement ("came forward", "came out"), a firm's failure ("went under"), a plan carried on ("went ahead", "went on").
 */
const RECORD_PHRASALS: ReadonlySet<string> = new Set(
  `walk out|walk off|run out|run short|run low|run dry|go on|go ahead|go under|go bust|come forward|come out|turn out`.split('|'),
);
/** Particles after a verb of motion: "went in", "jumped out", "sat down", "laughed it off". */
const PARTICLES: ReadonlySet<string> = new Set([
  'in',
  'out',
  'up',
  'down',
  'off',
  'back',
  'away',
  'over',
  'round',
  'around',
  'on',
  'inside',
  'outside',
]);
/** Pronouns that may stand as the object between a verb and its particle: "laughed it off", "carried him out". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'her', 'him', 'them', 'me', 'us']);
/**
 * Words that may follow the act (after its particles) without giving it an object: a preposition opening where or how
 * ("sat on the floor", "ran to the car", "went in first", "drove there"), an adverb, "and" before the next act.
 */
const AFTER_ACT: ReadonlySet<string> = new Set(
  `in on at to into onto from with by for of across along past through towards toward over under behind beside near
   round around up down out off back away home there here inside outside upstairs downstairs first last again still very
   alone together and without while until till as`.split(/\s+/),
);
/**
 * Words after "to" that say where, not a purpose: a determiner opening a noun phrase ("to the car", "to every door") and the
 * nouns of a place English uses bare after "to" ("went to bed", "to work", "to hospital").
 */
const AFTER_TO: ReadonlySet<string> = new Set(
  `the a an every each some all both his their our my your its her bed work school church hospital town market`.split(/\s+/),
);
/** Words that open a clause of its own after the act: with a new subject it tells more than the act ("I left, and they were …"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'because',
  'so',
  'when',
  'where',
  'after',
  'before',
  'until',
  'as',
]);
/** Subjects of a new clause after a link: "…, and they were short of beds", "… when the board met", "… before anyone told us". */
const NEW_SUBJECTS: ReadonlySet<string> = new Set(
  `i we you he she it they the a an this that there its their his her our my anyone anybody nobody someone somebody everyone
   everybody no`.split(/\s+/),
);
/** Capitalised function words that open a sentence and are no name, though no common word of WordNet either. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'this',
  'these',
  'those',
  'what',
  'which',
  'who',
  'whose',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

/** Pronouns of one or more people, third person: "She went home.", "They sat down." ("we" and "I": the caller's `firstPerson`). */
const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i']);
/** Determiners before a noun of a person: "The man sat …", "A friend ran …", "Some volunteers stayed …". */
const PERSON_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'both', 'one', 'another', 'his', 'her', 'their']);
/** How many words may stand between the determiner and the noun of a person: "the old man", "a young local woman". */
const MAX_PERSON_MODIFIERS = 2;
/** How many capitalised words a person's name may take: "Ana", "Ana Berg", "Ana de la Berg" is left out. */
const MAX_NAME_WORDS = 3;
/**
 * Words of a short fronted time before the subject: "Shortly after ten we …", "Just after 1am a teenager …", "At dawn they
 * …", "On Monday she …", "In the afternoon we …" (with months, weekdays, number words and numbers, "1am", "6.50pm").
 */
const FRONTED_TIME_WORDS: ReadonlySet<string> = new Set(
  `then later soon shortly just early late after before at by on in around about until the that this next last same
   morning afternoon evening night dawn dusk noon midnight lunchtime day week weekend moment minute hour`.split(/\s+/),
);
/** How many words a fronted time may take before the subject: "Just after 1am", "In the late afternoon". */
const MAX_FRONTED_TIME = 5;
/** Conjunctions that may open the claim before its subject: "Then she went home.", "And he left." */
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so']);
/** A clock time written as one token: "1am", "6.50pm", "10.30am". */
const CLOCK_TOKEN = /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$/;

/**
 * The claim tells a trivial act of a person in a story, as narratives, features and diaries set a scene: its subject is a
 * person, named ("Ana went in first."), a noun of a person after a determiner ("The man sat on the floor.", "A friend ran to
 * the car."), "he", "she" or "they", or, when `firstPerson` (a speaker who speaks for no body, or the writer), "I" or "we"
 * ("We drove back to the station."), maybe after a fronted time ("At dawn we …"); and its verb, maybe past an adverb, is a
 * simple past of motion, of the body, of eating or of posture (`BODY_ACT_VERBS`: "went", "sat", "knelt", "jumped",
 * "laughed", "woke", "ate"). What a person did with her body, where she went or sat, is the story's colour, not a claim a
 * checker takes up. Not an incident (`INCIDENT_VERBS`: a fall, a crash, a flight, a collapse, a death), not a subject tied to
 * a body ("The council's engineers went …", a capitalised common noun: "Police went …"), not a perfect or a passive. The
 * caller asks for no figure and no question.
 */
export function tellsNarrativeAct(tokens: readonly Token[], firstPerson: boolean): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let i = 0;
  if (OPENERS.has(lowerAt(i))) i++;
  i = afterFrontedTime(tokens, i);
  const subjectEnd = personSubjectEnd(tokens, i, firstPerson);
  if (subjectEnd < 0) return false;
  let v = subjectEnd;
  while (v < tokens.length && v < subjectEnd + 2 && isAdverb(lowerAt(v))) v++;
  const verb = tokens[v];
  if (verb === undefined || verb.capitalised) return false;
  const lemma = simplePastLemma(verb.lower);
  if (lemma === undefined || !BODY_ACT_VERBS.has(lemma) || INCIDENT_VERBS.has(lemma) || RECORD_MOTION_VERBS.has(lemma)) return false;
  return actsWithoutObject(tokens, v, lemma);
}

/**
 * After the verb at `v` (of lemma `lemma`), the act takes no object and tells nothing more: maybe a pronoun before a particle
 * closing the clause ("laughed it off.", "carried him out."), particles that make no phrasal verb of record (`RECORD_PHRASALS`:
 * "woke up", not "walked out", "went on to say"), then, right after the verb, only a preposition, an adverb or the end
 * (`AFTER_ACT`; after a particle a noun phrase says where: "jumped off the wall"); no
 * organisation named after it ("sat on the committee", "left the company"), no purpose ("came on to score"), no clause of
 * its own ("…, and they were short of beds").
 */
function actsWithoutObject(tokens: readonly Token[], v: number, lemma: string): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let k = v + 1;
  if (OBJECT_PRONOUNS.has(lowerAt(k)) && !(tokens[v] as Token).breakAfter) {
    const particle = k + 1;
    if (!PARTICLES.has(lowerAt(particle))) return false;
    const closes = (tokens[particle] as Token).breakAfter || particle === tokens.length - 1 || lowerAt(particle + 1) === 'and';
    if (!closes) return false;
    k = particle + 1;
  }
  let particles = 0;
  while (k < tokens.length && PARTICLES.has(lowerAt(k)) && !(tokens[k - 1] as Token).breakAfter) {
    if (RECORD_PHRASALS.has(`${lemma} ${lowerAt(k)}`)) return false;
    k++;
    particles++;
  }
  if (RECORD_PHRASALS.has(`${lemma} ${lowerAt(k)}`)) return false;
  // After a particle a noun phrase is where ("jumped off the wall", "ran up the stairs"); right after the verb, its object.
  const objectAt = k < tokens.length && !(tokens[k - 1] as Token).breakAfter && particles === 0;
  if (objectAt && !AFTER_ACT.has(lowerAt(k)) && !isAdverb(lowerAt(k))) return false;
  for (let i = v + 1; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (WORDNET_ORGANISATION_NOUNS.has(w)) return false;
    if (w === 'to' && i + 1 < tokens.length) {
      const next = tokens[i + 1] as Token;
      // "to the car", "to Leeds", "to her", "to bed" are where; "to score", "to wrap up" a purpose.
      if (
        !next.capitalised &&
        !next.numeric &&
        !NEW_SUBJECTS.has(next.lower) &&
        !OBJECT_PRONOUNS.has(next.lower) &&
        simplePastLemma(next.lower) === undefined &&
        !AFTER_TO.has(next.lower)
      )
        return false;
    }
    if (CLAUSE_LINKS.has(w) && NEW_SUBJECTS.has(lowerAt(i + 1))) return false;
  }
  return true;
}

/** The index after a short fronted time opening the claim at `i` ("Shortly after ten", "At 6.50am,"), or `i` when there is none. */
function afterFrontedTime(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + MAX_FRONTED_TIME) {
    const token = tokens[k] as Token;
    const w = token.lower;
    const timeWord =
      FRONTED_TIME_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || NUMBER_WORDS.has(w) || token.numeric || CLOCK_TOKEN.test(w);
    if (!timeWord) break;
    k++;
    if (token.breakAfter) return k;
  }
  // A fronted time ends on a word of time, never on a preposition or an article ("At the …" opening a subject is no time).
  return k > i &&
    !['at', 'on', 'in', 'by', 'the', 'that', 'this', 'after', 'before', 'until', 'about', 'around'].includes(tokenLowerAt(tokens, k - 1))
    ? k
    : i;
}

/**
 * Where the subject at `i` ends, when it is a person (see `tellsNarrativeAct`), else -1: a pronoun, a determiner and a noun of
 * a person, or a name of up to three capitalised words, none a possessive, at least one no common English word (so "Police"
 * or "Fares" opening a sentence is no name).
 */
function personSubjectEnd(tokens: readonly Token[], i: number, firstPerson: boolean): number {
  const first = tokens[i];
  if (first === undefined || first.breakAfter) return -1;
  const w = first.lower;
  if (THIRD_PERSON_SUBJECTS.has(w) || (firstPerson && FIRST_PERSON_SUBJECTS.has(w))) return i + 1;
  if (PERSON_DETERMINERS.has(w)) {
    for (let k = i + 1; k <= i + 1 + MAX_PERSON_MODIFIERS && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.capitalised || token.numeric || endsWithText(token.lower, "'s")) return -1;
      // "An auditor flew out", "the minister flew": an official's act is on the record.
      if (isPersonNoun(token.lower)) return token.breakAfter || ROLE_NOUNS.has(token.lower) ? -1 : k + 1;
      if (token.breakAfter) return -1;
    }
    return -1;
  }
  // A name: its first word no common word ("Ana", "Hallorann") or a noun of a person before one ("Paramedic Ana Berg"), not
  // a common noun of another kind ("Storm Ada", "Police", "Fares").
  if (NOT_NAMES.has(w) || !(first.capitalised && (!isCommonWord(w) || isPersonNoun(w)))) return -1;
  let k = i;
  let name = false;
  while (k < tokens.length && k < i + MAX_NAME_WORDS) {
    const token = tokens[k] as Token;
    if (!token.capitalised || token.numeric || endsWithText(token.lower, "'s")) break;
    if (!isCommonWord(token.lower)) name = true;
    k++;
    if (token.breakAfter) return -1;
  }
  return name && k > i ? k : -1;
}

/** A noun of a person, singular or plural: "man", "men", "friend", "volunteers", "fishermen". */
function isPersonNoun(w: string): boolean {
  if (PERSON_NOUNS.has(w)) return true;
  if (endsWithText(w, 'men')) return PERSON_NOUNS.has(`${w.slice(0, -3)}man`);
  if (endsWithText(w, 'ies')) return PERSON_NOUNS.has(`${w.slice(0, -3)}y`);
  return endsWithText(w, 's') && PERSON_NOUNS.has(w.slice(0, -1));
}

/** A stem of one short vowel closed by one consonant that English doubles before "-ed": "hop", "tap", "plan" (not "row"). */
const SHORT_CLOSED_STEM = /^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$/;

/** The verb of which `w` is a simple past: an irregular one ("went" → "go", "knelt" → "kneel") or a regular "-ed" form. */
function simplePastLemma(w: string): string | undefined {
  const irregular = irregularVerbLemma(w);
  if (irregular !== undefined) return irregular;
  if (!endsWithText(w, 'ed') || w.length < 5) return undefined;
  const stem = w.slice(0, -2);
  // "hoped", "taped": a short stem closed by one consonant doubles it in the past ("hopped"), so its verb ends in "e".
  if (SHORT_CLOSED_STEM.test(stem)) return `${stem}e`;
  if (BODY_ACT_VERBS.has(stem)) return stem;
  if (BODY_ACT_VERBS.has(`${stem}e`)) return `${stem}e`;
  // "jogged", "hurried": a doubled last consonant, a y become i.
  if (stem.length > 2 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2)) return stem.slice(0, -1);
  if (endsWithText(stem, 'i')) return `${stem.slice(0, -1)}y`;
  return stem;
}

/** Verbs that introduce reported speech before a person's own act: "said she …", "told the paper he …". */
const RELAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'explained', 'explains', 'added', 'adds']);
/** How many words may stand between the reporting verb and the pronoun: "told the Valley Echo she …", "said that he …". */
const MAX_RELAY_GAP = 5;
/** The forms of each pronoun of one person: the one after the reporting verb must not have stood before it. */
const PRONOUN_FORMS: Readonly<Record<string, readonly string[]>> = { she: ['she', 'her', 'hers'], he: ['he', 'him', 'his'] };

/**
 * A person's own doings with her body, told back in reported speech: the claim's first reporting verb (`RELAYING_VERBS`), maybe
 * "that" or the one told, then "she" or "he" (no form of which stood before the verb, so the pronoun gives the speaker back,
 * not a person named earlier: "X, who trained under him, said he swam …"), maybe an adverb ("now", "still"), and a simple
 * present or past of a verb of motion, of the body or of eating (`BODY_ACT_VERBS`, not an incident or a move of record):
 * "Pensioner Ann Roe, 80, said she goes into town twice a week", "said he dozes in the van", "said he now cycles to the
 * quarry". What a private person does with her days, and an employee's or a member's too ("Lifeguard Ann Roe said she
 * swims a mile before every shift"), unless a post inside the body names her before the verb (`forBody`: the attribution
 * ties her to a body; "The club's manager said he flew to …" is the club's record).
 */
export function relaysOwnBodyAct(tokens: readonly Token[], forBody: boolean): boolean {
  const verb = tokens.findIndex((token) => RELAYING_VERBS.has(token.lower));
  if (verb < 1 || (tokens[verb] as Token).breakAfter) return false;
  // "The club's manager said he flew to …": a post's journeys are on the body's record.
  if (forBody) for (let i = 0; i < verb; i++) if (ORGANISATION_ROLE_NOUNS.has((tokens[i] as Token).lower)) return false;
  for (let k = verb + 1; k <= verb + 1 + MAX_RELAY_GAP && k < tokens.length - 1; k++) {
    const token = tokens[k] as Token;
    const forms = PRONOUN_FORMS[token.lower];
    if (forms === undefined) {
      if (token.breakAfter || token.numeric) return false;
      continue;
    }
    for (let i = 0; i < verb; i++) if (forms.includes((tokens[i] as Token).lower)) return false;
    let v = k + 1;
    while (v < tokens.length && v < k + 3 && isAdverb(tokenLowerAt(tokens, v))) v++;
    const w = tokenLowerAt(tokens, v);
    const lemma = simplePastLemma(w) ?? presentLemma(w);
    return lemma !== undefined && BODY_ACT_VERBS.has(lemma) && !INCIDENT_VERBS.has(lemma) && !RECORD_MOTION_VERBS.has(lemma);
  }
  return false;
}

/** The verb of which `w` is a third person singular present: "goes" → "go", "sleeps" → "sleep", "hurries" → "hurry". */
function presentLemma(w: string): string | undefined {
  if (!endsWithText(w, 's') || w.length < 4 || endsWithText(w, 'ss')) return undefined;
  if (endsWithText(w, 'ies')) return `${w.slice(0, -3)}y`;
  if (endsWithText(w, 'es') && BODY_ACT_VERBS.has(w.slice(0, -2))) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * Broader nouns (WordNet, `broaderNouns`) of what sets a scene's air: the weather ("rain", "wind", "snow"), what the senses
 * take in ("smell", "scent", "noise") and light ("sun"). Not smoke or a cloud, which a fire or a leak sends out.
 */
const SCENE_KINDS: ReadonlySet<string> = new Set(['weather', 'sensation', 'light']);
/** How many words may stand between the determiner and the verb, or the "of" of what is smelt or heard: "the first light". */
const MAX_SCENE_SUBJECT = 3;
/** How many words the "of" phrase may take: "A scent of tar and wet rope". */
const MAX_SCENE_OF = 5;

/**
 * The claim sets a scene with the weather, a smell, a sound or the light as its subject, in the simple past, with no object
 * and nothing more (`actsWithoutObject`): "Hail pattered on the tin sheds.", "The breeze slackened towards evening.", "The
 * moonlight crept across the slipway.", "A scent of tar lingered around the boatshed." (maybe after an opener: "Then the breeze …"), in one clause. Not with
 * a figure, a day or a date (the caller's), which make the weather the news a storm story reports; not an incident ("fell",
 * "crashed"); not after a clause of time ("As the gale grew, the blaze crossed the lane").
 */
export function tellsScene(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let i = 0;
  if (OPENERS.has(lowerAt(i))) i++;
  i = afterFrontedTime(tokens, i);
  // "As the gale grew, the blaze crossed the lane": a clause of time before the sentence's own subject.
  if (CLAUSE_LINKS.has(lowerAt(i))) return false;
  if (lowerAt(i) === 'the' || lowerAt(i) === 'a' || lowerAt(i) === 'an') i++;
  let head = -1;
  let k = i;
  for (; k < tokens.length && k <= i + MAX_SCENE_SUBJECT; k++) {
    const token = tokens[k] as Token;
    if (token.numeric || token.breakAfter || (k > 0 && token.capitalised)) return false;
    if (k > i && (token.lower === 'of' || pastLemma(token) !== undefined)) {
      head = k - 1;
      break;
    }
  }
  if (head < i || !broaderNouns(lowerAt(head)).some((noun) => SCENE_KINDS.has(noun))) return false;
  // "A scent of tar and wet rope lingered …": past what is smelt or heard to the verb.
  if (lowerAt(k) === 'of') {
    const limit = k + 1 + MAX_SCENE_OF;
    for (k++; k < tokens.length && pastLemma(tokens[k] as Token) === undefined; k++) {
      if (k >= limit || (tokens[k] as Token).numeric || (tokens[k] as Token).breakAfter) return false;
    }
  }
  if (k >= tokens.length) return false;
  const lemma = pastLemma(tokens[k] as Token);
  if (lemma === undefined || INCIDENT_VERBS.has(lemma)) return false;
  // "The gale slackened, and crews reached the hamlet": one clause only.
  for (let j = k; j < tokens.length - 1; j++) if ((tokens[j] as Token).breakAfter) return false;
  return actsWithoutObject(tokens, k, lemma);
}

/** The verb of which `verb` is a simple past, irregular or in "-ed", not "be" or "have". */
function pastLemma(verb: Token): string | undefined {
  const w = verb.lower;
  const irregular = irregularVerbLemma(w);
  if (irregular !== undefined) return irregular === 'be' || irregular === 'have' ? undefined : irregular;
  return endsWithText(w, 'ed') && w.length >= 5 ? simplePastLemma(w) : undefined;
}
