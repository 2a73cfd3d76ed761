import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation / outlet / method */
function row(attribution: Attribution | undefined): string {
  if (!attribution) return 'missing';
  const { speaker, organisation, outlet, method } = attribution;
  return [speaker, organisation, outlet, method].map((value) => value ?? '-').join(' / ');
}

describe('attribution frames for people and organisations no registry knows', () => {
  it('reads an appositive name after a role phrase, and a possessive "its" as the organisation named before', () => {
    const attributions = attribute(
      'The Quillmoor Relief Agency sent forty boats to the coast on Sunday. ' +
        'Its field director, Maren Oduya, said about half of the villages were cut off. ' +
        '“We need helicopters,” Oduya said.',
    );
    expect(row(attributions[1])).toBe('Maren Oduya / Quillmoor Relief Agency / - / reported-speech');
    // One person, one identity: the bare surname carries what the first mention taught.
    expect(row(attributions[2])).toBe('Maren Oduya / Quillmoor Relief Agency / - / direct-quote');
  });

  it('gives "the group\'s director, Name" the group named earlier', () => {
    const attributions = attribute(
      "Volunteers from the Tarrow Coast Alliance counted 300 birds. The alliance's director, Pim Halvard, said numbers had halved.",
    );
    expect(row(attributions[1])).toBe('Pim Halvard / Tarrow Coast Alliance / - / reported-speech');
  });

  it('resolves a definite description to the most recent organisation of that kind, not the latest speaker', () => {
    const attributions = attribute(
      'Ostrava Freight Systems opened a depot in the port. Councillor Rina Vell welcomed the news. ' +
        'The company said it would hire 200 drivers.',
    );
    expect(row(attributions[2])).toBe('- / Ostrava Freight Systems / - / back-reference');
    expect(attributions[2]!.refersTo).toBe(0);
  });

  it('treats an unknown outlet named by its kind ("Courier", "Daily") as the outlet after "told"', () => {
    const attributions = attribute('Ellis Marno told the Pellham Courier that the bridge would reopen in May.');
    expect(row(attributions[0])).toBe('Ellis Marno / - / Pellham Courier / reported-speech');
  });

  it('keeps the organisation of a role-only speaker when the next sentence names her', () => {
    const attributions = attribute(
      'Two ferries were cancelled, a spokeswoman for the Dunmore Harbour Authority said. ' +
        '“The wind is too strong,” the spokeswoman, Ada Kerrow, told reporters.',
    );
    expect(row(attributions[1])).toBe('Ada Kerrow / Dunmore Harbour Authority / - / direct-quote');
  });

  it('gives "the ministry said" to the ministry a "<Portfolio> Minister" belongs to, not to the minister', () => {
    const attributions = attribute(
      'Fisheries Minister Talia Brenn said catches had fallen by a third. The ministry said quotas would be cut.',
    );
    expect(attributions[0]!.organisation).toBe('Ministry of Fisheries');
    expect(row(attributions[1])).toBe('- / Ministry of Fisheries / - / back-reference');
  });

  it("says how sure it is: a named speaker ranks above a pronoun; the author's own sentences carry none", () => {
    const attributions = attribute('Rolf Danner said prices rose. He added that wages did not. Rain is expected.');
    expect(attributions[0]!.confidence).toBeGreaterThan(attributions[1]!.confidence ?? 1);
    expect(attributions[1]!.method).toBe('pronoun');
    expect(attributions[2]!.confidence).toBeUndefined();
  });

  it('recognises German speech verbs, in either order', () => {
    const attributions = attribute(
      'Die Preise sind um vier Prozent gestiegen, sagte Anna Kessler. Jonas Feld erklärte, die Löhne seien gleich geblieben.',
    );
    expect(attributions[0]!.speaker).toBe('Anna Kessler');
    expect(attributions[1]!.speaker).toBe('Jonas Feld');
  });
});

describe('interview transcripts', () => {
  it('maps "A:" turns to the person the introduction names', () => {
    const attributions = attribute(
      [
        'We spoke to Chief Engineer Ines Talby about the new locks.',
        '',
        'Q: Have delays doubled?',
        'A: That is wrong. Delays fell by ten percent.',
      ].join('\n'),
    );
    expect(attributions[1]).toMatchObject({ speaker: null, role: 'interviewer', method: 'interview' });
    expect(row(attributions[2])).toBe('Ines Talby / - / - / interview');
    expect(row(attributions[3])).toBe('Ines Talby / - / - / interview');
  });
});

describe('a question that reports someone', () => {
  it('gives the report to its source rather than to the interviewer', () => {
    const attributions = attribute(
      [
        'We spoke to Chief Engineer Ines Talby, and later to the Lenford Shipping Association.',
        '',
        'Q: The association says delays have doubled.',
        'A: That is wrong.',
      ].join('\n'),
    );
    expect(row(attributions[1])).toBe('- / Lenford Shipping Association / - / back-reference');
  });
});

describe('"according to" with the outlet named later, and addresses', () => {
  it('keeps the source of "according to" as the speaker and the outlet of "as quoted by" as the outlet', () => {
    const attributions = attribute(
      'According to the Brenmoor Port Authority, 40 ships were delayed, as quoted by the state broadcaster KVX.',
    );
    expect(row(attributions[0])).toBe('- / Brenmoor Port Authority / KVX / according-to');
  });

  it('reads an appositive name after "according to" a role, and "their" as the organisation named before', () => {
    const attributions = attribute(
      'The Hollin Valley Ranger Service patrols the border. According to their captain, Edda Strom, 12 fires were reported.',
    );
    expect(row(attributions[1])).toBe('Edda Strom / Hollin Valley Ranger Service / - / according-to');
  });

  it('never reads a street in an address as a speaker', () => {
    const attributions = attribute('The food bank at 4 Tanner Street said it had fed 800 families.');
    expect(attributions[0]!.speaker).toBeNull();
  });
});

describe('appositive names with a title', () => {
  it('reads "the report\'s author, Dr. Name, said"', () => {
    const attributions = attribute("The report's lead author, Dr. Ivo Marsk, said the effect was small.");
    expect(attributions[0]!.speaker).toBe('Ivo Marsk');
  });
});

describe('common-noun subjects', () => {
  it('keeps "the statistics office" as written when no such office was named before', () => {
    const attributions = attribute('Exports fell by 3 percent in May, the statistics office said.');
    expect(row(attributions[0])).toBe('- / statistics office / - / back-reference');
  });

  it('reads the organisation before a role noun: "a police spokeswoman said"', () => {
    const attributions = attribute('Four people were arrested, a police spokeswoman said.');
    expect(attributions[0]).toMatchObject({ speaker: null, role: 'police spokeswoman', organisation: 'police' });
  });
});
