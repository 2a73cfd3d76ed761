import { attributeSentences } from './attribution/attribute-sentences';
import type { Attribution } from './attribution/attribution';
import { extractCheckworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness/checkworthiness-features';
import { CHECKWORTHINESS_THRESHOLD, scoreSentence } from './checkworthiness/model/checkworthiness-model';
import { isArticleFurniture } from './article-furniture';
import {
  applyCheckworthinessRule,
  checkworthinessRule,
  saysNoComment,
  type CheckworthinessRule,
  type ClaimForRules,
  type SpeakerKind,
} from './checkworthiness/checkworthiness-rules';
import { datelineLength, hasBareTimeCodes, stageDirectionLength, timestampLength } from './claims/dateline';
import { splitClaims, type ClaimSpan } from './claims/split-claims';
import { classifyClaimTypeFromFeatures, type ClaimType, isQuoted } from './claim-type';
import { findConflictCandidates, type ConflictCandidate } from './conflicts/conflict-candidates';
import type { ConflictTrace } from './conflicts/conflict-trace';
import { isDenialWord } from './conflicts/disagreement-lexicon';
import type { Entity } from './entities/entity';
import { findEntitiesInTokens } from './entities/find-entities';
import { unwrapHardLines } from './hard-wraps';
import { countryOfDemonym } from './entities/gazetteer';
import { tokenizeSentences, tokensOfSpan, type SentenceTokens } from './entities/sentence-tokens';
import { htmlToArticleText } from './html/html-to-article-text';
import { looksLikeHtml } from './html/looks-like-html';
import { detectLanguage } from './language-detector';
import { extractQuantitiesFromTokens } from './quantities/extract-quantities';
import type { Quantity } from './quantities/quantity';
import { measureQuote } from './quote-tracker';
import type { QuoteSpan, Sentence, SentenceQuote } from './sentence';
import { segmentText, type SplitOptions } from './sentence-splitter';
import { forEachWord, isPatternSpace, isSpace, upperLetterLengthAt } from './text-chars';
import { tokenize, type Token } from './tokenizer';
import { defaultSourceRegistry } from './sources/source-registry';
import { packedMap } from './packed-map';

/** A claim is queued for fact-checkers when its score reaches this (the trained model's threshold). */
export const CHECKWORTHY_THRESHOLD = CHECKWORTHINESS_THRESHOLD;

export interface ExtractOptions extends SplitOptions {
  /** Language of the text when the caller knows it; skips detection. */
  language?: string | null;
  /** Filled with where each pair of claims left conflict detection (for measuring the rules; see conflict-trace.ts). */
  conflictTrace?: ConflictTrace;
  /**
   * Check-worthiness rules left out, the model's score standing where they would decide (for measuring what each rule
   * adds on text it was not written for: `eval:extraction -- --without-rule`). Production leaves it unset.
   */
  withoutCheckworthinessRules?: ReadonlySet<CheckworthinessRule>;
  /**
   * Scores a claim's text in place of the shipped model (on the shipped threshold's scale), the rules applied after it as usual:
   * for cross-validating a model trained without the texts it scores (`cv:checkworthy-news`, `cv:checkworthy-retrain`). Production leaves it unset.
   */
  checkworthinessModel?: (text: string) => number;
}

/** One checkable statement: a sentence, or one independently checkable part of it. */
export interface ExtractedClaim {
  /** Position among the claims, 0-based. */
  index: number;
  text: string;
  /** UTF-16 offsets into the article text: `text === article.slice(start, end)`. */
  start: number;
  end: number;
  sentenceIndex: number;
  /**
   * In [0, 1], rounded to 4 decimals: the model's score of the claim's whole text, attribution included, as the model was
   * trained on whole sentences; a forecast without figures is kept under the threshold and a plainly stated figure or fact raised to it
   * (checkworthiness-rules.ts).
   */
  checkworthiness: number;
  /** `checkworthiness >= CHECKWORTHY_THRESHOLD`: queued for review. Other claims are kept but not queued. */
  checkWorthy: boolean;
  type: ClaimType;
  /** Present when the claim is (partly) a direct quote; shared by all sentences of one quote. */
  quoteId?: number;
  attribution: Attribution;
  /** People, organisations and places within the claim's span. */
  entities: Entity[];
  quantities: Quantity[];
}

export interface ExtractionResult {
  /** The text the offsets point into: the input (a hard-wrapped text with its line breaks inside paragraphs as spaces, `unwrapHardLines`), or the article text of an HTML input. */
  text: string;
  /** True when the input was HTML and was reduced to its article text first. */
  fromHtml: boolean;
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  /** False when the text is in a language the engine's word lists do not cover: sentences and spans still hold, scores and attribution mean less. */
  languageSupported: boolean;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  entities: Entity[];
  claims: ExtractedClaim[];
  /** Claims of different sources pointing opposite ways about the same actor and subject. */
  conflicts: ConflictCandidate[];
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

const SUPPORTED_LANGUAGES = new Set(['en']);

/**
 * The engine: text (or HTML) in, claims out. Pure and synchronous; linear in the
 * text's length; never throws on any string (a non-string counts as empty).
 * Every sentence becomes one claim or more; the non-check-worthy ones are kept and flagged.
 */
export function extract(input: string, options: ExtractOptions = {}): ExtractionResult {
  const raw = typeof input === 'string' ? input : '';
  const fromHtml = looksLikeHtml(raw);
  // A text wrapped at a fixed width has its line breaks inside paragraphs read as spaces (same offsets).
  const text = fromHtml ? htmlToArticleText(raw).text : unwrapHardLines(raw);
  const { sentences, quotes } = segmentText(text, { maxSentenceLength: options.maxSentenceLength });
  // One token stream for the whole article, shared by entities and attribution.
  const sentenceTokens = tokenizeSentences(text, sentences);
  const entities = text.length > 0 ? findEntitiesInTokens(text, sentenceTokens, defaultSourceRegistry) : [];
  const attributions = attributeSentences(text, sentences, quotes, { entities, sentenceTokens });

  const claims: ExtractedClaim[] = [];
  /** Each claim's content (its text without the attribution clause), its tokens and attribution clauses, by claim index. */
  const contents: string[] = [];
  const claimTokens: Token[][] = [];
  const attributionRanges: Array<Array<[number, number]>> = [];
  // "10:04 Chair: …": an article that times its turns with bare clock times (read once).
  const bareTimes = hasBareTimeCodes(text);
  sentences.forEach((sentence, sentenceIndex) => {
    const attribution = attributions[sentenceIndex]!;
    const first = sentenceTokens.first[sentenceIndex]!;
    const parts = splitClaims(sentence, () => tokensOfSpan(text, sentenceTokens.tokens, first, sentence.start, sentence.end));
    for (let p = 0; p < parts.length; p++) {
      const opensParagraph = p === 0 && (sentenceIndex === 0 || sentences[sentenceIndex - 1]!.paragraph !== sentence.paragraph);
      const span = withoutLeadIn(text, parts[p]!, attribution, opensParagraph, bareTimes);
      const cuts = attributionCuts(span, attribution);
      const content = withoutAttribution(text, span, cuts);
      // The claim's tokens, taken from the article's token stream; shared by the features and the quantities.
      const tokens = tokensOfSpan(text, sentenceTokens.tokens, first, span.start, span.end);
      const features = extractCheckworthinessFeatures(span.text, tokens);
      const quantities = extractQuantitiesFromTokens(span.text, tokens, span.start);
      // Scored on the claim's whole text, attribution included: the model was trained on whole sentences.
      const question = p === 0 ? questionBefore(text, sentences, sentenceTokens, sentenceIndex, tokens.length) : undefined;
      // A denial or verdict that only points back is judged by the claim before it (`verdict-on-fact`).
      const before = claims.length > 0 ? claims[claims.length - 1]!.checkWorthy : undefined;
      const checkworthiness = scoreClaim({
        text: span.text,
        tokens,
        features,
        quantities,
        offset: span.start,
        options,
        question,
        beforeCheckWorthy: before,
        speaker: speakerKind(attribution),
      });
      const claim: ExtractedClaim = {
        index: claims.length,
        text: span.text,
        start: span.start,
        end: span.end,
        sentenceIndex,
        checkworthiness,
        checkWorthy: checkworthiness >= CHECKWORTHY_THRESHOLD,
        type: classifyClaimTypeFromFeatures(features, sentence.quote),
        attribution,
        entities: entitiesWithin(entities, span),
        quantities,
      };
      if (sentence.quote) claim.quoteId = sentence.quote.id;
      claims.push(claim);
      contents.push(content);
      claimTokens.push(tokens);
      attributionRanges.push(packedMap(cuts, (cut) => [cut.start - span.start, cut.end - span.start]));
    }
  });

  const conflicts = findConflictCandidates(
    packedMap(claims, (claim) => {
      const content = contents[claim.index]!;
      return {
        index: claim.index,
        checkworthiness: claim.checkworthiness,
        text: content,
        fullText: claim.text,
        // The claim's own tokens and attribution clauses: conflict detection does not tokenise again.
        words: claimTokens[claim.index]!,
        attribution: attributionRanges[claim.index]!,
        offset: claim.start,
        quoteId: claim.quoteId,
        source: claim.attribution.source,
        speaker: claim.attribution.speaker,
        organisation: claim.attribution.organisation,
        role: claim.attribution.role,
        outlet: claim.attribution.outlet,
        asked: claim.attribution.asked,
        sentenceIndex: claim.sentenceIndex,
        headline: isHeadline(text, sentences[claim.sentenceIndex]!),
        noComment: onlyNoComment(claimTokens[claim.index]!),
        quantities: claim.quantities,
        places: claim.entities.filter((entity) => entity.type === 'place' && content.includes(entity.text)).map((entity) => entity.text),
        // Claims without a source never conflict: their actors are not needed.
        actorCountries: claim.attribution.source ? actorCountries(content, claim.entities) : [],
      };
    }),
    options.conflictTrace,
  );
  const language = options.language !== undefined ? options.language : detectLanguage(text);
  return {
    text,
    fromHtml,
    language,
    languageSupported: language === null || SUPPORTED_LANGUAGES.has(language.slice(0, 2)),
    sentences,
    quotes,
    entities,
    claims,
    conflicts,
  };
}

/**
 * A sentence ends in a full stop, a question or exclamation mark, an ellipsis, or a closing quote or bracket after one; a
 * headline does not. Its last character before trailing white space (what `\s` matches) is looked up: a pattern ending in
 * `\s*$` is tried at every position of the sentence.
 */
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '…']);
/** Closing quote marks and brackets: a sentence ends with one only after its closing punctuation ('… "from another planet"' is a headline). */
const CLOSING_MARKS = new Set(['"', '”', '’', "'", ')', ']']);
/** A list item's marker before the text on its line: "- ", "• ", "3. ", "b) ". */
const LIST_MARKER = /(?:^|\s)(?:[-–—•*]|\d{1,2}[.)]|[a-z][.)])\s*$/;

/** A line without closing punctuation that is no list item: a headline, a crosshead, a label. */
function isHeadline(text: string, sentence: Sentence): boolean {
  const trimmed = sentence.text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && CLOSING_MARKS.has(trimmed[end - 1] as string)) end--;
  const last = trimmed[end - 1];
  if (last !== undefined && CLOSING_PUNCTUATION.has(last)) return false;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return !LIST_MARKER.test(text.slice(lineStart, sentence.start));
}

/**
 * The claim says only that its source did not answer ("X declined to comment on the report"): no denial beside it ("…
 * declined to comment, but denied that …") and no "but" that opens another statement.
 */
function onlyNoComment(tokens: readonly Token[]): boolean {
  if (!saysNoComment(tokens)) return false;
  return !tokens.some((token) => token.lower === 'but' || isDenialWord(token.lower));
}

/** Scores and types one sentence as it stands (used for line-by-line scoring of labelled sets). */
export function analyseSentence(sentence: string): SentenceAnalysis {
  const text = typeof sentence === 'string' ? sentence : '';
  const tokens = tokenize(text);
  const features = extractCheckworthinessFeatures(text, tokens);
  const quote = measureQuote(text);
  const checkworthiness = scoreClaim({ text, tokens, features, quantities: extractQuantitiesFromTokens(text, tokens) });
  return {
    text,
    checkworthiness,
    checkWorthy: checkworthiness >= CHECKWORTHY_THRESHOLD,
    type: classifyClaimTypeFromFeatures(features, quote),
    quote,
    features,
  };
}

/** The attribution clauses within a claim's span (speaker, outlet), in text order; mostly none. */
function attributionCuts(span: ClaimSpan, attribution: Attribution): Array<{ start: number; end: number }> {
  const within = (cue: { start: number; end: number } | undefined): cue is { start: number; end: number } =>
    !!cue && cue.start >= span.start && cue.end <= span.end;
  const speaker = within(attribution.cue) ? attribution.cue : undefined;
  const outlet = within(attribution.outletCue) ? attribution.outletCue : undefined;
  if (!speaker && !outlet) return [];
  return speaker && outlet ? [speaker, outlet].sort((a, b) => a.start - b.start) : [(speaker ?? outlet)!];
}

/**
 * The claim as a fact-checker checks it: who said it and through which outlet is
 * not part of the claim ("…, a spokeswoman said on Monday, according to Reuters").
 */
export function withoutAttribution(text: string, span: ClaimSpan, cuts: ReadonlyArray<{ start: number; end: number }>): string {
  // Most claims hold no attribution clause: their content is their text.
  if (cuts.length === 0) return span.text;
  let content = '';
  let from = span.start;
  for (const cut of cuts) {
    if (cut.start > from) content += text.slice(from, cut.start);
    from = Math.max(from, cut.end);
  }
  content += text.slice(from, span.end);
  return (hasDanglingComma(content) ? content.replace(DANGLING_COMMA, '') : content).trim() || span.text;
}

/** A comma a cut left before another comma, a full stop or the end ("X, , he said." → "X"), with the spaces around it. */
const DANGLING_COMMA = /\s*,\s*(?=[,.]|$)/g;

/**
 * Whether `DANGLING_COMMA` can match `content`: a comma, spaces, then a comma, a full stop or the end. The pattern is tried
 * at every position of the content (thousands of instructions a claim); most contents have no such comma.
 */
function hasDanglingComma(content: string): boolean {
  for (let i = content.indexOf(','); i >= 0; i = content.indexOf(',', i + 1)) {
    let j = i + 1;
    while (j < content.length && isPatternSpace(content.charCodeAt(j))) j++;
    if (j === content.length || content.charCodeAt(j) === 0x2c || content.charCodeAt(j) === 0x2e) return true;
  }
  return false;
}

/**
 * What opens a claim without being part of it: a wire dateline opening a paragraph
 * ("OSLO, Dec 2 (Reuters) - …"), a transcript's time code ("[00:04:12] "), and an interview
 * label ("Berg: Prices rose …"), which names the speaker (the attribution's cue is the label) and ends with its colon.
 */
function withoutLeadIn(text: string, whole: ClaimSpan, attribution: Attribution, opensParagraph: boolean, bareTimes: boolean): ClaimSpan {
  const dateline = opensParagraph ? datelineLength(whole.text) : 0;
  if (dateline > 0 && dateline < whole.text.length) {
    return withoutFirst(whole, dateline);
  }
  // A transcript's time code, then maybe the speaker's label: "[00:04:12] BERG: Prices rose …".
  const timestamp = opensParagraph ? timestampLength(whole.text, bareTimes) : 0;
  const span = timestamp > 0 ? withoutFirst(whole, timestamp) : whole;
  const label = attribution.label ?? (attribution.method === 'interview' ? attribution.cue : headingLabel(text, span));
  if (!label || label.start !== span.start || label.end > span.end) return withoutStageDirection(text, span);
  let start = label.end;
  // Spaces and Markdown's emphasis marks around a label's colon: "**Ines:** We …", "**Ines**: We …".
  const skip = (): void => {
    while (start < span.end && (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === 0x2a || text.charCodeAt(start) === 0x5f))
      start++;
  };
  skip();
  // "Q:" ends before its colon; "Q.", "A –", "[Chair]" and a subtitle's voice tag ("<v Jo Roe>") hold their mark.
  if (text.charCodeAt(start) === 0x3a) start++;
  else if (!/[.\-–—\]>]/.test(text.charAt(label.end - 1)) && !bareTurnLetter(text, label)) return span;
  skip();
  if (start >= span.end) return span;
  const rest = withoutStageDirection(text, { text: text.slice(start, span.end), start, end: span.end });
  // "<v Jo Roe>We opened in May.</v>": the voice tag's closing tag is the cue's markup too.
  return text.charCodeAt(label.start) === 0x3c && rest.text.endsWith(VOICE_CLOSE) && rest.text.length > VOICE_CLOSE.length
    ? { text: rest.text.slice(0, -VOICE_CLOSE.length), start: rest.start, end: rest.end - VOICE_CLOSE.length }
    : rest;
}

/** "Q Did the kiln crack?", "A We sold 40.": a transcript's bare "Q" or "A", a letter alone with no mark after it. */
function bareTurnLetter(text: string, label: { start: number; end: number }): boolean {
  return (
    label.end === label.start + 1 &&
    (text.charCodeAt(label.start) === 0x51 || text.charCodeAt(label.start) === 0x41) &&
    text.charCodeAt(label.end) === 0x20 &&
    /\p{Lu}/u.test(text.charAt(label.end + 1))
  );
}

/** The closing tag of a WebVTT cue's voice ("<v Jo Roe>…</v>"). */
const VOICE_CLOSE = '</v>';

/** "[laughs] One morning a month.", "KESSLER: (LAUGHTER) Pieter and I …": a stage direction opening a claim is no part of it. */
function withoutStageDirection(text: string, span: ClaimSpan): ClaimSpan {
  const length = stageDirectionLength(text, span.start);
  return length > 0 && span.start + length < span.end ? withoutFirst(span, length) : span;
}

/** The span without its first `length` characters. */
function withoutFirst(span: ClaimSpan, length: number): ClaimSpan {
  return { text: span.text.slice(length), start: span.start + length, end: span.end };
}

/** "About Acme Motors: …", "BERLIN: …": up to four capitalised words and a colon opening a claim are a heading, not its words. */
function headingLabel(text: string, span: ClaimSpan): { start: number; end: number } | undefined {
  // Most claims hold no colon: the pattern is not tried on them.
  if (!span.text.includes(':')) return undefined;
  const match = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?=\s*:\s)/u.exec(span.text);
  return match ? { start: span.start, end: span.start + match[0].length } : undefined;
}

/** The countries of the actors a claim talks about: named places and bodies, and demonyms ("Norwegian airstrikes"). */
function actorCountries(content: string, entities: readonly Entity[]): string[] {
  const countries = new Set<string>();
  for (const entity of entities) {
    if (entity.country && content.includes(entity.text)) countries.add(entity.country);
  }
  // Capitalised words as /\p{Lu}[\p{L}’'-]+/gu finds them, each part of a hyphenated one looked up.
  forEachWord(content, upperLetterLengthAt, 1, (start, end) => {
    let partStart = start;
    for (let p = start; p <= end; p++) {
      if (p < end && content.charCodeAt(p) !== 0x2d) continue;
      // countryOfDemonym is memoised: the article's capitalised words recur from claim to claim.
      const country = countryOfDemonym(content.slice(partStart, p));
      if (country) countries.add(country);
      partStart = p + 1;
    }
  });
  return [...countries];
}

/** Entities are sorted by start: a binary search keeps a long text linear, not quadratic. */
function entitiesWithin(entities: readonly Entity[], span: { start: number; end: number }): Entity[] {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entities[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const within: Entity[] = [];
  for (let i = low; i < entities.length && entities[i]!.start < span.end; i += 1) {
    if (entities[i]!.end <= span.end) within.push(entities[i]!);
  }
  return within;
}

/**
 * A claim's check-worthiness: the model's score of its whole text (attribution included, as the
 * model was trained on whole sentences), then the rules of checkworthiness-rules.ts (a forecast
 * without figures is not check-worthy, a plainly stated figure or fact is), rounded to 4 decimals.
 * It reads the claim's text alone, so a claim scores the same in its article and on its own, but for an elliptical answer,
 * read by the question before it (`answer-of-fact`), a denial or verdict that only points back, by the claim before it
 * (`verdict-on-fact` / `verdict-on-view`), and an account in the first person, by who the attribution says speaks
 * (`personal-experience`).
 * A rule in `options.withoutCheckworthinessRules` decides nothing: the model's score stands.
 */
function scoreClaim(claim: ClaimToScore): number {
  const options = claim.options ?? {};
  const rule = ruleOfClaim(claim);
  const score = (options.checkworthinessModel ?? scoreSentence)(claim.text);
  return round(
    applyCheckworthinessRule(score, CHECKWORTHY_THRESHOLD, rule !== null && options.withoutCheckworthinessRules?.has(rule) ? null : rule),
  );
}

/** What `scoreClaim` reads of a claim: what the rules read, its text, and the options that set the model and the rules left out. */
interface ClaimToScore extends Omit<ClaimForRules, 'quoted' | 'text'> {
  text: string;
  options?: Pick<ExtractOptions, 'withoutCheckworthinessRules' | 'checkworthinessModel'>;
}

/** The rule that decides the claim: article furniture, else `checkworthinessRule` (its quote marks read from its text). */
function ruleOfClaim(claim: Omit<ClaimToScore, 'options'>): CheckworthinessRule | null {
  if (isArticleFurniture(claim.text)) return 'article-furniture';
  // Each field named: a rest parameter and a spread copied the claim's fields twice a claim, by a runtime call each.
  const { text, tokens, features, quantities, offset, question, beforeCheckWorthy, speaker } = claim;
  const quoted = (): boolean => isQuoted(measureQuote(text));
  return checkworthinessRule({ text, tokens, features, quantities, offset, question, beforeCheckWorthy, speaker, quoted });
}

/** Who speaks, for `personal-experience`: a speaker for a body, a person or a role for none, or nobody (the writer). */
function speakerKind(attribution: Attribution): SpeakerKind {
  if (attribution.organisation !== null) return 'body';
  return attribution.speaker !== null || attribution.role !== null ? 'person' : 'none';
}

/** The longest claim read as a possible answer to the question before it: the rule's own limit is lower; this spares the look-up. */
const MAX_ANSWER_TOKENS = 6;

/**
 * The tokens of the sentence before `sentenceIndex` when it is a question and the claim (`claimTokens` long) is short
 * enough to be an elliptical answer to it ("Q: Is the fire out?" before "A: Not yet."): a short answer's check-worthiness
 * is the question's (`answer-of-fact`). Undefined otherwise.
 */
function questionBefore(
  text: string,
  sentences: readonly Sentence[],
  sentenceTokens: SentenceTokens,
  sentenceIndex: number,
  claimTokens: number,
): readonly Token[] | undefined {
  if (sentenceIndex === 0 || claimTokens > MAX_ANSWER_TOKENS) return undefined;
  const previous = sentences[sentenceIndex - 1]!;
  let end = previous.end;
  while (end > previous.start && /[\s"'”’)\]*_]/.test(text.charAt(end - 1))) end--;
  if (text.charAt(end - 1) !== '?') return undefined;
  return tokensOfSpan(text, sentenceTokens.tokens, sentenceTokens.first[sentenceIndex - 1]!, previous.start, previous.end);
}

/** The rule of checkworthiness-rules.ts that decides a sentence seen on its own, or null where the model's score stands. */
export function checkworthinessRuleOf(sentence: string): CheckworthinessRule | null {
  const text = typeof sentence === 'string' ? sentence : '';
  const tokens = tokenize(text);
  return ruleOfClaim({
    text,
    tokens,
    features: extractCheckworthinessFeatures(text, tokens),
    quantities: extractQuantitiesFromTokens(text, tokens),
  });
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
