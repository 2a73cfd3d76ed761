import { rows } from '../testing/attribution';
import { bodyEmploysStaffOf, staffKindOfPlural } from './staff-occupations';

describe('occupations of a body’s staff told from lay people by WordNet (issue 15, orgnone16)', () => {
  it('reads the kind of body a plural’s holders work in from the broader nouns of its singular', () => {
    expect(staffKindOfPlural('Midwives')).toBe('care');
    expect(staffKindOfPlural('paramedics')).toBe('care');
    expect(staffKindOfPlural('Lifeguards')).toBe('service');
    expect(staffKindOfPlural('caretakers')).toBe('service');
    expect(staffKindOfPlural('constables')).toBe('police');
    for (const lay of ['Commuters', 'Residents', 'Voters', 'Parents', 'Patients', 'Skiers', 'Shopkeepers', 'Historians', 'Miners'])
      expect(staffKindOfPlural(lay)).toBeNull();
    expect(staffKindOfPlural('Nurse')).toBeNull();
  });

  it('fits a place of care to care staff, a force to police, and any body but one of members to service staff', () => {
    expect(bodyEmploysStaffOf('care', 'Ellory General Hospital')).toBe(true);
    expect(bodyEmploysStaffOf('care', 'Orrin Valley Health Agency')).toBe(false);
    expect(bodyEmploysStaffOf('police', 'Kelsmoor Police')).toBe(true);
    expect(bodyEmploysStaffOf('service', 'Dunleath Leisure Trust')).toBe(true);
    expect(bodyEmploysStaffOf('service', 'Wendry Tenants’ Association')).toBe(false);
  });

  it('gives a bare plural of staff the body the story is on, and lay plurals none', () => {
    const lead =
      'Storm closes Tavenor lido\n\nThe Dunleath Leisure Trust closed Tavenor lido on Sunday after a storm, the trust said.\n\n' +
      'Lifeguards said the pool had been drained.';
    expect(rows(lead).pop()).toBe('- / Dunleath Leisure Trust / -');
    expect(rows(`${lead}\n\nRamblers said the path was shut.`).pop()).toBe('- / - / -');
  });

  it('gives care staff a place of care named just before, as a place too, but not an agency of health', () => {
    const text =
      'Two hurt in Tavenor crash\n\nTwo drivers were hurt in a crash on the Tavenor bypass on Friday.\n\n' +
      'The pair went to Ellory General Hospital.\n\nMidwives said a third patient had given birth in the ambulance.';
    expect(rows(text).pop()).toBe('- / Ellory General Hospital / -');
    const agency =
      'Tavenor sees more influenza\n\nInfluenza in Tavenor doubled in a week, the Orrin Valley Health Agency said on Monday.\n\n' +
      'Pharmacists said demand for vaccines had doubled.';
    expect(rows(agency).pop()).toBe('- / - / -');
  });

  it('gives "Officials said" the body the sentence before names over the story’s', () => {
    const text =
      'Storm closes Tavenor lido\n\nThe Dunleath Leisure Trust closed Tavenor lido on Sunday after a storm, the trust said.\n\n' +
      'Lifeguards said the pool had been drained.\n\nThe trust said it would reopen in May.\n\n' +
      'The Kelsmoor Safety Directorate has begun a review.\n\nOfficials said it would report in June.';
    expect(rows(text).pop()).toBe('- / Kelsmoor Safety Directorate / -');
  });

  it('reads "they said" after a plural opening its own sentence as that group, not a group that spoke before', () => {
    const text =
      'Storm closes Tavenor lido\n\nThe Dunleath Leisure Trust closed Tavenor lido on Sunday after a storm, the trust said.\n\n' +
      'Lifeguards said the pool had been drained.\n\nAuditors checked the two sets of accounts, they said.';
    expect(rows(text).pop()).not.toBe('- / Dunleath Leisure Trust / -');
  });
});
