import { lastWho, rows } from '../testing/attribution';

describe('a body named by a short form, and the body a possessive post points to (org-short)', () => {
  it('gives "the club\'s <post>" to the club the sentence before opens with by its nickname', () => {
    const text =
      'Loxley Wasps beat Brenlow Hornets 31-22 in the county league on Sunday.\n\n' +
      'Brenlow coach Ivo Stark said his side had been tired.\n\n' +
      'The Wasps train at a school hall in Loxley, which the club hires for £40 an hour.\n\n' +
      "The club's chair, Rona Pike, said it had 90 junior members.\n\n" +
      'She said the club had raised £3,000 at a fair.';
    const found = rows(text);
    expect(found[3]).toBe('Rona Pike / Loxley Wasps / -');
    expect(found[4]).toBe('Rona Pike / Loxley Wasps / -');
  });

  it('gives "the club\'s <post>" to the other club when the sentence before opens with its first word', () => {
    const text =
      'Loxley Wasps beat Brenlow Hornets 31-22 in the county league on Sunday.\n\n' +
      'The Wasps have played at Cawdor Lane since 1950.\n\n' +
      'Brenlow, meanwhile, opened a new clubhouse in May.\n\n' +
      "The club's treasurer, Ned Ames, said members had paid for half of it.";
    expect(lastWho(text)).toBe('Ned Ames / Brenlow Hornets / -');
  });

  it('gives "the firm\'s <post>" to the company the sentence before opens with by its first word', () => {
    const text =
      'Quorn Haulage Ltd is to close a depot after losing a contract to Grimbold Freight Group.\n\n' +
      'Grimbold said it would hire 40 drivers.\n\n' +
      'The union Unite said pay at Grimbold was lower.\n\n' +
      'Quorn has been in the town since 1971 and employs 300 people.\n\n' +
      "The firm's finance director, Hale Vance, said it had made a loss last year.";
    expect(lastWho(text)).toBe('Hale Vance / Quorn Haulage Ltd / -');
  });

  it('gives "the charity\'s <post>" to the charity the sentence before opens with, of two charities', () => {
    const text =
      'The Kesterton Rivers Trust (KRT) says eel numbers have halved.\n\n' +
      'Meanwhile, the Thistlewood Bat Rescue, a charity near the town, took in 40 bats this year.\n\n' +
      "The charity's founder, Tess Moor, said most had been found by cats.\n\n" +
      'The Kesterton trust has 900 members.\n\n' +
      "The charity's chair, Lyle Dorn, said KRT would plant 2,000 trees.";
    const found = rows(text);
    expect(found[2]).toBe('Tess Moor / Thistlewood Bat Rescue / -');
    expect(found[4]).toBe('Lyle Dorn / Kesterton Rivers Trust / -');
  });

  it('reads an acronym opening the sentence before as the body it stands for', () => {
    const text =
      'The Kesterton Rivers Trust (KRT) and the Thistlewood Bat Rescue both work on the river.\n\n' +
      'Thistlewood Bat Rescue said it was full.\n\n' +
      'KRT has 900 members and four staff.\n\n' +
      "The charity's chair, Lyle Dorn, said it would plant 2,000 trees.";
    expect(lastWho(text)).toBe('Lyle Dorn / Kesterton Rivers Trust / -');
  });

  it('keeps a body of the kind named in the same sentence before the possessive', () => {
    const text =
      'Loxley Wasps beat Brenlow Hornets 31-22 on Sunday.\n\n' +
      'The Wasps train at a school hall.\n\n' +
      "At Brenlow Hornets, according to the club's secretary, Bea Rusk, the hall costs £60 an hour.";
    expect(lastWho(text)).toBe('Bea Rusk / Brenlow Hornets / -');
  });

  it('leaves a sentence before that opens with a body of another kind to the usual rules', () => {
    const text =
      'Loxley Wasps beat Brenlow Hornets 31-22 on Sunday.\n\n' +
      'The Wasps train at a school hall.\n\n' +
      'Loxley Council owns the hall.\n\n' +
      "The club's chair, Rona Pike, said the rent had doubled.";
    expect(lastWho(text)).not.toBe('Rona Pike / Loxley Council / -');
  });

  it('reads a plural nickname opening the sentence before a post as the club named in full before', () => {
    const text =
      'Loxley Wasps beat Brenlow Hornets 31-22 on Sunday.\n\n' +
      'Wasps head coach Sol Tarn said his forwards had won it.\n\n' +
      '"We gave away nine penalties," Tarn said.\n\n' +
      'Hornets director of rugby Una Crisp said the referee had missed a knock-on.';
    const found = rows(text);
    expect(found[1]).toBe('Sol Tarn / Loxley Wasps / -');
    expect(found[3]).toBe('Una Crisp / Brenlow Hornets / -');
  });
});
