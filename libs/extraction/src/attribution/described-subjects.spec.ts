import { segmentText } from '../sentence-splitter';
import { findEntities } from '../entities/find-entities';
import { attribute, lastWho } from '../testing/attribution';

function typeOf(text: string, name: string): string {
  return findEntities(text).find((entity) => entity.text === name)?.type ?? 'none';
}

describe('names the entity finder reads by their last word or their place', () => {
  it.each([
    // An administrative area is a place, never a speaker.
    ['Farmers in Tellow County said the wells were dry.', 'Tellow County', 'place'],
    ['The flood reached Ambry District on Monday.', 'Ambry District', 'place'],
    // Organisation words of units, suppliers, mutual insurers and eateries close an organisation's name.
    ['The Maritime Survey Unit said the wreck had moved.', 'Maritime Survey Unit', 'organisation'],
    ['Corvel Mutual said it would pay the claims.', 'Corvel Mutual', 'organisation'],
    ['Oxbridge Surgical Supply said the masks were safe.', 'Oxbridge Surgical Supply', 'organisation'],
    ['The Red Lantern Diner said it had closed.', 'Red Lantern Diner', 'organisation'],
    ['Investigators from the Road Accident Branch said the tyre burst.', 'Road Accident Branch', 'organisation'],
    // A short number after a broadcaster's opening word is part of its name.
    ['The agency told Channel 6 that it would send inspectors.', 'Channel 6', 'organisation'],
    ['The minister told Radio 4 that 40 trains were late.', 'Radio 4', 'organisation'],
    // "a spokeswoman for the agency, NAME": the name is the spokeswoman's, not the agency's.
    ['A spokeswoman for the agency, Marisol Fenbrook, said the tests were clear.', 'Marisol Fenbrook', 'person'],
    // "NAME, a lawyer for the firm,": the apposition is headed by "lawyer", not by the organisation after "for".
    ['Graham Oyelaran, a lawyer for the firm, said the claims were fair.', 'Graham Oyelaran', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('common-noun subjects with what stands between them and the verb', () => {
  it.each([
    // A description set beside the organisation that closes the subject.
    ['Officials at the Dorvel Water Board, the county supplier, said 30 pipes had burst.', '- / Dorvel Water Board / -'],
    // "there" after the subject: the organisation just named.
    ['The Dorvel Water Board said the reservoir was low. Officials there said 30 pipes had burst.', '- / Dorvel Water Board / -'],
    ['Trelby Mutual said claims had doubled. Officials there said 400 homes were flooded.', '- / Trelby Mutual / -'],
    // Nothing named just before: "there" gives no organisation.
    ['Officials there said 30 pipes had burst.', '- / - / -'],
    // A relative clause opened by "where" between the organisation and its verb.
    ['The Kessing Infirmary, where the driver was treated, said he had died.', '- / Kessing Infirmary / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('definite descriptions that stand for an organisation by what it does', () => {
  it.each([
    // "A spokeswoman for the agency, NAME": she speaks, for the agency named before.
    [
      'The Ostrel Food Agency is testing the wells. A spokeswoman for the agency, Marisol Fenbrook, said the tests were clear.',
      'Marisol Fenbrook / Ostrel Food Agency / -',
    ],
    // An insurer's and a hospital's names often lack the noun.
    ['Trelby Mutual paid 900 claims last year. The insurer said 40 were still open.', '- / Trelby Mutual / -'],
    ['Ardent Assurance said it would appeal. The insurer said the ruling was wrong.', '- / Ardent Assurance / -'],
    [
      'Crossway Medical Center treated 14 patients. The hospital said three were in a critical condition.',
      '- / Crossway Medical Center / -',
    ],
    ['The Kessing Infirmary said it was full. A senior official at the hospital said 20 beds were closed.', '- / Kessing Infirmary / -'],
    // A community centre is no hospital.
    ['The Marlow Community Center opened on Monday. The hospital said 12 people were treated.', '- / hospital / -'],
    // A description in the lede, the body that fits it named in the next sentence.
    [
      'Prices of home cover rose by a fifth, the financial regulator said. In a report, the Financial Conduct Board found that 12 insurers had raised premiums.',
      '- / Financial Conduct Board / -',
    ],
    // "the unit" is an organisation noun.
    ['The Marine Survey Unit inspected the hull. According to the unit, two plates had cracked.', '- / Marine Survey Unit / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('resolves a description in the lede to the body named after it', () => {
    const text =
      'Prices of home cover rose by a fifth, the financial regulator said. In a report, the Financial Conduct Board found that 12 insurers had raised premiums.';
    expect(attribute(text)[0]?.organisation).toBe('Financial Conduct Board');
  });
});

describe('what an organisation noun in a person’s description is', () => {
  it.each([
    // A preposition ends the phrase: "group" modifies no role here.
    [
      'Trelby Mutual said claims had doubled. A lawyer for a group of 340 policyholders, Graham Oyelaran, said his clients would sue.',
      'Graham Oyelaran / - / -',
    ],
    // An indefinite article brings in an organisation not met before.
    [
      'Trelby Mutual said claims had doubled. Graham Oyelaran, a lawyer for a firm in Dunholt, said the claims were fair.',
      'Graham Oyelaran / - / -',
    ],
    // A definite one points back.
    [
      'Trelby Mutual said claims had doubled. Graham Oyelaran, a lawyer for the firm, said the claims were fair.',
      'Graham Oyelaran / Trelby Mutual / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('does not take the noun closing the paragraph before a name for a description of it', () => {
    const text = [
      'Prosecutors say the manager steered contracts to Pellam Surgical Supply.',
      'Crossway Medical Center said it had fired him in May. The hospital said it had overpaid by $2 million.',
      'A nurse noticed that a catheter cost twice as much as at a sister hospital.',
      'Pellam Surgical Supply did not respond to requests for comment.',
    ].join('\n\n');
    expect(attribute(text)[2]?.organisation).toBe('Crossway Medical Center');
  });
});

describe('pronouns that point back to people', () => {
  const text = [
    '"Eat only cooked food," said Dr. Ysolde Marrick, the county health officer. She said the vaccine works within two weeks.',
    'Inspectors closed the Red Lantern Diner on Monday. The diner’s owner, Brannoc Tull, closed it for a week.',
    'He said all 22 of his staff had been vaccinated.',
  ].join('\n\n');
  const attributions = attribute(text);

  it('learns a speaker’s gender from "she", so a later "he" looks past her', () => {
    expect(attributions[4]?.speaker).toBe('Brannoc Tull');
  });

  it('gives a person found by a pronoun the organisation her description names', () => {
    expect(attributions[4]?.organisation).toBe('Red Lantern Diner');
  });
});

describe('staff named by their work or by the nouns before them', () => {
  it.each([
    // The work shows in the organisation's name.
    [
      'The Varden District Attorney’s Office charged the manager. Prosecutors say he took $2 million.',
      '- / Varden District Attorney’s Office / -',
    ],
    [
      'The Harwick Crown Prosecution Service brought the case. Prosecutors said the fraud began in 2019.',
      '- / Harwick Crown Prosecution Service / -',
    ],
    [
      'The Coastal Accident Investigation Board opened an inquiry. Investigators said the bolts had sheared.',
      '- / Coastal Accident Investigation Board / -',
    ],
    // Nouns before a staff noun that the organisation’s name holds.
    [
      'The Okrell County Health Department said 14 people were ill. County health officials said a clinic would open on Saturday.',
      '- / Okrell County Health Department / -',
    ],
    // Nothing fits: the role alone.
    ['The Okrell Water Board said 14 pipes had burst. Health officials said 12 people were ill.', '- / - / -'],
    ['The Okrell Water Board said 14 pipes had burst. Inspectors said the main had cracked.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('finds the office of prosecutors in a lede in the next sentence', () => {
    const text =
      'A hospital manager has been charged with fraud, prosecutors in Varden said on Monday. He was arrested at home, the Varden District Attorney’s Office said.';
    expect(attribute(text)[0]?.organisation).toBe('Varden District Attorney’s Office');
  });
});

describe('sentence openings and staff nouns', () => {
  it.each([
    // A conjunction opening the sentence is no part of its subject.
    ['But the water regulator, the Rivers Inspectorate, says it has had 30 complaints.', '- / Rivers Inspectorate / -'],
    // "crews" are people, and the nouns before them name their organisation.
    ['The Ambry Fire Service sent 12 engines. Fire crews said the blaze was under control by noon.', '- / Ambry Fire Service / -'],
    // "there" after a definite description earlier in the same sentence.
    [
      'The Ambry Water Board fined the mill. The Rivers Inspectorate may close it, but officials there say it is too early.',
      '- / Rivers Inspectorate / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('gives a claim a reporter’s narration reports after "But" to its source, her own words to nobody', () => {
    const text = [
      'ANCHOR: Good evening. Our reporter Lena Vosk is at the scene.',
      'LENA VOSK (voice-over): The fire began on Monday. But the county regulator, the Ambry Water Board, says the river is safe.',
      'VOSK (on camera): Lena Vosk, for the evening news.',
    ].join('\n\n');
    const attributions = attribute(text);
    const { sentences } = segmentText(text);
    const index = sentences.findIndex((sentence) => sentence.text.includes('the river is safe'));
    expect(attributions[index]?.organisation).toBe('Ambry Water Board');
    const began = sentences.findIndex((sentence) => sentence.text.includes('The fire began'));
    expect(attributions[began]?.organisation ?? null).toBeNull();
  });
});

describe('outlets referred back to', () => {
  it.each([
    ['Jane Roe told the Dunmore Courier that sales fell. "We are not finished," she told the newspaper.', 'Jane Roe / - / Dunmore Courier'],
    // A media noun with a name of its own is that name, not the one before.
    [
      'Jane Roe told the Dunmore Courier that sales fell. Sales rose in May, she told the newspaper Westvale Daily.',
      'Jane Roe / - / Westvale Daily',
    ],
    // None named before: no outlet.
    ['"We are not finished," Jane Roe told the newspaper.', 'Jane Roe / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('a document referred back to', () => {
  it.each([
    // "the report" is the one a body put forward in a sentence before, not the latest speaker's.
    [
      'The Ostrel Audit Office said in a report that the bridge cost 40 million euros. Kelmar Builders said the figure was wrong. According to the report, the bridge opened a year late.',
      '- / Ostrel Audit Office / -',
    ],
    [
      'In a 40-page report, the Ostrel Audit Office found that 12 contracts were signed late. Kelmar Builders disputed the report. The report said 3 million euros had been lost.',
      '- / Ostrel Audit Office / -',
    ],
    // No sentence put a report forward: the latest attribution, as before.
    ['Kelmar Builders said the bridge was safe. The statement said 12 engineers had checked it.', '- / Kelmar Builders / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('descriptions set beside a name', () => {
  it('does not take the subject before a that-clause for a description of the name inside it', () => {
    const text =
      'The ring road cost 40 million euros, the National Audit Court said. The court found that the main contractor, Kelmar Builders, had been paid early. Kelmar said it had not. The court said 2 million euros went on consultants.';
    expect(lastWho(text)).toBe('- / National Audit Court / -');
  });
});

describe('a description opening the sentence before a name, and where she is from', () => {
  it.each([
    ['Umpire Tadeusz Wrobel said he had twice been paid late.', 'Tadeusz Wrobel / - / -'],
    ['Concert-goer Saoirse Blennerhall, 31, from Ardley, said the gates were shut.', 'Saoirse Blennerhall / - / -'],
    // Two words: a person's first name and surname may be nouns too.
    ['Mason Greenwood said he was fit.', 'Mason Greenwood / - / -'],
    // An organisation word keeps the run one organisation's name.
    ['Farmer Brothers Dairy said milk prices fell.', '- / Farmer Brothers Dairy / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('agreement phrased as a negation', () => {
  it.each([
    ['Kestrel Air said it had hired four engineers. The airline did not dispute the staffing numbers.', '- / Kestrel Air / -'],
    ['The Ostrel Audit Office found 12 faults. Kelmar Builders did not contest the findings.', '- / Kelmar Builders / -'],
    // Other verbs negated report nothing.
    ['Jane Roe said the plant was safe. Jane Roe did not say how many inspections there had been.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});

describe('a denial withheld', () => {
  it.each([
    // Not denying what was said leaves it standing: the subject's position.
    ['Ulvermere Water did not deny that the pumps had failed twice in May.', '- / Ulvermere Water / -'],
    ['Corra Linnet did not deny that two wards had closed in March.', 'Corra Linnet / - / -'],
    // Nobody named denies, or the denial is impersonal: no source.
    ['Nobody denied that the bridge had been closed for two days.', '- / - / -'],
    ['It cannot be denied that the river rose by two metres overnight.', '- / - / -'],
    // Other verbs negated report nothing.
    ['Osmo Haldane did not confirm the figure of 300 jobs.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
