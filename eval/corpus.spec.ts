import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFLICT_KINDS, CorpusError, HALVES, loadCorpus, loadHalf, PATTERNS } from './corpus';

/**
 * The annotated corpus must stay usable: a broken annotation (bad JSON, a span that is
 * not in its text or is ambiguous, a duplicate id, a reference to no claim) fails here,
 * not silently in the scores.
 */
describe('the annotated evaluation corpus', () => {
  const corpus = loadCorpus();

  it('parses every annotation, finds every span in its text and resolves every reference', () => {
    for (const { texts } of corpus) {
      for (const text of texts) {
        for (const claim of text.claims) expect(text.text.slice(claim.start, claim.end)).toBe(claim.span);
      }
    }
    expect(corpus.map(({ half }) => half)).toEqual([...HALVES]);
  });

  it('holds at least 300 claims, half of the texts in each half', () => {
    const claims = corpus.map(({ texts }) => texts.reduce((sum, text) => sum + text.claims.length, 0));
    expect(claims[0]! + claims[1]!).toBeGreaterThanOrEqual(300);
    for (const { texts } of corpus) expect(texts.length).toBeGreaterThanOrEqual(6);
  });

  it('covers every failure pattern, both conflict kinds, must-not conflicts and matching pairs in both halves', () => {
    for (const { half, texts, matching } of corpus) {
      const patterns = new Set(texts.flatMap((text) => text.claims.flatMap((claim) => claim.patterns ?? [])));
      expect([half, [...patterns].sort()]).toEqual([half, Object.keys(PATTERNS).sort()]);
      const kinds = new Set(texts.flatMap((text) => text.annotation.conflicts.map((conflict) => conflict.kind)));
      expect([half, [...kinds].sort()]).toEqual([half, [...CONFLICT_KINDS].sort()]);
      expect(texts.some((text) => text.annotation.notConflicts.length > 0)).toBe(true);
      expect(matching.pairs.length).toBeGreaterThan(0);
      expect(matching.nonPairs.length).toBeGreaterThan(0);
      expect(texts.some((text) => text.file.endsWith('.html'))).toBe(true);
    }
  });

  describe('a broken annotation is an error naming its file', () => {
    let root: string;
    const write = (name: string, content: string) => writeFileSync(join(root, 'tune', name), content);
    const annotation = (claims: object[], extra: object = {}) =>
      JSON.stringify({ text: 'a.txt', shape: 'wire', claims, conflicts: [], notConflicts: [], ...extra });
    const claim = (id: string, span: string, extra: object = {}) => ({
      id,
      span,
      checkWorthy: true,
      speaker: null,
      organisation: null,
      outlet: null,
      ...extra,
    });

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
      mkdirSync(join(root, 'tune'));
      write('a.txt', 'Prices rose. Prices rose. Wages fell by 2 percent.');
      write('matching.json', JSON.stringify({ pairs: [], nonPairs: [] }));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const failure = (): CorpusError => {
      try {
        loadHalf(root, 'tune');
      } catch (error) {
        if (error instanceof CorpusError) return error;
        throw error;
      }
      throw new Error('no error');
    };

    it('accepts a valid file, an ambiguous span with its occurrence included', () => {
      write('a.json', annotation([claim('c1', 'Prices rose.', { occurrence: 1 }), claim('c2', 'Wages fell by 2 percent.')]));
      const [text] = loadHalf(root, 'tune').texts;
      expect(text!.claims.map((c) => c.start)).toEqual([13, 26]);
    });

    it.each([
      ['invalid JSON', '{ "text": ', /not valid JSON/],
      ['a span not in the text', annotation([claim('c1', 'Prices fell.')]), /c1: span not found/],
      ['an ambiguous span', annotation([claim('c1', 'Prices rose.')]), /occurs 2 times/],
      ['a duplicate id', annotation([claim('c1', 'Wages fell'), claim('c1', 'Prices rose.', { occurrence: 0 })]), /used twice/],
      ['a missing field', annotation([{ id: 'c1', span: 'Wages fell' }]), /checkWorthy must be present/],
      ['an unknown pattern', annotation([claim('c1', 'Wages fell', { patterns: ['xyz'] })]), /patterns\[0\] must be one of/],
      [
        'a conflict naming no claim',
        annotation([claim('c1', 'Wages fell')], { conflicts: [{ id: 'k1', kind: 'figures', sides: [['c1'], ['c9']], note: 'x' }] }),
        /conflict k1: no claim c9/,
      ],
    ])('refuses %s', (_label, content, message) => {
      write('a.json', content);
      const error = failure();
      expect(error.message).toMatch(message);
      expect(error.file).toMatch(/a\.json$/);
    });

    it('refuses a matching pair naming no claim', () => {
      write('a.json', annotation([claim('c1', 'Wages fell')]));
      write('matching.json', JSON.stringify({ pairs: [{ a: 'a#c1', b: 'b#c1' }], nonPairs: [] }));
      expect(failure().message).toMatch(/matching\.json: "b#c1" names no claim/);
    });
  });
});
