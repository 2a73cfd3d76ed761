import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / method of the sentence that holds `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe("a chair's label with a colon", () => {
  const record = (members: string): string =>
    [
      'Quillmoor District Council',
      'Harbours and Moorings Panel',
      '',
      members,
      '',
      'Witnesses: Mr Odran Feeley, harbour engineer at Quillmoor District Council.',
      '',
      'CHAIR: Welcome. For the record, the panel received 88 objections to the new mooring fees.',
      '',
      'Q1 CHAIR: Mr Feeley, how many moorings are let?',
      '',
      'MR FEELEY: We let 214 moorings this year.',
      '',
      'CHAIR: Thank you. The panel will report to the council in March.',
    ].join('\n');

  it('is the one person named as chairing, speaking for the body that meets named in the title', () => {
    const text = record('Members present: Councillor Ysolde Brackwith (Chair), Councillor Tam Oxendale.');
    expect(rowOf(text, '88 objections')).toBe('Ysolde Brackwith / Harbours and Moorings Panel / interview');
    expect(rowOf(text, 'report to the council')).toBe('Ysolde Brackwith / Harbours and Moorings Panel / interview');
    expect(rowOf(text, '214 moorings')).toBe('Odran Feeley / Quillmoor District Council / interview');
  });

  it('stays a turn of procedure when nobody is named as chairing', () => {
    const text = record('Members present: Councillor Ysolde Brackwith, Councillor Tam Oxendale.');
    expect(rowOf(text, '88 objections')).toBe('- / - / interview');
    expect(rowOf(text, '214 moorings')).toBe('Odran Feeley / Quillmoor District Council / interview');
  });

  it("leaves a parliament's 'Mr Speaker:' a turn of procedure", () => {
    const text = [
      'Order paper',
      '',
      'The Speaker, Hollis Vandreth, took the chair at 2pm.',
      '',
      'Mr Speaker: Order. The House will now hear the statement on ferry fares.',
      '',
      'Imelda Sorrowby (Minister for Ports): Fares on the island routes will fall by 12% from April.',
    ].join('\n');
    expect(rowOf(text, 'The House will now hear')).toBe('- / - / interview');
  });
});

describe("a presenter's sentence narrating her interview", () => {
  const transcript = [
    'Interview: the harbour dredging delay',
    '',
    'Coastwise Radio, Evening Tide',
    '',
    'Presenter Idony Quenneth spoke to the Minister for Harbours, Evander Tollis, and to Bryony Caskett, who runs the Saltbay Fishermen’s Cooperative, about the dredging delay.',
    '',
    'Presenter: Minister, how long will the harbour stay closed?',
    '',
    'Minister: The dredger will arrive on 4 March, and the work takes about three weeks.',
    '',
    'Presenter: Bryony Caskett, what does that mean for the boats?',
    '',
    'Guest: Eleven of our 30 boats have not landed a catch since January.',
    '',
    'Presenter: Minister, were the cooperative warned?',
    '',
    'Minister: They were told in writing in November.',
    '',
    'Guest: We had no letter. The first we heard was a notice on the quay in January.',
    '',
    'Presenter: Evander Tollis, Bryony Caskett, thank you both.',
  ].join('\n');

  it('asserts nothing: no source, though the presenter is its subject', () => {
    expect(rowOf(transcript, 'spoke to the Minister for Harbours')).toBe('- / - / unattributed');
  });

  it('still gives a presenter what she says', () => {
    const text = 'Evening news\n\nPresenter Idony Quenneth said the harbour had been closed for 40 days.';
    expect(rowOf(text, 'closed for 40 days')).toBe('Idony Quenneth / - / reported-speech');
  });

  it("gives a guest's label to the guest when the addressed minister has already answered under his own", () => {
    expect(rowOf(transcript, 'Eleven of our 30 boats')).toBe('Bryony Caskett / Saltbay Fishermen’s Cooperative / interview');
    expect(rowOf(transcript, 'told in writing')).toBe('Evander Tollis / Ministry of Harbours / interview');
    expect(rowOf(transcript, 'We had no letter')).toBe('Bryony Caskett / Saltbay Fishermen’s Cooperative / interview');
    expect(rowOf(transcript, 'notice on the quay')).toBe('Bryony Caskett / Saltbay Fishermen’s Cooperative / interview');
  });

  it('keeps an answer to the person addressed when she has not answered since, a label of her own elsewhere', () => {
    const blog = [
      'Moorings hearing: live',
      '',
      'Cerys Palliard, harbour manager, Quillmoor District Council:',
      'We let 214 moorings this year.',
      '',
      'Q. Ms Palliard, is anyone on the waiting list?',
      'A. Forty-one boats are waiting for a mooring.',
    ].join('\n');
    expect(rowOf(blog, 'Forty-one boats')).toBe('Cerys Palliard / Quillmoor District Council / interview');
  });
});
