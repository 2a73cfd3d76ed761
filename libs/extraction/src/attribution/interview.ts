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
 * labels that name a person or an outlet count ("Update:" or "Aleppo:" do not).
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
    return actor && (actor.kind === 'person' || actor.kind === 'outlet') ? { kind: 'speaker', actor, ...span } : null;
  }
  return null;
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
