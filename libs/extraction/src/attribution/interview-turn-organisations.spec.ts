import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / method of the sentence that starts with `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.startsWith(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence starts with ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('who answers a transcript, and for whom', () => {
  it('reads a credit line as the author and a closing bio as the interviewee', () => {
    const text = [
      'Why are the hedgerows thinning? We asked an ecologist.',
      'Interview by Tomas Greer',
      'Q: How many miles were lost?',
      'A: About 2,000 miles a year in the county.',
      'Q: Why?',
      'A: Ploughing closer to the edge.',
      'Dr Ilse Varga is head of field ecology at the Marrow Institute for Rural Studies.',
    ].join('\n\n');
    expect(rowOf(text, 'A: About 2,000')).toBe('Ilse Varga / Marrow Institute for Rural Studies / interview');
    expect(rowOf(text, 'A: Ploughing')).toBe('Ilse Varga / Marrow Institute for Rural Studies / interview');
    expect(rowOf(text, 'Dr Ilse Varga is head')).toBe('- / - / unattributed');
  });

  it('keeps "by" in a clause from making anyone the author', () => {
    const text = [
      'The scheme was designed by Tomas Greer.',
      'Q: How many miles were lost?',
      'A: About 2,000 miles a year in the county.',
    ].join('\n\n');
    expect(rowOf(text, 'A: About 2,000')).toBe('Tomas Greer / - / interview');
  });

  it('pairs a list of people with a list of organisations by "respectively"', () => {
    const text = [
      'HOST: With me are Oona Revel and Kasper Lindgren, of Fellside Water and the Brandt Valley Canoe Club respectively.',
      'LINDGREN: The river has never been this low.',
      'REVEL: We take less than our licence allows.',
    ].join('\n\n');
    expect(rowOf(text, 'LINDGREN:')).toBe('Kasper Lindgren / Brandt Valley Canoe Club / interview');
    expect(rowOf(text, 'REVEL:')).toBe('Oona Revel / Fellside Water / interview');
  });

  it('reads a bare post whose noun the role lists lack in a list of guests', () => {
    const text = [
      'On the panel were Mr Ivo Brandt, director of finance at the Tarran Port Authority; and Ms Edda Kern, regional organiser of the Dockers and Crane Drivers Union.',
      'Ms Kern: Our members were never consulted.',
    ].join('\n\n');
    expect(rowOf(text, 'Ms Kern:')).toBe('Edda Kern / Dockers and Crane Drivers Union / interview');
  });

  it('gives a role label with a full name in brackets to that person, who asks', () => {
    const text = [
      'PRESENTER (Ruth Amble): Fares rise again on Monday. Nils, why?',
      'NILS: Because diesel costs 30 percent more.',
      'That was Nils Okafor, who runs the Skarrow Bus Company.',
    ].join('\n\n');
    expect(rowOf(text, 'PRESENTER (Ruth Amble): Fares')).toBe('Ruth Amble / - / interview');
  });

  it('moves a speaker to the organisation she says she joined, from that turn on', () => {
    const text = [
      'Last spring Mira Holt was finance director of the Elmside Housing Trust; she now runs the Tenants Advice Network.',
      'HOST: How many homes were empty then?',
      'MIRA: We had 140 empty homes in March.',
      'HOST: And now?',
      'MIRA: I left the trust in June, and I joined the network in August. At the network we hear from 50 tenants a week.',
      'HOST: Thank you.',
      'MIRA: The waiting list is longer than ever.',
    ].join('\n\n');
    expect(rowOf(text, 'MIRA: We had 140')).toBe('Mira Holt / Elmside Housing Trust / interview');
    expect(rowOf(text, 'At the network')).toBe('Mira Holt / Tenants Advice Network / interview');
    expect(rowOf(text, 'MIRA: The waiting list')).toBe('Mira Holt / Tenants Advice Network / interview');
  });

  it('gives "He said" in an answer to the man the answer named, not to the woman answering', () => {
    const text = [
      'We spoke to Greta Solberg, who chairs the Brisk Lane Residents Association.',
      'Q: What did the developer promise?',
      'A: The developer\'s managing director, Piotr Lasko, came to our meeting in May. He said: "Every tree on the site will be replanted."',
      'Q: And?',
      'A: Not one has been.',
    ].join('\n\n');
    expect(rowOf(text, 'He said')).toBe('Piotr Lasko / - / pronoun');
    expect(rowOf(text, 'A: The developer')).toBe('Greta Solberg / Brisk Lane Residents Association / interview');
    expect(rowOf(text, 'A: Not one')).toBe('Greta Solberg / Brisk Lane Residents Association / interview');
  });

  it('leaves "she said" in an answer to the speaker when the turn named no one else of that gender', () => {
    const text = [
      'We spoke to Greta Solberg, who chairs the Brisk Lane Residents Association.',
      'Q: What did the developer promise?',
      'A: Its managing director, Piotr Lasko, came to our meeting. She said the trees would be replanted.',
    ].join('\n\n');
    expect(rowOf(text, 'She said')).not.toMatch(/^Piotr Lasko/u);
  });
});
