import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';

/** speaker / organisation / method of the sentence that starts with `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const attribution = attributions[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
  if (!attribution) return `no sentence starts with ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('references across sentences', () => {
  it('reads "its chief inspector" after "the inspectorate" as the organisation that description stood for', () => {
    const text =
      'Residents of Harrow complained to the Pellan Safety Inspectorate in May. ' +
      'The inspectorate has not replied. Its chief inspector, Maja Torve, said the file was closed.';
    expect(rowOf(text, 'Its chief inspector')).toBe('Maja Torve / Pellan Safety Inspectorate / reported-speech');
  });

  it('resolves "the <portfolio> ministry" to the ministry a minister of that portfolio spoke for, not to the latest ministry', () => {
    const text = [
      'Fisheries Minister Arne Holt said the catch fell by a third.',
      'The Ministry of Finance put the fall at 12 percent.',
      'The ministry added that tax returns were its source.',
      'Tax inspectors said some boats had been counted twice.',
      'The fisheries ministry denied that. It said every boat was counted once.',
    ].join(' ');
    expect(rowOf(text, 'The ministry added')).toBe('- / Ministry of Finance / back-reference');
    expect(rowOf(text, 'The fisheries ministry denied')).toBe('- / Ministry of Fisheries / back-reference');
    expect(rowOf(text, 'It said every boat')).toBe('- / Ministry of Fisheries / pronoun');
  });
});

describe('one person, one identity', () => {
  it('keeps "Mayor Name of Place", "Name" and "the mayor" one person, and her spokesman\'s words his', () => {
    const text =
      'Mayor Hedda Lorn of Vastrup said the pier would reopen. Her spokesman, Kai Rusk, said repairs cost 2 million euros. ' +
      'He said the town would sue. Lorn later told the Vastrup Herald that the builder was warned. The mayor said she was sure.';
    expect(rowOf(text, 'Mayor Hedda')).toBe('Hedda Lorn / - / reported-speech');
    expect(rowOf(text, 'He said')).toBe('Kai Rusk / - / pronoun');
    expect(rowOf(text, 'Lorn later')).toBe('Hedda Lorn / - / reported-speech');
    expect(rowOf(text, 'The mayor')).toBe('Hedda Lorn / - / back-reference');
  });
});

describe('a lede description named just after it', () => {
  it('reads "the truce mission" as the mission the next sentence names, and keeps an unexplained one as written', () => {
    const text =
      'The truce mission said on Monday that it had counted 40 shells. ' +
      'The head of the Lakeland Truce Mission, Colonel Anso Brell, said most fell at night.';
    expect(rowOf(text, 'The truce mission')).toBe('- / Lakeland Truce Mission / back-reference');
    expect(rowOf('The statistics office said prices rose. The Harbour Relief Office sent food.', 'The statistics office')).toBe(
      '- / statistics office / noun-phrase',
    );
  });
});

describe('quotes across sentences and paragraphs', () => {
  it('gives a quote after what a named person did to that person', () => {
    const text =
      'Plant manager Joost Verel said the filters were new. Anka Dersh shook her head. “They were fitted in 2019. I watched them do it.”';
    expect(rowOf(text, '“They were fitted')).toBe('Anka Dersh / - / continued-quote');
    expect(rowOf(text, 'I watched')).toBe('Anka Dersh / - / continued-quote');
  });

  it('attributes a quote continued into the next paragraph, and one attributed only at its end', () => {
    const text = [
      '“The river rose in an hour. We carried the children upstairs.',
      '',
      '“Then the power went. Nobody came until morning,” said Anka Dersh, who runs the ferry at Olm.',
    ].join('\n');
    expect(rowOf(text, '“The river rose')).toBe('Anka Dersh / - / direct-quote');
    expect(rowOf(text, 'We carried')).toBe('Anka Dersh / - / direct-quote');
    expect(rowOf(text, '“Then the power')).toBe('Anka Dersh / - / direct-quote');
  });

  it('gives alternating speakers each their own quotes, a question quote with its clause included', () => {
    const text = [
      '“We measured every blast,” said Joost Verel, the plant manager.',
      '',
      '“Then why do my walls crack?” Anka Dersh asked. “They did not crack before 2020.”',
      '',
      '“Not one reading went over the limit,” Verel said.',
    ].join('\n');
    expect(rowOf(text, '“Then why')).toBe('Anka Dersh / - / direct-quote');
    expect(rowOf(text, '“They did not')).toBe('Anka Dersh / - / continued-quote');
    expect(rowOf(text, '“Not one')).toBe('Joost Verel / - / direct-quote');
  });
});
