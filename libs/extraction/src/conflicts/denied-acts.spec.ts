import { claimWords } from './claim-words';
import { deniedClause, deniesOtherActOnOneWord } from './denied-acts';
import { disagreementClaim as claim, denialPairs as denials } from '../testing/disagreements';
import { tokenize } from '../tokenizer';

const words = (text: string) => claimWords(text, tokenize(text), []);

const LEAK = 'The inspectors said the glaze vats at the works had leaked for a month.';

describe('deniedClause: the act a denial spells out after "denied that"', () => {
  it('reads the act after the auxiliaries, the subject before them', () => {
    const clause = deniedClause(words('The firm denied that its foremen had ever emptied the vats into the stream.'));
    expect(clause?.act.lower).toBe('emptied');
    expect(clause?.subject?.lower).toBe('foremen');
    expect(clause?.state).toBe(false);
    expect(clause?.quantified).toBe(false);
  });

  it('reads "denied that," pointing back as spelling out nothing', () => {
    expect(deniedClause(words('The firm denied that, saying the vats were emptied by a contractor.'))).toBeNull();
  });

  it('marks a state after a copula and a subject quantified by "any"', () => {
    expect(deniedClause(words('The firm denied that the works were unsafe.'))?.state).toBe(true);
    expect(deniedClause(words('The firm denied that any foreman had emptied the vats.'))?.quantified).toBe(true);
  });
});

describe('deniesOtherActOnOneWord', () => {
  it('holds when one word ties them, not the denied subject, and the act is told nowhere', () => {
    const denial = words('The firm denied that its foremen had ever emptied the vats into the stream.');
    expect(deniesOtherActOnOneWord(denial, words(LEAK), ['vat'])).toBe(true);
    // Two words in common, or the act told in the assertion, leave it to the other gates.
    expect(deniesOtherActOnOneWord(denial, words(LEAK), ['vat', 'glaze'])).toBe(false);
    expect(deniesOtherActOnOneWord(denial, words('Workers said foremen had emptied the vats on Sundays.'), ['vat'])).toBe(false);
  });
});

describe('findDisagreements: a denial of another act on one shared word (branch ties13)', () => {
  it('does not answer a statement of something else said before it', () => {
    const claims = [claim(0, LEAK), claim(1, 'The firm denied that its foremen had ever emptied the vats into the stream.')];
    expect(denials(claims, 'AB')).not.toContain('0-1');
  });

  it('answers it when the denied clause is about what the statement is about', () => {
    const claims = [claim(0, LEAK), claim(1, 'The firm denied that the vats had ever overflowed.')];
    expect(denials(claims, 'AB')).toContain('0-1');
  });

  it('answers it when the denial speaks of any one, or is told first', () => {
    const any = [claim(0, LEAK), claim(1, 'The firm denied that any foreman had ever emptied the vats.')];
    expect(denials(any, 'AB')).toContain('0-1');
    const first = [claim(0, 'The firm denied that its foremen had ever emptied the vats into the stream.'), claim(1, LEAK)];
    expect(denials(first, 'BA')).toContain('1-0');
  });
});
