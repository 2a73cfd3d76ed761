import { extractQuantities } from '../quantities/extract-quantities';
import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findDisagreements } from './disagreements';
import { actOfCount } from './figure-pairing';
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

describe('conflicts the pairing missed: a past without an ending, dating phrases, rebuttals (branch pair11)', () => {
  it('reads a past written as the verb itself as the act a count undergoes', () => {
    const [let_] = figures('The housing board had let 380 flats.');
    expect(let_!.acts).toContain('let');
    const [shut] = figures('About 90 stalls were shut.');
    expect(shut!.acts).toContain('shut');
    expect(actOfCount(let_!, figures('The residents said there were only 200 lettings.')[0]!)).toBe(true);
  });

  it('reads the counted noun across a year or a month dating it, not across other words', () => {
    expect(figures('The trust said the number of evictions in 2024-25 was 310.').map((m) => m.noun)).toContain('eviction');
    expect(figures('Complaints in March rose to 140.').map((m) => m.noun)).toContain('complaint');
    // The year dates the register, the bare "1,020" counts nothing named before it.
    const nouns = figures('The board said 900 flats were let to households on the register in 2024-25, up from 1,020.').map((m) => m.noun);
    expect(nouns).not.toContain('household');
  });

  it('compares a count of lettings with a count of homes let', () => {
    const claims = [
      claim(0, 'The housing board said it had let 380 flats to families on its list last year.'),
      claim(1, 'The residents group said the board had made fewer than 200 lettings to families on its list last year.'),
    ];
    expect(figurePairs(claims, 'AB')).toContain('0-1');
  });

  it('reads "hit back at the … claim that" as a denial', () => {
    const claims = [
      claim(0, 'The guild said overtime had been written into the rota from the start.'),
      claim(1, "The owner hit back at the guild's claim that overtime was written into the rota, saying the studio had hired extra staff."),
    ];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it("keeps the statement of the owner a denial names over another source's near it", () => {
    const claims = [
      { ...claim(0, 'The guild said overtime had been written into the rota from the start.'), sourceStems: ['guild'] },
      { ...claim(1, 'A contractor said overtime had been written into the rota for the testers.'), sourceStems: ['contractor'] },
      { ...claim(2, "The owner rejected the guild's claim that overtime was written into the rota."), sourceStems: ['owner'] },
    ];
    const found = denials(claims, 'ABC');
    expect(found).toContain('0-2');
    expect(found).not.toContain('1-2');
  });
});
