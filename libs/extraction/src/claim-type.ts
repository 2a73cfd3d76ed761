import { extractCheckworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness/checkworthiness-features';
import { measureQuote } from './quote-tracker';
import type { SentenceQuote } from './sentence';

export const CLAIM_TYPES = ['statistic', 'quote', 'causal', 'prediction', 'event', 'other'] as const;

/** What kind of checking a claim needs. */
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** A partly quoted sentence is a quote claim only if this many words are quoted; fewer is a scare-quoted phrase. */
export const MIN_QUOTED_WORDS = 3;

/**
 * Rule-based claim type. The first rule that matches wins:
 * 1. other      — a question asserts nothing.
 * 2. statistic  — states an amount (not a date or duration): the number is what gets checked,
 *                 even inside a quote ("over 65,000 Chileans … have returned home").
 * 3. causal     — cause or blame (because, caused, due to, led to, responsibility):
 *                 checking it means checking the causal link, which outranks the rest.
 * 4. prediction — future or intention (will, hopes to, expected to, by the end of the year).
 * 5. quote      — a direct quote (fully quoted, or at least MIN_QUOTED_WORDS quoted words)
 *                 with none of the above: what is checked is what was said and whether it holds.
 * 6. event      — something happened or was done (event verb or past tense).
 * 7. other.
 * Content beats form: a quoted number is a statistic; whether it was quoted is
 * still on the claim (`quoteId`). Uses the same features as the check-worthiness
 * heuristic, so attribution clauses ("…, Reuters reported") never decide the type.
 */
export function classifyClaimType(sentence: string, quote?: SentenceQuote | null): ClaimType {
  const text = typeof sentence === 'string' ? sentence : '';
  return classifyClaimTypeFromFeatures(extractCheckworthinessFeatures(text), quote === undefined ? measureQuote(text) : quote);
}

/** The sentence is a direct quote: fully quoted, or with at least MIN_QUOTED_WORDS quoted words (fewer is a scare-quoted phrase). */
export function isQuoted(quote: SentenceQuote | null): boolean {
  return quote !== null && (quote.coverage === 'full' || quote.quotedWords >= MIN_QUOTED_WORDS);
}

/** `classifyClaimType` for already computed features; `quote` is the sentence's quote context. */
export function classifyClaimTypeFromFeatures(features: CheckworthinessFeatures, quote: SentenceQuote | null): ClaimType {
  if (features.question > 0) return 'other';
  if (features.quantity > 0) return 'statistic';
  if (features.causal > 0) return 'causal';
  if (features.forwardLooking > 0) return 'prediction';
  if (isQuoted(quote)) return 'quote';
  if (features.eventVerb > 0 || features.pastOrPerfect > 0) return 'event';
  return 'other';
}
