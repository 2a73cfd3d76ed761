import { ClaimMatchIndex } from './claim-match-index';
import { CONFLICTING_PAIRS, REWORDED_PAIRS } from './matching-test-pairs';
import { computeSignature, deserializeSignature, serializeSignature, signatureBandKeys } from './signature';
import { claimSimilarity } from './similarity';
import { MATCH_SUGGEST_THRESHOLD } from './thresholds';

/** Claims that are none of the test pairs, so the index holds more than the claims being looked for. */
function fillerClaims(count: number): string[] {
  const places = ['Homs', 'Mosul', 'Sanaa', 'Kabul', 'Lagos', 'Kyiv', 'Lima', 'Quito', 'Dhaka', 'Juba'];
  const things = ['schools', 'hospitals', 'bridges', 'wells', 'clinics', 'roads', 'markets', 'shelters'];
  const verbs = ['were rebuilt', 'were damaged', 'reopened', 'were closed', 'were inspected'];
  return Array.from(
    { length: count },
    (_, i) =>
      `${(i * 7919) % 100_000} ${things[i % things.length]} ${verbs[(i >> 3) % verbs.length]} in ${places[(i >> 5) % places.length]} in ${1990 + (i % 30)}.`,
  );
}

function indexOf(texts: string[]): ClaimMatchIndex {
  const index = new ClaimMatchIndex();
  texts.forEach((text, i) => index.add(`c${i}`, computeSignature(text)));
  return index;
}

describe('ClaimMatchIndex', () => {
  const stored = REWORDED_PAIRS.map(([a]) => a);
  const index = indexOf([...stored, ...fillerClaims(600)]);

  it('counts what it stores', () => {
    expect(index.size).toBe(stored.length + 600);
    expect(index.has('c0')).toBe(true);
    expect(index.has('nope')).toBe(false);
  });

  it('finds the stored original of nearly every reworded claim, best first (LSH is probabilistic; a scan finds all)', () => {
    let found = 0;
    REWORDED_PAIRS.forEach(([, reworded], i) => {
      const query = computeSignature(reworded);
      // The first two pairs are the same Aleppo claim: either original is right for them.
      const originals = i < 2 ? ['c0', 'c1'] : [`c${i}`];
      const matches = index.query(query);
      if (matches.length > 0 && originals.includes(matches[0]!.id)) found++;
      for (const match of matches) expect(match.similarity).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
      expect(originals).toContain(index.queryByScan(query)[0]!.id);
    });
    expect(found / REWORDED_PAIRS.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the same similarity as claimSimilarity', () => {
    const query = computeSignature(REWORDED_PAIRS[5]![1]);
    const [match] = index.query(query);
    expect(match!.similarity).toBeCloseTo(claimSimilarity(query, computeSignature(REWORDED_PAIRS[5]![0])), 12);
  });

  it('returns part of what a full scan returns, with the same similarities and order', () => {
    for (const [, reworded] of REWORDED_PAIRS) {
      const query = computeSignature(reworded);
      const scanned = index.queryByScan(query, { limit: Infinity });
      const viaIndex = index.query(query, { limit: Infinity });
      const found = new Set(viaIndex.map((m) => m.id));
      expect(viaIndex).toEqual(scanned.filter((m) => found.has(m.id)));
    }
  });

  it('applies minSimilarity, limit and excludeIds', () => {
    const query = computeSignature(stored[3]!);
    expect(index.query(query)[0]).toEqual({ id: 'c3', similarity: 1 });
    expect(index.query(query, { excludeIds: new Set(['c3']) }).some((m) => m.id === 'c3')).toBe(false);
    expect(index.query(query, { minSimilarity: 0, limit: 1 })).toHaveLength(1);
    expect(index.query(query, { minSimilarity: 1.01 })).toEqual([]);
    expect(index.query(query, { limit: 0 })).toEqual([]);
  });

  it('returns nothing for a claim without words, and never matches one', () => {
    const local = new ClaimMatchIndex();
    local.add('empty', computeSignature('…'));
    expect(local.size).toBe(1);
    expect(local.query(computeSignature('…'))).toEqual([]);
    expect(local.query(computeSignature('Turkey shot down a jet.'), { minSimilarity: 0 })).toEqual([]);
  });

  it('is deterministic: the same claims in another order give the same answers', () => {
    const texts = [...stored, ...fillerClaims(150)];
    const forward = indexOf(texts);
    const backward = new ClaimMatchIndex();
    for (let i = texts.length - 1; i >= 0; i--) backward.add(`c${i}`, computeSignature(texts[i]!));
    for (const [, reworded] of REWORDED_PAIRS) {
      const query = computeSignature(reworded);
      expect(backward.query(query, { minSimilarity: 0, limit: 100 })).toEqual(forward.query(query, { minSimilarity: 0, limit: 100 }));
    }
  });

  it('ranks conflicting numbers below an exact copy', () => {
    const local = new ClaimMatchIndex();
    const [a, b] = CONFLICTING_PAIRS[0]!;
    local.add('original', computeSignature(a));
    local.add('other-numbers', computeSignature(b));
    const matches = local.query(computeSignature(a), { minSimilarity: 0 });
    expect(matches.map((m) => m.id)).toEqual(['original', 'other-numbers']);
  });

  describe('remove', () => {
    it('forgets a claim, and re-adding an id replaces it', () => {
      const local = indexOf(stored);
      const query = computeSignature(REWORDED_PAIRS[7]![1]);
      expect(local.query(query)[0]!.id).toBe('c7');
      expect(local.remove('c7')).toBe(true);
      expect(local.remove('c7')).toBe(false);
      expect(local.size).toBe(stored.length - 1);
      expect(local.query(query).some((m) => m.id === 'c7')).toBe(false);
      local.add('c7', computeSignature(stored[7]!));
      local.add('c7', computeSignature(stored[7]!));
      expect(local.size).toBe(stored.length);
      expect(local.query(query).filter((m) => m.id === 'c7')).toHaveLength(1);
    });

    it('keeps answers right after most claims are removed and the store is compacted', () => {
      const filler = fillerClaims(800);
      const local = indexOf([...stored, ...filler]);
      for (let i = stored.length; i < stored.length + filler.length; i += 1) if (i % 5 !== 0) local.remove(`c${i}`);
      const before = indexOf([...stored, ...filler.filter((_, i) => (stored.length + i) % 5 === 0)]);
      for (const [, reworded] of REWORDED_PAIRS) {
        // Same claims, same answers (ids differ: map them through the texts).
        const query = computeSignature(reworded);
        const texts = (ix: ClaimMatchIndex, idText: (id: string) => string): string[] =>
          ix.query(query, { limit: 50 }).map((m) => idText(m.id));
        const all = [...stored, ...filler];
        const kept = [...stored, ...filler.filter((_, i) => (stored.length + i) % 5 === 0)];
        expect(texts(local, (id) => all[Number(id.slice(1))]!)).toEqual(texts(before, (id) => kept[Number(id.slice(1))]!));
      }
      const keptFiller = filler.findIndex((_, i) => i > 30 && (stored.length + i) % 5 === 0);
      expect(local.query(computeSignature(filler[keptFiller]!))[0]).toEqual({ id: `c${stored.length + keptFiller}`, similarity: 1 });
    });
  });

  it('works from stored signatures: serialised, restored and indexed again', () => {
    const local = new ClaimMatchIndex();
    stored.forEach((text, i) => local.add(`c${i}`, deserializeSignature(JSON.stringify(serializeSignature(computeSignature(text))))!));
    expect(local.query(computeSignature(REWORDED_PAIRS[9]![1]))[0]!.id).toBe('c9');
  });

  it('exposes band keys for a database lookup', () => {
    const signature = computeSignature(stored[0]!);
    expect(ClaimMatchIndex.bandKeys(signature)).toEqual(signatureBandKeys(signature));
  });
});
