import { attribute, row } from '../testing/attribution';

describe('one identity per person: ties stated outside the attribution clause (issue 15, attr-org6 second round)', () => {
  it('reads a sentence opening with "She"/"He" whose predicate ties the subject to an organisation as the named person’s', () => {
    const turns = attribute(
      [
        'Lena Ostrova has counted grey seals on the Brisk skerries since 2004. She now heads the Brisk Bay Marine Station, which the county funds.',
        'Q: How many pups were born this winter?',
        'A: We counted 412 pups, the most on record.',
      ].join('\n\n'),
    );
    expect(row(turns[turns.length - 1])).toBe('Lena Ostrova / Brisk Bay Marine Station / -');
    const quoted = attribute(
      'Piet Hollander grew up on the estuary. He is chief executive of the Marrow Estuary Trust. "We lost 30 hectares of saltmarsh," Hollander said.',
    );
    expect(row(quoted[2])).toBe('Piet Hollander / Marrow Estuary Trust / -');
  });

  it('leaves a pronoun whose gender contradicts the person named, and an organisation the person already has', () => {
    const other = attribute('Tom Vale farms near Brisk. She runs the Brisk Valley Growers Association. "Rain is late," Vale said.');
    expect(row(other[2])).toBe('Tom Vale / - / -');
    const kept = attribute(
      'Ada Lind, a director of Fenmoor Water, met the campaigners. She also chairs the Fenmoor Rowing Club. "Leakage fell by a fifth," Lind said.',
    );
    expect(row(kept[2])).toBe('Ada Lind / Fenmoor Water / -');
  });

  it('reads a present-tense verb, its object and "at" an organisation as where she works, not where she shops or lives', () => {
    expect(row(attribute('Ivo Brand, who milks 90 goats at Cragside Dairy, said feed prices doubled.')[0])).toBe(
      'Ivo Brand / Cragside Dairy / -',
    );
    expect(row(attribute('Ivo Brand, who studies seabirds at the Norland Institute of Ecology, said colonies shrank.')[0])).toBe(
      'Ivo Brand / Norland Institute of Ecology / -',
    );
    expect(row(attribute('Ivo Brand, who shops at Harlow Foods, said prices rose.')[0])).toBe('Ivo Brand / - / -');
    expect(row(attribute('Ivo Brand, who waits at the Kelby General Hospital, said queues grew.')[0])).toBe('Ivo Brand / - / -');
  });

  it('reads a feature’s present-tense sentence about a named person the same way, for the quotes that follow', () => {
    const feature = attribute('Every morning Mara Quist opens the kiln at Saltash Brick Company. "We fire 9,000 bricks a week," she said.');
    expect(row(feature[1])).toBe('Mara Quist / Saltash Brick Company / -');
  });
});
