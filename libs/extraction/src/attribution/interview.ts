import { TITLE_WORDS } from '../entities/roles';
import { isSpace } from '../text-chars';
import type { Token } from '../tokenizer';
import type { ArticleContext } from './article-context';
import { ANSWER_LABELS, QUESTION_LABELS } from './attribution-cues';
import type { CountryContext, PersonProfileLookup, Actor } from './speaker-phrase';
import { parseSpeakerPhrase } from './speaker-phrase';

/** A label opening an interview paragraph ("Q:", "A:", "Berg:", "RT:") and its span, colon excluded. */
export type InterviewLabel = ({ kind: 'question' } | { kind: 'answer' } | { kind: 'speaker'; actor: Actor }) & {
  start: number;
  end: number;
};

/** Labels are short: "Q", "Jonas Berg", "Deputy Minister Berg". */
const MAX_LABEL_TOKENS = 3;

/**
 * The interview label of sentence s when it opens its paragraph with one:
 * capitalised words, then a colon. Only "Q"/"Question", "A"/"Answer" and
 * labels that name a person or an outlet count ("Update:" or "Eastbridge:" do not).
 */
export function interviewLabelOf(
  context: ArticleContext,
  s: number,
  profiles: PersonProfileLookup,
  countries: CountryContext,
): InterviewLabel | null {
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  const sentence = context.sentences[s];
  const previous = context.sentences[s - 1];
  if (!sentence || (previous && previous.paragraph === sentence.paragraph)) return null;
  for (let t = first; t < end && t - first < MAX_LABEL_TOKENS; t++) {
    const token = context.tokens[t] as Token;
    if (!token.capitalised) return null;
    if (!colonFollows(context.text, token.end)) continue;
    const span = { start: (context.tokens[first] as Token).start, end: token.end };
    if (t === first && QUESTION_LABELS.has(token.lower)) return { kind: 'question', ...span };
    if (t === first && ANSWER_LABELS.has(token.lower)) return { kind: 'answer', ...span };
    const actor = parseSpeakerPhrase(context, first, t, profiles, countries);
    if (actor && (actor.kind === 'person' || actor.kind === 'outlet')) return { kind: 'speaker', actor, ...span };
    const known = knownPersonLabel(context, first, t, profiles);
    return known ? { kind: 'speaker', actor: known, ...span } : null;
  }
  return null;
}

/**
 * "RUTH OKAFOR:", "DR OKAFOR:": a label in capitals is no name the entity finder reads, but it is the
 * person the introduction named under those words (a title before them dropped).
 */
function knownPersonLabel(context: ArticleContext, first: number, last: number, profiles: PersonProfileLookup): Actor | null {
  let from = first;
  while (from < last && TITLE_WORDS.has((context.tokens[from] as Token).lower)) from++;
  const words: string[] = [];
  for (let t = from; t <= last; t++) words.push((context.tokens[t] as Token).text);
  const person = profiles.lookup(words.join(' '));
  if (!person) return null;
  const start = (context.tokens[first] as Token).start;
  const end = (context.tokens[last] as Token).end;
  return {
    kind: 'person',
    people: [person],
    role: null,
    organisation: null,
    organisationSource: null,
    nationality: person.nationality,
    outlet: null,
    outletSource: null,
    pronoun: null,
    reference: null,
    start,
    end,
  };
}

/** The paragraph of sentence s opens with capitalised words and a colon, whether or not they name anyone ("HOST:", "Note:"). */
export function opensWithLabel(context: ArticleContext, s: number): boolean {
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  for (let t = first; t < end && t - first < MAX_LABEL_TOKENS; t++) {
    const token = context.tokens[t] as Token;
    if (!token.capitalised) return false;
    if (colonFollows(context.text, token.end)) return true;
  }
  return false;
}

function colonFollows(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p++;
  return text.charCodeAt(p) === 0x3a;
}
