import { matchClaimsByText, normaliseClaimText } from './claim-revision-match';

describe('normaliseClaimText', () => {
  it('ignores typography, spacing and case', () => {
    expect(normaliseClaimText('“We’re leaving,” he said —  on   Monday…')).toBe(
      normaliseClaimText('"we\'re leaving," he said - on monday...'),
    );
    expect(normaliseClaimText('Ro\u0308ttgen\nsaid')).toBe(normaliseClaimText('Röttgen said'));
  });

  it('keeps every change to a word or a number', () => {
    expect(normaliseClaimText('3,179 people left')).not.toBe(normaliseClaimText('3,178 people left'));
    expect(normaliseClaimText('The army advanced')).not.toBe(normaliseClaimText('The army retreated'));
  });
});

describe('matchClaimsByText', () => {
  const old = (id: string, text: string) => ({ id, text });

  it('carries unchanged claims over whatever moved around them, and sorts the rest into added and withdrawn', () => {
    const previous = [old('a', 'First claim.'), old('b', 'Second claim, 3,179 people.'), old('c', 'Third claim.')];
    const match = matchClaimsByText(previous, ['A new opening.', 'Third  claim.', 'Second claim, 3,178 people.', 'first claim.']);
    expect(match.carried.map(({ previous: claim, index }) => [claim.id, index])).toEqual([
      ['c', 1],
      ['a', 3],
    ]);
    expect(match.added).toEqual([0, 2]);
    expect(match.withdrawn.map((claim) => claim.id)).toEqual(['b']);
  });

  it('pairs a sentence said twice in order, and withdraws the occurrence that is gone', () => {
    const previous = [old('x1', 'Talks resume.'), old('y', 'Other.'), old('x2', 'Talks resume.')];
    const match = matchClaimsByText(previous, ['Talks resume.', 'Other.']);
    expect(match.carried.map(({ previous: claim, index }) => [claim.id, index])).toEqual([
      ['x1', 0],
      ['y', 1],
    ]);
    expect(match.withdrawn.map((claim) => claim.id)).toEqual(['x2']);
    expect(match.added).toEqual([]);
  });

  it('withdraws everything when the new revision has no claims, and adds everything when there were none', () => {
    expect(matchClaimsByText([old('a', 'One.')], []).withdrawn.map((claim) => claim.id)).toEqual(['a']);
    expect(matchClaimsByText([], ['One.', 'Two.']).added).toEqual([0, 1]);
  });
});
