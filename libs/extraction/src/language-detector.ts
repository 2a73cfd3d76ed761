import { isWordChar, lowerCaseAligned } from './text-chars';

// Stop-word voting: the commonest function words of each language are nearly
// disjoint, so counting them in the first few thousand characters tells the
// languages apart well enough to flag non-English text (the heuristics are
// English-only). Returns null rather than guess.

const STOP_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as by are be has have had were from this which not but',
  de: 'der die das und ist nicht mit sich des dem den ein eine auf für von zu im auch wird sind wurde nach bei',
  fr: 'le la les et des est une dans pour que qui pas sur au du avec sont ce plus par cette été aux',
  es: 'el la los las y de que en un una es por con para del se no al lo como más pero fue ha',
  it: 'il di che la è e per un una non con del della sono gli le si da al anche nel più alla',
  nl: 'de het een en van is dat op te in voor niet met zijn er aan ook bij door werd naar',
  pt: 'o a os as e de que em um uma é do da para com não no na por mais foi se dos',
  ru: 'и в не на что с по как это он она они к но за из от у же был была были все так',
};

const SAMPLE_LENGTH = 10_000;
const MIN_HITS = 5;
/** The winner needs this many times the runner-up's votes. */
const MARGIN = 1.5;

const LOOKUP = new Map<string, string[]>();
let MAX_STOP_WORD_LENGTH = 0;
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words.split(' ')) {
    MAX_STOP_WORD_LENGTH = Math.max(MAX_STOP_WORD_LENGTH, word.length);
    const languages = LOOKUP.get(word);
    if (languages) languages.push(language);
    else LOOKUP.set(word, [language]);
  }
}

/** The stop words by a hash of their characters: a word of the text is looked up without slicing it out. */
const BY_HASH = new Map<number, Array<{ word: string; languages: string[] }>>();
for (const [word, languages] of LOOKUP) {
  const hash = hashOf(word, 0, word.length);
  const bucket = BY_HASH.get(hash);
  if (bucket) bucket.push({ word, languages });
  else BY_HASH.set(hash, [{ word, languages }]);
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let p = start; p < end; p++) hash = Math.imul(hash ^ text.charCodeAt(p), 0x01000193);
  return hash;
}

/** LOOKUP.get(text.slice(start, end)). */
function stopWordLanguages(text: string, start: number, end: number): string[] | undefined {
  const bucket = BY_HASH.get(hashOf(text, start, end));
  if (!bucket) return undefined;
  for (const { word, languages } of bucket) if (word.length === end - start && text.startsWith(word, start)) return languages;
  return undefined;
}

/**
 * Scripts that belong to one language (or one the engine may name for it): a text
 * written mostly in one of them is in that language, with no stop words to count.
 * Kana before Han, so Japanese (which mixes both) is not taken for Chinese.
 */
const SCRIPTS: ReadonlyArray<{ language: string; ranges: ReadonlyArray<readonly [number, number]> }> = [
  { language: 'ja', ranges: [[0x3040, 0x30ff]] },
  {
    language: 'ko',
    ranges: [
      [0xac00, 0xd7af],
      [0x1100, 0x11ff],
    ],
  },
  {
    language: 'zh',
    ranges: [
      [0x4e00, 0x9fff],
      [0x3400, 0x4dbf],
    ],
  },
  {
    language: 'ar',
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
    ],
  },
  { language: 'he', ranges: [[0x0590, 0x05ff]] },
  { language: 'el', ranges: [[0x0370, 0x03ff]] },
  { language: 'hi', ranges: [[0x0900, 0x097f]] },
  { language: 'th', ranges: [[0x0e00, 0x0e7f]] },
];
/** Share of the letters a script needs to name the language (Japanese: of kana, a smaller share, since kanji are Han). */
const SCRIPT_SHARE = 0.5;
const KANA_SHARE = 0.1;

/** The language of a text written mostly in a script of its own (Arabic, Chinese, Greek…), or null: from its letters by script. */
function languageOfScript(counts: readonly number[], letters: number): string | null {
  if (letters < MIN_HITS * 4) return null;
  if (counts[0]! / letters >= KANA_SHARE) return 'ja';
  const best = counts.reduce((top, count, index) => (count > counts[top]! ? index : top), 1);
  return counts[best]! / letters >= SCRIPT_SHARE ? SCRIPTS[best]!.language : null;
}

/**
 * ISO 639-1 code of the text's language (en, de, fr, es, it, nl, pt, ru by their stop
 * words; ja, ko, zh, ar, he, el, hi, th by their script), or null when unsure.
 */
export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  // An article's lower case is the tokeniser's, made once.
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH).toLowerCase() : (lowerCaseAligned(text) ?? text.toLowerCase());
  // One pass over the words counts both the letters of each script and the stop words' votes.
  const scripts = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  const votes = new Map<string, number>();
  const n = sample.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (; i < n; i++) {
      const c = sample.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c >= 48 && c <= 57) continue;
      letters++;
      if (c < 0x0370) continue; // Latin: no script of its own here
      const index = SCRIPTS.findIndex(({ ranges }) => ranges.some(([low, high]) => c >= low && c <= high));
      if (index >= 0) scripts[index]! += 1;
    }
    // Every stop word is short; skip the slice and lookup for longer words.
    if (i - start > MAX_STOP_WORD_LENGTH) continue;
    const languages = stopWordLanguages(sample, start, i);
    if (!languages) continue;
    // A word shared by several languages ("de", "la") is worth less to each.
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1 / languages.length);
  }
  const byScript = languageOfScript(scripts, letters);
  if (byScript) return byScript;
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [language, count] of votes) {
    if (count > first) {
      second = first;
      first = count;
      best = language;
    } else if (count > second) {
      second = count;
    }
  }
  if (first < MIN_HITS || first < second * MARGIN) return null;
  return best;
}
