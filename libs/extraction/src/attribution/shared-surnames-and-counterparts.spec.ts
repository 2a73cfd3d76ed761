import { findEntities } from '../entities/find-entities';
import { rows } from '../testing/attribution';

describe('people who share a surname (issue 15, attr-ref6)', () => {
  it('reads a bare surname as the person of that surname named in full most recently', () => {
    const text =
      'The bakery’s owner, Ruth Penhale, said flour had doubled in price. ' +
      'The local farmers’ group, led by Oliver Penhale, said its members were paid less. ' +
      'Penhale, who is Ruth’s cousin, said the group would write to the mill.';
    expect(rows(text)[2]).toMatch(/^Oliver Penhale \//u);
  });

  it('keeps the first person for the surname until someone else is named in full', () => {
    const text =
      'Councillor Mair Tudno said the pool would reopen in May. ' +
      'Tudno said the repairs had cost £80,000. ' +
      'Her brother, Iwan Tudno, runs the swimming club.';
    expect(rows(text)[1]).toMatch(/^Mair Tudno \//u);
  });

  it('takes the gender of "Mrs" or "Mr" before the surname', () => {
    const text =
      'Elin Garrow has lived in the village for 20 years. ' +
      'Her husband, Dai Garrow, drives the village bus. ' +
      '"We open at seven," Mrs Garrow said. ' +
      '"The bus leaves at eight," Mr Garrow said.';
    const [, , wife, husband] = rows(text);
    expect(wife).toBe('Elin Garrow / - / -');
    expect(husband).toBe('Dai Garrow / - / -');
  });

  it('takes the gender of "Lady" or "Lord" before the surname as of "Mrs" or "Mr"', () => {
    const text =
      'Dai Garrow chairs the county bench. ' +
      'His wife, Elin Garrow, chairs the hospital trust. ' +
      '"The wards are full," Lady Garrow said. ' +
      '"The court sits on Monday," Lord Garrow said.';
    const [, , wife, husband] = rows(text);
    expect(wife).toBe('Elin Garrow / - / -');
    expect(husband).toBe('Dai Garrow / - / -');
  });
});

describe('counterparts and posts still to come (issue 15, attr-ref6)', () => {
  it('gives "her opposite number at X" the organisation X, not hers', () => {
    const text =
      'Corvane Holdings agreed to buy Tallow Glassworks for £90 million.\n\n' +
      'Corvane’s chief executive, Ines Lowry, said the deal would close in May.\n\n' +
      'Her opposite number at Tallow, Bryn Castell, said no jobs would go.';
    expect(rows(text)[2]).toBe('Bryn Castell / Tallow Glassworks / -');
  });

  it('reads no organisation from a post the speaker will only take up', () => {
    const text =
      'Corvane Group agreed to buy Tallow Glassworks for £90 million.\n\n' +
      'Corvane’s chief executive, Ines Lowry, said the deal would close in May.\n\n' +
      'Her opposite number at Tallow, Bryn Castell, who will become deputy chairman of the enlarged group, said no jobs would go.';
    expect(rows(text)[2]).toBe('Bryn Castell / Tallow Glassworks / -');
  });

  it('reads "the chief executive" as no deputy chief executive', () => {
    const text =
      'The co-operative’s chief executive, Sian Rowe, said prices were too low.\n\n' +
      'The retailer’s deputy chief executive, Tom Abbot, said the offer was fair.\n\n' +
      'The chief executive said her members would vote on Friday.';
    expect(rows(text)[2]).toMatch(/^Sian Rowe \//u);
  });

  it('reads "the central bank chief" as whoever holds the heading post itself, not a post below it', () => {
    const said = (role: string): string =>
      rows(
        `Halvard Ness, the ${role} of the Tessel Reserve Bank, said rates would hold. Prices rose 2 percent in May. ` +
          'The central bank chief said the rise was temporary.',
      )[2] as string;
    expect(said('governor')).toMatch(/^Halvard Ness \//u);
    expect(said('assistant governor')).not.toMatch(/^Halvard Ness \//u);
    expect(said('deputy governor')).not.toMatch(/^Halvard Ness \//u);
    // (a deputy's title elsewhere in the phrase does not undo the heading post he also holds)
    expect(said('vice chairman and governor')).toMatch(/^Halvard Ness \//u);
  });

  it('reads "Name, of the organisers X," as the organiser’s person', () => {
    const text =
      'The parade was cut short by rain. The route manager, Femi Adler, of the organisers Harbour Carnival Trust, said it would be run again.';
    expect(rows(text)[1]).toBe('Femi Adler / Harbour Carnival Trust / -');
  });

  it('types a short name after "at" following a noun for a person as the organisation it opens', () => {
    const text = 'Kelmar Group bought Ostry Coachworks last year. A director at Ostry, Lena Brand, said sales had doubled.';
    const ostry = findEntities(text).find((entity) => entity.text === 'Ostry');
    expect(ostry?.type).toBe('organisation');
  });
});

describe('kinds of business a description stands for (issue 15, attr-ref6)', () => {
  it('reads "the chain" as a business whose name ends in its outlets', () => {
    const text = 'Harlow Supermarkets has closed nine stores. The chain said sales had fallen by a fifth.';
    expect(rows(text)[1]).toBe('- / Harlow Supermarkets / -');
  });

  it('reads "the co-operative" as an organisation named by its members', () => {
    const text = 'Vale Fruit Growers stopped supplying the cannery in June. The co-operative said it had not been paid since March.';
    expect(rows(text)[1]).toBe('- / Vale Fruit Growers / -');
  });

  it('reads "according to its annual report" as the organisation "its" stands for', () => {
    const text =
      'Tarnmoor Housing Trust said rents would rise. ' +
      'Tarnmoor Housing Trust owns about 9,000 homes, according to its annual report. ' +
      'Complaints to the Tenancy Ombudsman rose to 3,100 last year, according to its annual report.';
    const [, owner, ombudsman] = rows(text);
    expect(owner).toBe('- / Tarnmoor Housing Trust / -');
    expect(ombudsman).toBe('- / Tenancy Ombudsman / -');
  });

  it('reads a trade weekly as the outlet a person told', () => {
    const text = 'Its finance director, Jo Ferrand, told Packaging Weekly that orders had fallen.';
    expect(rows(`Dunmore Cartons said profits fell. ${text}`)[1]).toBe('Jo Ferrand / Dunmore Cartons / Packaging Weekly');
  });
});
