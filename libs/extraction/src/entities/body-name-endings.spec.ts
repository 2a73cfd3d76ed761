import { findEntities } from './find-entities';

const typeOf = (text: string, name: string): string | undefined => findEntities(text).find((entity) => entity.text === name)?.type;
const names = (text: string): string[] => findEntities(text).map((entity) => `${entity.type}:${entity.text}`);

describe("a body's name closed by a noun of an institution or a business (branch entities10)", () => {
  it('is an organisation after an unknown first word', () => {
    expect(typeOf('Harbury Aquarium said 40 turtles had been released.', 'Harbury Aquarium')).toBe('organisation');
    expect(typeOf('Ledworth Hatchery said 12 staff had been sent home.', 'Ledworth Hatchery')).toBe('organisation');
    expect(typeOf('Sedgemoor Restructuring said the shops would keep trading.', 'Sedgemoor Restructuring')).toBe('organisation');
    expect(typeOf('Kilnsey Recruitment said vacancies fell by 9 per cent.', 'Kilnsey Recruitment')).toBe('organisation');
  });

  it('is an organisation when a place noun that is also a surname follows a common word', () => {
    expect(typeOf('Orrisdale Deer Park said two lions had died.', 'Orrisdale Deer Park')).toBe('organisation');
    expect(typeOf('Faircombe Supper Kitchen said 90 people came on Friday.', 'Faircombe Supper Kitchen')).toBe('organisation');
    expect(typeOf('Ambergate Cattle Market said prices rose.', 'Ambergate Cattle Market')).toBe('organisation');
  });

  it('leaves people whose surname is such a noun', () => {
    expect(typeOf('Jo Park said the gate was shut.', 'Jo Park')).toBe('person');
    expect(typeOf('Anna Rose Park said the gate was shut.', 'Anna Rose Park')).toBe('person');
    // a title before the last word elsewhere in the text keeps the name a person's
    expect(typeOf('Tam Deer Park said the gate was shut. Mr Park said so again.', 'Tam Deer Park')).toBe('person');
  });
});

describe('"and" inside the field of a body named "X of …" (branch entities10)', () => {
  it('joins the words after "and" when they continue its field', () => {
    expect(names('The Ministry of Forests and Coastal Management said so.')).toEqual([
      'organisation:Ministry of Forests and Coastal Management',
    ]);
    expect(names('The Guild of Kiln and Pottery Staff said pay fell.')).toEqual(['organisation:Guild of Kiln and Pottery Staff']);
    expect(names('The Union of Ferry and Dock Gate Workers said so.')).toEqual(['organisation:Union of Ferry and Dock Gate Workers']);
    // a common word that is also a first name, before a plural of the field
    expect(names('The Bureau of Soil and Marine Surveys said so.')).toEqual(['organisation:Bureau of Soil and Marine Surveys']);
  });

  it('keeps two bodies two', () => {
    expect(names('The Ministry of Justice and Probation Board said so.')).toEqual([
      'organisation:Ministry of Justice',
      'organisation:Probation Board',
    ]);
    expect(names('Officials from the Quayside Board and the Water Authority met.')).toEqual([
      'organisation:Quayside Board',
      'organisation:Water Authority',
    ]);
    expect(names('The Ministry of Health and Deputy Minister Jo Roe said so.')).toEqual([
      'organisation:Ministry of Health',
      'person:Jo Roe',
    ]);
  });
});

describe("a garden or an archive closing a body's name (issue 15, orgnone15)", () => {
  it('is an organisation: "X Botanic Garden", "X County Archives"', () => {
    expect(typeOf('Brassowe Vale Botanic Garden said 40 palms had died.', 'Brassowe Vale Botanic Garden')).toBe('organisation');
    expect(typeOf('Water reached Dunmarra County Archives on Sunday.', 'Dunmarra County Archives')).toBe('organisation');
  });

  it('leaves a person whose surname is Garden', () => {
    expect(typeOf('Jo Garden said the gate was shut.', 'Jo Garden')).toBe('person');
  });
});
