import { findEntities } from '../entities/find-entities';
import { attribute, row } from '../testing/attribution';

function organisations(text: string): string[] {
  return findEntities(text)
    .filter((entity) => entity.type === 'organisation')
    .map((entity) => entity.text);
}

describe('firms named without an organisation word (issue 15, attr-org8)', () => {
  it('reads a name of two joined words as a brand, at every mention, and "the company" as it', () => {
    const text =
      'FarmLink, a grain-trading app, has raised $12 million from Oakum Ventures, the company said. Jo Pratt, who founded FarmLink in 2021, said sales had doubled.';
    expect(organisations(text)).toEqual(['FarmLink', 'Oakum Ventures', 'FarmLink']);
    expect(attribute(text).map(row)).toEqual(['- / FarmLink / -', 'Jo Pratt / FarmLink / -']);
  });

  it('keeps a surname with a particle ("McKee", "DeLuca") a person', () => {
    expect(organisations('Sam McKee said prices rose. Ada DeLuca said they fell.')).toEqual([]);
  });

  it('leaves a wire dateline agency written as a brand unread', () => {
    const text = 'OSLO, May 2 (FjordWire) - Fares will rise 4 percent, according to a letter seen by FjordWire.';
    expect(organisations(text)).toEqual([]);
  });

  it('reads a lone word as an organisation at mentions before the one that shows it', () => {
    const text = "Investors backed Quillon this year. Quillon's chief executive, Mia Hart, said the deal closed.";
    expect(organisations(text)).toEqual(['Quillon', 'Quillon']);
  });

  it('does not spread a lone word to mentions when it opens a longer organisation name', () => {
    const text = "Tarvo Holdings named a new chair. Investors backed Tarvo. Tarvo's chair, Ian Bell, said profits rose.";
    expect(organisations(text)).toEqual(['Tarvo Holdings', 'Tarvo']);
  });

  it('reads "Firm\'s Surname" after "Name, a partner at Firm Ventures"', () => {
    const text =
      "Lea Brandt, a partner at Hollin Ventures, said the round was full. Hollin's Brandt said two more funds had asked to join.";
    expect(attribute(text).map(row)).toEqual(['Lea Brandt / Hollin Ventures / -', 'Lea Brandt / Hollin Ventures / -']);
  });

  it('gives no organisation to "Name, a former X engineer"', () => {
    const text = 'Quillon cut 40 jobs, the company said. Dev Rao, a former Quillon engineer, said the cuts were deeper.';
    expect(row(attribute(text)[1])).toBe('Dev Rao / - / -');
  });

  it('reads "Club boss Name" and a longer name opening with the club\'s short name', () => {
    const text = 'Brindle won 2-0 at Oxcombe Town. Oxcombe boss Rab Moyes said his side had been poor.';
    expect(row(attribute(text)[1])).toBe('Rab Moyes / Oxcombe Town / -');
  });

  it("keeps the organisation that spoke for a post-holder introduced after an author's sentence about a person", () => {
    const text =
      'Garrow Rangers have dismissed their coach, the club said.\n\nTom Ide, 51, joined in 2023.\n\n"We had to act," said chairman Ken Lowe.';
    expect(row(attribute(text)[2])).toBe('Ken Lowe / Garrow Rangers / -');
    const other =
      'Garrow Rangers have dismissed their coach, the club said.\n\nThe league fined Ardo Wanderers in 2023.\n\n"We had to act," said chairman Ken Lowe.';
    expect(row(attribute(other)[2])).toBe('Ken Lowe / - / -');
  });

  it('gives a post-holder in the closing clause the organisation the sentence opens with, unless her post names a body', () => {
    expect(row(attribute('Quillon Foods shut 12 stores last year, finance director Amy Colt said.')[0])).toBe(
      'Amy Colt / Quillon Foods / -',
    );
    expect(row(attribute('Quillon Foods shut 12 stores last year, union organiser Amy Colt said.')[0])).toBe('Amy Colt / - / -');
  });
});
