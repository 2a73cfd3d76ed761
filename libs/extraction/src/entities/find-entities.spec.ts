import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSourceRegistry } from '../sources/source-registry';
import type { Entity, EntityType } from './entity';
import { findEntities } from './find-entities';
import { countryOfDemonym, demonymOf } from './gazetteer';
import { guessGender } from './gender';
import { growthOnFourfoldInput, LINEAR_GROWTH_LIMIT } from '../testing/growth';

const FIXTURE = readFileSync(join(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8');

function names(entities: Entity[], type: EntityType): string[] {
  return [...new Set(entities.filter((entity) => entity.type === type).map((entity) => entity.text))];
}

describe('findEntities on the Aleppo fixture', () => {
  const entities = findEntities(FIXTURE);

  it('gives spans that point into the article, in order, never overlapping', () => {
    let previousEnd = 0;
    for (const entity of entities) {
      expect(FIXTURE.slice(entity.start, entity.end)).toBe(entity.text);
      expect(entity.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = entity.end;
    }
  });

  it('finds the people', () => {
    expect(names(entities, 'person')).toEqual(
      expect.arrayContaining(['Mikhail Bogdanov', 'Igor Konashenkov', 'Maria Zakharova', 'Norbert Röttgen', 'Franziska Brantner']),
    );
    expect(entities.find((entity) => entity.text === 'Bogdanov')).toMatchObject({ type: 'person', sourceId: 'mikhail-bogdanov' });
  });

  it('finds the organisations', () => {
    expect(names(entities, 'organisation')).toEqual(
      expect.arrayContaining([
        'Russian Defense Ministry',
        'Russia’s Defense Ministry',
        'RIA news agency',
        'Russian-run Syria Reconciliation Center',
        'Russian Reconciliation Center',
        'Syrian Army',
        'Al-Nusra Front',
        'Islamic State',
        'UN',
        'Spiegel Online',
        'Reuters',
        'German Parliament’s Foreign Affairs Committee',
        'Green Party',
        'Foreign Ministry',
        'German foreign ministry',
        'Russian military',
      ]),
    );
    const byText = (text: string): Entity | undefined => entities.find((entity) => entity.text === text);
    expect(byText('Russian Defense Ministry')?.sourceId).toBe('russian-ministry-of-defence');
    expect(byText('Russian military')?.sourceId).toBe('russian-ministry-of-defence');
    expect(byText('German foreign ministry')?.sourceId).toBe('german-federal-foreign-office');
    expect(byText('German Parliament’s Foreign Affairs Committee')).toMatchObject({ sourceId: 'bundestag', country: 'DE' });
  });

  it('finds the places, and the governments that capitals stand for', () => {
    expect(names(entities, 'place')).toEqual(
      expect.arrayContaining(['Aleppo', 'Syria', 'Mosul', 'Raqqa', 'Deir al-Zor', 'Moscow', 'Berlin', 'Damascus', 'Russia', 'Iran']),
    );
    const place = (text: string): Entity | undefined => entities.find((entity) => entity.text === text);
    expect(place('Moscow')).toMatchObject({ type: 'place', country: 'RU', metonymFor: 'government-of-russia' });
    expect(place('Berlin')).toMatchObject({ metonymFor: 'german-federal-government' });
    expect(place('Damascus')).toMatchObject({ metonymFor: 'syrian-government' });
    expect(place('Aleppo')?.metonymFor).toBeUndefined();
  });

  it('does not make demonyms, weekdays or sentence openers entities', () => {
    const texts = entities.map((entity) => entity.text);
    for (const word of ['Russian', 'German', 'Syrian', 'Syrians', 'Monday', 'Previously', 'Over', 'General', 'Those']) {
      expect(texts).not.toContain(word);
    }
  });
});

describe('findEntities on unknown names', () => {
  it('ends a person\'s name before "of" and a place, and reads ranks and roles before "Name of the Organisation"', () => {
    const entities = findEntities(
      'Yesterday Mayor Hedda Lorn of Vastrup said so. We asked Deputy Minister Aksel Dunn of the Energy Ministry.',
    );
    expect(names(entities, 'person')).toEqual(['Hedda Lorn', 'Aksel Dunn']);
    expect(names(entities, 'organisation')).toEqual(['Energy Ministry']);
    expect(names(entities, 'place')).toEqual(['Vastrup']);
  });

  it('reads a run opened by a kind word of another language as one body, particles included', () => {
    const text =
      'The Federación Costera de Remo fined Clube Atlético Marvão. Staff at the Zentrum für Meeresbiologie met Club Secretary Ana Roe.';
    // ("Club Secretary Ana Roe": a role after an English kind word keeps her name hers)
    expect(names(findEntities(text), 'organisation').slice(0, 3)).toEqual([
      'Federación Costera de Remo',
      'Clube Atlético Marvão',
      'Zentrum für Meeresbiologie',
    ]);
    expect(names(findEntities(text), 'person')).toEqual(['Ana Roe']);
  });

  it('splits a run at an organisation word and at roles and titles', () => {
    const text = 'The Turkish Interior Ministry Spokesman Ismail Catakli and Deputy Minister Jonas Berg met Dr. Amal Haddad.';
    expect(findEntities(text).map((entity) => [entity.text, entity.type])).toEqual([
      ['Turkish Interior Ministry', 'organisation'],
      ['Ismail Catakli', 'person'],
      ['Jonas Berg', 'person'],
      ['Amal Haddad', 'person'],
    ]);
  });

  it('reads no initial in the "Q." label opening a transcript\'s paragraph, but one opening a sentence inside it', () => {
    const text = 'Q. Lena Brask resigned? Is that right?\n\nA. It is. Q. Bergen said so.';
    expect(findEntities(text).map((entity) => [entity.text, entity.type])).toEqual([
      ['Lena Brask', 'person'],
      ['Q. Bergen', 'person'],
    ]);
  });

  it("reads a minister's portfolio as no organisation, even one ending in an organisation word", () => {
    const text = 'The Minister for Water, Olek Brand, met the Spokeswoman of the Fire Brigade.';
    expect(findEntities(text).map((entity) => [entity.text, entity.type])).toEqual([
      ['Olek Brand', 'person'],
      ['Fire Brigade', 'organisation'],
    ]);
  });

  it('reads a post of several words before "of" the organisation as no part of its name', () => {
    const text = 'The Chief Executive of the Orrin Port Authority, Jo Brand, met the Chief Medical Officer of Fenby Health Board, Al Moe.';
    expect(findEntities(text).map((entity) => [entity.text, entity.type])).toEqual([
      ['Orrin Port Authority', 'organisation'],
      ['Jo Brand', 'person'],
      ['Fenby Health Board', 'organisation'],
      ['Al Moe', 'person'],
    ]);
  });

  it('keeps a name whose first words before "of" are no post: "Friends of the Earth"-like names, "Bank of Orrin"', () => {
    const text = 'The Central Bank of Orrin raised rates, and the Royal Society of Fenby Anglers objected.';
    expect(findEntities(text).map((entity) => entity.text)).toEqual(['Central Bank of Orrin', 'Royal Society of Fenby Anglers']);
  });

  it('reads the object of a verb of owning after a name as an organisation, even one named after its owner, never a first name and surname', () => {
    const text = 'Tove Brekk has owned Brekk Marine since 2011. Lars Aune founded Fjord Joinery. Eli Moe owns Anna Berg.';
    expect(findEntities(text).map((entity) => [entity.text, entity.type])).toEqual([
      ['Tove Brekk', 'person'],
      ['Brekk Marine', 'organisation'],
      ['Lars Aune', 'person'],
      ['Fjord Joinery', 'organisation'],
      ['Eli Moe', 'person'],
      ['Anna Berg', 'person'],
    ]);
  });

  it('reads a name set off by a comma after "the company" as an organisation, unless a first name opens it', () => {
    const text = 'The auditor said the company, Pellworth Haulage, had lost 2 million. After leaving the company, Jane Doe said so.';
    const found = findEntities(text).map((entity) => [entity.text, entity.type]);
    expect(found).toEqual([
      ['Pellworth Haulage', 'organisation'],
      ['Jane Doe', 'person'],
    ]);
  });

  it('recognises a person after a role noun, a place after "in", an acronym and a surname seen before', () => {
    const text = 'Green Party politician Franziska Brantner visited Kherson. Fighting continued in Saada, the NRDC said. Brantner left.';
    const found = findEntities(text).map((entity) => [entity.text, entity.type]);
    expect(found).toEqual([
      ['Green Party', 'organisation'],
      ['Franziska Brantner', 'person'],
      ['Saada', 'place'],
      ['NRDC', 'organisation'],
      ['Brantner', 'person'],
    ]);
  });

  it('joins an organisation to the place or organisation it belongs to', () => {
    const found = findEntities('He spoke at the Aleppo City Council and the German Parliament Budget Committee.');
    expect(found.map((entity) => entity.text)).toEqual(['Aleppo City Council', 'German Parliament Budget Committee']);
    expect(found[0]).toMatchObject({ type: 'organisation', country: 'SY' });
  });

  it('joins "and" inside an organisation\'s name, never between two names', () => {
    const text =
      'The Ostby Fire and Rescue Service and the Food and Drink Federation met. Kestrel Shipping and Tamsett Holdings agreed. Anna and Marnock Union left.';
    expect(names(findEntities(text), 'organisation')).toEqual([
      'Ostby Fire and Rescue Service',
      'Food and Drink Federation',
      'Kestrel Shipping',
      'Tamsett Holdings',
      'Marnock Union',
    ]);
  });

  it('reads the office "of the" post, the post\'s role and the area it is "for" included, never a minister after a ministry', () => {
    const text =
      'The Office of the Sheriff said it would appeal. Auditors at the Office of the Harbour Auditor General found a gap. ' +
      'The Office of the Fire and Safety Commissioner for Kelby and Morrow wrote to them. ' +
      'The Office of the Governor Ana Roe opened. The Office of the Inspector for Tarn and Kelby Water spoke. ' +
      'The Bureau of Ports Minister Jonas Berg arrived.';
    const entities = findEntities(text);
    expect(names(entities, 'organisation')).toEqual([
      'Office of the Sheriff',
      'Office of the Harbour Auditor General',
      'Office of the Fire and Safety Commissioner for Kelby and Morrow',
      'Office of the Governor',
      'Office of the Inspector',
      'Tarn and Kelby Water',
      'Bureau of Ports',
    ]);
    expect(names(entities, 'person')).toEqual(['Ana Roe', 'Jonas Berg']);
  });

  it('keeps a compass point or "Royal" opening an organisation\'s name before a place, not one before a place alone', () => {
    const text =
      'Western Kenya Water Board said it. The Royal Norway Rowing Union agreed. Officials at the Central Asia Energy Council left. ' +
      'Teams in Western Kenya met.';
    const entities = findEntities(text);
    expect(names(entities, 'organisation')).toEqual([
      'Western Kenya Water Board',
      'Royal Norway Rowing Union',
      'Central Asia Energy Council',
    ]);
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['Kenya']));
  });

  it('reads a plural noun for people opening the sentence before a name as the side it describes, no word of it', () => {
    const text = 'Rivals Kelby Town said they had offered. Neighbours Morvah Vale Rangers agreed. Lions Supporters’ Club spoke.';
    const entities = findEntities(text);
    expect(names(entities, 'organisation')).toEqual(['Kelby Town', 'Morvah Vale Rangers', 'Lions Supporters’ Club']);
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads "Investors of Name" opening a sentence as the people and the organisation, not one name', () => {
    const found = findEntities('Investors of Kestrel Petroleum voted to sell. Ellis Marno of the Kestrel Securities said no.');
    expect(found.map((entity) => [entity.text, entity.type])).toEqual([
      ['Kestrel Petroleum', 'organisation'],
      ['Ellis Marno', 'person'],
      ['Kestrel Securities', 'organisation'],
    ]);
  });

  it('reads a plural person noun ending the text as no "Investors of" opener (no "of" follows)', () => {
    expect(findEntities('Investors')).toEqual([]);
    expect(findEntities('Talks ended. Ellis Marno')).toEqual([{ text: 'Ellis Marno', start: 13, end: 24, type: 'person' }]);
  });

  it('uses the registry it is given', () => {
    const registry = createSourceRegistry([{ id: 'acme-news', name: 'Acme News', kind: 'media', country: 'US', aliases: [] }]);
    expect(findEntities('It was first reported by Acme News.', undefined, { registry })).toEqual([
      { text: 'Acme News', start: 25, end: 34, type: 'organisation', sourceId: 'acme-news', country: 'US' },
    ]);
  });

  it('never throws and stays linear on junk', () => {
    expect(findEntities('')).toEqual([]);
    expect(findEntities(null as unknown as string)).toEqual([]);
    const findInJunk = (times: number): void => {
      expect(findEntities('Aa Bb Cc of the Dd, Ministry Ee said in Ff. '.repeat(times)).length).toBeGreaterThan(times);
    };
    expect(growthOnFourfoldInput(findInJunk, 2_500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});

describe('known people by their surname', () => {
  it("reads a known surname with another name word after it as someone else's first name", () => {
    const entities = findEntities("The union's secretary, Johnson Okafor, said 40 jobs would go. Johnson Okafor said the vote was close.");
    expect(entities.map((entity) => [entity.text, entity.type, entity.sourceId])).toEqual([
      ['Johnson Okafor', 'person', undefined],
      ['Johnson Okafor', 'person', undefined],
    ]);
  });

  it('still reads the known person by the full name', () => {
    const entities = findEntities('Boris Johnson said the vote was close.');
    expect(entities.map((entity) => [entity.text, entity.sourceId])).toEqual([['Boris Johnson', 'boris-johnson']]);
  });
});

describe('gazetteer helpers', () => {
  it('maps demonyms to countries and back', () => {
    expect(countryOfDemonym('Russian')).toBe('RU');
    expect(countryOfDemonym('Syrians')).toBe('SY');
    expect(countryOfDemonym('Moscow')).toBeNull();
    expect(demonymOf('DE')).toBe('German');
  });

  it('guesses gender from first names and Russian surnames only', () => {
    expect(guessGender('Maria Zakharova')).toBe('female');
    expect(guessGender('Igor Konashenkov')).toBe('male');
    expect(guessGender('Zakharova')).toBe('female');
    expect(guessGender('Amal Haddad')).toBe('female');
    expect(guessGender('Turki al-Malki')).toBe('male');
    expect(guessGender('Jordan Smith')).toBeNull();
  });
});

describe('organisations said to be one by the noun beside their name', () => {
  it('reads "the NAME group" and "the NAME campaign" as organisations, not people', () => {
    const entities = findEntities('Ada Roe chairs the Keep Milford Green campaign and backs the Friends of Hale Park group.');
    expect(names(entities, 'organisation')).toEqual(expect.arrayContaining(['Keep Milford Green', 'Friends of Hale Park']));
    expect(names(entities, 'person')).toEqual(['Ada Roe']);
  });

  it('reads a name after a media or product descriptor as an organisation', () => {
    const entities = findEntities('The lending app Quillo and the news site Brightwire both went offline.');
    expect(names(entities, 'organisation')).toEqual(['Quillo', 'Brightwire']);
  });
});

describe('organisations said to be one by the words around their name', () => {
  const typeOf = (entities: Entity[], text: string): EntityType | undefined => entities.find((entity) => entity.text === text)?.type;

  it('reads the owner of a role only an organisation has as an organisation', () => {
    const entities = findEntities("Brenvik's chief technology officer, Ola Sten, said so. Dunwold Fair's founder, Rita Holm, agreed.");
    expect(typeOf(entities, 'Brenvik')).toBe('organisation');
    expect(typeOf(entities, 'Dunwold Fair')).toBe('organisation');
    expect(typeOf(entities, 'Ola Sten')).toBe('person');
  });

  it('reads a name before such a role and a name, or after "a", as an organisation, not a place office', () => {
    const entities = findEntities(
      'Quorra managing director Tim Wale said so. A Selvio spokeswoman agreed. Marren mayor Tomas Kell did not.',
    );
    expect(typeOf(entities, 'Quorra')).toBe('organisation');
    expect(typeOf(entities, 'Selvio')).toBe('organisation');
    expect(typeOf(entities, 'Marren')).not.toBe('organisation');
  });

  it('reads an apposition of an organisation noun, a which clause and a statement as an organisation', () => {
    const entities = findEntities(
      'Parnell Yards, a rival app launched last year, grew. Fair Wage Soon, which campaigns for pay, grew. Dorrow Keel said in a statement that it grew.',
    );
    expect(typeOf(entities, 'Parnell Yards')).toBe('organisation');
    expect(typeOf(entities, 'Fair Wage Soon')).toBe('organisation');
    expect(typeOf(entities, 'Dorrow Keel')).toBe('organisation');
  });

  it('keeps a person whose apposition is headed by a person noun before a preposition a person ("a lecturer at the institute")', () => {
    const entities = findEntities('Ines Varga, a lecturer at the institute, said so. Carl Dorn, a researcher with the agency, agreed.');
    expect(typeOf(entities, 'Ines Varga')).toBe('person');
    expect(typeOf(entities, 'Carl Dorn')).toBe('person');
    // The organisation's own noun still heads an apposition: "a network of food banks".
    expect(typeOf(findEntities('Bread Line, a network of food banks, said so.'), 'Bread Line')).toBe('organisation');
  });

  it('reads a name after "broker" as an organisation, and splits a run too long for a name at "of"', () => {
    expect(typeOf(findEntities('Rates fell, according to broker Halden Chartering.'), 'Halden Chartering')).toBe('organisation');
    const entities = findEntities('“Trade is down,” said Pia Lorne of Vessby Container Terminal.');
    expect(typeOf(entities, 'Pia Lorne')).toBe('person');
    expect(entities.map((entity) => entity.text)).toContain('Vessby Container Terminal');
  });

  it('reads a name ending in "Infirmary" as an organisation', () => {
    expect(typeOf(findEntities('Both were taken to Selby Infirmary on Sunday.'), 'Selby Infirmary')).toBe('organisation');
  });

  it('keeps a person named again by her surname a person, and a charity worker a person', () => {
    const entities = findEntities(
      'Ysolde Pike said in a statement that she would resign. Pike said so. Ada Voss, a charity worker, agreed.',
    );
    expect(typeOf(entities, 'Ysolde Pike')).toBe('person');
    expect(typeOf(entities, 'Ada Voss')).toBe('person');
  });

  it('reads a slogan with a capitalised article or possessive as one organisation, and a descriptor opening the sentence apart', () => {
    const entities = findEntities("Keep The Meadow Wild said 400 people came. Save Our Pool agreed. Retailer Pomfrey's said nothing.");
    expect(names(entities, 'organisation')).toEqual(['Keep The Meadow Wild', 'Save Our Pool', 'Pomfrey']);
  });

  it("makes a longer name ending in an organisation's name, and its short form, organisations", () => {
    const entities = findEntities('The Ashby Falcons lost their lease. Falcons owner Rita Holm said so. The Falcons said they would move.');
    expect(typeOf(entities, 'Ashby Falcons')).toBe('organisation');
    expect(entities.filter((entity) => entity.text === 'Falcons').map((entity) => entity.type)).toEqual(['organisation', 'organisation']);
  });
});

describe('a surname owning a role (branch attr-org-lbl)', () => {
  it('keeps the surname a person when a role or an honorific introduced her, whatever her first name', () => {
    for (const text of [
      "Managing director Elke Vossberg spoke to us. Vossberg's operations director, Tomasz Wielgus, agreed.",
      "Elke Vossberg spoke to us. Ms Vossberg's deputy, Tomasz Wielgus, agreed.",
    ]) {
      const entities = findEntities(text);
      expect(entities.filter((entity) => /Vossberg/u.test(entity.text)).map((entity) => entity.type)).toEqual(['person', 'person']);
    }
  });

  it('still reads an unknown owner of a role as an organisation when no role or honorific made her a person', () => {
    const entities = findEntities("Kelda Vossberg spoke to us. Vossberg's chief technology officer, Tomasz Wielgus, agreed.");
    expect(entities.find((entity) => entity.text === 'Vossberg')?.type).toBe('organisation');
  });
});

describe('short names of organisations named in full before (branch attr-org4)', () => {
  it('reads the first word of an organisation’s name, alone, as that organisation', () => {
    const text = 'Brisco Haulage Group bought the depot in May. Brisco said it would keep all 40 drivers.';
    const entities = findEntities(text);
    expect(entities.find((entity) => entity.text === 'Brisco')?.type).toBe('organisation');
  });

  it('keeps it a person when someone of the text bears it as a surname', () => {
    const text = 'Brisco Haulage Group bought the depot in May. Its owner is Anna Brisco. Brisco said she would keep all 40 drivers.';
    const entities = findEntities(text);
    expect(entities.filter((entity) => entity.text === 'Brisco').map((entity) => entity.type)).toEqual(['person']);
  });
});

describe('names joined by "and" or "&", trades before a name, plural nouns for people (branch attr-names)', () => {
  const organisations = (text: string): string[] => names(findEntities(text), 'organisation');

  it('keeps "and" inside a name headed by an organisation word and "of"/"for"', () => {
    expect(organisations('The Ministry of Fisheries and Ocean Policy said the quota would fall.')).toEqual([
      'Ministry of Fisheries and Ocean Policy',
    ]);
    expect(organisations('The Office for Roads and Waterways said it had closed two lanes.')).toEqual(['Office for Roads and Waterways']);
    expect(organisations('The Federation of Bakers and Confectioners backed the strike.')).toEqual([
      'Federation of Bakers and Confectioners',
    ]);
    expect(organisations('The Ministry of Commerce and Industry said exports rose.')).toEqual(['Ministry of Commerce and Industry']);
  });

  it('splits at "and" when what follows names something of its own', () => {
    const entities = findEntities(
      'The Ministry of Energy and Kelso Power Holdings signed the deal. The Ministry of Energy and Ida Marsh spoke.',
    );
    expect(names(entities, 'organisation')).toEqual(['Ministry of Energy', 'Kelso Power Holdings']);
    expect(names(entities, 'person')).toEqual(['Ida Marsh']);
    expect(organisations('The Department of Health and Finance Minister Tor Lind said so.')).toEqual(['Department of Health']);
  });

  it('joins a plural noun for people to the rest of an organisation’s name across "and"', () => {
    expect(organisations('The Porters and Drivers’ Union said 300 members would walk out.')).toEqual(['Porters and Drivers’ Union']);
  });

  it('joins a sector word that could end a business name to the rest of a name across "and"', () => {
    expect(organisations('The Freight and Logistics Union said 300 members would walk out.')).toEqual(['Freight and Logistics Union']);
    expect(organisations('Orders fell, the Shipping and Ports Authority said.')).toEqual(['Shipping and Ports Authority']);
    expect(organisations('Kestrel Retail and Tamsett Holdings agreed.')).toEqual(['Kestrel Retail', 'Tamsett Holdings']);
    expect(organisations('Kestrel Retail and Marnock Union agreed.')).toEqual(['Kestrel Retail', 'Marnock Union']);
  });

  it('joins capitalised words across an ampersand', () => {
    expect(organisations('The Fenwick Printers & Binders Guild said orders fell. The chain Pollard & Reade said it would expand.')).toEqual(
      ['Fenwick Printers & Binders Guild', 'Pollard & Reade'],
    );
  });

  it('reads a name after a trade’s noun and a determiner as a business, unless a known first name opens it', () => {
    expect(organisations('The timber wholesaler Greywick said prices would rise.')).toEqual(['Greywick']);
    expect(organisations('Prices rose, the shellfish exporter Tarran Bay Seafoods said.')).toEqual(['Tarran Bay Seafoods']);
    expect(names(findEntities('The builder Anna Holt said the wall was safe.'), 'person')).toEqual(['Anna Holt']);
  });

  it('names no one with a plural noun for people opening the sentence, unless someone bears it as a surname', () => {
    expect(findEntities('People say the mill shut in 1990.')).toEqual([]);
    expect(findEntities('Bakers say flour costs doubled.')).toEqual([]);
    const entities = findEntities('Ruth Sellers runs the shop. Sellers said flour costs doubled.');
    expect(entities.map((entity) => `${entity.type}:${entity.text}`)).toEqual(['person:Ruth Sellers', 'person:Sellers']);
  });

  it('reads a name after a plural noun for people as a side or a group, not a person, unless a list of names follows', () => {
    expect(organisations('They drew with rivals Penhallow Town on Saturday.')).toEqual(['Penhallow Town']);
    const entities = findEntities('The noise stopped at midnight, said her neighbours Quillan Dey and Orrin Vass.');
    expect(names(entities, 'organisation')).toEqual([]);
  });

  it('reads a plural noun for people inside a capitalised run as a word of the name, not a role before a person', () => {
    expect(organisations('Ana Pell from Harbour Porters United, which has 900 members, said pay was late.')).toEqual([
      'Harbour Porters United',
    ]);
  });

  it('reads a lone word that "said in a statement" as an organisation at each of its mentions, unless a person bears it', () => {
    const text = 'Varnel, the region\'s biggest bookmaker, denied it. "We paid," Varnel said in a statement. Varnel is based in Oster.';
    expect(
      findEntities(text)
        .filter((entity) => entity.text === 'Varnel')
        .map((entity) => entity.type),
    ).toEqual(['organisation', 'organisation', 'organisation']);
    const person = findEntities('Rosa Varnel runs the shop. "We paid," Varnel said in a statement.');
    expect(person.map((entity) => entity.type)).toEqual(['person', 'person']);
  });

  it('reads no acronyms in a headline written in capitals, only names the gazetteer knows', () => {
    expect(
      findEntities('300 JOBS AT RISK AS MILL SHUTS\n\nThe Harbury mill will close in May, the BBC reported.').map((e) => e.text),
    ).toEqual(['BBC']);
  });

  it('reads no person in a title-case headline but one a known first name opens, keeping organisations', () => {
    const people = (text: string): string[] => names(findEntities(text), 'person');
    expect(people('Tarn Valley Tolls To Rise As Ferry Operator Quits\n\nThe operator said fares would rise.')).toEqual([]);
    expect(people('Quarry Blasts Went Unchecked For Two Years\n\nThe council said it would act.')).toEqual([]);
    expect(names(findEntities('Harrow Street Clinic Closes As Doctors Leave\n\nIt shut.'), 'organisation')).toEqual([
      'Harrow Street Clinic',
    ]);
    expect(people('Maria Lenz Says Quarry Blasts Went Unchecked\n\nShe said so.')).toHaveLength(1);
    // A sentence with its full stop, or a name line with no word running text writes in lower case, is no such headline.
    expect(people('Tarn Valley Tolls rose as Ferry Operator Quits left.')).not.toEqual([]);
    expect(people('Edda Brom\n\nEdda Brom runs the quarry.')).toEqual(['Edda Brom']);
  });
  it('reads an office named after its holder ("… Ombudsman", "… Regulator") as the body, unless a first name or a rank opens it', () => {
    const text =
      'The Pensions Regulator fined the scheme. The Rail Passengers Ombudsman said it would look again. Ombudsman Ilse Marek agreed. ' +
      'Anna Regulator spoke.';
    expect(names(findEntities(text), 'organisation')).toEqual(['Pensions Regulator', 'Rail Passengers Ombudsman']);
    expect(names(findEntities(text), 'person')).toEqual(['Ilse Marek', 'Anna Regulator']);
  });
  it('leaves letters after a name for a rank or an honour ("Name KC", "Name MP") out of the name and reads no acronym in them', () => {
    const found = findEntities('Orla Brandt KC said the lease was void. Tam Ruddock MP agreed, and so did Brandt.');
    expect(found.map((entity) => `${entity.type} ${entity.text}`)).toEqual(['person Orla Brandt', 'person Tam Ruddock', 'person Brandt']);
  });
});

describe('organisation names by their last word and by what refers to them', () => {
  const typeOf = (text: string, name: string): EntityType | undefined => findEntities(text).find((entity) => entity.text === name)?.type;

  it.each([
    // A noun WordNet puts under a place of work ends a business's name.
    ['Harrow Tannery said 40 jobs would go.', 'Harrow Tannery', 'organisation'],
    ['Workers at Selby Foundry walked out on Monday.', 'Selby Foundry', 'organisation'],
    // The plural of an organisation word ends a name of three words, never a two-word one.
    ['Norbrook Power Networks said 900 homes had no power.', 'Norbrook Power Networks', 'organisation'],
    ['Ines Banks said 900 homes had no power.', 'Ines Banks', 'person'],
    // A union's branch keeps its number.
    ['Members of Dock Workers Local 19 voted to strike.', 'Dock Workers Local 19', 'organisation'],
    // A name opening the sentence that "its" refers to later is a thing …
    ['Hollin Pottery will close in March, its owners said.', 'Hollin Pottery', 'organisation'],
    // … not when a noun phrase stands between, nor after a person's pronoun.
    ['Tam Hollis sold the shop in March, its new owner said.', 'Tam Hollis', 'person'],
    ['Tam Hollis said he would close in March, its owners said.', 'Tam Hollis', 'person'],
    // A compass point between "in" and a name keeps the name a place.
    ['Teachers in west Kelby said 4 schools were shut.', 'Kelby', 'place'],
  ])('%s → %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('bodies whose names hold a preposition, an area, a parent’s acronym or open with "United"', () => {
  const found = (text: string): string[] => findEntities(text).map((entity) => `${entity.type} ${entity.text}`);

  it('reads a capitalised "Without" or "Against" inside a run as a title’s word, opening the sentence or not', () => {
    expect(found('Pilots Without Frontiers said 9 planes flew.')).toEqual(['organisation Pilots Without Frontiers']);
    expect(found('Food came from Cooks Against Hunger on Monday.')).toEqual(['organisation Cooks Against Hunger']);
  });

  it('reads a run ending in an area’s word as a body when an organisation word comes before its "for" or "of"', () => {
    expect(found('The Bus Users’ Council for the Eastern Districts said fares rose.')).toEqual([
      'organisation Bus Users’ Council for the Eastern Districts',
    ]);
    expect(found('Roads in Marl County were shut.')).toEqual(['place Marl County']);
  });

  it('joins a name with "and" after a gazetteer acronym to it', () => {
    expect(found('The EU Forests and Peatlands Office said 4 sites burned.')).toEqual(['organisation EU Forests and Peatlands Office']);
    expect(found('The UN and Kessel Foods said so.')).toEqual(['organisation UN', 'organisation Kessel Foods']);
  });

  it('keeps "United" opening a body’s name, at the start of a sentence too', () => {
    expect(found('United Millers of the South said flour ran short.')).toEqual(['organisation United Millers of the South']);
    expect(found('Prices rose, according to United Millers of the South.')).toEqual(['organisation United Millers of the South']);
  });

  it('reads a coined name before "Health" or "Medical" as a business, never a portfolio or a post', () => {
    expect(found('Private clinic group Varnel Health posted a profit.')).toEqual(['organisation Varnel Health']);
    expect(found('Orvik Medical said it would cut 40 jobs.')).toEqual(['organisation Orvik Medical']);
    expect(found('Public Health England said 4 died.')).not.toContain('organisation Public Health England');
    expect(found('Health Minister Jonas Berg said 4 died.')).toEqual(['person Jonas Berg']);
  });

  it('reads what "runs" or "chairs" has for object as a body', () => {
    expect(found('Ceri Watts runs Harnby Tool Library from a garage.')).toEqual(['person Ceri Watts', 'organisation Harnby Tool Library']);
  });
});
