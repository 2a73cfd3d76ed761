import { attribute, row } from '../testing/attribution';
import { findEntities } from './find-entities';

function people(text: string): string[] {
  return findEntities(text)
    .filter((entity) => entity.type === 'person')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('a capitalised post before a holder whose first name is also an English word', () => {
  it('leaves the post out of the name after a noun for a person ("State Forester NAME")', () => {
    expect(people('State Forester Colleen Maddox said 40 houses burned.')).toEqual(['Colleen Maddox']);
    expect(row(attribute('State Forester Colleen Maddox said 40 houses burned.')[0])).toMatch(/^Colleen Maddox \//u);
  });

  it('leaves the portfolio out of the name after "Minister for" ("Minister for Health NAME")', () => {
    expect(people('Minister for Health Carmel Ostby said 23 cases were confirmed.')).toEqual(['Carmel Ostby']);
    expect(row(attribute('Minister for Health Carmel Ostby said 23 cases were confirmed.')[0])).toMatch(/^Carmel Ostby \//u);
  });

  it('reads a title line of a transcript the same way', () => {
    const text = 'Transcript\n\nState Forester Colleen Maddox\nDepartment of Forests\n\nMS. MADDOX: The fire has burned 900 acres.';
    expect(people(text)).toContain('Colleen Maddox');
    expect(people(text)).not.toContain('State Forester Colleen Maddox');
  });

  it('keeps a portfolio of more words and a body whose name holds a noun for a person whole', () => {
    expect(people('Minister for Health Services Rowan said it.')).not.toContain('Services Rowan');
    expect(row(attribute('The Guild of Master Bakers said prices would rise.')[0])).toBe('- / Guild of Master Bakers / -');
  });

  it('reads no portfolio in a firm or a school named after "owner of" or "teacher of"', () => {
    const firm = 'Oskar Prell, co-owner of Prell and Daughter, a bakery in Wendham, said the firm had stopped baking.';
    expect(row(attribute(firm)[0])).toBe('Oskar Prell / Prell and Daughter / -');
    const school = "Ruth Okri, head teacher of St Ninian's Primary, said the school had planted a hedge.";
    expect(people(school)).not.toContain("Ninian's Primary");
  });
});
