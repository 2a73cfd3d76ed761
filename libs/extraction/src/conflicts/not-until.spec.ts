import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

describe('findDisagreements: "not … until" and a time says when, not whether (branch entities10)', () => {
  const assertion =
    'The tribunal found that a lock on the heron aviary had been reported broken three times in the month before the escape.';
  const pair = (text: string): string[] => denials([claim(0, assertion), claim(1, text)], 'AB');

  it('does not deny an account of the same thing', () => {
    expect(pair('Maintenance logs produced by the farm show the lock was not replaced until four days after the herons got out.')).toEqual(
      [],
    );
    expect(pair('Maintenance logs produced by the farm show the lock was not replaced until 4 May.')).toEqual([]);
  });

  it('still reads a negation with no "until" and a time as a denial', () => {
    expect(pair('Maintenance logs produced by the farm show the lock was not replaced before the herons got out.')).toEqual(['0-1']);
    expect(pair('Maintenance logs produced by the farm show the lock was not broken.')).toEqual(['0-1']);
  });
});
