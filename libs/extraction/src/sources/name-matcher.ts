import { NO_WORD_ID } from '../word-ids';
import { nameWordsOfText, type NameWord } from './name-words';

/** A longest match of a known name: words[startWord, endWord) of the scanned text. */
export interface NameMatch<T> {
  startWord: number;
  endWord: number;
  payload: T;
}

interface AliasEntry<T> {
  payload: T;
  /** Bit i set: word i of the alias is an acronym and must be written in capitals ("UN", not "un"). */
  acronymMask: number;
  /** The alias itself starts lower case ("dpa"), so the text may too. */
  lowerStart: boolean;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  entries: AliasEntry<T>[] | null;
}

/** Aliases longer than this many words are not indexed (bit mask width, and no real name is that long). */
const MAX_ALIAS_WORDS = 30;

/**
 * A word trie of aliases. Finds, at each word of a text, the longest alias
 * that starts there, so the cost is the number of words times the length of
 * the longest alias that shares a prefix with the text, never more.
 *
 * Case rules: a match must start with a capital ("Chilean Army", never "the
 * syrian army") unless the alias starts lower case; acronym words must be in
 * capitals ("WHO" is the World Health Organization, "who" is not). A match
 * never runs across punctuation (`NameWord.breakBefore`).
 */
export class NameMatcher<T> {
  private readonly root: TrieNode<T> = { next: null, entries: null };
  /**
   * The root's children by their key's word id (word-ids.ts), for keys that have one; `root.next` holds the others. Most
   * words of a text open no alias: one array read rules each out, where a Map lookup by its key probed a hash table.
   * A key's id is given once for the life of the process, so an alias's first word and the same word in a text agree.
   */
  private readonly rootById: Array<TrieNode<T> | undefined> = [];
  private maxWords = 0;

  /** Adds an alias; returns false when it has no words. Entries added first win ties. */
  add(alias: string, payload: T): boolean {
    const words = nameWordsOfText(alias);
    const first = words[0] && words[0].key === 'the' && words.length > 1 ? 1 : 0;
    const count = words.length - first;
    if (count <= 0 || count > MAX_ALIAS_WORDS) return false;
    let node = this.root;
    let acronymMask = 0;
    for (let i = first; i < words.length; i++) {
      const word = words[i] as NameWord;
      if (word.acronym) acronymMask |= 1 << (i - first);
      if (i === first && word.keyId !== NO_WORD_ID) {
        node = this.rootChild(word.keyId);
        continue;
      }
      node.next ??= new Map();
      let child = node.next.get(word.key);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(word.key, child);
      }
      node = child;
    }
    const lowerStart = !(words[first] as NameWord).upper;
    node.entries ??= [];
    if (!node.entries.some((entry) => entry.payload === payload)) node.entries.push({ payload, acronymMask, lowerStart });
    this.maxWords = Math.max(this.maxWords, count);
    return true;
  }

  /** The root's child for a first word's key id, made when missing. */
  private rootChild(keyId: number): TrieNode<T> {
    while (this.rootById.length <= keyId) this.rootById.push(undefined);
    let child = this.rootById[keyId];
    if (!child) {
      child = { next: null, entries: null };
      this.rootById[keyId] = child;
    }
    return child;
  }

  /** The longest alias starting at words[i] and ending before words[limit], or null. */
  matchAt(words: readonly NameWord[], i: number, limit: number = words.length): NameMatch<T> | null {
    const first = words[i];
    if (!first) return null;
    let node: TrieNode<T> | undefined = this.root;
    let best: NameMatch<T> | null = null;
    const end = Math.min(limit, i + this.maxWords);
    for (let j = i; j < end; j++) {
      const word = words[j] as NameWord;
      if (j > i && word.breakBefore) break;
      node = j === i && word.keyId !== NO_WORD_ID ? this.rootById[word.keyId] : node.next?.get(word.key);
      if (!node) break;
      if (node.entries) {
        const entry = pickEntry(node.entries, words, i);
        if (entry) best = { startWord: i, endWord: j + 1, payload: entry.payload };
      }
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right, in words[from, to). */
  scan(words: readonly NameWord[], from = 0, to: number = words.length): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const match = this.matchAt(words, i, to);
      if (match) {
        matches.push(match);
        i = match.endWord;
      } else {
        i++;
      }
    }
    return matches;
  }
}

function pickEntry<T>(entries: readonly AliasEntry<T>[], words: readonly NameWord[], start: number): AliasEntry<T> | null {
  const first = words[start] as NameWord;
  for (const entry of entries) {
    if (!first.upper && !entry.lowerStart) continue;
    if (entry.acronymMask !== 0 && !acronymsMatch(entry.acronymMask, words, start)) continue;
    return entry;
  }
  return null;
}

function acronymsMatch(mask: number, words: readonly NameWord[], start: number): boolean {
  for (let bit = 0; mask >> bit !== 0; bit++) {
    if ((mask >> bit) & 1 && !(words[start + bit] as NameWord).acronym) return false;
  }
  return true;
}
