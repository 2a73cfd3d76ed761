import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { setsBargainingLimit } from './bargaining-limits';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule } from './checkworthiness-rules';

function ruleOf(sentence: string): ReturnType<typeof checkworthinessRule> {
  return checkworthinessRule({
    tokens: tokenize(sentence),
    features: extractCheckworthinessFeatures(sentence),
    quantities: extractQuantities(sentence),
    text: sentence,
  });
}

describe("a side's bargaining limit (branch cw37)", () => {
  it.each([
    'The union said the drivers would not accept less than 6 percent.',
    'Growers said they would never settle for a price below 30 cents a tray.',
    'The hauliers said they would not agree to a toll of more than £9 a crossing.',
    "The landlords' group said it won't accept a cap lower than 5 per cent.",
  ])('holds %j under the threshold', (sentence) => {
    expect(setsBargainingLimit(tokenize(sentence))).toBe(true);
    expect(ruleOf(sentence)).toBe('reaction');
  });

  it.each([
    // a rejection with no bound, a forecast of a span, an acceptance, an offer
    'The union would not accept the findings.',
    'The repair would not take more than six weeks.',
    'The drivers accepted less than 6 percent in 2024.',
    'The firm said it would pay more than £9 a crossing.',
    'The board would not accept it, and more than 40 staff walked out.',
  ])('leaves %j to the other rules', (sentence) => {
    expect(setsBargainingLimit(tokenize(sentence))).toBe(false);
  });
});
