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

  it('reads a byline or a publication line after a list of key points, but no unmarked date line there', () => {
    const points = ['Brickworks to close', 'Key points:', 'Brickworks shuts in June', '140 jobs go', 'Site up for sale', 'Union angry'];
    expect(articleDateOf([...points, 'By Ana Lutz | Published 08:10, Tuesday 9 March 2031', 'The brickworks will close.'])).toEqual({
      year: 2031,
      month: 3,
    });
    expect(articleDateOf([...points, 'Updated: 9 March 2031'])).toEqual({ year: 2031, month: 3 });
    expect(articleDateOf([...points, 'Tuesday 9 March 2031'])).toBeUndefined();
    expect(articleDateOf([...points, 'By June 2031 the site will be sold.'])).toBeUndefined();
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

  it('reads "last summer" as the summer of the year before the date, and "this summer" as no year', () => {
    const last = dated('Ferry crossings rose by 9% last summer.');
    expect(claimSimilarity(last, undated('Ferry crossings rose by 9% in 2030.'))).toBeGreaterThan(0);
    expect(claimSimilarity(last, undated('Ferry crossings rose by 9% in 2029.'))).toBe(0);
    expect(claimSimilarity(last, undated('Ferry crossings rose by 9% in the summer of 2028.'))).toBe(0);
    expect(claimSimilarity(last, undated('That was 9 per cent more than in 2030.'))).toBeGreaterThan(
      claimSimilarity(undated('Ferry crossings rose by 9% last summer.'), undated('That was 9 per cent more than in 2030.')),
    );
    expect(dated('Ferry crossings rose by 9% this summer.').figures).toEqual(undated('Ferry crossings rose by 9% this summer.').figures);
  });

  it('leaves an undated article and a year told from another time as they were', () => {
    expect(undated('Orlem Ferries carried 412,000 passengers last year.').figures).toEqual(
      signArticleClaims(['Orlem Ferries carried 412,000 passengers last year.'])[0]!.figures,
    );
    expect(normaliseClaim('Orlem Ferries carried 412,000 passengers last year.').tokens).toContain('last');
  });
});

describe('a year of birth in a dated article (branch matching37)', () => {
  const dated = (claim: string) => signArticleClaims(['By Ana Lutz | Harbour Post | 9 December 2031', claim])[1]!;
  const undated = (claim: string) => signArticleClaims(['Orlem Ferries', claim])[1]!;

  it('reads "born in 1961" as the age it gives at the article\'s date, so it meets "aged 70"', () => {
    const born = dated('Mira Tollan, the Orlem harpist born in 1961 who recorded 12 albums, died on Sunday.');
    expect(claimSimilarity(born, undated('Orlem harpist Mira Tollan has died aged 70.'))).toBeGreaterThanOrEqual(0.4);
    expect(claimSimilarity(born, undated('Orlem harpist Mira Tollan has died aged 58.'))).toBe(0);
  });

  it("reads no age without the article's date", () => {
    const born = undated('Mira Tollan, the Orlem harpist born in 1961 who recorded 12 albums, died on Sunday.');
    expect(claimSimilarity(born, undated('Orlem harpist Mira Tollan has died aged 70.'))).toBe(0);
  });
});
