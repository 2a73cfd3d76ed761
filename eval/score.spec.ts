import type { ExtractedClaim } from '@factdesk/extraction';
import type { ResolvedClaim } from './corpus';
import { align, nameMiss, sameName, sidesOf, type Alignment } from './score';

describe('eval scorer', () => {
  describe('sameName', () => {
    it('ignores case, accents, apostrophes, punctuation and a leading "the"', () => {
      expect(sameName('Port Asker Tenants’ Association', ["the port asker tenants' association"])).toBe(true);
      expect(sameName('Mariam Olu', ['MARIAM  OLÚ'])).toBe(true);
    });

    it('counts a surname only when the annotation lists it as an alias', () => {
      expect(sameName('Ana Ruiz', ['Ruiz'])).toBe(false);
      expect(sameName('Ana Ruiz', ['Ruiz'], { 'Ana Ruiz': ['Ruiz'] })).toBe(true);
      expect(sameName('Ana Ruiz', ['Mayor Ana Ruiz'])).toBe(false);
    });

    it('matches organisations by their words in any order, not people', () => {
      expect(sameName('Ministry of Health', ['Health Ministry'], {}, true)).toBe(true);
      expect(sameName('Ministry of Health', ['Health'], {}, true)).toBe(false);
      expect(sameName('Ana Ruiz', ['Ruiz Ana'])).toBe(false);
    });

    it('null is right only when nothing was given', () => {
      expect(sameName(null, [null, undefined])).toBe(true);
      expect(sameName(null, ['Reuters'])).toBe(false);
      expect(sameName('Reuters', [null])).toBe(false);
    });
  });

  describe('nameMiss', () => {
    it('tells a missing name from an extra one and from another one', () => {
      expect(nameMiss('Tallyo', null)).toBe('none');
      expect(nameMiss('Tallyo', '  ')).toBe('none');
      expect(nameMiss(null, 'Tallyo')).toBe('extra');
      expect(nameMiss('Tallyo', 'Reuters')).toBe('other');
    });
  });

  describe('sidesOf', () => {
    const aligned = (id: string, attribution: Partial<ExtractedClaim['attribution']>): Alignment =>
      ({
        claim: { id } as ResolvedClaim,
        engine: [{ attribution: { speaker: null, organisation: null, role: null, source: null, ...attribution } } as ExtractedClaim],
        found: true,
        exact: true,
      }) as Alignment;

    it('tells a side the engine gave no source from one source on both sides and from two sources', () => {
      const police = aligned('c1', { organisation: 'Tarn Police' });
      expect(sidesOf([['c1'], ['c2']], [police, aligned('c2', {})])).toBe('unattributed');
      expect(sidesOf([['c1'], ['c2']], [police, aligned('c2', { role: 'witnesses' })])).toBe('two sources');
      expect(sidesOf([['c1'], ['c2']], [police, aligned('c2', { organisation: 'the Tarn police' })])).toBe('one source');
    });
  });

  describe('align', () => {
    const text = 'DATELINE - Prices rose by 4 percent. Wages fell.';
    const annotated = (span: string): ResolvedClaim => {
      const start = text.indexOf(span);
      return { id: 'c1', span, start, end: start + span.length, checkWorthy: true, speaker: null, organisation: null, outlet: null };
    };
    const engine = (start: number, end: number, index = 0) => ({ index, start, end, text: text.slice(start, end) }) as ExtractedClaim;

    it('is exact when the claims cover every letter of the span and none outside it', () => {
      const a = align(text, annotated('Prices rose by 4 percent.'), [engine(11, 26), engine(26, 36, 1)]);
      expect([a.found, a.exact, a.engine.length]).toEqual([true, true, 2]);
    });

    it('is found but not exact when a dateline or the next sentence is inside the claim', () => {
      expect(align(text, annotated('Prices rose by 4 percent.'), [engine(0, 36)])).toMatchObject({ found: true, exact: false });
      expect(align(text, annotated('Prices rose by 4 percent.'), [engine(11, 48)])).toMatchObject({ found: true, exact: false });
    });

    it('is not found when less than half of the span is covered', () => {
      expect(align(text, annotated('Prices rose by 4 percent.'), [engine(11, 17)])).toMatchObject({ found: false, exact: false });
    });
  });
});
