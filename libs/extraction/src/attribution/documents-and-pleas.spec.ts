import { lastWho as last, rows } from '../testing/attribution';

describe('documents by their owners, boards and pleas (branch attr-doc1)', () => {
  it('reads a body named before its document as the owner: a name, an organisation noun, "own" figures', () => {
    expect(last('The Fenwold Netball League fined the club. League records show Dale was sent off three times.')).toBe(
      '- / Fenwold Netball League / -',
    );
    expect(last('The Ossley District Council met on Monday. Council records show 14 floods since 2019.')).toBe(
      '- / Ossley District Council / -',
    );
    expect(last('Ossley Harbour Trust figures show 212 boats moored last summer.')).toBe('- / Ossley Harbour Trust / -');
    expect(last('The operator, Brantley Buses, blames traffic. The company’s own figures show 40 of 90 buses ran late.')).toBe(
      '- / Brantley Buses / -',
    );
    expect(last('The Kelmoor Harbour Trust said moorings rose. The trust’s accounts show a profit of £3m.')).toBe(
      '- / Kelmoor Harbour Trust / -',
    );
  });

  it('leaves figures with no body before them to no one', () => {
    expect(last('Official figures show deaths fell by a tenth.')).toBe('- / - / -');
    expect(last('Industry figures show leakage fell by a fifth.')).toBe('- / - / -');
  });

  it('reads a document named long before as its owner’s, and "its accounts" never as a person’s', () => {
    const story = [
      'Profits at the Ossley Dairy Society fell by a third, its annual report shows.',
      'Farmers met in Ossley on Tuesday.',
      'Jo Pell, a farmer, said prices were too low.',
      'Milk volumes were flat.',
      'The report gives a trading profit of £1.2m.',
    ].join(' ');
    expect(rows(story).pop()).toBe('- / Ossley Dairy Society / -');
    expect(last('Dana Kell posts a loss. Dana Kell lost £3m last year, according to its accounts.')).toBe('- / - / -');
  });

  it('reads "the board" with no board named as the body named last', () => {
    expect(last('Members of Ossley Fruit Growers will vote on a levy, the co-operative said. The board said the levy would rise.')).toBe(
      '- / Ossley Fruit Growers / -',
    );
  });

  it('keeps a document cited in an interview answer the answerer’s', () => {
    const transcript = [
      'Jo Pell, an MP, was interviewed by Ann Lowe.',
      'Q: Are the meals reaching everyone?',
      'A: No. The Government’s own figures show 800 children miss out.',
    ].join('\n\n');
    expect(rows(transcript).pop()).toBe('Jo Pell / - / -');
  });

  it('reads a plea and a witness named with an age and a residence as theirs', () => {
    expect(last('Tom Arden, 51, of Kestle Road, Ossley, pleaded guilty to two offences.')).toBe('Tom Arden / - / -');
    expect(last('Tom Arden, 29, of Mill Lane, denies theft.')).toBe('Tom Arden / - / -');
    expect(last('Ann Lowe, 67, of Market Street, said she had been forced into the road.')).toBe('Ann Lowe / - / -');
    expect(last('Jo Pell pleaded not guilty to fraud.')).toBe('Jo Pell / - / -');
    expect(last('Brantley Scaffolds Ltd pleaded guilty at Ossley Crown Court to a breach of safety law.')).toBe(
      '- / Brantley Scaffolds Ltd / -',
    );
  });

  it('reads no plea in a gerund, nor a plea with someone', () => {
    expect(last('Brantley Scaffolds Ltd was fined on Friday after earlier pleading guilty to a breach.')).toBe('- / - / -');
    expect(last('The mayor pleaded with residents to stay indoors.')).toBe('- / - / -');
  });

  it('keeps a post that a body’s possessive owns the person’s, the body named with a trailing apostrophe', () => {
    expect(last('Ann Lowe, the Society for the Care of Hedgerows’ head of science, said the decline was steep.')).toBe(
      'Ann Lowe / Society for the Care of Hedgerows / -',
    );
  });
});
