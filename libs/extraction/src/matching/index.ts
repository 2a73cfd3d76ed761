// Claim matching: the same claim, reworded, found again among stored claims.
export { ClaimMatchIndex } from './claim-match-index';
export type { ClaimMatch, MatchQueryOptions } from './claim-match-index';
export {
  computeSignature,
  signArticleClaims,
  signatureBandKeys,
  serializeSignature,
  deserializeSignature,
  SIGNATURE_VERSION,
} from './signature';
export { rankedClaimToBytes, rankedClaimFromBytes, rankedClaimsFromBytes } from './ranked-bytes';
export type { ClaimSignature, SerializedClaimSignature } from './signature';
export { claimSimilarity } from './similarity';
export { figuresConflict, isComparedMeasure } from './figures';
export { splitMix32 } from './hashing';
export type { RankedClaim } from './similarity';
export { MATCH_SUGGEST_THRESHOLD, MATCH_CONFIRM_THRESHOLD } from './thresholds';
export { normaliseClaim } from './normalise';
export { ShingleKind, SHINGLE_WEIGHTS, shingleKind } from './shingle-kinds';
export type { NormalisedClaim } from './normalise';
export { MINHASH_LENGTH, estimateJaccard } from './minhash';
export { LSH_BANDS, LSH_ROWS } from './lsh';
export { FIRST_STORY_BAND_KEY } from './story';
