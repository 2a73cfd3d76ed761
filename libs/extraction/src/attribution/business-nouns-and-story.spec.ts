// A business named as its sentence's subject and then described by its trade; a post-holder's organisation counted with
// the people who spoke for it. Invented names and sentences.
import { lastWho } from '../testing/attribution';

describe('a noun for a business by its trade, closing its own sentence', () => {
  it.each([
    ['Harnvik Motors will cut 900 jobs at its Solby plant, the carmaker announced on Monday.', '- / Harnvik Motors'],
    ['Talgren Motors will build 20,000 cars next year, the automaker said.', '- / Talgren Motors'],
    // A public body or a union is no business: the noun stays as written.
    ['The Coastal Water Authority will cut 40 posts, the carmaker said.', '- / carmaker'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(`${expected} / -`);
  });
});

describe('the organisation a story is about counts the people who spoke for it', () => {
  it('gives a post-holder with no owner named the organisation its chairman spoke for', () => {
    const text =
      'Shareholders voted against the pay report at Dunwell Group on Friday. The company said the vote was advisory. ' +
      'Chairman Piet Oram told shareholders the award was fair. Oram said profit had risen. He said the dividend would rise. ' +
      'The advisory firm Carrow Partners had recommended a vote against. ' +
      'The meeting lasted three hours. Coffee ran out before noon. ' +
      'Chief executive Lena Tarr said prices would be held on 400 items.';
    expect(lastWho(text)).toBe('Lena Tarr / Dunwell Group / -');
  });
});
