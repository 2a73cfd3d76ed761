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
});
