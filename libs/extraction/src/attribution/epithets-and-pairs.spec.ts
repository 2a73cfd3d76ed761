import { findEntities } from '../entities/find-entities';
import { rows } from '../testing/attribution';

describe('"the latter" and "the former" (issue 15, attr-ref5)', () => {
  it('are the second and the first of the last two people named', () => {
    const text =
      'Marit Sund and Olav Brekke will run the new survey in March. ' +
      'The latter said the boat had been booked for six weeks. ' +
      'The former said the first results would come in May.';
    const [, latter, former] = rows(text);
    expect(latter).toBe('Olav Brekke / - / -');
    expect(former).toBe('Marit Sund / - / -');
  });

  it('reach back over paragraphs to two people quoted apart, and keep what each spoke for', () => {
    const text =
      'Dr Hilde Vass, of the Coastal Ecology Institute, said the beds had shrunk by a third.\n\n' +
      'Professor Ian Rudd, of Kelvin University, said the decline had slowed since 2020.\n\n' +
      'The two scientists agree that more monitoring is needed. The latter said a second survey would settle it.';
    expect(rows(text)[3]).toBe('Ian Rudd / Kelvin University / -');
  });

  it('name no one when only one person was named, and "the former minister" stays a former post', () => {
    expect(rows('Jo Penn opened the hall. The latter said it had cost £2 million.')[1]).toBe('- / - / -');
  });
});

describe('a person by age, nationality or position (issue 15, attr-ref5)', () => {
  it('reads "the N-year-old" as the one person given that age, however far back', () => {
    const text =
      'Skipper Aled Morgan, 58, has run the night ferry since 2009.\n\n' +
      'The ferry company said the route lost £380,000 last year.\n\n' +
      'Its chief executive, Dana Cole, said a subsidy was needed.\n\n' +
      '"We got 4,000 signatures in a week," the 58-year-old says.';
    expect(rows(text)[3]).toBe('Aled Morgan / - / -');
  });

  it('leaves an age two people share to the other rules', () => {
    const text = 'Tom Vale, 41, and Ben Hart, 41, met in 2010. The club said it would appeal. The 41-year-old said it was wrong.';
    expect(rows(text)[2]).not.toBe('Tom Vale / - / -');
  });

  it('reads "the Welshman", "the Scot" as a description of the person who just spoke, not a name', () => {
    const text =
      'Kelby Rovers manager Gethin Price said the goal should not have stood. ' +
      '"It was a foul," the Welshman said. ' +
      'Albion coach Craig Munro said the referee was right. The Scot said the goal was fair.';
    const [, welshman, , scot] = rows(text);
    expect(welshman).toBe('Gethin Price / Kelby Rovers / -');
    expect(scot).toBe('Craig Munro / Albion / -');
    expect(findEntities('"It was a foul," the Welshman said.').map((entity) => entity.text)).toEqual([]);
  });

  it('reads a describing noun opening the paragraph after one that introduced the person', () => {
    const text = 'Substitute Yan Dorr, 36, set up both goals.\n\nThe veteran, who joined in the summer, said he wanted more minutes.';
    expect(rows(text)[1]).toBe('Yan Dorr / - / -');
  });

  it('reads "the midfielder" as the player who spoke just before', () => {
    const text = 'Tom Reece, who scored twice, said the side deserved the win. The midfielder said the run was not over.';
    expect(rows(text)[1]).toBe('Tom Reece / - / -');
  });

  it('reads "the chief executive" as the person introduced as the company\'s boss', () => {
    const text =
      'Tarnmoor Water said the report was out of date. ' +
      "The company's boss, Ruth Lyle, said spills had fallen by a fifth. " +
      'The chief executive added that most failures were near farms.';
    expect(rows(text)[2]).toBe('Ruth Lyle / Tarnmoor Water / -');
  });
});

describe('appositions, passives and owners (issue 15, attr-ref5)', () => {
  it('reads "Name, now a …," and "Name, then a …," as an apposition describing the name', () => {
    expect(rows('Arne Vik, now a senior adviser at the bank, said the rate was too high.')[0]).toBe('Arne Vik / - / -');
    expect(rows('Elin Moe, then a junior engineer, said the wall was weak.')[0]).toBe('Elin Moe / - / -');
  });

  it('reads no inverted speaker in "Asked by X whether …, Y says:"', () => {
    const text =
      'The landlord, Alma Kerr, 61, gave evidence. Asked by Mr Dunlop whether she had raised the rent, the 61-year-old says: "Once."';
    expect(rows(text)[1]).toBe('Alma Kerr / - / -');
  });

  it('reads "Name\'s ministry said" as the ministry alone, the one her post is in', () => {
    const text = "Transport Minister Ola Rydh defended the tolls. Rydh's ministry said the tolls had raised 90 million crowns.";
    expect(rows(text)[1]).toBe('- / Ministry of Transport / -');
  });

  it('reads the medium after "Speaking to the state broadcaster X"', () => {
    const text = 'Mayor Petra Lind spoke on Monday. Speaking to the state broadcaster KRT on Monday, Lind said the bridge would reopen.';
    expect(rows(text)[1]).toBe('Petra Lind / - / KRT');
  });

  it('reads "accepted that" as a statement and "accepted the offer" as none', () => {
    expect(rows('Mr Orme accepted that the ladder had not been checked.')[0]).toBe('Orme / - / -');
    expect(rows('Mr Orme accepted the offer in May.')[0]).toBe('- / - / -');
  });
});

describe('a document and its authors (issue 15, attr-ref5)', () => {
  it('gives "The report, by researchers at X, found" and "carried out by X for Y" to X', () => {
    expect(rows('The report, by researchers at Dunmore University, found that 41 beaches failed.')[0]).toBe('- / Dunmore University / -');
    expect(rows('The survey, carried out by Harl Engineering for the council, concluded that the bridge was unsafe.')[0]).toBe(
      '- / Harl Engineering / -',
    );
  });

  it('reads "its authors" as the study just reported, not a body named since', () => {
    const text =
      'The study, by researchers at Dunmore University, found that 41 beaches failed. ' +
      'Official figures published by the Water Agency rated nine as poor. ' +
      'Its authors say the difference comes from how often the water is tested.';
    expect(rows(text)[2]).toBe('- / Dunmore University / -');
  });

  it("keeps a possessive that owns nothing at the end of an organisation's name", () => {
    const names = findEntities("She is a physicist at the University of St Aidan's, where she built the coils.").map(
      (entity) => entity.text,
    );
    expect(names).toContain("University of St Aidan's");
    expect(findEntities("The Harbour Clinic's director said so.").map((entity) => entity.text)).toContain('Harbour Clinic');
  });

  it('keeps a name whose description holds a place read as a person, so a later "Dr Surname" is her', () => {
    const text =
      'The meeting heard from Dr Ffion Hale, who chairs the Tarren Valley branch of the Society of Midwives, on Monday. ' +
      'Dr Hale said births had risen by a tenth.';
    expect(rows(text)[1]).toMatch(/^Ffion Hale \//u);
  });

  it('reads "an opposition MP" as no organisation', () => {
    expect(findEntities('Jo Roe, an opposition MP, said so.').map((entity) => entity.type)).toEqual(['person']);
  });
});
