import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule, type SpeakerKind } from './checkworthiness-rules';
import { tellsNarrativeAct } from './narrative-acts';

function ruleOf(sentence: string, speaker?: SpeakerKind): ReturnType<typeof checkworthinessRule> {
  return checkworthinessRule({
    tokens: tokenize(sentence),
    features: extractCheckworthinessFeatures(sentence),
    quantities: extractQuantities(sentence),
    text: sentence,
    speaker,
  });
}

describe('a trivial act of a person in a story (narrative-act, branch cwfp33)', () => {
  it.each([
    'Anselma Perrowne strolled over to the window.',
    'She dozed in the armchair by the stove.',
    'The old man tiptoed past the kitchen door.',
    'A neighbour hurried across the yard and knocked twice.',
    'Then he shrugged it off.',
    'Perrowne hurried them out.',
    'They sauntered home along the towpath.',
    'Shortly after dawn she walked home.',
    'He wandered up the lane towards the chapel.',
  ])('holds %j under the threshold', (sentence) => {
    expect(tellsNarrativeAct(tokenize(sentence), false)).toBe(true);
    expect(ruleOf(sentence)).toBe('narrative-act');
  });

  it('reads "I" and "we" only for a speaker who speaks for no body, or the writer', () => {
    const sentence = 'We drove home through the fog.';
    expect(tellsNarrativeAct(tokenize(sentence), false)).toBe(false);
    expect(tellsNarrativeAct(tokenize(sentence), true)).toBe(true);
    expect(ruleOf(sentence, 'none')).toBe('narrative-act');
    expect(ruleOf(sentence, 'person')).toBe('narrative-act');
    expect(ruleOf(sentence, 'body')).not.toBe('narrative-act');
    expect(ruleOf(sentence)).not.toBe('narrative-act');
  });

  it.each([
    // an incident, not colour
    'A roofer fell from the scaffold at the depot.',
    'The driver fled before officers arrived.',
    'He collapsed at the finish line.',
    // a subject tied to a body, or no person
    "The borough's engineers went to the sluice house.",
    'Police went to the house in Tanner Row.',
    'Storm Ilse came ashore near the estuary.',
    // an object, an organisation, a clause of its own, a purpose, a move of record
    'He left the bakery the following spring.',
    'She sat on the allotments committee for a decade.',
    'She hurried to the ward, and the nurses were already gone.',
    'The substitute came on to score the winner.',
    'The club moved to a new depot in the autumn.',
    'We ran out of insulin at the clinic.',
    'Workers walked out over the rota.',
    // a span of time measured, a figure, a forecast, a perfect, a question
    'The crew waited outside the ward for three hours.',
    'Two volunteers strolled over to the gate.',
    'She will walk home.',
    'He has wandered off.',
    'Did she walk home?',
  ])('leaves %j to the other rules', (sentence) => {
    expect(ruleOf(sentence, 'none')).not.toBe('narrative-act');
  });
});
