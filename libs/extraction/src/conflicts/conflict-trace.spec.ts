import { extractQuantities } from '../quantities/extract-quantities';
import { findConflictCandidates, type ConflictClaimInput } from './conflict-candidates';
import { createConflictTrace, missedAt } from './conflict-trace';

function said(index: number, fullText: string, text: string, who: Partial<ConflictClaimInput>): ConflictClaimInput {
  return {
    index,
    text,
    fullText,
    source: null,
    actorCountries: [],
    sentenceIndex: index,
    quantities: extractQuantities(fullText),
    ...who,
  };
}

describe('ConflictTrace', () => {
  it('records the gate a pair of claims left at', () => {
    const trace = createConflictTrace();
    const found = findConflictCandidates(
      [
        said(0, 'The hospital said 12 people were killed in the fire on Monday.', '12 people were killed in the fire on Monday', {
          organisation: 'Ostend Clinic',
        }),
        said(1, 'Police said 20 people were killed in the flood.', '20 people were killed in the flood', { organisation: 'Police' }),
        said(2, 'Residents said 30 people were killed in the fire.', '30 people were killed in the fire', {}),
        said(3, 'The mayor said 15 people were killed in the fire.', '15 people were killed in the fire', { speaker: 'Ana Holt' }),
      ],
      trace,
    );
    // Two kinds of event; no source; proposed.
    expect(missedAt(trace, [0], [1])).toBe('evt');
    expect(missedAt(trace, [0], [2])).toBe('src');
    expect(missedAt(trace, [0], [3])).toBe('kept');
    expect(found.map((c) => c.sides.map((s) => s.claimIndexes[0]))).toEqual([[0, 3]]);
    // Compared, but compatible.
    const compatible = createConflictTrace();
    findConflictCandidates(
      [
        said(0, 'The hospital said at least 12 people were killed.', 'at least 12 people were killed', { organisation: 'Ostend Clinic' }),
        said(1, 'Police said 14 people were killed.', '14 people were killed', { organisation: 'Police' }),
      ],
      compatible,
    );
    expect(missedAt(compatible, [0], [1])).toBe('comp');
  });

  it('says a pair was never compared when both sides have a source', () => {
    const trace = createConflictTrace();
    findConflictCandidates(
      [
        said(0, 'The union said the depot opened in 1990.', 'the depot opened in 1990', { organisation: 'Dock Union' }),
        said(1, 'The port said cranes were idle.', 'cranes were idle', { organisation: 'Port Authority' }),
      ],
      trace,
    );
    expect(missedAt(trace, [0], [1])).toBe('pair');
  });
});

describe('findConflictCandidates: sides named by a role or an outlet', () => {
  it('lets a side named only by a role assert, and a report named only by its outlet deny', () => {
    const found = findConflictCandidates([
      said(0, 'Witnesses said guards had beaten two prisoners in the yard.', 'guards had beaten two prisoners in the yard', {
        role: 'Witnesses',
      }),
      said(1, 'The prison service denied that.', 'The prison service denied that.', { organisation: 'Prison Service' }),
      said(2, 'The inspectors said the wardens had never locked the east gate.', 'the wardens had never locked the east gate', {
        organisation: 'Prisons Inspectorate',
      }),
      said(
        3,
        'The Marsh Gazette reported that the wardens had locked the east gate every night.',
        'the wardens had locked the east gate every night',
        {
          outlet: 'Marsh Gazette',
        },
      ),
    ]);
    expect(found.map((c) => [c.kind, c.sides[0].sourceName, c.sides[1].sourceName])).toEqual(
      expect.arrayContaining([
        ['denial', 'Witnesses', 'Prison Service'],
        ['denial', 'Marsh Gazette', 'Prisons Inspectorate'],
      ]),
    );
  });
});

describe('findConflictCandidates: two disputes in one passage', () => {
  it('proposes both when each is tied by its own words', () => {
    const dairy = { organisation: 'Alm Dairy' };
    const office = { organisation: 'Food Office' };
    const found = findConflictCandidates([
      said(
        0,
        '"No illness has been linked to Bergkase cheese," the dairy said.',
        '"No illness has been linked to Bergkase cheese,"',
        dairy,
      ),
      said(
        1,
        'The office said two people fell ill after eating Bergkase cheese.',
        'two people fell ill after eating Bergkase cheese',
        office,
      ),
      said(
        2,
        'The office said the bacteria were found in samples taken at the dairy plant.',
        'the bacteria were found in samples taken at the dairy plant',
        office,
      ),
      said(3, 'The dairy denied that the bacteria came from its plant.', 'that the bacteria came from its plant', dairy),
    ]);
    expect(found.map((c) => c.sides.map((s) => s.claimIndexes[0]))).toEqual(
      expect.arrayContaining([
        [1, 0],
        [2, 3],
      ]),
    );
  });
});
