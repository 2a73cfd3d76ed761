import { findDisagreements } from './disagreements';
import { disagreementClaim as claim } from '../testing/disagreements';

/** The figure pairs `findDisagreements` finds (sources by letter), in an article of November 2031 or undated. */
function figurePairs(texts: readonly string[], letters: string, dated = true): string[] {
  const claims = texts.map((text, i) => claim(i, text));
  return findDisagreements(claims, (a, b) => letters[a] === letters[b], undefined, undefined, dated ? { year: 2031, month: 11 } : undefined)
    .filter((found) => found.kind === 'figures')
    .map((found) => found.claims.join('-'));
}

describe('findDisagreements: multiples against changes in per cent (branch pair12)', () => {
  it('reads "doubled", "tripled" and "halved" as rises of 100 and 200 percent and a fall of 50', () => {
    expect(
      figurePairs(
        [
          'The union said queues at the Quenholt bridge had doubled in a year.',
          'The county said queues at the Quenholt bridge had grown by 12 percent.',
        ],
        'AB',
      ),
    ).toEqual(['0-1']);
    expect(
      figurePairs(
        [
          'The guild said footfall in the Ollery arcade had tripled.',
          'The landlord said footfall in the Ollery arcade had risen by 30 per cent.',
        ],
        'AB',
      ),
    ).toEqual(['0-1']);
    expect(
      figurePairs(
        [
          'The guild said footfall in the Ollery arcade had halved.',
          'The landlord said footfall in the Ollery arcade had fallen by 15 percent.',
        ],
        'AB',
      ),
    ).toEqual(['0-1']);
  });

  it('leaves a multiple alone against a change it may round, and against a change of another measure', () => {
    expect(
      figurePairs(
        [
          'The guild said footfall in the Ollery arcade had nearly doubled.',
          'The landlord said footfall in the Ollery arcade had risen by 90 percent.',
        ],
        'AB',
      ),
    ).toEqual([]);
    expect(figurePairs(['The guild said rents had doubled.', 'The landlord said footfall had risen by 10 percent.'], 'AB')).toEqual([]);
  });

  it('reads the average of a measure against a kind of it, and a gerund opening a claim', () => {
    expect(
      figurePairs(
        [
          'Ferry waiting times at Quenholt had doubled in two years, the users group said.',
          'The operator said the average waiting time at Quenholt had risen by 10 percent over the same period.',
        ],
        'AB',
      ),
    ).toEqual(['0-1']);
  });

  it('keeps counts of what passed two different spans of time apart', () => {
    expect(
      figurePairs(
        [
          'The union said 9,000 callers had waited more than an hour for an answer.',
          'The board said more than 20,000 callers had waited over ten minutes for an answer.',
        ],
        'AB',
      ),
    ).toEqual([]);
    expect(
      figurePairs(
        [
          'The union said 9,000 callers had waited more than an hour for an answer.',
          'The board said 2,100 callers had waited longer than an hour for an answer.',
        ],
        'AB',
      ),
    ).toEqual(['0-1']);
  });
});

describe('findDisagreements: "this year" and "that month" dated (branch pair12)', () => {
  it('reads "this year" in a dated article as the year of its date', () => {
    const texts = (year: string) => [
      'The union said 9,000 callers had waited more than an hour this year.',
      `The board said 2,100 callers had waited more than an hour in ${year}.`,
    ];
    expect(figurePairs(texts('2031'), 'AB')).toEqual(['0-1']);
    expect(figurePairs(texts('2030'), 'AB')).toEqual([]);
    expect(figurePairs(texts('2031'), 'AB', false)).toEqual([]);
  });

  it('dates "that month" by the month named just before it, whoever named it', () => {
    const texts = [
      'The growers said 310 pickers had walked out in August.',
      'The estate said 90 pickers had stopped work that month.',
      'The growers said 200 pickers were on strike in September.',
    ];
    const pairs = figurePairs(texts, 'ABA');
    expect(pairs).toContain('0-1');
    expect(pairs).not.toContain('1-2');
  });
});
