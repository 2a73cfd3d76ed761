// @factdesk/extraction: the pure extraction engine (text in, claims out).
export { extract, analyseSentence } from './extract';
export type { ExtractOptions, ExtractionResult, ExtractedClaim, SentenceAnalysis, CheckworthinessScorer } from './extract';
export { splitSentences, segmentText, DEFAULT_MAX_SENTENCE_LENGTH } from './sentence-splitter';
export type { SplitOptions, Segmentation } from './sentence-splitter';
export type { Sentence, SentenceQuote, QuoteCoverage, QuoteSpan } from './sentence';
export { measureQuote } from './quote-tracker';
export {
  scoreCheckworthiness,
  scoreCheckworthinessFeatures,
  CHECKWORTHY_THRESHOLD,
  CHECKWORTHINESS_WEIGHTS,
  CHECKWORTHINESS_BIAS,
} from './checkworthiness/checkworthiness-heuristic';
export type { CheckworthinessScore } from './checkworthiness/checkworthiness-heuristic';
export { extractCheckworthinessFeatures, CHECKWORTHINESS_FEATURE_NAMES } from './checkworthiness/checkworthiness-features';
export type { CheckworthinessFeatures } from './checkworthiness/checkworthiness-features';
export { classifyClaimType, classifyClaimTypeFromFeatures, CLAIM_TYPES, MIN_QUOTED_WORDS } from './claim-type';
export type { ClaimType } from './claim-type';
export { detectLanguage } from './language-detector';
