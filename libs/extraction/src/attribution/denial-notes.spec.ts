import { rows } from '../testing/attribution';

describe('a closing note naming who denies the claim (issue 15, denial-src)', () => {
  it('leaves the claim with its speaker: "…, a charge the X Trust rebutted within hours."', () => {
    const text =
      'The Pennock Anglers Club said the mill had drained the weir pool twice in May, a charge the Tolvane Quay Trust rebutted within hours.';
    expect(rows(text)).toEqual(['- / Pennock Anglers Club / -']);
  });

  it('reads a note opening with "which", "that" after its noun, or a passive', () => {
    const text =
      'Corvel Ferries said 40 sailings had been cancelled, which the Tolvane Quay Trust contested.\n\n' +
      'Corvel Ferries said the ramp had failed, an allegation that the Tolvane Quay Trust denies.\n\n' +
      'Corvel Ferries said the ramp had failed again, which was denied by the Tolvane Quay Trust.';
    expect(rows(text)).toEqual(['- / Corvel Ferries / -', '- / Corvel Ferries / -', '- / Corvel Ferries / -']);
  });

  it("gives the author's own claim with such a note to nobody, not to the denier", () => {
    expect(rows('The weir pool was drained twice in May, a claim the Tolvane Quay Trust has repeatedly denied.')).toEqual(['- / - / -']);
  });

  it('takes no body for the speakers from the note: "Ferry officials said …, a claim the X Ferry Board denies"', () => {
    const text = 'Ferry officials said 40 sailings had been cancelled, a claim the Tolvane Ferry Board denies.';
    expect(rows(text)).toEqual(['- / - / -']);
  });

  it('keeps a denial that closes the sentence with its own content, and a relative clause of saying', () => {
    const text =
      'The figures were wrong, the Tolvane Quay Trust denied on Monday.\n\n' +
      'A new slipway, which the Tolvane Quay Trust said would cost £3m, opened on Monday.';
    expect(rows(text)).toEqual(['- / Tolvane Quay Trust / -', '- / Tolvane Quay Trust / -']);
  });
});

describe('"the company disputed the co-op\'s account": the owner of what is denied (issue 15, denial-src)', () => {
  it("keeps the company the reference found when it denies another body's account", () => {
    const text =
      'Members of the Dunmarsh Growers Co-op were turned away at the gate, according to the co-op.\n\n' +
      'A spokeswoman for Veltro Foods said the gate had stayed open.\n\n' +
      'The site manager, Tom Parr, said nobody had been turned away.\n\n' +
      "The company disputed the co-op's account of the morning, saying two lorries had been let in.";
    expect(rows(text).at(-1)).toBe('- / Veltro Foods / -');
  });

  it('still gives "the company" to the other company when it denies the first one\'s account', () => {
    const text =
      'Packing supplier Veltro Cartons has sued Harbin Freight over unpaid invoices worth £2m.\n\n' +
      'Veltro said the money had been owed since March.\n\n' +
      'Harbin Freight said it had withheld payment because 30 deliveries had arrived damaged.\n\n' +
      "The company disputed Harbin's account.";
    expect(rows(text).at(-1)).toBe('- / Veltro Cartons / -');
  });
});
