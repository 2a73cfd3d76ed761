import { articleDateOf } from './article-date';
import { normaliseClaim } from './normalise';
import { claimSimilarity } from './similarity';
import { signArticleClaims } from './signature';

describe('articleDateOf', () => {
  it('reads the date of a byline, an outlet line or a wire dateline among the first claims', () => {
    expect(articleDateOf(['Ferry firm folds', 'By Ana Lutz | Harbour Post | 9 March 2031', 'The firm folded.'])).toEqual({
      year: 2031,
      month: 3,
    });
    expect(articleDateOf(['Tuesday, October 14, 2031'])).toEqual({ year: 2031, month: 10 });
    expect(articleDateOf(['ORLEM, 2 May 2031 - Dock workers walked out on Friday.'])).toEqual({ year: 2031, month: 5 });
  });

  it('reads no date from a sentence or a line that dates a period', () => {
    expect(articleDateOf(['The pier reopened on 9 March 2031.'])).toBeUndefined();
    expect(articleDateOf(['Results for the year ended 30 June 2031'])).toBeUndefined();
    expect(articleDateOf(['Orlem Ferries', 'Dock workers walked out.'])).toBeUndefined();
  });
});

describe('years told from a dated article', () => {
  const dated = (claim: string) => signArticleClaims(['Harbour Post | 9 March 2031', claim])[1]!;
  const undated = (claim: string) => signArticleClaims(['Orlem Ferries', claim])[1]!;

  it('reads "last year" and "two years ago" as the years the date names', () => {
    const told = dated('Orlem Ferries carried 412,000 passengers last year, the company said.');
    expect(claimSimilarity(told, undated('Orlem Ferries carried 412,000 passengers in 2030.'))).toBeGreaterThan(
      claimSimilarity(
        undated('Orlem Ferries carried 412,000 passengers last year.'),
        undated('Orlem Ferries carried 412,000 passengers in 2030.'),
      ),
    );
    expect(claimSimilarity(told, undated('Orlem Ferries carried 412,000 passengers in 2027.'))).toBe(0);
    expect(
      claimSimilarity(dated('The port bought the quay two years ago for £3.3m.'), undated('The port bought the quay in 2025 for £3.3m.')),
    ).toBe(0);
  });

  it('reads "next season" and "last season" as the seasons the date names', () => {
    const next = dated("Next season's fixture list has 26 home games.");
    const sameSeason = undated('The 2031-32 fixture list has 26 home games.');
    expect(claimSimilarity(next, sameSeason)).toBeGreaterThan(
      claimSimilarity(undated("Next season's fixture list has 26 home games."), sameSeason),
    );
    expect(claimSimilarity(dated('Last season the club played 26 home games.'), sameSeason)).toBe(0);
  });

  it('leaves an undated article and a year told from another time as they were', () => {
    expect(undated('Orlem Ferries carried 412,000 passengers last year.').figures).toEqual(
      signArticleClaims(['Orlem Ferries carried 412,000 passengers last year.'])[0]!.figures,
    );
    expect(normaliseClaim('Orlem Ferries carried 412,000 passengers last year.').tokens).toContain('last');
  });
});
