import { normaliseClaim } from './normalise';
import { claimSimilarity } from './similarity';
import { signArticleClaims } from './signature';

const tokens = (text: string): string[] => normaliseClaim(text).tokens;

describe('news idioms read as the act they name', () => {
  it('reads a firm that fails as one word however it is told', () => {
    const word = tokens('The bakery chain collapsed.').at(-1);
    expect(tokens('The bakery chain went bust.')).toContain(word);
    expect(tokens('The bakery chain has gone into receivership.')).toContain(word);
    expect(tokens('The bakery chain went under.')).toContain(word);
  });

  it('reads a post left as resigning, not stopping', () => {
    const word = tokens('The harbour master resigned.').at(-1);
    expect(tokens('The harbour master stepped down.')).toContain(word);
    expect(tokens('The harbour master stood down.')).toContain(word);
    expect(tokens('The harbour master quit.')).toContain(word);
    // "quit smoking" stops doing something.
    expect(tokens('The harbour master quit smoking.')).not.toContain(word);
  });

  it('reads a plan dropped as cancelled, and "axed" before a count as a cut', () => {
    const word = tokens('The ferry route was cancelled.').at(-1);
    expect(tokens('The ferry route was scrapped.')).toContain(word);
    expect(tokens('The ferry route was axed.')).toContain(word);
    expect(tokens('The port pulled the plug on the ferry route.')).toContain(word);
    const notAhead = normaliseClaim('The ferry route will not go ahead.');
    expect(notAhead.tokens).toContain(word);
    expect(notAhead.negated).toBe(false);
    expect(tokens('The port axed 70 posts.')).not.toContain(word);
    expect(tokens('The port axed 70 posts.')).toEqual(tokens('The port cut 70 posts.'));
  });

  it('reads staff laid off or made redundant as jobs cut, and people hurt as injured', () => {
    const cut = tokens('The port lost 70 jobs.');
    expect(tokens('The port laid off 70 dockers.')).toContain(cut[cut.length - 2]);
    expect(tokens('70 dockers were made redundant.')).toEqual(tokens('70 dockers were laid off.'));
    expect(tokens('Four divers were hurt.')).toEqual(tokens('Four divers were injured.'));
  });

  it('links a restatement in the other idiom and leaves another post or firm apart', () => {
    const [a, b] = [
      signArticleClaims(['Orrin Vale, the port director, stepped down in March after six years.']),
      signArticleClaims(['Orrin Vale resigned as port director in March after six years in charge.']),
    ];
    expect(claimSimilarity(a[0]!, b[0]!)).toBeGreaterThanOrEqual(0.6);
    const other = signArticleClaims(['The port chairman, Emil Strand, stood down in 2019.']);
    expect(claimSimilarity(a[0]!, other[0]!)).toBeLessThan(0.4);
  });
});

describe('a bill passed (branch matching37)', () => {
  it('reads a bill passed as approved, before or after the bill, and legislation as a bill', () => {
    const approved = tokens('The assembly approved the bill.');
    const word = tokens('approved').at(-1);
    expect(tokens('The assembly passed the bill.')).toEqual(approved);
    expect(tokens('The assembly passed a new bill.')).toEqual(tokens('The assembly approved a new bill.'));
    expect(tokens('The bill passed on Tuesday.')).toContain(word);
    expect(tokens('The assembly approved legislation.')).toEqual(approved);
    // Time passing, a pass in sport: no bill.
    expect(tokens('Two years passed.')).not.toContain(word);
    expect(tokens('Kell passed the ball to Orme.')).not.toContain(word);
  });

  it('links a minister who quit after lawmakers approved the legislation to one who resigned after the bill passed', () => {
    const [a, b] = [
      signArticleClaims([
        'Ruth Amsel, the transport minister, resigned on Monday after the assembly passed a bill to sell the Orlen ferries.',
      ]),
      signArticleClaims([
        'Ruth Amsel quit her post as transport minister on Monday after lawmakers approved legislation to sell the Orlen ferries.',
      ]),
    ];
    expect(claimSimilarity(a[0]!, b[0]!)).toBeGreaterThanOrEqual(0.4);
  });
});

describe('a home let for rent (branch matching34)', () => {
  it('reads "let to", a passive "let" and "rented" or "leased" as one act, not as allowing', () => {
    const rented = tokens('The Vennock Row flats were rented to nurses.');
    expect(tokens('The Vennock Row flats were let to nurses.')).toEqual(rented);
    expect(tokens('The Vennock Row flats were leased to nurses.')).toEqual(rented);
    expect(tokens('The Vennock Row flats were rented out to nurses.')).toEqual(rented);
    expect(tokens('The Vennock Row flats were let out to nurses.')).toEqual(rented);
    const allowed = tokens('The warden let nurses park on the verge.');
    expect(tokens('The Vennock Row flats were let to nurses.')).not.toContain(allowed[1]);
  });

  it('leaves "let go", "let off" and the progressive "is letting N go" to their own readings', () => {
    const word = tokens('The Vennock Row flats were let.').at(-1);
    expect(tokens('The warden was let go.')).not.toContain(word);
    expect(tokens('The drivers were let off with a warning.')).not.toContain(word);
    expect(tokens('The depot is letting 30 drivers go.')).not.toContain(word);
  });
});

describe('payers in arrears and things put on hold (branch matching39)', () => {
  it('reads "behind on" or "fell behind with" what is owed as in arrears, whatever the owing is called', () => {
    const arrears = tokens('About 3,400 tenants of the Fennarth housing trust are in arrears on their rent.');
    expect(tokens('About 3,400 tenants of the Fennarth housing trust are behind on their rent.')).toEqual(arrears);
    expect(tokens('About 3,400 tenants of the Fennarth housing trust have fallen behind with their rent.')).toEqual(arrears);
    const word = arrears.find((token) => token.startsWith('arrear'));
    expect(tokens('Some 900 farms in Marbeck are behind on at least one water bill.')).toContain(word);
  });

  it('leaves "behind" that is no debt as it was', () => {
    const word = tokens('About 3,400 tenants of the Fennarth housing trust are in arrears.').at(-1);
    expect(tokens('The Fennarth side are now behind on points.')).not.toContain(word);
    expect(tokens('The Sildon bridge repairs are behind schedule.')).not.toContain(word);
    expect(tokens('A cordon stood behind the Sildon depot on Tuesday.')).not.toContain(word);
  });

  it('reads a thing put on hold as suspended', () => {
    const suspended = tokens('The Marbeck bypass was suspended in 2024.');
    expect(tokens('The Marbeck bypass was put on hold in 2024.')).toEqual(suspended);
    expect(tokens('The Marbeck bypass has been on hold since 2024.')).toEqual(suspended);
  });
});
