import { PERSON_NOUNS, ROLE_EQUIVALENTS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS, WORDNET_ORGANISATION_NOUNS } from '../entities/roles';
import { hasBareTimeCodes, opensWithChatStamp, opensWithSpeakerChange, timestampLength } from '../claims/dateline';
import { isSpace } from '../text-chars';
import { MIN_QUOTED_WORDS } from '../claim-type';
import { normaliseName } from '../sources/name-words';
import { isKnownFirstName } from '../entities/gender';
import { isCommonWord } from '../matching/synonyms';
import type { Token } from '../tokenizer';
import type { Entity } from '../entities/entity';
import type { Sentence } from '../sentence';
import { isTaggedSpeechVerb, organisationOpensAt, type ArticleContext } from './article-context';
import { ANSWER_LABELS, ORGANISATION_NOUNS, QUESTION_LABELS, SPEECH_LEMMAS } from './attribution-cues';
import { breakAfter, firstTokenFrom, sentenceOfToken, tokensByLowerCase } from './article-context';
import { Pos } from '../pos-tags';
import { isVerbToken, postOrganisationAt, shortFormOf, worksAt, type PersonProfiles } from './person-profiles';
import type { CountryContext, Actor, PersonDraft } from './speaker-phrase';
import { emptyActor, isMediaOrganisation, parseSpeakerPhrase } from './speaker-phrase';
import { packedMap } from '../packed-map';

/**
 * A label opening an interview paragraph ("Q:", "A:", "Berg:", "RT:") and its span, colon excluded.
 * `asks`: the labelled person is the interviewer ("LUNN:" for the presenter the introduction named).
 */
export type InterviewLabel = (
  | { kind: 'question' }
  | { kind: 'answer' }
  | {
      kind: 'speaker';
      actor: Actor;
      asks: boolean;
      /** The post the label itself gives: "DIRECTOR GENERAL" in "NAME, DIRECTOR GENERAL:", "Minister for Transport" in "The Minister for Transport (Name):". */
      role?: string;
      /** The organisation it gives: "Nordvik Power" in "NAME (Head of Grid Planning, Nordvik Power):". */
      organisation?: string;
      /** A chair's label ("Chair:") read as the person named as chairing: she speaks for the body that meets, not a medium. */
      chairs?: boolean;
    }
) & {
  start: number;
  end: number;
  /** How the label was read, carried to the attribution as `labelCue`. */
  cue: LabelCue;
  /** The label stands on its own line ("BERG", "Q:"): the paragraph after it is its turn. */
  alone?: boolean;
};

/**
 * How an interview label was read:
 * - `question-answer`: "Q:", "A.", "GUEST:", "REPORTER:", a committee's "Q3 Name:";
 * - `name`: a person's or outlet's name, with ranks and roles ("DR. MORAVEC:", "Lenka:", "JE:", "THE COURIER");
 * - `name-post`: a name and a post after a comma or in brackets ("NAME, POST:", "NAME (Post, Organisation):",
 *   a parliament's "Name (Seat) (Party):");
 * - `office`: a post alone or before the holder's name in brackets ("The Minister for X (Name):", "The Minister for X:",
 *   a court's "THE COURT:", "THE WITNESS:", a parliament's chair);
 * - `unlabelled`: a print Q&A's turn told by its shape;
 * - `continued`: a paragraph with no label carrying on the turn before it.
 */
export type LabelCue = 'question-answer' | 'name' | 'name-post' | 'office' | 'unlabelled' | 'continued';

/** Roles of the people who ask, not answer, in an interview. */
const MEDIA_ROLES = new Set(['reporter', 'correspondent', 'journalist', 'editor', 'interviewer', 'host', 'presenter', 'moderator']);

export function isMediaRole(role: string | null): boolean {
  return someWord(role, (word) => MEDIA_ROLES.has(word));
}

/** Roles of the people who report, whose narration in a broadcast transcript is the report's own voice. */
const REPORTING_ROLES = new Set(['reporter', 'correspondent', 'journalist']);

export function isReportingRole(role: string | null): boolean {
  return someWord(role, (word) => REPORTING_ROLES.has(word));
}

/** Roles of the people who present a broadcast, who speak for its medium ("AMARA OSEI, HOST:"). */
const PRESENTING_ROLES = new Set(['host', 'presenter', 'anchor', 'newsreader']);

export function isPresentingRole(role: string | null): boolean {
  return someWord(role, (word) => PRESENTING_ROLES.has(word));
}

/**
 * The medium a presenter's post names before its presenting word: "Haldor Tonight" in "HALDOR TONIGHT ANCHOR",
 * "Northcast News" in "NORTHCAST NEWS HOST"; null for a post that names none ("HOST", "SENIOR PRESENTER").
 */
export function presentedMedium(post: string | null): string | null {
  if (post === null) return null;
  const words = post.trim().split(/[ \t]+/u);
  const at = words.findIndex((word) => PRESENTING_ROLES.has(word.toLowerCase()));
  const before = words.slice(0, Math.max(at, 0));
  if (before.length === 0 || before.some((word) => !/^\p{L}[\p{L}'’-]*$/u.test(word))) return null;
  // Modifiers of the post itself are no medium's name: "SENIOR", "CHIEF", "GUEST".
  if (
    before.every(
      (word) => ROLE_MODIFIERS.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase()),
    )
  )
    return null;
  return before.map((word) => (word === word.toUpperCase() || word === word.toLowerCase() ? titleCase(word) : word)).join(' ');
}

/** Whether a word of the role or post (lower case, split at anything but letters) passes `test`. */
function someWord(role: string | null, test: (word: string) => boolean): boolean {
  return (
    role !== null &&
    role
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some(test)
  );
}

/** The label's turn is a question: "Q:", "HOST:", an outlet ("DW:") or the presenter by name. */
export function asksQuestion(label: InterviewLabel): boolean {
  return label.kind === 'question' || (label.kind === 'speaker' && (label.asks || label.actor.kind === 'outlet'));
}

/** Pronouns of a speaker talking about herself: a paragraph that uses them outside quotes may be the interviewee's. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'mine', 'myself', 'ourselves']);

/** Pronouns of one speaker talking about herself, not of an author's "we". */
const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** Whether sentences from..to use a first-person pronoun (of `pronouns`) outside quotes ("US", the country, is none). */
function inFirstPerson(context: ArticleContext, from: number, to: number, pronouns: ReadonlySet<string> = FIRST_PERSON): boolean {
  for (let t = context.first[from] as number; t < (context.end[to] as number); t++) {
    const token = context.tokens[t] as Token;
    if (!context.inQuote[t] && pronouns.has(token.lower) && token.text !== 'US') return true;
  }
  return false;
}

/** Whether sentences from..to hold a verb of interviewing outside quotes ("I spoke to Jo Roe"): an introduction's. */
function interviewingIn(context: ArticleContext, from: number, to: number): boolean {
  for (let t = context.first[from] as number; t < (context.end[to] as number); t++)
    if (!context.inQuote[t] && INTERVIEWING_VERBS.has((context.tokens[t] as Token).lower)) return true;
  return false;
}

/** Labels are short: "Q", "Jonas Berg", "DEPUTY FINANCE MINISTER JONAS BERG". */
const MAX_LABEL_TOKENS = 5;

/**
 * The interview label of sentence s when it opens its paragraph with one:
 * capitalised words, then a colon. Only "Q"/"Question", "A"/"Answer" and
 * labels that name a person or an outlet count ("Update:" or "Eastbridge:" do not).
 */
export function interviewLabelOf(
  context: ArticleContext,
  s: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const label = labelOpening(context, s, profiles, countries);
  if (!label) return label;
  // "**Ines:**", "__HL:__": a label set in bold in Markdown; the marks before it are the label's too.
  const first = context.tokens[firstAfterTimestamp(context, s)] as Token;
  let start = label.start;
  while (start > 0 && MARKUP.has(context.text.charCodeAt(start - 1))) start--;
  if (start < label.start && start >= (context.sentences[s] as Sentence).start && label.start === first.start) label.start = start;
  return label;
}

/** Emphasis marks of Markdown: "*" and "_". */
const MARKUP = new Set([0x2a, 0x5f]);

function labelOpening(context: ArticleContext, s: number, profiles: PersonProfiles, countries: CountryContext): InterviewLabel | null {
  const first = firstAfterTimestamp(context, s);
  const end = context.end[s] as number;
  const sentence = context.sentences[s];
  const previous = context.sentences[s - 1];
  if (!sentence || (previous && previous.paragraph === sentence.paragraph)) return null;
  const opening = context.tokens[first] as Token | undefined;
  const datelined = labelReadAsDateline(context, s, first, end, profiles, countries);
  if (datelined) return datelined;
  const voiced = voiceTagLabel(context, s, first, end, profiles) ?? labelBeforeDash(context, s, first, end, profiles, countries);
  if (voiced) return voiced;
  const marked = opening ? markedQuestionOrAnswer(context, s, opening) : null;
  if (marked) return marked;
  const bracketed = opening ? bracketLabel(context, first, end, profiles, countries) : null;
  if (bracketed) return bracketed;
  const numbered = opening ? numberedQuestion(context, first, end) : null;
  if (numbered) return numbered;
  const office = opening ? officeLabel(context, first, end, profiles) : null;
  if (office) return office;
  const titled = opening ? (titledCapitalsLabel(context, first, end, profiles) ?? numberedVoiceLabel(context, first, end, profiles)) : null;
  if (titled) return titled;
  const phoned = phoneNumberLabel(context, s);
  if (phoned) return phoned;
  // Nothing after the label in its paragraph, and a paragraph after it: the label stands on its own line.
  const next = context.sentences[s + 1];
  const lineEnd = next && next.paragraph !== sentence.paragraph ? end - 1 : -1;
  const timed = opening ? timeCodedLabel(context, s, first, end, lineEnd >= 0, profiles, countries) : null;
  if (timed) return timed;
  const dashed =
    opening && lineEnd >= 0 ? (dashPostLine(context, s, first, end, profiles, countries) ?? callOperatorLine(context, first, end)) : null;
  if (dashed) return dashed;
  const inserted = opening ? insertedRecordingLabel(context, first, end, lineEnd, profiles, countries) : null;
  if (inserted) return inserted;
  return (
    namedLabel(context, first, end, lineEnd, profiles, countries) ??
    (opening ? labelWithPost(context, first, end, profiles, countries) : null) ??
    (lineEnd >= 0 ? introducingSentence(context, s, first, end, profiles) : null) ??
    (opening ? speakerChangeTurn(context, s, first, profiles) : null)
  );
}

/**
 * Words in capitals a broadcast transcript writes before the label of a recording it plays: "CLIP — JO ROE: …",
 * "SOUNDBITE: DR ROE: …", "ARCHIVE – ROE: …". The recording is the named person's words, not the host's.
 */
const RECORDING_WORDS: ReadonlySet<string> = new Set(['CLIP', 'SOUNDBITE', 'SOT', 'ACTUALITY', 'RECORDING', 'ARCHIVE', 'EXCERPT']);

/** A dash or colon after a recording's word: "—", "–", "-", ":". */
const AFTER_RECORDING_WORD = /^[ \t]*(?:[-–—:]|--)[ \t]*/u;

/**
 * "CLIP — JOYCE ROE: The county has …": a recording's word in capitals (`RECORDING_WORDS`), a dash or colon, then a
 * label read as any other (`namedLabel`) whose turn is the recorded person's. The label's span opens at the word, so the
 * claim holds neither; a paragraph with no person's label after the word is no label.
 */
function insertedRecordingLabel(
  context: ArticleContext,
  first: number,
  end: number,
  lineEnd: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const opening = context.tokens[first] as Token;
  if (!RECORDING_WORDS.has(opening.text)) return null;
  const after = AFTER_RECORDING_WORD.exec(context.text.slice(opening.end, opening.end + 4));
  if (!after || after[0].trim() === '') return null;
  const next = firstTokenAt(context, first + 1, end, opening.end + after[0].length);
  if (next < 0) return null;
  const label = namedLabel(context, next, end, lineEnd, profiles, countries);
  if (label?.kind !== 'speaker' || label.actor.kind !== 'person' || label.asks) return null;
  return { ...label, start: opening.start };
}

/**
 * "+44 7700 900614: Saw the statement.": a chat export labels a sender missing from the phone's contacts by her number.
 * A plus or at least seven digits, spaces, dots, dashes or brackets between them, then a colon and the message.
 */
const PHONE_LABEL = /^(\+\d[\d \t().-]{5,18}\d|\d{3}[\d \t().-]{3,16}\d)[ \t]*:[ \t]+(?=\S)/u;

/** A turn whose label is a phone number (`PHONE_LABEL`): a new voice the text does not name. The span ends before the colon. */
function phoneNumberLabel(context: ArticleContext, s: number): InterviewLabel | null {
  const sentence = context.sentences[s] as Sentence;
  const skip = timestampLength(sentence.text.slice(0, MAX_TIMESTAMP_LENGTH), bareTimeCodes(context));
  const match = PHONE_LABEL.exec(sentence.text.slice(skip, skip + MAX_LABEL_WITH_POST));
  if (!match || ((match[1] as string).match(/\d/gu)?.length ?? 0) < MIN_PHONE_DIGITS) return null;
  const start = sentence.start + skip;
  const end = start + (match[1] as string).length;
  return { kind: 'speaker', actor: { ...emptyActor('role', start, end), role: 'speaker' }, asks: false, start, end, cue: 'name' };
}

/** A phone number has at least this many digits: "07700 900614", "+1 555 0100" (a score, "3-2:", has fewer). */
const MIN_PHONE_DIGITS = 7;

/**
 * ">> How long will it take?", ">> Hi, I'm Jo Roe with Acme. We …": in closed captions two chevrons with no name after
 * them still mark a new voice, never the turn before carrying on. A turn that asks is a question; one whose speaker
 * says who she is (`selfIntroduced`) is hers; any other is someone the transcript does not name. The span is empty,
 * where the words start (the chevrons are the claim's lead-in, like a time code).
 */
function speakerChangeTurn(context: ArticleContext, s: number, first: number, profiles: PersonProfiles): InterviewLabel | null {
  const sentence = context.sentences[s] as Sentence;
  if (!opensWithSpeakerChange(sentence.text)) return null;
  const start = (context.tokens[first] as Token).start;
  const span = { start, end: start, cue: 'unlabelled' as const };
  for (let k = s; k < context.sentences.length && context.sentences[k]?.paragraph === sentence.paragraph; k++)
    if (asksInTurn(context, k)) return { kind: 'question', ...span };
  const actor = selfIntroduced(context, s, start, profiles) ?? { ...emptyActor('role', start, start), role: 'speaker' };
  return { kind: 'speaker', actor, asks: false, ...span };
}

/**
 * "Hi, I'm Jo Roe with Acme.", "My name is Jo Roe, I run …", "This is Dr Jo Roe.": a speaker a transcript does not
 * name ("Speaker 2:", a caption's bare chevrons) saying who she is in her turn's first sentence, from `from` on: a
 * greeting at most before the words, then the person's name (ranks before it allowed). The person the text names
 * so, recorded by her name alone when the text describes her nowhere else.
 */
const SELF_INTRODUCTION = /^(?:[^.?!\n]{0,24}?[,.!][ \t]+)?(?:I['’]m|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is|[Tt]his[ \t]+is)[ \t]+/u;

/** Longest opening read before the name: "Good afternoon, everybody, my name is " and room to spare. */
const MAX_SELF_INTRODUCTION = 48;

function selfIntroduced(context: ArticleContext, s: number, from: number, profiles: PersonProfiles): Actor | null {
  const { text, tokens, entities, entityOf } = context;
  const sentence = context.sentences[s] as Sentence;
  const match = SELF_INTRODUCTION.exec(text.slice(from, Math.min(sentence.end, from + MAX_SELF_INTRODUCTION)));
  if (!match) return null;
  const at = from + match[0].length;
  let t = firstTokenAt(context, context.first[s] as number, context.end[s] as number, at);
  while (t >= 0 && t < (context.end[s] as number) && (entityOf[t] as number) < 0 && isRankOrRole((tokens[t] as Token).lower)) t++;
  const index = t >= 0 ? (entityOf[t] as number) : -1;
  const entity = entities[index];
  if (!entity || entity.type !== 'person' || context.inQuote[t]) return null;
  let last = t;
  while (last + 1 < (context.end[s] as number) && entityOf[last + 1] === index) last++;
  // The entity finder may take the words before the name for its own ("I'm Jo Roe"): the name is what follows them.
  const name = text.slice((tokens[t] as Token).start, (tokens[last] as Token).end);
  if (!name.includes(' ')) return null;
  const known = profiles.lookup(name);
  if (known) return personActor(context, t, last, known);
  // Her profile under the entity's longer name keeps its post and organisation, under her own name.
  const profile = profiles.lookup(entity.text, entity.sourceId);
  if (profile && profile.name !== name) profiles.record({ ...profile, name, written: name });
  return personActor(context, t, last, profile ? (profiles.lookup(name) ?? profile) : recordedName(name, profiles));
}

/**
 * A speaker's name and the time her turn starts, as recording and transcription tools write them: "Nadia Roe  0:04"
 * or "Nadia Roe (00:01:23)" on a line of its own above the turn, "Nadia Roe [00:01:23]: Welcome back." before it, and
 * a team chat's export with the clock time a message was posted ("Nadia Roe  10:42 AM" above the message).
 * Group 1 is the name (one to four capitalised words, or "Speaker 2" for a voice the tool could not name); what
 * follows the time code is a colon at most. The time code is what makes it a label: a line holding only a name is
 * too often a byline or a caption.
 */
const TIME_CODED_LABEL =
  /^((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.'’-]*?|Speaker[ \t]+\d{1,2})[ \t]*(?:[-–—|][ \t]*)?(?:\(\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\)|\[\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\]|\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:[ \t]*(?:AM|PM|am|pm))?)[ \t]*(:?)/u;

/**
 * The label of a transcript tool's turn (`TIME_CODED_LABEL`): alone on its line (the paragraph after it is its turn)
 * or, with a colon, before the turn's words. The name is someone introduced under it (in full, by surname or first
 * name), else a person named afresh (the host's own label comes before she says who she is); "Speaker 2" is someone
 * the transcript cannot name. The label's span holds the time code.
 */
function timeCodedLabel(
  context: ArticleContext,
  s: number,
  first: number,
  end: number,
  ownLine: boolean,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const { text, tokens } = context;
  const start = (tokens[first] as Token).start;
  const sentence = context.sentences[s] as Sentence;
  // Every time code holds a colon: a sentence without one is no such label, told without the pattern's thousands of instructions.
  // (Looked for in the sentence: a search of the text would read on to the next colon, past every later paragraph.)
  if (!sentence.text.includes(':', start - sentence.start)) return null;
  const match = TIME_CODED_LABEL.exec(text.slice(start, sentence.end));
  if (!match) return null;
  const [whole, name = '', colon] = match;
  const rest = text.slice(start + whole.length, sentence.end).trim();
  const alone = rest.length === 0 && ownLine;
  if (!alone && !(colon && rest.length > 0)) return null;
  const nameLast = lastTokenBefore(context, first, end, start + name.length);
  if (nameLast < 0) return null;
  const span = { start, end: start + whole.replace(/[ \t]*:$/u, '').length, cue: 'name' as const, ...(alone ? { alone: true } : {}) };
  if (/^Speaker[ \t]/u.test(name)) {
    const person = numberedSpeakers(context, profiles).get(name.replace(/[ \t]+/gu, ' '));
    const actor = person
      ? personActor(context, first, nameLast, person)
      : { ...emptyActor('role', start, (tokens[nameLast] as Token).end), role: 'speaker' };
    return { kind: 'speaker', actor, asks: false, ...span };
  }
  const actor =
    personLabel(context, first, nameLast, profiles, countries) ??
    newPersonLabel(context, first, nameLast, null, profiles) ??
    (first === nameLast ? introducedByFirstName(context, first, profiles) : null);
  return actor ? { kind: 'speaker', actor, asks: asksAs(context, actor, profiles, start), ...span } : null;
}

/** "Speaker 2: We opened …": a transcript tool's numbered voice with no time code, a colon after it. Group 1 is the label. */
const NUMBERED_VOICE = /^(Speaker[ \t]+\d{1,2})[ \t]*:(?=[ \t]+\S)/u;

/**
 * "Speaker 2: We opened …": a numbered voice without a time code is a label too: the person who said who she is under
 * that number (`numberedSpeakers`), else someone the transcript does not name. The span ends before the colon.
 */
function numberedVoiceLabel(context: ArticleContext, first: number, end: number, profiles: PersonProfiles): InterviewLabel | null {
  const opening = context.tokens[first] as Token;
  if (opening.text !== 'Speaker') return null;
  const match = NUMBERED_VOICE.exec(context.text.slice(opening.start, opening.start + MAX_TIMESTAMP_LENGTH));
  if (!match) return null;
  const labelEnd = opening.start + (match[1] as string).length;
  const last = lastTokenBefore(context, first, end, labelEnd);
  const person = numberedSpeakers(context, profiles).get((match[1] as string).replace(/[ \t]+/gu, ' '));
  const actor = person ? personActor(context, first, last, person) : { ...emptyActor('role', opening.start, labelEnd), role: 'speaker' };
  return { kind: 'speaker', actor, asks: false, start: opening.start, end: labelEnd, cue: 'name' };
}

const NUMBERED_SPEAKERS = new WeakMap<ArticleContext, Map<string, PersonDraft>>();

/**
 * "Speaker 2 (00:05:34):" then "I'm Jo Roe, I lead the unit.": a transcript tool numbers the voices it cannot name,
 * the same number for the same voice throughout. A number whose turn opens with its speaker saying who she is
 * (`selfIntroduced`) is that person in every turn; a number two people claim is nobody's. Read once per article.
 */
function numberedSpeakers(context: ArticleContext, profiles: PersonProfiles): Map<string, PersonDraft> {
  const cached = NUMBERED_SPEAKERS.get(context);
  if (cached) return cached;
  const people = new Map<string, PersonDraft | null>();
  const { sentences } = context;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    if (sentences[s - 1]?.paragraph === sentence.paragraph) continue;
    const match = /^Speaker[ \t]+\d{1,2}/u.exec(sentence.text)
      ? (TIME_CODED_LABEL.exec(sentence.text) ?? NUMBERED_VOICE.exec(sentence.text))
      : null;
    if (!match) continue;
    const rest = sentence.text.slice(match[0].length);
    // The turn's words after the label on its line, else the paragraph after a label alone on its own.
    const turn = rest.trim().length > 0 ? s : sentences[s + 1]?.paragraph === sentence.paragraph + 1 ? s + 1 : -1;
    if (turn < 0) continue;
    const from =
      turn === s ? sentence.start + match[0].length + (rest.length - rest.trimStart().length) : (sentences[turn] as Sentence).start;
    const person = selfIntroduced(context, turn, from, profiles)?.people[0];
    if (!person) continue;
    const key = (match[1] as string).replace(/[ \t]+/gu, ' ');
    const known = people.get(key);
    people.set(key, known === undefined || known === person ? person : null);
  }
  const found = new Map([...people].filter((entry): entry is [string, PersonDraft] => entry[1] !== null));
  NUMBERED_SPEAKERS.set(context, found);
  return found;
}

/**
 * "Ilse Brandvold -- Chief Executive Officer", "Nadia Ferro -- Halden Securities -- Analyst", "Jo Roe — Chair": a call
 * transcript's speaker line as investor sites publish earnings calls, a name and then, after two hyphens or a dash, a
 * post (a firm before it at most), alone on its line. Group 1 is the name (two to four capitalised words), group 2 what
 * follows the first dash.
 */
const DASH_POST_LINE = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})[ \t]+(?:--|[–—])[ \t]+(\p{Lu}[^\n]{1,120}?)[ \t]*$/u;

/** The dash between a speaker line's parts. */
const DASH_SEPARATOR = /[ \t]+(?:--|[–—])[ \t]+/u;

/** Parts of a speaker line after its name, at most: a firm and a post. */
const MAX_DASH_PARTS = 2;

/** Someone who asks on a call: an analyst of another firm. */
const ASKING_POSTS = new Set(['analyst', 'analysts']);

/**
 * The label of a call transcript's speaker line (`DASH_POST_LINE`) standing on its own line, the turn in the paragraph
 * below: the person the name is (someone introduced, else a name read afresh, with the line's post), her post the last
 * part, which must hold a post's word ("Jo Roe -- Reuters" is no speaker line), and her firm the part before it. An
 * analyst of a firm asks.
 */
function dashPostLine(
  context: ArticleContext,
  s: number,
  first: number,
  end: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const sentence = context.sentences[s] as Sentence;
  const start = (context.tokens[first] as Token).start;
  const line = context.text.slice(start, sentence.start + sentence.text.trimEnd().length);
  const match = DASH_POST_LINE.exec(line);
  if (!match) return null;
  const [, name = '', described = ''] = match;
  const parts = described.split(DASH_SEPARATOR);
  const role = parts[parts.length - 1] as string;
  if (parts.length > MAX_DASH_PARTS || !hasRoleWord(role)) return null;
  const organisation = parts.slice(0, -1).join(', ');
  const nameLast = lastTokenBefore(context, first, end, start + name.length);
  if (nameLast < first || !isLabelWords(context, first, nameLast)) return null;
  const actor = personLabel(context, first, nameLast, profiles, countries) ?? newPersonLabel(context, first, nameLast, role, profiles);
  if (!actor) return null;
  const person = actor.people[0];
  if (person) person.role ??= role.toLowerCase();
  return {
    kind: 'speaker',
    actor,
    asks:
      asksAs(context, actor, profiles, start) ||
      isMediaRole(role) ||
      (organisation !== '' && someWord(role, (word) => ASKING_POSTS.has(word))),
    role,
    ...(organisation ? { organisation } : {}),
    start,
    end: start + line.length,
    cue: 'name-post',
    alone: true,
  };
}

/** Who runs a conference call: her turns hand over and call on the next speaker. */
const CALL_ROLES = new Set(['operator']);

/**
 * "Operator" alone on its line above a call's procedure ("Our first question comes from …"): a turn of procedure,
 * read as a question's (no one's claim), so that the executive's turn before it ends there.
 */
function callOperatorLine(context: ArticleContext, first: number, end: number): InterviewLabel | null {
  const token = context.tokens[first] as Token;
  if (end !== first + 1 || !token.capitalised || !CALL_ROLES.has(token.lower)) return null;
  return { kind: 'question', start: token.start, end: token.end, cue: 'office', alone: true };
}

/** The speech verb of a sentence introducing the paragraph after it stands within this many tokens of its colon. */
const MAX_VERB_TO_COLON = 4;

/**
 * "Dr. Freya Lind, a water scientist at the University of Marsh, answers:", "Jo Ek writes:": a paragraph of one
 * sentence whose subject is a person named outside quotes and whose speech verb ends it with a colon introduces the
 * paragraph after it, her words set without quote marks, as a label on its own line does. The label's span ends
 * before the colon.
 */
function introducingSentence(
  context: ArticleContext,
  s: number,
  first: number,
  end: number,
  profiles: PersonProfiles,
): InterviewLabel | null {
  const { text, tokens, entities, entityOf } = context;
  const sentence = context.sentences[s] as Sentence;
  const colon = sentence.start + sentence.text.trimEnd().length - 1;
  if (text.charCodeAt(colon) !== 0x3a || end - first < 2) return null;
  // "Dr. Freya Lind": ranks before the name.
  let name = first;
  while (name < end - 1 && isRankOrRole((tokens[name] as Token).lower)) name++;
  const index = entityOf[name] as number;
  const entity = entities[index];
  if (entity?.type !== 'person' || context.entityQuoted[index]) return null;
  // A word of speech by its lemma, whatever its tag: "answers:" before a colon is often read as a noun.
  const speech = (t: number): boolean => isTaggedSpeechVerb(context, t) || SPEECH_LEMMAS.has(context.pos.lemmas[t] as string);
  let verb = end - 1;
  while (verb > name && end - verb <= MAX_VERB_TO_COLON && !speech(verb)) verb--;
  if (end - verb > MAX_VERB_TO_COLON || verb <= name || !speech(verb) || context.inQuote[verb]) return null;
  const person = profiles.lookup(entity.text, entity.sourceId);
  if (!person) return null;
  let last = name;
  while (entityOf[last + 1] === index) last++;
  const actor = personActor(context, first, last, person);
  return {
    kind: 'speaker',
    actor,
    asks: asksAs(context, actor, profiles, sentence.start),
    start: (tokens[first] as Token).start,
    end: colon,
    cue: 'name',
    alone: true,
  };
}

/** Verbs in capitals closing an advice column's answer label: "ISOLDE REPLIES:". */
const COLUMN_ANSWER_VERBS: ReadonlySet<string> = new Set(['replies', 'answers', 'responds', 'writes']);

/** "Q:", "GUEST:", "Berg:", "DEPUTY MINISTER JONAS BERG:", "BERG —", "THE COURIER" on its own line: capitalised words, then a colon. */
function namedLabel(
  context: ArticleContext,
  first: number,
  end: number,
  lineEnd: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  // "Dear Isolde," on a line of its own: a letter's salutation names whom it is written to, never who speaks.
  if (first < end && (context.tokens[first] as Token).lower === 'dear') return null;
  for (let t = first; t < end && t - first < MAX_LABEL_TOKENS; t++) {
    const token = context.tokens[t] as Token;
    if (!token.capitalised) return null;
    // "P.R.: We have …": initials written with full stops, the last one before the colon.
    const tokenEnd = token.end + (dottedInitials(context.text, token) ? 1 : 0);
    const colon = colonFollows(context.text, tokenEnd);
    const capitalsEnd = colon || t === lineEnd ? tokenEnd : capitalsDashEnd(context, first, t);
    // "Nadia Roe — We fixed …": a name in mixed case before a dash is a label only for someone named before it (below).
    const mixedEnd = capitalsEnd < 0 ? capitalsDashEnd(context, first, t, false) : -1;
    const labelEnd = capitalsEnd >= 0 ? capitalsEnd : mixedEnd;
    if (labelEnd < 0) continue;
    const span = { start: (context.tokens[first] as Token).start, end: labelEnd, ...(t === lineEnd ? { alone: true } : {}) };
    if (t === first && QUESTION_LABELS.has(token.lower)) return { kind: 'question', ...span, cue: 'question-answer' };
    if (t === first && ANSWER_LABELS.has(token.lower)) return { kind: 'answer', ...span, cue: 'question-answer' };
    // "ISOLDE REPLIES:", "JO ROE ANSWERS:": an advice column's answer is its columnist's, the author's own voice, as an
    // interviewer's turn is; the name in capitals is no one else speaking.
    if (colon && t > first && COLUMN_ANSWER_VERBS.has(token.lower) && token.text === token.text.toUpperCase())
      return { kind: 'question', ...span, cue: 'name' };
    // A person the introduction named wins over a fresh reading of the label ("MINISTER JONAS BERG" is Jonas Berg of …).
    const known = knownPersonLabel(context, first, t, profiles);
    // A dash ends a label only for someone named before: "KELDA — Officials said …" is a dateline.
    if (!known && labelEnd !== token.end) continue;
    const parsed = known ? null : parseSpeakerPhrase(context, first, t, profiles, countries);
    // A line of its own with no colon is a label only for someone named before it, or a medium ("THE COURIER").
    const bare = !colon && t === lineEnd;
    const namedBefore = (): boolean => (firstMentions(context, profiles).get(known?.people[0] as PersonDraft) ?? Infinity) < span.start;
    if ((bare || mixedEnd >= 0) && known && !namedBefore()) return null;
    if (mixedEnd >= 0 && !known) continue;
    const actor =
      known ??
      (parsed && (parsed.kind === 'outlet' || (parsed.kind === 'person' && !bare)) ? parsed : null) ??
      (colon && t === first ? introducedByFirstName(context, t, profiles) : null) ??
      (colon ? roleLabelPerson(context, first, t, profiles) : null);
    if (!actor) return null;
    return { kind: 'speaker', actor, asks: asksAs(context, actor, profiles, span.start), ...span, cue: 'name' };
  }
  return null;
}

/**
 * "MAUREEN:" after a turn saying "Maureen is in Ashby Cross. Go ahead, Maureen.": a caller or a member of an audience
 * the text names by a first name alone, in the paragraph before her label, outside quotes and its label. One word,
 * no rank or role, a known first name or no common word ("NOTE:" after "Note the date" is none). She is recorded, so
 * that her later labels are her too.
 */
function introducedByFirstName(context: ArticleContext, t: number, profiles: PersonProfiles): Actor | null {
  const { tokens, sentences } = context;
  const token = tokens[t] as Token;
  const name = titleCase(token.text);
  if (!/^\p{L}{2,}$/u.test(name) || isRankOrRole(token.lower)) return null;
  const known = profiles.lookup(name);
  if (known) return personActor(context, t, t, known);
  if (!isKnownFirstName(name) && isCommonWord(token.lower)) return null;
  const s = sentenceOfToken(context, t);
  const paragraph = (sentences[s] as Sentence).paragraph;
  let first = s;
  while (first > 0 && (sentences[first - 1] as Sentence).paragraph === paragraph - 1) first--;
  if (first === s || (sentences[first] as Sentence).paragraph !== paragraph - 1) return null;
  // Past the paragraph's own label: "MAUREEN: …" then "MAUREEN:" names no one new.
  for (let k = (context.first[first] as number) + 1; k < (context.first[s] as number); k++) {
    if (context.inQuote[k] || (tokens[k] as Token).text !== name) continue;
    // "… floods 14 villages in Kesavpur district" before "KESAVPUR, Aug 21 (NPS):": a place's or a body's name is none.
    const entity = context.entities[context.entityOf[k] as number];
    if (entity && entity.type !== 'person') continue;
    return personActor(context, t, t, recordedName(name, profiles));
  }
  return null;
}

/** Whether the label's person asks the questions: a media role, or introduced as interviewing someone. */
function asksAs(context: ArticleContext, actor: Actor, profiles: PersonProfiles, start: number): boolean {
  return (
    actor.kind === 'person' &&
    actor.people.some(
      (person) =>
        isMediaRole(person.role) || interviewsSomeone(context, person, profiles, start) || creditedAsking(context, profiles).has(person),
    )
  );
}

const CREDITED_ASKING = new WeakMap<ArticleContext, Set<PersonDraft>>();

/**
 * "Interviewer: Ada Lunn", "Host: Jo Ek, Radio Varn": the people a transcript's credit lines name after a question
 * label's word and a colon, the name alone or before a comma, the line ending after it or the comma's words. Their
 * labelled turns ask, as a presenter's do. Read once per article.
 */
function creditedAsking(context: ArticleContext, profiles: PersonProfiles): Set<PersonDraft> {
  const cached = CREDITED_ASKING.get(context);
  if (cached) return cached;
  const found = new Set<PersonDraft>();
  const { sentences, tokens, entities, entityOf, text } = context;
  for (let s = 0; s < sentences.length; s++) {
    const first = context.first[s] as number;
    const opening = tokens[first];
    // A line of its own: a credit block writes one per line, in one paragraph or several.
    if (opening && opening.start > 0 && text.charCodeAt(opening.start - 1) !== 0x0a) continue;
    if (!opening || opening.lower === 'q' || !QUESTION_LABELS.has(opening.lower) || text.charCodeAt(opening.end) !== 0x3a) continue;
    const index = entityOf[first + 1] as number;
    const entity = entities[index];
    if (entity?.type !== 'person' || entity.start !== (tokens[first + 1] as Token).start) continue;
    let last = first + 1;
    while (entityOf[last + 1] === index) last++;
    const lineEnd = text.indexOf('\n', (tokens[last] as Token).end);
    const after = text.slice((tokens[last] as Token).end, lineEnd < 0 ? text.length : lineEnd).trim();
    if (after !== '' && !after.startsWith(',')) continue;
    // "Presenter: Minister, thanks for coming in.", "Presenter: Jo Ek, Ada Roe, thank you both.": a turn addressing
    // someone ends as a sentence does; a credit line ("Host: Jo Ek, Radio Varn") does not.
    if (/[.!?]["”’]?(?:[ \t]+\S|$)/u.test(after)) continue;
    const person = profiles.lookup(entity.text, entity.sourceId);
    if (person) found.add(person);
  }
  CREDITED_ASKING.set(context, found);
  return found;
}

/**
 * "NAME, POST:", "NAME (Post, Organisation):", "Name (Seat) (Party):", "The Minister for X (Name):": a
 * label whose name is followed by a post after a comma or by one or two brackets, then a colon. The
 * name may be the holder's (the post is hers) or, before a bracketed name, the post itself. Group 1
 * is the words before the comma or brackets; group 2 the post after a comma, group 3 brackets after it
 * ("NAME, CORRESPONDENT (voice-over):"); group 4 brackets right after the name.
 */
const LABEL_WITH_POST =
  /^(\p{Lu}[^\n:(),]{0,60}?)[ \t]*(?:,[ \t]*(\p{Lu}[^\n:()]{0,80}?)[ \t]*((?:[ \t]*\([^()\n:]{1,80}\)){0,2})|((?:[ \t]*\([^()\n:]{1,80}\)){1,2}))(?:[ \t]*\(\d{1,2}[:.]\d{2}\))?[ \t]*(?::(?:[ \t]|(?=\r?\n))|[–—][ \t]+(?=\p{Lu}))/u;

/**
 * "Jo Roe, planning officer, X Council:" ending its line: a live blog's speaker line, her post in lower case. Groups as
 * `LABEL_WITH_POST`'s first two (name, post); read only when the line stands alone (`labelWithPost`).
 */
const LOWER_CASE_POST_LINE = /^(\p{Lu}[^\n:(),]{0,60}?)[ \t]*,[ \t]*(\p{Ll}[^\n:()]{0,80}?)[ \t]*:(?=[ \t]*(?:\r?\n|$))/u;

/**
 * "Jo Roe, secretary, X Rowing Club: We lost …": a live blog's or a record's label with a post in lower case before the
 * body, the turn's words after it on the same line (no quote opening them). Groups as `LOWER_CASE_POST_LINE`'s; read only
 * when the post is made of a post's words alone (`postWordsBeforeBody`).
 */
const LOWER_CASE_POST_INLINE = /^(\p{Lu}[^\n:(),]{0,60}?)[ \t]*,[ \t]*(\p{Ll}[^\n:()]{0,80}?)[ \t]*:[ \t]+(?=[^\s"“‘'])/u;

/**
 * A lower-case post written inline before a body (`LOWER_CASE_POST_INLINE`): every part but the last made of a post's
 * words (a role noun or a noun for a person by her work, their modifiers, "of"/"for"/"the"/"and"), one of them a role
 * word, and the last a capitalised body ("secretary, X Rowing Club", "senior planning officer, X Council"). A verb in it
 * ("head of X, said:") makes it a sentence's introduction of a quote, never a label.
 */
function postWordsBeforeBody(post: string): boolean {
  const parts = post.split(',').map((part) => part.trim());
  const body = parts.pop() as string;
  if (parts.length === 0 || !/^\p{Lu}/u.test(body)) return false;
  let role = false;
  for (const word of parts.join(' ').split(/[ \t]+/u)) {
    if (ROLE_NOUNS.has(word) || isPersonNoun(word)) role = true;
    else if (!ROLE_MODIFIERS.has(word) && !LABEL_FUNCTION_WORDS.has(word)) return false;
  }
  return role;
}

/** Longest label with a post read: "TOMAS BERGE (Head of Grid Planning, Nordvik Power)" and room to spare. */
const MAX_LABEL_WITH_POST = 160;

function labelWithPost(
  context: ArticleContext,
  first: number,
  end: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const { text, tokens } = context;
  const start = (tokens[first] as Token).start;
  const opening = text.slice(start, start + MAX_LABEL_WITH_POST);
  // The label ends in a colon or a long dash: an opening with neither is none, told without the pattern's backtracking.
  if (!opening.includes(':') && !opening.includes('–') && !opening.includes('—')) return null;
  const statement = statementLabel(start, opening);
  if (statement) return statement;
  const match = LABEL_WITH_POST.exec(opening) ?? LOWER_CASE_POST_LINE.exec(opening) ?? LOWER_CASE_POST_INLINE.exec(opening);
  if (!match) return null;
  const [whole, name = '', post, bracketsAfterPost, bracketsAfterName] = match;
  const brackets = bracketsAfterName ?? (bracketsAfterPost || undefined);
  const nameLast = lastTokenBefore(context, first, end, start + name.length);
  if (nameLast < 0) return null;
  // "Public speaker (Mr Jo Roe, …):": a post or a noun for a person in sentence case before a bracket holding her name.
  if (
    !isLabelWords(context, first, nameLast) &&
    !(bracketsAfterName && nameLast - first < MAX_ROLE_LABEL_WORDS && endsWithRoleOrPersonNoun(name))
  )
    return null;
  // "Jo Roe (recorded earlier) – We flooded …": a long dash for the colon, only after a name in brackets' company and
  // only for someone named before, as a dash label in mixed case is (`capitalsDashEnd`).
  const dashed = !whole.trimEnd().endsWith(':');
  if (dashed) {
    const known = bracketsAfterName ? knownPersonLabel(context, first, nameLast, profiles)?.people[0] : undefined;
    if (!known || (firstMentions(context, profiles).get(known) ?? Infinity) >= start) return null;
  }
  const labelEnd = start + (dashed ? whole.trimEnd().length : whole.replace(/[ \t]*:[ \t]?$/u, '').length);
  // "NAME, HOST:" with its turn in the paragraph after it: a label on a line of its own.
  const sentence = context.sentences[sentenceOfToken(context, first)] as Sentence;
  const next = context.sentences[sentenceOfToken(context, first) + 1];
  const alone =
    start + whole.length >= sentence.start + sentence.text.trimEnd().length && next !== undefined && next.paragraph !== sentence.paragraph;
  // "Jo Roe, planning officer, X Council:" alone on its line, as a live blog sets a speaker above her words: a post in
  // lower case holding a post's word, its last part a capitalised body or the post itself ("Jo Roe, head of X, said:" is
  // a sentence).
  if (post && !/^\p{Lu}/u.test(post) && !(alone && hasRoleWord(post) && lowerCasePostEnds(post)) && !(!alone && postWordsBeforeBody(post)))
    return null;
  const groups = brackets ? [...brackets.matchAll(/\(([^()]*)\)/gu)].map((group) => ({ text: group[1] as string, at: group.index })) : [];
  // "(Post, Organisation)": a post and who it is held for; "(Seat) (Party)" says neither.
  // "Hon. Jo Roe (Minister for Transport):": one bracket ending in a post's word is her post too.
  const described =
    post ??
    groups.find((group) => group.text.includes(',') && hasRoleWord(group.text))?.text ??
    (bracketsAfterName && groups.length === 1 && endsWithRoleWord(groups[0]?.text ?? '') ? groups[0]?.text : undefined) ??
    (bracketsAfterName && groups.length === 1 ? postAfterSeat(groups[0]?.text ?? '') : undefined);
  // "DR JO ROE, ASHBY AMBULANCE SERVICE:": a full name, then only a body's name in capitals, no post: the body she speaks for.
  const bodyOnly = post !== undefined && !brackets && bodyWithoutPost(post);
  const [role, ...organisation] = bodyOnly ? ['', post.trim()] : (described ?? '').split(',').map((part) => part.trim());
  // "LENA MOSS (Harwick Water Board):": brackets holding only an organisation's name say whom she speaks for.
  if (!described && bracketsAfterName && groups.length === 1) {
    const group = groups[0] as { text: string; at: number | undefined };
    const body = organisationSpelledAt(context, first, end, start + whole.indexOf(bracketsAfterName) + (group.at ?? 0) + 1, group.text);
    if (body) organisation.push(body);
  }
  // "The Minister for Transport (Name):" is an office and its holder, read below, not a name.
  const office = name.replace(/^the\s+/iu, '');
  // "PRESENTER (Jo Roe):": a role word, then a full name in brackets, is the holder's label, as an office's is.
  // A name after a rank is no post: "Cllr Peter Naylor (Brantwick Parish Council):" is hers, her council in brackets.
  // "CALLER (KEITH, DARLEY BAY):": the holder's name before a comma, where she calls from or her body after it.
  const holderText = (groups[0]?.text ?? '').split(',')[0]?.trim() ?? '';
  const holderNamed =
    !post &&
    groups.length === 1 &&
    endsWithRoleOrPersonNoun(office) &&
    (isFullName(holderText) ||
      (holderText !== groups[0]?.text.trim() && /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(holderText)));
  const named =
    ((office !== name || holderNamed) && groups.length > 0 ? null : personLabel(context, first, nameLast, profiles, countries)) ??
    // Only a post holding a role word makes a person of unknown words: "SAN TOMAS, CALIFORNIA:" is a dateline.
    (described && hasRoleWord(described) ? newPersonLabel(context, first, nameLast, role || null, profiles) : null) ??
    (bodyOnly ? newPersonLabel(context, afterTitles(context, first, nameLast), nameLast, null, profiles) : null) ??
    // "BRIGITTE (Eastmoor):": a caller's first name the turn before introduced, and where she calls from.
    (nameLast === first && !post && groups.length > 0 ? introducedByFirstName(context, first, profiles) : null) ??
    // "Dave (caller, Ashby):", "Mo (listener):": a first name, then the noun for the kind of voice she is.
    (nameLast === first && !post && groups.length === 1 ? firstNameOfVoice(context, first, groups[0]?.text ?? '', profiles) : null);
  if (named) {
    // What the label says she is holds for her later labels: "MENSAH:" after "KIRA MENSAH, CORRESPONDENT:" reports too.
    const person = named.people[0];
    if (person && role) person.role ??= role.toLowerCase();
    return {
      kind: 'speaker',
      actor: named,
      // "NAME, NORTHCAST NEWS HOST:", "NAME, CORRESPONDENT (voice-over):": the post says she asks or reports.
      asks: asksAs(context, named, profiles, start) || isMediaRole(role || null),
      ...(role ? { role } : {}),
      ...(organisation.length > 0 ? { organisation: organisation.join(', ') } : {}),
      start,
      end: labelEnd,
      cue: 'name-post',
      ...(alone ? { alone: true } : {}),
    };
  }
  // "The Minister for Transport (Rachel Deane):": the post, then its holder's name in brackets.
  const holder = groups[0];
  // "CALLER (Tomasz):": a noun for a person names no post, but her name follows it too.
  if (!holder || !isRoleOrPersonNoun(office)) return null;
  const holderStart = start + (brackets ? whole.indexOf(brackets) : 0) + brackets!.indexOf(holder.text);
  // "CALLER (KEITH, DARLEY BAY):", "Public speaker (Mr Jo Roe, Ashby Residents' Association):": the name, then where she
  // calls from or whom she speaks for after a comma.
  const comma = holder.text.indexOf(',');
  const holderName = comma < 0 ? holder.text : holder.text.slice(0, comma).trimEnd();
  const holderFirst = firstTokenAt(context, first, end, holderStart);
  // A sentence cut short (a tight maximum length) can end before the holder's name.
  if (holderFirst < 0) return null;
  const holderLast = lastTokenBefore(context, holderFirst, end, holderStart + holderName.length);
  if (holderLast < holderFirst) return null;
  const person =
    personLabel(context, holderFirst, holderLast, profiles, countries) ??
    (holderFirst === holderLast ? introducedByFirstName(context, holderFirst, profiles) : null) ??
    (comma >= 0 && isFullName(holderName) ? newPersonLabel(context, holderFirst, holderLast, null, profiles) : null);
  if (!person) return null;
  // ("CALLER (BRENDA, EASTCLIFF)": words in capitals alone do not tell a body from a place)
  const after = holder.text.slice(comma + 1);
  const body =
    comma < 0 || after.toUpperCase() === after ? undefined : organisationSpelledAt(context, first, end, holderStart + comma + 1, after);
  return {
    kind: 'speaker',
    actor: person,
    asks: asksAs(context, person, profiles, start) || isMediaRole(office),
    ...(body ? { organisation: body } : {}),
    role: isCapitals(office) ? office.toLowerCase() : office,
    start,
    end: labelEnd,
    cue: 'office',
    ...(alone ? { alone: true } : {}),
  };
}

/** Most words of a body's name in a label: "NORTH COAST COMMUNITY AMBULANCE SERVICE" and room to spare. */
const MAX_BODY_WORDS = 7;

/**
 * A label's part after the name that is a body's name alone: two to `MAX_BODY_WORDS` words in capitals, none of them a
 * post's or a person's word, the last a noun of a body ("ASHBY AMBULANCE SERVICE", "YARROW VALLEY TRUST"); not a place
 * ("SAN TOMAS, CALIFORNIA") nor a post ("RETIRED NURSE").
 */
function bodyWithoutPost(post: string, mixedCase = false): boolean {
  const words = post.trim().split(/[ \t]+/u);
  if (words.length < 2 || words.length > MAX_BODY_WORDS || post.includes(',') || hasRoleWord(post)) return false;
  const capitalised = mixedCase ? /^\p{Lu}[\p{L}'’&-]*$/u : /^\p{Lu}[\p{Lu}'’&-]*$/u;
  if (!words.every((word) => capitalised.test(word) || LABEL_FUNCTION_WORDS.has(word.toLowerCase()))) return false;
  // "AIRLINES", "SERVICES": a plural body noun too.
  const last = (words[words.length - 1] as string).toLowerCase();
  return isOrganisationNoun(last) || (last.endsWith('s') && isOrganisationNoun(last.slice(0, -1)));
}

/**
 * "STATEMENT, X AIRLINES (voiceover):", "Statement from X Airlines:": a label for a body's written statement. Group 1 is
 * the body's name.
 */
const STATEMENT_LABEL =
  /^(?:STATEMENT|Statement)(?:[ \t]*,[ \t]*|[ \t]+(?:FROM|[Ff]rom)[ \t]+)(\p{Lu}[^\n:(),]{2,80}?)[ \t]*(?:\([^()\n:]{1,40}\)[ \t]*)?:[ \t]/u;

/**
 * A broadcast transcript reading out a body's written statement as a turn (`STATEMENT_LABEL`), the body's name alone
 * after it (`bodyWithoutPost`): the turn is the body's, no person's.
 */
function statementLabel(start: number, opening: string): InterviewLabel | null {
  const match = STATEMENT_LABEL.exec(opening);
  const body = match?.[1]?.trim();
  if (!match || !body || !bodyWithoutPost(body, true)) return null;
  const end = start + match[0].replace(/[ \t]*:[ \t]$/u, '').length;
  return {
    kind: 'speaker',
    actor: { ...emptyActor('organisation', start, end), organisation: body },
    asks: false,
    start,
    end,
    cue: 'name',
  };
}

/** The first token of a label's name after its courtesy titles ("DR", "MS"), before `last`. */
function afterTitles(context: ArticleContext, first: number, last: number): number {
  let t = first;
  while (t < last && TITLE_WORDS.has((context.tokens[t] as Token).lower)) t++;
  return t;
}

/** A post's last comma-separated part is an organisation's name (capitalised) or ends in a post's word. */
function lowerCasePostEnds(post: string): boolean {
  const last = (post.split(',').pop() as string).trim();
  return /^\p{Lu}/u.test(last) || endsWithRoleWord(last);
}

/** The organisation whose name `written` (spaces around it allowed) spells out from offset `at`, or undefined. */
function organisationSpelledAt(context: ArticleContext, first: number, end: number, at: number, written: string): string | undefined {
  const offset = at + (written.length - written.trimStart().length);
  const entity = context.entities[context.entityOf[firstTokenAt(context, first, end, offset)] ?? -1];
  return entity?.type === 'organisation' && entity.start === offset && entity.text === written.trim() ? entity.text : undefined;
}

/**
 * "Fenwick—Minister for Aged Care": a member's seat, a long dash, then her post (a parliament's record giving both in one
 * bracket, "Ms NAME (Seat—Post) (14:22):"). The post when it ends in a post's word, else undefined.
 */
function postAfterSeat(bracket: string): string | undefined {
  const parts = bracket.split(/[ \t]*[–—][ \t]*/u);
  const post = parts[1]?.trim();
  return parts.length === 2 && post && /^\p{Lu}/u.test(post) && endsWithRoleWord(post) ? post : undefined;
}

/** A post ("The Minister for Transport", "PRESENTER") or a noun for a person ("CALLER"). */
function isRoleOrPersonNoun(words: string): boolean {
  return hasRoleWord(words) || isPersonNoun(words.toLowerCase());
}

/**
 * A noun for a person that is not also a first name: WordNet lists "helen" and "abraham" among people, but a label
 * "Helen:" names Helen, it holds no post.
 */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) && !isKnownFirstName(titleCase(word));
}

/**
 * A post ending in its post's word ("PRESENTER", "Chief Executive") or a noun for a person as a whole ("CALLER"), not
 * "Cllr Jo Roe" (a rank, then a name) nor "Tom Reed" (a surname that is also a noun for a person).
 */
function endsWithRoleOrPersonNoun(words: string): boolean {
  const last =
    words
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .pop() ?? '';
  return ROLE_NOUNS.has(last) || TITLE_WORDS.has(last) || PERSON_NOUNS.has(words.trim().toLowerCase());
}

/**
 * The person a label names by a first name alone (a known one, or no common word) when the bracket after it opens with a noun for a person
 * ("caller", "listener", "resident"): someone the text names only so, recorded under that name.
 */
function firstNameOfVoice(context: ArticleContext, t: number, bracket: string, profiles: PersonProfiles): Actor | null {
  const kind = (bracket.split(',')[0] ?? '').trim().toLowerCase();
  const name = titleCase((context.tokens[t] as Token).text);
  if (!isPersonNoun(kind) || (!isKnownFirstName(name) && isCommonWord(name.toLowerCase()))) return null;
  return personActor(context, t, t, profiles.lookup(name) ?? recordedName(name, profiles));
}

/** A post whose last word, or the word before "for"/"of", is a post's ("Minister for Transport", "Chief Executive"). */
function endsWithRoleWord(words: string): boolean {
  const head = words.trim().split(/[ \t]+(?:for|of)[ \t]+/iu)[0] ?? '';
  const last =
    head
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .pop() ?? '';
  return ROLE_NOUNS.has(last) || TITLE_WORDS.has(last);
}

/** Two to four capitalised words and nothing else: "Marcus Odell", "Jo de Vries" not, "Head of Planning" not. */
function isFullName(words: string): boolean {
  const parts = words.trim().split(/[ \t]+/u);
  return (
    parts.length >= MIN_NAME_WORDS &&
    parts.length <= MAX_NAME_WORDS &&
    parts.every((part) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(part)) &&
    !hasRoleWord(words)
  );
}

/** A name in a label, in capitals or not: two to four words. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/**
 * "INGA TOLL (Chief Economist, Brevik Savings Bank):", "JO EK, MAYOR:": a name with a post after it is a
 * person's even when nobody introduced her and the entity finder cannot read a name in capitals. She is
 * recorded, so that "TOLL:" later is her too. Words of a rank or post are no name ("THE DIRECTOR, …").
 */
function newPersonLabel(context: ArticleContext, first: number, last: number, role: string | null, profiles: PersonProfiles): Actor | null {
  const words = context.tokens.slice(first, last + 1);
  const count = last - first + 1;
  if (count < MIN_NAME_WORDS || count > MAX_NAME_WORDS) return null;
  if (words.some((word) => !/^\p{Lu}[\p{L}'’-]*$/u.test(word.text) || isRankOrRole(word.lower) || LABEL_FUNCTION_WORDS.has(word.lower)))
    return null;
  const name = words.map((word) => (word.text === word.text.toUpperCase() ? titleCase(word.text) : word.text)).join(' ');
  const draft = nameOnly(name, role ? role.toLowerCase() : null);
  profiles.record(draft);
  return personActor(context, first, last, profiles.lookup(name) ?? draft);
}

/**
 * A line that lists a person, her post and maybe her organisation, with her name in capitals: a press conference's
 * participants ("GRANT TOLLIVER, Fire Commissioner, Carrisford Fire Department", "DR. ADA OKO, Medical Director, …")
 * or a broadcast's caption under any key of up to three words ("[CAPTION: NAME, POST, ORGANISATION]", a subtitle file's
 * "[ON SCREEN: NAME, POST, ORGANISATION]"), or a court transcript's appearances under the side they appear for ("For
 * the State: NAME, Post, Office", "Also present: NAME, Interpreter"). Group 1 is the name, 2 the post, 3 the organisation.
 */
const LISTED_PERSON =
  /^(?:\[(?:\p{Lu}+(?:[ \t]+\p{Lu}+){0,2}:[ \t]*)?|\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+)?:[ \t]+)?([^,:[\]\n]{3,60}),[ \t]*([^,:[\]\n]{2,80}?)(?:,[ \t]*([^,:[\]\n]{2,80}?))?\]?$/u;

/** A noun of an organisation ("trust", "authority", "league"), listed or by WordNet. */
function isOrganisationNoun(word: string): boolean {
  return ORGANISATION_NOUNS.has(word) || WORDNET_ORGANISATION_NOUNS.has(word);
}

/** An appearance's side before a listed person: "For the State: ", "Also present: ". */
const APPEARANCE_KEY = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+)?:[ \t]+/u;

/** A caption's opening bracket and key: "[CAPTION: ", "[ON SCREEN: ". */
const CAPTION_KEY = /^\[\p{Lu}+(?:[ \t]+\p{Lu}+){0,2}:/u;

/**
 * Whether `LISTED_PERSON` can match the text: none of its parts holds a comma, so a line it matches holds one comma
 * or two (trimming takes none away). Most sentences fail this count, which spares the pattern's backtracking over
 * every length of its three parts.
 */
export function mayListPerson(text: string): boolean {
  let commas = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x2c && ++commas > 2) return false;
  return commas > 0;
}

/**
 * Records the people listed on lines of their own (`LISTED_PERSON`) with the post and organisation the line gives, so
 * that "COMMISSIONER TOLLIVER:" later is her: the entity finder reads no name in capitals. Only a paragraph of one
 * sentence, a name of two to four words in capitals after any ranks, and a post holding a role word.
 */
export function recordListedPeople(context: ArticleContext, profiles: PersonProfiles): void {
  const { sentences } = context;
  sentences.forEach((sentence, s) => {
    if (sentences[s - 1]?.paragraph === sentence.paragraph || sentences[s + 1]?.paragraph === sentence.paragraph) return;
    if (!mayListPerson(sentence.text)) return;
    const match = LISTED_PERSON.exec(sentence.text.trim());
    if (!match) return;
    const [, written = '', post = '', organisation] = match;
    const words = written.trim().split(/\s+/u);
    let from = 0;
    while (from < words.length && isRankOrRole(words[from]!.toLowerCase().replace(/\.$/u, ''))) from++;
    const name = words.slice(from);
    if (
      name.length < MIN_NAME_WORDS ||
      name.length > MAX_NAME_WORDS ||
      name.some((word) => !/^\p{Lu}[\p{Lu}'’-]*$/u.test(word) || isRankOrRole(word.toLowerCase())) ||
      // A caption under a key ("[ON SCREEN: NAME, FARMER]") or an appearance under its side ("For the Defendant: NAME,
      // Public Defender") describes a person by any noun for one, a list by a post.
      !(
        hasRoleWord(post) ||
        ((CAPTION_KEY.test(sentence.text.trim()) || APPEARANCE_KEY.test(sentence.text.trim())) && someWord(post, isPersonNoun))
      )
    )
      return;
    const draft = nameOnly(name.map(titleCase).join(' '), post.trim().toLowerCase());
    // "[ON SCREEN: NAME, FARMER, NORTH MARSH]": after a noun for a person holding no post, the last part is where she
    // is from unless it names an organisation by its noun or as "X of Y" ("Port of Elvermouth").
    const placeOnly =
      organisation && !hasRoleWord(post) && !someWord(organisation, isOrganisationNoun) && !/\s(?:of|OF)\s/u.test(organisation);
    if (organisation && !placeOnly) draft.organisation = isCapitals(organisation) ? titleCaseName(organisation) : organisation.trim();
    profiles.record(draft);
  });
}

function isCapitals(words: string): boolean {
  return words === words.toUpperCase();
}

/** "CORRAN FIRE AND RESCUE SERVICE" → "Corran Fire and Rescue Service". */
function titleCaseName(words: string): string {
  return words
    .trim()
    .split(/\s+/u)
    .map((word) => (LABEL_FUNCTION_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : titleCase(word)))
    .join(' ');
}

/** "TOLL" → "Toll", "O'NEILL-BRAY" → "O'Neill-Bray". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** Lower-case words a label's name or post may hold: "Minister for Transport", "Head of Grid Planning". */
const LABEL_FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'at']);

/** Tokens first..last are a label's words: capitalised, or small function words between them. */
function isLabelWords(context: ArticleContext, first: number, last: number): boolean {
  if (last - first >= MAX_LABEL_TOKENS + 2) return false;
  for (let t = first; t <= last; t++) {
    const token = context.tokens[t] as Token;
    if (!token.capitalised && !(t > first && LABEL_FUNCTION_WORDS.has(token.lower))) return false;
  }
  return true;
}

/**
 * "Planning officer:", "Deputy head teacher:": a post written in sentence case, as a council's record or a broadcaster's
 * table labels an officer, the first word capitalised and up to two more in lower case. Read as an office (`officeLabel`):
 * a label only when its words name a post and one person named beside that post holds it.
 */
function isSentenceCasePost(context: ArticleContext, first: number, last: number): boolean {
  if (last === first || last - first >= MAX_ROLE_LABEL_WORDS || !(context.tokens[first] as Token).capitalised) return false;
  for (let t = first + 1; t <= last; t++) {
    const token = context.tokens[t] as Token;
    if (token.text !== token.lower || !/^\p{Ll}+$/u.test(token.text)) return false;
  }
  return true;
}

function hasRoleWord(words: string): boolean {
  return someWord(words, (word) => ROLE_NOUNS.has(word) || TITLE_WORDS.has(word));
}

/** The person tokens first..last name: someone introduced under those words, else a name read afresh. */
function personLabel(
  context: ArticleContext,
  first: number,
  last: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): Actor | null {
  const known = knownPersonLabel(context, first, last, profiles);
  if (known) return known;
  const parsed = parseSpeakerPhrase(context, first, last, profiles, countries);
  return parsed?.kind === 'person' ? parsed : null;
}

/** The last token from `first` (before `end`) that ends at or before offset `at`, or -1. */
function lastTokenBefore(context: ArticleContext, first: number, end: number, at: number): number {
  let t = first - 1;
  while (t + 1 < end && (context.tokens[t + 1] as Token).end <= at) t++;
  return t >= first ? t : -1;
}

/** The first token from `first` (before `end`) that starts at or after offset `at`, or -1. */
function firstTokenAt(context: ArticleContext, first: number, end: number, at: number): number {
  for (let t = first; t < end; t++) if ((context.tokens[t] as Token).start >= at) return t;
  return -1;
}

/** A parliament's chair: "Mr Speaker:", "Madam Deputy Speaker:", "The Speaker:", "The Chair:". Procedure, like a moderator's. */
const CHAIR_LABEL =
  /^(?:(?:Mr|Madam|Madame|Mister)\.?[ \t]+(?:Deputy[ \t]+)?Speaker|(?:The[ \t]+)?(?:Chair|Chairman|Chairwoman|Deputy[ \t]+Speaker)|The[ \t]+Speaker)[ \t]*:[ \t]/iu;

/**
 * "Mr. HOLLOWAY. The subcommittee will come to order.", "Chairman ROE. Thank you.", "Senator O'NEILL. I yield.": a
 * hearing's transcript or a congressional record prints each turn under a courtesy title or an office and the
 * speaker's surname in capitals, closed by a period, the turn's words after it on the same line. Group 1 is the title
 * (a period after it at most), group 2 the surname (one to three words in capitals). The surname is the person the
 * text names under it, else a person known by it alone; the label's span holds its period.
 */
const TITLED_CAPITALS_LABEL = /^(\p{Lu}\p{Ll}+)\.?[ \t]+(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,2})\.[ \t]+(?=\S)/u;

/** Longest label read: "Chairwoman DE LA CRUZ-ABARA. " and room to spare. */
const MAX_TITLED_LABEL = 60;

function titledCapitalsLabel(context: ArticleContext, first: number, end: number, profiles: PersonProfiles): InterviewLabel | null {
  const { text, tokens } = context;
  const opening = tokens[first] as Token;
  if (opening.lower === 'the') return chairInCapitals(context, first, end, profiles);
  if (!TITLE_WORDS.has(opening.lower) && !ROLE_NOUNS.has(opening.lower)) return null;
  const match = TITLED_CAPITALS_LABEL.exec(text.slice(opening.start, opening.start + MAX_TITLED_LABEL));
  if (!match || match[1] !== opening.text) return null;
  const surname = match[2] as string;
  const labelEnd = opening.start + match[0].trimEnd().length;
  const nameLast = lastTokenBefore(context, first, end, labelEnd - 1);
  if (nameLast <= first || (tokens[nameLast] as Token).end !== labelEnd - 1) return null;
  const known = knownPersonLabel(context, first + 1, nameLast, profiles);
  const actor = known ?? personActor(context, first + 1, nameLast, recordedName(titleCaseName(surname), profiles));
  return {
    kind: 'speaker',
    actor,
    asks: asksAs(context, actor, profiles, opening.start),
    start: opening.start,
    end: labelEnd,
    cue: 'name',
  };
}

/** "The CHAIRMAN. ", "The CHAIR. ": the same records' chair, her office in capitals closed by a period. */
const CHAIR_IN_CAPITALS = /^The[ \t]+(?:CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|CHAIR)\.[ \t]+(?=\S)/u;

/**
 * A hearing record's "The CHAIRMAN.": the one person the text names beside the post ("Hon. Jo Roe (chairman of the
 * subcommittee) presiding"), else, like a parliament's "The Chair:", a turn of procedure that asks.
 */
function chairInCapitals(context: ArticleContext, first: number, end: number, profiles: PersonProfiles): InterviewLabel | null {
  const start = (context.tokens[first] as Token).start;
  const match = CHAIR_IN_CAPITALS.exec(context.text.slice(start, start + MAX_TITLED_LABEL));
  if (!match || first + 1 >= end) return null;
  const span = { start, end: start + match[0].trimEnd().length, cue: 'office' as const };
  const holder = roleHolder(context, first, first + 1, profiles);
  return holder
    ? { kind: 'speaker', actor: personActor(context, first, first + 1, holder), asks: false, ...span }
    : { kind: 'question', ...span };
}

/** The person known by `name`, recorded under it alone when nobody is. */
function recordedName(name: string, profiles: PersonProfiles): PersonDraft {
  const known = profiles.lookup(name);
  if (known) return known;
  const draft = nameOnly(name, null);
  profiles.record(draft);
  return profiles.lookup(name) ?? draft;
}

/** A court's "THE COURT:" and "THE JUDGE:" are the judge the introduction names. */
const COURT_WORDS = new Set(['court', 'judge', 'bench']);
/** What a judge is called before her name or as her role. */
const JUDGE_WORDS = ['judge', 'justice', 'magistrate', 'recorder'];
/** A court's "THE DEFENDANT:" is the defendant its caption names. */
const DEFENDANT_WORDS = new Set(['defendant', 'accused']);

/** A court transcript's caption is among its first lines. */
const MAX_CAPTION_LINES = 24;

/** Words before a judge's name on a caption's "BEFORE THE HONORABLE NAME, CIRCUIT JUDGE" line; those after "before" rank her. */
const BEFORE_JUDGE_WORDS = new Set(['the', 'honorable', 'honourable', 'hon', 'his', 'her', 'honor', 'honour', 'mr', 'mrs', 'ms']);

/** A caption's line naming the side a party is ("Defendant.", "Accused,"). */
const DEFENDANT_LINE = /^(?:Defendants?|DEFENDANTS?|Accused|ACCUSED)[.,]?$/u;

/** "STATE OF X v. NAME", "People vs. NAME, Defendant": the case's name, the defendant after "v.". Group 1 is her name. */
const VERSUS_LINE =
  /[ \t](?:v|vs|V|VS)\.?[ \t]+([^,.\n]*?(?:\p{Lu}\.[^,.\n]*?)?)(?:,[ \t]*(?:Defendants?|DEFENDANTS?|Accused|ACCUSED))?\.?$/u;

/** A name on a caption: one word in capitals or capitalised, or an initial ("K."). */
const CAPTION_NAME_WORD = /^\p{Lu}(?:[\p{L}'’-]+|\.)$/u;

const COURT_CAPTIONS = new WeakMap<ArticleContext, { judge?: PersonDraft; defendant?: PersonDraft }>();

/**
 * The judge and the defendant a court transcript's caption names on its first lines (`MAX_CAPTION_LINES`): "BEFORE
 * THE HONORABLE NAME, CIRCUIT JUDGE" (a judge's rank or the post after the comma makes her a judge), and the party
 * written on the line before "Defendant." or after the "v." of the case's name. Names in capitals are title-cased and
 * recorded as people with their post, the entity finder reading none. Read once per article.
 */
function courtCaption(context: ArticleContext, profiles: PersonProfiles): { judge?: PersonDraft; defendant?: PersonDraft } {
  const cached = COURT_CAPTIONS.get(context);
  if (cached) return cached;
  const found: { judge?: PersonDraft; defendant?: PersonDraft } = {};
  const lines = context.sentences.slice(0, MAX_CAPTION_LINES).map((sentence) => sentence.text.trim());
  lines.forEach((line, k) => {
    found.judge ??= captionJudge(line, profiles);
    if (found.defendant) return;
    const name = DEFENDANT_LINE.test(line) && k > 0 ? (lines[k - 1] as string).replace(/,$/u, '') : VERSUS_LINE.exec(line)?.[1];
    if (name !== undefined) found.defendant = captionPerson(name, 'defendant', 2, profiles);
  });
  COURT_CAPTIONS.set(context, found);
  return found;
}

/** The judge a caption's "BEFORE …" line names, or undefined. */
function captionJudge(line: string, profiles: PersonProfiles): PersonDraft | undefined {
  const [opening = '', post = ''] = line.split(/,[ \t]*/u);
  const words = opening.split(/[ \t]+/u);
  if (!/^before:?$/iu.test(words[0] ?? '')) return undefined;
  let from = 1;
  let ranked = false;
  while (from < words.length) {
    const word = (words[from] as string).toLowerCase().replace(/\.$/u, '');
    if (JUDGE_WORDS.includes(word)) ranked = true;
    else if (!BEFORE_JUDGE_WORDS.has(word)) break;
    from++;
  }
  const postWords = post.toLowerCase().split(/[ \t]+/u);
  const judged = JUDGE_WORDS.find((role) => postWords.includes(role));
  if (!ranked && !judged) return undefined;
  return captionPerson(words.slice(from).join(' '), judged ? post.toLowerCase() : 'judge', ranked ? 1 : 2, profiles);
}

/** The person a caption names by `written` (capitalised words, `fewest` to four), recorded with `role`; else undefined. */
function captionPerson(written: string, role: string, fewest: number, profiles: PersonProfiles): PersonDraft | undefined {
  const words = written.trim().split(/[ \t]+/u);
  if (words.length < fewest || words.length > MAX_NAME_WORDS || !words.every((word) => CAPTION_NAME_WORD.test(word))) return undefined;
  if (hasRoleWord(written) || words.some((word) => isOrganisationNoun(word.toLowerCase()))) return undefined;
  const name = words.map((word) => (isCapitals(word) ? titleCase(word) : word)).join(' ');
  const known = profiles.lookup(name);
  if (known) return known;
  const draft = nameOnly(name, role);
  profiles.record(draft);
  return profiles.lookup(name) ?? draft;
}

/** A court's "THE WITNESS:" is the witness being examined: whoever answers the "A." turns. */
const WITNESS_WORDS = new Set(['witness', 'deponent']);

/**
 * A label that names an office, not a person: a parliament's chair (a question's turn, like a moderator's),
 * a court's "THE COURT:" (the judge named before) and "THE WITNESS:" (an answer), "The Minister for
 * Transport:" (the one person named before who holds that post).
 */
function officeLabel(context: ArticleContext, first: number, end: number, profiles: PersonProfiles): InterviewLabel | null {
  const { text, tokens } = context;
  const start = (tokens[first] as Token).start;
  const chair = CHAIR_LABEL.exec(text.slice(start, start + 40));
  if (chair) return chairLabel(context, first, end, start + chair[0].replace(/[ \t]*:[ \t]$/u, '').length, profiles);
  let last = first;
  while (last + 1 < end && !colonFollows(text, (tokens[last] as Token).end) && last - first < MAX_LABEL_TOKENS) last++;
  if (!colonFollows(text, (tokens[last] as Token).end)) return null;
  if (!isLabelWords(context, first, last) && !isSentenceCasePost(context, first, last)) return null;
  const span = { start, end: (tokens[last] as Token).end, cue: 'office' as const };
  const opensWithThe = (tokens[first] as Token).lower === 'the';
  if (opensWithThe && last === first + 1) {
    const word = (tokens[last] as Token).lower;
    if (WITNESS_WORDS.has(word)) return { kind: 'answer', ...span };
    if (COURT_WORDS.has(word)) {
      const judge = JUDGE_WORDS.map((role) => profiles.lookupByRole(role)).find(Boolean) ?? courtCaption(context, profiles).judge;
      return judge ? { kind: 'speaker', actor: personActor(context, first, last, judge), asks: false, ...span } : null;
    }
    // "THE DEFENDANT:": the defendant the caption names ("NAME, Defendant.", "STATE v. NAME").
    const defendant = DEFENDANT_WORDS.has(word) ? courtCaption(context, profiles).defendant : undefined;
    if (defendant) return { kind: 'speaker', actor: personActor(context, first, last, defendant), asks: false, ...span };
  }
  // "The Minister for Transport:", "The Member for Oxley West:", "The Minister:": a post held by one person named
  // before, by the role she was given, else by the name written beside the post ("the Premier, Jo Ek,").
  // "Head of Planning:", "Legal Adviser:" in a council's record: a post with no "The", held by the one person named beside it
  // ("Officers present: Jo Roe, Head of Planning; …").
  const office = text.slice((tokens[opensWithThe ? first + 1 : first] as Token).start, span.end);
  // "District archaeologist:": a noun for a person by her work after the body's word names a post too.
  if (!opensWithThe && !(last > first && (namesPost(office) || isPersonNoun((tokens[last] as Token).lower)))) return null;
  const holder = (hasRoleWord(office) ? profiles.lookupByRole(office) : undefined) ?? roleHolder(context, first, last, profiles);
  if (holder) return { kind: 'speaker', actor: personActor(context, first, last, holder), asks: false, role: office, ...span };
  return opensWithThe ? null : postAndSurnameLabel(context, first, last, span, profiles);
}

/**
 * "Mayor Pellingham:", "Police Chief Ferrol:", "Councilmember Dade:": a council's or a hearing's record labelling each turn by
 * a post in mixed case and the speaker's surname, the surname read as no name where the text names her nowhere else. Post
 * words (capitalised, no "of" or "for", the last a post's noun or a noun for a person by her work) then one surname,
 * capitalised, no post's word nor a common English word ("Head Planning:" is no one). The person known by the surname,
 * else recorded under it.
 */
function postAndSurnameLabel(
  context: ArticleContext,
  first: number,
  last: number,
  span: { start: number; end: number; cue: 'office' },
  profiles: PersonProfiles,
): InterviewLabel | null {
  const { tokens } = context;
  const surname = tokens[last] as Token;
  if (last === first || last - first > MAX_ROLE_LABEL_WORDS || !/^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(surname.text)) return null;
  if (isRankOrRole(surname.lower) || isPersonNoun(surname.lower) || isCommonWord(surname.lower)) return null;
  const words = tokens.slice(first, last).map((token) => token.lower);
  const post = words[words.length - 1] as string;
  if (words.some((word) => LABEL_FUNCTION_WORDS.has(word)) || !(ROLE_NOUNS.has(post) || isPersonNoun(post))) return null;
  // The post stays off her profile and the label: a council's heading, or a body the text names near the post's word, is
  // not hers by it ("Police Chief X:" under a city council's name speaks for the police, which the label does not name).
  const person = profiles.lookup(surname.text) ?? recordedName(surname.text, profiles);
  return { kind: 'speaker', actor: personActor(context, last, last, person), asks: false, ...span };
}

/**
 * A chair's label with a colon ("Chair:", "CHAIR:", "The Chairman:"): the one person the text names as chairing
 * ("Councillor Ada Obi (Chair)", "Ada Obi chaired"), as "[Chair]" is. Her turns are hers, what she states for the record
 * included, and they ask as a presenter's named by her label do (whom she addresses answers next). Nobody so named,
 * or a parliament's "Mr Speaker:", "The Speaker:": a turn of procedure that asks, like a moderator's.
 */
function chairLabel(context: ArticleContext, first: number, end: number, labelEnd: number, profiles: PersonProfiles): InterviewLabel {
  const span = { start: (context.tokens[first] as Token).start, end: labelEnd, cue: 'office' as const };
  const last = lastTokenBefore(context, first, end, labelEnd);
  const holder =
    last >= first && CHAIR_WORDS.has((context.tokens[last] as Token).lower)
      ? (personInTheChair(context, profiles) ?? roleHolder(context, last, last, profiles))
      : undefined;
  return holder
    ? { kind: 'speaker', actor: personActor(context, first, last, holder), asks: true, chairs: true, ...span }
    : { kind: 'question', ...span };
}

const IN_THE_CHAIR = new WeakMap<ArticleContext, PersonDraft | null>();

/**
 * "Deputy Jo Roe in the Chair.", "Councillor Al Ek in the chair": a record's note of who chairs the meeting, a person
 * named right before "in the Chair" outside quotes. She is the "Chairman:" of its turns, whoever else the text calls a
 * chairman (a witness who chairs another body). The one person so named, read once per article; undefined when none
 * or two are.
 */
function personInTheChair(context: ArticleContext, profiles: PersonProfiles): PersonDraft | undefined {
  let found = IN_THE_CHAIR.get(context);
  if (found === undefined) {
    found = null;
    const { tokens, entities, entityOf } = context;
    for (const t of tokensByLowerCase(context).get('chair') ?? []) {
      if (t < 3 || context.inQuote[t] || tokens[t - 1]?.lower !== 'the' || tokens[t - 2]?.lower !== 'in') continue;
      const entity = entities[entityOf[t - 3] ?? -1];
      if (entity?.type !== 'person' || entity.end !== (tokens[t - 3] as Token).end) continue;
      const person = profiles.lookup(entity.text, entity.sourceId) ?? null;
      if (found && person !== found) {
        found = null;
        break;
      }
      found = person;
    }
    IN_THE_CHAIR.set(context, found);
  }
  return found ?? undefined;
}

/** A role label has at most this many words: "FARMER:", "HEAD TEACHER:", "SENIOR PARAMEDIC:". */
const MAX_ROLE_LABEL_WORDS = 3;

/**
 * "FARMER:", "VET:": a label naming only what someone is, not a post any introduced person holds, is the person
 * the questions before its turns address by name ("Dr Raghavan, how widespread is it?"), or whom the turn after
 * its first names ("That's Siobhan Ferris, who milks …"), read once over the whole transcript so that a turn heard
 * before its speaker is introduced is hers too.
 */
function roleLabelPerson(context: ArticleContext, first: number, last: number, profiles: PersonProfiles): Actor | null {
  const key = roleLabelKey(context, first, last);
  const person = key ? roleLabelPeople(context, profiles).get(key) : undefined;
  return person ? personActor(context, first, last, person) : null;
}

/** The lower-case words of a label from nouns for people alone, none a medium's ("HOST"), or null. */
function roleLabelKey(context: ArticleContext, first: number, last: number): string | null {
  if (last - first >= MAX_ROLE_LABEL_WORDS) return null;
  const words = context.tokens.slice(first, last + 1).map((token) => token.lower);
  const roles = words.every((word) => ROLE_NOUNS.has(word) || isPersonNoun(word) || ROLE_MODIFIERS.has(word));
  return roles && !words.some((word) => MEDIA_ROLES.has(word) || QUESTION_LABELS.has(word) || ANSWER_LABELS.has(word))
    ? words.join(' ')
    : null;
}

const ROLE_LABEL_PEOPLE = new WeakMap<ArticleContext, Map<string, PersonDraft>>();

/** Capitalised words and a colon opening a paragraph: any label, read without naming anyone. */
const ANY_LABEL = /^((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,4}\p{Lu}[\p{L}.'’-]*)[ \t]*:[ \t]/u;

/** "That's Jo Ek", "That was Jo Ek", "This is Jo Ek": a presenter naming whom the listener just heard. */
const NAMING_WHO_SPOKE = /^(?:That['’]s|That is|That was|This is)[ \t]+/u;

/** Reads, once per article, which person each role label stands for (see `roleLabelPerson`): the person most often addressed or named for it, kept only when no other label claims her. */
function roleLabelPeople(context: ArticleContext, profiles: PersonProfiles): Map<string, PersonDraft> {
  const cached = ROLE_LABEL_PEOPLE.get(context);
  if (cached) return cached;
  const { sentences, tokens, text } = context;
  const paragraphs: Array<{ first: number; last: number; label: { start: number; end: number; first: number; last: number } | null }> = [];
  sentences.forEach((sentence, s) => {
    const open = paragraphs[paragraphs.length - 1];
    if (open && (sentences[open.first] as Sentence).paragraph === sentence.paragraph) {
      open.last = s;
      return;
    }
    const t = firstAfterTimestamp(context, s);
    const token = tokens[t];
    const match = token ? ANY_LABEL.exec(text.slice(token.start, token.start + MAX_LABEL_WITH_POST)) : null;
    const end = match && token ? token.start + (match[1] as string).length : -1;
    const last = match ? lastTokenBefore(context, t, context.end[s] as number, end) : -1;
    paragraphs.push({ first: s, last: s, label: match && token && last >= t ? { start: token.start, end, first: t, last } : null });
  });
  const votes = new Map<string, Map<PersonDraft, number>>();
  const vote = (key: string, person: PersonDraft | null | undefined): void => {
    if (!person) return;
    const counts = votes.get(key) ?? new Map<PersonDraft, number>();
    counts.set(person, (counts.get(person) ?? 0) + 1);
    votes.set(key, counts);
  };
  paragraphs.forEach((paragraph, p) => {
    const key = paragraph.label ? roleLabelKey(context, paragraph.label.first, paragraph.label.last) : null;
    if (!key) return;
    const before = paragraphs[p - 1];
    if (before?.label && asksInTurn(context, before.last))
      vote(key, addressedPerson(context, before.first, { kind: 'question', ...before.label, cue: 'name' }, profiles));
    const after = paragraphs[p + 1];
    if (after?.label) vote(key, namedAsWhoSpoke(context, after.first, after.label.end, profiles));
  });
  const people = new Map<string, PersonDraft>();
  const claimed = new Map<PersonDraft, number>();
  for (const [key, counts] of votes) {
    const [person] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!person) continue;
    people.set(key, person);
    claimed.set(person, (claimed.get(person) ?? 0) + 1);
  }
  for (const [key, person] of people) if ((claimed.get(person) ?? 0) > 1) people.delete(key);
  ROLE_LABEL_PEOPLE.set(context, people);
  return people;
}

/** "HOST: That's Siobhan Ferris, who …": the person a turn opens by naming as the one just heard, or null. */
function namedAsWhoSpoke(context: ArticleContext, s: number, labelEnd: number, profiles: PersonProfiles): PersonDraft | null {
  const { tokens, entities, entityOf, text } = context;
  let t = context.first[s] as number;
  while (t < (context.end[s] as number) && (tokens[t] as Token).start < labelEnd) t++;
  const opening = tokens[t];
  if (!opening) return null;
  const naming = NAMING_WHO_SPOKE.exec(text.slice(opening.start, opening.start + 16));
  if (!naming) return null;
  while (t < (context.end[s] as number) && (tokens[t] as Token).start < opening.start + naming[0].length) t++;
  const entity = entities[entityOf[t] as number];
  return entity?.type === 'person' && entity.start === tokens[t]?.start ? (profiles.lookup(entity.text, entity.sourceId) ?? null) : null;
}

function personActor(context: ArticleContext, first: number, last: number, person: PersonDraft): Actor {
  const start = (context.tokens[first] as Token).start;
  const end = (context.tokens[last] as Token).end;
  return { ...emptyActor('person', start, end), people: [person], nationality: person.nationality };
}

/** The first token of sentence s after a transcript's time code opening it ("[00:04:12] BERG: …"). */
export function firstAfterTimestamp(context: ArticleContext, s: number): number {
  const first = context.first[s] as number;
  const sentence = context.sentences[s];
  const skip = sentence ? timestampLength(sentence.text.slice(0, MAX_TIMESTAMP_LENGTH), bareTimeCodes(context)) : 0;
  if (skip === 0) return first;
  const end = context.end[s] as number;
  let t = first;
  while (t < end && (context.tokens[t] as Token).start < (sentence as Sentence).start + skip) t++;
  return t;
}

const BARE_TIME_CODES = new WeakMap<ArticleContext, boolean>();

/** Whether the article times its turns with bare clock times ("10:04 Chair: …", `hasBareTimeCodes`), read once per article. */
export function bareTimeCodes(context: ArticleContext): boolean {
  let bare = BARE_TIME_CODES.get(context);
  if (bare === undefined) BARE_TIME_CODES.set(context, (bare = hasBareTimeCodes(context.text)));
  return bare;
}

const FIRST_MENTIONS = new WeakMap<ArticleContext, Map<PersonDraft, number>>();

/** Where each person is first named in the article (read once per article). */
function firstMentions(context: ArticleContext, profiles: PersonProfiles): Map<PersonDraft, number> {
  let mentions = FIRST_MENTIONS.get(context);
  if (mentions) return mentions;
  mentions = new Map();
  for (const entity of context.entities) {
    const person = entity.type === 'person' ? profiles.lookup(entity.text, entity.sourceId) : undefined;
    if (person && !mentions.has(person)) mentions.set(person, entity.start);
  }
  FIRST_MENTIONS.set(context, mentions);
  return mentions;
}

/** "[03/02/2026, 07:48:12 AM] – " at most (a messaging app's stamp, `timestampLength`). */
const MAX_TIMESTAMP_LENGTH = 32;

/**
 * "Q14 Chair:", "Q15 Jo Ek:": a committee's transcript numbers its questions; the member who asks
 * is named after the number. The whole label, number included, is a question's.
 */
function numberedQuestion(context: ArticleContext, first: number, end: number): InterviewLabel | null {
  const opening = context.tokens[first] as Token;
  if (!/^q\d+$/.test(opening.lower)) return null;
  for (let t = first; t < end && t - first <= MAX_LABEL_TOKENS; t++) {
    const token = context.tokens[t] as Token;
    if (t > first && !token.capitalised) return null;
    if (colonFollows(context.text, token.end)) return { kind: 'question', start: opening.start, end: token.end, cue: 'question-answer' };
  }
  return null;
}

/**
 * "ACHTERBERG — Our crews arrived …": a name in capitals and a long dash opening a paragraph has a wire dateline's shape,
 * so the sentence's own words are read from after the dash (`pastDatelines`); when the capitals alone (no comma, date
 * or agency) name a person the text named and described before the paragraph, they are her label ("BRENNSTAD — The
 * blasting …" names no one and stays a dateline). Only a label that ends where the dateline does.
 */
function labelReadAsDateline(
  context: ArticleContext,
  s: number,
  first: number,
  end: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const opening = s === 0 ? 0 : (context.end[s - 1] as number);
  const sentence = context.sentences[s] as Sentence;
  // ("0:00:37.2 -": a time code and a dash with no word after them leave no first token)
  const firstToken = context.tokens[first];
  if (!firstToken || opening >= first || (context.tokens[opening] as Token).start < sentence.start) return null;
  // Capitals and a dash alone: a place with its region or date after a comma ("CEDAR FORKS, Iowa —") is a dateline.
  const skipped = context.text.slice(sentence.start, firstToken.start);
  if (!/^[\p{Lu}\p{M}.'’ -]+[–—][ \t]*$/u.test(skipped)) return null;
  const label = namedLabel(context, opening, end, -1, profiles, countries);
  if (label?.kind !== 'speaker' || label.end > firstToken.start) return null;
  // Someone the text described before (a post, a title, an organisation), not a place read as a name in a headline.
  const person = label.actor.people[0];
  const named = person && isDescribed(person) ? firstMentions(context, profiles).get(person) : undefined;
  return named !== undefined && named < label.start ? label : null;
}

/**
 * "GREEL — We closed a ward.": a label in capitals may end in a dash instead of a colon. The end of
 * the label's span, dash included, or -1. Capitals and two letters at least: "Q –" is read by
 * `markedQuestionOrAnswer`, and "Tomas Greel — the director — said" is a sentence, not a label.
 */
function capitalsDashEnd(context: ArticleContext, first: number, last: number, capitals = true): number {
  const { text, tokens } = context;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const words = text.slice(start, end);
  if ((capitals && words !== words.toUpperCase()) || words.replace(/[^\p{L}]/gu, '').length < 2) return -1;
  let p = end;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  const mark = text.charCodeAt(p);
  if (p === end || mark === 0x2e || !LABEL_MARKS.has(mark) || text.charCodeAt(p + 1) !== 0x20) return -1;
  // In mixed case only a long dash, and a capital after it: "Nadia Roe — We …", never "Nadia Roe - the director - said";
  // a hyphen only when the transcript opens paragraphs so throughout ("Bain - Why …?", "Duncan - We …", `hyphenTurns`).
  if (!capitals && ((mark === 0x2d && !hyphenTurns(context)) || !/^[ \t]*\p{Lu}/u.test(text.slice(p + 1, p + 4)))) return -1;
  return p + 1;
}

/** A paragraph opened by a name in mixed case, a spaced hyphen and a capital: "Bain - Why …?", "Ailsa Duncan - We …". */
const HYPHEN_TURN = /^\p{Lu}[\p{Ll}'’.-]*(?:[ \t]+\p{Lu}[\p{Ll}'’.-]*){0,2}[ \t]+-[ \t]+\p{Lu}/u;

/** A transcript labels its turns with a hyphen when at least this many paragraphs open so (two speakers, a reply each). */
const MIN_HYPHEN_TURNS = 4;

const HYPHEN_TURNS = new WeakMap<ArticleContext, boolean>();

/** The text opens at least `MIN_HYPHEN_TURNS` paragraphs with a name and a spaced hyphen (`HYPHEN_TURN`). */
function hyphenTurns(context: ArticleContext): boolean {
  const cached = HYPHEN_TURNS.get(context);
  if (cached !== undefined) return cached;
  const { sentences } = context;
  let count = 0;
  for (let s = 0; s < sentences.length && count < MIN_HYPHEN_TURNS; s++)
    if (sentences[s - 1]?.paragraph !== (sentences[s] as Sentence).paragraph && HYPHEN_TURN.test((sentences[s] as Sentence).text)) count++;
  HYPHEN_TURNS.set(context, count >= MIN_HYPHEN_TURNS);
  return count >= MIN_HYPHEN_TURNS;
}

/** Marks other than a colon after "Q" and "A": "Q. How …?", "A – About 80." */
const LABEL_MARKS = new Set([0x2e, 0x2d, 0x2013, 0x2014]);

/**
 * "Q. How many come?" / "A. About 80.": "Q" or "A" and a period or dash open a transcript's
 * paragraphs too. The mark is part of the label's span. A question needs its question mark, an
 * answer a question paragraph right before it ("A. Smith said" opens no answer).
 */
function markedQuestionOrAnswer(context: ArticleContext, s: number, token: Token): InterviewLabel | null {
  const question = QUESTION_LABELS.has(token.lower);
  if (!question && !ANSWER_LABELS.has(token.lower)) return null;
  const text = context.text;
  let p = token.end;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  // "Q (Anna Weiss, Daily Clarion): Is …?": who asks, in brackets before the colon; the span holds the brackets.
  const asker =
    text.charCodeAt(p) === 0x28 && (token.lower === 'q' || token.lower === 'question')
      ? ASKER_IN_BRACKETS.exec(text.slice(p, p + MAX_ASKER_IN_BRACKETS))
      : null;
  if (asker) p += asker[0].length - 1;
  // "**Q.** How …": a label set in bold, its closing marks between its mark and the space (the claim skips them).
  let after = p + 1;
  while (after < text.length && MARKUP.has(text.charCodeAt(after))) after++;
  if ((!asker && !LABEL_MARKS.has(text.charCodeAt(p))) || !isSpace(text.charCodeAt(after))) {
    if (!bareQuestionLabels(context)) return null;
    return question ? bareQuestion(context, token) : bareAnswer(context, s, token);
  }
  // The bracketed label ends before its colon ("Q (Name):"), as "Q:" does; "Q." and "A –" hold their mark.
  const span = { start: token.start, end: asker ? p : p + 1, cue: 'question-answer' as const };
  const { sentences } = context;
  const paragraph = sentences[s]?.paragraph;
  if (question) {
    for (let k = s; k < sentences.length && sentences[k]?.paragraph === paragraph; k++) {
      if (sentences[k]?.text.includes('?')) return { kind: 'question', ...span };
    }
    // "Q — Drivers say the lights fail nightly.": a statement put to the guest, in a transcript that asks with "Q —" elsewhere.
    return markedQuestionLabels(context) ? { kind: 'question', ...span } : null;
  }
  return followsQuestionLabel(context, s) ? { kind: 'answer', ...span } : null;
}

/** The paragraph before sentence s's opens with a question label ("Q", "Question", "Interviewer"). */
function followsQuestionLabel(context: ArticleContext, s: number): boolean {
  const { sentences } = context;
  let previous = s - 1;
  while (previous > 0 && sentences[previous - 1]?.paragraph === sentences[previous]?.paragraph) previous--;
  const opening = previous >= 0 ? context.tokens[firstAfterTimestamp(context, previous)] : undefined;
  return opening !== undefined && sentences[previous]?.paragraph !== sentences[s]?.paragraph && QUESTION_LABELS.has(opening.lower);
}

/**
 * "A We sold 40 kilns.": a transcript that asks with a bare "Q" (`bareQuestionLabels`) answers with a bare "A", one
 * space and a capital, right after a question's paragraph; "A Lisvane driver said …" after anything else is an article.
 */
function bareAnswer(context: ArticleContext, s: number, token: Token): InterviewLabel | null {
  const { text } = context;
  if (token.text !== 'A' || text.charCodeAt(token.end) !== 0x20 || !/\p{Lu}/u.test(text.charAt(token.end + 1))) return null;
  return followsQuestionLabel(context, s) ? { kind: 'answer', start: token.start, end: token.end, cue: 'question-answer' } : null;
}

/** A transcript asks with "Q." or "Q —" in at least this many paragraphs before one with no question mark counts. */
const MIN_MARKED_QUESTIONS = 2;

const MARKED_QUESTIONS = new WeakMap<ArticleContext, boolean>();

/**
 * Whether at least `MIN_MARKED_QUESTIONS` paragraphs open with "Q" or "Question" and a period or a dash
 * (`LABEL_MARKS`) and ask something: then the article labels its questions so, and a paragraph opened the
 * same way is the interviewer's turn though it states rather than asks ("Q. Drivers say the lights fail nightly.").
 * Read once per article.
 */
function markedQuestionLabels(context: ArticleContext): boolean {
  return labelsAsking(context, MARKED_QUESTIONS, MIN_MARKED_QUESTIONS, markedQuestionOpening, (k) =>
    (context.sentences[k] as Sentence).text.includes('?'),
  );
}

/**
 * Whether at least `min` paragraphs open with a token `opens` accepts and hold a sentence `asks` accepts: a convention
 * of question labels the article keeps, counted once per article in `cache`.
 */
function labelsAsking(
  context: ArticleContext,
  cache: WeakMap<ArticleContext, boolean>,
  min: number,
  opens: (context: ArticleContext, token: Token) => unknown,
  asks: (k: number) => boolean,
): boolean {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const { sentences, tokens } = context;
  let asking = 0;
  for (let s = 0; s < sentences.length && asking < min; s++) {
    if (sentences[s - 1]?.paragraph === sentences[s]!.paragraph) continue;
    const token = tokens[context.first[s] as number];
    if (!token || !opens(context, token)) continue;
    for (let k = s; k < sentences.length && sentences[k]!.paragraph === sentences[s]!.paragraph; k++)
      if (asks(k)) {
        asking++;
        break;
      }
  }
  cache.set(context, asking >= min);
  return asking >= min;
}

/** Sentence s opens its paragraph with a marked question label ("Q. …", "Q — …"): a labelled question, not a bare one. */
function opensWithMarkedQuestion(context: ArticleContext, s: number): boolean {
  const token = context.tokens[firstAfterTimestamp(context, s)];
  return token !== undefined && markedQuestionOpening(context, token);
}

/** "Q. …", "Q — …", "Question – …": a question label, a period or a dash, then a space. */
function markedQuestionOpening(context: ArticleContext, token: Token): boolean {
  if (token.lower !== 'q' && token.lower !== 'question') return false;
  const { text } = context;
  let p = token.end;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  let after = p + 1;
  while (after < text.length && MARKUP.has(text.charCodeAt(after))) after++;
  return LABEL_MARKS.has(text.charCodeAt(p)) && isSpace(text.charCodeAt(after));
}

/** "(Anna Weiss, Daily Clarion):" after "Q": who asks (or answers), in brackets, then the label's colon. */
const ASKER_IN_BRACKETS = /^\([^()\n]{1,80}\):/u;

/** Longest bracket read after "Q": a name, a medium and room to spare. */
const MAX_ASKER_IN_BRACKETS = 84;

/** A capital "Q", one space and a capitalised word: a reporter's question in an official transcript's style. */
function bareQuestion(context: ArticleContext, token: Token): InterviewLabel | null {
  const { text } = context;
  if (token.text !== 'Q' || text.charCodeAt(token.end) !== 0x20 || !/\p{Lu}/u.test(text.charAt(token.end + 1))) return null;
  return { kind: 'question', start: token.start, end: token.end, cue: 'question-answer' };
}

/** A transcript asks with a bare "Q" in at least this many paragraphs before one with no question mark counts. */
const MIN_BARE_QUESTIONS = 2;

const BARE_QUESTIONS = new WeakMap<ArticleContext, boolean>();

/**
 * "Q Thanks, Dominic. Is that enough?": a government's briefing transcript writes a reporter's turn as a bare "Q" with
 * no mark after it. The letter alone is too common to trust once ("Q Street was closed."): only an article in which at
 * least `MIN_BARE_QUESTIONS` paragraphs opened by a bare "Q" ask something reads them as labels, "Q Thank you." too.
 * Read once per article.
 */
function bareQuestionLabels(context: ArticleContext): boolean {
  return labelsAsking(context, BARE_QUESTIONS, MIN_BARE_QUESTIONS, bareQuestion, (k) => asksInTurn(context, k));
}

/**
 * "RUTH OKAFOR:", "DR OKAFOR:", "DEPUTY MINISTER BERG:", "Ruth:", "RO:": a label is the person the
 * introduction named under those words, ranks and roles before them dropped, or under her first
 * name or initials when only one introduced person has them.
 */
function knownPersonLabel(context: ArticleContext, first: number, last: number, profiles: PersonProfiles): Actor | null {
  // "CHIEF FIRE OFFICER:", "Harbour Master:": the one person named beside that post.
  const holder = roleHolder(context, first, last, profiles);
  if (holder) return personActor(context, first, last, holder);
  let from = first;
  while (from < last && isRankOrRole((context.tokens[from] as Token).lower)) from++;
  // The name as written, so that a hyphenated one ("MENSAH-BOATENG", tokens either side of the hyphen) stays one word.
  const words = context.text
    .slice((context.tokens[from] as Token).start, (context.tokens[last] as Token).end)
    .split(/\s+/u)
    .filter((word) => word !== '');
  // "MAYOR:" names only a role: the one introduced person who holds it.
  const roleOnly = from === last && ROLE_NOUNS.has((context.tokens[last] as Token).lower);
  const person = roleOnly
    ? roleHolderByForms((context.tokens[last] as Token).lower, profiles)
    : // "Priya N": a name cut to an initial is the person named in full, not the entity finder's "Priya N" read afresh.
      ((words.length === 2 ? profiles.lookupShortForm(words.join(' ')) : undefined) ??
      profiles.lookup(words.join(' ')) ??
      (words.length === 1
        ? (profiles.lookupShortForm(words[0] as string) ??
          namedWithoutProfile(context, words[0] as string, profiles) ??
          // "PM:" for "Prime Minister Jo Roe": a post's initials, in capitals.
          (POST_INITIALS.test(words[0] as string) ? profiles.lookupByPostInitials(words[0] as string) : undefined))
        : undefined));
  return person ? personActor(context, first, last, person) : null;
}

/** A label of a post's initials: two to four capitals ("PM", "CEO", "MD"). */
const POST_INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * The one person introduced under a post a role label names, in any of its written forms ("CEO:" for "the chief
 * executive, Jo Roe", `ROLE_EQUIVALENTS`); undefined when none or two people hold it.
 */
function roleHolderByForms(role: string, profiles: PersonProfiles): PersonDraft | undefined {
  const forms = ROLE_EQUIVALENTS.find((group) => group.includes(role)) ?? [role];
  let found: PersonDraft | undefined;
  for (const form of forms) {
    const holder = profiles.lookupByRole(form);
    if (holder && found && holder !== found) return undefined;
    found ??= holder;
  }
  return found;
}

/**
 * "Tobiah:", "TR:" for a "Tobiah Renn" the introduction names in a phrase too tangled to read as a description
 * ("Tobiah Renn, chief executive of the processor Dunmore Seafoods" with the company read as a second name): the one
 * person named in full outside quotes with that first name or those initials, recorded with her name alone.
 */
function namedWithoutProfile(context: ArticleContext, word: string, profiles: PersonProfiles): PersonDraft | undefined {
  let names = SHORT_FORM_NAMES.get(context);
  if (!names) SHORT_FORM_NAMES.set(context, (names = new Map()));
  if (!names.has(word)) names.set(word, fullNameOf(context, word));
  const name = names.get(word);
  return name ? recordedName(name, profiles) : undefined;
}

/** The full name each short form of a label stands for in an article (`fullNameOf`), read once per article and form. */
const SHORT_FORM_NAMES = new WeakMap<ArticleContext, Map<string, string | null>>();

/** The one full name, of two or three words, named outside quotes with that first name or those initials, or null. */
function fullNameOf(context: ArticleContext, word: string): string | null {
  const standsFor = shortFormOf(word);
  const names = new Map<string, string>();
  context.entities.forEach((entity, index) => {
    if (entity.type !== 'person' || context.entityQuoted[index]) return;
    const normalised = normaliseName(entity.text);
    const parts = normalised.split(' ');
    if (parts.length < 2 || parts.length > MAX_NAME_WORDS) return;
    if (standsFor(parts)) names.set(normalised, entity.text);
  });
  const [name, ...others] = [...names.values()];
  return name && others.length === 0 ? name : null;
}

/** A person known by her name alone, and maybe the role a label gives her. */
function nameOnly(name: string, role: string | null): PersonDraft {
  return {
    name,
    written: name,
    role,
    title: null,
    organisation: null,
    organisationSource: null,
    nationality: null,
    personSource: null,
    gender: null,
  };
}

/** Longest span from a bracketed label's opening bracket to its closing one: "[Deputy Chief Fire Officer]" and room to spare. */
const MAX_BRACKET_LABEL = 48;

/**
 * "[Chair] Thank you.", "[Mr Vora] It was not.", "[Chief Fire Officer] We …", "[Resident] I live …": a
 * transcript's label in square brackets, with no colon, opening its paragraph and followed by the turn on the
 * same line. Capitalised words, never a number ("[UPDATE 14:05]" and time codes are not labels), and never a
 * bracket alone on its line ("[MUSIC]"). The label is the person the introduction names under those words,
 * as a name or as a post ("the harbour master, Gwen Tallis"), or, for a role nobody named holds, that role
 * alone ("[Resident]", "[Audience member]"): someone speaks, but no one the text names. The span holds both brackets.
 */
function bracketLabel(
  context: ArticleContext,
  first: number,
  end: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const { text, tokens } = context;
  const opening = tokens[first] as Token;
  const start = opening.start - 1;
  if (text.charCodeAt(start) !== 0x5b) return null;
  const close = text.indexOf(']', opening.start);
  if (close < 0 || close - start > MAX_BRACKET_LABEL) return null;
  // The turn follows on the same line, a colon after the bracket at most ("[ROE]: We …").
  const base = text.charCodeAt(close + 1) === 0x3a ? close + 2 : close + 1;
  let after = base;
  while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09)) after++;
  if (after === base || after >= text.length || text.charCodeAt(after) === 0x0a || text.charCodeAt(after) === 0x0d) return null;
  const last = lastTokenBefore(context, first, end, close);
  if (last < 0 || /[^\p{L}\s.'’-]/u.test(text.slice(opening.start, close)) || !isLabelWords(context, first, last)) return null;
  const span = { start, end: close + 1 };
  if (first === last && QUESTION_LABELS.has(opening.lower)) return { kind: 'question', ...span, cue: 'question-answer' };
  if (first === last && ANSWER_LABELS.has(opening.lower)) return { kind: 'answer', ...span, cue: 'question-answer' };
  const holder = roleHolder(context, first, last, profiles);
  const actor = holder ? personActor(context, first, last, holder) : personLabel(context, first, last, profiles, countries);
  if (actor) return { kind: 'speaker', actor, asks: asksAs(context, actor, profiles, start), ...span, cue: holder ? 'office' : 'name' };
  const head = (tokens[last] as Token).lower;
  // "[Chair]" with nobody introduced as chairing: procedure, like a moderator's.
  if (CHAIR_WORDS.has(head)) return { kind: 'question', ...span, cue: 'office' };
  if (!ROLE_NOUNS.has(head) && !PERSON_NOUNS.has(head)) return null;
  const role = {
    ...emptyActor('role', opening.start, (tokens[last] as Token).end),
    role: text.slice(opening.start, close).trim().toLowerCase(),
  };
  return { kind: 'speaker', actor: role, asks: false, ...span, cue: 'office' };
}

/** A chair's label: the person introduced as chairing, else procedure. */
const CHAIR_WORDS = new Set(['chair', 'chairman', 'chairwoman', 'chairperson']);

/** Tokens on either side of a post in the introduction within which its holder's name stands ("Ronan Fitch, chief fire officer of …"). */
const MAX_ROLE_DISTANCE = 6;

const ROLE_HOLDERS = new WeakMap<ArticleContext, Map<string, PersonDraft | null>>();

/**
 * The one person the text names beside the post the label's words give, outside labels and quotes: "the harbour
 * master, Gwen Tallis," for "[Harbour Master]", "Ronan Fitch, chief fire officer of …" for "CHIEF FIRE OFFICER:",
 * "Councillor Ada Obi chaired" for "[Chair]" (the post's word as a verb: "chaired", "chairs", "hosted"). The name
 * nearest each mention of the post, within `MAX_ROLE_DISTANCE` tokens in its sentence; undefined when no
 * mention has one or two people do. Read once per article and post.
 */
function roleHolder(context: ArticleContext, first: number, last: number, profiles: PersonProfiles): PersonDraft | undefined {
  const { tokens, text } = context;
  let from = first;
  if ((tokens[from] as Token).lower === 'the' && from < last) from++;
  const words = tokens.slice(from, last + 1).map((token) => token.lower);
  // A name is no post: only words a post is made of ("harbour master", "chief fire officer", "chair"), and what
  // it is for or of after them ("member for oxley west", "leader of the opposition").
  const particle = words.findIndex((word, k) => k > 0 && POST_PARTICLES.has(word));
  const head = words[particle > 0 ? particle - 1 : words.length - 1] as string;
  if (!ROLE_NOUNS.has(head) && !isPersonNoun(head) && !CHAIR_WORDS.has(head) && !(particle > 0 && HEAD_WORDS.has(head))) return undefined;
  const key = words.join(' ');
  let holders = ROLE_HOLDERS.get(context);
  if (!holders) ROLE_HOLDERS.set(context, (holders = new Map()));
  const cached = holders.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let found: PersonDraft | null | undefined;
  // Only where the post's first word is written (`postWordFits`: a one-word post in any of its forms), in text order: a scan of
  // every token for each post a label names made a long transcript quadratic.
  for (const t of postOpenings(context, words)) {
    if (t + words.length > tokens.length || found === null) break;
    if (!words.every((word, k) => postWordFits(tokens[t + k] as Token, word, k === words.length - 1)) || context.inQuote[t]) continue;
    const end = t + words.length - 1;
    // A name that is also a post's word ("Jo Baker" for "BAKER:") is that person, not a post beside another.
    if (
      words.some(
        (_, k) => (context.entityOf[t + k] as number) >= 0 && context.entities[context.entityOf[t + k] as number]?.type === 'person',
      )
    )
      continue;
    // The label itself, here or earlier in the transcript: "[Harbour Master] …", "HARBOUR MASTER: …".
    if (text.charCodeAt((tokens[t] as Token).start - 1) === 0x5b || /^[ \t]*[\]:]/u.test(text.slice((tokens[end] as Token).end))) continue;
    const person = nearestPerson(context, t, end, profiles);
    if (person === undefined) continue;
    if (found !== undefined && found !== person) found = null;
    else found = person;
  }
  if (found === undefined && particle < 0 && words.length > 1) found = spreadPostHolder(context, words, profiles);
  found ??= headingHolder(context, words, profiles);
  holders.set(key, found ?? null);
  return found ?? undefined;
}

/** The tokens, in text order, whose lower-case word may open the post `words` (what `postWordFits` lets its first word be). */
function postOpenings(context: ArticleContext, words: readonly string[]): readonly number[] {
  const index = tokensByLowerCase(context);
  const word = words[0] as string;
  if (words.length > 1) return index.get(word) ?? [];
  const forms = [word, `${word}ed`, `${word}d`, `${word}s`].flatMap((form) => index.get(form) ?? []);
  return forms.sort((a, b) => a - b);
}

/** Tokens before a post's word within which the rest of a label's words stand ("District Council's archaeologist" for "District archaeologist"). */
const MAX_SPREAD_POST_TOKENS = 4;

/**
 * "District archaeologist:", "Trust chair:": a label that shortens a post held in a body to the body's word and the post's,
 * written out in the text with the body's name between them ("X District Council's archaeologist, Dr Jo Roe,", "the X Trust's
 * chair, Jo Roe"). The one person named beside a mention of the post's word (the label's last) whose
 * `MAX_SPREAD_POST_TOKENS` tokens before it hold the label's other words in their order, outside quotes and labels;
 * undefined when no mention has one, null when two people do.
 */
function spreadPostHolder(context: ArticleContext, words: readonly string[], profiles: PersonProfiles): PersonDraft | null | undefined {
  const { tokens, text } = context;
  const head = words[words.length - 1] as string;
  let found: PersonDraft | null | undefined;
  let body: string | undefined;
  for (const t of tokensByLowerCase(context).get(head) ?? []) {
    if (found === null) break;
    if (context.inQuote[t]) continue;
    if (/^[ \t]*[\]:]/u.test(text.slice((tokens[t] as Token).end, (tokens[t] as Token).end + 2))) continue;
    const from = Math.max(context.first[sentenceOfToken(context, t)] as number, t - MAX_SPREAD_POST_TOKENS);
    // The label's other words in their order among the tokens before the post's word, the first of them where the post starts.
    let k = words.length - 2;
    let first = t;
    for (let u = t - 1; u >= from && k >= 0; u--) {
      if ((tokens[u] as Token).lower !== words[k]) continue;
      first = u;
      k--;
    }
    // A name made of the label's words ("Jo Baker" for "JO BAKER:") is that person, not a post.
    if (k >= 0 || context.entities[context.entityOf[t] as number]?.type === 'person') continue;
    const person = nearestPerson(context, first, t, profiles);
    if (person === undefined) continue;
    found = found !== undefined && found !== person ? null : person;
    // "X District Council's archaeologist": the label's body word opens the post inside a body's name, which she works for.
    const named = context.entities[context.entityOf[first] as number];
    if (named?.type === 'organisation' && /^['’]s?$/u.test(text.slice(named.end, (tokens[t] as Token).start).trim())) body = named.text;
  }
  if (found && body && !found.organisation) found.organisation = body;
  return found;
}

/** A transcript's heading is among its first lines. */
const MAX_HEADING_LINES = 10;

/**
 * "THE HON. MARGIT OSWALD MP", "DR JO ROE": a line in capitals holding a name of two to four words, courtesy titles
 * before it and post-nominal letters after it at most. Group 1 is the name.
 */
const HEADING_HOLDER =
  /^(?:THE[ \t]+)?(?:RT\.?[ \t]+)?(?:HON(?:OU?RABLE)?\.?[ \t]+)?(?:(?:DR|MR|MRS|MS|SIR|DAME)\.?[ \t]+)?(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){1,3}?)(?:[ \t]+(?:MP|MLA|MHA|MHR|MLC|MSP|MS|TD|AM|AO|AC|QC|KC|SC))*$/u;

/**
 * "PREMIER OF WEST HARROWBY" then "THE HON. MARGIT OSWALD MP": a government transcript's heading names an office on one
 * line in capitals and its holder on the next (`HEADING_HOLDER`). The holder, for a label naming that office
 * ("PREMIER:"), recorded with the post; undefined when the opening lines have no such pair.
 */
function headingHolder(context: ArticleContext, words: readonly string[], profiles: PersonProfiles): PersonDraft | undefined {
  const { sentences } = context;
  const post = words.join(' ');
  for (let s = 0; s + 1 < sentences.length && s < MAX_HEADING_LINES; s++) {
    const line = (sentences[s] as Sentence).text.trim();
    if (/\p{Ll}/u.test(line) || !`${line.toLowerCase()} `.startsWith(`${post} `)) continue;
    const next = (sentences[s + 1] as Sentence).text.trim();
    const match = /\p{Ll}/u.test(next) ? null : HEADING_HOLDER.exec(next);
    if (!match) continue;
    const name = (match[1] as string)
      .split(/[ \t]+/u)
      .map(titleCase)
      .join(' ');
    if (hasRoleWord(name)) continue;
    const known = profiles.lookup(name);
    if (known) return known;
    const draft = nameOnly(name, post);
    profiles.record(draft);
    return profiles.lookup(name) ?? draft;
  }
  return undefined;
}

/** What a post is for or of: "Member for Oxley West", "Leader of the Opposition". */
const POST_PARTICLES = new Set(['for', 'of']);

/** Words that are a post only before what it is of: "Head of Planning" ("head" alone is none). */
const HEAD_WORDS = new Set(['head']);

/** Whether a label's words name a post: a role word, or a head of something ("Head of Planning"). */
function namesPost(words: string): boolean {
  const lower = words.toLowerCase().split(/[ \t]+/u);
  return hasRoleWord(words) || (lower.length > 2 && HEAD_WORDS.has(lower[0] as string) && POST_PARTICLES.has(lower[1] as string));
}

/** A word of a post as the introduction writes it: the same word, or the last one as a verb ("chaired" for "chair"). */
function postWordFits(token: Token, word: string, last: boolean): boolean {
  if (token.lower === word) return true;
  if (!last) return false;
  return token.lower === `${word}ed` || token.lower === `${word}d` || token.lower === `${word}s`;
}

/**
 * The person named nearest tokens first..last in their sentence, within `MAX_ROLE_DISTANCE` tokens, whose name is
 * not made of those words; null when two are as near, undefined when none is.
 */
function nearestPerson(context: ArticleContext, first: number, last: number, profiles: PersonProfiles): PersonDraft | null | undefined {
  const { entities, entityOf, tokens } = context;
  const s = sentenceOfToken(context, first);
  const from = Math.max(context.first[s] as number, first - MAX_ROLE_DISTANCE);
  // "the Chief Health Officer of the X Department of Health, Dr Jo Roe": the holder is counted from the post's body.
  const edge = bodyOfPostEnd(context, last, context.end[s] as number);
  const to = Math.min((context.end[s] as number) - 1, edge + MAX_ROLE_DISTANCE);
  let best: PersonDraft | null | undefined;
  let bestDistance = Infinity;
  for (let t = from; t <= to; t++) {
    if (t >= first && t <= last) continue;
    const index = entityOf[t] as number;
    const entity = entities[index];
    if (entity?.type !== 'person' || context.entityQuoted[index]) continue;
    // The post read as a name ("Harbour Master" in capitals): no holder.
    if (entity.start <= (tokens[last] as Token).end && entity.end >= (tokens[first] as Token).start) continue;
    const person = profiles.lookup(entity.text, entity.sourceId);
    const [from, to] = t < first ? [t + 1, first - 1] : [last + 1, t - 1];
    // A verb between them makes the name no holder of the post: "The Minister promised that Jo Ek …"; nor does another
    // post of her own: "Premier, the Opposition Leader, Greg Farrant, says …".
    if (!person || verbBetween(context, from, to) || otherPostBetween(context, from, to)) continue;
    // "Jo Roe, Head of Planning; Ann Lee, Legal Adviser": a semicolon closes one holder's item of a list.
    const gap =
      t < first ? [(tokens[t] as Token).end, (tokens[first] as Token).start] : [(tokens[last] as Token).end, (tokens[t] as Token).start];
    if (context.text.slice(gap[0], gap[1]).includes(';')) continue;
    const distance = t < first ? first - t : t - Math.min(edge, t - 1);
    if (distance < bestDistance) {
      best = person;
      bestDistance = distance;
    } else if (distance === bestDistance && best !== person) best = null;
  }
  return best;
}

/** The last token of the organisation a post at `last` is "of", "at" or "for" ("Chief Executive of the X Board"), else `last`. */
function bodyOfPostEnd(context: ArticleContext, last: number, sentenceEnd: number): number {
  const particle = context.tokens[last + 1]?.lower;
  if (particle !== 'of' && particle !== 'at' && particle !== 'for') return last;
  const at = context.tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  if (at >= sentenceEnd || !organisationOpensAt(context, at)) return last;
  let end = at;
  while (end + 1 < sentenceEnd && context.entityOf[end + 1] === context.entityOf[at]) end++;
  return end;
}

/** Determiners that open a post of its own: "the Opposition Leader", "its chairman", "a spokesman". */
const POST_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/**
 * Whether tokens from..to hold a post of its own between a post and a name: a determiner, then a post's word ("Premier,
 * the Opposition Leader, Greg Farrant": Farrant leads the opposition). "chief executive and founder Jo Roe" has none.
 */
function otherPostBetween(context: ArticleContext, from: number, to: number): boolean {
  let determined = false;
  for (let t = from; t <= to; t++) {
    const word = (context.tokens[t] as Token).lower;
    // "the Minister for Health, Jo Roe; the Chief Health Officer, …": a semicolon parts a list's items.
    if (word === ';') return true;
    if (POST_DETERMINERS.has(word)) determined = true;
    else if (determined && (ROLE_NOUNS.has(word) || isPersonNoun(word))) return true;
  }
  return false;
}

/** Whether a lower-case word tagged as a verb stands among tokens from..to. */
function verbBetween(context: ArticleContext, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) if (isVerbToken(context, t)) return true;
  return false;
}

/** Verbs whose subject interviews their object: "Ada Lunn spoke to its director, Jo Ek". */
const INTERVIEWING_VERBS = new Set(['spoke', 'speaks', 'talked', 'talks', 'interviewed', 'interviews', 'asked', 'asks', 'questioned']);

/** Interviewing verbs that take their interviewee after "to" or "with": "spoke to", "talked with". */
const INTERVIEWING_WITH_PREPOSITION = new Set(['spoke', 'speaks', 'talked', 'talks']);

/**
 * "Presenter Ada Lunn spoke to the Minister for X, Jo Ek, about the delays.": a sentence whose speech cue (tokens
 * from..to, the verb last) is an interviewer's (a media role: presenter, host, reporter) interviewing someone else the
 * sentence names ("spoke to", "talked with", "interviewed"). It narrates the interview: what follows "about" is its
 * topic, not anything the interviewer says, so she is no source of it. "Jo Ek spoke to reporters about …" (no media
 * role) and "Presenter Ada Lunn said …" (no interviewing verb) are not this.
 */
export function narratesInterview(context: ArticleContext, from: number, to: number, people: readonly PersonDraft[]): boolean {
  const { tokens, entities, entityOf } = context;
  const verb = tokens[to];
  if (!verb || !INTERVIEWING_VERBS.has(verb.lower) || context.inQuote[to]) return false;
  if (INTERVIEWING_WITH_PREPOSITION.has(verb.lower) && !['to', 'with'].includes(tokens[to + 1]?.lower ?? '')) return false;
  const media = people.some((person) => isMediaRole(person.role)) || tokens.slice(from, to).some((token) => MEDIA_ROLES.has(token.lower));
  if (!media || people.length === 0) return false;
  const sentenceEnd = context.end[sentenceOfToken(context, to)] as number;
  for (let k = to + 1; k < sentenceEnd; k++) {
    const entity = entities[entityOf[k] as number];
    if (entity?.type === 'person' && !context.inQuote[k] && !people.some((person) => person.name === entity.text)) return true;
  }
  return false;
}

/**
 * Whether, before offset `before`, the person is named as the subject of an interviewing verb whose
 * object names someone else in that sentence ("Ada Lunn spoke to its director, Jo Ek"): her label is
 * the interviewer's even with no media role. "Jo Ek spoke to the Varn Post" names no one else: Ek answers.
 */
function interviewsSomeone(context: ArticleContext, person: PersonDraft, profiles: PersonProfiles, before: number): boolean {
  const { tokens, entities, entityOf } = context;
  for (const t of namesBeforeInterviewingVerbs(context)) {
    if ((tokens[t] as Token).start >= before) break;
    const index = entityOf[t] as number;
    const entity = entities[index];
    if (entity?.type !== 'person' || profiles.lookup(entity.text, entity.sourceId) !== person) continue;
    const sentenceEnd = context.end[sentenceOfToken(context, t)] as number;
    for (let k = t + 2; k < sentenceEnd; k++) {
      const other = entities[entityOf[k] as number];
      if (other?.type === 'person' && profiles.lookup(other.text, other.sourceId) !== person) return true;
    }
  }
  return false;
}

/**
 * The tokens, in text order, that end a name right before an interviewing verb ("Lunn" of "Ada Lunn spoke to"): read once
 * per article, where a scan of every token before each label made a long transcript quadratic.
 */
function namesBeforeInterviewingVerbs(context: ArticleContext): readonly number[] {
  let found = NAMES_BEFORE_INTERVIEWING_VERBS.get(context);
  if (found) return found;
  const { tokens, entityOf } = context;
  found = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    const index = entityOf[t] as number;
    if (index >= 0 && entityOf[t + 1] !== index && INTERVIEWING_VERBS.has((tokens[t + 1] as Token).lower)) found.push(t);
  }
  NAMES_BEFORE_INTERVIEWING_VERBS.set(context, found);
  return found;
}

const NAMES_BEFORE_INTERVIEWING_VERBS = new WeakMap<ArticleContext, number[]>();

function isRankOrRole(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word);
}

/**
 * The paragraph of sentence s opens with capitalised words and a colon, whether or not they name anyone
 * ("HOST:", "Note:", "The Minister for Transport:"), or with a label and its post ("NAME, POST:", "Name (Seat):").
 */
export function opensWithLabel(context: ArticleContext, s: number): boolean {
  const first = firstAfterTimestamp(context, s);
  const end = context.end[s] as number;
  for (let t = first; t < end && t - first < MAX_LABEL_TOKENS + 2; t++) {
    if (!isLabelWords(context, first, t)) break;
    const token = context.tokens[t] as Token;
    if (colonFollows(context.text, token.end + (dottedInitials(context.text, token) ? 1 : 0))) return true;
  }
  const opening = context.tokens[first] as Token | undefined;
  const match = opening ? LABEL_WITH_POST.exec(context.text.slice(opening.start, opening.start + MAX_LABEL_WITH_POST)) : null;
  const nameLast = match ? lastTokenBefore(context, first, end, opening!.start + (match[1] as string).length) : -1;
  return nameLast >= first && isLabelWords(context, first, nameLast);
}

/**
 * Whether the unlabelled paragraph of sentence s carries on the turn before it (`speaker` its
 * person, null for "Q:"/"A:" when unknown). Between two labelled paragraphs it does, unless it
 * names someone else outside quotes ("We later talked to Jane Roe, who runs …": an introduction, so
 * the "A:" turns after it are hers). After the last labelled paragraph only an answer carries on,
 * and only in the first person with no attribution clause of its own ("We have three doctors."),
 * never the author's closing line ("The site opens in May.").
 */
export function continuesTurn(
  context: ArticleContext,
  s: number,
  turn: InterviewLabel,
  speaker: string | null,
  profiles: PersonProfiles,
  nextLabelled: () => boolean,
  labelledSomewhere: (person: PersonDraft) => boolean = () => true,
): boolean {
  const { sentences, entities, entityOf, entityQuoted, inQuote } = context;
  const paragraph = sentences[s]?.paragraph;
  let last = s;
  while (last + 1 < sentences.length && sentences[last + 1]?.paragraph === paragraph) last++;
  const turnPerson = speaker === null ? undefined : profiles.lookup(speaker);
  // "Tom Roe has said that is too many, and I understand that.": a speaker talking of herself in the singular about
  // someone the text named before this paragraph refers to him; only a name's first mention, or an interviewing
  // verb, introduces someone.
  const start = (sentences[s] as Sentence).start;
  const speaksOfOthers = !asksQuestion(turn) && inFirstPerson(context, s, last, FIRST_PERSON_SINGULAR) && !interviewingIn(context, s, last);
  let speechVerb = false;
  // Any form of a speech verb, "saying" too ("issued a statement saying …"): the paragraph reports someone.
  let speechForm = false;
  for (let t = context.first[s] as number; t < (context.end[last] as number); t++) {
    if (inQuote[t]) continue;
    if (context.pos.tags[t] === Pos.VERB && SPEECH_LEMMAS.has(context.pos.lemmas[t] as string)) speechForm = true;
    const entity = entities[entityOf[t] as number];
    // Someone quoted in the turn ("Our chairman, Jo Ek, told your paper: \"…\"") is reported, not introduced.
    if (entity?.type === 'person' && !entityQuoted[entityOf[t] as number] && !quotesWords(context, t)) {
      const person = profiles.lookup(entity.text, entity.sourceId);
      // A name the text describes nowhere ("the school in Dolnje Selo", a place read as a name) introduces no one.
      if (!person || (person !== turnPerson && !isDescribed(person))) continue;
      const namedBefore = (firstMentions(context, profiles).get(person) ?? Infinity) < start;
      if (person !== turnPerson && speaksOfOthers && namedBefore) continue;
      // "What Mr Farrant is counting are …": someone named in full before, now by surname alone inside the paragraph, is
      // referred to; opening it ("Halvorsen has measured river flows since 2004.") the author introduces her turns.
      const second = context.tokens[(context.first[s] as number) + 1];
      const opensParagraph = second === undefined || entity.start <= second.start;
      if (person !== turnPerson && namedBefore && !entity.text.includes(' ') && !opensParagraph && !asksQuestion(turn)) continue;
      // "Foreign Minister Jo Roe will visit …" in a spokesperson's named turn, a label opening a paragraph soon after:
      // someone no label of the transcript names has no turn for the paragraph to introduce; the speaker talks of him.
      if (
        person !== turnPerson &&
        turn.kind === 'speaker' &&
        !asksQuestion(turn) &&
        !labelledSomewhere(person) &&
        !interviewingIn(context, s, last) &&
        nextLabelled()
      )
        continue;
      if (person !== turnPerson) return false;
      // "Dr Jo Roe has run the clinic since 2019.": the speaker by her full name is the author introducing her.
      if (entity.text.includes(' ')) return false;
    }
    // "We have already asked two sponsors to help.": the speaker reporting her own words is still her turn.
    if (isTaggedSpeechVerb(context, t) && !saidInFirstPerson(context, t)) speechVerb = true;
  }
  const firstPerson = inFirstPerson(context, s, last);
  // "The messages continue:" between two turns: the author's own paragraph, in the third person, introducing what
  // follows, ends the turn. Between a chat export's stamped messages ("[03/02/2026, 07:48] Jo Roe: …"), a paragraph
  // with no stamp reporting someone ("At 11.30 the trust issued a statement saying …") is the author's too: every
  // message carries its own stamp.
  if (!firstPerson && !asksQuestion(turn) && (introducesNext(context, last) || (speechForm && chatStamped(context, turn, s)))) return false;
  if (nextLabelled()) return true;
  return !asksQuestion(turn) && firstPerson && !speechVerb;
}

/** Auxiliaries and adverbs a speech verb's subject may stand before: "we have already asked", "I never said". */
const MAX_SUBJECT_DISTANCE = 3;

/** The speech verb at token t has a first-person pronoun for its subject, auxiliaries and adverbs at most between them. */
function saidInFirstPerson(context: ArticleContext, t: number): boolean {
  const { tags } = context.pos;
  for (let k = t - 1; k >= 0 && t - k <= MAX_SUBJECT_DISTANCE; k--) {
    if (tags[k] === Pos.PRON) return FIRST_PERSON.has((context.tokens[k] as Token).lower);
    if (tags[k] !== Pos.AUX && tags[k] !== Pos.ADV && tags[k] !== Pos.PART) return false;
  }
  return false;
}

/** The turn's label opens with a chat export's stamp and sentence s, opening its paragraph, has none. */
function chatStamped(context: ArticleContext, turn: InterviewLabel, s: number): boolean {
  const opening = context.text.slice(context.text.lastIndexOf('\n', turn.start) + 1, turn.start + 1);
  return opensWithChatStamp(opening) && !opensWithChatStamp((context.sentences[s] as Sentence).text);
}

/** Sentence s ends with a colon: it introduces the paragraph after it ("The exchange reads:"). */
function introducesNext(context: ArticleContext, s: number): boolean {
  const sentence = context.sentences[s] as Sentence;
  return /:[ \t]*$/u.test(sentence.text);
}

/** The text gives the person a post, a title or an organisation somewhere: an introduction would. */
export function isDescribed(person: PersonDraft): boolean {
  return person.role !== null || person.title !== null || person.organisation !== null;
}

/** The sentence of token t quotes someone's words, not a scare-quoted phrase. */
function quotesWords(context: ArticleContext, t: number): boolean {
  const quote = context.sentences[sentenceOfToken(context, t)]?.quote;
  return (quote?.quotedWords ?? 0) >= MIN_QUOTED_WORDS;
}

/**
 * "Q: Dr Roe, how many …?", "Q. Constable, what …?": the person a question opens by addressing (after
 * the label, before a comma), by name or by the rank or post of someone named before, is the one who
 * answers it, or null.
 */
export function addressedPerson(context: ArticleContext, s: number, label: InterviewLabel, profiles: PersonProfiles): PersonDraft | null {
  return (
    addressedFirst(context, s, label, profiles) ??
    addressedLast(context, s, profiles) ??
    addressedInLastQuestion(context, s, label, profiles)
  );
}

/**
 * "HOST: That's Jo Ek, who runs … Jo, how did you feel?": a turn that introduces someone first and ends with a
 * question addressing her; the person its last sentence opens by addressing.
 */
function addressedInLastQuestion(context: ArticleContext, s: number, label: InterviewLabel, profiles: PersonProfiles): PersonDraft | null {
  const { sentences } = context;
  let k = s;
  while (k + 1 < sentences.length && sentences[k + 1]?.paragraph === sentences[s]?.paragraph) k++;
  return k > s && asksInTurn(context, k) ? addressedFirst(context, k, label, profiles) : null;
}

/**
 * "Q: Is that true, Ms Berg?", "Q: And you, Minister?": the person a question ends by addressing (after a comma,
 * before its question mark), by name or by the rank or post of someone named before, or null.
 */
function addressedLast(context: ArticleContext, s: number, profiles: PersonProfiles): PersonDraft | null {
  const { tokens, entities, entityOf, sentences, text } = context;
  let k = s;
  while (k + 1 < sentences.length && sentences[k + 1]?.paragraph === sentences[s]?.paragraph) k++;
  if (!asksInTurn(context, k)) return null;
  const first = context.first[k] as number;
  let from = (context.end[k] as number) - 1;
  if (from < first) return null;
  const index = entityOf[from] as number;
  const entity = entities[index];
  const named = entity?.type === 'person';
  if (named) while (from > first && entityOf[from - 1] === index) from--;
  let before = from - 1;
  while (before >= first && isRankOrRole((tokens[before] as Token).lower)) before--;
  if (before < first || text.charCodeAt((tokens[before] as Token).end) !== 0x2c) return null;
  if (named) return profiles.lookup(entity.text, entity.sourceId) ?? null;
  // Ranks or posts alone: "…, Minister?"
  if (before + 1 >= (context.end[k] as number)) return null;
  const words = tokens.slice(before + 1, context.end[k] as number).map((token) => token.lower);
  return words.every((word) => isRankOrRole(word)) ? (profiles.lookupByRole(words.join(' ')) ?? null) : null;
}

function addressedFirst(context: ArticleContext, s: number, label: InterviewLabel, profiles: PersonProfiles): PersonDraft | null {
  const { tokens, entities, entityOf } = context;
  let t = context.first[s] as number;
  while (t < (context.end[s] as number) && (tokens[t] as Token).end <= label.end) t++;
  const rankFrom = t;
  while (t < (context.end[s] as number) && isRankOrRole((tokens[t] as Token).lower)) t++;
  // "Q. Sergeant, what did you find?": addressed by rank or post alone, the one person named before who holds it.
  if (t > rankFrom && context.text.charCodeAt((tokens[t - 1] as Token).end) === 0x2c) {
    const words = tokens.slice(rankFrom, t).map((token) => token.lower);
    return profiles.lookupByRole(words.join(' ')) ?? null;
  }
  const index = entityOf[t] as number;
  const entity = entities[index];
  // "Q: Grace, how busy are you?": a first name the entity finder reads as no name, of one person introduced in full.
  const word = tokens[t];
  // "Q Oona, how many …?": a bare label's letter read into the name ("Q Oona") leaves the first name alone the same.
  const labelInName = entity !== undefined && entity.start < label.end;
  if (
    (!entity || labelInName) &&
    word?.capitalised &&
    t > rankFrom - 1 &&
    context.text.charCodeAt(word.end) === 0x2c &&
    !isRankOrRole(word.lower)
  )
    return profiles.lookupShortForm(word.text) ?? null;
  // An entity the label's own letter opens ("Q. Constable" read as a name) is not addressed.
  if (!entity || entity.type !== 'person' || entity.start < label.end) return null;
  let last = t;
  while (entityOf[last + 1] === index) last++;
  if (context.text.charCodeAt((tokens[last] as Token).end) !== 0x2c) return null;
  return profiles.lookup(entity.text, entity.sourceId) ?? null;
}

/** Verbs of a turn that calls a witness: "The prosecution calls Constable Mia Dorn", "I call Dr Roe". */
const CALLING_VERBS = new Set(['call', 'calls', 'called', 'recall', 'recalls', 'recalled']);

/**
 * The person the paragraph of sentence s calls as a witness ("calls", then ranks or posts at most, then a
 * person named outside quotes), or null: she answers the "A." turns after it.
 */
export function calledWitness(context: ArticleContext, s: number, profiles: PersonProfiles): PersonDraft | null {
  const { tokens, entities, entityOf, sentences } = context;
  const paragraph = sentences[s]?.paragraph;
  for (let k = s; k < sentences.length && sentences[k]?.paragraph === paragraph; k++) {
    for (let t = context.first[k] as number; t + 1 < (context.end[k] as number); t++) {
      if (!CALLING_VERBS.has((tokens[t] as Token).lower) || context.inQuote[t]) continue;
      let name = t + 1;
      while (name < (context.end[k] as number) && isRankOrRole((tokens[name] as Token).lower)) name++;
      const entity = entities[entityOf[name] as number];
      if (entity?.type === 'person') return profiles.lookup(entity.text, entity.sourceId) ?? null;
    }
  }
  return null;
}

/** Words of a credit line before "by" at most: "Interview by", "Words and pictures by". */
const MAX_CREDIT_WORDS = 3;

/** Tags a credit line's words before "by" never have: a clause ("He was hired by Jo Roe") is no credit. */
const CLAUSE_TAGS: ReadonlySet<number> = new Set([Pos.AUX, Pos.PRON, Pos.DET, Pos.ADP, Pos.NUM]);

/**
 * "By Jane Roe" opening a sentence names the author, never an interviewee; so does a credit line of its own, a
 * few nouns or a participle before "by" and nothing after the name ("Interview by Jane Roe", "Interviewed by …").
 */
export function isByline(context: ArticleContext, entityIndex: number): boolean {
  const entity = context.entities[entityIndex];
  if (!entity) return false;
  // The entity's first token: entities and tokens are both in text order.
  const t = firstTokenFrom(context, entity.start);
  const before = context.tokens[t - 1];
  if (!before || before.lower !== 'by') return false;
  const s = sentenceOfToken(context, t - 1);
  const first = context.first[s] as number;
  if (first === t - 1) return true;
  if (t - 1 - first > MAX_CREDIT_WORDS || !(context.tokens[first] as Token).capitalised) return false;
  for (let k = first; k < t - 1; k++) if (CLAUSE_TAGS.has(context.pos.tags[k] as number) || breakAfter(context, k)) return false;
  // Nothing but the name (and a full stop) after "by".
  let last = t;
  while (context.entityOf[last + 1] === entityIndex) last++;
  const end = context.end[s] as number;
  return last + 1 >= end || (last + 2 === end && (context.tokens[last + 1] as Token).text === '.');
}

/** A colon follows offset `at` on its line, past spaces and emphasis marks ("Ines**:"). */
/** "P.R" before ".:": a token of two or three capitals joined by full stops, its last full stop after it. */
function dottedInitials(text: string, token: Token): boolean {
  return text.charCodeAt(token.end) === 0x2e && /^\p{Lu}(?:\.\p{Lu}){1,2}$/u.test(token.text);
}

function colonFollows(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && ((isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) || MARKUP.has(text.charCodeAt(p)))) p++;
  return text.charCodeAt(p) === 0x3a;
}

/** An unlabelled print Q&A has at least this many questions, each a paragraph of its own followed by its answer. */
const MIN_UNLABELLED_QUESTIONS = 3;

/** Paragraphs of an unlabelled answer between two questions, at most. */
const MAX_ANSWER_PARAGRAPHS = 4;

/** A question paragraph holds a short question, a sentence of lead-in at most before it. */
const MAX_QUESTION_SENTENCES = 2;

/**
 * A print Q&A whose questions carry no label (set in bold, lost with the markup) and whose answers
 * are plain paragraphs: runs of at least `MIN_UNLABELLED_QUESTIONS` paragraphs that end in a question
 * mark, each followed by paragraphs that do not, the answers mostly in the first person (an explainer's
 * "What happens next?" headings are answered by the author, in the third). Returns, by the first
 * sentence of each paragraph, the turn it is: a question, or the answer that opens after one (an
 * answer's later paragraphs between two questions too; after the last question `continuesTurn` decides).
 */
export function unlabelledTurns(context: ArticleContext): Map<number, 'question' | 'answer'> {
  const { sentences } = context;
  const paragraphs: Array<{ first: number; last: number }> = [];
  sentences.forEach((sentence, s) => {
    const open = paragraphs[paragraphs.length - 1];
    if (open && (sentences[open.last] as Sentence).paragraph === sentence.paragraph) open.last = s;
    else paragraphs.push({ first: s, last: s });
  });
  const isQuestion = packedMap(
    paragraphs,
    ({ first, last }) =>
      last - first < MAX_QUESTION_SENTENCES &&
      asksInTurn(context, last) &&
      !opensWithLabel(context, first) &&
      !opensWithMarkedQuestion(context, first),
  );
  const turns = new Map<number, 'question' | 'answer'>();
  let p = 0;
  while (p < paragraphs.length) {
    if (!isQuestion[p]) {
      p++;
      continue;
    }
    // Question paragraphs, each with the answer paragraphs after it: [question, first answer, end of answer).
    const run: Array<[number, number]> = [];
    let q = p;
    while (q < paragraphs.length && isQuestion[q]) {
      let a = q + 1;
      while (a < paragraphs.length && !isQuestion[a] && a - q <= MAX_ANSWER_PARAGRAPHS && !opensWithLabel(context, paragraphs[a]!.first))
        a++;
      if (a === q + 1) break;
      run.push([q, a]);
      if (!isQuestion[a]) break;
      q = a;
    }
    const spoken = run.filter(([question]) => {
      const answer = paragraphs[question + 1]!;
      return inFirstPerson(context, answer.first, answer.last);
    }).length;
    // Answers mostly in the first person, or an introduction that says someone was interviewed ("We met her in her bakery").
    const interviewed = () => introducesInterview(context, paragraphs, p);
    if (run.length >= MIN_UNLABELLED_QUESTIONS && (spoken * 2 >= run.length || (spoken > 0 && interviewed()))) {
      run.forEach(([question, end], index) => {
        turns.set(paragraphs[question]!.first, 'question');
        const answers = index === run.length - 1 ? question + 2 : end;
        for (let a = question + 1; a < answers; a++) turns.set(paragraphs[a]!.first, 'answer');
      });
    }
    p = Math.max(p + 1, q);
  }
  return turns;
}

/** Dialogue dashes: an en or em dash. */
const TURN_DASHES = new Set([0x2013, 0x2014]);

/** A dialogue in dashes has at least this many dashed paragraphs. */
const MIN_DASH_TURNS = 4;

/** At most this share of the answers a dialogue in dashes gives ask something (a rhetorical question). */
const MAX_ASKING_ANSWERS = 0.25;

const DASH_TURNS = new WeakMap<ArticleContext, Map<number, 'question' | 'answer'>>();

/**
 * "— Mrs Roe, how many work at the mine? / — About 1,900.": an interview in the continental convention opens every turn
 * with a dialogue dash and names no one; questions and answers alternate, whatever a question ends with ("— Young people
 * are leaving." asks too), and an answer's later paragraphs carry no dash. Read once per article: at least
 * `MIN_DASH_TURNS` paragraphs opened by a dash (and no label after it: "— Roe: …" is a named turn), the first of them
 * asking; then every other one asks, and those between (the answers) mostly do not. Returns, by the first sentence of
 * each dashed paragraph, the turn it is.
 */
export function dashTurns(context: ArticleContext): Map<number, 'question' | 'answer'> {
  const cached = DASH_TURNS.get(context);
  if (cached) return cached;
  const turns = new Map<number, 'question' | 'answer'>();
  DASH_TURNS.set(context, turns);
  const { sentences } = context;
  const dashed: Array<{ first: number; asks: boolean }> = [];
  for (let s = 0; s < sentences.length; s++) {
    const paragraph = (sentences[s] as Sentence).paragraph;
    if (sentences[s - 1]?.paragraph === paragraph) continue;
    if (!opensWithTurnDash(context, s) || opensWithLabel(context, s)) continue;
    let asks = false;
    for (let k = s; k < sentences.length && (sentences[k] as Sentence).paragraph === paragraph; k++) asks ||= asksInTurn(context, k);
    dashed.push({ first: s, asks });
  }
  if (dashed.length < MIN_DASH_TURNS || !dashed[0]?.asks) return turns;
  const questions = dashed.filter((_, i) => i % 2 === 0);
  const answers = dashed.filter((_, i) => i % 2 === 1);
  const asking = (list: typeof dashed): number => list.filter((turn) => turn.asks).length;
  if (asking(questions) * 2 < questions.length || asking(answers) > answers.length * MAX_ASKING_ANSWERS) return turns;
  dashed.forEach(({ first }, i) => turns.set(first, i % 2 === 0 ? 'question' : 'answer'));
  return turns;
}

/** Sentence s opens its line after a dialogue dash ("— About 1,900."), the dash alone before it. */
function opensWithTurnDash(context: ArticleContext, s: number): boolean {
  const { text } = context;
  const blank = (p: number): boolean => text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09 || text.charCodeAt(p) === 0xa0;
  let p = (context.sentences[s] as Sentence).start - 1;
  while (p >= 0 && blank(p)) p--;
  if (p < 0 || !TURN_DASHES.has(text.charCodeAt(p))) return false;
  p--;
  while (p >= 0 && blank(p)) p--;
  return p < 0 || text.charCodeAt(p) === 0x0a || text.charCodeAt(p) === 0x0d;
}

/** Paragraphs before a print Q&A's first question read for an introduction that says someone was interviewed. */
const INTRODUCTION_PARAGRAPHS = 2;

/** Words of an introduction saying the text is an interview: "We met her in her bakery", "She spoke to the Courier", "We put our questions to …". */
const INTERVIEW_WORDS = new Set([...INTERVIEWING_VERBS, 'met', 'interview', 'interviewed', 'answered', 'questions']);

/**
 * One of the `INTRODUCTION_PARAGRAPHS` paragraphs before paragraph `question` says, outside quotes, that
 * someone was interviewed; an explainer's headings ("What happens next?") have no such introduction.
 */
function introducesInterview(
  context: ArticleContext,
  paragraphs: ReadonlyArray<{ first: number; last: number }>,
  question: number,
): boolean {
  for (let p = Math.max(0, question - INTRODUCTION_PARAGRAPHS); p < question; p++) {
    const { first, last } = paragraphs[p]!;
    for (let s = first; s <= last; s++) if (saysInterviewed(context, s)) return true;
  }
  return false;
}

/** Sentence s says, outside quotes, that someone was interviewed: "We spoke to …", "… who answered in writing". */
export function saysInterviewed(context: ArticleContext, s: number): boolean {
  for (let t = context.first[s] as number; t < (context.end[s] as number); t++)
    if (!context.inQuote[t] && INTERVIEW_WORDS.has((context.tokens[t] as Token).lower)) return true;
  return false;
}

/** Prepositions before whom an introduction interviewed: "spoke to", "talked with". */
const INTERVIEWED_PREPOSITIONS = new Set(['to', 'with']);

/** Tokens from an interviewing verb to its preposition, at most: "put our readers' questions to". */
const MAX_TO_INTERVIEWED = 6;

/** Words that end whom an introduction interviewed: "… to the head of X, who …", "… and to …". */
const INTERVIEWED_ENDS = new Set([',', ';', ':', '.', 'who', 'and', 'about', 'on', 'in', 'last', 'this', 'yesterday']);

/**
 * The tokens of whom sentence s says was interviewed, outside quotes: "We spoke to [the head of the X Authority].",
 * "We interviewed [a spokeswoman for X] about …"; null when it says no one was.
 */
export function interviewedPhrase(context: ArticleContext, s: number): [number, number] | null {
  const { tokens, inQuote } = context;
  const end = context.end[s] as number;
  for (let t = context.first[s] as number; t < end; t++) {
    if (inQuote[t] || !INTERVIEW_WORDS.has((tokens[t] as Token).lower)) continue;
    let first = t + 1;
    for (let k = t + 1; k < end && k - t <= MAX_TO_INTERVIEWED; k++)
      if (INTERVIEWED_PREPOSITIONS.has((tokens[k] as Token).lower)) {
        first = k + 1;
        break;
      }
    let last = first - 1;
    while (last + 1 < end && !INTERVIEWED_ENDS.has((tokens[last + 1] as Token).lower) && !inQuote[last + 1]) last++;
    return last >= first ? [first, last] : null;
  }
  return null;
}

/** Sentence s is a question of the text's own voice: it ends in a question mark, not inside a quote. */
export function asksInTurn(context: ArticleContext, s: number): boolean {
  const sentence = context.sentences[s];
  return sentence !== undefined && sentence.text.trimEnd().endsWith('?') && sentence.quote?.coverage !== 'full';
}

/** Verbs by which a speaker says she runs an organisation: "I run the Harbour Food Bank", "I've chaired the association since 2019". */
const FIRST_PERSON_LEADS = new Set([
  ...['run', 'chair', 'head', 'lead', 'manage', 'direct', 'coordinate', 'oversee', 'own', 'founded', 'co-founded'],
  ...['chaired', 'headed', 'led', 'managed', 'directed', 'coordinated', 'owned'],
]);
/** Words between "I" and what she says she does: "I've run", "I have been", "I now chair". */
const FIRST_PERSON_AUXILIARIES = new Set(['am', 'have', 'been', 'was', 'now', 'also', 'still', 'currently']);
/** "I" contracted with what follows: "I'm", "I've". */
const FIRST_PERSON_CONTRACTIONS = new Set(["i'm", 'i’m', "i've", 'i’ve']);
/** "I'm", "I am", "I've been", "I was": a copula after which she may name her post. */
const FIRST_PERSON_COPULAS = new Set(["i'm", 'i’m', 'am', 'been', 'was']);
/** Words that say "we here": "we at the union", "here at the clinic", "us at the trust". */
const WE_HERE = new Set(['we', 'us', 'here']);

/**
 * The organisation a turn's speaker ties herself to in the first person, outside quotes, in sentence s: "I run the
 * Harbour Food Bank", "I work for the Tenants' Union", "I'm head of nursing at the Harbour Clinic", "we at the
 * Fishermen's Association", "here at Elm Park School". A medium is none (an interviewer's "here at the Courier").
 */
export function selfDeclaredOrganisation(context: ArticleContext, s: number): Entity | null {
  const { tokens, inQuote } = context;
  const end = context.end[s] as number;
  const organisationAt = (t: number): Entity | null => {
    if (t < 0 || !organisationOpensAt(context, t)) return null;
    const entity = context.entities[context.entityOf[(tokens[t] as Token).lower === 'the' ? t + 1 : t] as number];
    return entity && !isMediaOrganisation(context, entity) ? entity : null;
  };
  for (let t = context.first[s] as number; t < end; t++) {
    const word = (tokens[t] as Token).lower;
    if (inQuote[t]) continue;
    if (WE_HERE.has(word) && tokens[t + 1]?.lower === 'at' && t + 2 < end) {
      const found = organisationAt(t + 2);
      if (found) return found;
    }
    if (word !== 'i' && !FIRST_PERSON_CONTRACTIONS.has(word)) continue;
    let k = t + 1;
    let copula = FIRST_PERSON_COPULAS.has(word);
    // (k moves outside the `||=`: once `copula` holds, its right side is never run)
    for (; k < end && FIRST_PERSON_AUXILIARIES.has((tokens[k] as Token).lower); k++)
      copula ||= FIRST_PERSON_COPULAS.has((tokens[k] as Token).lower);
    if (k >= end) continue;
    const verb = (tokens[k] as Token).lower;
    const found =
      (FIRST_PERSON_LEADS.has(verb) ? (organisationAt(k + 1) ?? organisationAskedAbout(context, s, k + 1)) : null) ??
      organisationAt(worksAt(context, k, end)) ??
      (copula ? organisationAt(postOrganisationAt(context, k, end)) : null);
    if (found) return found;
  }
  return null;
}

/**
 * "Q. What is your connection to Tri-Valley Glass? / A. My sister and I own it.": "it" right after a verb of running an
 * organisation, at token t of sentence s, is the one organisation the question just before names (outside quotes, no
 * medium); else null.
 */
function organisationAskedAbout(context: ArticleContext, s: number, t: number): Entity | null {
  if ((context.tokens[t] as Token | undefined)?.lower !== 'it' || s === 0 || !asksInTurn(context, s - 1)) return null;
  let found: Entity | null = null;
  for (let k = context.first[s - 1] as number; k < (context.end[s - 1] as number); k++) {
    const index = context.entityOf[k] as number;
    const entity = index >= 0 ? (context.entities[index] as Entity) : null;
    if (!entity || entity.type !== 'organisation' || context.inQuote[k] || entity === found) continue;
    if (found || isMediaOrganisation(context, entity)) return null;
    found = entity;
  }
  return found;
}

/** Verbs of leaving an organisation, after "I": "I left the X", "I quit", "I resigned from". */
const LEAVING_VERBS = new Set(['left', 'quit', 'resigned']);
/** Verbs of joining one, after "I", and the prepositions they take: "I joined the X", "I started at", "I moved to". */
const JOINING_VERBS = new Set(['joined', 'started', 'moved', 'went']);
const JOINING_PREPOSITIONS = new Set(['at', 'to', 'with']);

/**
 * "I left the ferry company in June, and I started at the association in September.": in a sentence (outside quotes)
 * where the speaker says she left somewhere, the token where what she then joined opens (its "the" included), or -1.
 */
export function leftAndJoined(context: ArticleContext, s: number): number {
  const { tokens, inQuote } = context;
  const end = context.end[s] as number;
  let left = false;
  for (let t = context.first[s] as number; t < end; t++) {
    if (inQuote[t] || ((tokens[t] as Token).lower !== 'i' && !FIRST_PERSON_CONTRACTIONS.has((tokens[t] as Token).lower))) continue;
    let k = t + 1;
    while (k < end && FIRST_PERSON_AUXILIARIES.has((tokens[k] as Token).lower)) k++;
    const verb = (tokens[k] as Token | undefined)?.lower ?? '';
    if (LEAVING_VERBS.has(verb)) left = true;
    else if (left && JOINING_VERBS.has(verb)) {
      const next = k + 1 < end && JOINING_PREPOSITIONS.has((tokens[k + 1] as Token).lower) ? k + 2 : k + 1;
      if (next < end && !inQuote[next]) return next;
    }
  }
  return -1;
}

/**
 * A subtitle file's timing line: "00:00:15,200 --> 00:00:19,800" (SRT), "00:15.200 --> 00:19.800 align:start" (WebVTT,
 * hours optional, cue settings after it).
 */
const CUE_TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ \t][^\n]*)?$/u;

/** A text is a subtitle file when at least this many paragraphs are timing lines (one is a quoted example). */
const MIN_CUE_TIMINGS = 2;

/** A WebVTT file's header line, and a cue's identifier before its timing line holds no space it would need ("12", "a1b2-7/3-0"). */
const VTT_HEADER = /^WEBVTT\b/u;
const CUE_IDENTIFIER = /^[^\s]{1,60}$/u;

/**
 * How a paragraph of a subtitle file reads (SRT, WebVTT): `furniture` for a cue's number or identifier, its timing line and
 * the file's header, none of them words anyone says; `sound` for a cue holding only a stage direction ("(WAVES LAPPING)",
 * "[MUSIC]"); `caption` for an on-screen caption in square brackets under a key ("[ON SCREEN: NAME, POST]"). Subtitles
 * label a cue only when the speaker changes, so a turn runs on over furniture and sounds into the cues after them; a
 * caption introduces someone new and ends it.
 */
export type SubtitleParagraph = 'furniture' | 'sound' | 'caption';

const SUBTITLE_PARAGRAPHS = new WeakMap<ArticleContext, ReadonlyMap<number, SubtitleParagraph>>();

/** The subtitle paragraphs of the text by their first sentence (`SubtitleParagraph`); empty unless it is a subtitle file. */
export function subtitleParagraphs(context: ArticleContext): ReadonlyMap<number, SubtitleParagraph> {
  const cached = SUBTITLE_PARAGRAPHS.get(context);
  if (cached) return cached;
  const { sentences } = context;
  const kinds = new Map<number, SubtitleParagraph>();
  // Paragraphs of one sentence only: a timing line, a cue's number or a caption stands on a line of its own.
  const alone = (s: number): boolean =>
    sentences[s - 1]?.paragraph !== sentences[s]?.paragraph && sentences[s + 1]?.paragraph !== sentences[s]?.paragraph;
  const timing = (s: number): boolean =>
    alone(s) && (sentences[s] as Sentence).text.includes('-->') && CUE_TIMING.test((sentences[s] as Sentence).text.trim());
  let timings = 0;
  for (let s = 0; s < sentences.length; s++) if (timing(s)) timings++;
  if (timings >= MIN_CUE_TIMINGS) {
    for (let s = 0; s < sentences.length; s++) {
      const text = (sentences[s] as Sentence).text.trim();
      if (!alone(s)) continue;
      if (timing(s) || VTT_HEADER.test(text) || (timing(s + 1) && CUE_IDENTIFIER.test(text))) kinds.set(s, 'furniture');
      else if (stageDirectionOnly(text)) kinds.set(s, 'sound');
      else if (/^\[(?:\p{Lu}+[ \t]+){0,2}\p{Lu}+:[^\]\n]*\]$/u.test(text)) kinds.set(s, 'caption');
    }
  }
  SUBTITLE_PARAGRAPHS.set(context, kinds);
  return kinds;
}

/** "(WAVES LAPPING)", "[MUSIC]": brackets holding nothing but words of a sound, no colon, no sentence's end inside. */
function stageDirectionOnly(text: string): boolean {
  return /^(?:\[[\p{L} ,'’-]{1,40}\]|\([\p{L} ,'’-]{1,40}\))$/u.test(text);
}

/**
 * A WebVTT cue's voice tag opening its line: "<v Okoro, Daniel>", "<v.loud Jo Roe>", "<v Jo Roe (Guest)>". Group 1 is
 * the voice's name, up to the closing angle bracket.
 */
const VOICE_TAG = /^<v(?:\.[^\s>]+)*[ \t]+([^<>\n]{1,80})>/u;

/** A name's words as a voice tag or a directory writes them: one to four capitalised words. */
const NAME_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The speaker of a WebVTT cue's voice tag (`VOICE_TAG`), as meeting tools and subtitle files name her: her name, or a
 * directory's "Surname, Firstname", a bracket after it saying how she joined ("(Guest)", "(External)") or from where.
 * She is the person the text names so, else recorded under that name; a voice that is no name ("Conference Room 3",
 * "Speaker 2") is someone the file does not name. The label spans the tag, so the claim starts after it.
 */
function voiceTagLabel(context: ArticleContext, s: number, first: number, end: number, profiles: PersonProfiles): InterviewLabel | null {
  const sentence = context.sentences[s] as Sentence;
  if (sentence.text.charCodeAt(0) !== 0x3c) return null;
  const match = VOICE_TAG.exec(sentence.text);
  if (!match) return null;
  const start = sentence.start;
  const labelEnd = start + match[0].length;
  const written = (match[1] as string).replace(/[ \t]*\([^()]*\)[ \t]*$/u, '').trim();
  const parts = written.split(/[ \t]*,[ \t]*/u);
  const name = parts.length === 2 && parts.every((part) => NAME_WORDS.test(part)) ? `${parts[1]} ${parts[0]}` : written;
  const nameFirst = firstTokenAt(context, first, end, start + 2);
  const nameLast = lastTokenBefore(context, first, end, labelEnd - 1);
  const span = { start, end: labelEnd, cue: 'name' as const };
  const words = name.split(/[ \t]+/u);
  if (nameFirst < 0 || nameLast < nameFirst || !NAME_WORDS.test(name) || words.some((word) => isRankOrRole(word.toLowerCase())))
    return { kind: 'speaker', actor: { ...emptyActor('role', start, labelEnd), role: 'speaker' }, asks: false, ...span };
  const person =
    profiles.lookup(name) ??
    (words.length === 1 ? profiles.lookupShortForm(name) : undefined) ??
    (words.length >= MIN_NAME_WORDS ? recordedName(name, profiles) : undefined);
  if (!person) return { kind: 'speaker', actor: { ...emptyActor('role', start, labelEnd), role: 'speaker' }, asks: false, ...span };
  const actor = personActor(context, nameFirst, nameLast, person);
  return { kind: 'speaker', actor, asks: asksAs(context, actor, profiles, start), ...span };
}

/**
 * The paragraph of sentence s is a line of the same cue as the line before it, no blank line between ("- Because of
 * the dredging?" / "- Only a small part."): a block of a subtitle file with no timing line is no cue, but the author's.
 */
export function sameCue(context: ArticleContext, s: number): boolean {
  const previous = context.sentences[s - 1];
  const sentence = context.sentences[s];
  if (!previous || !sentence) return false;
  const between = context.text.slice(previous.end, sentence.start);
  return between.indexOf('\n') === between.lastIndexOf('\n');
}

/**
 * A verbatim report's speaker label, closed by a full stop and a spaced dash (the sentence splitter keeps it with the
 * turn): "President. – ", "Jo Roe, rapporteur. – ", "Jo Roe, Member of the Commission. – ", "Jo Roe (Greens). – ",
 * "Jo Roe (Greens), blue-card question. – ". Group 1 is the name or the office, 2 the brackets after the name, 3 what
 * follows a comma.
 */
const LABEL_BEFORE_DASH = /^(\p{Lu}[^\n,()]{0,60}?)[ \t]*((?:\([^()\n]{1,60}\)[ \t]*)*)(?:,[ \t]*([^\n]{1,80}?))?\.[ \t]+[–—][ \t]+(?=\S)/u;

/** The presiding officer's words in such a label: "President.", "Madam President.", "Vice-President.". */
const PRESIDING = /^(?:(?:Mr|Madam|Madame|The)\.?[ \t]+)?(?:Vice-|Deputy[ \t]+)?(?:President|Chair|Chairman|Chairwoman|Speaker)$/u;

/**
 * The speaker of a label before a dash (`LABEL_BEFORE_DASH`): the presiding officer asks, as a parliament's chair does;
 * a name is the person the text introduced under it, else one read afresh, with the post after the comma as hers
 * ("rapporteur", "Member of the Commission"); a political group in brackets says nothing of whom she speaks for, as a
 * party after a member's name does. The span runs to the dash, which the claim leaves out.
 */
function labelBeforeDash(
  context: ArticleContext,
  s: number,
  first: number,
  end: number,
  profiles: PersonProfiles,
  countries: CountryContext,
): InterviewLabel | null {
  const sentence = context.sentences[s] as Sentence;
  const stop = sentence.text.indexOf('. ');
  if (stop < 0 || stop > MAX_LABEL_WITH_POST) return null;
  const match = LABEL_BEFORE_DASH.exec(sentence.text);
  if (!match) return null;
  const [whole, name = '', brackets = '', post] = match;
  const start = sentence.start;
  const span = { start, end: start + whole.trimEnd().length };
  const written = name.trim();
  if (PRESIDING.test(written) && !brackets && !post) return { kind: 'question', ...span, cue: 'office' };
  const nameLast = lastTokenBefore(context, first, end, start + written.length);
  if (nameLast < first || !isLabelWords(context, first, nameLast)) return null;
  const role = post && hasRoleWord(post) ? post.trim() : null;
  const actor =
    personLabel(context, first, nameLast, profiles, countries) ??
    (brackets || post ? newPersonLabel(context, first, nameLast, role, profiles) : null);
  if (!actor || actor.kind !== 'person') return null;
  const person = actor.people[0];
  if (person && role) person.role ??= role.toLowerCase();
  return {
    kind: 'speaker',
    actor,
    asks: asksAs(context, actor, profiles, start),
    ...(role ? { role } : {}),
    ...span,
    cue: brackets || post ? 'name-post' : 'name',
  };
}
