import { boundedMemo } from '../bounded-memo';
import { codeAt, isApostrophe, isSpace, isUpperAt, isLowerAt, isLineBreak } from '../text-chars';
import { tokenize, type Token } from '../tokenizer';
import { wordIdOf, wordMemo } from '../word-ids';

/**
 * One word of a name as the matchers see it. Tokens are split at hyphens
 * ("Al-Karim" → "al", "karim"; "Norwegian-run" → "norwegian", "run") so that
 * "Al-Karim Front" and "al Karim Front" meet, and a possessive ending is
 * set aside ("Norway’s" → "norway") so that "Norway’s Defence Ministry" and
 * "Norway Defence Ministry" meet.
 */
export interface NameWord {
  /** Normalised form: see `normaliseNameWord`. */
  key: string;
  /** `key`'s word id (word-ids.ts), `NO_WORD_ID` when it has none: the name matcher reads its first word by it. */
  keyId: number;
  /** Offsets of the word in the text, without a possessive ending. */
  start: number;
  end: number;
  /** Index of the token the word comes from. */
  token: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Two or more letters, all upper case ("UN", "U.S", "TASS"). */
  acronym: boolean;
  /** Punctuation, a quote mark or a line break lies between this word and the one before: no name runs across it. */
  breakBefore: boolean;
  /** The word ended in 's or ’ ("Parliament’s"). */
  possessive: boolean;
}

/** British and American spellings that name the same thing. */
const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['programme', 'program'],
  ['labour', 'labor'],
  ['kiev', 'kyiv'],
]);

/**
 * A body's kind word in another language and the English noun news writes for it, diacritics dropped: "Liga Atlántica
 * de Baloncesto" is then "the league", "Institut für Agrarökologie" "the institute". Only words that are not also
 * English words or common surnames ("camera", "corte", "bond", "raad" stay as written).
 */
export const FOREIGN_KIND_WORDS: ReadonlyMap<string, string> = new Map([
  // Spanish, Portuguese, Italian, French
  ...pairs('league', 'liga lega ligue'),
  // ("Club" opens names in these languages as it is: "Club Deportivo X"; kept so that it opens them here too)
  ...pairs('club', 'club clube'),
  ...pairs('association', 'asociacion associacao associazione'),
  ...pairs('federation', 'federacion federacao federazione'),
  ...pairs('confederation', 'confederacion confederacao confederazione'),
  ...pairs('council', 'consejo conselho consiglio conseil ayuntamiento comune mairie gemeente kommune kommun'),
  ...pairs('commission', 'comision comissao commissione commissie'),
  ...pairs('committee', 'comite comitato'),
  ...pairs('institute', 'instituto istituto institut instituut'),
  ...pairs('university', 'universidad universidade universita universite universitat universiteit universitet'),
  ...pairs('ministry', 'ministerio ministero ministere ministerium ministerie ministeriet departementet'),
  ...pairs('agency', 'agencia agenzia agence'),
  ...pairs('union', 'sindicato sindacato syndicat gewerkschaft unione'),
  ...pairs('party', 'partido partito parti partei'),
  ...pairs('foundation', 'fundacion fundacao fondazione fondation stiftung stichting'),
  ...pairs('company', 'compania companhia compagnia compagnie sociedad sociedade societa societe empresa'),
  ...pairs('bank', 'banco banca banque'),
  ...pairs('police', 'policia polizia gendarmerie polizei politie'),
  ...pairs('center', 'centro zentrum'),
  ...pairs('hospital', 'ospedale hopital klinikum krankenhaus ziekenhuis'),
  ...pairs('court', 'tribunale juzgado gericht rechtbank'),
  ...pairs('group', 'grupo gruppo groupe'),
  ...pairs('authority', 'autoridad autoridade autorita autorite'),
  ...pairs('chamber', 'camara chambre kammer'),
  ...pairs('academy', 'academia accademia akademie'),
  ...pairs('observatory', 'observatorio osservatorio observatoire'),
  // German, Dutch
  ...pairs('association', 'verband verein vereniging'),
  ...pairs('society', 'gesellschaft'),
  ...pairs('office', 'bundesamt landesamt amt'),
]);

/** The English kind noun of a body's kind word in another language ("Liga" → "league"), else undefined. */
export function foreignKindOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  return FOREIGN_KIND_WORDS.get(hasNonAscii(lower) ? lower.normalize('NFD').replace(DIACRITICS, '') : lower);
}

function pairs(english: string, words: string): [string, string][] {
  return words.split(' ').map((word): [string, string] => [word, english]);
}

const DIACRITICS = /\p{M}+/gu;

/**
 * Lower case, curly apostrophes straightened, diacritics dropped ("Köhler" →
 * "kohler"), dots dropped ("U.S" → "us"), a possessive ending removed, and
 * defence/defense, centre/center … made one. Linear in the word's length.
 */
export function normaliseNameWord(raw: string): { key: string; possessive: boolean } {
  const lower = raw.toLowerCase();
  const possessive = possessiveSuffixLength(lower);
  return { key: keyOfLowerWord(lower, possessive), possessive: possessive > 0 };
}

/** A lower-case word's name key, the key's word id and the length of its possessive ending. */
interface NameKey {
  key: string;
  keyId: number;
  possessive: number;
}

function nameKeyOf(lower: string): NameKey {
  const possessive = possessiveSuffixLength(lower);
  const key = keyOfLowerWord(lower, possessive);
  return { key, keyId: wordIdOf(key), possessive };
}

/** `nameKeyOf` a whole token, by its id (word-ids.ts): every token of every article is split into name words. */
const nameKeyOfToken = wordMemo(nameKeyOf);

/** Length of a possessive ending ("'s", "’s", "'", "’") at the end of a lower-case word, or 0. */
function possessiveSuffixLength(lower: string): number {
  const n = lower.length;
  const last = codeAt(lower, n - 1);
  if (isApostrophe(last)) return n > 1 ? 1 : 0;
  if (last === 0x73 && n > 2 && isApostrophe(codeAt(lower, n - 2))) return 2; // 's
  return 0;
}

function keyOfLowerWord(lower: string, possessive: number): string {
  let word = possessive > 0 ? lower.slice(0, lower.length - possessive) : lower;
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const c = codeAt(word, i);
    plain = c < 0x80 && c !== 0x2e;
  }
  if (!plain) {
    if (word.includes('’')) word = word.replaceAll('’', "'");
    if (word.includes('.')) word = word.replaceAll('.', '');
    if (hasNonAscii(word)) word = word.normalize('NFD').replace(DIACRITICS, '').replaceAll('ß', 'ss');
  }
  return SPELLING_VARIANTS.get(word) ?? FOREIGN_KIND_WORDS.get(word) ?? word;
}

/** Splits tokens into name words; `tokens` must come from `tokenize(text)`. */
export function nameWordsOf(text: string, tokens: readonly Token[]): NameWord[] {
  const words: NameWord[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const breakBefore = t === 0 || isBreakBetween(text, tokens[t - 1] as Token, token);
    // token.lower lines up with the text unless lower-casing changed its length (rare: "İ").
    const aligned = token.lower.length === token.end - token.start;
    let partStart = token.start;
    for (let p = token.start; p <= token.end; p++) {
      if (p < token.end && !isHyphen(codeAt(text, p))) continue;
      if (p > partStart) {
        // Most tokens are one part: their key is the token's own, read by its id (no slice, no lookup by string).
        const whole = partStart === token.start && p === token.end;
        const key = aligned
          ? whole
            ? nameKeyOfToken(token)
            : nameKeyOf(token.lower.slice(partStart - token.start, p - token.start))
          : nameKeyOf(text.slice(partStart, p).toLowerCase());
        pushWord(text, words, key, partStart, p, t, partStart === token.start && breakBefore);
      }
      partStart = p + 1;
    }
  }
  return words;
}

/** Name words of a short string (a name to resolve, an alias). */
export function nameWordsOfText(text: string): NameWord[] {
  return nameWordsOf(text, tokenize(text));
}

/** The normalised key of a whole name: its words' keys joined by spaces, without a leading "the". */
export const normaliseName = boundedMemo((name: string): string => {
  const words = nameWordsOfText(name);
  const first = words[0] && words[0].key === 'the' ? 1 : 0;
  let key = '';
  for (let i = first; i < words.length; i++) key += (i > first ? ' ' : '') + (words[i] as NameWord).key;
  return key;
});

function pushWord(
  text: string,
  words: NameWord[],
  { key, keyId, possessive }: NameKey,
  start: number,
  end: number,
  token: number,
  breakBefore: boolean,
): void {
  if (key.length === 0) return;
  const wordEnd = end - possessive;
  const upper = isUpperAt(text, start);
  words.push({
    key,
    keyId,
    start,
    end: wordEnd,
    token,
    upper,
    acronym: upper && isAcronym(text, start, wordEnd),
    breakBefore,
    possessive: possessive > 0,
  });
}

/**
 * Whether anything but spaces separates two tokens. A period right after an
 * initialism or a short abbreviation ("U.S. government", "St. Petersburg",
 * "Dr. Haddad") and a plural possessive apostrophe ("Chileans’ homes") do not count.
 */
export function isBreakBetween(text: string, previous: Token, next: Token): boolean {
  for (let p = previous.end; p < next.start; p++) {
    const c = codeAt(text, p);
    if (isLineBreak(c)) return true;
    if (isSpace(c)) continue;
    if (c === 0x2e && p === previous.end && isAbbreviationToken(previous)) continue;
    if ((c === 0x27 || c === 0x2019) && p === previous.end && previous.lower.endsWith('s')) continue;
    return true;
  }
  return false;
}

function isAbbreviationToken(token: Token): boolean {
  return token.text.includes('.') || (token.capitalised && token.text.length <= 3);
}

function isAcronym(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let p = start; p < end; p++) {
    const c = codeAt(text, p);
    if (c === 0x2e) continue;
    if (isLowerAt(text, p)) return false;
    if (isUpperAt(text, p)) letters++;
  }
  return letters >= 2;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (codeAt(word, i) > 0x7f) return true;
  return false;
}
