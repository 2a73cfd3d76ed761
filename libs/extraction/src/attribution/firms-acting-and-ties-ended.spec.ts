import { findEntities } from '../entities/find-entities';
import { attribute, row } from '../testing/attribution';

function organisations(text: string): string[] {
  return findEntities(text)
    .filter((entity) => entity.type === 'organisation')
    .map((entity) => entity.text);
}

describe('firms acting for another body and ties ended (issue 15, orgfix12)', () => {
  it('reads a name set off after "its auditors" as the firm, at its later mentions too', () => {
    const text =
      'Quenwick Mills has gone into administration. Its auditors, Ibbotsham Brasse, said in the accounts that there was a material uncertainty. Ibbotsham Brasse also found that stock had been overstated.';
    expect(organisations(text)).toEqual(['Quenwick Mills', 'Ibbotsham Brasse', 'Ibbotsham Brasse']);
    expect(attribute(text).map(row)).toEqual(['- / - / -', '- / Ibbotsham Brasse / -', '- / Ibbotsham Brasse / -']);
  });

  it('reads "the trust\'s auditor, NAME," and a plural firm noun even after a listed first name', () => {
    expect(organisations("The trust's auditor, Quarry Whitsell, said the books were incomplete.")).toEqual(['Quarry Whitsell']);
    expect(organisations("The group's administrators, Harlow Vantresse, said 30 jobs would go.")).toEqual(['Harlow Vantresse']);
  });

  it("gives a post-holder introduced after the auditors' words the body they audit", () => {
    const text =
      "Strandway Group lost money last year. The group's auditors, Harlow Vantresse, say in their report that there is a material uncertainty. Finance director Ingrid Sollow told the Gazette that the banks had agreed to relax the terms.";
    expect(row(attribute(text)[2])).toBe('Ingrid Sollow / Strandway Group / Gazette');
  });

  it('keeps a person named after a singular firm noun when a listed first name or a title opens the name', () => {
    expect(organisations("The council's auditor, Jane Roe, said the books were sound.")).toEqual([]);
    expect(organisations("The charity's auditor, Dr Tam Ebbs, said the books were sound.")).toEqual([]);
  });

  it('gives no organisation to a person who left the body, nor to her later words', () => {
    const text =
      'Ostrelby Foods cut 40 jobs, the company said. Ann Roe, a fitter who left Ostrelby Foods in March, said managers were told to cut breaks. Roe said the cuts were deeper.';
    expect(attribute(text).map(row)).toEqual(['- / Ostrelby Foods / -', 'Ann Roe / - / -', 'Ann Roe / - / -']);
  });

  it('keeps the body she speaks for when it is named before "who left"', () => {
    const text =
      'Ostrelby Foods cut 40 jobs, the company said. Ann Roe, chair of Ostrelby Foods, who left the Sarnbrook Bank in 2019, said the cuts were needed.';
    expect(row(attribute(text)[1])).toBe('Ann Roe / Ostrelby Foods / -');
  });

  it('gives no organisation to a post held once, named after "former"', () => {
    const before = 'Ostrelby Foods cut 40 jobs, the company said. ';
    expect(row(attribute(`${before}A former Ostrelby area manager, Ann Roe, said managers were told to cut breaks.`)[1])).toBe(
      'Ann Roe / - / -',
    );
    expect(row(attribute(`${before}Ann Roe, a former leader of the borough council, said the cuts were deep.`)[1])).toBe('Ann Roe / - / -');
  });

  it('keeps the body of a post held now after a post held once', () => {
    const text =
      'Ostrelby Foods cut 40 jobs, the company said. Ann Roe, a former nurse who chairs the Sarnbrook Trust, said the cuts were deep.';
    expect(row(attribute(text)[1])).toBe('Ann Roe / Sarnbrook Trust / -');
  });

  it('gives no organisation to a job held between two years', () => {
    const text =
      "Ostrelby Foods cut 40 jobs, the company said. Ann Roe, who worked at the company's laboratory from 2017 to 2022, said the tests were faked.";
    expect(row(attribute(text)[1])).toBe('Ann Roe / - / -');
  });
});
