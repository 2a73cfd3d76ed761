import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';

/** speaker / organisation of the text's last sentence */
function whoLast(text: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const attribution = attributions[attributions.length - 1];
  if (!attribution) return 'missing';
  return [attribution.speaker, attribution.organisation].map((value) => value ?? '-').join(' / ');
}

describe('bodies joined as one subject speak for no single one of them (branch entities11)', () => {
  it.each([
    ['Sallow Tyres and Pelsall Bodyworks said they were owed £96,000.', '- / -'],
    ["Tolgarth Day Centre, Pendrith Trust and the Quillet Carers' Network said 600 people a week used them.", '- / -'],
    ['Kestwell Shipping and the Tamber Harbour Trust said 40 jobs would go.', '- / -'],
  ])('%s', (text, expected) => {
    expect(whoLast(text)).toBe(expected);
  });

  it('keeps one body, a body with its spokesperson and people joined by "and"', () => {
    expect(whoLast('The Tamber Harbour Trust said 40 jobs would go.')).toBe('- / Tamber Harbour Trust');
    expect(whoLast('A spokesman for the Tamber Harbour Trust said 40 jobs would go.')).toBe('- / Tamber Harbour Trust');
    expect(whoLast('Orla Kettering of the Tamber Harbour Trust and Ravi Patel said 40 jobs would go.')).toMatch(/^Orla Kettering \//u);
  });
});
