import { extractCheckworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness/checkworthiness-features';
import { CHECKWORTHY_THRESHOLD, scoreCheckworthinessFeatures } from './checkworthiness/checkworthiness-heuristic';
import { classifyClaimTypeFromFeatures, type ClaimType } from './claim-type';
import { detectLanguage } from './language-detector';
import { measureQuote } from './quote-tracker';
import type { QuoteSpan, Sentence, SentenceQuote } from './sentence';
import { segmentText, type SplitOptions } from './sentence-splitter';

/** Replaces the heuristic check-worthiness score, e.g. with a trained model. Should return a number in [0, 1]. */
export type CheckworthinessScorer = (sentence: string) => number;

export interface ExtractOptions extends SplitOptions {
  /** Language of the text when the caller knows it; skips detection. */
  language?: string | null;
  /** Scores sentences instead of the heuristic. A throw or a non-number falls back to the heuristic. */
  scorer?: CheckworthinessScorer;
}

/** One checkable statement; for now exactly one sentence. */
export interface ExtractedClaim {
  /** Position among the claims, 0-based. */
  index: number;
  text: string;
  /** UTF-16 offsets into the article text: `text === article.slice(start, end)`. */
  start: number;
  end: number;
  sentenceIndex: number;
  /** In [0, 1], rounded to 4 decimals. */
  checkworthiness: number;
  /** `checkworthiness >= CHECKWORTHY_THRESHOLD`: queued for review. Other claims are kept but not queued. */
  checkWorthy: boolean;
  type: ClaimType;
  /** Present when the claim is (partly) a direct quote; shared by all sentences of one quote. */
  quoteId?: number;
}

export interface ExtractionResult {
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  claims: ExtractedClaim[];
}

/** How one sentence scores on its own (no surrounding article). */
export interface SentenceAnalysis {
  text: string;
  checkworthiness: number;
  checkWorthy: boolean;
  type: ClaimType;
  quote: SentenceQuote | null;
  features: CheckworthinessFeatures;
}

/**
 * The engine: text in, claims out. Every sentence becomes a claim; the
 * non-check-worthy ones are kept and flagged. Pure and synchronous; linear in
 * the text's length; never throws on any string (a non-string counts as empty).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const body = typeof text === 'string' ? text : '';
  const { sentences, quotes } = segmentText(body, { maxSentenceLength: options.maxSentenceLength });
  const claims = sentences.map((sentence, index): ExtractedClaim => {
    const features = extractCheckworthinessFeatures(sentence.text);
    const checkworthiness = round(score(sentence.text, features, options.scorer));
    const claim: ExtractedClaim = {
      index,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      sentenceIndex: index,
      checkworthiness,
      checkWorthy: checkworthiness >= CHECKWORTHY_THRESHOLD,
      type: classifyClaimTypeFromFeatures(features, sentence.quote),
    };
    if (sentence.quote) claim.quoteId = sentence.quote.id;
    return claim;
  });
  const language = options.language !== undefined ? options.language : detectLanguage(body);
  return { language, sentences, quotes, claims };
}

/** Scores and types one sentence as it stands (used for line-by-line scoring). */
export function analyseSentence(sentence: string, options: Pick<ExtractOptions, 'scorer'> = {}): SentenceAnalysis {
  const text = typeof sentence === 'string' ? sentence : '';
  const features = extractCheckworthinessFeatures(text);
  const quote = measureQuote(text);
  const checkworthiness = round(score(text, features, options.scorer));
  return {
    text,
    checkworthiness,
    checkWorthy: checkworthiness >= CHECKWORTHY_THRESHOLD,
    type: classifyClaimTypeFromFeatures(features, quote),
    quote,
    features,
  };
}

function score(text: string, features: CheckworthinessFeatures, scorer: CheckworthinessScorer | undefined): number {
  if (scorer) {
    try {
      const value = scorer(text);
      if (typeof value === 'number' && !Number.isNaN(value)) return Math.min(1, Math.max(0, value));
    } catch {
      // A broken model must not lose the article: fall back to the heuristic.
    }
  }
  return scoreCheckworthinessFeatures(features);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
