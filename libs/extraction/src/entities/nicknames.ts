// Nicknames a text gives a person: "Jo Roe, known to fans as Sparky, …", "Roe, nicknamed the Owl, …".
import { lowerAt, type Token } from '../tokenizer';

/** Participles that give a name directly: "nicknamed the Owl", "dubbed Sparky". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['nicknamed', 'dubbed']);

/** "known to darts fans as", "known throughout the sport as": at most this many words between "known" and "as". */
const MAX_KNOWN_AS_GAP = 6;

/** How far back from the cue the person it names may be: "Jo Roe, who ran the ferry for 31 years and is known as …". */
const MAX_PERSON_REACH = 24;

/** Articles before a name that make it a modifier of a noun: "the Kessel ferry". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words before "known" that make it a perfect tense ("has known him as a friend"), not a name given. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve", 've', 'having']);

/** What a token holds for `nicknameIntroductions`: a person's name, another name, a relative "who", or nothing. */
export type NameKind = 'person' | 'other' | null;

/** A nickname and the token of the name of the person it is given to. */
export interface NicknameIntroduction {
  person: number;
  nickname: number;
}

/**
 * The token of the nickname that a cue at token `t` gives ("known … as Sparky", "nicknamed the Windmill", "better known
 * as Dekko"), or -1: one capitalised word, after an optional "the", with no capitalised name word after it (a longer
 * name is a team or a place, not a nickname), within tokens [t, end).
 */
export function nicknameAt(tokens: readonly Token[], t: number, end: number): number {
  const token = tokens[t] as Token;
  let as = -1;
  if (NAMING_PARTICIPLES.has(token.lower)) as = t;
  else if (token.lower === 'known' && !PERFECT_AUXILIARIES.has(lowerAt(tokens, t - 1))) {
    for (let u = t + 1; u < end && u <= t + MAX_KNOWN_AS_GAP + 1; u++) {
      if ((tokens[u - 1] as Token).breakAfter) break;
      if ((tokens[u] as Token).lower === 'as') {
        as = u;
        break;
      }
    }
  }
  if (as < 0) return -1;
  let n = as + 1;
  if (n < end && (tokens[n] as Token).lower === 'the' && !(tokens[as] as Token).breakAfter) n++;
  const nickname = tokens[n];
  if (n >= end || !nickname || !nickname.capitalised || nickname.numeric || !/^\p{Lu}\p{Ll}+$/u.test(nickname.text)) return -1;
  const next = tokens[n + 1];
  if (n + 1 < end && next && !nickname.breakAfter && next.capitalised) return -1;
  return n;
}

/**
 * Every nickname the sentences give a person, with the token of her name: the nearest name before the cue in its
 * sentence, which must be a person's (`kindAt`); another name is passed over only inside a relative clause on her
 * ("Jo Roe, who ran the Kessel ferry and is better known as Tosh"). One pass over the tokens; `first[s]` and `end[s]`
 * bound sentence s.
 */
export function nicknameIntroductions(
  tokens: readonly Token[],
  first: ArrayLike<number>,
  end: ArrayLike<number>,
  kindAt: (t: number) => NameKind,
): NicknameIntroduction[] {
  const found: NicknameIntroduction[] = [];
  for (let s = 0; s < first.length; s++) {
    const from = first[s] as number;
    const to = end[s] as number;
    for (let t = from + 1; t < to; t++) {
      const lower = (tokens[t] as Token).lower;
      if (lower !== 'known' && !NAMING_PARTICIPLES.has(lower)) continue;
      const nickname = nicknameAt(tokens, t, to);
      if (nickname < 0) continue;
      let other = false;
      let relative = false;
      for (let u = t - 1; u >= from && u >= t - MAX_PERSON_REACH; u--) {
        if ((tokens[u] as Token).lower === 'who') relative = true;
        const kind = kindAt(u);
        if (kind === 'other') other = true;
        if (kind !== 'person') continue;
        let start = u;
        while (start - 1 >= from && kindAt(start - 1) === 'person') start--;
        // ("the Kessel ferry": a name after an article modifies a noun, whatever the finder took it for)
        if (ARTICLES.has(lowerAt(tokens, start - 1))) {
          other = true;
          u = start;
          continue;
        }
        if (!other || relative) found.push({ person: u, nickname });
        break;
      }
    }
  }
  return found;
}
