import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { extractCheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule } from './checkworthiness-rules';
import { pointsToContent } from './signposts';

function ruleOf(sentence: string): ReturnType<typeof checkworthinessRule> {
  return checkworthinessRule({
    tokens: tokenize(sentence),
    features: extractCheckworthinessFeatures(sentence),
    quantities: extractQuantities(sentence),
    text: sentence,
  });
}

describe('a claim that only points to content given elsewhere (signpost, branch cwfp33)', () => {
  it.each([
    "Here's where things stand after the count.",
    'Here is why the tolls went up.',
    'Here is who will sit on the new panel.',
    'The landlord painted a sharply contrasting picture.',
    'Both unions have given conflicting readings of the pay offer.',
    'The harbour board, which owns the slipway, gave a markedly divergent version on Friday.',
    'Residents of the lower terraces tell a markedly contrasting story.',
  ])('holds %j under the threshold', (sentence) => {
    expect(pointsToContent(tokenize(sentence), sentence)).toBe(true);
    expect(ruleOf(sentence)).toBe('signpost');
  });

  it.each([
    // content of its own after a colon, a figure of sources, figures given, no finite verb
    'Here is the tally: 41 boats were lost.',
    'Three agencies gave differing readings of the slick.',
    'The ministries gave contradictory figures for the dredging bill.',
    'The strike spread to the ferries, with both sides giving different accounts of the talks.',
    'Here is the harbour.',
  ])('leaves %j to the other rules', (sentence) => {
    expect(ruleOf(sentence)).not.toBe('signpost');
  });
});
