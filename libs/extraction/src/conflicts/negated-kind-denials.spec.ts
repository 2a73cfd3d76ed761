import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';

const PASSPORTS = 'The union says managers at the hotel took the passports of 40 kitchen workers on arrival and kept them.';
const BETWEEN = 'The hotel has 180 rooms and opened in 2015.';

describe('findDisagreements: a negated claim naming what it denies by a broader or a narrower noun (branch ties15)', () => {
  it('answers the assertion a few sentences before it: passports / travel documents, workers / any employee', () => {
    const claims = [
      claim(0, PASSPORTS),
      claim(1, BETWEEN),
      claim(2, 'The owner said it did not hold the travel documents of any employee.'),
    ];
    expect(denials(claims, 'ACB')).toContain('0-2');
  });

  it('answers on one shared word and one kind: the outboard motor / an engine (the rules before it also answer it)', () => {
    const claims = [
      claim(0, 'The charity said the patrol crew had thrown the outboard motor into the sea.'),
      claim(1, BETWEEN),
      claim(2, 'The coast guard said its officers had never disabled an engine at sea.'),
    ];
    expect(denials(claims, 'ACB')).toContain('0-2');
  });

  it('leaves a denial of another act by the same actor apart', () => {
    const claims = [
      claim(0, PASSPORTS),
      claim(1, BETWEEN),
      claim(2, 'The owner said it had never deducted recruitment fees from any employee.'),
    ];
    expect(denials(claims, 'ACB')).not.toContain('0-2');
  });

  it('does not count people named by a kind of one another as the thing denied', () => {
    const claims = [
      claim(0, 'The ministry said three officers at the port had confessed to taking the cash.'),
      claim(1, BETWEEN),
      claim(2, 'The embassy said no cash was ever handed to any official at the port by its staff.'),
    ];
    expect(denials(claims, 'ACB')).not.toContain('0-2');
  });

  it('reads no verb as a noun: "neared" is no kind of "movements"', () => {
    const claims = [
      claim(0, 'Survivors said the crew fired shots into the air as the ship neared the coast.'),
      claim(1, BETWEEN),
      claim(2, 'The port authority said no restriction had been placed on the ship or its movements.'),
    ];
    expect(denials(claims, 'ACB')).not.toContain('0-2');
  });

  it('answers nothing said five sentences before it', () => {
    const claims = [
      claim(0, PASSPORTS),
      ...[1, 2, 3, 4].map((i) => claim(i, BETWEEN)),
      claim(5, 'The owner said it did not hold the travel documents of any employee.'),
    ];
    expect(denials(claims, 'ACCCCB')).not.toContain('0-5');
  });
});
