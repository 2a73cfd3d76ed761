import { lastWho as last } from '../testing/attribution';

describe("a body's judgement stated as its act, and documents whose authors a 'by' phrase names (branch org-actor)", () => {
  it('reads a body that attributed a figure, gave a chance with a figure, or issued a warning or a correction', () => {
    expect(last('The Brenna Health Office attributed 410 deaths to the heatwave.')).toBe('- / Brenna Health Office / -');
    expect(last('The Ostvik Weather Bureau gave a 40 percent chance of frost on Sunday.')).toBe('- / Ostvik Weather Bureau / -');
    expect(last('The Ostvik Weather Bureau has issued an amber warning for ice on the coast road.')).toBe('- / Ostvik Weather Bureau / -');
    expect(last('The Ostvik Weather Bureau said frost was likely. On Friday the bureau issued a correction to its forecast.')).toBe(
      '- / Ostvik Weather Bureau / -',
    );
  });

  it('leaves acts that state no judgement of the body, and people, to other rules', () => {
    // an amount given, permits and notices issued, a person's guess
    expect(last('The Selwyn Arts Trust gave £40,000 to the festival.')).toBe('- / - / -');
    expect(last('The Tarn Valley Council issued 230 parking permits in May.')).toBe('- / - / -');
    expect(last('Harriet Colquhoun gave a 20 percent chance of rain.')).toBe('- / - / -');
    // "attributed" with no figure, "gave" with no figure inside a noun phrase
    expect(last('The Brenna Health Office attributed the rise to the heatwave.')).toBe('- / - / -');
  });

  it("reads a finding-out work's authors named by 'by' between commas, after a participle and a time phrase", () => {
    expect(last('The audit, by the Tarn Valley Audit Office, found that 12 invoices had been paid twice.')).toBe(
      '- / Tarn Valley Audit Office / -',
    );
    expect(last('The review, carried out by the consultancy Pellmore & Dunn, found that the rota was unsafe.')).toBe(
      '- / Pellmore & Dunn / -',
    );
    expect(
      last('The report, published on Tuesday by the Office for Harbour Statistics after a year of visits, found that 9 berths were idle.'),
    ).toBe('- / Office for Harbour Statistics / -');
  });

  it("reads a document's owner named in apposition after its participle and 'by'", () => {
    expect(last('Accounts filed by the ferry operator, Skarvik Ferries Ltd, show it lost £3m last year.')).toBe(
      '- / Skarvik Ferries Ltd / -',
    );
    expect(last('Tarn Valley Council approved the plan. Surveys carried out by the council found that 40 homes were damp.')).toBe(
      '- / Tarn Valley Council / -',
    );
  });

  it('leaves a hearing with no author named unattributed', () => {
    expect(last('The inquiry heard that 12 invoices had been paid twice.')).toBe('- / - / -');
  });
});
