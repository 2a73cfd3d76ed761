// Fuzzing the engine: no input may make `extract` or `htmlToArticleText` throw (nor the checks and
// signatures the API runs around them), and every offset must point into the text it is given for.
// Deterministic (a seeded PRNG); a few seconds by default. A larger run:
// FUZZ_SCALE=20 npx jest libs/extraction/src/extract.fuzz.spec.ts (FUZZ_SEED picks another seed).
// Failures are shrunk to a short input to turn into a unit test beside the code at fault.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract, type ExtractOptions } from './extract';
import { unwrapHardLines } from './hard-wraps';
import { htmlToArticleText } from './html/html-to-article-text';
import { signArticleClaims } from './matching/signature';
import { findUnstorableText, nonTextReason } from './text-quality';

const SCALE = Math.max(0.1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const EVERY_CUT = process.env.FUZZ_EVERY_CUT === '1';
const SEED = Number(process.env.FUZZ_SEED ?? 20261204) >>> 0;

/** mulberry32: small, fast, good enough to pick cut points and splices. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURE = resolve(__dirname, '../../../../shared/fixtures/aleppo-2016-12.txt');
const CORPUS = resolve(__dirname, '../../../eval/corpus');

/** The fixture and every corpus text as stored (HTML ones as HTML). */
function sourceTexts(): string[] {
  const texts = [readFileSync(FIXTURE, 'utf8')];
  for (const half of ['tune', 'test']) {
    const dir = join(CORPUS, half);
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt') || name.endsWith('.html')) texts.push(readFileSync(join(dir, name), 'utf8'));
    }
  }
  return texts;
}

/** Characters that have broken text code elsewhere: invisible, direction, combining, case-changing, astral, lone surrogates, controls. */
const ODD = (
  '\u200b|\u200c|\u200d|\ufeff|\u200e|\u200f|\u202e|\u2066|\u2069|\u0301|\u0308|\u0000|\ud800|\udc00|' +
  '\ud83d|😀|👩‍👩‍👧|🇺🇦|\u2028|\u2029|\r|\r\n|\t|\v|\f|\u00a0|\u3000|ﬁ|İ|ß|ΐ|Σ|Ｑ：|。|«|»|„|‚|‹|›|「|」|' +
  '\u05d0|\u0627|\ufffd|\u0085|\u001b'
).split('|');
const PUNCTUATION = '.,;:!?"\'“”‘’«»()[]{}-–—…/\\*&%$#@+=<>|~^_`';
/** Words the engine reacts to: speech verbs, labels, titles, invented names, figures, quote marks. */
const SOUP = (
  'said|says|told|added|according to|as quoted by|reported by|a spokeswoman for|the ministry|it said|' +
  'she said|he|Q:|A:|Q.|A –|VOSS:|Mara Voss:|Dr.|Mr.|Minister|President|Mara|Voss|Tobias Lind|van|de|' +
  'of|the|Ministry of Transport|Agency|Inc.|news agency|in an interview with|on Monday|12|3.5|1,200|' +
  '$3bn|40%|5 km|half|two-thirds|between|and|one in five|Dec. 7|2016|21st|"|“|”|‘|’|\'|,|.|:|;|?|!|—|-|' +
  '(|)|[00:04:12]|OSLO, Dec 2 (Wire) -|\n|\n\n| |denied|a lie|refuted|put inflation at|found that|' +
  'would say|must report|who|which'
).split('|');
const HTML_BITS = (
  '<p>|</p>|<div>|</div>|<article>|</article>|<h1>|</h1>|<br>|<br/>|<script>|</script>|<style>|' +
  '</style>|<!--|-->|<![CDATA[|]]>|&amp;|&#x0;|&#xD800;|&#55296;|&nbsp;|&bogus;|&|<|>|<title>|</title>|' +
  '<meta property="og:title" content="|">|<a href="|<li>|<ul>|<table><tr><td>|<nav>|<footer>|<aside>|' +
  '<figure>|<noscript>|<iframe>|<!doctype html>|<html>|<body>|<?xml ?>'
).split('|');

interface Input {
  kind: string;
  text: string;
  options?: ExtractOptions;
}

function generateInputs(scale: number, seed: number): Input[] {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const count = (n: number): number => Math.max(1, Math.round(n * scale));
  const texts = sourceTexts();
  const inputs: Input[] = [];
  // A tenth of the inputs with odd options: tiny sentence limits, a language given.
  const add = (kind: string, text: string): number =>
    inputs.push(
      random() < 0.1
        ? { kind, text, options: { maxSentenceLength: pick([1, 2, 7, 40, 300]), language: pick([null, 'de', 'en']) } }
        : { kind, text },
    );

  // Truncations: where a text ends matters most (a name, a cue, a label, an opening quote as the last thing).
  for (const text of texts) {
    const cuts: number[] = [];
    for (const match of text.matchAll(/[\p{L}\p{N}](?=[^\p{L}\p{N}]|$)|[:“"‘'([—-]|\n/gu)) cuts.push(match.index! + match[0].length);
    // FUZZ_EVERY_CUT=1: a short window ending at every cut point of every text as well (tens of thousands of inputs).
    if (EVERY_CUT) for (const cut of cuts) add('every-cut', text.slice(Math.max(0, cut - 150), cut));
    const n = Math.min(cuts.length, count(text.length > 2000 ? 8 : 2));
    for (let i = 0; i < n; i++) {
      const cut = pick(cuts);
      // Mostly a window ending at the cut (cheap); sometimes the whole prefix, or the suffix from it.
      const r = random();
      if (r < 0.7) add('window', text.slice(Math.max(0, cut - 20 - int(400)), cut));
      else if (r < 0.85) add('prefix', text.slice(0, cut));
      else add('suffix', text.slice(cut - 1 - int(2), cut + 300 + int(300)));
    }
  }
  // Splices of sentences from different texts, with odd joints.
  const pieces = texts.flatMap((text) => text.split(/(?<=[.!?”"])\s+|\n+/)).filter((piece) => piece.length > 0);
  const joints = [' ', '\n', '\n\n', '', ' "', ': ', '“', ' — ', '\t'];
  for (let i = 0; i < count(120); i++) {
    let text = '';
    for (let k = 1 + int(6); k > 0; k--) text += pick(pieces) + pick(joints);
    add('splice', random() < 0.5 ? text.slice(0, int(text.length + 1)) : text);
  }
  // Word soup: the engine's cue words in random order, ending anywhere.
  for (let i = 0; i < count(250); i++) {
    let text = '';
    for (let k = 1 + int(25); k > 0; k--) text += pick(SOUP) + (random() < 0.7 ? ' ' : '');
    add('soup', text);
  }
  // Interview transcripts: labelled turns, cut anywhere (after a label, inside a quote).
  const labels = ['Q:', 'A:', 'Q.', 'A –', 'VOSS:', 'Mara Voss:', '[00:04:12] LIND:', 'Interviewer:', 'LIND :', 'Q :'];
  for (let i = 0; i < count(100); i++) {
    let text = '';
    for (let turn = 1 + int(5); turn > 0; turn--) {
      text += `${pick(labels)} `;
      for (let k = int(10); k > 0; k--) text += `${pick(SOUP)} `;
      text += pick(['\n', '\n\n', ' ']);
    }
    add('interview', text.slice(0, text.length - int(Math.min(text.length, 30))));
  }
  // Mutations: a window of a text with odd characters inserted, characters deleted or replaced.
  for (let i = 0; i < count(100); i++) {
    const text = pick(texts);
    const from = int(text.length);
    let window = text.slice(from, from + 40 + int(500));
    for (let k = 1 + int(8); k > 0; k--) {
      const at = int(window.length + 1);
      const what = random();
      const odd = random() < 0.7 ? pick(ODD) : pick([...PUNCTUATION]);
      if (what < 0.5) window = window.slice(0, at) + odd + window.slice(at);
      else if (what < 0.75) window = window.slice(0, at) + window.slice(at + 1 + int(5));
      else window = window.slice(0, at) + odd + window.slice(at + 1);
    }
    add('mutation', window);
  }
  // Odd characters alone and among soup words.
  for (let i = 0; i < count(50); i++) {
    let text = '';
    for (let k = 1 + int(30); k > 0; k--) text += random() < 0.5 ? pick(ODD) : pick(SOUP);
    add('unicode', text);
  }
  // Only punctuation, only numbers, whitespace.
  for (let i = 0; i < count(40); i++) {
    let text = '';
    for (let k = 1 + int(60); k > 0; k--) text += PUNCTUATION[int(PUNCTUATION.length)]! + (random() < 0.2 ? ' ' : '');
    add('punctuation', text);
  }
  for (let i = 0; i < count(40); i++) {
    let text = '';
    for (let k = 1 + int(40); k > 0; k--) text += pick(['0', '1', '7', '12', '1,000', '3.5', '2016', '%', '-', ' ', '.', '\n', '1/2']);
    add('numbers', text);
  }
  for (const text of ['', ' ', '\n', '\n\n\n', '\t \r\n', '\u00a0', '\u200b', '\ufeff', '\u0000', '.', ':', '"', '“', 'Q:', 'A:', '<p>'])
    add('tiny', text);
  // Long tokens and long repeats (bounded so the default run stays quick).
  const long = Math.min(60_000, count(3_000));
  for (const unit of [
    'a',
    'A',
    '7',
    '.',
    '"',
    '“',
    ' ',
    '\n',
    '-',
    'é',
    '\u0301',
    '😀',
    'Q: ',
    'said ',
    'Mara ',
    'Voss, ',
    '<p>',
    '&amp;',
  ]) {
    add('long', unit.repeat(Math.ceil(long / unit.length)));
  }
  add('long', `Mara Voss said ${'x'.repeat(long)}`);
  add('long', `"${'word '.repeat(long / 5)}`);
  // HTML fragments: tags and entities around text pieces, closed or not.
  for (let i = 0; i < count(80); i++) {
    let text = random() < 0.3 ? '<p><div><article>' : '';
    for (let k = 1 + int(20); k > 0; k--) text += random() < 0.5 ? pick(HTML_BITS) : random() < 0.5 ? pick(pieces) : pick(SOUP);
    add('html', random() < 0.3 ? text.slice(0, int(text.length + 1)) : text);
  }
  return inputs;
}

/** The first problem with the engine's answer to `input`, or null. Throws what the engine throws. */
function problemWith(input: string, options?: ExtractOptions): string | null {
  const article = htmlToArticleText(input);
  if (typeof article.text !== 'string' || (article.title !== null && typeof article.title !== 'string')) return 'html: bad result';
  // What the API runs around the engine: the body's checks before, the claims' signatures after.
  findUnstorableText(input, 'body');
  nonTextReason(input);
  const result = extract(input, options);
  if (signArticleClaims(result.claims.map((claim) => claim.text)).length !== result.claims.length) return 'signatures';
  const { text } = result;
  // Plain input comes back as it was, a hard-wrapped text's in-paragraph breaks as spaces: one character for one, so
  // every offset also points into what the user sent.
  if (!result.fromHtml && text !== unwrapHardLines(input)) return 'text is not the input (hard-wrapped lines joined)';
  if (!result.fromHtml && text.length !== input.length) return 'text is not as long as the input';
  const spanProblem = (what: string, span: { start: number; end: number; text?: string } | undefined): string | null => {
    if (!span) return null;
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      return `${what} offsets ${start}..${end} outside 0..${text.length}`;
    }
    if (span.text !== undefined && text.slice(start, end) !== span.text) return `${what} text differs from its slice`;
    return null;
  };
  for (const sentence of result.sentences) {
    const problem = spanProblem('sentence', sentence);
    if (problem) return problem;
  }
  for (const quote of result.quotes) {
    const problem = spanProblem('quote', quote);
    if (problem) return problem;
  }
  for (const entity of result.entities) {
    const problem = spanProblem('entity', entity);
    if (problem) return problem;
  }
  for (const claim of result.claims) {
    if (claim.end <= claim.start) return 'empty claim';
    if (!(claim.checkworthiness >= 0 && claim.checkworthiness <= 1)) return `score ${claim.checkworthiness}`;
    const problem =
      spanProblem('claim', claim) ??
      spanProblem('cue', claim.attribution.cue) ??
      spanProblem('outlet cue', claim.attribution.outletCue) ??
      claim.entities.map((entity) => spanProblem('claim entity', entity)).find(Boolean) ??
      claim.quantities.map((quantity) => spanProblem('quantity', quantity)).find(Boolean);
    if (problem) return problem;
  }
  for (const conflict of result.conflicts) {
    if (!Number.isFinite(conflict.score)) return 'conflict score';
  }
  return null;
}

/** What went wrong, as one comparable line: the error with its first frame, or the problem found. */
function outcome(input: string, options?: ExtractOptions): string | null {
  try {
    return problemWith(input, options);
  } catch (error) {
    const frame = (error as Error).stack?.split('\n').find((line) => line.includes(' at ')) ?? '';
    return `${(error as Error).name}: ${(error as Error).message} ${frame.trim().replace(/\(.*[\\/]/, '(')}`;
  }
}

/** Drops pieces of a failing input while it fails the same way (delta debugging, bounded). */
function shrink(input: string, failure: string, options?: ExtractOptions): string {
  let current = input;
  for (let chunk = Math.max(1, current.length >> 1); chunk >= 1; chunk >>= 1) {
    for (let at = 0; at < current.length;) {
      const candidate = current.slice(0, at) + current.slice(at + chunk);
      if (outcome(candidate, options) === failure) current = candidate;
      else at += chunk;
    }
  }
  return current;
}

describe('extract under fuzzing', () => {
  it('never throws and keeps every offset inside the text', () => {
    const inputs = generateInputs(SCALE, SEED);
    const failures = new Map<string, { kind: string; input: string; options?: ExtractOptions; count: number }>();
    const millis = new Map<string, number>();
    for (const { kind, text, options } of inputs) {
      const started = performance.now();
      const failure = outcome(text, options);
      millis.set(kind, (millis.get(kind) ?? 0) + performance.now() - started);
      if (failure === null) continue;
      const known = failures.get(failure);
      if (known) known.count++;
      else failures.set(failure, { kind, input: text, options, count: 1 });
    }
    const report = [...failures].map(([failure, { kind, input, options, count }]) => ({
      failure,
      count,
      kind,
      shrunk: JSON.stringify(input.length > 2000 ? input.slice(0, 2000) : shrink(input, failure, options)),
      options,
    }));
    if (process.env.FUZZ_SCALE || EVERY_CUT) {
      const times = [...millis].map(([kind, ms]) => `${kind} ${Math.round(ms)} ms`).join(', ');
      console.log(`fuzz: ${inputs.length} inputs (seed ${SEED}), ${report.length} distinct failures; ${times}`);
    }
    expect(report).toEqual([]);
  }, 600_000);
});
