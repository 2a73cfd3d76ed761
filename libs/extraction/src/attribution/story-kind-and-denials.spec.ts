import { rows } from '../testing/attribution';

const filler = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the background ran to ${i + 40} words about the town.`).join('\n\n');

describe('a bare organisation noun beyond the last paragraphs (issue 15, attr-ref3)', () => {
  it('is the one of its kind the story named most: "the club" after a dozen paragraphs', () => {
    const text =
      'Dunmere Wanderers have been sold to Kelso Capital Partners for £8m.\n\n' +
      'Dunmere Wanderers were founded in 1894.\n\n' +
      filler(13) +
      '\n\nThe club said in a statement that all staff had been paid.';
    expect(rows(text).at(-1)).toBe('- / Dunmere Wanderers / -');
  });

  it('is a body described by the noun: "the consortium" for "X, a consortium led by …"', () => {
    const text =
      'The stadium was sold to Orrin Sports Group, a consortium led by two local builders.\n\n' +
      filler(13) +
      '\n\nThe consortium said it had already paid a deposit of £2m.';
    expect(rows(text).at(-1)).toBe('- / Orrin Sports Group / -');
  });

  it('stays as written when two bodies of the kind were named as often', () => {
    const text =
      'Dunmere Wanderers played Carrick Rovers on Saturday.\n\n' + filler(13) + '\n\nThe club said a crowd of 4,100 had watched the game.';
    expect(rows(text).at(-1)).toBe('- / club / -');
  });
});

describe('"the company denied this" after another company spoke (issue 15, attr-ref3)', () => {
  it('is the other company the story named, not the one whose claim it denies', () => {
    const text =
      'Packaging supplier Veltro Cartons has sued Harbin Freight over unpaid invoices worth £2m.\n\n' +
      'Veltro said the money had been owed since March.\n\n' +
      'Harbin Freight said it had withheld payment because 30 deliveries had arrived damaged.\n\n' +
      'The company denied this.';
    expect(rows(text).at(-1)).toBe('- / Veltro Cartons / -');
  });

  it('is a business by its trade too: "the contractor rejected that" after the subcontractor spoke', () => {
    const text =
      'Roofing subcontractor Pell Slate has accused Marston Builders of withholding £400,000.\n\n' +
      "Pell Slate's director, Ruth Amis, said the roof had passed every inspection and that Marston had caused the leaks.\n\n" +
      'The contractor rejected that.';
    expect(rows(text).at(-1)).toBe('- / Marston Builders / -');
  });

  it('keeps the company that spoke last when its own spokeswoman was the last speaker', () => {
    const text =
      'The Carnby Advice Centre said it had seen 46 cases involving Brightwell Energy this year.\n\n' +
      'A spokeswoman for Brightwell Energy said its records showed two missed payments.\n\n' +
      'She said the company had written to the customer four times.\n\n' +
      'The company rejected the criticism.';
    expect(rows(text).at(-1)).toBe('- / Brightwell Energy / -');
  });

  it('leaves a company that said something and then denies it again alone', () => {
    const text = 'Harbin Freight said 30 deliveries had arrived damaged.\n\nThe company denied that it owed any money.';
    expect(rows(text).at(-1)).toBe('- / Harbin Freight / -');
  });
});
