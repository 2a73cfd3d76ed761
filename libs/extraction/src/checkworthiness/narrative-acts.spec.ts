import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule, type SpeakerKind } from './checkworthiness-rules';
import { relaysOwnBodyAct, tellsNarrativeAct, tellsScene } from './narrative-acts';

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

describe('a scene set by the weather, a smell or the light (narrative-act, branch cw38)', () => {
  it.each([
    'Sleet rattled on the chapel windows.',
    'The wind eased at dusk.',
    'The moonlight crept over the gasworks.',
    'A scent of frying onions lingered around the car park.',
    'Then the rain eased off.',
  ])('holds %j under the threshold', (sentence) => {
    expect(tellsScene(tokenize(sentence))).toBe(true);
    expect(ruleOf(sentence, 'none')).toBe('narrative-act');
  });

  it.each([
    // a date, a time or a figure makes the weather the news
    'The wind dropped on Tuesday.',
    'Rain fell for 14 hours over the moor.',
    // an object, a second clause, a clause of time before the subject, an incident
    'The wind brought down two oaks on Mill Lane.',
    'The rain eased, and crews reached the farm.',
    'As the wind rose, the fire jumped the road.',
    'Smoke drifted over the estate.',
    'The roof collapsed under the snow.',
  ])('leaves %j to the other rules', (sentence) => {
    expect(ruleOf(sentence, 'none')).not.toBe('narrative-act');
  });
});

describe("a person's own doings told back (personal-experience, branch cw38)", () => {
  const own = 'Pensioner Ada Quill, 79, said she walks to the surgery twice a week.';

  it("holds a private person's own days under the threshold, with or without a figure", () => {
    expect(relaysOwnBodyAct(tokenize(own), false)).toBe(true);
    expect(ruleOf(own, 'person')).toBe('personal-experience');
    expect(ruleOf('Orrin Vale, whose children attend the school, said he now drives them in.', 'person')).toBe('personal-experience');
    // the engine read alone (no attribution) leaves it to the other rules
    expect(ruleOf(own)).not.toBe('personal-experience');
  });

  it("holds an employee's anecdote under the threshold, not a post's journey for its body", () => {
    const anecdote = 'Porter Ida Brack, a volunteer since 2022, said she dozes in her car between shifts.';
    expect(ruleOf(anecdote, 'body')).toBe('personal-experience');
    expect(ruleOf("The club's manager, Ed Rusk, said he flew to the tribunal on Monday.", 'body')).not.toBe('personal-experience');
  });

  it.each([
    // someone named before the verb, a perception, an incident, a move of record, a forecast, an act that is no body's
    'Ena Brisk, who trained under him for years, said he swam the estuary every morning.',
    'Ola Ferris said she heard a bang behind the chapel.',
    'Ola Ferris said she fell on the ice outside the surgery.',
    'Ola Ferris said she moved the shop to Quay Street in 2019.',
    'Ola Ferris said she would walk to the surgery.',
    'Ola Ferris said she had emailed the parish clerk twice.',
  ])('leaves %j to the other rules', (sentence) => {
    expect(ruleOf(sentence, 'person')).not.toBe('personal-experience');
  });
});
