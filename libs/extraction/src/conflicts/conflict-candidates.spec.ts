import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findConflictCandidates, type ConflictClaimInput } from './conflict-candidates';

const ffo = { id: 'de-federal-foreign-office', name: 'German Federal Foreign Office', country: 'DE' };
const mod = { id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', country: 'RU' };
const mps = { id: 'norbert-rottgen', name: 'Norbert Röttgen', country: 'DE' };

const claims: ConflictClaimInput[] = [
  {
    index: 0,
    text: 'This week brought a breakthrough for the Russian-backed Syrian drive to retake eastern Aleppo, allowing humanitarian relief to be brought in to tens of thousands of civilians living in the recaptured districts',
    source: mod,
    actorCountries: ['RU', 'SY'],
  },
  {
    index: 1,
    text: 'Damascus and “its supporters, above all Russia and Iran, bear the biggest responsibility” for civilian suffering in Aleppo',
    source: ffo,
    actorCountries: ['SY', 'RU', 'IR'],
  },
  {
    index: 2,
    text: 'The German politicians cited damage allegedly caused to the city by Russian airstrikes.',
    source: mps,
    actorCountries: ['RU'],
  },
  { index: 3, text: 'The strikes were paused in mid-October and have not resumed.', source: mod, actorCountries: ['RU'] },
  { index: 4, text: 'The Syrian Army is targeting Al-Nusra Front and other radical militants.', source: null, actorCountries: ['SY'] },
];

describe('findConflictCandidates', () => {
  it('pairs an accusation and a defence of the same actor on the same subject from different sources', () => {
    const found = findConflictCandidates(claims);
    const pairs = found.map((conflict) => conflict.sides.map((side) => `${side.sourceId}:${side.claimIndexes.join('+')}`).join(' vs '));
    expect(pairs.sort()).toEqual([
      'de-federal-foreign-office:1 vs ru-ministry-of-defence:0',
      'norbert-rottgen:2 vs ru-ministry-of-defence:3',
    ]);
    for (const conflict of found) {
      expect(conflict.about).toBe('RU');
      expect(conflict.reason).toMatch(/accuses Russia: ".*", while .* says otherwise/);
    }
  });

  it('names the shared subject in the reason as the article writes it, never as a stem or a code', () => {
    const strikes = findConflictCandidates(claims).find((conflict) => conflict.sides[0].sourceId === 'norbert-rottgen')!;
    expect(strikes.sharedSubject).toEqual(['strikes']);
    expect(strikes.reason).toBe(
      'Norbert Röttgen accuses Russia: "The German politicians cited damage allegedly caused to the city by Russian airstrikes.", ' +
        'while Russian Ministry of Defence says otherwise: "The strikes were paused in mid-October and have not resumed.". ' +
        'Both statements are about strikes.',
    );
    expect(strikes.sides[0].position).toBe('accuses Russia');
    expect(strikes.sides[1].position).toBe('defends Russia');
  });

  it('never proposes a conflict between claims of one source, or with an unattributed claim', () => {
    const sameSource = claims.map((claim) => ({ ...claim, source: claim.source ? mod : null }));
    expect(findConflictCandidates(sameSource)).toEqual([]);
  });

  it('needs a shared subject, not only opposite stances about one actor', () => {
    const unrelated: ConflictClaimInput[] = [
      { index: 0, text: 'Russia bears responsibility for the collapse of the grain deal.', source: ffo, actorCountries: ['RU'] },
      { index: 1, text: 'Russian engineers helped repair the dam in Kherson.', source: mod, actorCountries: ['RU'] },
    ];
    expect(findConflictCandidates(unrelated)).toEqual([]);
  });

  it('gives all sentences of a quote to its side', () => {
    const quoted: ConflictClaimInput[] = [
      { index: 0, text: 'Russian airstrikes caused heavy damage to hospitals in Idlib', source: ffo, actorCountries: ['RU'] },
      { index: 1, text: 'We have halted all airstrikes near hospitals in Idlib.', source: mod, actorCountries: ['RU'], quoteId: 7 },
      { index: 2, text: 'Our aim is peace.', source: mod, actorCountries: [], quoteId: 7 },
    ];
    const [conflict] = findConflictCandidates(quoted);
    expect(conflict!.sides[1].claimIndexes).toEqual([1, 2]);
  });
});

describe('claimWords', () => {
  it('stems plurals, marks names, drops stop words, numbers and the attribution clause', () => {
    const text = 'Fleeing civilians reached Aleppo as 300 strikes continued, the ministry said';
    const words = claimWords(text, tokenize(text), [[text.indexOf(', the ministry'), text.length]]);
    expect(words.stems.get('civilian')).toBe(false);
    expect(words.stems.get('aleppo')).toBe(true);
    expect(words.stems.get('strik')).toBe(false);
    expect(words.stems.has('as')).toBe(false);
    expect(words.stems.has('300')).toBe(false);
    expect(words.stems.has('ministry')).toBe(false);
  });
});

describe('findConflictCandidates: figures and denials', () => {
  const person = (
    index: number,
    text: string,
    speaker: string | null,
    organisation: string | null,
    sentenceIndex: number,
    fullText = text,
  ) => ({
    index,
    text,
    fullText,
    source: null,
    actorCountries: [],
    speaker,
    organisation,
    sentenceIndex,
    quantities: extractQuantities(fullText),
  });

  it('names one happening in other words as each article writes it, never by the head of its group', () => {
    const [raid] = findConflictCandidates([
      person(
        0,
        'army helicopters carried out the raid on the ferry terminal',
        null,
        'Port Workers Union',
        0,
        'The Port Workers Union said army helicopters carried out the raid on the ferry terminal.',
      ),
      person(
        1,
        'no air strike on the ferry terminal had taken place',
        null,
        'Defence Ministry',
        1,
        'The Defence Ministry said no air strike on the ferry terminal had taken place.',
      ),
    ]);
    expect(raid!.kind).toBe('denial');
    expect(raid!.sharedSubject).toContain('raid');
    expect(raid!.sharedSubject).not.toContain('attack');
    const [cost] = findConflictCandidates([
      person(
        0,
        'the walkout had cost the ferry line 3 million euros',
        null,
        'Ferry Line',
        0,
        'The ferry line said the walkout had cost the ferry line 3 million euros.',
      ),
      person(
        1,
        'the cost of the strike was barely 400,000 euros',
        null,
        'Port Workers Union',
        1,
        'The Port Workers Union said the cost of the strike was barely 400,000 euros.',
      ),
    ]);
    expect(cost!.reason).toContain('give figures for the walkout that cannot both be right: 3 million euros against 400,000 euros.');
  });

  it('says two sources disagree on whether a measure changed when one calls it level (branch denial2)', () => {
    const [level] = findConflictCandidates([
      person(
        0,
        'visitor numbers at the museum had fallen sharply since March',
        null,
        'Museum Workers Union',
        0,
        'The Museum Workers Union said visitor numbers at the museum had fallen sharply since March.',
      ),
      person(
        1,
        'visitor numbers had remained broadly level',
        null,
        'Museum Trust',
        1,
        'The Museum Trust said visitor numbers had remained broadly level.',
      ),
    ]);
    expect(level!.reason).toContain('disagree on whether visitor numbers changed: fallen against broadly level.');
    expect(level!.reason).not.toContain('opposite directions');
  });

  it("proposes two denials of one pair of sources when only one side's claims stand together (branch conflicts15)", () => {
    const said = (index: number, content: string, organisation: string, sentenceIndex: number) =>
      person(index, content, null, organisation, sentenceIndex, `${organisation} said ${content}.`);
    const disputes = (answerAt: number) =>
      findConflictCandidates([
        said(0, 'the library had closed its reading room on Sundays', 'Residents Group', 0),
        said(1, 'the library had run out of heating oil in October', 'Residents Group', 1),
        said(2, 'the library had not closed its reading room on any Sunday', 'Town Council', 2),
        said(3, 'the library had never run out of heating oil', 'Town Council', answerAt),
      ])
        .filter((conflict) => conflict.kind === 'denial')
        .map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs '))
        .sort();
    // The council's answers paragraphs apart: two disputes. Both sides' claims together: one passage, one dispute.
    expect(disputes(8)).toEqual(['0 vs 2', '1 vs 3']);
    expect(disputes(3)).toHaveLength(1);
  });

  it('passes over a sentence of no source between a statement and a denial pointing back, not one where someone speaks', () => {
    const denied = (between: string) =>
      findConflictCandidates([
        person(
          0,
          'their shifts had been cut by half since May',
          null,
          'Cleaners Union',
          0,
          'The cleaners union said their shifts had been cut by half since May.',
        ),
        person(1, between, null, null, 1),
        person(
          2,
          'disputed that, saying every contract had been honoured',
          null,
          'Harbour Hotel',
          2,
          'The hotel disputed that, saying every contract had been honoured.',
        ),
      ])
        .filter((conflict) => conflict.kind === 'denial')
        .map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs '));
    // The reporter's background between: the union's statement is what the hotel disputes.
    expect(denied('The hotel opened on the seafront in 1988.')).toEqual(['0 vs 2']);
    // Guests the attribution stage names no source for speak between: the hotel disputes what they said.
    expect(denied('Guests said the hotel had been slow to refund their deposits this winter.')).toEqual([]);
  });

  it('writes a publishable reason: full source names, both statements quoted with their figures', () => {
    const found = findConflictCandidates([
      person(
        0,
        'the harbour tunnel will cost 2.4 billion euros',
        'Ida Marsh',
        'Civic League',
        3,
        'Ida Marsh of the Civic League said the harbour tunnel will cost 2.4 billion euros.',
      ),
      person(
        1,
        'the harbour tunnel would in fact cost only 900 million euros',
        null,
        'Transport Agency',
        4,
        'The Transport Agency said the harbour tunnel would in fact cost only 900 million euros.',
      ),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('figures');
    expect(found[0]!.reason).toBe(
      'Ida Marsh (Civic League) and Transport Agency give figures for the harbour tunnel that cannot both be right: 2.4 billion euros against 900 million euros. ' +
        'Ida Marsh (Civic League): "Ida Marsh of the Civic League said the harbour tunnel will cost 2.4 billion euros." ' +
        'Transport Agency: "The Transport Agency said the harbour tunnel would in fact cost only 900 million euros."',
    );
  });

  it('treats claims of the same speaker or organisation as one source', () => {
    const found = findConflictCandidates([
      person(0, 'the harbour tunnel will cost 2.4 billion euros', 'Ida Marsh', 'Civic League', 3),
      person(1, 'the harbour tunnel would in fact cost only 900 million euros', null, 'Civic League', 4),
    ]);
    expect(found).toEqual([]);
  });

  it('describes casualty figures in plain words: the measure, each figure as written, no capital mid-sentence', () => {
    const found = findConflictCandidates([
      person(
        0,
        'Twelve people were killed in the explosion at the port',
        null,
        'Harbour Police',
        1,
        'Twelve people were killed in the explosion at the port, the Harbour Police said.',
      ),
      person(
        1,
        'no one was hurt in the explosion at the port',
        'Lea Brun',
        'Port Authority',
        2,
        'Lea Brun of the Port Authority said no one was hurt in the explosion at the port.',
      ),
    ]);
    expect(found.map((conflict) => conflict.kind)).toEqual(['figures']);
    expect(found[0]!.reason).toBe(
      'Harbour Police and Lea Brun (Port Authority) give figures for the number of dead that cannot both be right: twelve people killed against no one was hurt. ' +
        'Harbour Police: "Twelve people were killed in the explosion at the port, the Harbour Police said." ' +
        'Lea Brun (Port Authority): "Lea Brun of the Port Authority said no one was hurt in the explosion at the port."',
    );
    expect(found[0]!.sides.map((side) => side.position)).toEqual(['says twelve people killed', 'says no one was hurt']);
  });

  it('proposes a denial with both statements quoted in full', () => {
    const found = findConflictCandidates([
      person(
        0,
        'the depot had been sold below its value',
        'Jon Vik',
        null,
        5,
        'Councillor Jon Vik said the depot had been sold below its value.',
      ),
      person(
        1,
        'that, saying the depot was sold at market price',
        null,
        'Town Council',
        6,
        'The Town Council denied that, saying the depot was sold at market price.',
      ),
    ]);
    expect(found.map((conflict) => conflict.kind)).toEqual(['denial']);
    expect(found[0]!.sides.map((side) => `${side.sourceName}: ${side.position}`)).toEqual(['Jon Vik: asserts', 'Town Council: denies']);
    expect(found[0]!.reason).toBe(
      'Town Council denies what Jon Vik says. Jon Vik: "Councillor Jon Vik said the depot had been sold below its value." ' +
        'Town Council: "The Town Council denied that, saying the depot was sold at market price."',
    );
  });

  it('denies what was asserted before a question, never the question ("Does she accept that figure?")', () => {
    const found = findConflictCandidates([
      person(0, 'Tram fares rose by 14 per cent in two years.', 'Ola Brekk', null, 3),
      person(1, 'Does the minister accept that figure?', 'Ola Brekk', null, 4),
      person(2, 'I do not accept it.', 'Siv Lunde', 'Ministry of Transport', 5),
    ]);
    expect(found.map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs '))).toEqual(['0 vs 2']);
  });

  it('takes no side from a voice the transcript does not name ("Speaker 2", a chat sender shown by her number)', () => {
    const voice = { ...person(0, 'The plan was budgeted at 400 million crowns.', null, null, 3), role: 'speaker' };
    const answer = person(1, 'The plan has cost 520 million crowns.', 'Siv Lunde', 'Ministry of Transport', 4);
    expect(findConflictCandidates([voice, answer])).toEqual([]);
  });

  it("takes no side from an interviewer's question: what a question takes as given is not asserted", () => {
    const interviewer = { ...person(0, 'The plan was budgeted at 400 million crowns.', null, null, 3), role: 'interviewer' };
    const answer = person(1, 'The plan has cost 520 million crowns.', 'Siv Lunde', 'Ministry of Transport', 4);
    expect(findConflictCandidates([interviewer, answer])).toEqual([]);
  });

  describe('an interviewer\'s question restating a source ("Q: The harbour board says …")', () => {
    const pairsOf = (found: ReturnType<typeof findConflictCandidates>) =>
      found.map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs '));

    it("answers the source's own statement of it, not the question, when the article has one", () => {
      const found = findConflictCandidates([
        person(0, 'the pier had been shut to cars since March', null, 'Harbour Board', 1),
        person(1, 'What about the pier?', null, null, 5),
        {
          ...person(2, 'the ferry pier at Osk is closed', null, 'Harbour Board', 6, 'Q: The board says the pier at Osk is closed.'),
          asked: true,
        },
        person(3, 'The ferry pier at Osk has not closed.', 'Lars Ide', 'Osk Ferries', 7),
      ]);
      expect(pairsOf(found)).toEqual(['0 vs 3']);
      expect(found[0]!.reason).not.toContain('Q:');
    });

    it('stands for the source when the article has no statement of its own on the matter', () => {
      const found = findConflictCandidates([
        person(0, 'it would hand in a petition on Friday', null, 'Harbour Board', 1),
        {
          ...person(
            1,
            'half of the new berths are for yachts',
            null,
            'Harbour Board',
            6,
            'Q: The board says half of the new berths are for yachts.',
          ),
          asked: true,
        },
        person(2, 'That is not true.', 'Lars Ide', 'Osk Ferries', 7),
      ]);
      expect(pairsOf(found)).toEqual(['1 vs 2']);
    });

    it('takes a figure the question restates from the statement where the source gave it', () => {
      const found = findConflictCandidates([
        person(0, 'We have 40 empty beds across the hospital.', 'Eva Sund', 'Osk Hospital', 2),
        person(1, 'What about beds?', null, null, 8),
        { ...person(2, 'there are 40 empty beds', 'Eva Sund', 'Osk Hospital', 9, 'Q: She says there are 40 empty beds.'), asked: true },
        person(3, 'The wards have 5 empty beds at most.', 'Per Lund', 'Nurses Union', 10),
      ]);
      expect(pairsOf(found)).toEqual(['0 vs 3']);
      expect(found[0]!.reason).toContain('40 empty beds against 5 empty beds');
    });

    it('compares no figure through the question when the source speaks of what it measures elsewhere: its own figures are compared', () => {
      const found = findConflictCandidates([
        person(0, 'Lena Ask won the chair of the rowing club by 30 votes to 12.', null, 'Rowing Club', 1),
        { ...person(1, 'you lost by 18 votes', null, 'Rowing Club', 6, 'Q: The club says you lost by 18 votes.'), asked: true },
        person(2, 'We lost by two votes.', 'Per Holm', 'Harbour Rowers', 7),
      ]);
      expect(pairsOf(found).some((pair) => pair.split(' vs ').includes('1'))).toBe(false);
    });
  });

  it('proposes two denials between the same two sources when they dispute two things apart in the article', () => {
    const found = findConflictCandidates([
      person(0, 'silt from the quarry had killed the eels in the brook', 'Eva Lind', 'Fisheries Office', 2),
      person(1, 'the eels deaths had nothing to do with the quarry', null, 'Stonecut Ltd', 4),
      person(2, 'the quarry had pumped water into the brook at night', 'Eva Lind', 'Fisheries Office', 8),
      person(3, 'that.', 'Ole Brand', 'Stonecut Ltd', 9, 'Ole Brand of Stonecut Ltd denied that.'),
      // The denial's own quote, right after it: the same dispute, not a third one.
      person(4, 'the quarry never pumped water into the brook', 'Ole Brand', 'Stonecut Ltd', 10),
    ]);
    const pairs = found.map((conflict) => conflict.sides.map((side) => side.claimIndexes[0]).join('-'));
    expect(pairs).toHaveLength(2);
    expect(pairs).toContain('0-1');
    expect(pairs.filter((pair) => pair.startsWith('2-'))).toHaveLength(1);
  });

  it('pairs a dismissal naming its owner ("the society\'s numbers") with that source\'s latest statement with figures', () => {
    const article = [
      person(
        0,
        'dengue infections doubled this spring',
        null,
        'Blue Harbour',
        0,
        'Dengue infections doubled this spring, the society Blue Harbour said.',
      ),
      person(
        1,
        'it had seen 2,300 patients since March',
        null,
        'Blue Harbour',
        1,
        'Blue Harbour, which runs six field posts, said it had seen 2,300 patients since March.',
      ),
      person(2, 'the old water pumps had failed', null, 'Village councils', 4),
      person(3, 'the village wells had dried up', null, 'Farmers Union', 5),
      person(
        4,
        "the society's numbers as inflated",
        null,
        'Health Agency',
        6,
        "The Health Agency dismissed the society's numbers as inflated.",
      ),
    ];
    const found = findConflictCandidates(article);
    expect(found.map((conflict) => `${conflict.kind}:${conflict.sides.map((side) => side.claimIndexes[0]).join('-')}`)).toEqual([
      'denial:1-4',
    ]);
    // A noun the article never calls a source by points at no one's statement.
    const union = {
      ...article[4]!,
      text: "the union's numbers as inflated",
      fullText: "The Health Agency dismissed the union's numbers as inflated.",
    };
    expect(findConflictCandidates([...article.slice(0, 4), union])).toEqual([]);
  });

  it('sets no note that a source would not comment against what another says', () => {
    const said = person(
      0,
      'the mill had cut 40 jobs in March',
      'Ada Berg',
      'Mill Workers Union',
      0,
      'Ada Berg of the union said the mill had cut 40 jobs in March.',
    );
    const denied = person(
      1,
      'denied that the mill had cut 40 jobs in March',
      null,
      'Harlow Mills',
      1,
      'Harlow Mills denied that the mill had cut 40 jobs in March.',
    );
    expect(findConflictCandidates([said, denied]).map((conflict) => conflict.kind)).toEqual(['denial']);
    expect(findConflictCandidates([said, { ...denied, noComment: true }])).toEqual([]);
  });

  it('sets no headline against the sentences below it', () => {
    const below = person(
      1,
      'the plant had released waste water at night',
      'Ada Berg',
      'Water Board',
      1,
      'Ada Berg of the Water Board said the plant had released waste water at night.',
    );
    const headline = {
      ...person(
        0,
        'plant released waste water; company disputes it',
        null,
        'Board',
        0,
        'Board says plant released waste water; company disputes it',
      ),
      headline: true,
    };
    expect(findConflictCandidates([headline, below])).toEqual([]);
    expect(findConflictCandidates([{ ...headline, headline: false }, below]).map((conflict) => conflict.kind)).toEqual(['denial']);
  });

  it('proposes one conflict per measure between two sources: the dead and the injured apart', () => {
    const found = findConflictCandidates([
      person(0, 'eight people were killed and 40 were injured in the crash', null, 'Rail Police', 1),
      person(1, 'in fact three people died and only 9 were injured in the crash', null, 'Rail Operator', 2),
    ]);
    expect(found.map((conflict) => `${conflict.kind}:${conflict.about}`).sort()).toEqual([
      'figures:the number of dead',
      'figures:the number of injured',
    ]);
  });

  it('proposes shares of two things one pair of sources gave as two disputes (branch conflicts18)', () => {
    const found = findConflictCandidates([
      person(0, 'a turnout of 61 per cent in the ballot', null, 'Porters Union', 1),
      person(1, 'the turnout in the ballot was 39 per cent', null, 'City Hospital', 2),
      person(2, 'the walkout in May closed 30 per cent of wards', null, 'Porters Union', 6),
      person(3, 'only 5 per cent of wards were closed in May', null, 'City Hospital', 7),
    ]);
    expect(found.map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs ')).sort()).toEqual([
      '0 vs 1',
      '2 vs 3',
    ]);
  });

  it('proposes the tolls two sources gave on two days as two disputes', () => {
    const found = findConflictCandidates([
      person(
        0,
        'on Monday that 12 people had been killed in Varo',
        null,
        'Interior Ministry',
        1,
        'The Interior Ministry said on Monday that 12 people had been killed in Varo.',
      ),
      person(
        1,
        'on Monday that 30 people had been killed in Varo',
        null,
        'Red Cross',
        2,
        'The Red Cross said on Monday that 30 people had been killed in Varo.',
      ),
      person(
        2,
        'on Friday that 50 people had been killed in Varo',
        null,
        'Interior Ministry',
        8,
        'The Interior Ministry said on Friday that 50 people had been killed in Varo.',
      ),
      person(
        3,
        'on Friday that 90 people had been killed in Varo',
        null,
        'Red Cross',
        9,
        'The Red Cross said on Friday that 90 people had been killed in Varo.',
      ),
    ]);
    expect(found.map((conflict) => conflict.sides.map((side) => side.claimIndexes.join('+')).join(' vs ')).sort()).toEqual([
      '0 vs 1',
      '2 vs 3',
    ]);
  });

  it('names a count by its counted noun, also a bare figure', () => {
    const found = findConflictCandidates([
      person(0, 'Mumps cases in the valley rose to 640 this year', null, 'Valley Health Board', 1),
      person(1, 'it had recorded 2,300 cases in the valley since spring', null, 'Public Health Institute', 2),
    ]);
    expect(found.map((conflict) => conflict.reason.split('. ')[0])).toEqual([
      'Valley Health Board and Public Health Institute give figures for the number of cases that cannot both be right: 640 cases against 2,300 cases',
    ]);
  });
});

describe('findConflictCandidates: disputed days', () => {
  it('describes two days given for one happening as different dates, both statements quoted', () => {
    const found = findConflictCandidates([
      {
        index: 0,
        text: 'it had sent the permit request for the parade on June 3',
        fullText: 'The guild said it had sent the permit request for the parade on June 3.',
        source: null,
        organisation: 'Weavers Guild',
        actorCountries: [],
        sentenceIndex: 0,
        quantities: extractQuantities('The guild said it had sent the permit request for the parade on June 3.'),
      },
      {
        index: 1,
        text: 'the permit request for the parade arrived on June 12',
        fullText: 'The council said the permit request for the parade arrived on June 12.',
        source: null,
        organisation: 'Harwick Council',
        actorCountries: [],
        sentenceIndex: 1,
        quantities: extractQuantities('The council said the permit request for the parade arrived on June 12.'),
      },
    ]);
    expect(found.map((conflict) => conflict.reason)).toEqual([
      'Weavers Guild and Harwick Council give different dates: June 3 against June 12. ' +
        'Weavers Guild: "The guild said it had sent the permit request for the parade on June 3." ' +
        'Harwick Council: "The council said the permit request for the parade arrived on June 12."',
    ]);
  });
});
