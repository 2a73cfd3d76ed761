import { findEntities } from '../entities/find-entities';
import { attribute, row } from '../testing/attribution';

function typed(text: string): string[] {
  return findEntities(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('names the source registry does not know (issue 15, attr-names3)', () => {
  it('keeps a Dutch "ter" and an Arabic "bint" inside a person\'s name', () => {
    expect(typed('Alderman Pieter ter Molen said the desk would open on Monday.')).toContain('person:Pieter ter Molen');
    expect(typed('Its director, Dr Huda bint Omran Al-Harbi, said two wells had failed.')).toContain('person:Huda bint Omran Al-Harbi');
  });

  it('reads "Dr van der X" as the person named in full with that surname', () => {
    const text = 'Dr Ilse van der Molen, a soil engineer, said the clay was wet. Dr van der Molen said that cracks had spread in 2020.';
    expect(attribute(text).map(row)).toEqual(['Ilse van der Molen / - / -', 'Ilse van der Molen / - / -']);
  });

  it('reads a name ending in a logistics word of another language as a company', () => {
    expect(typed('Kranzberg Spedition, a haulier from Bremen, said its trucks were idle.')).toContain('organisation:Kranzberg Spedition');
    expect(attribute('Velmor Logistik said its lorries had waited since Monday.').map(row)).toEqual(['- / Velmor Logistik / -']);
  });

  it('reads a union local named by "Local" and its number alone as an organisation', () => {
    expect(typed('Local 52 president Rosa Ibarra said the offer was 2 per cent.')).toEqual(['organisation:Local 52', 'person:Rosa Ibarra']);
    expect(typed('Members of Local 903 voted to strike.')).toContain('organisation:Local 903');
  });

  it("does not read the word opening a document's noun phrase as a speaker, nor the document later as anyone's", () => {
    const text =
      'Norrow Builders said on Monday it would finish the hall by May. Survey reports published in March show that the roof leaked in 14 places. The reports say the gutters had not been cleared.';
    expect(attribute(text).map(row)).toEqual(['- / Norrow Builders / -', '- / - / -', '- / - / -']);
    expect(typed(text)).not.toContain('person:Survey');
  });

  it('still reads a one-word surname before "reports that" as a person', () => {
    const text = 'Reporter Ana Vossen covered the vote. Vossen reports that 40 councillors attended.';
    expect(attribute(text).map(row)[1]).toBe('Ana Vossen / - / -');
  });

  it("reads an organisation whose apposition opens with a place's possessive as the speaker", () => {
    const text = "Harrowgate Bank, Veskar's biggest lender, said in a statement that it had frozen 300 loans.";
    expect(attribute(text).map(row)).toEqual(['- / Harrowgate Bank / -']);
  });

  it("keeps a person whose apposition opens with a body's possessive the speaker", () => {
    const text = "Lena Marsh, Harrowgate Bank's chief economist, said rates would rise.";
    expect(attribute(text).map(row)).toEqual(['Lena Marsh / Harrowgate Bank / -']);
  });
});
