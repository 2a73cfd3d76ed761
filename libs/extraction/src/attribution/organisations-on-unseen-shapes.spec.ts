import { attribute, lastWho } from '../testing/attribution';

describe('organisations read whole or cut', () => {
  it.each([
    // Capitalised plurals for people after an organisation word are the members a body is named for.
    ['Brackenmoor Dairy Farmers said it had 1,400 members.', '- / Brackenmoor Dairy Farmers'],
    [
      '"The winter was long," said Ivo Tamsin, who chairs Brackenmoor Dairy Farmers\' supply committee.',
      'Ivo Tamsin / Brackenmoor Dairy Farmers',
    ],
    [
      "Brackenmoor Dairy Farmers' chief executive, Ruth Imber, said milk prices had fallen 8 per cent.",
      'Ruth Imber / Brackenmoor Dairy Farmers',
    ],
    // A possessive owner before "Centre for …": the name the possessive owns keeps its "for".
    [
      "Wexcombe University's Institute for Upland Farming said 41 per cent of hill farms had borrowed money.",
      "- / Wexcombe University's Institute for Upland Farming",
    ],
    // An office's name ("… Executive", "… Ombudsman") ends a name joined by "and" as an organisation word does.
    [
      'Fire and Safety Executive inspector Mara Quist said the doors had not been checked for a year.',
      'Mara Quist / Fire and Safety Executive',
    ],
    [
      'Prosecuting for the Fire and Safety Executive, Mara Quist said the doors had been wired wrongly.',
      'Mara Quist / Fire and Safety Executive',
    ],
    ['Chief Executive Mara Quist said the doors had been wired wrongly.', 'Mara Quist / -'],
    // An acronym's possessive opening a sentence owns the post after it.
    [
      "The Upland Hydrogen Partnership says it has cut costs by a third. UHP's coordinator, Mira Castell, said 9 firms had joined.",
      'Mira Castell / UHP',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('subjects cut from their verb by a clause', () => {
  it.each([
    // A participle clause between commas says nothing of who speaks.
    ['A survey by the Corvale Water Trust, commissioned by the county, found that 60 pipes had burst.', '- / Corvale Water Trust'],
    ['A survey by the Corvale Water Trust, published on Monday, found that 60 pipes had burst.', '- / Corvale Water Trust'],
    // A currency sign or a percent sign inside a relative clause is no break in it.
    [
      'The Ellery Family Foundation, which gave the museum $250,000 last year, said it could not give more.',
      '- / Ellery Family Foundation',
    ],
    ['The Ellery Family Foundation, which owns 12% of the site, said it could not give more.', '- / Ellery Family Foundation'],
    // An apposition after "Name of X" describes X; the person speaks.
    ['Tova Brask of Hollin Scrap Metals, a recycler, said the yard took 30 tonnes a day.', 'Tova Brask / Hollin Scrap Metals'],
    ['Tova Brask of Hollin Scrap Metals, one of the partners, said the yard took 30 tonnes a day.', 'Tova Brask / Hollin Scrap Metals'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });

  it('leaves a clause with a verb and its object, before an inverted speaker, to that speaker', () => {
    expect(
      lastWho(
        'The lorry, which had left Dunmarsh at dawn, hit the barrier 3 kilometres from the port, said Oren Vail, head of the harbour police.',
      ),
    ).toBe('Oren Vail / harbour police / -');
  });
});

describe('"the paper" as a piece of research', () => {
  it('reads "the paper found" as the study named before, for its body, with no speaker', () => {
    const text =
      "A study by Wexcombe University's Institute for Upland Farming found that 41 per cent of hill farms had borrowed money. " +
      'The paper found that the share had doubled since 2018.';
    expect(lastWho(text)).toBe("- / Wexcombe University's Institute for Upland Farming / -");
  });

  it('gives "Name\'s paper found" to its author', () => {
    const text =
      'Dr Ines Garrow, who runs the soils unit at Wexcombe University, said 12 farms had closed. ' +
      "Garrow's paper, published in June, found that 30 more were in debt.";
    expect(lastWho(text)).toBe('Ines Garrow / Wexcombe University / -');
  });
});

describe('people tied to the body they speak for', () => {
  it('gives shop stewards at a workplace the union named before', () => {
    const text =
      'Packers at the Tannock depot are represented by the Dock and Warehouse Workers Union, which says 20 jobs went in May. ' +
      'Shop stewards at the Tannock site said crews had worked 14-hour shifts.';
    expect(lastWho(text)).toBe('- / Dock and Warehouse Workers Union / -');
  });

  it('leaves shop stewards with no union named without one', () => {
    expect(lastWho('Shop stewards at the Tannock depot said crews had worked 14-hour shifts.')).toBe('- / - / -');
  });

  it('reads "heads research at the description, Name" as that name', () => {
    const text =
      "Professor Lise Aaberg heads research at the project's lead partner, Fjordvik Technical University. " +
      '"We can do it at scale now," Aaberg said.';
    expect(lastWho(text)).toBe('Lise Aaberg / Fjordvik Technical University / -');
  });

  it('finds an Irish surname written with its particle', () => {
    const text =
      'Áine Ní Dhuinn, who chairs the Tully Bay Arts Festival, said 9,000 tickets had sold. Ní Dhuinn said 2 more nights would be added.';
    expect(lastWho(text)).toBe('Áine Ní Dhuinn / Tully Bay Arts Festival / -');
  });

  it('reads the festival named before as the owner of "the festival\'s chairwoman"', () => {
    const text =
      "Organisers of the Tully Bay Arts Festival say it will run for 3 nights. The festival's chairwoman, Áine Ní Dhuinn, said the grant had halved.";
    expect(lastWho(text)).toBe('Áine Ní Dhuinn / Tully Bay Arts Festival / -');
  });

  it('finds a surname written with its particle capitalised', () => {
    const text =
      'Lotte van der Berg, who chairs the Haarveld Growers Cooperative, said 30 farms had joined. Van der Berg said 4 more would follow.';
    expect(lastWho(text)).toBe('Lotte van der Berg / Haarveld Growers Cooperative / -');
  });
});

describe('a list of portfolio words cut off by the end of the text', () => {
  it('does not read past the last word ("Assembly of V, T and")', () => {
    expect(() => attribute('Assembly of V, T and')).not.toThrow();
  });
});

describe('bodies named in another language', () => {
  it.each([
    // The kind word opening the name is the English noun a later reference uses.
    [
      'The Federación Costera de Remo suspended two rowers. The federation said 14 samples had been tested.',
      '- / Federación Costera de Remo',
    ],
    [
      "The Stiftung für Küstenschutz paid for the dunes. The foundation's director, Jana Wendt, said 40 hectares were planted.",
      'Jana Wendt / Stiftung für Küstenschutz',
    ],
    ['Clube Atlético Marvão was fined €20,000. The club said it would appeal.', '- / Clube Atlético Marvão'],
    // Such a name is called by its last word: "Marvão's president".
    [
      "Clube Atlético Marvão was fined €20,000. Marvão's president, Rui Sousa, said the club would appeal.",
      'Rui Sousa / Clube Atlético Marvão',
    ],
    // A name its kind word opens is no nameless brand that "the start-up" may stand for.
    [
      "The Instituto de Pesca tagged 300 nets with the Zentrum für Meeresbiologie. Tidewell, the Lisbon start-up whose tags were used, said it had built 300. The start-up's founder, Rui Matos, said 40 boats took part.",
      'Rui Matos / Tidewell',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('a name an apposition says is a body', () => {
  it.each([
    // The apposition's head noun, after a demonym and before a relative clause, is an organisation's.
    ['Tarvik Pensjonskasse, the Danish pension fund that owns a fifth of the port, said it backed the sale.', '- / Tarvik Pensjonskasse'],
    ['Morla Sendal, a dairy co-operative based in Kerry, said it paid 41 cents a litre.', '- / Morla Sendal'],
    // A person's noun or a preposition before a body's noun keeps the name a person's.
    ['Edda Marsk, a spokeswoman for the union, said it had 900 members.', 'Edda Marsk / union'],
    ['Edda Marsk, a Dane who chairs the union, said 900 members voted.', 'Edda Marsk / union'],
    // "the fund", "the society", "the forum" refer back to the body so described or named.
    [
      'Tarvik Pensjonskasse, the pension fund, backed the sale. The fund said it had held the shares since 2019.',
      '- / Tarvik Pensjonskasse',
    ],
    [
      "Tarvik Pensjonskasse, the pension fund, backed the sale. The fund's chief investment officer, Ole Brun, said 4 per cent was enough.",
      'Ole Brun / Tarvik Pensjonskasse',
    ],
    ['The Harbour Residents Society opposed the plan. The society said 300 people had signed.', '- / Harbour Residents Society'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('a member named before "of the" and a description', () => {
  it.each([
    // A description after a bracketed acronym describes the name before it.
    [
      "Wages are late, according to the Kestrel Players Association (KPA), the players' union. The union said 30 players had complained.",
      '- / Kestrel Players Association',
    ],
    // "Name of the union": the member of the body the description stands for.
    [
      "The Kestrel Players Association, the players' union, met on Monday. Ivo Marr of the union said 30 players had complained.",
      'Ivo Marr / Kestrel Players Association',
    ],
    // A plural possessive narrows the description as a modifier does: the players' union, not the referees'.
    [
      "The Asociación de Árbitros (ADA), the referees' union, met on Monday. Ivo Marr of the referees' union said 12 had quit.",
      'Ivo Marr / Asociación de Árbitros',
    ],
    [
      "The Asociación de Árbitros (ADA), the referees' union, met on Monday. Ivo Marr of the players' union said 12 had quit.",
      'Ivo Marr / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('members and staff of a body named before', () => {
  it.each([
    // A verb of belonging in the present, and its preposition.
    [
      'The Kelso Valley Water Board raised charges. Ana Roe, who works for the water board, said 300 homes had complained.',
      'Ana Roe / Kelso Valley Water Board',
    ],
    [
      'The Kelso Valley Water Board raised charges. Ana Roe, who sits on the board, said 300 homes had complained.',
      'Ana Roe / Kelso Valley Water Board',
    ],
    // ("who worked at": she has left it)
    [
      'The Kelso Valley Water Board raised charges. Ana Roe, who worked at the board until May, said 300 homes had complained.',
      'Ana Roe / -',
    ],
    // An occupation a kind of body employs, opening the sentence, speaks for such a body named just before.
    ['The Tarnby Ambulance Service sent four crews. Paramedics said they had treated 12 people.', '- / Tarnby Ambulance Service'],
    ['The Tarnby Police Service arrested two men. Detectives said 12 shops had been looted.', '- / Tarnby Police Service'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('"its" after a subject introduced by a descriptor', () => {
  it('points to the named subject of the sentence before, not a body its clause mentions', () => {
    const text =
      "Kelby Rovers were fined. The supporters' group Blue Tide said 3,000 fans had asked for the club to be sold. Its spokesman, Ivo Marr, said 40 had joined.";
    expect(lastWho(text)).toBe('Ivo Marr / Blue Tide / -');
  });
});
