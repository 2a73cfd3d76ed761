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

describe('a bare group of people read by what the text wrote before', () => {
  it('takes the body a plural for people was set beside ("The organisers, NAME,")', () => {
    const text =
      'The organisers, Kelsey Fell Races, said 640 runners had entered. A marshal said the top path was icy. ' +
      'Organisers say the route will not change.';
    expect(lastWho(text)).toBe('- / Kelsey Fell Races / -');
  });

  it('gives "Officials said" opening a sentence to the organisation the story is about', () => {
    const text =
      'The Harness Racing Board has fined the trainer Ola Brek. The board said a sample had tested positive. ' +
      'The Harness Racing Board said Brek could appeal. Brek said he would. Officials said the fine was the largest since 2011.';
    expect(lastWho(text)).toBe('- / Harness Racing Board / -');
  });

  it('leaves "…, officials said" after a clause that may name whose', () => {
    const text =
      'The Harness Racing Board has fined the trainer Ola Brek. The board said a sample had tested positive. ' +
      'The Harness Racing Board said Brek could appeal. Brek said he would. State inspectors visited his stables, officials said.';
    expect(lastWho(text)).toBe('- / - / -');
  });
});
