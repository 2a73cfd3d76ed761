import { attribute, row } from '../testing/attribution';

describe('a possessive role in apposition before a name', () => {
  it('reads a party or affiliation before the role and the name ("Conservative MP Name")', () => {
    const attributions = attribute(
      "The Rivers Committee's vice-chair, Liberal MP Odile Farrant, said the figures were incomplete. Farrant said she would ask for more.",
    );
    expect(attributions.map(row)).toEqual(['Odile Farrant / Rivers Committee / -', 'Odile Farrant / Rivers Committee / -']);
  });

  it('reads a role noun wink tags as a verb after a possessive and a noun ("the council\'s culture lead")', () => {
    expect(row(attribute("Dunley Council's heritage lead, Ravi Chaudry, said the library would reopen in May.")[0])).toBe(
      'Ravi Chaudry / Dunley Council / -',
    );
  });
});

describe('a post of state written before the name', () => {
  it('gives "the Secretary of State for X, Name," the department of her portfolio the text names, also after her', () => {
    const attributions = attribute(
      'The Secretary of State for Fisheries, Carys Penwarden, told MPs the quota would rise. ' +
        'The Department for Fisheries and Coasts said the rise was 4 percent. ' +
        'Penwarden said in a statement that boats would benefit. ' +
        'The Secretary of State for Culture, Idris Mabon, said the harbour museum would stay open.',
    );
    expect(attributions.map(row)).toEqual([
      'Carys Penwarden / Department for Fisheries and Coasts / -',
      '- / Department for Fisheries and Coasts / -',
      'Carys Penwarden / Department for Fisheries and Coasts / -',
      'Idris Mabon / - / -',
    ]);
  });
});

describe('a definite role noun pointing back to people named by that role alone', () => {
  it('gives "The researchers said" the organisation of the researchers an earlier sentence quoted', () => {
    const attributions = attribute(
      'Tidal pools warmed by two degrees in a decade, according to scientists at the Orwen Marine Institute. ' +
        'The survey covered 90 pools. The scientists said limpets had moved north.',
    );
    expect(attributions.map(row)).toEqual(['- / Orwen Marine Institute / -', '- / - / -', '- / Orwen Marine Institute / -']);
  });
});

describe('a definite person noun with where she works', () => {
  it('reads "The economist at X said" as the recent speaker of X, not the last economist', () => {
    const attributions = attribute(
      'Pavla Sedlak, chief economist at Morrow Capital, said rates would fall. ' +
        'Ines Halloran of Brightmere Bank said wages were rising too fast. ' +
        'Sedlak said the bank would cut in March. The economist at Brightmere said she expected no cut before June.',
    );
    expect(row(attributions[3])).toBe('Ines Halloran / Brightmere Bank / -');
  });

  it('does not take a speaker of that organisation who holds another post', () => {
    const attributions = attribute(
      'Tom Reddy, head of sales at Morrow Capital, said orders were up. The analyst at Morrow said growth would slow.',
    );
    expect(attributions[1]?.speaker).toBeNull();
  });
});

describe('a speech verb joined by "and" to the sentence\'s first verb', () => {
  it('gives the sentence to the subject that opens it, the clause being "and said" alone', () => {
    const text =
      'The Skelby Harbour Authority raised its landing fees by 6 percent on Tuesday, its first rise since 2019, and said trade had recovered.';
    const [attribution] = attribute(text);
    expect(row(attribution)).toBe('- / Skelby Harbour Authority / -');
    expect(attribution?.cue && text.slice(attribution.cue.start, attribution.cue.end)).toBe('and said');
  });

  it('reads no speaker for a passive, a modal or a relative clause before the "and"', () => {
    const attributions = attribute(
      'The driver was questioned and said nothing. Ferries must report delays to the harbour office and explain them. ' +
        'Rates rose, according to Nell Varga, who ran the office until May and now advises lenders.',
    );
    expect(attributions.slice(0, 2).map(row)).toEqual(['- / - / -', '- / - / -']);
    expect(attributions[2]?.speaker).toBe('Nell Varga');
  });
});

describe('whom a post-holder introduced by her post speaks for', () => {
  it("takes the organisation the author's sentence before is about, past a fronted phrase, over the last to speak", () => {
    const attributions = attribute(
      'Tomas Wirral, secretary of the Lowland Rowing League, said the regatta would go ahead. ' +
        'On the river, Kelham Rowing Club lead the table. Manager Ines Petrak said her crew had trained twice a day.',
    );
    expect(row(attributions[2])).toBe('Ines Petrak / Kelham Rowing Club / -');
  });

  it('reads a rank that is also a club post ("Captain Name") as a post-holder, a colleague of the one who spoke before', () => {
    const attributions = attribute(
      'On the river, Kelham Rowing Club lead the table. Manager Ines Petrak said her crew had trained twice a day. ' +
        'Captain Rolf Anning, 24, said the boat was new.',
    );
    expect(row(attributions[2])).toBe('Rolf Anning / Kelham Rowing Club / -');
  });
});

describe('a definite noun describing a person, no post', () => {
  it('is the named person who spoke in the sentence just before ("The goalkeeper said")', () => {
    const attributions = attribute(
      'Mirek Odell, 31, said the squad had trained in the snow. The goalkeeper said two players were injured. ' +
        'Elsewhere, the pitch was frozen.\n\nThe goalkeeper said the match was off.',
    );
    expect(attributions.map(row)).toEqual(['Mirek Odell / - / -', 'Mirek Odell / - / -', '- / - / -', '- / - / -']);
  });
});

describe('"its" after a sentence with a description and a name', () => {
  it('points to the organisation named after the description the sentence opens with', () => {
    const attributions = attribute(
      'The Coastal Affairs Committee said harbour dues had doubled. ' +
        'The committee heard from the Inshore Fishermen Federation, which represents 900 boats. ' +
        'Its president, Orla Keaveney, said 40 boats had been sold.',
    );
    expect(row(attributions[2])).toBe('Orla Keaveney / Inshore Fishermen Federation / -');
  });

  it('still points to the description when nothing is named after it ("The watchdog did not reply. Its director …")', () => {
    const attributions = attribute(
      'The Coastal Affairs Committee said harbour dues had doubled. The committee met on Friday. ' +
        'Its clerk, Bryn Hollis, said the report would follow.',
    );
    expect(row(attributions[2])).toBe('Bryn Hollis / Coastal Affairs Committee / -');
  });
});

describe('a second apposition describing the workplace in the first', () => {
  it('keeps the person the first apposition describes as the speaker', () => {
    const attributions = attribute(
      'Rhian Doyle, 58, a pharmacist at the Carrick Health Centre, one of nine in the county, said stocks had run low.',
    );
    expect(row(attributions[0])).toBe('Rhian Doyle / Carrick Health Centre / -');
  });
});

describe('a short name ending in the possessive of an organisation named before', () => {
  it('reads "a surgeon at Saint X\'s" as "Saint X\'s Infirmary" named before', () => {
    const attributions = attribute(
      "The study was run at Saint Wenna's Infirmary. Dr Ivo Pask, a surgeon at Saint Wenna's, said 300 patients took part.",
    );
    expect(row(attributions[1])).toBe("Ivo Pask / Saint Wenna's Infirmary / -");
  });
});

describe('"the club" and "the company" between two organisations', () => {
  it('reads a closing "…, the club said" as the organisation the sentence opens with', () => {
    const attributions = attribute(
      'Tarrow Rovers will stay at Bell Lane after talks with neighbours Quenby Vale broke down, the club said on Monday.',
    );
    expect(row(attributions[0])).toBe('- / Tarrow Rovers / -');
  });

  it('reads "the club" as the team named by its nickname, not a business named after it', () => {
    const attributions = attribute(
      'The Harwick Wanderers will leave the Dell Arena next season. ' +
        'The arena operator, Fenmore Leisure, said the Wanderers owed it rent. ' +
        "The club's treasurer, Moira Quaid, said the rent had been paid.",
    );
    expect(row(attributions[2])).toBe('Moira Quaid / Harwick Wanderers / -');
  });
});

describe('a business described by its trade is no club', () => {
  it('reads "the club\'s chief executive" as the club, not a bookmaker that spoke after it', () => {
    const attributions = attribute(
      "Varnel, the region's biggest bookmaker, denied owing Oster Rovers money. " +
        '"We paid," Varnel said in a statement. ' +
        "The club's chief executive, Ruth Kalder, said it had not.",
    );
    expect(attributions.map(row)).toEqual(['- / Varnel / -', '- / Varnel / -', 'Ruth Kalder / Oster Rovers / -']);
  });
});

describe('a police rank before a name', () => {
  it('speaks for the police force that spoke just before', () => {
    const attributions = attribute(
      'Marrick Police said the fire was not suspicious. Detective Sergeant Aled Pryse said officers wanted to trace a van.',
    );
    expect(row(attributions[1])).toBe('Aled Pryse / Marrick Police / -');
  });
});

describe("a place's possessive before a role naming a body", () => {
  it('reads "the county\'s health officer" as the county body named before that holds "health"', () => {
    const attributions = attribute(
      'Cases of measles rose to 9, the Brayton County Health Department said. ' +
        "The county's health department first reported the outbreak on May 2. " +
        'Tests traced 6 of them to a school, according to the department.\n\n' +
        '"Check your records," said Dr. Ilse Maran, the county\'s health officer.',
    );
    expect(row(attributions[3])).toBe('Ilse Maran / Brayton County Health Department / -');
  });
});

describe('a role of an organisation described with no name', () => {
  it('reads "the head of the district water board, Name," as that board, as written', () => {
    const attributions = attribute('Wells ran dry in 30 villages, the head of the district water board, Ansel Rook, said.');
    expect(row(attributions[0])).toBe('Ansel Rook / district water board / -');
  });
});

describe("a clause's own possessive before what a later description says", () => {
  it('gives "The committee\'s chair, Name," the committee though a later mention names her party', () => {
    const attributions = attribute(
      'The Fisheries Committee said quotas were too low. ' +
        "The committee's chair, Aled Morgan, said 30 boats had been sold. " +
        'Morgan, a Green MP, said the report would go to ministers.',
    );
    expect(row(attributions[1])).toBe('Aled Morgan / Fisheries Committee / -');
  });
});

describe('appositions in sentences that say nothing, read for the later quotes', () => {
  it('reads "the X\'s chief operating officer, Name," whole, past the participle wink tags as a verb', () => {
    const attributions = attribute(
      'Porters at Keswin General Hospital will vote on Friday. ' +
        "Its union's president, Aine Moll, and the hospital's chief operating officer, Dario Fenn, met on Monday. " +
        '“The offer is fair,” Fenn said.',
    );
    expect(row(attributions[2])).toBe('Dario Fenn / Keswin General Hospital / -');
  });

  it('reads a person noun with where she works as an apposition\'s description ("Her co-author at the institute, Name,")', () => {
    const attributions = attribute(
      'The survey was run by the Tarrow Institute of Soil Science. Her co-author at the institute, Emeric Salo, sampled 300 fields. ' +
        'Salo said a third had lost topsoil.',
    );
    expect(row(attributions[2])).toBe('Emeric Salo / Tarrow Institute of Soil Science / -');
  });

  it("does not read the description of the name before a semicolon as the next name's", () => {
    const attributions = attribute(
      'The panel: Dr. Ola Brandt, a chemist at the Kessel Institute of Water; Ines Varro, a councillor. Varro said the pipes were old.',
    );
    expect(row(attributions[1])).toBe('Ines Varro / - / -');
  });

  it('gives the role after "whose" the organisation before it ("The X Party, whose economic spokesman Name …")', () => {
    const attributions = attribute(
      'The opposition Civic Renewal Party, whose economic spokesman Toma Ardelean wrote the estimate, rejected the budget. ' +
        'Ardelean said the deficit would reach 5 percent.',
    );
    expect(row(attributions[1])).toBe('Toma Ardelean / Civic Renewal Party / -');
  });
});

describe('an apposition after an inverted speaker', () => {
  it('keeps the speaker named after the verb when a relative clause after her role has a verb of writing', () => {
    expect(
      row(attribute('“Small kilns close first,” said Berit Oxley, the guild’s executive director, who wrote the report.')[0])?.startsWith(
        'Berit Oxley / ',
      ),
    ).toBe(true);
  });

  it('reads an organisation named before an apposition headed by a workplace noun as a business, not a person', () => {
    const attributions = attribute(
      'The Last Kiln in Harrow Vale\n\n' +
        'Every morning, Edda Brisk lights the kiln at Vale Road Pottery, the last working potteryworks in the county. ' +
        'The Southern Studio Pottery Guild counts 90 members.\n\n' +
        '“We fire twice a week,” she said.',
    );
    expect(attributions[3]?.speaker).toBe('Edda Brisk');
  });
});

describe('an office named after its holder', () => {
  it('is the organisation its staff and a later "the watchdog" speak for, and no business "the insurer" stands for', () => {
    const attributions = attribute(
      'Brisk Mutual said it had paid 90 percent of claims. The Home Lending Ombudsman opened an inquiry, the watchdog said. ' +
        '"We have 400 complaints," said Tova Riis, the ombudsman\'s head of casework. A spokesman for the insurer said most were settled.',
    );
    expect(attributions.map(row)).toEqual([
      '- / Brisk Mutual / -',
      '- / Home Lending Ombudsman / -',
      'Tova Riis / Home Lending Ombudsman / -',
      '- / Brisk Mutual / -',
    ]);
  });
});

describe('a possessive in a relative clause of the apposition', () => {
  it('gives no organisation when it is the object of what she did, but does when she runs it or holds its post', () => {
    const attributions = attribute(
      'Orla Mining said the tailings dam was sound. ' +
        "Bram Keane, an engineer who inspected the company's dam for the province, disagreed. " +
        "Ada Lunde, who runs the company's safety unit, said the dam was checked weekly. " +
        "Ivo Marsh, who is the company's treasurer, said repairs cost $2m.",
    );
    expect(attributions.map(row)).toEqual([
      '- / Orla Mining / -',
      'Bram Keane / - / -',
      'Ada Lunde / Orla Mining / -',
      'Ivo Marsh / Orla Mining / -',
    ]);
  });
});

describe('court reports: counsel and what she puts to a witness', () => {
  it('reads "Counsel for the X, Name KC, put it to her that …" as counsel speaking for X, and "Mr Name" later as the same person', () => {
    const attributions = attribute(
      'The Harbour Lending Board said it had acted lawfully. ' +
        'Counsel for the board, Orla Brandt KC, put it to the witness that the loan had been approved in May. ' +
        'Ms Brandt said the minutes showed it.',
    );
    expect(attributions.map(row)).toEqual([
      '- / Harbour Lending Board / -',
      'Orla Brandt / Harbour Lending Board / -',
      'Orla Brandt / Harbour Lending Board / -',
    ]);
  });

  it('reads a text ending in "put it" without looking past its end (found by extract.fuzz.spec)', () => {
    expect(attribute('The ferry company put it').map(row)).toEqual(['- / - / -']);
  });

  it('gives a post-holder no organisation named for the people who hold that post ("the Referees\' Association")', () => {
    const attributions = attribute(
      "The Plumbers' Association said call-out fees were too low. The plumber Tomas Ilic said he had been paid late.",
    );
    expect(attributions.map(row)).toEqual(["- / Plumbers' Association / -", 'Tomas Ilic / - / -']);
  });
});
