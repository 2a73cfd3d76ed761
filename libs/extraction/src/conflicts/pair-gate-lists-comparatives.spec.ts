import { extractQuantities } from '../quantities/extract-quantities';
import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findDisagreements } from './disagreements';
import { measuresOf, type Measured } from './measures';

/** The figures of a sentence, all of it content. */
function figures(text: string): Measured[] {
  return measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured;
}

/** The figure pairs `findDisagreements` finds, as "first-second" indexes; `letters` gives each claim's source. */
function figurePairs(claims: ReturnType<typeof claim>[], letters: string): string[] {
  return findDisagreements(claims, (a, b) => letters[a] === letters[b])
    .filter((found) => found.kind === 'figures')
    .map((found) => found.claims.join('-'));
}

describe('conflicts the pairing missed: comparisons with an earlier time, list items, universal answers (branch pair13)', () => {
  it('reads a share lower or higher than an earlier time as a change in that direction', () => {
    const [lower] = figures('Ferry crossings were 6 percent lower in May than a year earlier.');
    expect(lower!.key).toBe('share-change');
    expect([...lower!.words.keys()]).toContain('decrease');
    expect([...lower!.words.keys()]).not.toContain('lower');
    expect(figures('Crossings were 8 percent higher than in 2024.')[0]!.key).toBe('share-change');
    // Against another thing, no time: a comparison of two things, a level.
    expect(figures('Ferry fares were 6 percent higher than the regional average.')[0]!.key).toBe('share');
  });

  it('compares a fall told as "lower than a year earlier" with a rise of the same measure', () => {
    const claims = [
      claim(0, 'The bureau said ferry crossings in 2025 were 6 percent lower than in 2024.'),
      claim(1, "The boatmen's society said ferry crossings rose 3 percent in 2025 compared with 2024."),
    ];
    expect(figurePairs(claims, 'AB')).toContain('0-1');
  });

  it("reads what a list item's figure counts from the noun phrase after its dash or colon", () => {
    expect(figures('Forty – the lifeboat moorings the marina says it rents out.').map((m) => m.noun)).toContain('mooring');
    expect(figures('1,200: Bicycle racks the council says it fitted last year.').map((m) => m.noun)).toContain('rack');
    // A figure inside the claim is no list item.
    expect(figures('The marina rents out forty – the most on the coast.').map((m) => m.noun)).not.toContain('coast');
    const claims = [
      claim(0, 'Forty – the lifeboat moorings the marina says it rents out.'),
      claim(1, "The berth holders' club says only 25 moorings are rented."),
    ];
    expect(figurePairs(claims, 'AB')).toContain('0-1');
  });

  it('reads a day that ends the period named before it as no date of its own', () => {
    const claims = [
      claim(0, 'The depot repaired 410 buses in fiscal 2025, which ended March 31.'),
      claim(1, 'The drivers said the depot repaired 380 buses in fiscal 2024.'),
    ];
    expect(figurePairs(claims, 'AB')).not.toContain('0-1');
  });

  it("answers another source's count of some of a thing told with a negation by a statement of every one of it", () => {
    const claims = [
      claim(0, 'The auditors found that 14 invoices had been paid without a purchase order.'),
      claim(1, 'The auditors said the school had three bank accounts.'),
      claim(2, 'The business manager said every invoice had been signed off by the finance director.'),
    ];
    expect(denials(claims, 'AAB')).toContain('0-2');
  });

  it('answers no count said without a negation, and no promise about every one', () => {
    const late = [
      claim(0, 'The auditors found that 14 invoices had been paid late.'),
      claim(1, 'The business manager said every invoice was stored online.'),
    ];
    expect(denials(late, 'AB')).not.toContain('0-1');
    const promised = [
      claim(0, 'The auditors found that 14 invoices had been paid without a purchase order.'),
      claim(1, 'The business manager had promised to check every invoice by hand.'),
    ];
    expect(denials(promised, 'AB')).not.toContain('0-1');
  });
});
