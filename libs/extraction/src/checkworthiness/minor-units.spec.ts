import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule } from './checkworthiness-rules';
import { withMinorUnitAmounts } from './minor-units';

function ruleOf(sentence: string): ReturnType<typeof checkworthinessRule> {
  return checkworthinessRule({
    tokens: tokenize(sentence),
    features: extractCheckworthinessFeatures(sentence),
    quantities: extractQuantities(sentence),
    text: sentence,
  });
}

describe('amounts in pence or cents written as one word (branch cw37)', () => {
  it.each([
    ['Fares will rise by 35p a trip from May.', '35p'],
    ['The levy will be 13.5p per unit.', '13.5p'],
    ['Holders will get a 9c-a-share payout.', '9c-a-share'],
    ['It will pay a final dividend of A16c a share.', 'A16c'],
  ])('reads %j as money', (sentence, amount) => {
    const added = withMinorUnitAmounts(extractQuantities(sentence), tokenize(sentence), 0);
    expect(added.filter((q) => q.kind === 'money').map((q) => q.text)).toContain(amount);
  });

  it.each([
    'Temperatures will reach 31C on Sunday.',
    'The bus leaves at 6pm on Sundays.',
    'Platform 3b is closed.',
    'The fee is 35 pence.',
  ])('adds nothing to %j', (sentence) => {
    const quantities = extractQuantities(sentence);
    expect(withMinorUnitAmounts(quantities, tokenize(sentence), 0)).toBe(quantities);
  });

  it('keeps the offsets of the text the quantities count from', () => {
    const sentence = 'Tolls will rise by 20p.';
    const [added] = withMinorUnitAmounts([], tokenize(sentence), 100);
    expect(added).toMatchObject({ start: 100 + sentence.indexOf('20p'), end: 100 + sentence.indexOf('20p') + 3, kind: 'money' });
  });

  it.each([
    'Fares will rise by 35p a trip from May.',
    'A 6p-a-unit rise in the levy will take effect in October.',
    'The chain expects to return to a price of 42p by the spring.',
  ])('judges %j a forecast with a figure', (sentence) => {
    expect(ruleOf(sentence)).toBe('forecast-with-figure');
  });

  it('judges a stated amount in pence a figure', () => {
    expect(ruleOf('"Some growers are losing 3p on every kilo."')).toBe('checkable-figure');
  });
});
