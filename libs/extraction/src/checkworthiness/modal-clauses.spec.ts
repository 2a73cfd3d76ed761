import { isQuoted } from '../claim-type';
import { extractQuantities } from '../quantities/extract-quantities';
import { measureQuote } from '../quote-tracker';
import { tokenize } from '../tokenizer';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule } from './checkworthiness-rules';
import { clauseJoinedBeforeForecast, couldTellsPastAbility, reportsNoEventOfItsOwn } from './modal-clauses';

function ruleOf(sentence: string): ReturnType<typeof checkworthinessRule> {
  return checkworthinessRule({
    tokens: tokenize(sentence),
    features: extractCheckworthinessFeatures(sentence),
    quantities: extractQuantities(sentence),
    quoted: () => isQuoted(measureQuote(sentence)),
    text: sentence,
  });
}

const REPORTING = new Set(['said', 'says', 'told', 'confirmed']);

describe('couldTellsPastAbility', () => {
  it.each([
    'The coastguard said the divers could not reach the wreck.',
    'Residents said the pumps could not keep up with the rain.',
    "The warden said nobody couldn't see the smoke.",
  ])('reads "could" as an ability: %s', (sentence) => {
    expect(couldTellsPastAbility(tokenize(sentence))).toBe(true);
  });

  it.each([
    'The inspector said the collapse could have been foreseen.',
    'The union said the trains could be delayed for days if the ballot passed.',
    'It is vital that no grant is made that could be put to better use.',
    'The firm said prices could rise and might stay high.',
    'The divers reached the wreck.',
  ])('leaves a hedge, a counterfactual or a claim with no "could": %s', (sentence) => {
    expect(couldTellsPastAbility(tokenize(sentence))).toBe(false);
  });
});

describe('clauseJoinedBeforeForecast', () => {
  it('finds the "and" or "but" before the forecast word', () => {
    const tokens = tokenize('The bakery confirmed that it had closed two ovens but would not name the supplier.');
    const would = tokens.findIndex((t) => t.lower === 'would');
    expect(tokens[clauseJoinedBeforeForecast(tokens, would)]!.lower).toBe('but');
  });

  it('finds none when the forecast stands alone or the coordinator opens the claim', () => {
    const alone = tokenize('The trust said it would write to the minister.');
    expect(
      clauseJoinedBeforeForecast(
        alone,
        alone.findIndex((t) => t.lower === 'would'),
      ),
    ).toBe(-1);
    const opening = tokenize('And the lane will stay closed.');
    expect(
      clauseJoinedBeforeForecast(
        opening,
        opening.findIndex((t) => t.lower === 'will'),
      ),
    ).toBe(-1);
  });
});

describe('reportsNoEventOfItsOwn', () => {
  const reporting = (w: string): boolean => REPORTING.has(w);
  it.each([
    ['Harbury Mills said it stood by its survey', false],
    ['The club said it accepted the fine', false],
    ['The chair said that was still open', false],
    ['A spokesman said the refunds were a gesture of goodwill', false],
  ])('no event of its own: %s', (clause, dated) => {
    expect(reportsNoEventOfItsOwn(tokenize(clause), dated, reporting)).toBe(true);
  });

  it.each([
    ['The bakery confirmed that it had closed two ovens', false],
    ['A spokesman said the trust had not been told', false],
    ['The board said it cleared the culvert on Tuesday', true],
    ['The mill said the looms were switched off', false],
  ])('an event: %s', (clause, dated) => {
    expect(reportsNoEventOfItsOwn(tokenize(clause), dated, reporting)).toBe(false);
  });
});

describe('modal clauses in checkworthinessRule', () => {
  it.each([
    'The coastguard said the divers could not reach the wreck, which had drifted overnight.',
    'Residents said the pumps could not keep up after the weir failed.',
    'The bakery confirmed that it had closed its ovens but would not name the supplier.',
    'A spokesman said the trust had not been told and would write to the minister.',
    'The board said it had cleared the culvert but that the lane would stay closed.',
  ])('raises the past statement: %s', (sentence) => {
    expect(ruleOf(sentence)).toBe('stated-fact');
  });

  it.each([
    'The inspector said the collapse could have been foreseen.',
    'The union said the trains could be delayed for days if the ballot passed.',
    'Harbury Mills said it stood by its survey and would publish the raw answers.',
    'The club said it accepted the fine and would not appeal.',
    'The chair said that was still open and a ruling would follow.',
    'A spokesman said the refunds were a gesture of goodwill and that every passenger would get one.',
  ])('raises nothing: %s', (sentence) => {
    expect(ruleOf(sentence)).not.toBe('stated-fact');
  });
});
