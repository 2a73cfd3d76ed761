import winkNLP, { type ItsFunction, type Tokens, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokenizer';

/** Universal part-of-speech tags as wink-nlp's English model gives them, as small numbers (0: not tagged). */
export const Pos = {
  none: 0,
  ADJ: 1,
  ADP: 2,
  ADV: 3,
  AUX: 4,
  CCONJ: 5,
  DET: 6,
  INTJ: 7,
  NOUN: 8,
  NUM: 9,
  PART: 10,
  PRON: 11,
  PROPN: 12,
  PUNCT: 13,
  SCONJ: 14,
  SYM: 15,
  VERB: 16,
  X: 17,
  SPACE: 18,
} as const;

export type PosCode = (typeof Pos)[keyof typeof Pos];

/** The codes by wink's tag names: a map lookup, where a property read by a tag name per word is a slow generic one. */
const POS_CODES: ReadonlyMap<string, PosCode> = new Map(Object.entries(Pos) as Array<[string, PosCode]>);

/** The tags and lemmas of the engine's tokens: `tags[t]` and `lemmas[t]` belong to `tokens[t]`. */
export interface PosTags {
  tags: Uint8Array;
  /** wink-nlp's lemma of the token's first word ("said" → "say", "residents" → "resident"). */
  lemmas: string[];
}

let tagger: WinkMethods | null = null;

/** Loaded on first use: reading the model takes a moment a process without articles should not pay. */
function winkTagger(): WinkMethods {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/**
 * Tags `text` once with wink-nlp (part of speech and lemma) and puts each tag on the engine's
 * token that holds the start of wink's word. The engine keeps its own tokens (one scanner for
 * entities, quantities, features and attribution): wink splits "union's" and "don't" into two
 * words and costs several times the engine's scanner, while its tags are what the engine lacked.
 * wink's tokens carry no offsets; they are found by walking the text with each word's
 * preceding spaces, re-synchronised by search in the rare case a word is not where expected.
 *
 * Tokens marked in `skip` (words inside quote marks: no attribution clause is read there) are
 * blanked to spaces before tagging, which keeps every offset and spares wink most of a quote's
 * cost; they stay untagged (`Pos.none`).
 */
export function tagTokens(text: string, tokens: readonly Token[], skip?: Uint8Array): PosTags {
  const tags = new Uint8Array(tokens.length);
  const lemmas: string[] = new Array<string>(tokens.length).fill('');
  if (tokens.length === 0) return { tags, lemmas };
  const nlp = winkTagger();
  const its = nlp.its;
  const tagged = winkInput(text, tokens, skip);
  const words = nlp.readDoc(tagged).tokens();
  const spaces = words.out(its.precedingSpaces);
  const partsOfSpeech = words.out(its.pos);
  // A word's lemma is read by its vocabulary id (`lemmaOf`): wink's own lemma of every word cost a fortieth of the engine.
  const ids = words.out(its.uniqueId) as unknown as readonly number[];
  const contractions = words.out(its.contractionFlag) as unknown as readonly boolean[];
  let offset = 0;
  let t = 0;
  for (let i = 0; i < ids.length && t < tokens.length; i++) {
    const value = valueOf(ids[i] as number, words, i);
    offset += (spaces[i] as string).length;
    if (!tagged.startsWith(value, offset)) {
      const found = tagged.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    const start = offset;
    offset += value.length;
    while (t < tokens.length && (tokens[t] as Token).end <= start) t++;
    const token = tokens[t];
    if (!token || start < token.start || tags[t] !== Pos.none) continue;
    const tag = POS_CODES.get(partsOfSpeech[i] as string) ?? Pos.X;
    tags[t] = tag;
    lemmas[t] = contractions[i] ? winkLemma(words, i) : lemmaOf(ids[i] as number, tag, words, i);
  }
  return { tags, lemmas };
}

/** wink's lemma of its word i (a lemma object built for the word: for words `lemmaOf` has not seen, and contractions). */
function winkLemma(words: Tokens, i: number): string {
  // wink's typings give `its.lemma` a third parameter `out` does not accept; it takes it all the same.
  return words.itemAt(i).out(winkTagger().its.lemma as unknown as ItsFunction<string>) as string;
}

/**
 * wink's words by vocabulary id. wink's value of a word is the entry of its vocabulary list at the word's id, a list
 * that only grows (a word met first gets the next id for the life of the tagger), so an id always stands for the same
 * string; read here by the id, where wink's own `its.value` of every word cost as much as a lookup in a dictionary.
 */
const VALUES: string[] = [];
/** Ids past this are asked of wink each time: memory stays flat however many new words pass. */
const MAX_VALUE_ID = 1 << 18;

/** wink's value of word i (its text as wink split it), whose vocabulary id is `id`. */
function valueOf(id: number, words: Tokens, i: number): string {
  // ('' marks an id not met yet: no word of wink's is empty.)
  const known = id < VALUES.length ? (VALUES[id] as string) : '';
  if (known !== '') return known;
  const value = words.itemAt(i).out() as string;
  if (id < MAX_VALUE_ID) {
    while (VALUES.length <= id) VALUES.push('');
    VALUES[id] = value;
  }
  return value;
}

/** Words whose lemmas `lemmaOf` keeps before it starts afresh: memory stays flat however many articles pass. */
const MAX_LEMMAS = 16_384;
/** wink's lemmas by vocabulary id and tag (`id * LEMMA_KEY_TAGS + tag`). */
const LEMMAS = new Map<number, string>();
const LEMMA_KEY_TAGS = 32;

/**
 * wink's lemma of word i, whose vocabulary id is `id` and tag `tag`, kept by both. Outside contractions (whose parts
 * carry a lemma of their own: "'s" is "be" or "have"), wink finds a word's lemma from its vocabulary entry and its part
 * of speech alone, so the same id and tag always give the same lemma; each tag has its own code (`POS_CODES`).
 */
function lemmaOf(id: number, tag: PosCode, words: Tokens, i: number): string {
  const key = id * LEMMA_KEY_TAGS + tag;
  const known = LEMMAS.get(key);
  if (known !== undefined) return known;
  const lemma = winkLemma(words, i);
  if (LEMMAS.size >= MAX_LEMMAS) LEMMAS.clear();
  LEMMAS.set(key, lemma);
  return lemma;
}

/**
 * wink's tokeniser takes time quadratic in the length of a run without spaces (a 64 KB word
 * takes seconds, a 1 MB one would hang): a run longer than any word (a hash, a URL, binary
 * junk) is blanked, so the pass stays linear.
 */
const MAX_RUN = 64;

/** What wink reads: `text` with the skipped tokens and over-long runs turned to spaces (same length, same offsets). */
function winkInput(text: string, tokens: readonly Token[], skip: Uint8Array | undefined): string {
  const bounded = withoutLongRuns(text);
  return skip ? blankTokens(bounded, tokens, skip) : bounded;
}

/** Whether the character code `c` counts in a run (above the space, save the no-break space). */
function inRun(c: number): boolean {
  return c > 32 && c !== 0xa0;
}

/**
 * Whether `text` holds a run longer than `MAX_RUN`. Such a run covers `MAX_RUN + 1` positions in a row, one of them a
 * multiple of `MAX_RUN + 1`: only the characters there are read, and a run is measured only around one of them (a
 * pattern such as `[^\0- \u00a0]{65}` tries every position and read each word's characters again from each of them).
 */
export function hasLongRun(text: string): boolean {
  const step = MAX_RUN + 1;
  for (let i = MAX_RUN; i < text.length; i += step) {
    if (!inRun(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && end - start <= MAX_RUN && inRun(text.charCodeAt(end))) end++;
    if (end - start > MAX_RUN) return true;
  }
  return false;
}

/** One pass over the text's characters: a run is measured whole before it is kept or blanked. */
function withoutLongRuns(text: string): string {
  // Most texts have no run so long: `hasLongRun` reads a 65th of their characters to tell so.
  if (!hasLongRun(text)) return text;
  const parts: string[] = [];
  let from = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (inRun(c)) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart > MAX_RUN) {
        parts.push(text.slice(from, runStart), ' '.repeat(i - runStart));
        from = i;
      }
      runStart = -1;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** `text` with each stretch of skipped tokens (a quote's words and the marks between them) turned to spaces. */
function blankTokens(text: string, tokens: readonly Token[], skip: Uint8Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (!skip[t]) continue;
    const start = (tokens[t] as Token).start;
    while (t + 1 < tokens.length && skip[t + 1]) t++;
    const end = (tokens[t] as Token).end;
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** A word that may stand inside a noun phrase before its head: "the regional water authority", "its chief engineer". */
export function isNounPhraseWord(tag: number): boolean {
  return tag === Pos.DET || tag === Pos.ADJ || tag === Pos.NOUN || tag === Pos.PROPN || tag === Pos.NUM;
}

export function isNominal(tag: number): boolean {
  return tag === Pos.NOUN || tag === Pos.PROPN;
}
