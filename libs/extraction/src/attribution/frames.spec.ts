import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';
import { ministryOfRole } from './speaker-phrase';

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

  it('reads a bracketed party or seat between a name and its verb as part of the subject', () => {
    const attributions = attribute(
      'Tomas Ferlund (Labour, Eastmoor) said the ward had lost 40 beds. ' +
        'Sen. Idra Vosk (D-Ohio) said the clinic had 12 vacancies. ' +
        'Pell Orrin (Eastmoor) told the chamber that waits had doubled.',
    );
    expect(row(attributions[0])).toBe('Tomas Ferlund / Labour / - / reported-speech');
    expect(attributions[1]).toMatchObject({ speaker: 'Idra Vosk', title: 'Sen' });
    expect(row(attributions[2])).toBe('Pell Orrin / - / - / reported-speech');
  });

  it('gives a minister written in lower case her ministry, and a shadow or former minister none', () => {
    const attributions = attribute(
      'The health minister, Oda Brenn, said 40 wards had reopened. ' +
        'Ivo Taskal, the deputy transport minister, said fares would rise by 3 percent. ' +
        'The shadow health minister, Rune Ahlgren, said 12 wards were still shut. ' +
        'A former finance minister, Lise Mork, said the deficit was 4 percent.',
    );
    expect(row(attributions[0])).toBe('Oda Brenn / Ministry of Health / - / reported-speech');
    expect(row(attributions[1])).toBe('Ivo Taskal / Ministry of Transport / - / reported-speech');
    expect(row(attributions[2])).toBe('Rune Ahlgren / - / - / reported-speech');
    expect(row(attributions[3])).toBe('Lise Mork / - / - / reported-speech');
    // No minister named before: the role as written, and the ministry it names.
    const [unnamed] = attribute('The finance minister said inflation had reached 6 percent.');
    expect(unnamed).toMatchObject({ speaker: null, role: 'finance minister', organisation: 'Ministry of Finance', method: 'noun-phrase' });
    const [affairs] = attribute('The home affairs minister said 300 officers had been hired.');
    expect(affairs).toMatchObject({ organisation: 'Ministry of Home Affairs' });
  });

  it('reads people named by a role noun before a prepositional phrase as that role', () => {
    const attributions = attribute(
      'Rescue workers at the scene said 14 people had been pulled from the rubble. Residents of the village said 30 houses had burned.',
    );
    expect(attributions[0]).toMatchObject({ speaker: null, role: 'Rescue workers', organisation: null, method: 'noun-phrase' });
    expect(attributions[1]).toMatchObject({ speaker: null, role: 'Residents', organisation: null, method: 'noun-phrase' });
  });

  it('leaves a bracket that does not follow a name to the rest of the rules', () => {
    const attributions = attribute('The figures (published in March) said nothing about waits.');
    expect(attributions[0]?.speaker).toBeNull();
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

  it('reads "Minister for <Portfolio>" and "Minister of <Portfolio> Affairs" as the ministry of that portfolio, a shadow minister as none', () => {
    expect(ministryOfRole('Minister for Housing')).toBe('Ministry of Housing');
    expect(ministryOfRole('Minister of State for Housing')).toBe('Ministry of Housing');
    expect(ministryOfRole('Minister for Foreign Affairs')).toBe('Ministry of Foreign Affairs');
    expect(ministryOfRole('Shadow Minister for Housing')).toBeNull();
    expect(ministryOfRole('Prime Minister')).toBeNull();
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
    expect(row(attributions[0])).toBe('- / statistics office / - / noun-phrase');
  });

  it('reads the organisation before a role noun: "a police spokeswoman said"', () => {
    const attributions = attribute('Four people were arrested, a police spokeswoman said.');
    expect(attributions[0]).toMatchObject({ speaker: null, role: 'police spokeswoman', organisation: 'police' });
  });
});

describe('organisations no registry knows, by the words of their names', () => {
  it('reads a name ending in an organisation word (Board, Trust, Cooperative, Foods) as an organisation, not a person', () => {
    const attributions = attribute(
      'The Lowmere Canal Board said water levels had fallen by a third. ' +
        'A spokeswoman for the Orchard Growers Cooperative, Tilde Vasko, said the harvest was lost. ' +
        'Kestin Foods is recalling 9,000 tins of soup, the company said.',
    );
    expect(row(attributions[0])).toBe('- / Lowmere Canal Board / - / reported-speech');
    expect(row(attributions[1])).toBe('Tilde Vasko / Orchard Growers Cooperative / - / reported-speech');
    expect(row(attributions[2])).toBe('- / Kestin Foods / - / back-reference');
  });

  it('reads a name after a descriptor noun ("construction firm X") as an organisation that "the company" refers to', () => {
    const attributions = attribute(
      'Construction firm Orlan Build, which repaired the pier, said it had followed the plans. The company said it would help.',
    );
    expect(row(attributions[0])).toBe('- / Orlan Build / - / reported-speech');
    expect(row(attributions[1])).toBe('- / Orlan Build / - / back-reference');
  });

  it('splits "reporter Name of the Outlet" into a person and an organisation', () => {
    const attributions = attribute('The reporter Jorund Vale of the Amberley Gazette said the archive had burned.');
    expect(attributions[0]!.speaker).toBe('Jorund Vale');
  });

  it('does not read a capitalised adjective opening a sentence as the newspaper of that name', () => {
    const attributions = attribute('Independent engineer Kasia Wrobel said the beams were rusted.');
    expect(attributions[0]).toMatchObject({ speaker: 'Kasia Wrobel', organisation: null, outlet: null });
  });

  it('reads a place name used as a first name after a role', () => {
    const attributions = attribute('Chief executive Sofia Brandt said sales fell by 4 percent.');
    expect(attributions[0]!.speaker).toBe('Sofia Brandt');
  });
});

describe('appositions and possessives', () => {
  it('takes the organisation from a possessive inside an inverted apposition ("said the union\'s chairman, Name")', () => {
    const attributions = attribute(
      'The Dockside Workers Union called a strike. “We have no choice,” said the union’s chairman, Otto Melk. “None at all.”',
    );
    expect(row(attributions[1])).toBe('Otto Melk / Dockside Workers Union / - / direct-quote');
    expect(row(attributions[2])).toBe('Otto Melk / Dockside Workers Union / - / continued-quote');
  });

  it('gives a spokeswoman introduced by "His spokeswoman" her principal’s organisation, not her principal', () => {
    const attributions = attribute(
      'Energy Minister Bram Tollek said prices would fall. His spokeswoman, Ulla Fenn, said the cut would come in March.',
    );
    expect(row(attributions[1])).toBe('Ulla Fenn / Ministry of Energy / - / reported-speech');
  });

  it('reads a participle clause and a role apposition between a name and its verb', () => {
    const attributions = attribute(
      'Greyhill Clinic closed its ward. Nadia Voss, speaking in the council, said the decision was wrong. ' +
        'Dr. Paul Amsel, head of surgery at the clinic, said 12 beds were lost.',
    );
    expect(attributions[1]!.speaker).toBe('Nadia Voss');
    expect(row(attributions[2])).toBe('Paul Amsel / Greyhill Clinic / - / reported-speech');
  });

  it('reads "the UN-style agency, the NAME" in an inverted clause as the named organisation', () => {
    const attributions = attribute('Food reached the valley on Monday, said the council’s relief agency, the Tarn Relief Service.');
    expect(attributions[0]!.organisation).toBe('Tarn Relief Service');
  });
});

describe('references across sentences', () => {
  it('resolves "its director" to the organisation that just spoke, not an older one named before it', () => {
    const attributions = attribute(
      'The Kelby Dockers Guild rejected the offer. The port authority said 40 ships were waiting. ' +
        '“Every day costs us money,” its director, Lars Onde, said.',
    );
    expect(row(attributions[2])).toBe('Lars Onde / port authority / - / direct-quote');
  });

  it('gives "she" to a woman named since the last speaker rather than to that speaker', () => {
    const attributions = attribute(
      'Engineer Tomas Vidal said the wall was too low. Mayor Greta Lind disagreed. “The wall held for six hours,” she said.',
    );
    expect(attributions[2]).toMatchObject({ speaker: 'Greta Lind', method: 'pronoun' });
  });

  it('keeps a modified description ("the statistics agency") apart from another agency named before', () => {
    const attributions = attribute('The Marrow Relief Agency sent food. The statistics agency reported that prices rose by 5 percent.');
    expect(row(attributions[1])).toBe('- / statistics agency / - / noun-phrase');
  });

  it('points "a ministry spokeswoman" to the ministry of the minister quoted before, and "she" to her', () => {
    const attributions = attribute(
      'Health Minister Dora Kell said 200 nurses would be hired. ' +
        '“We accept the criticism,” a ministry spokeswoman said. She said a new system would start in June.',
    );
    expect(attributions[1]).toMatchObject({ speaker: null, organisation: 'Ministry of Health' });
    expect(attributions[2]).toMatchObject({ speaker: null, organisation: 'Ministry of Health', method: 'pronoun' });
  });

  it('gives a document\'s owner as the organisation: "according to the council\'s counts"', () => {
    const attributions = attribute('Traffic did not increase, according to the council’s traffic counts.');
    expect(attributions[0]).toMatchObject({ speaker: null, organisation: 'council', outlet: null });
  });

  it('gives "the study\'s lead author" the organisation that reported the study', () => {
    const attributions = attribute(
      'Sleep improved by 20 minutes, researchers at Calden University reported. The study’s lead author, Dr. Ines Moro, said the effect lasted.',
    );
    expect(row(attributions[1])).toBe('Ines Moro / Calden University / - / reported-speech');
  });

  it('does not carry an outlet a speaker talked to over to her next statement', () => {
    const attributions = attribute(
      '“We are short of staff,” Vera Lintz told the Ostby Herald. The minister said 50 nurses would be hired.',
    );
    expect(attributions[0]!.outlet).toBe('Ostby Herald');
    expect(attributions[1]!.outlet).toBeNull();
  });

  it('reads "put X at N" as the subject stating a figure', () => {
    const attributions = attribute('The national statistics bureau put youth unemployment at 14 percent.');
    expect(attributions[0]!.organisation).toBe('national statistics bureau');
  });
});

describe('interview transcripts', () => {
  it('maps "A:" turns to the person the introduction names with her organisation, across unlabelled paragraphs', () => {
    const text = [
      'Runa Seld is medical director of the Northern Clinic Group. We asked her about winter.',
      '',
      'Q: How many patients do you see?',
      '',
      'A: About 90,000 a year.',
      '',
      'Half of them are over 65.',
      '',
      'Q: Is the funding enough?',
      '',
      'A: No.',
    ].join('\n');
    const attributions = attribute(text);
    const { sentences } = segmentText(text);
    const of = (start: string) => attributions[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
    expect(row(of('A: About'))).toBe('Runa Seld / Northern Clinic Group / - / interview');
    expect(row(of('Half of them'))).toBe('Runa Seld / Northern Clinic Group / - / interview');
  });

  it('never lets a "HOST:" turn continue the answer before it', () => {
    const text = [
      'We spoke to Ivo Brask.',
      '',
      'HOST: What happened?',
      'BRASK: The roof fell in.',
      'HOST: The mayor says it was safe.',
      'BRASK: It was not.',
    ].join('\n');
    const attributions = attribute(text);
    const { sentences } = segmentText(text);
    const host = sentences.findIndex((sentence) => sentence.text.startsWith('HOST: The mayor'));
    expect(attributions[host]!.speaker).toBeNull();
  });
});

describe('interviewees and their labels', () => {
  const answerOf = (text: string, start: string): Attribution | undefined => {
    const { sentences } = segmentText(text);
    return attribute(text)[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
  };

  it('never takes the reporter of the introduction for the interviewee', () => {
    const text =
      'Our reporter Sten Ruud spoke to Dr. Aino Pekk, who runs the Larch Hill Clinic.\n\nQ: How many come?\n\nA: About 80 a day.';
    expect(row(answerOf(text, 'A: About'))).toBe('Aino Pekk / Larch Hill Clinic / - / interview');
  });

  it('maps a label in capitals, with or without a title, to the person the introduction named', () => {
    for (const label of ['AINO PEKK', 'DR PEKK']) {
      const text = `Aino Pekk runs the Larch Hill Clinic.\n\nQ: How many come?\n\n${label}: About 80 a day.`;
      expect(row(answerOf(text, `${label}: About`))).toBe('Aino Pekk / Larch Hill Clinic / - / interview');
    }
  });
});

describe('German attribution', () => {
  it('reads German articles, role nouns and organisation words', () => {
    const attributions = attribute('Die Sprecherin der Feuerwehr, Anna Kolbe, sagte, 40 Helfer seien im Einsatz gewesen.');
    expect(row(attributions[0])).toBe('Anna Kolbe / Feuerwehr / - / reported-speech');
  });
});
