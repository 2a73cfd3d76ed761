// Whose words a quote is when no verb of saying says so: the owner of a noun of speech before the colon that opens it
// ("Her answer was immediate: “…”"), or the person the sentence after it names as their author ("“…” That was the
// verdict of Jo Roe, who …").
import type { Entity } from '../entities/entity';
import { VIEW_NOUNS } from '../lexicon';
import { Pos } from '../pos-tags';
import type { Token } from '../tokenizer';
import { breakAfter, type ArticleContext } from './article-context';

/** Nouns of what someone said or thought: "her answer", "the verdict of X", "those were the words of X". */
const SPOKEN_NOUNS = new Set([
  ...VIEW_NOUNS,
  'answer',
  'reply',
  'response',
  'retort',
  'verdict',
  'message',
  'warning',
  'advice',
  'reaction',
  'explanation',
  'comment',
  'comments',
  'conclusion',
  'prediction',
  'plea',
]);
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'such']);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['his', 'he'],
  ['her', 'she'],
]);
/** Words between "That was" and the noun at most ("That was the blunt verdict of"). */
const MAX_NOUN_OFFSET = 4;

/**
 * "Her answer was immediate: “…”", "His reply was short:": a sentence opening with "his" or "her" and a noun of speech,
 * whose quote a colon introduces: the pronoun the owner is; else null.
 */
export function speechOwnerPronoun(context: ArticleContext, s: number): 'he' | 'she' | null {
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  if (first + 1 >= end || context.inQuote[first] || context.inQuote[first + 1]) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get((context.tokens[first] as Token).lower);
  if (!pronoun || !SPOKEN_NOUNS.has((context.tokens[first + 1] as Token).lower) || breakAfter(context, first)) return null;
  return pronoun;
}

/**
 * "That was the verdict of Jo Roe, who chaired the panel.", "Those were the words of Jo Roe.", "Such is the view of Dr
 * Roe": a sentence opening with a demonstrative, a form of "be", a noun of speech and "of" before a person's name, which
 * names the author of the quote before it. The person's entity, else null.
 */
export function authorNamedAfter(context: ArticleContext, s: number): Entity | null {
  const { tokens, inQuote, pos, entities, entityOf } = context;
  const first = context.first[s] as number;
  const end = context.end[s] as number;
  if (first + 4 >= end || inQuote[first] || !DEMONSTRATIVES.has((tokens[first] as Token).lower)) return null;
  const be = first + 1;
  if (pos.tags[be] !== Pos.AUX || pos.lemmas[be] !== 'be') return null;
  for (let t = be + 1; t < end - 2 && t <= be + MAX_NOUN_OFFSET; t++) {
    if (inQuote[t] || breakAfter(context, t - 1)) return null;
    if (!SPOKEN_NOUNS.has((tokens[t] as Token).lower)) continue;
    if ((tokens[t + 1] as Token).lower !== 'of' || breakAfter(context, t) || breakAfter(context, t + 1)) return null;
    const entity = entities[entityOf[t + 2] as number];
    return entity?.type === 'person' && !inQuote[t + 2] ? entity : null;
  }
  return null;
}
