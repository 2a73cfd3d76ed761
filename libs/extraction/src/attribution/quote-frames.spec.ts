import { attribute, row } from '../testing/attribution';

describe('quotes over sentences and paragraphs in single quotation marks (British style)', () => {
  it('gives every sentence of a single-quoted quote the speaker named after it, also across paragraphs', () => {
    const attributions = attribute(
      'Tamsin Orchard runs the allotment society in Brackwell.\n' +
        '‘The waiting list has doubled since 2020. People’s gardens are smaller.\n' +
        '‘We turn away forty families a year,’ she said. The plots cost £30 a year.',
    );
    // (she runs the society, so speaks for it: "society" refers to a body, as written when none is named)
    expect(attributions.map(row)).toEqual([
      '- / - / -',
      'Tamsin Orchard / allotment society / -',
      'Tamsin Orchard / allotment society / -',
      'Tamsin Orchard / allotment society / -',
      '- / - / -',
    ]);
  });

  it('keeps a scare-quoted phrase mid-sentence from opening a quote', () => {
    const attributions = attribute('The mayor called the plan ‘a fantasy’. The bypass will cost £40m.');
    expect(row(attributions[1])).toBe('- / - / -');
  });
});

describe('appositions between the name and the verb', () => {
  it('reads "Name, age, a role at Place, said": the speaker is the name, not a name inside the description', () => {
    const attributions = attribute('Oren Quellby, 47, a porter at Greyfield Royal for ten years, said the lifts had failed twice.');
    expect(attributions[0]?.speaker).toBe('Oren Quellby');
  });

  it('takes the last name of a role phrase as the speaker, not a name after its preposition', () => {
    expect(attribute('The chief engineer at Dunmore Yards, Petra Solheim, said the crane was safe.')[0]?.speaker).toBe('Petra Solheim');
    expect(attribute('A cousin of Ivo Marsh, Lena Marsh, said he had left at noon.')[0]?.speaker).toBe('Lena Marsh');
  });

  it('reads a title abbreviation before a name as a title ("Cllr")', () => {
    expect(attribute('Cllr Joss Whitley said the depot would stay open.')[0]?.speaker).toBe('Joss Whitley');
  });
});

describe('what is not said yet, and outlets described by a media noun', () => {
  it('reads no attribution in an obligation or a future ("must report", "will announce")', () => {
    const attributions = attribute(
      'Hauliers must report every accident to the agency, according to Rhea Tamm, a road-safety consultant. The board will announce its verdict in May.',
    );
    expect(row(attributions[0])).toBe('Rhea Tamm / - / -');
    expect(row(attributions[1])).toBe('- / - / -');
  });

  it('reads a name described as a news site, agency or magazine as the outlet', () => {
    expect(row(attribute('Freight volumes fell by a fifth, as reported by the trade news site Haulwise.')[0])).toBe('- / - / Haulwise');
    expect(row(attribute('Freight volumes fell by a fifth, the magazine Lorrytalk reported.')[0])).toBe('- / - / Lorrytalk');
  });
});

describe('the organisation a description points to', () => {
  it('gives an organisation the kind of the description it is in apposition to ("The school, X Academy,")', () => {
    const attributions = attribute(
      'The school on the hill, Lindgate Academy, lost its roof in the storm. A school spokeswoman, Edda Crane, said classes would resume on Monday. ' +
        'The school said the repairs would cost £80,000.',
    );
    expect(row(attributions[1])).toBe('Edda Crane / Lindgate Academy / -');
    expect(row(attributions[2])).toBe('- / Lindgate Academy / -');
  });

  it('reads the leading words of an organisation named in full before as that organisation, as an owner or before a role', () => {
    const attributions = attribute(
      'Tarnby Ridge Water Company raised its charges. Tarnby Ridge’s finance director, Milo Pratt, said costs had doubled. ' +
        'Tarnby Ridge engineer Sana Ibe said the pipes were old.',
    );
    expect(row(attributions[1])).toBe('Milo Pratt / Tarnby Ridge Water Company / -');
    expect(row(attributions[2])).toBe('Sana Ibe / Tarnby Ridge Water Company / -');
  });
});

describe('"its" after a sentence that opens with a description and a name in apposition', () => {
  it('points to the name in apposition, the subject, not the last organisation of the sentence', () => {
    const attributions = attribute(
      'The operator, Vessel Lines, will add two ferries, according to the Harbour Licensing Board. Its managing director, Ines Moro, said fares would not rise.',
    );
    expect(row(attributions[1])).toBe('Ines Moro / Vessel Lines / -');
  });
});

describe('quotes across paragraphs told apart by gender and by a colon', () => {
  it('reads a kin noun in apposition as the gender of a name the first-name list does not know', () => {
    const attributions = attribute(
      'Every morning, Orla Quent opens the forge at Pellow Iron, the last ironworks in the valley.\n\n' +
        'She has run it since 2011, when her father, Anselm Quent, retired.\n\n' +
        '“We had nine smiths then,” she said.\n\n' +
        '“Now there are two.',
    );
    expect(attributions[2]?.speaker).toBe('Orla Quent');
    expect(attributions[3]?.speaker).toBe('Orla Quent');
  });

  it('gives a quote a colon introduces to the person the clause before it opens with, organisation included', () => {
    const attributions = attribute(
      'The Brannock Canal Trust approved the repair. Its chief engineer, Idris Vell, was blunt: “The lock will fail within five years. We warned them.”',
    );
    expect(row(attributions[1])).toBe('Idris Vell / Brannock Canal Trust / -');
    expect(row(attributions[2])).toBe('Idris Vell / Brannock Canal Trust / -');
  });

  it('leaves a colon before a list of quoted words unattributed', () => {
    expect(row(attribute('The plan has three stages: “drain”, “dredge” and “refill”.')[0])).toBe('- / - / -');
  });
});

describe('"according to" with the medium the source spoke through', () => {
  it('reads "in an interview with" and "speaking to" after the source, past an apposition, as the outlet', () => {
    expect(row(attribute('The pension fund lost 2 billion, according to Vera Lusk in an interview with the Tamsby Courier.')[0])).toBe(
      'Vera Lusk / - / Tamsby Courier',
    );
    expect(row(attribute('The pension fund lost 2 billion, according to Vera Lusk, speaking to the Tamsby Courier.')[0])).toBe(
      'Vera Lusk / - / Tamsby Courier',
    );
    expect(
      row(
        attribute(
          "The pension fund lost 2 billion, according to Vera Lusk, the fund's former treasurer, in remarks to the Tamsby Courier.",
        )[0],
      ),
    ).toBe('Vera Lusk / - / Tamsby Courier');
  });

  it('reads a paper named by "Echo" as an outlet', () => {
    expect(
      row(attribute('Asked about the fine, Mrs Dorran told the Echo: ‘It will not bring the heating back.’')[0])?.endsWith(' / Echo'),
    ).toBe(true);
  });
});

describe('what a document named before finds', () => {
  it('gives "The report counted …" the issuer of the report the sentence before cited', () => {
    const attributions = attribute(
      'Sales of pottery fell 12 percent last year, according to a report by the Guild of Studio Potters. The report also counted 410 studios.',
    );
    expect(row(attributions[1])).toBe('- / Guild of Studio Potters / -');
  });

  it('gives a document no one named before to no one', () => {
    const attributions = attribute('Rhos Patel said the kilns were safe. The study counted 40 faults.');
    expect(row(attributions[1])).toBe('- / - / -');
  });
});

describe('a quote after what "he" or "she" did', () => {
  it('is the words of the speaker the pronoun stands for, past a man named in between', () => {
    const attributions = attribute(
      'Ilse Varga, 61, has run the ferry for 30 years. "My father told me, "Never trust the tide table,"" she says. ' +
        'Her brother Piet Varga left in 1990. She shrugs. "He was right."',
    );
    expect(attributions.map(row)).toEqual(['- / - / -', 'Ilse Varga / - / -', '- / - / -', '- / - / -', 'Ilse Varga / - / -']);
  });

  it('leaves a quote after a pronoun with no speaker of that gender before it unattributed', () => {
    const attributions = attribute('Tomas Brenner said the pier was safe. She waited. "Not for long."');
    expect(attributions.map(row)).toEqual(['Tomas Brenner / - / -', '- / - / -', '- / - / -']);
  });
});

describe('a speech clause set inside a sentence before a verbless tail', () => {
  it("is the sentence's outermost attribution over the pronoun subject of the clause it reports", () => {
    const attributions = attribute(
      'The Tarn Water Board said it would delay the permit. ' +
        'It now plans to rule in March, spokeswoman Eda Morrow said, after reading 900 letters. ' +
        'It now plans to rule in March, Eda Morrow said, and the hearing will follow.',
    );
    expect(attributions.map(row)).toEqual([
      '- / Tarn Water Board / -',
      'Eda Morrow / Tarn Water Board / -',
      'Eda Morrow / Tarn Water Board / -',
    ]);
  });
});

describe('"reported by" in a passive inside what a speaker said', () => {
  it('is no outlet of the sentence; "as reported by" after a statement still is', () => {
    const attributions = attribute(
      'The Kell Tenants Union said it had not seen the plan before it was reported by the Kell Gazette. ' +
        'Rents rose 9 percent, as reported by the Kell Gazette.',
    );
    expect(attributions.map(row)).toEqual(['- / Kell Tenants Union / -', '- / - / Kell Gazette']);
  });
});
