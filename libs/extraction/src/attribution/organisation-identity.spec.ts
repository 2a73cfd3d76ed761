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

  it('reads a relative clause on the organisation whose subject is "she"/"he" as the person’s tie, not a patient’s stay', () => {
    const where = attribute(
      'Mira Holt praised the Kelby Family Clinic, where she is practice manager.\n\nQ: How long is the wait?\n\nA: About 19 days.',
    );
    expect(row(where[where.length - 1])).toBe('Mira Holt / Kelby Family Clinic / -');
    const which = attribute('Tor Bakke spoke at the Eastfield Rowing Club, which he founded in 1998. "We have 140 members," Bakke said.');
    expect(row(which[1])).toBe('Tor Bakke / Eastfield Rowing Club / -');
    const stay = attribute('Mira Holt was treated at the Kelby Family Clinic, where she stayed a week. "The wait was 19 days," Holt said.');
    expect(row(stay[1])).toBe('Mira Holt / - / -');
  });

  it('places a post fronted by "At X," in X, not a patient or a visitor there', () => {
    const post = attribute(
      'At the Kelby Family Clinic, practice manager Mira Holt has seen the queues grow. "The wait is 19 days," Holt said.',
    );
    expect(row(post[1])).toBe('Mira Holt / Kelby Family Clinic / -');
    const patient = attribute('At the Kelby Family Clinic, patient Mira Holt has waited for weeks. "The wait is 19 days," Holt said.');
    expect(row(patient[1])).toBe('Mira Holt / - / -');
  });

  it('gives a post-holder introduced in an author’s sentence the organisation that spoke right before, for her later words', () => {
    const results = attribute(
      'Harrow Bakeries reported annual results on Thursday. Chief executive Nina Storm spent an hour with analysts. She told the call that two shops would close. Storm said sales rose 4 percent.',
    );
    expect(results.slice(2).map(row)).toEqual(['Nina Storm / Harrow Bakeries / -', 'Nina Storm / Harrow Bakeries / -']);
  });

  it('reads a line of a name beside an organisation alone, and "is the X post", as her tie', () => {
    for (const line of [
      'Interview: Mira Holt, Kelby Family Clinic',
      'Mira Holt (Kelby Family Clinic)',
      'Mira Holt is the Kelby Family Clinic practice manager.',
    ]) {
      const turns = attribute(`${line}\n\nQ: How long is the wait?\n\nA: About 19 days.`);
      expect(row(turns[turns.length - 1])).toBe('Mira Holt / Kelby Family Clinic / -');
    }
    const panel = attribute(
      'The panel: Mira Holt, Kelby Family Clinic; Tor Bakke, Eastfield Rowing Club.\n\n"We have 140 members," Bakke said.',
    );
    expect(row(panel[panel.length - 1])).toBe('Tor Bakke / Eastfield Rowing Club / -');
    expect(row(attribute('Mira Holt, Kelby Family Clinic, and her husband went home. "The wait was 19 days," Holt said.')[1])).toBe(
      'Mira Holt / - / -',
    );
  });

  it('reads a text that opens with a verb of counting and a number without failing', () => {
    expect(attribute('counted 2').map(row)).toEqual(['- / - / -']);
  });
});
