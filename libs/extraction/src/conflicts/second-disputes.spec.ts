import { extractQuantities } from '../quantities/extract-quantities';
import { findConflictCandidates, type ConflictClaimInput } from './conflict-candidates';

const board = { id: 'board', name: 'Vellmoor Water Board', country: null };
const group = { id: 'group', name: 'Vellmoor Anglers', country: null };

/** One claim a sentence, in text order; the source of each by its letter. */
function conflicts(texts: ReadonlyArray<[typeof board, string]>): string[] {
  const claims: ConflictClaimInput[] = texts.map(([source, text], index) => ({
    index,
    sentenceIndex: index,
    text,
    quantities: extractQuantities(text),
    source,
    actorCountries: [],
  }));
  return findConflictCandidates(claims)
    .map((found) => found.sides.map((side) => side.claimIndexes.join('+')).join('-'))
    .sort();
}

describe('two figure disputes of one measure between one pair of sources (branch kept11)', () => {
  it('keeps a second dispute of another thing in another passage, each side with another figure', () => {
    expect(
      conflicts([
        [board, 'Some 420 anglers held a permit for the reservoir last season.'],
        [group, 'Some 910 anglers held a permit for the reservoir last season.'],
        [board, 'The board opened two new car parks in the spring.'],
        [board, 'Some 35 anglers were banned from the lake for breaking catch limits in June.'],
        [group, 'Some 12 anglers were banned from the lake for breaking catch limits in June.'],
      ]),
    ).toEqual(['0-1', '3-4']);
  });

  it('keeps one when a side restates its figure, or the later pair measures two things', () => {
    expect(
      conflicts([
        [board, 'Some 420 anglers held a permit for the reservoir last season.'],
        [group, 'Some 910 anglers held a permit for the reservoir last season.'],
        [board, 'The board opened two new car parks in the spring.'],
        [board, 'Some 420 anglers held a permit for fishing at the reservoir all season.'],
        [group, 'Some 910 anglers held a permit for fishing at the reservoir all season.'],
      ]),
    ).toHaveLength(1);
  });
});

describe('a second dispute of one measure over another period (branch ties12)', () => {
  it('keeps it when a measure word one side names only is said elsewhere in the other claim', () => {
    expect(
      conflicts([
        [board, "Ardmere's factories cut 4,200 jobs in the first half of the year."],
        [group, 'The group put the loss at 2,600 manufacturing jobs over the same six months.'],
        [board, 'The board opened two new car parks in the spring.'],
        [group, 'Factories had shed 700 jobs in the second quarter.'],
        [board, '1,900 factory jobs went in the second quarter alone.'],
      ]),
    ).toEqual(['0-1', '3-4']);
  });
});
