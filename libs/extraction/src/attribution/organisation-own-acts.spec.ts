import { lastWho as last } from '../testing/attribution';

describe("a body's own acts of record without a verb of saying (branch org-acts7)", () => {
  it('reads a body that revised a judgement it states: a forecast, an estimate, a rating', () => {
    expect(last('The Varrick Central Bank cut its forecast for growth to 0.6 percent.')).toBe('- / Varrick Central Bank / -');
    expect(last('Ratings firm Ilsted Ratings lowered the city’s long-term credit rating to BBB.')).toBe('- / Ilsted Ratings / -');
    expect(last('The Morwick Snow Service raised its danger rating to three on Monday.')).toBe('- / Morwick Snow Service / -');
  });

  it('reads an aim and a count of those a body cared for', () => {
    expect(last('Lenfield Water aims to reach every subscriber by the end of June.')).toBe('- / Lenfield Water / -');
    expect(last('The Brandholm Rescue Trust has rescued 900 cats since May.')).toBe('- / Brandholm Rescue Trust / -');
    expect(last('The Brandholm Rescue Trust said it was full. It treated 212 dogs in March.')).toBe('- / Brandholm Rescue Trust / -');
  });

  it("reads a body's ruling on something", () => {
    expect(last('The Tarn County Coroner’s Office ruled the death a suicide.')).toBe('- / Tarn County Coroner’s Office / -');
  });

  it('leaves people, practices, purchases, other objects and other verbs to other rules', () => {
    // a person's revision, a person's aim
    expect(last('Hester Colquhoun cut her forecast for the harvest.')).toBe('- / - / -');
    expect(last('Hester Colquhoun aims to run the race in under three hours.')).toBe('- / - / -');
    // a practice in the present, an order told as an event, sums spent and goods handed out (left to the writer)
    expect(last('The Brandholm Rescue Trust treats 40 dogs a week.')).toBe('- / - / -');
    expect(last('The Dunnock Arts Trust has ordered 40 new chairs.')).toBe('- / - / -');
    expect(last('The Lenfield Water Board spent £2.6 million on pumps last year.')).toBe('- / - / -');
    expect(last('The Brandholm Rescue Trust has distributed 900 blankets since May.')).toBe('- / - / -');
    // a cut of something other than a judgement, a ruling out
    expect(last('The Varrick Central Bank cut its staff by a tenth.')).toBe('- / - / -');
    expect(last('The Varrick Central Bank ruled out a rise in rates.')).toBe('- / - / -');
  });
});
