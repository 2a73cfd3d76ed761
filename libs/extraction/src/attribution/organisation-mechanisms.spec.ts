import { attribute, row } from '../testing/attribution';

describe('mechanisms that find the organisation a person speaks for (issue 15, attr-org6)', () => {
  it('reads a sentence after its wire dateline: "its president" after the dateline points to the sentence subject', () => {
    const attributions = attribute(
      'TALLMOOR, May 2 (Northwire) - The Pell Valley Hockey League will drop two teams next season after losing its sponsor, its chairman, Ivo Stenberg, said on Monday.\n\nStenberg said the league owed 300,000 euros.',
    );
    expect(attributions.map(row)).toEqual(['Ivo Stenberg / Pell Valley Hockey League / -', 'Ivo Stenberg / Pell Valley Hockey League / -']);
  });

  it('does not give "A:" turns to a guest the transcript later labels by her own name', () => {
    const attributions = attribute(
      [
        "We talked to the ferry company's operations director, Lars Umeh, and afterwards to Greta Sol, a skipper who works for the Fishermen's Guild.",
        'Q: How many sailings were cancelled?',
        'A: We cancelled 40 sailings in March.',
        'We then talked to Greta Sol.',
        'INTERVIEWER: Were you affected?',
        'SOL: We lost six days at sea.',
      ].join('\n\n'),
    );
    const answer = attributions.find((attribution) => attribution.speaker !== null && attribution.method === 'interview');
    expect(answer?.speaker).toBe('Lars Umeh');
    expect(row(attributions[attributions.length - 1])).toBe("Greta Sol / Fishermen's Guild / -");
  });

  it('reads a place-like name after a role and "at", "for" or "with" as her employer, not after "from" or "of"', () => {
    expect(row(attribute('Pia Dorn, senior analyst at Kalvik, said margins fell.')[0])).toBe('Pia Dorn / Kalvik / -');
    expect(row(attribute('Pia Dorn, a grower from Kalvik, said margins fell.')[0])).toBe('Pia Dorn / - / -');
  });

  it('gives a post with no owner the organisation that spoke before whose name holds the post, or the body it heads', () => {
    const fire = attribute(
      'The Dunmere Fire and Rescue Service said the blaze was out. Residents were allowed home at noon. Chief Fire Officer Rosa Vint said 12 engines attended.\n\nVint said nobody was hurt.',
    );
    expect(row(fire[2])).toBe('Rosa Vint / Dunmere Fire and Rescue Service / -');
    expect(row(fire[3])).toBe('Rosa Vint / Dunmere Fire and Rescue Service / -');
    const bank = attribute(
      'The Bank of Osterlund said it held its rate at 3 percent. Prices rose 2.1 percent, the statistics bureau said. Governor Ilse Marr said the vote was unanimous.',
    );
    expect(row(bank[2])).toBe('Ilse Marr / Bank of Osterlund / -');
  });

  it('leaves a councillor, and a person described with an indefinite article, without the body her post resembles', () => {
    const council = attribute('Tolby Borough Council voted to shut the baths. Councillor Ada Wren said the vote was hard.');
    expect(row(council[1])).toBe('Ada Wren / - / -');
    const growers = attribute(
      'The Plains Wheat Growers Association said prices fell. "We lost the market," said Ben Ost, a third-generation grower near Tolby.',
    );
    expect(row(growers[1])).toBe('Ben Ost / - / -');
    const governor = attribute("Nine people died, the regional governor's office said. Governor Ilse Marr said 40 homes were lost.");
    expect(row(governor[1])).toBe('Ilse Marr / - / -');
  });

  it('reads "GP" as a post, and "lead" before a role as its modifier, not a verb', () => {
    expect(row(attribute('Dr Ona Pike, a GP at the Harbour Lane Clinic, said 300 patients waited.')[0])).toBe(
      'Ona Pike / Harbour Lane Clinic / -',
    );
    expect(row(attribute('Ona Pike, lead nurse at the Harbour Lane Clinic, said 30 nurses left.')[0])).toBe(
      'Ona Pike / Harbour Lane Clinic / -',
    );
  });

  it('lets staff speaking together at a named body speak for it, a single nurse only working there', () => {
    expect(row(attribute('Doctors at the Tolby district hospital said 14 people were treated.')[0])).toBe(
      '- / Tolby district hospital / -',
    );
    expect(row(attribute('A nurse at the village clinic said she was tired.')[0])).toBe('- / - / -');
  });

  it('does not take a name after "in" for the speaker of a phrase that opens with others', () => {
    expect(attribute('Nurses at Harbour Vale Hospital in Osterby said 30 beds were closed.')[0]?.speaker).toBeNull();
  });
});
