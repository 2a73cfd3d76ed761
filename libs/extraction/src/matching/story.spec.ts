import { ClaimMatchIndex } from './claim-match-index';
import { bandKey } from './lsh';
import { normaliseClaim } from './normalise';
import { computeSignature, deserializeSignature, serializeSignature, signArticleClaims, signatureBandKeys } from './signature';
import { claimSimilarity } from './similarity';
import {
  STORY_BAND,
  STORY_FILE_NAMES,
  STORY_KEY_NAMES,
  STORY_KEY_NUMBERS,
  STORY_NAMES,
  storyBandKeys,
  storyFingerprint,
  storyNames,
  storyNumbers,
  StoryRelation,
  storyRelation,
} from './story';
import { MATCH_CONFIRM_THRESHOLD, MATCH_SUGGEST_THRESHOLD, MAX_SIMILARITY_WITH_CONFLICT } from './thresholds';

const names = (...texts: string[]): string[] => storyNames(texts.map((text) => normaliseClaim(text)));

// Two invented stories: a ferry running aground off an island, a factory closing in a river town.
const FERRY_WIRE = [
  'The ferry Solveig ran aground off Tarnholm on Friday with 212 passengers on board, the coastguard said.',
  'All 212 passengers were taken off by lifeboats within three hours.',
  'The operator, Brekke Lines, said the vessel had lost steering in high winds.',
];
const FERRY_LOCAL = [
  'Lifeboats brought every one of the 212 people on the Solveig ashore after the ship struck rocks near Tarnholm.',
  'Brekke Lines blamed a steering failure during the storm.',
];
const FACTORY = [
  'The Ostrava Components plant in Lindau will close next year, cutting 212 jobs, the company said.',
  'Union leaders in Lindau called the decision a betrayal.',
];

describe('storyNames', () => {
  it('keeps the names an article uses, most frequent first', () => {
    expect(
      names('Mayor Ilse Korhonen visited Vallby on Monday.', 'Vallby has 4,000 residents.', 'Korhonen said Vallby would rebuild.'),
    ).toEqual(expect.arrayContaining(['vallby', 'korhonen']));
    expect(names('Vallby has 4,000 residents.', 'Aid reached Vallby and Grenå.')[0]).toBe('vallby');
  });

  it('leaves out a capitalised word the article also writes in lower case', () => {
    expect(names('The Harbour Authority said 40 boats sank.', 'The harbour was closed.')).not.toContain('harbour');
  });

  it("leaves out a name's initials, which repeat the name, but keeps an acronym as written", () => {
    const found = names('Crews from the Tarrow Bridge Trust counted 30,000 cars.', 'Tarrow reopened in May.');
    expect(found).not.toContain('tbt');
    expect(names('TBT counted 30,000 cars.', 'The Tarrow Bridge Trust reopened it.', 'TBT has 12 staff.')[0]).toBe('tbt');
  });

  it('leaves out months, weekdays and time words', () => {
    const found = names('In March the Tarrow bridge reopened.', 'Last year Tarrow had 30,000 crossings.', 'By Friday Tarrow was busy.');
    expect(found).toEqual(['tarrow']);
  });

  it('leaves out common words that WordNet groups with synonyms, capitalised or not', () => {
    expect(names('Police said 12 Workers were hurt in Saltvik.')).toEqual(['saltvik']);
    expect(names('Police have opened an inquiry in Saltvik.', 'Saltvik Police arrested two men.')).toEqual(['saltvik']);
  });

  it('leaves out capitalised words WordNet writes in lower case: parts of an organisation or a street', () => {
    expect(names('The Defence Ministry said 40 soldiers died near Korvan.', 'Korvan Road was shut by the Fire Service.')).toEqual([
      'korvan',
    ]);
    // The body whose name is all common words names the story by its initials, after the place (version 22).
    expect(names('The Northern Volume Service ran 12 ships from Rostmark.')).toEqual(['rostmark', 'nvs']);
  });

  it('keeps a rare animal or plant word written as a name ("Kestrel Airport"), even opening a claim, but no other common word', () => {
    expect(names('Kestrel Airport has said all flights are suspended.', 'The fire at Kestrel Airport is under control.')).toEqual([
      'kestrel',
    ]);
    expect(names('Flights at Kestrel Airport resumed.', 'A kestrel nested on the roof.')).toEqual([]);
    // "Harbour" is WordNet's tagged "harbor": an ordinary word of a street's or a body's name.
    expect(names('Harbour Road was shut near Korvan.')).toEqual(['korvan']);
    // A rare word that is no animal or plant is an institution's word ("the Quay", "the Observatory").
    expect(names('Ferries to Harbour Quay in Korvan were cancelled.', 'The Quay reopened.')).toEqual(['korvan']);
    // Alone at the start of a claim, a plural is a word ("Insurers expect …").
    expect(names('Insurers expect claims of £40m in Korvan.')).toEqual(['korvan']);
  });

  it('leaves out a name never written without another name after it (a first name)', () => {
    const found = names('Ilse Marrak said a third of the crop was lost near Vossby.', 'Marrak runs an orchard in Vossby.');
    expect(found).toEqual(expect.arrayContaining(['marrak', 'vossby']));
    expect(found).not.toContain('ils');
  });

  it("leaves a credit line's names out of the article's fingerprint", () => {
    const [, withCredit] = signArticleClaims(['Photo: Ilse Brandt/Korvel Herald', 'The Saltvik ferry sank with 212 aboard.']);
    const [without] = signArticleClaims(['The Saltvik ferry sank with 212 aboard.']);
    expect(Array.from(withCredit!.story)).toEqual(Array.from(without!.story));
    const [, withByline] = signArticleClaims(['By Ilse Brandt, Transport Correspondent', 'The Saltvik ferry sank with 212 aboard.']);
    expect(Array.from(withByline!.story)).toEqual(Array.from(without!.story));
  });

  it('names a body named only in common words by its initials, attribution included, after the names of what was said (version 22)', () => {
    expect(
      names(
        'Tick bites rose by a fifth in Ambleford, the Regional Insect Monitoring Office said.',
        'The Regional Insect Monitoring Office counted 310 bites in May.',
      ),
    ).toEqual(['ambleford', 'rimo']);
    // A name with a proper word in it is a name already: no initials.
    expect(names('Tick bites rose by a fifth, the Ambleford Insect Monitoring Office said.')).toEqual(['ambleford']);
  });

  it('names who said it, after the names of what was said, but not a common word of the attribution (version 22)', () => {
    expect(names('Ferries to Skarva were cut to two a day, said Dr Petra Lindqvist, of the Harbour Board.')).toEqual([
      'skarva',
      'lindqvist',
    ]);
  });

  it(`keeps at most ${STORY_NAMES} names`, () => {
    const many = Array.from({ length: STORY_NAMES + 5 }, (_, i) => `Delegates met Zorvan${String.fromCharCode(97 + i)}q there.`);
    expect(names(...many)).toHaveLength(STORY_NAMES);
  });
});

describe('storyRelation: a shared surname (branch matching22)', () => {
  const fingerprint = (texts: string[]): Uint32Array => storyFingerprint(texts.map((text) => normaliseClaim(text)));
  const BALLOT = [
    'Members re-elected Gwen Tallard as secretary of the Denholm branch by 412 votes.',
    'Tallard said turnout was 61 percent, the highest in Denholm for a decade.',
    'The branch will meet again on Friday, Tallard said.',
  ];
  const OBITUARY = [
    'Marek Tallard, who ran the Ossery ferry for 40 years, has died aged 88.',
    'Tallard built 12 boats in his yard at Ossery.',
    'Tallard was born in 1938.',
  ];

  it('tells two people of one surname, with no other name in common, apart', () => {
    expect(storyRelation(fingerprint(BALLOT), fingerprint(OBITUARY))).toBe(StoryRelation.different);
  });

  it('keeps one story when the surname comes with another name in common, or is a surname in one article only', () => {
    const otherOutlet = ['Gwen Tallard was re-elected by 412 votes in the Denholm ballot.', 'Tallard put turnout at 61 percent.'];
    expect(storyRelation(fingerprint(BALLOT), fingerprint(otherOutlet))).toBe(StoryRelation.same);
    expect(storyRelation(fingerprint(OBITUARY), fingerprint(['Tallard built 12 boats.', 'Tallard lived to 88.']))).toBe(StoryRelation.same);
  });

  it('files a surname under the same story keys as the name written alone', () => {
    const numbers = Uint32Array.of(7);
    expect(storyBandKeys(fingerprint(OBITUARY).subarray(0, 1), numbers)).toEqual(
      storyBandKeys(fingerprint(['Tallard built 12 boats.', 'Tallard lived to 88.']).subarray(0, 1), numbers),
    );
  });
});

describe('storyRelation', () => {
  const story = (texts: string[]) => storyFingerprint(texts.map((text) => normaliseClaim(text)));

  it('same when two articles share a name, different when they share none', () => {
    expect(storyRelation(story(FERRY_WIRE), story(FERRY_LOCAL))).toBe(StoryRelation.same);
    expect(storyRelation(story(FERRY_WIRE), story(FACTORY))).toBe(StoryRelation.different);
  });

  it('same when two articles share four names, though none leads both: a club called by its nickname and by its town (branch matching37)', () => {
    const wire = story([
      'Otters beat Hawks 28-10 at Brantley Park on Saturday.',
      "Otters' winger Kofi Mensall scored twice.",
      "Otters' captain Dev Ruane was sent off.",
      'Otters coach Pia Lund praised Mensall and Ruane.',
      'A crowd of 5,100 watched at Brantley Park.',
    ]);
    const local = story([
      'Farrow Otters beat Corbin Hawks 28-10 in Brantley.',
      'Farrow led from the start against Corbin.',
      'Corbin have lost four times to Farrow.',
      'Kofi Mensall scored twice for Farrow.',
      'Corbin coach Ezra Tull blamed Dev Ruane, who was sent off.',
      'Pia Lund of Farrow said the crowd of 5,100 at Brantley Park was loud.',
    ]);
    expect(storyRelation(wire, local)).toBe(StoryRelation.same);
  });

  it('unknown when either names nothing', () => {
    expect(storyRelation(story(['Prices rose 4 percent in a year.']), story(FERRY_WIRE))).toBe(StoryRelation.unknown);
    expect(storyRelation(new Uint32Array(0), new Uint32Array(0))).toBe(StoryRelation.unknown);
  });

  it('a name both use only in passing (a shared first name) does not make one story', () => {
    const orchard = story([
      'Hail destroyed orchards around Veldra, growers in Veldra said.',
      'Veldra farmers lost half their apples, said Anna Roos of the Veldra growers.',
      'Pickers in Veldra were sent home.',
    ]);
    const court = story([
      'Judge Oskar Brandt jailed Tomas Leck in Holmfirth for fraud.',
      'Leck stole from a Holmfirth charity, Brandt said.',
      'Leck will appeal in Holmfirth, his lawyer Anna Field said.',
    ]);
    expect(storyRelation(orchard, court)).toBe(StoryRelation.different);
  });

  it('a shared first name or a capitalised common word does not make one story', () => {
    const raid = story([
      'The Defence Ministry said jets struck Norvask on Monday.',
      'Residents of Norvask said Ilse Darrow was among the dead.',
      'Norvask hospitals were full, the Defence Ministry said.',
    ]);
    const shelling = story([
      'Shells hit the Ketmar bus station, the Defence Ministry said.',
      'Ilse Kovar, a nurse in Ketmar, said 40 people were wounded.',
    ]);
    expect(storyRelation(raid, shelling)).toBe(StoryRelation.different);
  });

  it('two shared names make one story only when one of them leads each article (version 22)', () => {
    // A union and a speaker's surname that lead one article (it names little else) and pass in the other: two stories.
    const plant = story([
      'Varnhem Foods will shut its Osterby plant, Varnhem Foods said.',
      'Osterby has 4,000 residents; Varnhem employs 300 there.',
      'Osterby councillors met Varnhem Foods.',
      'The United Packing Workers Union condemned the closure, its organiser Jan Mohr said.',
    ]);
    const dispute = story([
      'The United Packing Workers Union balloted members at Kelso Dairies in Brora, Mohr said.',
      'Kelso Dairies offered 3 percent, its manager Ida Brunnock said in Brora.',
      'Ida Brunnock met Brora councillors.',
    ]);
    expect(storyRelation(plant, dispute)).toBe(StoryRelation.different);
    // An agency in common words and its spokesman, leading one article each: one story.
    const wire = story([
      'Mumps cases in Daleford doubled, the National Vaccine Safety Agency said.',
      'Daleford schools closed, said agency spokesman Piet Hallan.',
    ]);
    const local = story([
      'Piet Hallan warned parents in Wexcombe and Ryle.',
      'Pupils in Wexcombe and Ryle were sent home after the National Vaccine Safety Agency advice.',
    ]);
    expect(storyRelation(wire, local)).toBe(StoryRelation.same);
  });

  it('two shared names, one leading each article, make one story', () => {
    const company = story([
      'Brekke Lines cut 40 sailings, Brekke Lines said.',
      'Brekke Lines blamed fuel costs; Brekke Lines will review fares.',
      'Ole Dahl of Brekke Lines said Tarnholm would keep one daily ferry.',
      'Tarnholm councillors met Ole Dahl.',
    ]);
    const island = story([
      'Tarnholm will keep one ferry, Mayor Siv Aune of Tarnholm said.',
      'Tarnholm shops fear the cut, Siv Aune said.',
      'Tarnholm has 900 residents, Aune said.',
      'Oskar Lie and Kari Moen of Tarnholm signed a petition to Brekke Lines.',
    ]);
    expect(storyRelation(company, island)).toBe(StoryRelation.same);
  });
});

describe('storyNumbers and storyBandKeys', () => {
  const numbersOf = (text: string) => storyNumbers(normaliseClaim(text));
  /** Whether two claims are filed under a number in common. */
  const meet = (a: string, b: string) => Array.from(numbersOf(a)).some((hash) => numbersOf(b).includes(hash));

  it('files distinctive numbers; a small count or year only when it is the only number, a span of time also beside them; a share by its bands', () => {
    // 212 and, since version 19, the round value it is near (210), which "about 200" or "some 210" is filed under.
    expect(numbersOf('Two ferries carried 212 passengers.')).toHaveLength(2);
    expect(numbersOf('Two ferries carried 200 passengers.')).toHaveLength(1);
    expect(numbersOf('The blackout left 180,000 homes dark for 11 hours.')).toHaveLength(2);
    expect(numbersOf('The blackout left 180,000 homes dark for 11 hours.')).toContain(numbersOf('Homes were dark for 11 hours.')[0]);
    expect(numbersOf('A third of the 212 ferries are idle.')).toHaveLength(4); // 212, the 71 it implies (version 17), and 32–34 % in two bands
    expect(numbersOf('A third of the 212 ferries are idle.')).toContain(numbersOf('71 ferries are idle.')[0]);
    expect(numbersOf('The line was shut for 11 hours.')).toHaveLength(1);
    expect(numbersOf('Half of the ferries sailed in 2026.')).toHaveLength(2); // 49–51 % in two bands; 2026 then not alone
    expect(numbersOf('Half of the ferries sailed.')).toHaveLength(2);
    expect(numbersOf('No ferry sailed.')).toHaveLength(0);
  });

  it('files a bound open on one side ("more than 6,000", "fewer than 450") under its value rounded, where a near exact one is', () => {
    expect(meet('More than 6,000 bikes were hired.', 'The scheme hired out 6,140 bikes.')).toBe(true);
    expect(meet('Fewer than 450 bikes were stolen.', 'Thieves took 446 bikes.')).toBe(true);
    expect(meet('More than 6,000 bikes were hired.', 'The scheme hired out 6,840 bikes.')).toBe(false);
    expect(meet('More than 60 bikes were hired.', 'The scheme hired out 61 bikes.')).toBe(false); // small counts stay out
  });

  it('files a share under the bands its values reach, so a fraction word meets the percentage it rounds', () => {
    expect(meet('More than three-quarters of the lockkeepers are volunteers.', 'Volunteers make up 77 percent of lockkeepers.')).toBe(true);
    expect(meet('Nearly half of the canal locks need repair.', 'About 47% of the locks on the canal need repairs.')).toBe(true);
    expect(meet('Almost a third of the barges are idle.', 'Barges standing idle: 31.6%.')).toBe(true);
    expect(meet('One in every 12 barges is unregistered.', '8.5% of barges are unregistered.')).toBe(true);
    expect(meet('A third of the barges are idle.', '48% of the barges are idle.')).toBe(false);
    expect(meet('A quarter of the locks need repair.', 'Nearly half of the locks need repair.')).toBe(false);
  });

  it('files a converted amount by its value rounded to one digit, so agreeing conversions meet', () => {
    const miles = Array.from(numbersOf('A diversion of 14 miles.'));
    const km = Array.from(numbersOf('A 22-kilometre detour.'));
    expect(miles.some((hash) => km.includes(hash))).toBe(true);
    expect(Array.from(numbersOf('A 40-kilometre detour.')).some((hash) => miles.includes(hash))).toBe(false);
  });

  it('files a range of counts also under its midpoint, which another outlet writes for it (version 21)', () => {
    expect(meet('Between 60 and 70 volunteers searched the moor.', 'About 65 volunteers searched the moor.')).toBe(true);
    expect(meet('Between 60 and 70 volunteers searched the moor.', 'Some 75 volunteers searched the moor.')).toBe(false);
    // A midpoint that is no whole number, or a common one, files nothing more.
    expect(numbersOf('Between 60 and 71 volunteers searched the moor.')).toHaveLength(1);
  });

  it('files a count or an amount by the round values it is near, so an approximation meets the exact figure (version 19)', () => {
    expect(meet('Nearly 400 job losses were announced at the tannery.', 'The tannery will cut 394 jobs.')).toBe(true);
    expect(meet('Some 6,000 pilgrims reached the shrine.', 'The shrine counted 6,140 pilgrims.')).toBe(true);
    expect(meet('About £31m was spent on the bypass.', 'The bypass cost £30.6 million.')).toBe(true);
    expect(meet('Nearly 400 job losses were announced at the tannery.', 'The tannery will cut 350 jobs.')).toBe(false);
    // Two exact figures near one round value meet as candidates (394 and 388, both near 390); ranking tells them apart.
    expect(meet('The tannery employs 394 people.', 'The tannery employs 412 people.')).toBe(false);
  });

  it('files what a claim with no distinctive number counts besides its years without them too (version 19)', () => {
    expect(meet('All 12 kilns will move to Orrin by the end of May 2031.', 'The 12 kilns are to go to Orrin by May next year.')).toBe(true);
    expect(meet('All 12 kilns will move to Orrin in 2031.', 'All 9 kilns will move to Orrin in 2031.')).toBe(false); // no year alone
    expect(meet('All 12 kilns will move to Orrin by 2031.', 'The tannery will cut 394 jobs and 12 kilns.')).toBe(false);
    // Filed once each: "2+3" is among the pairs of [2, 3, 2031] and of [2, 3].
    const keys = Array.from(numbersOf('Two ferries and 3 tugs left Orrin in 2031.'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('files a temperature under the whole degrees it reaches, so Fahrenheit meets the Celsius it converts', () => {
    expect(meet('The thermometer at Lakkby hit 103F.', 'Lakkby reached 39.4C.')).toBe(true);
    expect(meet('Temperatures should ease to around 82F.', 'Temperatures should ease to 28C.')).toBe(true);
    expect(meet('Lakkby reached 39.4C.', 'Lakkby reached 36.1C.')).toBe(false);
  });

  it("files a claim under two names it states besides its story's leading ones, none without a story", () => {
    const wire = [
      'Brekke Lines said its ferry had sailed from Vesk to Orra when the steering failed.',
      'Brekke Lines said 212 passengers were on board.',
      'Brekke Lines will inspect its fleet.',
    ];
    const local = [
      'The Brekke Lines ship was on its way from Vesk to Orra when it lost steering.',
      'Brekke Lines apologised to passengers.',
    ];
    const [stored] = signArticleClaims(wire);
    const [query] = signArticleClaims(local);
    const storedKeys = new Set(signatureBandKeys(stored!).slice(32));
    expect(
      signatureBandKeys(query!)
        .slice(32)
        .some((key) => storedKeys.has(key)),
    ).toBe(true);
    // The leading names are no side names; a claim signed alone has no story to file them under.
    expect(storyNumbers(normaliseClaim(wire[2]!), stored!.story)).toHaveLength(0);
    expect(numbersOf(wire[0]!)).toHaveLength(0);
  });

  it('files two common numbers stated together as one pair, in either order', () => {
    expect(numbersOf('In 2026 two ferries carried 212 passengers.')).toHaveLength(3); // 212, 2+2026 and 210 (version 19)
    expect(numbersOf('In 2026 two ferries carried 200 passengers.')).toHaveLength(2);
    expect(numbersOf('He moved the money from 2017 to 2023.')).toEqual(numbersOf('Between 2017 and 2023 he moved the money.'));
    expect(numbersOf('He moved the money from 2017 to 2023.')).toHaveLength(1);
  });

  it('files three common numbers as each of their pairs, so a restatement with two of them meets it', () => {
    const three = Array.from(numbersOf('The fire on level 3 of Pier 2 started shortly before 21:00.'));
    expect(three).toHaveLength(3);
    const two = Array.from(numbersOf('The fire at Pier 2 broke out a little before nine o’clock.'));
    expect(two).toHaveLength(1);
    expect(three).toContain(two[0]);
  });

  it(`files at most ${STORY_KEY_NUMBERS} numbers`, () => {
    expect(numbersOf('In Tarnholm 212 people, 37 cars, 48 vans, 93 lorries and 311 bicycles crossed.')).toHaveLength(STORY_KEY_NUMBERS);
  });

  it('files them under names beyond the leading ones, so a name leading one article meets the other where it passes', () => {
    // A ruling's summary names the judges and the appellants most; the wire leads with the company.
    const summary = [
      'Justices: Lady Corvell and Lord Aske.',
      'Lord Aske gives the judgment, with which Lady Corvell agrees.',
      'Kettleby Tenants Group brought the claim; Lord Aske and Lady Corvell heard it in Kettleby.',
      'The respondent, Quellford Water, disconnected 4,380 households in breach of its licence.',
    ];
    const wire = [
      'Quellford Water cut off supplies to 4,380 homes, the judges found.',
      'Quellford Water said it would study the ruling.',
      'Tenants in Ormsby had sued Quellford Water in 2024.',
    ];
    const leading = names(...summary).slice(0, STORY_KEY_NAMES);
    expect(leading).not.toContain('quellford');
    expect(names(...wire)[0]).toBe('quellford');
    const stored = new Set(signatureBandKeys(signArticleClaims(summary)[3]!).slice(32));
    expect(
      signatureBandKeys(signArticleClaims(wire)[0]!)
        .slice(32)
        .some((key) => stored.has(key)),
    ).toBe(true);
  });

  it(`files them under the story's ${STORY_FILE_NAMES} leading names, in band ${STORY_BAND}`, () => {
    const [signature] = signArticleClaims([
      'The ferry carried 212 passengers and 37 cars to Tarnholm.',
      'Tarnholm and Vesk and Orra and Lumo.',
    ]);
    const keys = storyBandKeys(signature!.story, signature!.storyNumbers);
    // 212, 37 and the round value 212 is near, 210 (version 19).
    expect(keys.length).toBe(Math.min(STORY_FILE_NAMES, signature!.story.length) * 3);
    expect(keys.every((key) => key >= bandKey(STORY_BAND, 0) && key < bandKey(STORY_BAND + 1, 0))).toBe(true);
    expect(storyBandKeys(new Uint32Array(0), signature!.storyNumbers)).toEqual([]);
  });

  it('are band keys of the signature after its LSH keys; a claim signed alone has none', () => {
    const [signature] = signArticleClaims(FERRY_WIRE);
    expect(signatureBandKeys(signature!).slice(32)).toEqual(storyBandKeys(signature!.story, signature!.storyNumbers));
    expect(signatureBandKeys(signature!).length).toBeGreaterThan(32);
    expect(signatureBandKeys(computeSignature(FERRY_WIRE[0]!))).toHaveLength(32);
  });
});

describe('similarity between stories', () => {
  const wire = signArticleClaims(FERRY_WIRE);
  const local = signArticleClaims(FERRY_LOCAL);
  const factory = signArticleClaims(FACTORY);

  it('scales down and never confirms claims of articles that name nothing in common', () => {
    const claim = 'Flooding forced 3,400 residents from their homes overnight.';
    const here = signArticleClaims([claim, 'Kessa mayor Anni Roos visited the shelters.'])[0]!;
    const there = signArticleClaims([claim, 'Brandmoor mayor Oleg Tamm visited the shelters.'])[0]!;
    expect(claimSimilarity(computeSignature(claim), computeSignature(claim))).toBe(1);
    expect(claimSimilarity(here, there)).toBeLessThanOrEqual(MAX_SIMILARITY_WITH_CONFLICT);
    expect(claimSimilarity(here, there)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not suggest one shared share with not one word beside it, even in one story (version 21)', () => {
    const [health, uptake] = signArticleClaims([
      'The Tarnby vaccine drive reached 12,400 people, Tarnby Health Board said.',
      'Uptake among school cooks stands at 41%.',
    ]);
    const [report, drivers] = signArticleClaims([
      'Tarnby Health Board said its vaccine drive had reached 12,400 people in Tarnby.',
      'Only 41 per cent of bus drivers have been vaccinated.',
    ]);
    expect(claimSimilarity(health!, report!)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
    expect(claimSimilarity(uptake!, drivers!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not lift one shared share in one story between claims that name different things (version 22)', () => {
    const [first, , aldric] = signArticleClaims([
      'Admissions for measles in Corvey rose to 3.2 per 100,000, the Corvey Health Board said.',
      'Corvey Health Board asked parents to check their records.',
      'At St Aldric, admissions were steady at 1.4 per 100,000.',
    ]);
    const [again, , penwith] = signArticleClaims([
      'The Corvey Health Board said measles admissions had risen to 3.2 per 100,000 in Corvey.',
      'Corvey Health Board figures are weekly.',
      'Penwith General admissions reached 1.4 per 100,000.',
    ]);
    expect(claimSimilarity(first!, again!)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
    expect(claimSimilarity(aldric!, penwith!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it('a shared figure and generic words across stories are not suggested', () => {
    expect(claimSimilarity(wire[1]!, factory[0]!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it("does not suggest two stories' claims that share a frame of words and a year, or a count of other things", () => {
    const deaths = signArticleClaims([
      'Traffic deaths in Brenmark fell last year to their lowest level since records began in 1968.',
      'Pedestrian deaths in Brenmark rose, Olvi Haag of the Brenmark roads agency said.',
    ]);
    const steel = signArticleClaims([
      'Steel output in Brenmark fell last year to its lowest level since records began in 1968.',
      'The Korsvik mill of Tamsel Steel will shut, Tamsel Steel said.',
      'Tamsel Steel employs 900 people in Korsvik.',
      'Korsvik councillors and Tamsel managers met in Orvask with Dellin unions.',
      'Orvask and Dellin buyers will take the Korsvik stock, Tamsel said.',
    ]);
    expect(claimSimilarity(deaths[0]!, steel[0]!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
    const protest = signArticleClaims(['Organisers in Vellen said 70 shops had shut for the afternoon.', 'Vellen traders marched.']);
    const strike = signArticleClaims(['At least 70 clinics had shut for the afternoon, the Darsk union said.', 'Darsk nurses walked out.']);
    expect(claimSimilarity(protest[0]!, strike[0]!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it('still suggests a claim repeated in another story with its figure and its place', () => {
    const closure = signArticleClaims([
      'Unemployment in Lindmoor is already 7.3 percent, the council said.',
      'The Kessa plant will close.',
    ]);
    const election = signArticleClaims(['Lindmoor has an unemployment rate of 7.3 percent.', 'Voters in Tarsk go to the polls.']);
    expect(claimSimilarity(closure[0]!, election[0]!)).toBeGreaterThanOrEqual(MATCH_SUGGEST_THRESHOLD);
  });

  it('does not lift a same-story pair that shares nothing but a number', () => {
    const [visits] = signArticleClaims(['About 30,000 people visited the gallery each year, its owner said.', 'Harrowby is small.']);
    const [crowd] = signArticleClaims(['The supporters put the crowd at barely 30,000.', 'Harrowby won the cup.']);
    const plain = claimSimilarity(
      computeSignature('About 30,000 people visited the gallery each year, its owner said.'),
      computeSignature('The supporters put the crowd at barely 30,000.'),
    );
    expect(claimSimilarity(visits!, crowd!)).toBeCloseTo(plain, 10);
    expect(claimSimilarity(visits!, crowd!)).toBeLessThan(MATCH_SUGGEST_THRESHOLD);
  });

  it('scales up a same-story pair that shares a number, never above 1', () => {
    const plain = claimSimilarity(computeSignature(FERRY_WIRE[1]!), computeSignature(FERRY_LOCAL[0]!));
    const inStory = claimSimilarity(wire[1]!, local[0]!);
    expect(inStory).toBeGreaterThan(plain);
    expect(claimSimilarity(wire[0]!, wire[0]!)).toBe(1);
  });

  it('leaves a pair without a shared number as it was', () => {
    const plain = claimSimilarity(computeSignature(FERRY_WIRE[2]!), computeSignature(FERRY_LOCAL[1]!));
    expect(claimSimilarity(wire[2]!, local[1]!)).toBeCloseTo(plain, 10);
  });

  it('does not lift, and never confirms, the same figure told of another time in one story', () => {
    const [now, then] = signArticleClaims([
      'The ferry Solveig ran aground off Tarnholm with 212 passengers on board.',
      'Last year the ferry Solveig ran aground off Tarnholm with 212 passengers on board.',
    ]);
    const [local] = signArticleClaims(['All 212 people on the Solveig were rescued after it ran aground near Tarnholm.', ...FERRY_LOCAL]);
    expect(claimSimilarity(then!, local!)).toBeLessThan(claimSimilarity(now!, local!));
    expect(claimSimilarity(then!, now!)).toBeLessThanOrEqual(MAX_SIMILARITY_WITH_CONFLICT);
  });

  it('still confirms a copy within one story', () => {
    const again = signArticleClaims([FERRY_WIRE[0]!, 'Brekke Lines runs three ferries.']);
    expect(claimSimilarity(again[0]!, wire[0]!)).toBeGreaterThanOrEqual(MATCH_CONFIRM_THRESHOLD);
  });
});

describe('ClaimMatchIndex with stories', () => {
  it('finds a same-story restatement through its story key, and the index forgets it on remove', () => {
    const index = new ClaimMatchIndex();
    const wire = signArticleClaims(FERRY_WIRE);
    wire.forEach((signature, i) => index.add(`wire#${i}`, signature));
    const local = signArticleClaims(FERRY_LOCAL);
    const byKeys = index.query(local[0]!, { minSimilarity: 0 }).map((match) => match.id);
    expect(byKeys).toContain('wire#1');
    expect(index.remove('wire#1')).toBe(true);
    expect(index.query(local[0]!, { minSimilarity: 0 }).map((match) => match.id)).not.toContain('wire#1');
  });

  it('round-trips the story through serialisation', () => {
    const [signature] = signArticleClaims(FERRY_WIRE);
    const back = deserializeSignature(JSON.stringify(serializeSignature(signature!)));
    expect(back?.story).toEqual(signature!.story);
    expect(back?.storyNumbers).toEqual(signature!.storyNumbers);
    expect(deserializeSignature({ ...serializeSignature(signature!), story: undefined })).toBeNull();
  });
});

describe('storyNumbers: a share of two small counts (branch matching28)', () => {
  const numbersOf = (text: string) => storyNumbers(normaliseClaim(text));
  const meet = (a: string, b: string) => Array.from(numbersOf(a)).some((hash) => numbersOf(b).includes(hash));

  it('files "9 of its 26 depots" also under the pair of its counts, which a claim stating them apart is filed under', () => {
    expect(meet('The haulier has closed 9 of its 26 depots.', 'Of the 26 depots the haulier ran, 9 have closed.')).toBe(true);
    expect(meet('The haulier has closed 9 of its 26 depots.', 'Of the 27 depots the haulier ran, 9 have closed.')).toBe(false);
  });
});
