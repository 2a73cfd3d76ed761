import { PersonProfiles, shortFormOf } from './person-profiles';
import type { PersonDraft } from './speaker-phrase';
import { rows } from '../testing/attribution';

describe('shortFormOf', () => {
  it("takes a label's first name or its initials in capitals for a full name", () => {
    expect(shortFormOf('Ines')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('IH')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('IKH')(['ines', 'kari', 'haugland'])).toBe(true);
  });

  it('takes neither a surname, initials in lower case, nor initials of another name', () => {
    expect(shortFormOf('Haugland')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('Ih')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('HI')(['ines', 'haugland'])).toBe(false);
  });
});

describe('names cut to an initial', () => {
  it('takes a first name and a surname initial, or an initial and a surname, for the full name', () => {
    expect(shortFormOf('Ines H')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('Ines H.')(['ines', 'haugland'])).toBe(true);
    expect(shortFormOf('I. Haugland')(['ines', 'kari', 'haugland'])).toBe(true);
  });

  it('takes neither two whole words, two initials, another initial, nor the cut name itself', () => {
    expect(shortFormOf('Ines Haugland')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('I H')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('Ines B')(['ines', 'haugland'])).toBe(false);
    expect(shortFormOf('Ines H')(['ines', 'h'])).toBe(false);
  });
});

describe('lists parted by semicolons', () => {
  it("never reads the next item's post as an apposition of the name before the semicolon", () => {
    const text =
      'Present were the Minister for Ports, Al Brand; the Chief Executive of the Orrin Harbour Board, Dr Eva Lind. Brand said 40 ships waited.';
    expect(rows(text)[1]).not.toMatch(/Harbour Board/u);
  });
});

describe('surnames with particles', () => {
  it('reads a surname written alone with its particle as the person named in full', () => {
    const text =
      'Odile des Rosiers, a local councillor, said the bridge would close. The repairs will take a year. ' +
      'Des Rosiers said the cost was not known.';
    expect(rows(text)[2]).toBe('Odile des Rosiers / - / -');
  });
});

describe('lookups over the people recorded so far', () => {
  const person = (name: string, role: string | null = null): PersonDraft => ({
    name,
    written: name,
    role,
    title: null,
    organisation: null,
    organisationSource: null,
    nationality: null,
    personSource: null,
    gender: null,
  });

  it('sees a person recorded after an earlier lookup (the list of people is kept between records only)', () => {
    const profiles = new PersonProfiles();
    profiles.record(person('Tova Quellmar', 'harbour master'));
    expect(profiles.lookupShortForm('Tova')?.name).toBe('Tova Quellmar');
    expect(profiles.lookupByRole('harbour master')?.name).toBe('Tova Quellmar');
    profiles.record(person('Tova Ardvane', 'harbour master'));
    expect(profiles.lookupShortForm('Tova')).toBeUndefined();
    expect(profiles.lookupByRole('harbour master')).toBeUndefined();
    expect(profiles.lookupShortForm('TA')?.name).toBe('Tova Ardvane');
  });
});
