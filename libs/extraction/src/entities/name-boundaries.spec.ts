import type { Entity } from './entity';
import { findEntities } from './find-entities';

function typed(text: string): string[] {
  return findEntities(text).map((entity: Entity) => `${entity.type}:${entity.text}`);
}

describe('names of bodies that serve two areas', () => {
  it('joins one word, "and", and a body name that holds another "and"', () => {
    expect(typed('Firefighters reached the mill at 2am, Ormsby and Tallow Vale Fire and Rescue Service said.')).toContain(
      'organisation:Ormsby and Tallow Vale Fire and Rescue Service',
    );
  });

  it('keeps a person of two words apart from the body after "and"', () => {
    const found = typed('The inquiry heard from Grete Vinter and Tallow Vale Fire and Rescue Service.');
    expect(found).toContain('person:Grete Vinter');
    expect(found).toContain('organisation:Tallow Vale Fire and Rescue Service');
  });
});

describe("people's names with particles", () => {
  it('reads a Welsh "ap" as part of the surname', () => {
    expect(typed('Councillor Iestyn ap Madoc said the bridge would reopen in May.')).toContain('person:Iestyn ap Madoc');
  });

  it('keeps a surname with a particle a person when it later "said in a statement"', () => {
    const found = findEntities(
      'Professor Saskia van Wieren resigned on Monday. Professor van Wieren said in a statement that she had done nothing wrong.',
    );
    expect(found.filter((entity) => entity.text === 'Wieren').map((entity) => entity.type)).toEqual(['person']);
  });
});

describe('company names of two words closed by a trade word', () => {
  it.each([
    ['Brakewell Fuels said the tank had held no more than 40 tonnes.', 'Brakewell Fuels'],
    ['Tollan Minerals has announced 120 job cuts at its mine.', 'Tollan Minerals'],
    ['Quarrymoor Networks said power had been restored to 9,000 homes.', 'Quarrymoor Networks'],
    ['Ferncastle Homes said 60 buyers had paid deposits.', 'Ferncastle Homes'],
    ['Oldcourt Relief said 14 villages had no clean water.', 'Oldcourt Relief'],
    ['Sales rose 9 per cent, according to the analysts Penmore Retail Data.', 'Penmore Retail Data'],
  ])('%s', (text, name) => {
    expect(typed(text)).toContain(`organisation:${name}`);
  });

  it('leaves a surname that is no trade word to a person', () => {
    expect(typed('Hilary Banks said the tank had held no more than 40 tonnes.')).toContain('person:Hilary Banks');
  });
});

describe('portfolios listed after a department', () => {
  it('keeps a last item that ends in an organisation word inside the name', () => {
    expect(typed('The Department for Schools, Skills and Local Government said 40 schools would close.')).toContain(
      'organisation:Department for Schools, Skills and Local Government',
    );
  });

  it('leaves a list of bodies apart when an earlier item is a body of its own', () => {
    const found = typed('The Department for Transport, Network Rail and Highways Agency said the road would reopen.');
    expect(found).toContain('organisation:Department for Transport');
    expect(found).toContain('organisation:Highways Agency');
  });
});

describe('a trade or a post written as one word before a name', () => {
  it('reads a closed compound of a business noun before an unknown name as the business it describes', () => {
    const found = typed('Bootmaker Quillworth rejected the findings on Monday.');
    expect(found).toContain('organisation:Quillworth');
    expect(found).not.toContain('person:Bootmaker Quillworth');
  });

  it('reads a name joined by an ampersand after a noun for a trade person as a firm, a first name in it or not', () => {
    expect(typed('Saddler Rosalind & Daughters has bought the tannery.')).toContain('organisation:Rosalind & Daughters');
    expect(typed('Cooper Tolley & Venn said it would hire 12 staff.')).toContain('organisation:Tolley & Venn');
  });

  it('leaves a closed compound of a person noun out of the name of the person after it', () => {
    const found = typed('Schoolteacher Agnes Morrow said the roof had leaked for a year.');
    expect(found).toContain('person:Agnes Morrow');
    expect(found).not.toContain('person:Schoolteacher Agnes Morrow');
  });

  it('keeps a person after a business compound when a known first name opens her name', () => {
    expect(typed('Toymaker Agnes Morrow said the paint was safe.')).toContain('person:Agnes Morrow');
  });
});
